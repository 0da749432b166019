// `smroi detect DIR`, run as the built CLI (`npm run build` first) on fixture folders: each file with
// the kind, encoding, delimiter, number and date format, rows and days the audit reads it as (the
// values below are counted by hand from the fixtures and their EXPECTED.md), problems and warnings
// per file, skipped files with the closest kind and the columns it lacks, the JSON contract
// smroi.detect/1, exit codes, and that no cell of a skipped file reaches the output.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

interface Listed {
  file: string;
  kind: string;
  title: string;
  family: string;
  encoding: string;
  bom: boolean;
  delimiter: string;
  sepLine: boolean;
  numberFormat: string;
  decimalMark: string;
  dateFormat: string | null;
  rows: number | null;
  from: string | null;
  to: string | null;
  warnings: { code: string; message: string; line?: number }[];
  error: { code: string; line: number | null; message: string } | null;
}

interface Skipped {
  file: string;
  reason: string;
  columns: number | null;
  closest: { kind: string; title: string; found: string[]; missing: string[]; signature: string | null } | null;
}

interface Listing {
  schema: string;
  tool: { name: string; version: string };
  dir: string;
  timezone: string;
  overrides: { decimal: string | null; dateOrder: string | null };
  files: Listed[];
  skipped: Skipped[];
  warnings: { code: string; message: string }[];
}

