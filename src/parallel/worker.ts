// A worker thread's entry: reads the range it is given (src/parallel/range-job.ts) and posts its
// sums, or why it could not. Progress goes up as byte counts, a message per MiB or so.
import { parentPort, workerData } from 'node:worker_threads';
import { RangeFallback } from '../parse.js';
import { SOURCES } from '../sources/index.js';
import { readRangeJob, type RangeJob } from './range-job.js';

/** A worker's messages to the thread that started it. */
export type WorkerMessage = { bytes: number } | { done: Awaited<ReturnType<typeof readRangeJob>> } | { fallback: string };

const PROGRESS_STEP = 1 << 20;

async function main(port: NonNullable<typeof parentPort>, job: RangeJob): Promise<void> {
  const source = SOURCES.find((candidate) => candidate.kind === job.kind);
  if (source === undefined) {
    port.postMessage({ fallback: `no source of kind ${job.kind}` } satisfies WorkerMessage);
    return;
  }
  let unsent = 0;
  try {
    const done = await readRangeJob(job, source, (count) => {
      unsent += count;
      if (unsent >= PROGRESS_STEP) {
        port.postMessage({ bytes: unsent } satisfies WorkerMessage);
        unsent = 0;
      }
    });
    if (unsent > 0) port.postMessage({ bytes: unsent } satisfies WorkerMessage);
    port.postMessage({ done } satisfies WorkerMessage);
  } catch (error) {
    // Never the error's text: it may quote a cell. The one-pass read says what is wrong, and where.
    port.postMessage({ fallback: error instanceof RangeFallback ? error.reason : error instanceof Error ? error.constructor.name : 'error' } satisfies WorkerMessage);
  }
}

if (parentPort !== null) void main(parentPort, workerData as RangeJob);
