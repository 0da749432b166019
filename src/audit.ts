// The pipeline, one call per stage: discover -> detect -> parse and aggregate -> join -> metrics -> report.
import type { ColumnMap } from './column-map.js';
import { loadConfig, type Config, type DecimalName } from './config.js';
import { detectKind } from './detect.js';
import { discoverFolder, type FoundFile, type OwnOutputs } from './discover.js';
import { describeProblem, InputError } from './errors.js';
import { Dictionary, FileAggregate } from './join/aggregate.js';
import { campaignKey } from './join/campaign-key.js';
import { dropOverlaps } from './join/overlap.js';
import { preferInsightEngagements } from './join/engagement-sources.js';
import { separateInsightSeries } from './join/insight-series.js';
import { PaymentBook } from './join/payments.js';
import { M, type CanonicalRecord } from './model/records.js';
import { buildCampaignSettings, resolveCells } from './join/resolve.js';
import { streamRows, type ReadStats } from './parse.js';
import { resolvePeriodOptions } from './period.js';
import { DayCutter, systemTimeZone } from './read/dates.js';
import type { EncodingGuess } from './read/decode.js';
import type { DecimalMark } from './read/numbers.js';
import { sampleDecimalMark, sampleFile, type SampleResult } from './read/sample.js';
import { buildReport } from './build-report.js';
import type { CurrencyChoice, ParsedFile } from './model/parsed-file.js';
import type { Report, SkippedFile, Warning } from './report.js';
import { SOURCES } from './sources/index.js';
import type { AttributionNote, ExclusionReason, FileSample, SlashOrder, Source } from './sources/types.js';

export interface AuditOptions {
  dir: string;
  from?: string;
  to?: string;
  configPath?: string;
  /** Generic-ledger column names given with --map; they win over "map" in the configuration. */
  map?: ColumnMap;
  /** `YYYY-MM` or `last` (src/period.ts); excludes from/to. */
  month?: string;
  /** What "now" is for `--month last` (SMROI_NOW): a date or an ISO instant; the clock when absent. */
  now?: string;
  /** Called before each file is read, for progress on stderr. */
  onFile?: (file: FoundFile, index: number, count: number) => void;
  /** Called once before the files are read, with the bytes they hold, and then with each chunk's size. */
  onReadStart?: (totalBytes: number) => void;
  onBytes?: (count: number) => void;
  /** Called after each file is read (for --debug). */
  onFileRead?: (info: { file: string; kind: string; bytes: number; rows: number; ms: number }) => void;
  sources?: readonly Source[];
  /** --revenue-basis: wins over "revenueBasis" in the configuration. */
  revenueBasis?: 'gross' | 'net';
  /** --decimal: the decimal mark of files whose numbers leave it open; wins over "decimal" in the configuration. */
  decimal?: DecimalName;
  /** --date-order: the order of slashed dates no file date decides; wins over "dateOrder" in the configuration. */
  dateOrder?: SlashOrder;
  /** --strict: the first file that cannot be read ends the audit (exit 1); else it is left out and listed. */
  strict?: boolean;
  /** What this run writes (--output, --history): discovery leaves it out. */
  ownOutputs?: OwnOutputs;
  /** --paid-only: count paid orders only; wins over "paidOnly" in the configuration. */
  paidOnly?: boolean;
}

