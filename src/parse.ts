// Stage 3: streams one detected file through its source's row parser, hashing its bytes on the way.
import { createHash } from 'node:crypto';
import { CsvSyntaxError, CsvTokenizer, isBlankRow, MAX_RECORD_CHARS } from './read/csv.js';
import { readTextChunks, readTextFrom, SPLIT_REACHED, type EncodingGuess } from './read/decode.js';
import { HASH_OFF_THREAD_BYTES, hashOffThread, hashThreadAllowed } from './read/file-hash.js';
import { InputError, isSystemError, say, systemCode } from './errors.js';
import { RowWidthError } from './sources/columns.js';
import type { FileSample, RowParser, WarningInput } from './sources/types.js';

/** What was read: the SHA-256 (hex) and size of the file's bytes, taken in the same pass as the rows. */
export interface ReadStats {
  sha256: string;
  size: number;
}

/** What streamRows checks besides the rows: how many physical lines a record may span, and where to say it. */
export interface RecordCheck {
  /** The most physical lines one record of the kind normally spans (Source.recordLines). */
  recordLines?: number;
  /** The kind's name, for the message. */
  title?: string;
  warn?: (warning: WarningInput) => void;
  /** The file's size when known: a large file is hashed on another thread while it is parsed. */
  bytes?: number;
}

/**
 * The physical lines a record may span when its kind does not say: one line break in a quoted
 * field (an address, a note of two lines). A stray quote swallowing the rows after it spans more.
 */
export const DEFAULT_RECORD_LINES = 2;

export async function streamRows(
  path: string,
  file: string,
  encoding: EncodingGuess,
  sample: FileSample,
  parser: RowParser,
  onBytes?: (count: number) => void,
  check: RecordCheck = {},
): Promise<ReadStats> {
  const offThread = check.bytes !== undefined && check.bytes >= HASH_OFF_THREAD_BYTES && hashThreadAllowed() ? hashOffThread(path) : null;
  const hash = offThread === null ? createHash('sha256') : null;
  let size = 0;
  const seen = (bytes: Buffer) => {
    hash?.update(bytes);
    size += bytes.length;
    onBytes?.(bytes.length);
  };
  try {
    await readRows(path, file, encoding, sample, parser, seen, check, null);
  } catch (error) {
    offThread?.cancel();
    throw error;
  }
  if (hash !== null) return { sha256: hash.digest('hex'), size };
  const digest = await offThread!.digest;
  // The worker read the file a second time: a file whose size changed in between (a download still
  // being written) fails the read rather than report a hash of other bytes than were counted.
  if (digest === null || digest.size !== size) {
    throw new InputError(file, null, say('FILE_NOT_READABLE.changed'));
  }
  return { sha256: digest.sha256, size };
}

/**
 * One byte range of a file, read by one thread (src/parallel). The records of one order (line items,
 * all with the same `group` key) are never cut apart: a range after the first leaves out the
 * records of the group it starts in (the range before it reads them), and a range before the last
 * reads on past its split to the end of the group found there. Records whose key is '' (blank rows,
 * and rows too short to be a record: the rest of a quoted field a split fell into) belong to no
 * group. Both ranges say on which line, counted from the split, the next range's first record
 * starts; where they agree, that line starts a record of the file (the range before read the file
 * from a record start), so the next range reads from there exactly what one pass would.
 */
export interface RowRange {
  /** The first byte: 0, or a line start. */
  start: number;
  /** The first byte of the next range (a line start), or null: this range reads to the end of the file. */
  split: number | null;
  /** The key that ties records together (an order's reference); '' for a record that ties to nothing (a blank row). */
  group: (cells: string[]) => string;
}

/** Where a range's records begin and end, in physical lines counted from a split (1 = the line at the split). */
export interface RangeEnds {
  /** The line of the range's first record read, counted from `start` (the first range: 1). */
  firstLine: number;
  firstKey: string;
  /** The line of the first record left to the next range, counted from `split` (null for the last range). */
  handoffLine: number | null;
  handoffKey: string;
  /** Bytes read, the read past the split included. */
  bytes: number;
}

/** A range that cannot be read apart from the others (a quoted field spans its split; one order spans it): read the file in one pass. */
export class RangeFallback extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Streams one byte range of a file through `parser` (see RowRange; past 0, `parser` has seen the
 * header); `onBytes` counts the bytes before the split, `onChunk` sees every byte read.
 */
export async function streamRange(
  path: string,
  file: string,
  encoding: EncodingGuess,
  sample: FileSample,
  parser: RowParser,
  range: RowRange,
  onBytes?: (count: number) => void,
  check: RecordCheck = {},
  onChunk?: (bytes: Buffer) => void,
): Promise<RangeEnds> {
  let bytes = 0;
  const own = range.split === null ? Infinity : range.split - range.start;
  const seen = (chunk: Buffer) => {
    onChunk?.(chunk);
    const before = bytes;
    bytes += chunk.length;
    if (onBytes !== undefined && before < own) onBytes(Math.min(bytes, own) - before);
  };
  const ends = await readRows(path, file, encoding, sample, parser, seen, check, range);
  ends.bytes = bytes;
  return ends;
}

const HEAD = 0;
const BODY = 1;
const TAIL = 2;
const DONE = 3;

