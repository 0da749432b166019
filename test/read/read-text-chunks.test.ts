// readTextChunks streams a file as text in chunks of at most 32 KiB of bytes (so that no chunk is a
// large object in V8): characters cut between two reads or two pieces must come out whole, the BOM
// must go, and the byte callback must see every byte exactly once.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readTextChunks, readTextFrom, sniffEncoding, SPLIT_REACHED } from '../../src/read/decode.js';

const dir = mkdtempSync(join(tmpdir(), 'smroi-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About 600 KB of rows with characters of one to four UTF-8 bytes, so that cuts fall inside them. */
function sampleText(): string {
  const rows: string[] = ['date,order_id,amount,utm_campaign'];
  const names = ['Frühling', 'Brunch am Sonntag – Familien', 'Kaffee ☕ Abo', 'Emoji 😀 Aktion', 'plain'];
  for (let i = 0; i < 9000; i++) rows.push(`2026-03-${String((i % 28) + 1).padStart(2, '0')},SO-${i},${(i * 7) % 1000}.95,${names[i % names.length]}`);
  return rows.join('\n') + '\n';
}

async function read(bytes: Buffer, name: string): Promise<{ chunks: string[]; seen: Buffer }> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const guess = sniffEncoding(bytes.subarray(0, 4096));
  const chunks: string[] = [];
  const seen: Buffer[] = [];
  for await (const chunk of readTextChunks(path, guess, (b) => seen.push(Buffer.from(b)))) chunks.push(chunk);
  return { chunks, seen: Buffer.concat(seen) };
}

describe('readTextChunks', () => {
  const text = sampleText();

  it('UTF-8 with a BOM: the same text, whole characters, chunks of at most 32 KiB', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const { chunks, seen } = await read(bytes, 'utf8.csv');
    expect(chunks.join('')).toBe(text);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(Buffer.byteLength(chunk, 'utf8')).toBeLessThanOrEqual(32768 + 3);
    expect(createHash('sha256').update(seen).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('UTF-16LE with a BOM (Meta) and Windows-1252 (German Excel) read back the same way', async () => {
    const utf16 = await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16.csv');
    expect(utf16.chunks.join('')).toBe(text);
    const latin = text.replace(/[^\x00-\xff]/gu, '?');
    const cp1252 = await read(Buffer.from(latin, 'latin1'), 'cp1252.csv');
    expect(cp1252.chunks.join('')).toBe(latin);
    expect(cp1252.seen.length).toBe(Buffer.byteLength(latin, 'latin1'));
  });
});

describe('readTextFrom (a byte range, for the parallel read)', () => {
  const text = sampleText();
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const path = join(dir, 'ranges.csv');
  writeFileSync(path, bytes);
  const guess = sniffEncoding(bytes.subarray(0, 4096));
  /** Line starts, 0 and the end: where the parallel read starts and splits. */
  const lineStarts = [0, ...[...bytes.entries()].filter(([, b]) => b === 10).map(([i]) => i + 1)];

  it('yields the text of [start, split), the split mark once, then the rest: at line starts all through the file', async () => {
    let cases = 0;
    for (let k = 0; k < lineStarts.length; k += 997) {
      const start = lineStarts[k]!;
      const split = lineStarts[Math.min(lineStarts.length - 1, k + 1 + ((k * 31) % 4000))]!;
      const before: string[] = [];
      const after: string[] = [];
      let marks = 0;
      let seen = 0;
      for await (const chunk of readTextFrom(path, guess, (b) => (seen += b.length), { start, split })) {
        if (chunk === SPLIT_REACHED) marks++;
        else (marks === 0 ? before : after).push(chunk);
      }
      const decoded = (from: number, to: number) => bytes.subarray(Math.max(from, 3), to).toString('utf8');
      expect(marks).toBe(1);
      expect(before.join('')).toBe(decoded(start, split));
      expect(after.join('')).toBe(decoded(split, bytes.length));
      expect(seen).toBe(bytes.length - start);
      cases++;
    }
    expect(cases).toBeGreaterThan(8);
  });

  it('marks a split at the end of the file when the bytes end', async () => {
    const out: (string | typeof SPLIT_REACHED)[] = [];
    for await (const chunk of readTextFrom(path, guess, undefined, { start: lineStarts[5]!, split: bytes.length })) out.push(chunk);
    expect(out[out.length - 1]).toBe(SPLIT_REACHED);
    expect(out.filter((chunk) => chunk === SPLIT_REACHED)).toHaveLength(1);
  });
});
