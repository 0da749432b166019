// Stage 3: streams one detected file through its source's row parser, hashing its bytes on the way.
import { createHash } from 'node:crypto';
import { CsvSyntaxError, CsvTokenizer, isBlankRow, MAX_RECORD_CHARS } from './read/csv.js';
import { readTextChunks, type EncodingGuess } from './read/decode.js';
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
  const skipFirst = sample.hasSepLine;
  const recordLines = check.recordLines ?? DEFAULT_RECORD_LINES;
  const warn = check.warn;
  const utf16 = encoding.encoding.startsWith('utf-16');
  /** The line of the last record when it ends without a line break (the file may be cut off), else 0. */
  let lastLine = 0;
  let askUnread = parser.unreadColumns !== undefined;
  const tokenizer = new CsvTokenizer(sample.delimiter, (cells, line) => {
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
  });
  try {
    for await (const chunk of readTextChunks(path, encoding, seen)) tokenizer.push(chunk);
    tokenizer.end();
  } catch (error) {
    offThread?.cancel();
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
  try {
    parser.end();
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

