// Both cores on one large ledger: the file is cut at line starts into byte ranges, the first read
// here and the others by worker threads, each into sums of its own, then added up in file order.
// The rows of one order are never cut apart (parse.ts, RowRange), and any doubt sends the file to
// the one-pass read: ranges that do not meet, one order over a whole range, an error or a warning
// past the first range (the one-pass read says them with the right line numbers), a file that
// changed while it was read. The last range's thread also hashes the file (its bytes before the
// range first). test/parallel proves the reports equal to the one-pass read's on random files cut
// at random places.
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Dictionary, FileAggregate } from '../join/aggregate.js';
import { RangeFallback, type ReadStats } from '../parse.js';
import type { ExclusionReason, Source, WarningInput } from '../sources/types.js';
import { readRangeJob, type RangeJob, type RangeOutcome } from './range-job.js';
import type { WorkerMessage } from './worker.js';

/** How a large file is read on several threads: into how many ranges, and from what size on. */
export interface ParallelPlan {
  parts: number;
  minBytes: number;
  /** Where to cut instead of equal shares (byte offsets, each moved to the next line start): for tests. */
  at?: readonly number[];
}

/** From this size on a ledger is read on several threads: below it a worker's start (some 30-60 ms) is not won back. */
export const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;
/** At most this many ranges: the merge and the workers' memory grow with them, the gain flattens. */
const MAX_PARTS = 4;

/**
 * The plan from the environment: one range per core (at most 4) for files from 32 MiB on;
 * SMROI_PARALLEL=0 reads every file in one pass. SMROI_PARALLEL_PARTS and SMROI_PARALLEL_BYTES set
 * the number of ranges and the size (for tests, and to measure). Null: one pass.
 */
export function parallelPlan(env: NodeJS.ProcessEnv = process.env): ParallelPlan | null {
  if (env.SMROI_PARALLEL === '0') return null;
  const parts = env.SMROI_PARALLEL_PARTS !== undefined ? Number(env.SMROI_PARALLEL_PARTS) : Math.min(availableParallelism(), MAX_PARTS);
  const minBytes = env.SMROI_PARALLEL_BYTES !== undefined ? Number(env.SMROI_PARALLEL_BYTES) : PARALLEL_FROM_BYTES;
  if (!Number.isInteger(parts) || parts < 2 || !Number.isFinite(minBytes)) return null;
  return { parts, minBytes };
}

/** Kinds read in ranges: a split key, an encoding readable from any line start, and a worker that can find the kind. */
export function canSplit(source: Source, encoding: string, registry: readonly Source[]): boolean {
  return source.split !== undefined && (encoding === 'utf-8' || encoding === 'windows-1252') && registry.includes(source);
}

export interface ParallelRead {
  stats: ReadStats;
  /** The first range's warnings (the others had none). */
  warnings: WarningInput[];
  exclusions: Partial<Record<ExclusionReason, number>>;
  described: RangeOutcome['described'];
  dialect: RangeOutcome['dialect'];
  parts: number;
}

export interface ParallelInput {
  job: Omit<RangeJob, 'start' | 'split' | 'hash'>;
  source: Source;
  size: number;
  plan: ParallelPlan;
  /** The audit's dictionary and the file's aggregate: the ranges' sums are added to them only when every range was read. */
  dictionary: Dictionary;
  aggregate: FileAggregate;
  onBytes?: (count: number) => void;
}

/**
 * Reads a file in ranges and adds their sums to `aggregate` and `dictionary`. Returns null, having
 * added nothing, when the file must be read in one pass instead (`why` says why).
 */