function detectJson(args: string[]): Listing {
  const run = runCli(['detect', ...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Listing;
}

/** The fields the table shows, per file. */
function dialect(file: Listed): unknown[] {
  return [file.kind, file.encoding, file.bom, file.delimiter, file.numberFormat, file.dateFormat, file.rows, file.from, file.to];
}

function byFile<T extends { file: string }>(entries: T[]): Record<string, T> {
  return Object.fromEntries(entries.map((entry) => [entry.file, entry]));
}

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-detect-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('smroi detect fixtures/generic-ledger', () => {
  const listing = detectJson(['fixtures/generic-ledger']);
  const files = byFile(listing.files);

  it('lists every ledger with encoding, delimiter, number and date format, rows and days', () => {
    expect(Object.keys(files)).toEqual(['de.csv', 'en.csv', 'extra-tax-datev-key.csv', 'extra-tax-mwst.csv', 'sv.csv']);
    // de.csv: Windows-1252 bytes (ü = FC), 8 orders from 05.09. to 23.09.2026, the cancelled one counted as a row left out.
    expect(dialect(files['de.csv']!)).toEqual(['generic-ledger', 'windows-1252', false, ';', '1.234,56', 'DD.MM.YYYY', 8, '2026-09-05', '2026-09-23']);
    expect(dialect(files['en.csv']!)).toEqual(['generic-ledger', 'utf-8', false, ',', '1234.56', 'YYYY-MM-DD', 16, '2026-09-01', '2026-09-29']);
    // sv.csv: UTF-8 with BOM, `1 234,50` with a no-break space.
    expect(dialect(files['sv.csv']!)).toEqual(['generic-ledger', 'utf-8', true, ';', '1 234,56', 'YYYY-MM-DD', 6, '2026-09-03', '2026-09-28']);
    expect(files['de.csv']!.decimalMark).toBe(',');
    expect(files['en.csv']!.decimalMark).toBe('.');
  });

  it('gives each file its own warnings, and skips EXPECTED.md', () => {
    expect(files['extra-tax-mwst.csv']!.warnings.map((w) => [w.code, w.line])).toEqual([['TAX_NOT_READ', 7]]);
    expect(files['de.csv']!.warnings).toEqual([]);
    expect(listing.skipped.map((s) => [s.file, s.closest])).toEqual([['EXPECTED.md', null]]);
  });

  it('shows the same in the table, within 100 columns', () => {
    const run = runCli(['detect', 'fixtures/generic-ledger']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('smroi detect · fixtures/generic-ledger · 6 files: 5 read, 1 skipped');
    expect(run.stdout).toMatch(/│ de\.csv +│ windows-1252 │ ; +│ 1\.234,56 │ DD\.MM\.YYYY +│ +8 │ 2026-09-05 │\n│ {3}generic-ledger +│/);
    expect(run.stdout).toMatch(/│ sv\.csv +│ utf-8 BOM +│ ; +│ 1 234,56 │ YYYY-MM-DD +│ +6 │ 2026-09-03 │/);
    expect(run.stdout).toContain('Warnings (1)');
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});

describe('smroi detect fixtures/meta-ads and utf-16le insights', () => {
  it('reads the German Excel re-save (Windows-1252, ";", 1.234,56, DD.MM.YYYY) and the English exports', () => {
    const files = byFile(detectJson(['fixtures/meta-ads']).files);
    expect(dialect(files['de-excel-semicolon.csv']!)).toEqual(['meta-ads', 'windows-1252', false, ';', '1.234,56', 'DD.MM.YYYY', 6, '2026-01-30', '2026-02-01']);
    expect(dialect(files['en-campaign-daily.csv']!)).toEqual(['meta-ads', 'utf-8', true, ',', '1234.56', 'YYYY-MM-DD', 15, '2026-09-01', '2026-09-07']);
    expect(files['en-campaign-no-breakdown.csv']!.warnings.map((w) => w.code)).toEqual(['NO_DAILY_BREAKDOWN']);
    // A file the audit stops at is listed with its problem, not its rows.
    expect(files['extra-bad-number.csv']).toMatchObject({ kind: 'meta-ads', rows: null, from: null, to: null, error: { code: 'BAD_NUMBER' } });
    expect(files['extra-bad-date.csv']!.error!.code).toBe('BAD_DATE');
  });

  it('names UTF-16LE with a BOM and the sep= line of Meta Business Suite insights', () => {
    const files = byFile(detectJson(['fixtures/scenarios/cafe-week']).files);
    expect(files['Follows (1).csv']).toMatchObject({ kind: 'meta-insights', encoding: 'utf-16le', bom: true, delimiter: ',', sepLine: true, rows: 4, from: '2026-09-01', to: '2026-09-07' });
    expect(files['orders_export_1.csv']).toMatchObject({ kind: 'shopify-orders', dateFormat: 'YYYY-MM-DD HH:MM ±HHMM' });
    expect(files['Facebook-posts-Sep-2026.csv']).toMatchObject({ kind: 'facebook-posts', dateFormat: 'MM/DD/YYYY' });
    expect(files['download.csv']).toMatchObject({ kind: 'ga4', dateFormat: 'YYYYMMDD', from: '2026-09-01', to: '2026-09-07' });
    const table = runCli(['detect', 'fixtures/scenarios/cafe-week']).stdout;
    expect(table).toMatch(/│ Follows \(1\)\.csv +│ utf-16le BOM │ sep=, │/);
  });
});

describe('smroi detect fixtures/broken', () => {
  const listing = detectJson(['fixtures/broken']);
  const files = byFile(listing.files);
  const skipped = byFile(listing.skipped);

  it('lists the ledgers the audit stops at with code and line (fixtures/broken/EXPECTED.md)', () => {
    expect(Object.fromEntries(listing.files.map((file) => [file.file, file.error && [file.error.code, file.error.line]]))).toEqual({
      'bad-amount.csv': ['BAD_NUMBER', 4],
      'bad-date.csv': ['BAD_DATE', 5],
      'excel-mangled-ids.csv': null,
      'header-only.csv': null,
      'ragged-row.csv': ['RAGGED_ROW', 7],
      'unclosed-quote.csv': ['CSV_SYNTAX', 4],
    });
    expect(files['header-only.csv']).toMatchObject({ kind: 'generic-ledger', rows: 0, from: null, to: null, dateFormat: null });
    expect(files['excel-mangled-ids.csv']).toMatchObject({ kind: 'meta-ads', encoding: 'utf-8', bom: true, rows: 4 });
    expect(files['excel-mangled-ids.csv']!.warnings.map((w) => w.code)).toEqual(['MANGLED_ID']);
  });

  it('says why each skipped file was skipped; no closest kind where the header names no known column', () => {
    expect(Object.keys(skipped)).toEqual(['EXPECTED.md', 'empty.csv', 'no-header-customers.csv', 'not-a-csv.csv', 'unknown-headers.csv']);
    expect(skipped['empty.csv']).toEqual({ file: 'empty.csv', reason: 'the file is empty', columns: null, closest: null });
    expect(skipped['not-a-csv.csv']).toEqual({ file: 'not-a-csv.csv', reason: 'not a text file', columns: null, closest: null });
    expect(skipped['unknown-headers.csv']!.reason).toBe('not a known export (6 columns; its header matches none of the kinds smroi reads)');
    expect(skipped['unknown-headers.csv']!.closest).toBe(null);
    expect(skipped['no-header-customers.csv']).toMatchObject({ columns: 6, closest: null });
  });

  it('exits 0 with files skipped and unreadable, and says so in the table', () => {
    const run = runCli(['detect', 'fixtures/broken']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('smroi detect · fixtures/broken · 11 files: 2 read, 4 unreadable, 5 skipped');
    expect(run.stdout).toContain('Not readable (4): the audit leaves these out (--strict stops at the first)');
    expect(run.stdout).toContain('- bad-amount.csv, line 4: column "amount" does not hold a number.');
    expect(run.stdout).toContain('Skipped (5)');
  });
});

describe('closest kind and the columns it lacks', () => {
  it('mapped-till: the till ledger is closest to the generic ledger, lacking date and order_id', () => {
    const listing = detectJson(['fixtures/scenarios/mapped-till']);
    expect(listing.files).toEqual([]);
    expect(listing.skipped).toEqual([
      {
        file: 'kassenbuch.csv',
        reason: 'not a known export (5 columns; its header matches none of the kinds smroi reads)',
        columns: 5,
        closest: { kind: 'generic-ledger', title: 'sales ledger', found: ['Brutto EUR'], missing: ['date', 'order_id'], signature: null },
      },
    ]);
    const table = runCli(['detect', 'fixtures/scenarios/mapped-till']).stdout;
    expect(table).toContain('generic-ledger (1 of 3 columns)');
    expect(table).toMatch(/│ Lacks: date, order_id\. +│/);
    expect(table).toContain('  smroi detect fixtures/scenarios/mapped-till --map date=<column>,order_id=<column>,amount=<column>\n');
    // Header cells that match no known column name stay unnamed; the customer column's values too.
    for (const text of ['Belegdatum', 'Beleg-Nr.', 'Aktion', 'Kundin', 'Greta Winter', 'R-1']) expect(table).not.toContain(text);
  });

  it('mapped-till with --map: read as a sales ledger, as the audit reads it', () => {
    const listing = detectJson(['fixtures/scenarios/mapped-till', '--map', 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR']);
    expect(listing.skipped).toEqual([]);
    expect(dialect(listing.files[0]!)).toEqual(['generic-ledger', 'windows-1252', false, ';', '1.234,56', 'DD.MM.YYYY', 3, '2026-09-05', '2026-09-06']);
  });

  it('names the kind with the most required columns found, and the missing ones by their English name', () => {
    const dir = tempDir({
      'paypal-like.csv': 'Datum,Uhrzeit,Typ,Status,Währung,Brutto\n01.09.2026,10:00:00,Zahlung,Abgeschlossen,EUR,"10,00"\n',
      'stripe-like.csv': 'Created (UTC),Amount,Currency,Description\n2026-09-01 10:00,10.00,eur,Kaffee\n',
      'ads-like.csv': 'Campaign name,Amount spent (EUR),Impressions\nHerbst,1.00,100\n',
      'analytics-like.csv': 'Session campaign,Sessions\nherbst,12\n',
    });
    const skipped = byFile(detectJson([dir]).skipped);
    expect(skipped['paypal-like.csv']!.closest).toMatchObject({ kind: 'paypal-activity', found: ['Datum', 'Uhrzeit', 'Typ', 'Status', 'Währung', 'Brutto'], missing: ['TimeZone'] });
    expect(skipped['stripe-like.csv']!.closest).toMatchObject({ kind: 'stripe-payments', found: ['Created (UTC)', 'Amount', 'Currency'], missing: ['Amount Refunded'] });
    // The spend header's currency does not hide the column.
    expect(skipped['ads-like.csv']!.closest).toMatchObject({ kind: 'meta-ads', found: ['Amount spent (EUR)', 'Campaign name'], missing: ['reporting starts'] });
    // Every column there, but no `#` preamble: the kind's signature says what else it needs.
    expect(skipped['analytics-like.csv']!.closest).toMatchObject({ kind: 'ga4', found: ['Sessions'], missing: [] });
    expect(skipped['analytics-like.csv']!.closest!.signature).toMatch(/^`#` preamble lines with the date range/);
    expect(runCli(['detect', dir]).stdout).toMatch(/│ Needs: `#` preamble lines/);
  });
});

describe('no cell of a skipped file is printed', () => {
  /** Every cell of the file, as the CSV writes it (these files have no quotes). */
  function cells(path: string, delimiter: string): string[] {
    return readFileSync(join(ROOT, path), 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .flatMap((line) => line.split(delimiter))
      .map((cell) => cell.trim())
      .filter((cell) => cell.length >= 2);
  }

  const CASES: [string, string, string[]][] = [
    // The inventory list: its header names no known column, so not even the header is shown.
    ['fixtures/broken/unknown-headers.csv', ',', cells('fixtures/broken/unknown-headers.csv', ',')],
    // No header at all: the first row is a customer.
    ['fixtures/broken/no-header-customers.csv', ';', cells('fixtures/broken/no-header-customers.csv', ';')],
  ];

  it.each(CASES)('%s, alone in a folder: neither the table nor the JSON shows any of its cells', (path, _delimiter, values) => {
    expect(values.length).toBeGreaterThan(20);
    const dir = mkdtempSync(join(tmpdir(), 'smroi-private-'));
    copyFileSync(join(ROOT, path), join(dir, 'export.csv'));
    const table = runCli(['detect', dir]);
    const json = runCli(['detect', dir, '--json']);
    expect(table.status).toBe(0);
    expect(json.status).toBe(0);
    const listing = JSON.parse(json.stdout) as Listing;
    expect(listing.skipped.map((s) => s.file)).toEqual(['export.csv']);
    // The first line names the folder (a random temporary name); everything after it is checked.
    const shown = [table.stdout.split('\n').slice(1).join('\n'), JSON.stringify({ ...listing, dir: '' }), table.stderr, json.stderr].join('\n');
    for (const value of values) expect(shown, value).not.toContain(value);
  });

  it('fixtures/broken as a whole: no customer name, e-mail or address of no-header-customers.csv', () => {
    const output = runCli(['detect', 'fixtures/broken']).stdout + runCli(['detect', 'fixtures/broken', '--json']).stdout;
    for (const value of cells('fixtures/broken/no-header-customers.csv', ';').filter((cell) => /[a-z]/i.test(cell))) expect(output, value).not.toContain(value);
  });
});

describe('--json: the smroi.detect/1 contract', () => {
  it('has exactly the documented fields, with their types', () => {
    const listing = detectJson(['fixtures/scenarios/cafe-week']);
    expect(Object.keys(listing)).toEqual(['schema', 'tool', 'dir', 'timezone', 'overrides', 'files', 'skipped', 'warnings']);
    expect(listing.schema).toBe('smroi.detect/1');
    expect(listing.tool.name).toBe('smroi');
    expect(listing).toMatchObject({ dir: 'fixtures/scenarios/cafe-week', timezone: 'Europe/Berlin', overrides: { decimal: null, dateOrder: null } });
    for (const file of listing.files) {
      expect(Object.keys(file)).toEqual(['file', 'kind', 'title', 'family', 'encoding', 'bom', 'delimiter', 'sepLine', 'numberFormat', 'decimalMark', 'dateFormat', 'rows', 'from', 'to', 'warnings', 'error']);
      expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(file.encoding);
      expect([',', ';', '\t', '|']).toContain(file.delimiter);
      expect(['1234.56', '1,234.56', '1.234,56', '1 234,56', '1234,56']).toContain(file.numberFormat);
      expect(file.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof file.rows).toBe('number');
    }
    for (const skipped of listing.skipped) expect(Object.keys(skipped)).toEqual(['file', 'reason', 'columns', 'closest']);
    // The configuration's time zone cuts the days; the listing names it.
    expect(listing.files.map((file) => file.file)).toEqual([
      'Facebook-posts-Sep-2026.csv',
      'Follows (1).csv',
      'Instagram-posts-Sep-2026.csv',
      'Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-7-2026.csv',
      'Reach (1).csv',
      'download.csv',
      'older-download/Follows (1).csv',
      'orders_export_1.csv',
      'wochenmarkt-kasse.csv',
    ]);
  });

  it('is the same on every run', () => {
    expect(runCli(['detect', 'fixtures/scenarios/cafe-week', '--json']).stdout).toBe(runCli(['detect', 'fixtures/scenarios/cafe-week', '--json']).stdout);
  });
});

describe('exit codes', () => {
  it('2 for usage and configuration errors, nothing on stdout', () => {
    const cases: [string[], RegExp][] = [
      [['detect'], /missing required argument 'dir'/],
      [['detect', 'fixtures/does-not-exist'], /NO_SUCH_FOLDER/],
      [['detect', 'fixtures/generic-ledger', '--decimal', 'dot'], /argument 'dot' is invalid/],
      [['detect', 'fixtures/generic-ledger', '--date-order', 'ymd'], /argument 'ymd' is invalid/],
      [['detect', 'fixtures/generic-ledger', '--frobnicate'], /unknown option/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
    const dir = tempDir({ 'smroi.config.json': '{ "decimal": "dot" }', 'ledger.csv': 'date,order_id,amount\n2026-09-01,A-1,10.00\n' });
    const config = runCli(['detect', dir]);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('CONFIG_UNKNOWN_VALUE');
  });

  it('0 for every fixture folder, each table line within 100 columns', () => {
    const folders = readdirSync(join(ROOT, 'fixtures'))
      .filter((name) => statSync(join(ROOT, 'fixtures', name)).isDirectory() && name !== 'scenarios')
      .map((name) => `fixtures/${name}`);
    for (const folder of folders) {
      const run = runCli(['detect', folder]);
      expect(run.status, folder).toBe(0);
      for (const line of run.stdout.split('\n')) expect(line.length, `${folder}: ${line}`).toBeLessThanOrEqual(100);
    }
  });
});
