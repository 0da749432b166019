// The pipeline, one call per stage: discover -> detect -> parse and aggregate -> join -> metrics -> report.
import { chooseLanguage, type Language } from './i18n/language.js';
import { statSync } from 'node:fs';
import type { ColumnMap } from './column-map.js';
import type { Config } from './config.js';
import { loadConfig, type DecimalName } from './config-file.js';
import { detectKind } from './detect.js';
import { discoverFolder, type FoundFile, type OwnOutputs } from './discover.js';
import { describeProblem, InputError, inLanguage, say } from './errors.js';
import { Dictionary, FileAggregate } from './join/aggregate.js';
import { campaignKey } from './join/campaign-key.js';
import { dropOverlaps } from './join/overlap.js';
import { preferInsightEngagements } from './join/engagement-sources.js';
import { separateInsightSeries } from './join/insight-series.js';
import { PaymentBook } from './join/payments.js';
import { FileOrders, heldAbove, identityKey, KeyUnion, planIdentities, sameFilter, type RankedFile } from './join/order-identity.js';
import { M, type CanonicalRecord } from './model/records.js';
import { paidOnlyEmit } from './join/paid-only.js';
import { buildCampaignSettings, resolveCells, type CampaignSettings, type CountedCell, type Resolved } from './join/resolve.js';
import { streamRows, type ReadStats } from './parse.js';
import { resolvePeriodOptions } from './period.js';
import { DayCutter, systemTimeZone } from './read/dates.js';
import type { EncodingGuess } from './read/decode.js';
import type { DecimalMark } from './read/numbers.js';
import { releaseSampleText, sampleDecimalMark, sampleFile, type SampleResult } from './read/sample.js';
import { buildReport } from './build-report.js';
import type { SeriesBy } from './series.js';
import type { CurrencyChoice, ParsedFile } from './model/parsed-file.js';
import type { Report } from './report.js';
import { SOURCES } from './sources/index.js';
import type { Finding } from './i18n/warnings.js';
import { skipReasonText, type PendingSkip, type SkipReason } from './i18n/skips.js';
import type { AttributionNote, ExcludedRow, ExclusionReason, FileSample, SlashOrder, Source, SourceContext, WarningInput } from './sources/types.js';
import { canSplit, parallelPlan, readInParallel, type ParallelPlan } from './parallel/index.js';

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
  /** --lang: the language of the report's messages; wins over "language" in the configuration. */
  language?: Language;
  /** --by: add a time series (src/series.ts); 'auto' picks the bucket by the period's length. */
  by?: SeriesBy | 'auto';
  /** The environment whose LC_ALL / LC_MESSAGES / LANG decide the language when neither does. */
  env?: NodeJS.ProcessEnv;
  /** `smroi explain` only: told of every record, cell and the audit's inputs (src/explain/trace.ts). */
  tracer?: AuditTracer;
  /** See ReadFolderOptions.parallel and onParallel. */
  parallel?: ParallelPlan | null;
  onParallel?: ReadFolderOptions['onParallel'];
}

/** What `smroi explain` is told while the audit runs; absent, the audit does no per-row work for it. */
export interface ReadTracer {
  /** A file's aggregate was made (each reading of a file makes one; the audit counts the last). */
  opened(file: string, aggregate: FileAggregate): void;
  /** A record left out: awaiting payment (--paid-only), or an order a more recent download counts (keptBy names it once all are read). */
  leftOut(aggregate: FileAggregate, record: CanonicalRecord, reason: 'awaitingPaymentOrders' | 'repeatedDownload', keptBy: (() => string | undefined) | null): void;
  /** An order a source left out by its status: reference, day, the line being read and, where the ledger read them, its first line and campaign fields (`row`). */
  excluded(aggregate: FileAggregate, reason: ExclusionReason, count: number, ref: string | undefined, day: number | undefined, line: number, row: ExcludedRow | undefined): void;
}