export async function runAudit(options: AuditOptions): Promise<Report> {
  const { config, path: configPath } = loadConfig(options.dir, options.configPath);
  const timezone = config.timezone ?? systemTimeZone();
  const period = resolvePeriodOptions({ from: options.from, to: options.to, month: options.month }, timezone, options.now);
  const cutter = new DayCutter(timezone);
  const dictionary = new Dictionary(couponMap(config));
  const paidOnly = options.paidOnly ?? config.paidOnly ?? false;
  const { parsed, skipped, warnings, attribution, readStats, paymentsMerged, failures } = await readFolder({
    dir: options.dir,
    cutter,
    dictionary,
    columnMap: config.map || options.map ? { ...config.map, ...options.map } : undefined,
    ...dialectOverrides(config, options),
    sources: options.sources,
    paidOnly,
    onFile: options.onFile,
    onReadStart: options.onReadStart,
    onBytes: options.onBytes,
    onFileRead: options.onFileRead,
    keepGoing: !options.strict,
    ownOutputs: options.ownOutputs,
  });

  const insightRowsDropped = separateInsightSeries(parsed, warnings);
  const duplicateRowsDropped = dropOverlaps(
    parsed.map((file) => ({
      relativePath: file.found.relativePath,
      dataset: file.dataset,
      grain: file.source.overlap,
      // A daily file beats a whole-range file of the same priority: it can be joined by day.
      priority: file.priority * 2 + (file.daily ? 1 : 0),
      aggregate: file.aggregate,
    })),
    warnings,
  );
  preferInsightEngagements(parsed, warnings);

  const span = dataSpan(parsed);
  // Files that could not be read are left out; but with no other dated data there is no report.
  if (span === null && failures.length) throw failures[0]!;
  const from = period.from ?? span?.from;
  const to = period.to ?? span?.to;
  if (from === undefined || to === undefined) {
    const skippedNote = skipped.length ? ` (${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped, e.g. ${skipped[0]!.file}: ${skipped[0]!.reason})` : '';
    throw new InputError(
      'NO_DATA',
      options.dir,
      null,
      `no file holds dated data smroi can read${skippedNote}.`,
      'Put Meta, Instagram, GA4 or shop exports into the folder; for a ledger with unusual headers name its columns with --map (see `smroi audit --help`).',
    );
  }
  const currency = reportCurrency(config, parsed, dictionary);
  const settings = buildCampaignSettings(config.campaigns);
  const resolved = resolveCells({
    files: parsed.map((file) => ({ relativePath: file.found.relativePath, family: file.source.family, aggregate: file.aggregate })),
    dictionary,
    settings,
    currency: currency.code,
    fx: config.fx ?? {},
    from,
    to,
  });
  return buildReport({
    config,
    configPath,
    parsed,
    skipped,
    warnings,
    resolved,
    settings,
    period: { from, to, timezone, fromSource: period.from === undefined || period.to === undefined },
    timezoneAssumed: config.timezone === undefined,
    currency,
    duplicateRowsDropped: duplicateRowsDropped + paymentsMerged + insightRowsDropped,
    paidOnly,
    dictionary,
    attribution,
    readStats,
    revenueBasis: options.revenueBasis,
  });
}

/** `--decimal` and `--date-order` (the options win over "decimal" and "dateOrder" in the configuration) as FileSample overrides. */
export function dialectOverrides(config: Config, options: { decimal?: DecimalName; dateOrder?: SlashOrder }): { decimal?: DecimalMark; dateOrder?: SlashOrder } {
  const decimal = options.decimal ?? config.decimal;
  const dateOrder = options.dateOrder ?? config.dateOrder;
  return {
    ...(decimal !== undefined ? { decimal: decimal === 'comma' ? ',' : '.' } : {}),
    ...(dateOrder !== undefined ? { dateOrder } : {}),
  };
}

export interface ReadFolderOptions {
  dir: string;
  cutter: DayCutter;
  dictionary: Dictionary;
  /** Generic-ledger column names (--map and "map" in the configuration, merged). */
  columnMap?: ColumnMap;
  /** The decimal mark for files whose numbers leave it open (FileSample.decimalOverride). */
  decimal?: DecimalMark;
  /** The order of slashed dates for files whose dates leave it open (FileSample.dateOrderOverride). */
  dateOrder?: SlashOrder;
  sources?: readonly Source[];
  /** Leave ledger orders awaiting payment out (counted as `awaitingPaymentOrders`): --paid-only. */
  paidOnly?: boolean;
  onFile?: AuditOptions['onFile'];
  onReadStart?: AuditOptions['onReadStart'];
  onBytes?: AuditOptions['onBytes'];
  onFileRead?: AuditOptions['onFileRead'];
  /**
   * A file that cannot be read (an InputError) is kept in `outcomes` with its error, listed in
   * `skipped` with its code and line, left out of `parsed` (with everything it added: rows before
   * the bad one, warnings, payments), and the next file is read. Without it the error ends the run
   * (--strict).
   */
  keepGoing?: boolean;
  ownOutputs?: OwnOutputs;
}

