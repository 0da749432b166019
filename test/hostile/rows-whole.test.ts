// Rows are whole (issue 15, item 3): a row with fewer or more fields than its header, a header that
// names a read column twice, a file cut off in its last row and a stray quote that swallows rows.
// The fixtures are in fixtures/hostile/ (EXPECTED.md); the inline files are copies of fixtures of
// each kind with one row changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../src/read/csv.js';
import { checkDuplicateColumns, checkWidth } from '../../src/sources/columns.js';
import { FIXTURES, runSource, sum } from '../helpers/run-source.js';
import { runText } from '../helpers/run-text.js';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('the hostile fixtures', () => {
  it('cut-utf16-analytics.tsv: a UTF-16 file cut inside its last number is FILE_CUT_OFF on line 23, never £14 for £147.20', async () => {
    await expect(runSource('hostile/cut-utf16-analytics.tsv')).rejects.toMatchObject({
      code: 'FILE_CUT_OFF',
      file: 'hostile/cut-utf16-analytics.tsv',
      line: 23,
      problem: expect.stringContaining('the file seems cut off'),
    });
  });

  it('paypal-short-row.csv: the row without its Balance Impact is RAGGED_ROW on line 3 (40 of 41 fields), not a dropped payment', async () => {
    const error = await runSource('hostile/paypal-short-row.csv').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RAGGED_ROW', line: 3, problem: 'this row has 40 fields but the header has 41.' });
    expect((error as { hint: string }).hint).toContain('export the file again');
    // The cells of the row are not in the message (a name, an e-mail address).
    expect(String((error as Error).message)).not.toMatch(/Stoiber|42\.80/);
  });

  it('meta-extra-cell.csv: an unquoted comma in a campaign name is RAGGED_ROW on line 4 (16 of 15 fields)', async () => {
    await expect(runSource('hostile/meta-extra-cell.csv')).rejects.toMatchObject({ code: 'RAGGED_ROW', line: 4, problem: 'this row has 16 fields but the header has 15.' });
  });

  it('shopify-duplicate-total.csv: two Total columns are DUPLICATE_COLUMN on line 1, naming "Total"', async () => {
    await expect(runSource('hostile/shopify-duplicate-total.csv')).rejects.toMatchObject({
      code: 'DUPLICATE_COLUMN',
      line: 1,
      problem: 'the header has the column "Total" more than once, so which of them to read cannot be told.',
    });
  });

  it('stray-quote-ledger.csv: the stray quote on line 3 swallows LK-5003 to LK-5006 (lines 4-7), and QUOTE_SPANS_LINES names line 3', async () => {
    const run = await runSource('hostile/stray-quote-ledger.csv');
    expect(run.warnings).toEqual([expect.objectContaining({ code: 'QUOTE_SPANS_LINES', line: 3, details: { lines: 5 } })]);
    expect(run.warnings[0]!.message).toContain('line 3 spans 5 lines');
    const refs = run.records.map((record) => record.ref);
    for (const swallowed of ['LK-5003', 'LK-5004', 'LK-5005', 'LK-5006']) expect(refs).not.toContain(swallowed);
    expect(refs).toContain('LK-5002');
    expect(refs).toContain('LK-5007');
    // en.csv (13 orders, 571.10 revenue net of 44.80 refunds) without the four swallowed orders:
    // LK-5003 42.50, LK-5004 23.40, LK-5005 29.90 refunded in full (0 revenue, 29.90 refunds), LK-5006 49.80.
    expect(sum(run.records, 'orders')).toBe(9);
    expect(sum(run.records, 'revenue')).toBe(455.4); // 571.10 - 42.50 - 23.40 - 49.80
    expect(sum(run.records, 'refunds')).toBe(14.9); // 44.80 - 29.90
  });
});

describe('a short row is RAGGED_ROW in every kind', () => {
  it('a generic ledger row without its note cell (11 of 12 fields)', async () => {
    const text = fixture('generic-ledger/en.csv').replace('tobias.lang@example.net,\n', 'tobias.lang@example.net\n');
    await expect(runText(text, 'ledger.csv')).rejects.toMatchObject({ code: 'RAGGED_ROW', line: 7, problem: 'this row has 11 fields but the header has 12.' });
  });

  it('a Meta Ads row without its attribution setting (14 of 15)', async () => {
    const text = fixture('meta-ads/en-campaign-daily.csv').replace(/,"7-day click, 1-day view, or 1-day engaged-view"\n/, '\n');
    await expect(runText(text, 'meta.csv')).rejects.toMatchObject({ code: 'RAGGED_ROW', line: 2, problem: 'this row has 14 fields but the header has 15.' });
  });

  it('a GA4 row is checked against its own table: 5 fields in the first table, 2 in the second', async () => {
    const base = fixture('ga4/exploration-multi-table.csv');
    // Line 11 of the first table (5 columns) without its revenue.
    await expect(runText(base.replace('(direct),273,172,6,191\r\n', '(direct),273,172,6\r\n'), 'ga4.csv')).rejects.toMatchObject({
      code: 'RAGGED_ROW',
      line: 11,
      problem: 'this row has 4 fields but the header has 5.',
    });
    // The second table (Date, Sessions) is read as it is, and a third cell there is one too many.
    await expect(runText(base.replace('20260903,86\r\n', '20260903,86,12\r\n'), 'ga4.csv')).rejects.toMatchObject({
      code: 'RAGGED_ROW',
      line: 24,
      problem: 'this row has 3 fields but the header has 2.',
    });
    await expect(runText(base, 'ga4.csv')).resolves.toBeDefined();
  });

  it('a Business Suite row with the date only (1 of 2), in UTF-16 as Meta writes it', async () => {
    const text = readFileSync(join(FIXTURES, 'meta-insights/facebook-follows.csv')).subarray(2).toString('utf16le');
    const cut = text.replace('"2026-09-02T00:00:00","1"\r\n', '"2026-09-02T00:00:00"\r\n');
    expect(cut).not.toBe(text);
    await expect(runText(utf16(cut), 'Follows (1).csv')).rejects.toMatchObject({ code: 'RAGGED_ROW', line: 5, problem: 'this row has 1 field but the header has 2.' });
  });

  it('extra blank cells are accepted, as before (a trailing delimiter, empty spreadsheet columns)', async () => {
    const text = fixture('generic-ledger/en.csv').replace('tobias.lang@example.net,\n', 'tobias.lang@example.net,,, \n');
    const run = await runText(text, 'ledger.csv');
    expect(run.records.map((r) => r.ref)).toContain('LK-5006');
  });
});

