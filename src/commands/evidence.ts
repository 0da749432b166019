// `smroi evidence DIR`: only the evidence section of the audit (src/evidence): whether sales moved
// with the ad spend and the reach over time, per channel and per campaign, in words or as JSON
// (`smroi.evidence/1`: the report's `evidence` block with the period and currency around it).
import { escapeControls, safeOutput } from '../safe-text.js';
import type { Writable } from 'node:stream';
import { runAudit } from '../audit.js';
import { EVIDENCE_ASSUMPTIONS, EVIDENCE_TITLE, evidenceLines } from '../evidence/render.js';
import { outputWidth, wrap } from '../render/grid.js';

export interface EvidenceFlags {
  from?: string;
  to?: string;
  month?: string;
  config?: string;
  json?: boolean;
}

export async function evidenceCommand(dir: string, flags: EvidenceFlags, terminal: { stdout: Writable & { isTTY?: boolean; columns?: number }; env: NodeJS.ProcessEnv }): Promise<number> {
  const width = Math.min(outputWidth(terminal.stdout, terminal.env), 100);
  const report = await runAudit({ dir, from: flags.from, to: flags.to, month: flags.month, now: terminal.env.SMROI_NOW, configPath: flags.config });
  const evidence = report.evidence!;
  const text = flags.json
    ? `${JSON.stringify({ schema: 'smroi.evidence/1', period: report.period, currency: report.currency, margin: report.economics?.margin ?? null, ...evidence }, null, 2)}\n`
    : [
        `smroi evidence · ${report.period.from} to ${report.period.to} (${report.period.timezone}) · amounts in ${report.currency}`,
        '',
        EVIDENCE_TITLE,
        ...evidenceLines(evidence, report.currency).map((line) => wrap(`- ${escapeControls(line)}`, width)),
        '',
        ...EVIDENCE_ASSUMPTIONS.map((line) => wrap(line, width)),
        '',
      ].join('\n');
  await new Promise<void>((resolve, reject) => terminal.stdout.write(safeOutput(text), (error) => (error ? reject(error) : resolve())));
  return 0;
}