/** What became of one file: skipped (with its sample when it has one), or read by a source. */
export type FileOutcome =
  | { found: FoundFile; skip: string; sample: FileSample | null; error?: InputError }
  | {
      found: FoundFile;
      source: Source;
      sample: FileSample;
      encoding: EncodingGuess;
      /** What the source read it as: the file's decimal mark and, for slashed dates, their order (null when it decided none). */
      dialect: { decimal: DecimalMark; dateOrder: SlashOrder | null };
      parsed: ParsedFile;
      /** With keepGoing only: the problem that stopped reading the file. */
      error: InputError | null;
    };

export interface FolderRead {
  /** Files read, by path. */
  parsed: ParsedFile[];
  /** Files not used, by path: skipped, and (keepGoing) the ones that could not be read, with code and line. */
  skipped: SkippedFile[];
  /** The problems of the files that could not be read, in reading order (keepGoing). */
  failures: InputError[];
  /** Warnings of the sources, in reading order, and the payments merged into shop orders. */
  warnings: Warning[];
  attribution: Map<string, AttributionNote[]>;
  readStats: Map<string, ReadStats>;
  /** Payment rows counted from a shop ledger instead (PAYMENTS_MERGED). */
  paymentsMerged: number;
  /** Every file found, in the order found (by path). */
  outcomes: FileOutcome[];
}

/**
 * Stages 1 to 3 for every file below the folder: discover, sample, detect, parse. The audit and
 * `smroi detect` both read through here, so a file is listed exactly as it is audited.
 */