describe('a cut-off file', () => {
  it('a last row with fewer fields and no line break is FILE_CUT_OFF naming its line', async () => {
    const text = fixture('generic-ledger/en.csv').replace(/2026-09-29,LK-5015,15.80,EUR,paid,,instagram,social,,,frieda.kraus@example.net,\n$/, '2026-09-29,LK-5015,15.80,EUR,pa');
    await expect(runText(text, 'ledger.csv')).rejects.toMatchObject({ code: 'FILE_CUT_OFF', line: 17, problem: 'the file seems cut off: its last row has 5 of the header\'s 12 fields and no line break.' });
  });

  it('a whole last row without a line break is read (Meta and WooCommerce write files so)', async () => {
    const text = fixture('generic-ledger/en.csv').replace(/\n$/, '');
    const run = await runText(text, 'ledger.csv');
    expect(run.records.map((r) => r.ref)).toContain('LK-5015');
  });

  it('a UTF-16 file cut inside a character (an odd byte) is FILE_CUT_OFF', async () => {
    // excel-utf16.tsv up to its totals row (line 24, `⇥10,215⇥25⇥£1,865.20`), its last byte gone.
    const text = readFileSync(join(FIXTURES, 'universal-analytics/excel-utf16.tsv')).subarray(2).toString('utf16le').replace(/\s+$/, '');
    expect(text.endsWith('\t£1,865.20')).toBe(true);
    const bytes = utf16(text);
    await expect(runText(bytes.subarray(0, bytes.length - 1), 'Analytics.tsv')).rejects.toMatchObject({
      code: 'FILE_CUT_OFF',
      line: 24,
      problem: 'the file seems cut off: its last row ends inside a character.',
    });
  });

  it('a Business Suite file cut inside its last quoted number stays CSV_SYNTAX (the quote never closes), naming its line', async () => {
    const bytes = readFileSync(join(FIXTURES, 'meta-insights/facebook-follows.csv'));
    const text = bytes.subarray(2).toString('utf16le').replace(/"\r\n$/, '');
    await expect(runText(utf16(text), 'Follows (1).csv')).rejects.toMatchObject({ code: 'CSV_SYNTAX', line: text.split('\r\n').length });
  });
});

describe('checkWidth and checkDuplicateColumns', () => {
  it('accepts the header width and blank extra cells; throws with found and expected counts otherwise', () => {
    expect(() => checkWidth('f.csv', 2, ['a', 'b'], 2)).not.toThrow();
    expect(() => checkWidth('f.csv', 2, ['a', 'b', '', ' '], 2)).not.toThrow();
    expect(() => checkWidth('f.csv', 2, ['a', 'b', 'x'], 2)).toThrowError(expect.objectContaining({ code: 'RAGGED_ROW', found: 3, expected: 2 }));
    expect(() => checkWidth('f.csv', 2, ['a'], 2)).toThrowError(expect.objectContaining({ code: 'RAGGED_ROW', line: 2, found: 1, expected: 2 }));
    expect(() => checkWidth('f.csv', 2, ['a'], 2, 1)).not.toThrow();
  });

  it('a repeated column is an error only when it is read', () => {
    expect(() => checkDuplicateColumns('f.csv', 1, ['Date', 'Note', 'Amount', 'Note'], { date: 0, amount: 2 })).not.toThrow();
    expect(() => checkDuplicateColumns('f.csv', 1, ['Date', 'Amount', 'amount '], { date: 0, amount: 1 })).toThrowError(
      expect.objectContaining({ code: 'DUPLICATE_COLUMN', line: 1, problem: expect.stringContaining('"Amount"') }),
    );
  });
});

describe('what the tokenizer tells of each record', () => {
  it('linesInLastRecord counts the physical lines of a record; unterminated marks a last record without a line break', () => {
    const seen: [number, number, boolean][] = [];
    const tokenizer = new CsvTokenizer(',', (_cells, line) => seen.push([line, tokenizer.linesInLastRecord, tokenizer.unterminated]));
    tokenizer.push('a,b\n1,"x\ny\r\nz"\n2,q\n3,');
    tokenizer.push('"end');
    tokenizer.push('"');
    tokenizer.end();
    expect(seen).toEqual([
      [1, 1, false],
      [2, 3, false],
      [5, 1, false],
      [6, 1, true],
    ]);
  });
});
