// `smroi audit`: flags to a report on stdout or in a file, history and trend, thresholds. The report
// goes to stdout (or --output); progress, warnings summary, threshold breaches and debug lines go
// to stderr. Returns the exit code: 0 report written, 3 a threshold set by the user was breached,
// 4 some files could not be read (the report is written all the same; src/exit-status.ts). Input
// and usage problems are thrown (exit 1 and 2).
import { languageFromEnv, type Language } from '../i18n/language.js';
import { runLean, wantsLeanHeap } from '../lean-heap.js';
import { escapeControls, safeOutput } from '../safe-text.js';
import { runAuditIn } from '../audit.js';
import { setExitCodeOnClosedPipe } from './audit-flags.js';
import { parseMapOption } from '../column-map.js';
import type { DecimalName } from '../config-file.js';
import { exitStatus, statusLines } from '../exit-status.js';
import { STATUS, type WarningsWhere } from '../i18n/status.js';
import { historyFileName, historyWorthy, loadTrend, saveHistory, type Trend } from '../history.js';
import { guardOutputs, writeFileAtomic } from '../output.js';
import { ProgressBar, progressWanted } from '../progress.js';
import { generationTime } from '../provenance.js';
import { renderJson } from '../render/json.js';
import { outputWidth } from '../render/grid.js';
import { safeCsvOutput, type CsvDialect } from '../render/csv-dialects.js';
import { loadRenderer, type Format } from '../render/index.js';
import type { Report } from '../report.js';
import type { SlashOrder } from '../sources/types.js';
import type { SeriesBy } from '../series.js';
import { makeStyle, useColor } from '../style.js';

export { EXIT, exitCodeOnClosedPipe, parseRatio } from './audit-flags.js';

export interface AuditFlags {
  format: Format;
  json?: boolean;
  output?: string;
  month?: string;
  from?: string;
  to?: string;
  history?: string;
  failUnderRoi?: number;
  /** Which ROI --fail-under-roi judges: social media's (totals.attributed, the default) or the blended one. */
  roiBasis?: 'social' | 'blended';
  failOnWarning?: boolean;
  timestamp?: boolean;
  config?: string;
  map?: string;
  revenueBasis?: 'gross' | 'net';
  decimal?: DecimalName;
  dateOrder?: SlashOrder;
  paidOnly?: boolean;
  /** --lang: en, de or sv. */
  lang?: Language;
  /** --by: the time series added to the report (src/series.ts). */
  by?: SeriesBy;
  /** --csv-dialect: rfc4180, excel-de or excel-sv (default by the language). */
  csvDialect?: CsvDialect;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
  strict?: boolean;
}

export interface Terminal {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export async function auditCommand(dir: string, flags: AuditFlags, terminal: Terminal): Promise<number> {
  const { stderr, env } = terminal;
  const format: Format = flags.json ? 'json' : flags.format;
  const note = (text: string) => {
    if (!flags.quiet) stderr.write(`smroi: ${escapeControls(text)}\n`);
  };
  const debug = flags.debug ? (text: string) => stderr.write(`smroi debug: ${escapeControls(text)}\n`) : undefined;

  // A large folder is audited by a child process with a smaller young generation (src/lean-heap.ts).
  if (await wantsLeanHeap(dir, env)) return runLean();
  // Everything that can be checked before reading is checked first: a bad option costs no time.
  await guardOutputs({ dir, output: flags.output, history: flags.history, config: flags.config });
  const generatedAt = generationTime(env, flags.timestamp === true);

  const bar = progressWanted({ stream: stderr, env, quiet: flags.quiet, color: flags.color }) ? new ProgressBar(stderr, { language: flags.lang ?? languageFromEnv(env) }) : null;
  let report: Report;
  let language: Language;
  try {
    ({ report, language } = await runAuditIn({
      dir,
      from: flags.from,
      to: flags.to,
      month: flags.month,
      now: env.SMROI_NOW,
      configPath: flags.config,
      map: flags.map === undefined ? undefined : parseMapOption(flags.map),
      revenueBasis: flags.revenueBasis,
      decimal: flags.decimal,
      dateOrder: flags.dateOrder,
      strict: flags.strict,
      ownOutputs: { output: flags.output, history: flags.history },
      paidOnly: flags.paidOnly,
      language: flags.lang,
      // The HTML draws a timeline: it gets a series even without --by (kept out of the JSON then).
      by: flags.by ?? (format === 'html' ? 'auto' : undefined),
      env,
      onReadStart: bar ? (total) => bar.start(total) : undefined,
      onFile: bar ? (file) => bar.fileStarted(file.relativePath) : undefined,
      onBytes: bar ? (count) => bar.add(count) : undefined,
      onFileRead: debug ? (info) => debug(`read ${info.file} as ${info.kind}: ${info.bytes} bytes, ${info.rows} rows, ${info.ms.toFixed(0)} ms`) : undefined,
      onParallel: debug ? (info) => debug(info.fallback === null ? `read ${info.file} in ${info.parts} ranges on as many threads` : `read ${info.file} in one pass: ${info.fallback}`) : undefined,
    }));
  } finally {
    bar?.finish();
  }
  if (generatedAt) report.generatedAt = generatedAt;
  debug?.(
    `period ${report.period.from} to ${report.period.to} (${report.period.timezone})${report.previous ? `, compared with ${report.previous.period.from} to ${report.previous.period.to}` : ', no previous period compared'}`,
  );

