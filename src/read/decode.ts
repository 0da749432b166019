// Bytes to text. Meta writes UTF-16LE with a BOM, Excel in Germany writes Windows-1252,
// everything else is UTF-8 with or without a BOM. Decided once per file from its first bytes.
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

export function sniffEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  // UTF-16 without a BOM: ASCII text leaves every other byte NUL.
  let evenNuls = 0;
  let oddNuls = 0;
  const probe = Math.min(head.length, 512);
  for (let i = 0; i < probe; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  if (oddNuls > probe / 4 && evenNuls === 0) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenNuls > probe / 4 && oddNuls === 0) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: isValidUtf8(head) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** True when the bytes decode as UTF-8; a sequence cut off at the end of the sample is allowed. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    // A sequence cut off by the sample's end is allowed, but the bytes that are there must continue it.
    const present = Math.min(need, n - 1 - i);
    for (let k = 1; k <= present; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    if (present < need) return true;
    i += need + 1;
  }
  return true;
}

export function containsBinary(head: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const probe = Math.min(head.length, 4096);
  for (let i = 0; i < probe; i++) if (head[i] === 0) return true;
  return false;
}

export async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  // Synchronous: one small read, and a folder of 500 files waited some 0.4 s on the round trips of
  // asynchronous opens, reads and closes.
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const bytesRead = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

/** Decodes a byte prefix (for sniffing); an incomplete character at the end is dropped. */
export function decodeSample(head: Uint8Array, guess: EncodingGuess): string {
  const decoder = new TextDecoder(guess.encoding);
  const text = decoder.decode(head.subarray(guess.bomLength), { stream: true });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes read at a time. */
const READ_BYTES = 1 << 18;
/** Files (or what is left of them past a range's start) up to this size are read synchronously. */
const SYNC_READ_BYTES = 4 * 1024 * 1024;

/** A read at `position`; marked handled at once, as it may fail before the reader awaits it (it is read ahead). */
function readAt(fd: number, buffer: Buffer, position: number): Promise<number> {
  const reading = new Promise<number>((resolve, reject) => read(fd, buffer, 0, buffer.length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
  reading.catch(() => {});
  return reading;
}

/** Bytes decoded per text chunk (see readTextChunks). */
const TEXT_CHUNK = 1 << 15;

/** Yielded by readTextChunks once every byte before `ByteRange.split` has been decoded and yielded. */
export const SPLIT_REACHED = Symbol('split reached');

/** Part of a file to stream (src/parallel): from `start` (a line start), marking `split` on the way. */
export interface ByteRange {
  /** The first byte read; past 0 there is no byte-order mark to remove. */
  start: number;
  /** Where SPLIT_REACHED is yielded (a line start: no character straddles it); reading goes on after it. */
  split?: number;
}

/**
 * Streams the whole file as text chunks of at most 32 KiB of bytes, BOM removed. `onBytes` sees
 * every byte of the file as it is read (BOM included), so callers can hash and count in the same pass
 * (in a buffer that is reused: copy what you keep).
 *
 * Small chunks keep memory flat: a string over 128 KiB (64 Ki characters of two bytes) is a large
 * object in V8, promoted on the first GC it survives and freed only by a full GC, so 1 MiB chunks
 * grew the heap by megabytes per chunk until the next full GC.
 */
export function readTextChunks(path: string, guess: EncodingGuess, onBytes?: (bytes: Buffer) => void): AsyncGenerator<string> {
  return readTextFrom(path, guess, onBytes, { start: 0 }) as AsyncGenerator<string>;
}

/** readTextChunks from `range.start`, yielding SPLIT_REACHED at `range.split` (single-byte and UTF-8 text only past 0). */
export async function* readTextFrom(path: string, guess: EncodingGuess, onBytes: ((bytes: Buffer) => void) | undefined, range: ByteRange): AsyncGenerator<string | typeof SPLIT_REACHED> {
  // Two buffers, reused for every read: a read stream's buffer per chunk is native memory, freed only
  // when V8 collects its wrapper; over a large file that grew peak RSS by some 10 to 20 MiB. The next
  // read fills one while the text of the other is parsed.
  const fd = openSync(path, 'r');
  const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
  let which = 0;
  let position = range.start;
  // A small file is read synchronously (no round trip to the thread pool per read, as a folder of many
  // small exports would wait for); a large one asynchronously, so that progress from worker threads
  // and signals are handled while it is read.
  const sync = fstatSync(fd).size - range.start <= SYNC_READ_BYTES;
  // UTF-8 through TextDecoder (SIMD in Node 20, about twice as fast as StringDecoder and equal to it,
  // bad bytes included); ignoreBOM keeps a BOM character for the check below, as StringDecoder did.
  const decoder = new TextDecoder(guess.encoding, guess.encoding === 'utf-8' ? { ignoreBOM: true } : {});
  let bom = range.start === 0 ? guess.bomLength : 0;
  let first = range.start === 0;
  // Bytes still to read before the split (Infinity when none is asked for).
  let beforeSplit = range.split === undefined ? Infinity : range.split - range.start;
  const readNext = (): number | Promise<number> => (sync ? readSync(fd, buffers[which]!, 0, READ_BYTES, position) : readAt(fd, buffers[which]!, position));
  let next: number | Promise<number> = 0;
  try {
    next = readNext();
    for (;;) {
      const bytesRead = typeof next === 'number' ? next : await next;
      if (bytesRead === 0) break;
      const chunk = buffers[which]!.subarray(0, bytesRead);
      position += bytesRead;
      which ^= 1;
      next = readNext();
      onBytes?.(chunk);
      let bytes = chunk;
      if (bom > 0) {
        const cut = Math.min(bom, bytes.length);
        bytes = bytes.subarray(cut);
        bom -= cut;
        beforeSplit -= cut;
      }
      let splitAt = beforeSplit >= 0 && beforeSplit < bytes.length ? beforeSplit : -1;
      beforeSplit -= bytes.length;
      for (let at = 0; at < bytes.length; ) {
        const stop = splitAt >= at ? Math.min(at + TEXT_CHUNK, splitAt) : at + TEXT_CHUNK;
        const piece = bytes.subarray(at, stop);
        at = stop;
        let text = piece.length > 0 ? decoder.decode(piece, { stream: true }) : '';
        if (first && text.length > 0) {
          first = false;
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        }
        if (text) yield text;
        if (at === splitAt) {
          splitAt = -1;
          yield SPLIT_REACHED;
        }
      }
    }
  } finally {
    // A read still under way (the reader stopped early, or failed) ends before its file is closed.
    if (typeof next !== 'number') await next.catch(() => 0);
    closeSync(fd);
  }
  // A split at the very end of the file (or past it) is reached when the bytes end.
  if (beforeSplit >= 0 && beforeSplit !== Infinity) yield SPLIT_REACHED;
  const rest = decoder.decode();
  if (rest) yield rest;
}