export interface AuditTracer extends ReadTracer {
  cell(cell: CountedCell): void;
  /** The audit's inputs once joined: what explain needs to say why and to total. */
  joined(inputs: { config: Config; dictionary: Dictionary; settings: CampaignSettings; resolved: Resolved; parsed: readonly ParsedFile[]; from: number; to: number }): void;
}

export async function runAudit(options: AuditOptions): Promise<Report> {
  return (await runAuditIn(options)).report;
}

/** The audit, and the language its report is for (the flag, else the configuration, else the locale). */
export async function runAuditIn(options: AuditOptions): Promise<{ report: Report; language: Language }> {
  const { config, path: configPath } = await loadConfig(options.dir, options.configPath);
  const language = chooseLanguage({ flag: options.language, config: config.language, env: options.env ?? {} });
  try {
    return await auditIn(options, config, configPath, language);
  } catch (error) {
    throw inLanguage(error, language);
  }
}

async function auditIn(options: AuditOptions, config: Config, configPath: string | null, language: Language): Promise<{ report: Report; language: Language }> {
  const timezone = config.timezone ?? systemTimeZone();
  const period = resolvePeriodOptions({ from: options.from, to: options.to, month: options.month }, timezone, options.now);
  const cutter = new DayCutter(timezone);
  const dictionary = new Dictionary(couponMap(config));
  const paidOnly = options.paidOnly ?? config.paidOnly ?? false;
  const { parsed, skipped, warnings, attribution, readStats, paymentsMerged, repeatedOrdersDropped, failures } = await readFolder({
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
    language,
    tracer: options.tracer,
    ...(options.parallel !== undefined ? { parallel: options.parallel } : {}),
    onParallel: options.onParallel,
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
    throw new InputError(options.dir, null, say('NO_DATA', { skipped: skipped.length, file: skipped[0]?.file ?? '', reason: skipped[0] ? skipReasonText(skipped[0].reason, language) : '' }));
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
    ...(options.tracer ? { onCell: (cell: CountedCell) => options.tracer!.cell(cell) } : {}),
  });
  options.tracer?.joined({ config, dictionary, settings, resolved, parsed, from, to });
  const report = buildReport({
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
    duplicateRowsDropped: duplicateRowsDropped + paymentsMerged + insightRowsDropped + repeatedOrdersDropped,
    paidOnly,
    dictionary,
    attribution,
    readStats,
    revenueBasis: options.revenueBasis,
    language,
    by: options.by,
  });
  return { report, language };
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
  /** The language of the reasons written for files that could not be read (default English). */
  language?: Language;
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
  tracer?: ReadTracer;
  /** Large ledgers on several threads (src/parallel): the plan, null for one pass; default from the environment. */
  parallel?: ParallelPlan | null;
  /** Told of each file that was to be read on several threads: into how many ranges, or why it was read in one pass. */
  onParallel?: (info: { file: string; parts: number; fallback: string | null }) => void;
}

/** What became of one file: skipped (with its sample when it has one), or read by a source. */
export type FileOutcome =
  | { found: FoundFile; skip: SkipReason; sample: FileSample | null; error?: InputError }
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
  /** Files not used, by path: skipped (reason a SkipReason), and (keepGoing) the ones that could not be read, with code and line. */
  skipped: PendingSkip[];
  /** The problems of the files that could not be read, in reading order (keepGoing). */
  failures: InputError[];
  /** Warnings of the sources, in reading order, and the payments merged into shop orders. */
  warnings: Finding[];
  attribution: Map<string, AttributionNote[]>;
  readStats: Map<string, ReadStats>;
  /** Payment rows counted from a shop ledger instead (PAYMENTS_MERGED). */
  paymentsMerged: number;
  /** Rows of orders counted from a more recent download of the same shop instead (one order, once). */
  repeatedOrdersDropped: number;
  /** Every file found, in the order found (by path). */
  outcomes: FileOutcome[];
}

