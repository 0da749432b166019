// `smroi explain DIR --campaign NAME | --channel NAME`: what one campaign's (channel's) figures are
// made of. The folder is audited exactly as `smroi audit` audits it (runAuditIn, same options) with a
// tracer that keeps each record's file and line; the listing goes to stdout (text, or JSON following
// smroi.explain/1). Exit 0 when written, 4 when some files could not be read (left out, as the audit
// leaves them out); an unknown campaign or channel is a usage error (exit 2).
import { runAuditIn } from '../audit.js';
import { parseMapOption } from '../column-map.js';
import type { DecimalName } from '../config-file.js';
import { say, UsageError } from '../errors.js';
import type { Language } from '../i18n/language.js';
import { campaignKey, closestKey, looksLikeCampaignId } from '../join/campaign-key.js';
import { CHANNELS, type Channel } from '../model/records.js';
import type { Report } from '../report.js';
import { exitStatus, statusLines } from '../exit-status.js';
import { escapeControls, safeJson, safeOutput } from '../safe-text.js';
import type { SlashOrder } from '../sources/types.js';
import { buildExplanation, type Subject } from '../explain/build.js';
import { renderExplanation } from '../explain/render.js';
import { ExplainTrace } from '../explain/trace.js';

export interface ExplainFlags {
  campaign?: string;
  channel?: string;
  month?: string;
  from?: string;
  to?: string;
  config?: string;
  map?: string;
  decimal?: DecimalName;
  dateOrder?: SlashOrder;
  paidOnly?: boolean;
  strict?: boolean;
  json?: boolean;
  lang?: Language;
}

export async function explainCommand(dir: string, flags: ExplainFlags, terminal: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv }): Promise<number> {
  if ((flags.campaign === undefined) === (flags.channel === undefined)) {
    throw new UsageError(say('EXPLAIN_SUBJECT'));
  }
  if (flags.channel !== undefined && !(CHANNELS as readonly string[]).includes(flags.channel.trim().toLowerCase())) {
    throw new UsageError(say('UNKNOWN_CHANNEL.notAChannel', { channel: flags.channel, channels: CHANNELS.join(', ') }));
  }
  const trace = new ExplainTrace();
  const { report, language } = await runAuditIn({
    dir,
    from: flags.from,
    to: flags.to,
    month: flags.month,
    now: terminal.env.SMROI_NOW,
    configPath: flags.config,
    map: flags.map === undefined ? undefined : parseMapOption(flags.map),
    decimal: flags.decimal,
    dateOrder: flags.dateOrder,
    paidOnly: flags.paidOnly,
    strict: flags.strict,
    language: flags.lang,
    env: terminal.env,
    tracer: trace,
  });
  const subject = flags.campaign !== undefined ? findCampaign(flags.campaign, report, trace) : findChannel(flags.channel!, report);
  const explanation = buildExplanation({
    trace,
    subject,
    currency: report.currency,
    ...(subject.kind === 'campaign' ? { names: report.campaigns.find((entry) => entry.campaign === subject.key)?.names ?? [] } : {}),
  });
  terminal.stdout.write(flags.json ? `${safeJson(JSON.stringify(explanation, null, 2))}\n` : safeOutput(renderExplanation(explanation, language)));
  // As the audit: files that could not be read are left out, named on stderr, and the exit code is 4.
  for (const line of statusLines(report, [])) terminal.stderr.write(`${escapeControls(line)}\n`);
  return exitStatus(report, []);
}

/** A channel the report has figures for; else a usage error naming those it has. */
export function findChannel(name: string, report: Report): Subject {
  const channel = name.trim().toLowerCase() as Channel;
  if (report.channels.some((entry) => entry.channel === channel)) return { kind: 'channel', channel };
  const listed = report.channels.length ? report.channels.map((entry) => entry.channel).join(', ') : 'none';
  throw new UsageError(say('UNKNOWN_CHANNEL.noFigures', { channel, from: report.period.from, to: report.period.to, listed }));
}

/** The campaign a name means: its key, a spelling the files write, a configured alias, or a platform ID; else a usage error naming the known ones. */
export function findCampaign(name: string, report: Report, trace: ExplainTrace): Subject {
  const known = report.campaigns.map((entry) => entry.campaign);
  const key = looksLikeCampaignId(name) ? name.trim() : campaignKey(name);
  if (known.includes(key)) return { kind: 'campaign', key };
  const bySpelling = report.campaigns.find((entry) => entry.names.some((spelling) => spelling === name.trim() || campaignKey(spelling) === key));
  if (bySpelling) return { kind: 'campaign', key: bySpelling.campaign };
  const inputs = trace.inputs;
  const target = inputs?.settings.aliases.get(key) ?? inputs?.dictionary.campaignIds.get(key) ?? inputs?.resolved.spellingMerges.find((merge) => merge.from === key)?.to;
  if (target && known.includes(target)) return { kind: 'campaign', key: target };
  const closest = closestKey(key, known);
  const listed = known.length ? known.map((k) => `"${k}"`).join(', ') : 'none';
  throw new UsageError(say('UNKNOWN_CAMPAIGN', { name, from: report.period.from, to: report.period.to, closest: closest ?? '', listed }));
}
