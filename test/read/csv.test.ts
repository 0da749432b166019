// Differential test: CsvTokenizer (our fast path) must read every fixture and 500 random texts
// exactly as csv-parse (the reference) does, whole or cut into arbitrary chunks.
//
// Line numbers: csv-parse 7 `info.lines` is the line where a record ENDS (the counter is bumped
// lazily, at the byte after a line break). It counts every CR and every LF as a line break, except
// that a record delimiter counts once: so a CRLF inside a quoted field counts twice and a lone CR
// anywhere counts once. It cannot be compared with our start lines directly, and `raw` cannot be
// used either (it drops the LF of a CRLF record delimiter). `info.bytes` is exact: the UTF-8 byte
// offset just past the record's delimiter. A record starts where the previous one ended, and its
// physical start line is 1 + the number of LF bytes before that offset.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvSyntaxError, CsvTokenizer, isBlankRow, tokenize, tokenizePrefix, UNREAD_CELL } from '../../src/read/csv.js';
import { containsBinary, decodeSample, sniffEncoding } from '../../src/read/decode.js';
import { sniffDialect } from '../../src/read/dialect.js';
import { awkwardCuts, mulberry32, ours, randomChunks, randomCsv, reference } from '../helpers/csv-reference.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

describe('the reference itself (csv-parse 7 line semantics this test relies on)', () => {
  it('info.lines is the line where a record ends; info.bytes is the offset past its delimiter', () => {
    const records = parse('a,"b\nx"\nc,d\n', { record_delimiter: '\n', info: true }) as unknown as {
      info: { lines: number; bytes: number };
    }[];
    expect(records.map((r) => r.info.lines)).toEqual([2, 3]); // record 2 starts on line 3, record 1 on line 1
    expect(records.map((r) => r.info.bytes)).toEqual([8, 12]);
  });

  it('counts an embedded CRLF as two lines, so info.lines overshoots in CRLF files', () => {
    const records = parse('a,"b\r\nx"\r\nc,d\r\n', { record_delimiter: '\r\n', info: true }) as unknown as {
      info: { lines: number; bytes: number };
    }[];
    expect(records.map((r) => r.info.lines)).toEqual([3, 4]); // physically the records end on lines 2 and 3
    expect(records.map((r) => r.info.bytes)).toEqual([10, 15]);
    expect(reference('a,"b\r\nx"\r\nc,d\r\n', ',').map((r) => r.line)).toEqual([1, 3]);
  });

  it('counts a lone CR as a line break too, quoted or not', () => {
    const records = parse('a,b\rc\n"x\ry",z\n', { record_delimiter: '\n', info: true }) as unknown as {
      record: string[];
      info: { lines: number; bytes: number };
    }[];
    expect(records.map((r) => r.record)).toEqual([
      ['a', 'b\rc'],
      ['x\ry', 'z'],
    ]);
    expect(records.map((r) => r.info.lines)).toEqual([2, 4]); // physically lines 1 and 2
    expect(reference('a,b\rc\n"x\ry",z\n', ',').map((r) => r.line)).toEqual([1, 2]);
  });

  it('reports bytes in UTF-8, not UTF-16 code units', () => {
    expect(reference('ä€😀,x\n"ü\n",y\nz\n', ',')).toEqual([
      { cells: ['ä€😀', 'x'], line: 1 },
      { cells: ['ü\n', 'y'], line: 2 },
      { cells: ['z'], line: 4 },
    ]);
  });
});

