// The hot path: an RFC 4180 tokenizer over streamed text chunks.
// Unquoted lines (nearly all ledger rows) are split with indexOf; a line holding a quote falls back
// to a field-by-field scan. One cell array is reused for every row, so the handler must copy what
// it keeps. test/read/csv.test.ts proves it equal to csv-parse on fixtures and random input.

/** Called once per record; `line` is the physical (1-based) line where the record starts. */
export type RowHandler = (cells: string[], line: number) => void;

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
    /** Which one: a row longer than MAX_RECORD_CHARS, or a quote never closed (the error catalogue's CSV_SYNTAX texts). */
    readonly kind: 'longRow' | 'unclosed',
  ) {
    super(problem);
  }
}

/**
 * The longest record the tokenizer holds while waiting for its end: no real export has a row of
 * this size, and past it the text is not a CSV (a quote that never closes, a binary file). The
 * bound keeps memory flat whatever the line length.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const NEWLINE = 10;
const RETURN = 13;
const QUOTE = 34;

export class CsvTokenizer {
  private rest = '';
  private line = 1;
  private readonly cells: string[] = [];
  /**
   * True while the handler sees the last record of the text and that record ends without a line
   * break (read at end()): with fewer cells than its header, or a cut cell, the file was cut off.
   */
  unterminated = false;
  /** How many physical lines the record the handler sees spans (more than 1 when a quoted field holds line breaks). */
  linesInLastRecord = 1;
  /**
   * Columns the handler never reads (1 = unread; see RowParser.unreadColumns): their unquoted cells
   * are not cut out of the text, only told apart as blank ('') or not (UNREAD_CELL), which is all
   * a blank-row or width check needs. The last record of a text that ends without a line break is
   * read whole (the cut-off checks look at its last cell).
   */
  unread: Uint8Array | null = null;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: RowHandler,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** True while a record begun in the text pushed so far waits for its end (a quoted field goes on). */
  get pending(): boolean {
    return this.rest.length > 0;
  }

  /** The physical line the next record starts on (the pending one's, when one is pending). */
  get nextLine(): number {
    return this.line;
  }

  /** The line breaks the pending record holds so far (0 when none is pending). */
  get pendingLines(): number {
    return countNewlines(this.rest);
  }

  push(chunk: string): void {
    if (this.rest.length === 0) {
      this.consume(chunk, 0, false);
      return;
    }
    // The record left over from the last chunk ends at a line break of this one: complete it with
    // the head of the chunk only, then read the rest of the chunk in place. Concatenating the whole
    // chunk would copy it (flattening) and slow every indexOf and slice on it.
    const newline = chunk.indexOf('\n');
    if (newline === -1) {
      this.rest += chunk;
      this.checkRest();
      return;
    }
    const head = this.rest + chunk.slice(0, newline + 1);
    this.rest = '';
    this.consume(head, 0, false);
    if (this.rest.length === 0) this.consume(chunk, newline + 1, false);
    else {
      // A quoted field holds that line break: the record goes on, so read on from its start.
      const text = this.rest + chunk.slice(newline + 1);
      this.rest = '';
      this.consume(text, 0, false);
    }
  }

  end(): void {
    this.consume(this.rest, 0, true);
    this.rest = '';
  }

  private consume(text: string, start: number, final: boolean): void {
    const n = text.length;
    const delimiter = this.delimiter;
    const cells = this.cells;
    const onRow = this.onRow;
    let pos = start;
    let line = this.line;
    let quotePos = -1;
    let delimPos = -1;
    const unread = this.unread;
    const delimCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
    while (pos < n) {
      let newline = text.indexOf('\n', pos);
      if (newline === -1) {
        if (!final) break;
        newline = n;
        this.unterminated = true;
      }
      if (quotePos < pos) {
        quotePos = text.indexOf('"', pos);
        if (quotePos === -1) quotePos = Infinity;
      }
      if (quotePos > newline) {
        let end = newline;
        if (end > pos && text.charCodeAt(end - 1) === RETURN) end--;
        let count = 0;
        let start = pos;
        for (;;) {
          // An empty cell (half the cells of a Shopify export): no search needed.
          if (text.charCodeAt(start) === delimCode && start < end) {
            cells[count++] = '';
            start++;
            continue;
          }
          if (delimPos < start) {
            delimPos = text.indexOf(delimiter, start);
            if (delimPos === -1) delimPos = Infinity;
          }
          if (delimPos >= end) {
            cells[count++] = text.slice(start, end);
            break;
          }
          cells[count] = unread !== null && unread[count] === 1 && newline !== n ? unreadCell(text, start, delimPos) : text.slice(start, delimPos);
          count++;
          start = delimPos + 1;
        }
        if (cells.length !== count) cells.length = count;
        pos = newline + 1;
        this.linesInLastRecord = 1;
        onRow(cells, line);
        line++;
        continue;
      }
      const next = this.scanQuotedRecord(text, pos, line, final);
      if (next < 0) break;
      onRow(cells, line);
      line += this.linesInLastRecord;
      pos = next;
    }
    this.rest = pos < n ? text.slice(pos) : '';
    this.line = line;
    this.checkRest();
  }

  private checkRest(): void {
    if (this.rest.length > MAX_RECORD_CHARS) {
      throw new CsvSyntaxError(this.line, `one row is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MiB, far more than any export writes (a quoted field that never closes, or not a CSV file)`, 'longRow');
    }
  }

  /** Scans one record that contains a quote. Returns the position after it, or -1 if the text ends first. */
  private scanQuotedRecord(text: string, pos: number, line: number, final: boolean): number {
    const n = text.length;
    const delimiter = this.delimiter;
    const cells = this.cells;
    const unread = this.unread;
    const delimCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
    let count = 0;
    let newlines = 0;
    let i = pos;
    // The next delimiter and line break at or after the last search (n when none): found with
    // indexOf (native, vectorised) and reused while the scan has not passed them, so an unquoted
    // field costs two compares instead of a character loop.
    let delimAt = -1;
    let newlineAt = -1;
    const stopFrom = (from: number): number => {
      if (delimAt < from) {
        delimAt = text.indexOf(delimiter, from);
        if (delimAt === -1) delimAt = n;
      }
      if (newlineAt < from) {
        newlineAt = text.indexOf('\n', from);
        if (newlineAt === -1) newlineAt = n;
      }
      return delimAt < newlineAt ? delimAt : newlineAt;
    };
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            if (!final) return -1;
            throw new CsvSyntaxError(line, 'a quoted field is never closed', 'unclosed');
          }
          const piece = text.slice(j, q);
          newlines += countNewlines(piece);
          if (q + 1 >= n && !final) return -1; // cannot tell "" from a closing quote yet
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += piece + '"';
            j = q + 2;
            continue;
          }
          value += piece;
          i = q + 1;
          break;
        }
        // Text between the closing quote and the next delimiter is kept, as lenient parsers do; like
        // csv-parse (relax_quotes), the quotes of such a field (`"Kept" = x`) are text too.
        if (i < n && !text.startsWith(delimiter, i) && text.charCodeAt(i) !== NEWLINE) {
          const stop = stopFrom(i);
          let tail = text.slice(i, stop);
          if (tail.endsWith('\r') && (stop >= n || text.charCodeAt(stop) === NEWLINE)) tail = tail.slice(0, -1);
          if (tail !== '') value = '"' + value + '"' + tail;
          i = stop;
        } else if (i < n && text.charCodeAt(i) === RETURN && text.charCodeAt(i + 1) === NEWLINE) {
          i++;
        }
      } else if (text.charCodeAt(i) === delimCode) {
        // An empty cell: no search needed.
        value = '';
      } else {
        const stop = stopFrom(i);
        let end = stop;
        if (end > i && text.charCodeAt(end - 1) === RETURN && (stop >= n || text.charCodeAt(stop) === NEWLINE)) end--;
        value = unread !== null && unread[count] === 1 ? unreadCell(text, i, end) : text.slice(i, end);
        i = stop;
      }
      cells[count++] = value;
      if (i >= n) {
        if (!final) return -1;
        if (unread !== null) {
          // The text's last record, without a line break: read again with every cell, for the cut-off checks.
          this.unread = null;
          const next = this.scanQuotedRecord(text, pos, line, final);
          this.unread = unread;
          return next;
        }
        cells.length = count;
        this.linesInLastRecord = newlines + 1;
        this.unterminated = true;
        return n;
      }
      if (text.charCodeAt(i) === NEWLINE) {
        cells.length = count;
        this.linesInLastRecord = newlines + 1;
        return i + 1;
      }
      i += delimiter.length; // at a delimiter
    }
  }
}

/** What an unread cell holds instead of its text: not blank, and never a real cell's text. */
export const UNREAD_CELL = '\u0000unread';

/** An unread cell: '' when it is blank (as String.prototype.trim sees it), else UNREAD_CELL. */
function unreadCell(text: string, start: number, end: number): string {
  if (start === end) return '';
  const c = text.charCodeAt(start);
  // A printable ASCII character is never white space: no slice needed to tell.
  if (c > 32 && c < 127) return UNREAD_CELL;
  return text.slice(start, end).trim() === '' ? '' : UNREAD_CELL;
}

function countNewlines(text: string): number {
  let count = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}

/** Tokenizes a whole string (samples, tests). Rows are copied. */
export function tokenize(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => rows.push({ cells: cells.slice(), line }));
  tokenizer.push(text);
  tokenizer.end();
  return rows;
}

export function isBlankRow(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/** Tokenizes the complete records at the start of a text that may be cut off (a sample). */
export function tokenizePrefix(text: string, delimiter: string, maxRows: number): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => {
    if (rows.length < maxRows) rows.push({ cells: cells.slice(), line });
  });
  try {
    tokenizer.push(text);
  } catch {
    // A sample may end inside a quoted field; the rows before it are enough.
  }
  return rows;
}