async function readRows(
  path: string,
  file: string,
  encoding: EncodingGuess,
  sample: FileSample,
  parser: RowParser,
  seen: (bytes: Buffer) => void,
  check: RecordCheck,
  range: RowRange | null,
): Promise<RangeEnds> {
  const skipFirst = sample.hasSepLine && (range === null || range.start === 0);
  const recordLines = check.recordLines ?? DEFAULT_RECORD_LINES;
  const warn = check.warn;
  const utf16 = encoding.encoding.startsWith('utf-16');
  /** The line of the last record when it ends without a line break (the file may be cut off), else 0. */
  let lastLine = 0;
  let askUnread = parser.unreadColumns !== undefined;
  const deliver = (cells: string[], line: number) => {
    if (skipFirst && line === 1) return;
    const lines = tokenizer.linesInLastRecord;
    if (lines > recordLines && warn !== undefined) {
      warn({
        code: 'QUOTE_SPANS_LINES',
        params: { file, line, lines, title: check.title ?? null },
        line,
        details: { lines },
      });
    }
    if (tokenizer.unterminated) {
      lastLine = line;
      // A cut inside a character (half of a UTF-16 code unit, part of a UTF-8 sequence) decodes as U+FFFD.
      const last = cells[cells.length - 1] ?? '';
      if (last.endsWith('\uFFFD')) throw new InputError(file, line, say('FILE_CUT_OFF.midCharacter'));
      // UTF-16 files are written by programs only (Business Suite, Analytics' "TSV for Excel"), which
      // end every row with a line break: a last row without one was cut, maybe inside its last number.
      if (utf16 && !isBlankRow(cells)) throw new InputError(file, line, say('FILE_CUT_OFF.utf16'));
    }
    parser.row(cells, line);
    if (askUnread) {
      const unread = parser.unreadColumns!();
      if (unread !== null) {
        tokenizer.unread = unread;
        askUnread = false;
      }
    }
  };
  const ends: RangeEnds = { firstLine: 1, firstKey: '', handoffLine: null, handoffKey: '', bytes: 0 };
  // A range's records, by phase: HEAD skips the group it starts in, BODY reads, TAIL reads the
  // group found at the split, DONE leaves the rest to the next range.
  let phase = range === null || range.start === 0 ? BODY : HEAD;
  let headKey: string | null = null;
  let tailKey: string | null = null;
  let splitLine = 0;
  const group = range?.group;
  const phased = (cells: string[], line: number) => {
    if (phase === BODY) return deliver(cells, line);
    if (phase === DONE) return;
    const key = group!(cells);
    if (phase === HEAD) {
      if (key === '' || key === (headKey ??= key)) return;
      ends.firstLine = line;
      ends.firstKey = key;
      phase = BODY;
      return deliver(cells, line);
    }
    // A record begun before the split (a quoted field spans it) is this range's own.
    if (line < splitLine || key === '' || key === (tailKey ??= key)) return deliver(cells, line);
    ends.handoffLine = line - splitLine + 1;
    ends.handoffKey = key;
    phase = DONE;
  };
  const tokenizer = new CsvTokenizer(sample.delimiter, range === null ? deliver : phased);
  try {
    // Past 0 the caller has handed the parser the file's header (Source.split's replay).
    if (range !== null && range.start > 0) {
      if (askUnread) {
        const unread = parser.unreadColumns!();
        if (unread !== null) tokenizer.unread = unread;
        askUnread = false;
      }
    }
    if (range === null) {
      for await (const chunk of readTextChunks(path, encoding, seen)) tokenizer.push(chunk);
      tokenizer.end();
    } else {
      for await (const chunk of readTextFrom(path, encoding, seen, { start: range.start, ...(range.split !== null ? { split: range.split } : {}) })) {
        if (chunk === SPLIT_REACHED) {
          if (phase === HEAD) throw new RangeFallback('one order spans the whole range');
          phase = TAIL;
          // The line at the split: a record pending there (a quoted field spans the split) began lines before it.
          splitLine = tokenizer.nextLine + (tokenizer.pending ? tokenizer.pendingLines : 0);
          continue;
        }
        tokenizer.push(chunk);
        if (phase === DONE) break;
      }
      if (phase === HEAD) throw new RangeFallback('one order spans the whole range');
      if (phase === TAIL) throw new RangeFallback('one order spans the rest of the file');
      if (range.split === null) tokenizer.end();
    }
  } catch (error) {
    if (error instanceof RowWidthError && lastLine !== 0 && error.line === lastLine && error.found < error.expected) {
      throw new InputError(file, lastLine, say('FILE_CUT_OFF.shortLastRow', { found: error.found, expected: error.expected }));
    }
    if (error instanceof CsvSyntaxError) {
      throw new InputError(file, error.line, error.kind === 'longRow' ? say('CSV_SYNTAX.longRow', { mib: MAX_RECORD_CHARS / 1024 / 1024 }) : say('CSV_SYNTAX.unclosed'));
    }
    if (isSystemError(error)) {
      throw new InputError(file, null, say('FILE_NOT_READABLE', { system: systemCode(error) }));
    }
    throw error;
  }
  parser.end();
  return ends;
}