export async function readInParallel(input: ParallelInput, why: (reason: string) => void = () => {}): Promise<ParallelRead | null> {
  const worker = workerFile();
  if (worker === null) return (why('no worker script'), null);
  const splits = await splitPoints(input.job.path, input.size, input.plan.at ?? shares(input.size, input.plan.parts));
  if (splits.length === 0) return (why('no line start to cut at'), null);
  const starts = [0, ...splits];
  const workers: Worker[] = [];
  const reads: Promise<RangeOutcome | string>[] = [];
  for (let k = 1; k < starts.length; k++) {
    const last = k === starts.length - 1;
    const job: RangeJob = { ...input.job, start: starts[k]!, split: last ? null : starts[k + 1]!, hash: last };
    const thread = new Worker(worker, { workerData: job });
    workers.push(thread);
    reads.push(
      new Promise((resolve) => {
        thread.on('message', (message: WorkerMessage) => {
          if ('bytes' in message) input.onBytes?.(message.bytes);
          else resolve('done' in message ? message.done : message.fallback);
        });
        thread.once('error', () => resolve('worker failed'));
        thread.once('exit', () => resolve('worker stopped'));
      }),
    );
  }
  const stop = () => {
    for (const thread of workers) void thread.terminate();
  };
  let first: RangeOutcome;
  try {
    first = await readRangeJob({ ...input.job, start: 0, split: starts[1]!, hash: false }, input.source, input.onBytes);
  } catch (error) {
    stop();
    return (why(error instanceof RangeFallback ? error.reason : error instanceof Error ? error.constructor.name : 'error'), null);
  }
  const outcomes: RangeOutcome[] = [first];
  for (const read of reads) {
    const outcome = await read;
    if (typeof outcome === 'string') {
      stop();
      return (why(outcome), null);
    }
    outcomes.push(outcome);
  }
  for (const thread of workers) void thread.terminate();
  // Each range must start exactly where the one before it handed over: the same line, the same order.
  for (let k = 1; k < outcomes.length; k++) {
    const before = outcomes[k - 1]!.ends;
    const ends = outcomes[k]!.ends;
    if (before.handoffLine !== ends.firstLine || before.handoffKey !== ends.firstKey) return (why('the ranges do not meet'), null);
    if (outcomes[k]!.warnings.length > 0) return (why('a warning past the first range'), null);
  }
  const digest = outcomes[outcomes.length - 1]!.digest;
  // A file that grew or shrank while it was read (a download still being written): the one-pass read says so.
  if (digest === null || digest.size !== input.size) {
    return (why('the file changed while it was read'), null);
  }
  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  for (const outcome of outcomes) {
    const map = input.dictionary.absorb(outcome.dictionary);
    input.aggregate.absorb(outcome.aggregate, map);
    for (const [reason, count] of Object.entries(outcome.exclusions) as [ExclusionReason, number][]) exclusions[reason] = (exclusions[reason] ?? 0) + count;
  }
  return {
    stats: { sha256: digest.sha256, size: digest.size },
    warnings: first.warnings,
    exclusions,
    described: first.described,
    dialect: first.dialect,
    parts: starts.length,
  };
}

/** Offsets that cut `size` bytes into `parts` equal shares. */
function shares(size: number, parts: number): number[] {
  return Array.from({ length: parts - 1 }, (_, k) => Math.floor(((k + 1) * size) / parts));
}

/**
 * Where to cut a file of `size` bytes near the offsets `targets` (ascending): each cut just after
 * the first line break at or past its target. Fewer cuts where no line break follows.
 */
export async function splitPoints(path: string, size: number, targets: readonly number[]): Promise<number[]> {
  const handle = await open(path, 'r');
  const window = Buffer.allocUnsafe(1 << 16);
  const cuts: number[] = [];
  try {
    for (const target of targets) {
      let at = Math.max(target, cuts[cuts.length - 1] ?? 0);
      const limit = Math.min(size, at + (1 << 22));
      let cut = -1;
      while (at < limit && cut === -1) {
        const { bytesRead } = await handle.read(window, 0, Math.min(window.length, limit - at), at);
        if (bytesRead === 0) break;
        const newline = window.subarray(0, bytesRead).indexOf(10);
        if (newline !== -1) cut = at + newline + 1;
        at += bytesRead;
      }
      if (cut > 0 && cut < size) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  return cuts;
}

/** The worker's script beside this module; from the TypeScript sources (tests), the built one. */
function workerFile(): URL | null {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/parallel/worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : null;
}