describe('CsvTokenizer equals csv-parse on every fixture', () => {
  const files = listFiles(FIXTURES).filter((path) => !path.endsWith(join('broken', 'unclosed-quote.csv'))); // Markdown, JSON and notes too: any text must read the same

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const path of files) {
    const name = relative(FIXTURES, path);
    it(name, () => {
      const bytes = readFileSync(path);
      const guess = sniffEncoding(bytes);
      if (containsBinary(bytes, guess.encoding)) return; // e.g. broken/not-a-csv.csv is a PNG
      let text = decodeSample(bytes, guess);
      const dialect = sniffDialect(text);
      let firstLine = 1;
      if (dialect.hasSepLine) {
        const lf = text.indexOf('\n');
        text = lf === -1 ? '' : text.slice(lf + 1);
        firstLine = 2;
      }
      const expected = reference(text, dialect.delimiter, firstLine);
      expect(ours([text], dialect.delimiter, firstLine)).toEqual(expected);
      // The same file in 4 KiB chunks, as a stream would deliver it.
      const chunks: string[] = [];
      for (let at = 0; at < text.length; at += 4096) chunks.push(text.slice(at, at + 4096));
      expect(ours(chunks, dialect.delimiter, firstLine)).toEqual(expected);
    });
  }

  it('broken/unclosed-quote.csv: both parsers refuse it; ours names the line where the record starts', () => {
    const text = decodeSample(readFileSync(join(FIXTURES, 'broken', 'unclosed-quote.csv')), { encoding: 'utf-8', bomLength: 0 });
    expect(() => reference(text, ',')).toThrow(/quote/i);
    let error: unknown;
    try {
      tokenize(text, ',');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(4); // `...,social,"Herbst Aktion 2026,,...` on line 4
  });
});

// ---------------------------------------------------------------------------------------------
// Random texts from a seeded generator (mulberry32), so a failure is reproducible by its index.

const CASES = 500;
const random = mulberry32(0x5eed2026);
const texts = Array.from({ length: CASES }, () => randomCsv(random));

