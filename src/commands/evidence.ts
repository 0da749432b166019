// `smroi evidence DIR`: only the evidence section of the audit (src/evidence): whether sales moved
// with the ad spend and the reach over time, per channel and per campaign, in words or as JSON
// (`smroi.evidence/1`: the report's `evidence` block with the period and currency around it). The
// words follow --lang, the config's "language", then the locale environment, as the audit's do.
import { escapeControls, safeOutput } from '../safe-text.js';
import type { Writable } from 'node:stream';
import { runAuditIn } from '../audit.js';
import type { Language } from '../i18n/language.js';
import { numberStyle } from '../i18n/numbers.js';
import { defineTexts } from '../i18n/texts.js';
import { evidenceAssumptions, evidenceLines, evidenceTitle } from '../evidence/render.js';
import { outputWidth, wrap } from '../render/grid.js';

export interface EvidenceFlags {
  from?: string;
  to?: string;
  month?: string;
  config?: string;
  json?: boolean;
  /** --lang: en, de or sv. */
  lang?: Language;
}

const HEADER = defineTexts({
  en: (from: string, to: string, zone: string, currency: string) => `smroi evidence · ${from} to ${to} (${zone}) · amounts in ${currency}`,
  de: (from: string, to: string, zone: string, currency: string) => `smroi evidence · ${from} bis ${to} (${zone}) · Beträge in ${currency}`,
  sv: (from: string, to: string, zone: string, currency: string) => `smroi evidence · ${from} till ${to} (${zone}) · belopp i ${currency}`,
});

export async function evidenceCommand(dir: string, flags: EvidenceFlags, terminal: { stdout: Writable & { isTTY?: boolean; columns?: number }; env: NodeJS.ProcessEnv }): Promise<number> {
  const width = Math.min(outputWidth(terminal.stdout, terminal.env), 100);
  const { report, language } = await runAuditIn({ dir, from: flags.from, to: flags.to, month: flags.month, now: terminal.env.SMROI_NOW, configPath: flags.config, language: flags.lang, env: terminal.env });
  const evidence = report.evidence!;
  const { day } = numberStyle(language);
  const text = flags.json
    ? `${JSON.stringify({ schema: 'smroi.evidence/1', period: report.period, currency: report.currency, margin: report.economics?.margin ?? null, ...evidence }, null, 2)}\n`
    : [
        HEADER[language](day(report.period.from), day(report.period.to), report.period.timezone, report.currency),
        '',
        evidenceTitle(language),
        ...evidenceLines(evidence, report.currency, language).map((line) => wrap(`- ${escapeControls(line)}`, width)),
        '',
        ...evidenceAssumptions(language).map((line) => wrap(line, width)),
        '',
      ].join('\n');
  await new Promise<void>((resolve, reject) => terminal.stdout.write(safeOutput(text), (error) => (error ? reject(error) : resolve())));
  return 0;
}
