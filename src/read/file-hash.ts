// SHA-256 of a large input on another thread, while the main thread parses it: on two cores the
// hash (about 5 % of an audit's CPU time) then costs no wall time. Small files are hashed in the
// parse's own pass (a worker costs some 20-30 ms to start).
import { Worker } from 'node:worker_threads';

/** From this size on a file is hashed by a worker thread. */
export const HASH_OFF_THREAD_BYTES = 16 * 1024 * 1024;

/**
 * SMROI_HASH_THREAD=0 hashes every file in the parse's own pass: on a machine without a free core
 * the worker only adds a second read of the file (and some 6-14 MiB of RSS for its thread).
 */
export function hashThreadAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SMROI_HASH_THREAD !== '0';
}

export interface FileDigest {
  sha256: string;
  size: number;
}

// A CommonJS script evaluated by the worker: no file to resolve, the same from src/ (tests) and dist/.
// Synchronous reads into one reused buffer: the worker has its own thread to block, and its memory
// stays one buffer (a read stream allocates a buffer per chunk, freed only when the worker's GC runs).
const HASH_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
try {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(workerData.path, 'r');
  let size = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      size += read;
    }
  } finally {
    closeSync(fd);
  }
  parentPort.postMessage({ sha256: hash.digest('hex'), size });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message) });
}
`;

/**
 * Starts hashing `path` on a worker thread. The promise never rejects: a file the worker cannot
 * read resolves to null (the parse that reads it in parallel reports the problem); `cancel` stops
 * the worker when the parse failed.
 */
export function hashOffThread(path: string): { digest: Promise<FileDigest | null>; cancel: () => void } {
  const worker = new Worker(HASH_SCRIPT, { eval: true, workerData: { path } });
  // The hash must not keep the process alive after an error elsewhere.
  worker.unref();
  const digest = new Promise<FileDigest | null>((resolve) => {
    worker.once('message', (message: { sha256?: string; size?: number; error?: string }) => {
      resolve(message.sha256 !== undefined && message.size !== undefined ? { sha256: message.sha256, size: message.size } : null);
      void worker.terminate();
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { digest, cancel: () => void worker.terminate() };
}