describe('CsvTokenizer equals csv-parse on 500 random texts', () => {
  it('the generator covers what it should', () => {
    const all = texts.map((t) => t.text).join('');
    for (const needle of ['""', '\r\n', '\t', ';', '😀', '"\n', '\r\n"']) expect(all).toContain(needle);
    expect(texts.some((t) => t.rows.some((row) => row.some((cell) => /^"[^]*"[^"]+$/.test(cell))))).toBe(true);
    expect(texts.some((t) => t.eol === '\r\n' && t.delimiter === '\t')).toBe(true);
    expect(texts.some((t) => t.eol === '\n' && t.delimiter === ';')).toBe(true);
    expect(texts.some((t) => t.text === '')).toBe(true);
  });

  it('whole texts give identical rows and start lines', () => {
    for (let i = 0; i < texts.length; i++) {
      const csv = texts[i]!;
      const expected = reference(csv.text, csv.delimiter, 1, csv.eol);
      // The reference reads back exactly what the generator wrote, so the comparison is meaningful.
      expect(expected.map((r) => r.cells), `case ${i}: ${JSON.stringify(csv.text)}`).toEqual(csv.rows);
      expect(expected.map((r) => r.line), `case ${i}`).toEqual(csv.lines);
      expect(ours([csv.text], csv.delimiter), `case ${i}: ${JSON.stringify(csv.text)}`).toEqual(expected);
    }
  });

  it('random chunk splits (1..50 chars, always cut between CR and LF and between two quotes) change nothing', () => {
    const splitter = mulberry32(42);
    let awkward = 0;
    for (let i = 0; i < texts.length; i++) {
      const csv = texts[i]!;
      const expected = reference(csv.text, csv.delimiter, 1, csv.eol);
      const cuts = awkwardCuts(csv.text);
      awkward += cuts.size;
      const chunks = randomChunks(csv.text, splitter, cuts);
      expect(chunks.join('')).toBe(csv.text);
      expect(ours(chunks, csv.delimiter), `case ${i}: ${JSON.stringify(chunks)}`).toEqual(expected);
      // One character at a time, the most hostile split of all.
      expect(ours([...csv.text.split('')], csv.delimiter), `case ${i} char by char`).toEqual(expected);
    }
    expect(awkward).toBeGreaterThan(200);
  });
});

describe('CsvTokenizer unit cases', () => {
  it('numbers physical lines across multi-line quoted fields (LF and CRLF)', () => {
    const text = 'h1,h2\n"x\ny",1\n"p\r\nq\r\nr",2\nlast,3\n';
    expect(tokenize(text, ',')).toEqual([
      { cells: ['h1', 'h2'], line: 1 },
      { cells: ['x\ny', '1'], line: 2 },
      { cells: ['p\r\nq\r\nr', '2'], line: 4 },
      { cells: ['last', '3'], line: 7 },
    ]);
    const crlf = 'a;b\r\n"1\r\n2";"3""4"\r\n\r\nz;\r\n';
    expect(tokenize(crlf, ';')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1\r\n2', '3"4'], line: 2 },
      { cells: [''], line: 4 },
      { cells: ['z', ''], line: 5 },
    ]);
  });

  it('keeps the quotes of a field that has text after its closing quote, as csv-parse does', () => {
    expect(tokenize('"Kept" = not cancelled,1\r\n"a""b"c;d,"x\ny"z\r\n', ',')).toEqual([
      { cells: ['"Kept" = not cancelled', '1'], line: 1 },
      { cells: ['"a"b"c;d', '"x\ny"z'], line: 2 },
    ]);
    // A quote followed by CR LF closes the field normally.
    expect(tokenize('"a"\r\n"b"', ',')).toEqual([
      { cells: ['a'], line: 1 },
      { cells: ['b'], line: 2 },
    ]);
  });

  it('starts counting at firstLine (a dropped sep= line)', () => {
    const rows: Row[] = [];
    const tokenizer = new CsvTokenizer(',', (cells, line) => rows.push({ cells: cells.slice(), line }), 2);
    tokenizer.push('"Date","Primary"\r\n"2026-09-01T00:00:00","2"\r\n');
    tokenizer.end();
    expect(rows).toEqual([
      { cells: ['Date', 'Primary'], line: 2 },
      { cells: ['2026-09-01T00:00:00', '2'], line: 3 },
    ]);
  });

  it('an unclosed quote throws CsvSyntaxError with the line where the record starts', () => {
    const text = 'a,b\nc,d\ne,"f\ng\nh,i\n';
    // Record 3 starts on line 3 and its quoted field runs to the end of the text.
    for (const chunks of [[text], text.split(''), [text.slice(0, 9), text.slice(9)]]) {
      const tokenizer = new CsvTokenizer(',', () => {});
      let error: unknown;
      try {
        for (const chunk of chunks) tokenizer.push(chunk);
        tokenizer.end();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
    }
    expect(() => tokenize('x\n\n"never closed', ',')).toThrow(CsvSyntaxError);
    try {
      tokenize('x\n\n"never closed', ',');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it('a record left over from one chunk is completed by the head of the next: every one- and two-cut split', () => {
    // The leftover is finished with the next chunk up to its first line break; when that break is
    // inside a quoted field the record goes on. Cuts fall inside CRLF, inside quoted fields (also
    // between a doubled quote), right after a closing quote and in records longer than a chunk.
    const texts = [
      'a,b\r\n1,"x\r\ny"\r\n2,3\r\n',
      'h;i\n"p\nq\nr";"s""t"\nlong-cell-without-break;v\n"e"\n',
      'x,"a""\n""b",z\n"",\n"q"w,1\nlast',
      'one\r\ntwo\r\n\r\nthree,"4\r\n5"\r\n"six"\r\n',
    ];
    for (const text of texts) {
      const delimiter = text.startsWith('h;') ? ';' : ',';
      const expected = tokenize(text, delimiter);
      expect(expected).toEqual(reference(text, delimiter));
      for (let i = 0; i <= text.length; i++) {
        expect(ours([text.slice(0, i), text.slice(i)], delimiter), `cut at ${i}`).toEqual(expected);
        for (let j = i; j <= text.length; j++) {
          expect(ours([text.slice(0, i), text.slice(i, j), text.slice(j)], delimiter), `cuts at ${i}, ${j}`).toEqual(expected);
        }
      }
    }
  });

  it('a chunk without a line break only extends the leftover; empty chunks change nothing', () => {
    const text = 'id,name\n1,"a very long\nquoted value"\n2,b\n';
    const expected = tokenize(text, ',');
    const chunks = ['id,na', '', 'me\n1,"a ', 'very', ' long', '\nquo', '', 'ted value"', '\n2,b', '\n', ''];
    expect(chunks.join('')).toBe(text);
    expect(ours(chunks, ',')).toEqual(expected);
  });

  it('tokenizePrefix keeps the complete rows of a sample cut inside a quoted field', () => {
    expect(tokenizePrefix('a,b\nc,"d\ne', ',', 10)).toEqual([{ cells: ['a', 'b'], line: 1 }]);
    expect(tokenizePrefix('a\nb\nc\n', ',', 2).map((r) => r.cells)).toEqual([['a'], ['b']]);
  });

  it('isBlankRow', () => {
    expect(isBlankRow([''])).toBe(true);
    expect(isBlankRow([' ', '\t', ''])).toBe(true);
    expect(isBlankRow(['', '0'])).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Unread columns (RowParser.unreadColumns): the tokenizer skips cutting out the text of cells the
// parser never reads. Proven equal to the plain read on the same 500 texts, whole and in random
// chunks, with random masks set after the first record (as streamRows does after the header).

interface Seen {
  cells: string[];
  line: number;
  lines: number;
  unterminated: boolean;
}

function readWith(chunks: readonly string[], delimiter: string, mask: Uint8Array | null): Seen[] {
  const rows: Seen[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => {
    rows.push({ cells: cells.slice(), line, lines: tokenizer.linesInLastRecord, unterminated: tokenizer.unterminated });
    if (mask !== null) tokenizer.unread = mask;
  });
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return rows;
}

describe('CsvTokenizer with unread columns equals the plain read', () => {
  it('read cells are identical, unread ones blank exactly when the plain cell is; lines, widths and the cut-off flag unchanged', () => {
    const splitter = mulberry32(7);
    let placeholders = 0;
    fc.assert(
      fc.property(fc.nat({ max: CASES - 1 }), fc.uint8Array({ minLength: 0, maxLength: 12, max: 1 }), fc.boolean(), (index, bits, chunked) => {
        const csv = texts[index]!;
        const chunks = chunked ? randomChunks(csv.text, splitter, awkwardCuts(csv.text)) : [csv.text];
        const plain = readWith(chunks, csv.delimiter, null);
        const masked = readWith(chunks, csv.delimiter, Uint8Array.from(bits));
        expect(masked.length).toBe(plain.length);
        for (let r = 0; r < plain.length; r++) {
          const [p, m] = [plain[r]!, masked[r]!];
          expect({ line: m.line, lines: m.lines, unterminated: m.unterminated, width: m.cells.length }).toEqual({ line: p.line, lines: p.lines, unterminated: p.unterminated, width: p.cells.length });
          // The last record without a line break is read whole: the cut-off checks look at it.
          if (p.unterminated) expect(m.cells).toEqual(p.cells);
          for (let c = 0; c < p.cells.length; c++) {
            const [want, got] = [p.cells[c]!, m.cells[c]!];
            if (r === 0 || bits[c] !== 1) expect(got).toBe(want);
            else if (got !== want) {
              expect(got).toBe(want.trim() === '' ? '' : UNREAD_CELL);
              if (got === UNREAD_CELL) placeholders++;
            }
            expect(isBlankRow([got])).toBe(isBlankRow([want]));
          }
        }
      }),
      { seed: 0x14a11, numRuns: 400 },
    );
    // The mask did skip work, not only pass through.
    expect(placeholders).toBeGreaterThan(100);
  });
});