/**
 * Stages 1 to 3 for every file below the folder: discover, sample, detect, parse. The audit and
 * `smroi detect` both read through here, so a file is listed exactly as it is audited.
 */
export async function readFolder(options: ReadFolderOptions): Promise<FolderRead> {
  const { cutter, dictionary, columnMap, tracer } = options;
  const parallel = options.parallel === undefined ? parallelPlan() : options.parallel;
  const { files, passed } = await discoverFolder(options.dir, options.ownOutputs);
  const parsed: ParsedFile[] = [];
  const skipped: PendingSkip[] = [];
  const failures: InputError[] = [];
  const fail = (file: FoundFile, error: InputError, kind?: string) => {
    if (!options.keepGoing) throw error;
    failures.push(error);
    skipped.push({ file: file.relativePath, reason: describeProblem(error, options.language), code: error.code, line: error.line, ...(kind ? { kind } : {}) });
  };
  const warnings: Finding[] = [];
  const seenRefs = new Set<string>();
  const attribution = new Map<string, AttributionNote[]>();
  const outcomes = new Map<string, FileOutcome>();

  for (const { found, reason, error } of passed) {
    if (error) fail(found, error);
    else skipped.push({ file: found.relativePath, reason });
    outcomes.set(found.relativePath, { found, skip: reason, sample: null, ...(error ? { error } : {}) });
  }

  const detected: Detected[] = [];
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
    releaseSampleText(sampled.sample);
    detected.push({ file, sampled, source: detection.source });
  }
  // Payment ledgers first: their payments wait for the shop orders they may belong to.
  const paymentFiles = detected.filter((d) => d.source.payments);
  const shopFiles = detected.filter((d) => !d.source.payments);
  const readOrder = [...paymentFiles, ...shopFiles];
  const payments = new PaymentBook();
  const readStats = new Map<string, ReadStats>();
  options.onReadStart?.(readOrder.reduce((sum, { file }) => sum + file.size, 0));
  // Ledger kinds with several files in the folder: their orders are matched by identity (one order,
  // once, in its latest state). A kind with one file needs no identity set at all.
  const ledgerFiles = new Map<string, number>();
  for (const { source } of detected) if (source.family === 'ledger') ledgerFiles.set(source.kind, (ledgerFiles.get(source.kind) ?? 0) + 1);
  let repeatedOrdersDropped = 0;
  // explain only: the downloads of each kind as ranked, to name the one that counts an order left out here.
  const rankings = new Map<string, readonly IdentityFile[]>();
  const keptBy = (kind: string, relativePath: string, key: number) => () => {
    for (const other of rankings.get(kind) ?? []) {
      if (other.relativePath === relativePath) break;
      if (other.orders.identities.has(key)) return other.relativePath;
    }
    return undefined;
  };
  const fileWarnings = new Map<string, Finding[]>();

  const readFile = async ({ file, sampled, source }: Detected, index: number, pass: ReadPass): Promise<Extract<FileOutcome, { parsed: ParsedFile }>> => {
    if (!pass.again) options.onFile?.(file, index, readOrder.length);
    const aggregate = new FileAggregate(dictionary);
    // A ledger's dataset is its kind: with no other file of the kind, no overlap check reads its day prints.
    aggregate.fingerprinting = source.family !== 'ledger' || (ledgerFiles.get(source.kind) ?? 0) > 1;
    tracer?.opened(file.relativePath, aggregate);
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
    const ownWarnings: Finding[] = [];
    if (!pass.again) fileWarnings.set(file.relativePath, ownWarnings);
    const store = source.payments
      ? (record: CanonicalRecord) => (record.ref ? payments.hold(file.relativePath, aggregate, record) : aggregate.add(record))
      : source.family === 'ledger'
        ? (record: CanonicalRecord) => {
            if (record.ref && payments.size) payments.claim(record.ref, file.relativePath);
            aggregate.add(record);
          }
        : (record: CanonicalRecord) => aggregate.add(record);
    // A currency is an ISO 4217 code: anything else in a currency cell (an e-mail typed there, a
    // note) is a bad row, named by its line and never echoed. Checked once per distinct value.
    let checkedCurrency = '';
    const add = (record: CanonicalRecord) => {
      if (record.currency !== checkedCurrency) {
        if (record.currency !== '' && !CURRENCY_CODE.test(record.currency)) throw badCurrency(file.relativePath, record.line);
        checkedCurrency = record.currency;
      }
      store(record);
    };
    const { orders, skip, tally } = pass;
    // explain only: the physical line of the row being read, for the rows a source leaves out.
    let rowLine = 0;
    const claims = source.family === 'ledger' && !source.payments;
    const exclude = (reason: ExclusionReason, count = 1, ref?: string, day?: number, identity?: string, row?: ExcludedRow) => {
      if (ref && claims && payments.size) payments.claim(ref, file.relativePath);
      if (identity) {
        const key = identityKey(identity);
        if (orders !== null) orders.note(key, day ?? -Infinity);
        if (day !== undefined && day === day) aggregate.noteDay(day);
        if (skip !== null && skip(key)) {
          tally.skipped += count;
          return;
        }
      } else if (day !== undefined && day === day) aggregate.noteDay(day);
      entry.exclusions[reason] = (entry.exclusions[reason] ?? 0) + count;
      if (tracer && reason !== 'awaitingPaymentOrders') tracer.excluded(aggregate, reason, count, ref, day, row?.line ?? rowLine, row);
    };
    // --paid-only: an order awaiting payment is left out like a cancelled one (its payments too), in
    // the state of the download that counts it; its day still belongs to the period.
    const kept =
      options.paidOnly && source.family === 'ledger'
        ? paidOnlyEmit(add, (record) => {
            tracer?.leftOut(aggregate, record, 'awaitingPaymentOrders', null);
            exclude('awaitingPaymentOrders', 1, record.ref, record.day, record.identity);
          })
        : add;
    // Taken back when the file fails half-way: it contributes nothing, not the rows before the bad one.
    const undo = { refs: [] as string[], dictionary: options.keepGoing && !pass.again ? dictionary.snapshot() : null };
    const emit =
      orders === null && skip === null
        ? kept
        : (record: CanonicalRecord) => {
            if (record.identity !== '') {
              const key = identityKey(record.identity);
              if (orders !== null) orders.note(key, record.day);
              if (skip !== null && skip(key)) {
                // Counted from a more recent download; a payment for it is still the shop's.
                if (claims && record.ref && payments.size) payments.claim(record.ref, file.relativePath);
                if (record.day < aggregate.firstDay || record.dayTo > aggregate.lastDay) {
                  aggregate.noteDay(record.day);
                  aggregate.noteDay(record.dayTo);
                }
                tally.skipped++;
                if (tracer) tracer.leftOut(aggregate, record, 'repeatedDownload', keptBy(source.kind, file.relativePath, key));
                return;
              }
            }
            kept(record);
          };
    const warn = pass.again ? () => {} : (warning: WarningInput) => ownWarnings.push({ ...warning, file: file.relativePath });
    const describe = (description: Parameters<SourceContext['describe']>[0]) => {
      if (description.dataset !== undefined) entry.dataset = description.dataset;
      if (description.priority !== undefined) entry.priority = description.priority;
      if (description.daily !== undefined) entry.daily = description.daily;
      if (description.notes) entry.notes.push(description.notes);
    };
    const decide = (decided: { decimal?: DecimalMark; dateOrder?: SlashOrder }) => {
      if (decided.decimal !== undefined) dialect.decimal = decided.decimal;
      if (decided.dateOrder !== undefined) dialect.dateOrder = decided.dateOrder;
    };
    // A large ledger read on several threads, when nothing it holds depends on other files (no other
    // download of the shop, no payment ledger) and nobody asks for each row (explain).
    // Progress: bytes the parallel read counted are not counted again by a one-pass read after it.
    let counted = 0;
    let onBytes = pass.again ? undefined : options.onBytes;
    if (parallel !== null && tracer === undefined && orders === null && skip === null && !pass.again && payments.size === 0 && !source.payments && file.size >= parallel.minBytes && canSplit(source, sampled.encoding.encoding, SOURCES)) {
      const started = performance.now();
      let reason = '';
      const read = await readInParallel(
        {
          job: {
            path: file.path,
            file: file.relativePath,
            encoding: sampled.encoding,
            sample: sampled.sample,
            kind: source.kind,
            decimal,
            timezone: cutter.timezone,
            coupons: [...dictionary.coupons],
            paidOnly: Boolean(options.paidOnly) && source.family === 'ledger',
          },
          source,
          size: file.size,
          plan: parallel,
          dictionary,
          aggregate,
          ...(onBytes ? { onBytes: (count: number) => ((counted += count), onBytes!(count)) } : {}),
        },
        (why) => (reason = why),
      );
      options.onParallel?.({ file: file.relativePath, parts: read === null ? 1 : read.parts, fallback: read === null ? reason : null });
      if (read !== null) {
        for (const description of read.described) describe(description);
        for (const decided of read.dialect) decide(decided);
        for (const warning of read.warnings) warn(warning);
        Object.assign(entry.exclusions, read.exclusions);
        readStats.set(file.relativePath, read.stats);
        options.onFileRead?.({ file: file.relativePath, kind: source.kind, bytes: read.stats.size, rows: aggregate.rows, ms: performance.now() - started });
        return { found: file, source, sample: sampled.sample, encoding: sampled.encoding, dialect, parsed: entry, error: null };
      }
      const report = onBytes;
      if (report && counted > 0) {
        onBytes = (count) => {
          const again = Math.min(counted, count);
          counted -= again;
          if (count > again) report(count - again);
        };
      }
    }
    try {
      const parser = source.open({
        file: file.relativePath,
        sample: sampled.sample,
        decimal,
        cutter,
        emit,
        warn,
        exclude,
        describe,
        attribution: (note) => {
          if (pass.again) return;
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
        dialect: decide,
      });
      const started = performance.now();
      const reader = tracer
        ? {
            row: (cells: string[], line: number) => {
              rowLine = line;
              parser.row(cells, line);
            },
            end: () => parser.end(),
          }
        : parser;
      const stats = await streamRows(file.path, file.relativePath, sampled.encoding, sampled.sample, reader, onBytes, {
        recordLines: source.recordLines,
        title: source.title,
        warn,
        bytes: file.size,
      });
      if (!pass.again) readStats.set(file.relativePath, stats);
      if (!pass.again) options.onFileRead?.({ file: file.relativePath, kind: source.kind, bytes: stats.size, rows: aggregate.rows, ms: performance.now() - started });
    } catch (error) {
      if (!(options.keepGoing && error instanceof InputError) || pass.again) throw error;
      fileWarnings.delete(file.relativePath);
      for (const key of undo.refs) seenRefs.delete(key);
      undo.dictionary?.();
      payments.forget(file.relativePath);
      attribution.delete(file.relativePath);
      fail(file, error, source.kind);
      return { found: file, source, sample: sampled.sample, encoding: sampled.encoding, dialect, parsed: entry, error };
    }
    // Rows read but counted from another download are rows of this file all the same.
    aggregate.rows += tally.skipped;
    return { found: file, source, sample: sampled.sample, encoding: sampled.encoding, dialect, parsed: entry, error: null };
  };

  const matchWarnings: Finding[] = [];
  const multi = (item: Detected) => item.source.family === 'ledger' && (ledgerFiles.get(item.source.kind) ?? 0) > 1;
  for (const phase of [paymentFiles, shopFiles]) {
    // The files of a kind with several files are read most recently modified first: a guess of the
    // ranking (most recent download first), so that each file can leave out, as it streams, the
    // orders of the files read before it. A right guess reads every file once; a wrong one costs
    // reading the misplaced files again. The figures never depend on the guess.
    const order: Detected[] = [];
    const queued = new Set<string>();
    for (const item of phase) {
      if (!multi(item)) order.push(item);
      else if (!queued.has(item.source.kind)) {
        queued.add(item.source.kind);
        order.push(...phase.filter((other) => other.source.kind === item.source.kind).sort(byModifiedNewestFirst));
      }
    }
    const groups = new Map<string, IdentityFile[]>();
    // Per kind, the orders of the files read so far, asked once per row (a folder may hold hundreds of downloads).
    const unions = new Map<string, KeyUnion>();
    for (const item of order) {
      const group = multi(item) ? (groups.get(item.source.kind) ?? []) : null;
      const before = group ? group.slice() : [];
      const union = group ? (unions.get(item.source.kind) ?? new KeyUnion()) : null;
      const pass: ReadPass = {
        orders: group ? new FileOrders() : null,
        skip: before.length > 0 ? (key) => union!.has(key) : null,
        again: false,
        tally: newTally(),
      };
      const outcome = await readFile(item, readOrder.indexOf(item), pass);
      pass.orders?.identities.freeze();
      outcomes.set(item.file.relativePath, outcome);
      if (outcome.error) continue;
      parsed.push(outcome.parsed);
      if (group) {
        group.push({ relativePath: item.file.relativePath, orders: pass.orders!, item, outcome, tally: pass.tally, before });
        groups.set(item.source.kind, group);
        union!.add(pass.orders!.identities);
        unions.set(item.source.kind, union!);
      }
    }
    // One order, once, in the state of the most recent download (report-json.md, "Additions").
    for (const [kind, members] of groups) {
      const group = members.filter((member) => member.orders.identities.size > 0);
      if (group.length < 2) continue;
      for (const member of group) member.outcome.parsed.aggregate.byIdentity = true;
      const plan = planIdentities(group);
      rankings.set(kind, plan.ranked);
      for (const [rank, file] of plan.ranked.entries()) {
        const above = plan.ranked.slice(0, rank);
        if (sameFilter(file, file.before, above)) {
          repeatedOrdersDropped += file.tally.skipped;
          continue;
        }
        // Read again, leaving out the orders the downloads ranked above it hold: memory stays flat in rows.
        if (file.item.source.payments) payments.forget(file.relativePath);
        const first = file.outcome.parsed;
        const pass: ReadPass = { orders: null, skip: (key) => heldAbove(plan.ranked, file, key), again: true, tally: newTally() };
        const again = await readFile(file.item, readOrder.indexOf(file.item), pass);
        const entry = again.parsed;
        entry.aggregate.byIdentity = true;
        repeatedOrdersDropped += pass.tally.skipped;
        parsed[parsed.indexOf(first)] = entry;
        file.outcome = { ...file.outcome, parsed: entry };
        outcomes.set(file.relativePath, file.outcome);
      }
      for (const { file, keptFile } of plan.copies) {
        const orderCount = file.orders.identities.size;
        matchWarnings.push({
          code: 'OVERLAPPING_EXPORT',
          variant: 'orders',
          params: { file: file.relativePath, keptFile: keptFile.relativePath, orders: orderCount },
          file: file.relativePath,
          details: { keptFile: keptFile.relativePath, orders: orderCount },
        });
      }
      if (plan.repeatedOrders > 0) {
        const counted = plan.ranked.filter((file) => !plan.copies.some((copy) => copy.file === file));
        const states = [...plan.statesFrom].map(([file, count]) => ({ file: file.relativePath, orders: count }));
        const n = plan.repeatedOrders;
        matchWarnings.push({
          code: 'REPEATED_ORDERS',
          params: { count: n, title: group[0]!.item.source.title, files: counted.map((f) => f.relativePath), states },
          file: states[0]!.file,
          details: { kind, orders: n, files: counted.map((f) => f.relativePath), statesFrom: states },
        });
      }
    }
  }
  // Warnings in the order of the files by path (payment ledgers first), whatever order they were read in.
  for (const { file } of readOrder) warnings.push(...(fileWarnings.get(file.relativePath) ?? []));
  warnings.push(...matchWarnings);
  const paymentsMerged = payments.release(warnings);
  for (const entry of parsed) {
    // A file recognised whose rows were all left out says so (the period still covers its days).
    if (entry.aggregate.cells.size > 0 || entry.aggregate.ranges.length > 0 || entry.aggregate.byIdentity) continue;
    const excluded = Object.entries(entry.exclusions).filter(([, count]) => (count ?? 0) > 0) as [ExclusionReason, number][];
    const total = excluded.reduce((sum, [, count]) => sum + count, 0);
    if (total === 0 || entry.aggregate.rows > 0) continue;
    // A ledger whose orders were all left out still states them: none confirmed is 0, not unknown.
    if (entry.source.family === 'ledger') {
      for (const slot of [M.orders, M.revenue, M.refunds]) entry.aggregate.carried[slot] = 1;
      // Orders left out by their status: the file states payment status, so none awaiting is 0 too.
      const byStatus = excluded.some(([reason]) => reason === 'cancelledOrders' || reason === 'failedOrders' || reason === 'pendingOrders' || reason === 'awaitingPaymentOrders');
      if (byStatus) for (const slot of [M.awaitingOrders, M.awaitingRevenue]) entry.aggregate.carried[slot] = 1;
    }
    warnings.push({
      code: 'ALL_ROWS_EXCLUDED',
      params: { file: entry.found.relativePath, excluded },
      file: entry.found.relativePath,
      details: Object.fromEntries(excluded),
    });
  }
  parsed.sort((a, b) => (a.found.relativePath < b.found.relativePath ? -1 : a.found.relativePath > b.found.relativePath ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const found = [...outcomes.values()].sort((a, b) => (a.found.relativePath < b.found.relativePath ? -1 : a.found.relativePath > b.found.relativePath ? 1 : 0));
  return { parsed, skipped, failures, warnings, attribution, readStats, paymentsMerged, repeatedOrdersDropped, outcomes: found };
}

type Detected = { file: FoundFile; sampled: Extract<SampleResult, { sample: unknown }>; source: Source };

/** What one reading of a file counts of order identities. */
interface Tally {
  /** Rows (records and orders left out) not counted because a more recent download holds their order. */
  skipped: number;
}

function newTally(): Tally {
  return { skipped: 0 };
}

interface ReadPass {
  /** First reading of a ledger whose kind has several files: the identities it holds. */
  orders: FileOrders | null;
  /** Second reading: true for an order a more recent download holds (left out here). */
  skip: ((key: number) => boolean) | null;
  /** Second reading: warnings, notes, progress and statistics came from the first. */
  again: boolean;
  tally: Tally;
}

interface IdentityFile extends RankedFile {
  item: Detected;
  outcome: Extract<FileOutcome, { parsed: ParsedFile }>;
  tally: Tally;
  /** The files of its kind read before it: the orders it left out while streaming are theirs. */
  before: IdentityFile[];
}

/** Most recently modified first; the later path first among files modified at the same time. */
function byModifiedNewestFirst(a: Detected, b: Detected): number {
  return modifiedAt(b) - modifiedAt(a) || (a.file.relativePath < b.file.relativePath ? 1 : a.file.relativePath > b.file.relativePath ? -1 : 0);
}

function modifiedAt(item: Detected): number {
  try {
    return statSync(item.file.path).mtimeMs;
  } catch {
    return 0;
  }
}

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

function badCurrency(file: string, line: number): InputError {
  return new InputError(file, line || null, say('BAD_CURRENCY'));
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
