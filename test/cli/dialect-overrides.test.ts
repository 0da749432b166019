// --decimal comma|point and --date-order dmy|mdy (and "decimal", "dateOrder" in smroi.config.json) on
// the built CLI: a file whose numbers or dates leave the reading open is read either way, the
// AMBIGUOUS_* warning names the option, and `smroi detect` shows what each file was read as.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-dialect-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

interface Audit {
  period: { from: string; to: string };
  totals: { confirmed: { orders: number; revenue: number } };
  warnings: { code: string; message: string; file?: string }[];
}

function audit(dir: string, ...args: string[]): Audit {
  const run = runCli(['audit', dir, '--json', ...args]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Audit;
}

function detected(dir: string, ...args: string[]): Record<string, unknown> {
  const run = runCli(['detect', dir, '--json', ...args]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout).files[0] as Record<string, unknown>;
}

const codes = (report: Audit) => report.warnings.filter((w) => w.code.startsWith('AMBIGUOUS_')).map((w) => w.code);

describe('a till ledger with only 1.000-like amounts', () => {
  // Two orders: 1.000 and 2.500, i.e. 3500 with a decimal comma, 3.5 with a decimal point.
  const semicolon = folder({ 'kasse.csv': 'datum;bestellnummer;betrag\n05.09.2026;R-1;1.000\n06.09.2026;R-2;2.500\n' });

  it('";": read with a decimal comma, and the warning names --decimal point', () => {
    const report = audit(semicolon);
    expect(report.totals.confirmed.revenue).toBe(3500);
    expect(codes(report)).toEqual(['AMBIGUOUS_DECIMAL']);
    expect(report.warnings.find((w) => w.code === 'AMBIGUOUS_DECIMAL')!.message).toContain('run again with --decimal point (or set "decimal": "point" in smroi.config.json)');
    expect(detected(semicolon)).toMatchObject({ numberFormat: '1.234,56', decimalMark: ',' });
  });

  it('--decimal point reads 3.50, --decimal comma 3500.00, neither with a warning', () => {
    const point = audit(semicolon, '--decimal', 'point');
    expect(point.totals.confirmed.revenue).toBe(3.5);
    expect(codes(point)).toEqual([]);
    const comma = audit(semicolon, '--decimal', 'comma');
    expect(comma.totals.confirmed.revenue).toBe(3500);
    expect(codes(comma)).toEqual([]);
    expect(detected(semicolon, '--decimal', 'point')).toMatchObject({ numberFormat: '1234.56', decimalMark: '.', warnings: [] });
  });

  it('"decimal" in the configuration does the same; the option wins over it', () => {
    const configured = folder({
      'kasse.csv': 'datum;bestellnummer;betrag\n05.09.2026;R-1;1.000\n06.09.2026;R-2;2.500\n',
      'smroi.config.json': '{ "decimal": "point" }',
    });
    expect(audit(configured).totals.confirmed.revenue).toBe(3.5);
    expect(audit(configured, '--decimal', 'comma').totals.confirmed.revenue).toBe(3500);
    const listing = JSON.parse(runCli(['detect', configured, '--json']).stdout);
    expect(listing.overrides).toEqual({ decimal: 'point', dateOrder: null });
    expect(listing.files[0]).toMatchObject({ decimalMark: '.' });
  });

  it('",": read with a decimal point, and the warning names --decimal comma', () => {
    const comma = folder({ 'ledger.csv': 'date,order_id,amount\n2026-09-05,A-1,1.000\n2026-09-06,A-2,2.500\n' });
    const report = audit(comma);
    expect(report.totals.confirmed.revenue).toBe(3.5);
    expect(report.warnings.find((w) => w.code === 'AMBIGUOUS_DECIMAL')!.message).toContain('--decimal comma');
    expect(audit(comma, '--decimal', 'comma').totals.confirmed.revenue).toBe(3500);
  });

  it('a file whose amounts show their mark keeps it, beside one the option decides', () => {
    const mixed = folder({
      'kasse.csv': 'datum;bestellnummer;betrag\n05.09.2026;R-1;1.000\n',
      'shop.csv': 'date,order_id,amount\n2026-09-05,S-1,12.50\n',
    });
    const report = audit(mixed, '--decimal', 'comma');
    expect(report.totals.confirmed.revenue).toBe(1012.5);
    expect(codes(report)).toEqual([]);
  });
});

describe('dates like 10/01/2026 only', () => {
  it('PayPal en-mdy.csv: month first with a warning naming --date-order dmy; day first with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-paypal-'));
    copyFileSync(join(ROOT, 'fixtures', 'paypal-activity', 'en-mdy.csv'), join(dir, 'en-mdy.csv'));
    const assumed = audit(dir);
    // PDT times cut in UTC (the test environment's zone): 2 September 18:30 PDT is 3 September.
    expect(assumed.period).toMatchObject({ from: '2026-09-03', to: '2026-09-11' });
    expect(assumed.warnings.find((w) => w.code === 'AMBIGUOUS_DATE_ORDER')!.message).toContain('run again with --date-order dmy');
    const dmy = audit(dir, '--date-order', 'dmy');
    expect(dmy.period).toMatchObject({ from: '2026-02-10', to: '2026-11-09' });
    expect(codes(dmy)).toEqual([]);
    expect(dmy.totals.confirmed).toEqual(assumed.totals.confirmed);
    expect(detected(dir)).toMatchObject({ dateFormat: 'MM/DD/YYYY', from: '2026-09-03', to: '2026-09-11' });
    expect(detected(dir, '--date-order', 'dmy')).toMatchObject({ dateFormat: 'DD/MM/YYYY', from: '2026-02-10', to: '2026-11-09', warnings: [] });
  });

  it('a sales ledger: 10/01/2026 is 1 October, or 10 January with --date-order dmy or "dateOrder": "dmy"', () => {
    const ledger = 'date,order_id,amount\n10/01/2026,A-1,10.00\n11/02/2026,A-2,5.00\n';
    const dir = folder({ 'ledger.csv': ledger });
    const assumed = audit(dir);
    expect(assumed.period).toMatchObject({ from: '2026-10-01', to: '2026-11-02' });
    expect(codes(assumed)).toEqual(['AMBIGUOUS_DATE_ORDER']);
    expect(audit(dir, '--date-order', 'dmy').period).toMatchObject({ from: '2026-01-10', to: '2026-02-11' });
    const configured = folder({ 'ledger.csv': ledger, 'smroi.config.json': '{ "dateOrder": "dmy" }' });
    expect(audit(configured).period).toMatchObject({ from: '2026-01-10', to: '2026-02-11' });
    expect(audit(configured, '--date-order', 'mdy').period).toMatchObject({ from: '2026-10-01', to: '2026-11-02' });
    expect(detected(dir)).toMatchObject({ dateFormat: 'MM/DD/YYYY', from: '2026-10-01', to: '2026-11-02' });
    expect(detected(dir, '--date-order', 'dmy')).toMatchObject({ dateFormat: 'DD/MM/YYYY', from: '2026-01-10', to: '2026-02-11' });
  });

  it('a ledger whose dates show their order keeps it against the option', () => {
    const dir = folder({ 'ledger.csv': 'date,order_id,amount\n10/01/2026,A-1,10.00\n31/01/2026,A-2,5.00\n' });
    expect(audit(dir, '--date-order', 'mdy').period).toMatchObject({ from: '2026-01-10', to: '2026-01-31' });
  });
});

describe('usage errors (exit 2)', () => {
  it('a value the options or the configuration do not know', () => {
    const dir = folder({ 'ledger.csv': 'date,order_id,amount\n2026-09-05,A-1,10.00\n' });
    for (const args of [['--decimal', 'dot'], ['--date-order', 'ymd']]) {
      const run = runCli(['audit', dir, ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/is invalid. Allowed choices are/);
    }
    const bad = folder({ 'ledger.csv': 'date,order_id,amount\n2026-09-05,A-1,10.00\n', 'smroi.config.json': '{ "dateOrder": "ymd" }' });
    const run = runCli(['audit', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dateOrder');
  });
});
