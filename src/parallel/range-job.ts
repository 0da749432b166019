// One byte range of a large ledger, read into sums of its own (a dictionary and an aggregate) on
// whichever thread runs it: the main thread reads the first range, worker threads the others
// (src/parallel/worker.ts), and src/parallel/index.ts adds the parts up in file order.
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Dictionary, FileAggregate, type AggregateState, type DictionaryState } from '../join/aggregate.js';
import { paidOnlyEmit } from '../join/paid-only.js';
import type { CanonicalRecord } from '../model/records.js';
import { RangeFallback, streamRange, type RangeEnds } from '../parse.js';
import { DayCutter } from '../read/dates.js';
import type { EncodingGuess } from '../read/decode.js';
import type { FileDigest } from '../read/file-hash.js';
import type { DecimalMark } from '../read/numbers.js';
import type { ExclusionReason, FileSample, SlashOrder, Source, SourceContext, WarningInput } from '../sources/types.js';

/** What a thread needs to read one range: all plain data (it is posted to a worker). */
export interface RangeJob {
  path: string;
  /** The path relative to the audited folder, for messages. */
  file: string;
  encoding: EncodingGuess;
  sample: FileSample;
  /** The Source's kind (a worker finds the Source in the registry). */
  kind: string;
  decimal: DecimalMark;
  timezone: string;
  /** Dictionary.coupons, as entries. */
  coupons: [string, string][];
  /** Leave orders awaiting payment out (--paid-only). */
  paidOnly: boolean;
  start: number;
  split: number | null;
  /** The last range: also hash the file, its bytes before `start` first, then the range's as they are read. */
  hash: boolean;
}

/** What a range read: its sums and what its parser said. */
export interface RangeOutcome {
  ends: RangeEnds;
  dictionary: DictionaryState;
  aggregate: AggregateState;
  exclusions: Partial<Record<ExclusionReason, number>>;
  /** Warnings of the range's records (a range past the first: of its data rows only). */
  warnings: WarningInput[];
  described: Parameters<SourceContext['describe']>[0][];
  dialect: { decimal?: DecimalMark; dateOrder?: SlashOrder }[];
  /** With RangeJob.hash: the SHA-256 of the whole file and the bytes hashed. */
  digest: FileDigest | null;
}

/** A currency is an ISO 4217 code (the audit's own check; here a bad one sends the file to the one-pass read, which names it). */
const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * Reads one range with the source's own parser. Any problem (an error, a range that cannot be cut
 * where it was) is thrown: the caller then reads the whole file in one pass, which reports it
 * exactly as it always does.
 */
export async function readRangeJob(job: RangeJob, source: Source, onBytes?: (count: number) => void): Promise<RangeOutcome> {
  const split = source.split?.(job.sample) ?? null;
  if (split === null) throw new RangeFallback('the kind is read in one pass');
  const dictionary = new Dictionary(new Map(job.coupons));
  const aggregate = new FileAggregate(dictionary);
  // Read in ranges only when alone of its kind in the folder: no overlap check reads its day prints (as readFolder decides).
  aggregate.fingerprinting = false;
  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  const warnings: WarningInput[] = [];
  const described: RangeOutcome['described'] = [];
  const dialect: RangeOutcome['dialect'] = [];
  let checkedCurrency = '';
  const add = (record: CanonicalRecord) => {
    if (record.currency !== checkedCurrency) {
      if (record.currency !== '' && !CURRENCY_CODE.test(record.currency)) throw new RangeFallback('a currency cell holds no currency code');
      checkedCurrency = record.currency;
    }
    aggregate.add(record);
  };
  // As the audit's own exclude() with no other download of the shop and no payment ledger to tell.
  const exclude = (reason: ExclusionReason, count = 1, _ref?: string, day?: number) => {
    if (day !== undefined && day === day) aggregate.noteDay(day);
    exclusions[reason] = (exclusions[reason] ?? 0) + count;
  };
  const emit = job.paidOnly ? paidOnlyEmit(add, (record) => exclude('awaitingPaymentOrders', 1, record.ref, record.day)) : add;
  // The header a range past the first is given again says what the first range says already.
  let replaying = job.start > 0;
  const parser = source.open({
    file: job.file,
    sample: job.sample,
    decimal: job.decimal,
    cutter: new DayCutter(job.timezone),
    emit,
    warn: (warning) => {
      if (!replaying) warnings.push(warning);
    },
    exclude,
    describe: (description) => {
      if (!replaying) described.push(description);
    },
    firstSighting: () => {
      throw new RangeFallback('references are told apart across files');
    },
    attribution: () => {
      throw new RangeFallback('attribution notes are kept per file');
    },
    dialect: (decided) => {
      if (!replaying) dialect.push(decided);
    },
  });
  if (replaying) {
    for (const row of job.sample.rows.slice(0, split.replay)) parser.row(row.cells.slice(), row.line);
    replaying = false;
  }
  // The last range hashes the file (one thread less than a hash worker beside the ranges).
  const hash = job.hash ? createHash('sha256') : null;
  if (hash !== null) await hashBytes(job.path, job.start, hash);
  const ends = await streamRange(
    job.path,
    job.file,
    job.encoding,
    job.sample,
    parser,
    { start: job.start, split: job.split, group: split.group },
    onBytes,
    { recordLines: source.recordLines, title: source.title, warn: (warning) => warnings.push(warning) },
    hash === null ? undefined : (bytes) => hash.update(bytes),
  );
  const digest = hash === null ? null : { sha256: hash.digest('hex'), size: job.start + ends.bytes };
  return { ends, dictionary: dictionary.state(), aggregate: aggregate.state(), exclusions, warnings, described, dialect, digest };
}

/** Feeds the file's first `count` bytes to `hash`. */
async function hashBytes(path: string, count: number, hash: Hash): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let at = 0; at < count; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, count - at), at);
      if (bytesRead === 0) throw new RangeFallback('the file is shorter than it was');
      hash.update(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
