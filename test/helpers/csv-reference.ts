// The reference for the CSV tokenizer and the random texts it is compared on: shared by the
// differential test (test/read/csv.test.ts) and the fuzzing run (test/fuzz.test.ts).
import { parse } from 'csv-parse/sync';
import { CsvTokenizer } from '../../src/read/csv.js';

export interface Row {
  cells: string[];
  line: number;
}

/** The line ending of the first line break outside quotes (an embedded CRLF must not decide it). */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
  }
  return '\n';
}

/** The reference: csv-parse, with start lines computed from the byte offsets it reports. */
export function reference(text: string, delimiter: string, firstLine = 1, eol = lineEndingOf(text)): Row[] {
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: eol,
    info: true,
  }) as unknown as { record: string[]; info: { bytes: number; lines: number } }[];
  const bytes = Buffer.from(text, 'utf8');
  const rows: Row[] = [];
  let start = 0;
  let line = firstLine;
  for (const { record, info } of records) {
    rows.push({ cells: record, line });
    for (let i = start; i < info.bytes; i++) if (bytes[i] === 0x0a) line++;
    start = info.bytes;
  }
  return rows;
}

/** Ours, fed in the given chunks. Rows are copied because the tokenizer reuses its cell array. */
export function ours(chunks: readonly string[], delimiter: string, firstLine = 1): Row[] {
  const rows: Row[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => rows.push({ cells: cells.slice(), line }), firstLine);
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return rows;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomCsv {
  text: string;
  delimiter: string;
  eol: '\n' | '\r\n';
  /** The rows the text was built from. */
  rows: string[][];
  /** The physical line each row starts on. */
  lines: number[];
}

const PLAIN = ['a', 'b', 'Z', '0', '7', ' ', '.', '-', 'ä', 'ß', 'é', '€', '中', '😀', '\u00a0', "'", '#'];
const DELIMITERS = [',', ';', '\t'] as const;

export function randomCsv(random: () => number): RandomCsv {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const delimiter = pick(DELIMITERS);
  const eol = random() < 0.5 ? '\n' : '\r\n';
  const others = DELIMITERS.filter((d) => d !== delimiter);
  const plainChar = () => (random() < 0.1 ? pick(others) : pick(PLAIN));
  const rows: string[][] = [];
  const lines: string[] = [];
  const starts: number[] = [];
  let line = 1;
  const rowCount = Math.floor(random() * 9);
  for (let r = 0; r < rowCount; r++) {
    const cells: string[] = [];
    const encoded: string[] = [];
    const width = random() < 0.15 ? 1 : 1 + Math.floor(random() * 6);
    for (let c = 0; c < width; c++) {
      const kind = random();
      let value = '';
      if (kind < 0.15) {
        encoded.push(''); // empty field
      } else if (kind < 0.55) {
        const chars: string[] = [];
        const length = 1 + Math.floor(random() * 8);
        for (let i = 0; i < length; i++) chars.push(plainChar());
        // A quote inside an unquoted field (`12" pizza`) is a literal character.
        if (random() < 0.05) chars.splice(1, 0, '"');
        value = chars.join('');
        encoded.push(value);
      } else {
        const length = Math.floor(random() * 10);
        for (let i = 0; i < length; i++) {
          const special = random();
          if (special < 0.12) value += '"';
          else if (special < 0.22) value += delimiter;
          else if (special < 0.3) value += '\n';
          else if (special < 0.38) value += '\r\n';
          else if (special < 0.4) value += '\r';
          else value += plainChar();
        }
        const quoted = `"${value.replace(/"/g, '""')}"`;
        if (random() < 0.06) {
          // Text after the closing quote (`"Kept" = x`): csv-parse keeps both quotes as text.
          const tail = plainChar() + (random() < 0.5 ? plainChar() : '');
          encoded.push(quoted + tail);
          value = `"${value}"${tail}`;
        } else encoded.push(quoted);
      }
      cells.push(value);
    }
    rows.push(cells);
    lines.push(encoded.join(delimiter));
    starts.push(line);
    line += lines[lines.length - 1]!.split('\n').length; // its embedded LFs and the line break after it
  }
  const last = rows[rows.length - 1];
  // A text that ends in an empty line without a line break has no record there: force the break.
  const trailing = rows.length > 0 && (random() < 0.7 || (last!.length === 1 && last![0] === '' && lines[lines.length - 1] === ''));
  return { text: lines.join(eol) + (trailing ? eol : ''), delimiter, eol, rows, lines: starts };
}

export function randomChunks(text: string, random: () => number, forced: ReadonlySet<number>): string[] {
  const chunks: string[] = [];
  let start = 0;
  let next = 1 + Math.floor(random() * 50);
  for (let at = 1; at < text.length; at++) {
    if (forced.has(at) || at - start >= next) {
      chunks.push(text.slice(start, at));
      start = at;
      next = 1 + Math.floor(random() * 50);
    }
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** Cut points between `\r` and `\n` and between two quotes. */
export function awkwardCuts(text: string): Set<number> {
  const cuts = new Set<number>();
  for (let at = 1; at < text.length; at++) {
    const pair = text.slice(at - 1, at + 1);
    if (pair === '\r\n' || pair === '""') cuts.add(at);
  }
  return cuts;
}