export async function readFolder(options: ReadFolderOptions): Promise<FolderRead> {
  const { cutter, dictionary, columnMap } = options;
  const { files, passed } = await discoverFolder(options.dir, options.ownOutputs);
  const parsed: ParsedFile[] = [];
  const skipped: SkippedFile[] = [];
  const failures: InputError[] = [];
  const fail = (file: FoundFile, error: InputError, kind?: string) => {
    if (!options.keepGoing) throw error;
    failures.push(error);
    skipped.push({ file: file.relativePath, reason: describeProblem(error), code: error.code, line: error.line, ...(kind ? { kind } : {}) });
  };
  const warnings: Warning[] = [];
  const seenRefs = new Set<string>();
  const attribution = new Map<string, AttributionNote[]>();
  const outcomes = new Map<string, FileOutcome>();

  for (const { found, reason, error } of passed) {
    if (error) fail(found, error);
    else skipped.push({ file: found.relativePath, reason });
    outcomes.set(found.relativePath, { found, skip: reason, sample: null, ...(error ? { error } : {}) });
  }

  const detected: { file: FoundFile; sampled: Extract<SampleResult, { sample: unknown }>; source: Source }[] = [];
  for (const file of files) {
    const sampled = await sampleFile(file.path, file.relativePath);
    if ('skip' in sampled) {
      if (sampled.error) fail(file, sampled.error);
      else skipped.push({ file: file.relativePath, reason: sampled.skip });
      outcomes.set(file.relativePath, { found: file, skip: sampled.skip, sample: null, ...(sampled.error ? { error: sampled.error } : {}) });
      continue;
    }
    if (columnMap) sampled.sample.columnMap = columnMap;
    if (options.decimal) sampled.sample.decimalOverride = options.decimal;
    if (options.dateOrder) sampled.sample.dateOrderOverride = options.dateOrder;
    const detection = detectKind(sampled.sample, options.sources ?? SOURCES);
    if ('skip' in detection) {
      skipped.push({ file: file.relativePath, reason: detection.skip });
      outcomes.set(file.relativePath, { found: file, skip: detection.skip, sample: sampled.sample });
      continue;
    }
    detected.push({ file, sampled, source: detection.source });
  }
  // Payment ledgers first: their payments wait for the shop orders they may belong to.
  const readOrder = [...detected.filter((d) => d.source.payments), ...detected.filter((d) => !d.source.payments)];
  const payments = new PaymentBook();
  const readStats = new Map<string, ReadStats>();
  options.onReadStart?.(readOrder.reduce((sum, { file }) => sum + file.size, 0));

  for (const [index, { file, sampled, source }] of readOrder.entries()) {
    options.onFile?.(file, index, readOrder.length);
    const aggregate = new FileAggregate(dictionary);
    const entry: ParsedFile = {
      found: file,
      source,
      aggregate,
      dataset: source.kind,
      priority: 0,
      daily: true,
      notes: [],
      encoding: sampled.encoding.encoding,
      delimiter: sampled.sample.delimiter,
      exclusions: {},
    };
    const decimal = sampleDecimalMark(sampled.sample);
    const dialect: { decimal: DecimalMark; dateOrder: SlashOrder | null } = { decimal, dateOrder: null };
    // Taken back when the file fails half-way: it contributes nothing, not the rows before the bad one.
    const undo = { warnings: warnings.length, refs: [] as string[], dictionary: options.keepGoing ? dictionary.snapshot() : null };
    const emitKept = source.payments
      ? (record: CanonicalRecord) => (record.ref ? payments.hold(file.relativePath, aggregate, record) : aggregate.add(record))
      : source.family === 'ledger'
        ? (record: CanonicalRecord) => {
            if (record.ref && payments.size) payments.claim(record.ref, file.relativePath);
            aggregate.add(record);
          }
        : (record: CanonicalRecord) => aggregate.add(record);
    const exclude = (reason: ExclusionReason, count = 1, ref?: string) => {
      entry.exclusions[reason] = (entry.exclusions[reason] ?? 0) + count;
      if (ref && source.family === 'ledger' && !source.payments && payments.size) payments.claim(ref, file.relativePath);
    };
    // --paid-only: an order awaiting payment is left out like a cancelled one (its payments too). The file still
    // covers its day: leaving orders out by choice must not shorten the period or report a coverage gap.
    const emit =
      options.paidOnly && source.family === 'ledger'
        ? paidOnlyEmit(emitKept, (record) => {
            exclude('awaitingPaymentOrders', 1, record.ref);
            if (record.day < aggregate.firstDay) aggregate.firstDay = record.day;
            if (record.dayTo > aggregate.lastDay) aggregate.lastDay = record.dayTo;
          })
        : emitKept;
    try {
      const parser = source.open({
        file: file.relativePath,
        sample: sampled.sample,
        decimal,
        cutter,
        emit,
        warn: (warning) => warnings.push({ ...warning, file: file.relativePath }),
        exclude,
        describe: (description) => {
          if (description.dataset !== undefined) entry.dataset = description.dataset;
          if (description.priority !== undefined) entry.priority = description.priority;
          if (description.daily !== undefined) entry.daily = description.daily;
          if (description.notes) entry.notes.push(description.notes);
        },
        attribution: (note) => {
          const notes = attribution.get(file.relativePath) ?? [];
          notes.push(note);
          attribution.set(file.relativePath, notes);
        },
        firstSighting: (dataset, ref) => {
          const key = `${dataset}\u0000${ref}`;
          if (seenRefs.has(key)) return false;
          seenRefs.add(key);
          undo.refs.push(key);
          return true;
        },
        dialect: (decided) => {
          if (decided.decimal !== undefined) dialect.decimal = decided.decimal;
          if (decided.dateOrder !== undefined) dialect.dateOrder = decided.dateOrder;
        },
      });
      const started = performance.now();
      const stats = await streamRows(file.path, file.relativePath, sampled.encoding, sampled.sample, parser, options.onBytes);
      readStats.set(file.relativePath, stats);
      options.onFileRead?.({ file: file.relativePath, kind: source.kind, bytes: stats.size, rows: aggregate.rows, ms: performance.now() - started });
    } catch (error) {
      if (!(options.keepGoing && error instanceof InputError)) throw error;
      warnings.length = undo.warnings;
      for (const key of undo.refs) seenRefs.delete(key);
      undo.dictionary?.();
      payments.forget(file.relativePath);
      attribution.delete(file.relativePath);
      fail(file, error, source.kind);
      outcomes.set(file.relativePath, { found: file, source, sample: sampled.sample, encoding: sampled.encoding, dialect, parsed: entry, error });
      continue;
    }
    parsed.push(entry);
    outcomes.set(file.relativePath, { found: file, source, sample: sampled.sample, encoding: sampled.encoding, dialect, parsed: entry, error: null });
  }
  const paymentsMerged = payments.release(warnings);
  parsed.sort((a, b) => (a.found.relativePath < b.found.relativePath ? -1 : a.found.relativePath > b.found.relativePath ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const found = [...outcomes.values()].sort((a, b) => (a.found.relativePath < b.found.relativePath ? -1 : a.found.relativePath > b.found.relativePath ? 1 : 0));
  return { parsed, skipped, failures, warnings, attribution, readStats, paymentsMerged, outcomes: found };
}

/**
 * Drops the records of orders awaiting payment (awaitingOrders or awaitingRevenue set, including the further
 * line items and refund rows of such an order) and hands the order's record (ref, day) once to `exclude`.
 */
export function paidOnlyEmit(emit: (record: CanonicalRecord) => void, exclude: (record: CanonicalRecord) => void): (record: CanonicalRecord) => void {
  return (record) => {
    const values = record.values;
    const orders = values[M.awaitingOrders]!;
    const revenue = values[M.awaitingRevenue]!;
    if (orders > 0) return exclude(record);
    if (revenue === revenue && revenue !== 0) return;
    emit(record);
  };
}

function dataSpan(parsed: readonly ParsedFile[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const file of parsed) {
    if (file.aggregate.firstDay < from) from = file.aggregate.firstDay;
    if (file.aggregate.lastDay > to) to = file.aggregate.lastDay;
  }
  return Number.isFinite(from) ? { from, to } : null;
}

function couponMap(config: Config): Map<string, string> {
  const coupons = new Map<string, string>();
  for (const [name, plan] of Object.entries(config.campaigns ?? {})) {
    for (const coupon of plan.coupons ?? []) coupons.set(coupon.trim().toUpperCase(), campaignKey(name));
  }
  return coupons;
}

/** The report currency: configured, else the ledger's most used, else the ad account's, else EUR. */
function reportCurrency(config: Config, parsed: readonly ParsedFile[], dictionary: Dictionary): CurrencyChoice {
  if (config.currency) return { code: config.currency, basis: 'config' };
  for (const family of ['ledger', 'ads'] as const) {
    const rows = new Map<string, number>();
    for (const file of parsed) {
      if (file.source.family !== family) continue;
      for (const [key, cell] of file.aggregate.cells) {
        const code = dictionary.currencies[key % 256]!;
        if (code) rows.set(code, (rows.get(code) ?? 0) + cell[cell.length - 1]!);
      }
      for (const range of file.aggregate.ranges) {
        const code = dictionary.currencies[range.currency]!;
        if (code) rows.set(code, (rows.get(code) ?? 0) + 1);
      }
    }
    const best = [...rows].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) return { code: best[0], basis: family };
  }
  return { code: 'EUR', basis: 'default' };
}
