// The SHA-256 of a large input is taken on a worker thread while the main thread parses it
// (src/read/file-hash.ts): it must equal the hash of the bytes, as the one-pass hash does.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HASH_OFF_THREAD_BYTES, hashOffThread } from '../../src/read/file-hash.js';
import { streamRows } from '../../src/parse.js';
import { mulberry32 } from '../helpers/csv-reference.js';

const dir = mkdtempSync(join(tmpdir(), 'smroi-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV of random bytes-as-text just above the off-thread threshold. */
function bigCsv(): { path: string; bytes: Buffer } {
  const random = mulberry32(2026);
  const lines = ['a,b,c'];
  let size = 6;
  while (size < HASH_OFF_THREAD_BYTES + 12_345) {
    const line = `${Math.floor(random() * 1e9)},x${Math.floor(random() * 1e6)},"é ${Math.floor(random() * 100)}"`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  const path = join(dir, 'big.csv');
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe('hashing off the main thread', () => {
  const { path, bytes } = bigCsv();
  const expected = createHash('sha256').update(bytes).digest('hex');

  it('hashOffThread gives the SHA-256 and size of the file', async () => {
    expect(await hashOffThread(path).digest).toEqual({ sha256: expected, size: bytes.length });
  });

  it('a file it cannot read gives null, never a rejection', async () => {
    expect(await hashOffThread(join(dir, 'missing.csv')).digest).toBeNull();
  });

  it('streamRows of a large file reports the same hash and size as the one-pass hash of a small one would, and reads every row', async () => {
    let rows = 0;
    const parser = { row: () => void rows++, end: () => {} };
    const sample = { delimiter: ',', hasSepLine: false } as Parameters<typeof streamRows>[3];
    const stats = await streamRows(path, 'big.csv', { encoding: 'utf-8', bomLength: 0 }, sample, parser, undefined, { bytes: bytes.length });
    expect(stats).toEqual({ sha256: expected, size: bytes.length });
    expect(rows).toBe(bytes.toString('utf8').split('\n').length - 1);
    // The same file below the threshold (bytes not given): hashed in the parse's own pass, alike.
    const inPass = await streamRows(path, 'big.csv', { encoding: 'utf-8', bomLength: 0 }, sample, { row: () => {}, end: () => {} });
    expect(inPass).toEqual(stats);
  });
});

describe('SMROI_HASH_THREAD', () => {
  it('0 keeps the hash in the parse pass; anything else (or unset) allows the worker', async () => {
    const { hashThreadAllowed } = await import('../../src/read/file-hash.js');
    expect(hashThreadAllowed({ SMROI_HASH_THREAD: '0' })).toBe(false);
    expect(hashThreadAllowed({})).toBe(true);
    expect(hashThreadAllowed({ SMROI_HASH_THREAD: '1' })).toBe(true);
  });
});