  // The JSON is made only when it is the report or kept in the history.
  // The HTML's own timeline (no --by) is kept apart, so that the report and its JSON are as without --by.
  const timeline = flags.by ? undefined : report.series;
  if (timeline) delete report.series;
  const json = format === 'json' || flags.history ? renderJson(report) : '';
  let trend: Trend | undefined;
  if (flags.history) {
    if (historyWorthy(report)) {
      const path = await saveHistory(flags.history, report, json);
      debug?.(`history: wrote ${path}`);
    } else {
      // Said even with --quiet: a month missing from the history is a consequence the user must see.
      stderr.write(`smroi: ${escapeControls(STATUS[language].notStored(flags.history, historyFileName(report), report.period.from, report.period.to))}\n`);
    }
    trend = await loadTrend(flags.history, report.currency, historyFileName(report).slice(0, 7));
    if (trend.ignored.length) note(STATUS[language].trendIgnored(flags.history, report.currency, trend.ignored.join(', ')));
  }

  const target = flags.output ? { isTTY: false } : terminal.stdout;
  const style = await makeStyle(format === 'table' && useColor(target, env, flags.color === false ? false : undefined));
  const rendered = format === 'json' ? json : (await loadRenderer(format))(report, style, { trend, width: outputWidth(target, env), language, timeline, csvDialect: flags.csvDialect });
  // The CSV keeps its byte-order mark and CRLF (excel-de, excel-sv), which safeOutput would escape.
  const text = format === 'csv' ? safeCsvOutput(rendered) : safeOutput(rendered, style.level > 0);

  const breaches = thresholdBreaches(report, flags, language);
  const status = exitStatus(report, breaches);
  setExitCodeOnClosedPipe(status);
  if (flags.output) await writeFileAtomic(flags.output, text, '--output');
  else await writeOut(terminal.stdout, text);

  // Warnings are in the table and the Markdown; elsewhere, one line says there are some.
  const warningsVisible = !flags.output && (format === 'table' || format === 'markdown' || format === 'html');
  if (!warningsVisible && report.warnings.length) {
    const where: WarningsWhere = format === 'json' ? { kind: 'json' } : format === 'csv' ? { kind: 'csv' } : { kind: 'file', file: flags.output! };
    note(STATUS[language].warnings(report.warnings.length, where));
  }
  for (const line of statusLines(report, breaches, language)) stderr.write(`${escapeControls(line)}\n`);
  return status;
}

/** The thresholds the user set that the report breaches, one sentence each. */
export function thresholdBreaches(report: Report, flags: Pick<AuditFlags, 'failUnderRoi' | 'failOnWarning' | 'roiBasis'>, language: Language = 'en'): string[] {
  const words = STATUS[language];
  const breaches: string[] = [];
  if (flags.failUnderRoi !== undefined) {
    const blended = flags.roiBasis === 'blended';
    const roi = blended ? report.totals.roi : (report.totals.attributed?.roi ?? null);
    const what = words.roiWhat(blended);
    if (roi === null) breaches.push(words.roiUnknown(what, unknownRoiReason(report, language), flags.failUnderRoi));
    else if (roi < flags.failUnderRoi) breaches.push(words.roiBelow(what, roi, flags.failUnderRoi, blended));
  }
  if (flags.failOnWarning && report.warnings.length) {
    const codes = [...new Set(report.warnings.map((warning) => warning.code))].join(', ');
    breaches.push(words.hasWarnings(report.warnings.length, codes));
  }
  return breaches;
}

/** Why the ROI is unknown: no ledger for the period, or no cost. */
function unknownRoiReason(report: Report, language: Language): string {
  const words = STATUS[language];
  const { from, to } = report.period;
  if (report.totals.confirmed.orders === null) {
    return report.warnings.some((warning) => warning.code === 'NOT_COVERED' && warning.details?.family === 'ledger') ? words.noLedgerCovers(from, to) : words.noLedger;
  }
  return words.noCost;
}

function writeOut(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}
