// Every exit code of the built CLI: 0 report written, 1 input problem, 2 usage or configuration
// error, 3 a threshold the user set was breached, 4 some files could not be read (the report is
// still written in both cases).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];
const BISTRO = ['fixtures/scenarios/bistro-quarter', '--month', '2026-10'];

describe('exit code 0: report written', () => {
  it('for each format, with the report on stdout', () => {
    for (const format of ['table', 'json', 'markdown', 'csv']) {
      const run = runCli(['audit', ...BISTRO, '--format', format]);
      expect(run.status, `${format}: ${run.stderr}`).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(100);
    }
  });

  it('for --help, --version and smroi schema', () => {
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['audit', '--help']).status).toBe(0);
    expect(runCli(['--version']).status).toBe(0);
    expect(runCli(['schema']).status).toBe(0);
  });

  it('when the thresholds set are met', () => {
    expect(runCli(['audit', ...BISTRO, '--fail-under-roi', '0', '--fail-on-warning']).status).toBe(0);
    // cafe-week: social media's ROI is -0.5676 (cafe-week.WORKED.md, "Social media").
    expect(runCli(['audit', ...CAFE, '--fail-under-roi', '-57%']).status).toBe(0);
  });
});

describe('exit code 1: input problem', () => {
  it('a broken file with --strict: file and line named, no report on stdout', () => {
    const run = runCli(['audit', 'fixtures/broken', '--format', 'csv', '--strict']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^smroi: [^ ]+\.csv, line \d+: /);
  });

  it('a missing exchange rate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-fx-'));
    writeFileSync(join(dir, 'ledger.csv'), 'date,order_id,amount,currency\n2026-09-01,A-1,10.00,SEK\n2026-09-02,A-2,10.00,EUR\n');
    writeFileSync(join(dir, 'smroi.config.json'), '{ "currency": "EUR" }');
    const run = runCli(['audit', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('MISSING_FX_RATE');
  });
});

describe('exit code 2: usage or configuration error', () => {
  const usage = (args: string[], message: string | RegExp, env: Record<string, string> = {}) => {
    const run = runCli(args, env);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  };

  it('no arguments at all prints the help to stdout', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage: smroi');
  });

  it('bad options and option values', () => {
    usage(['audit', ...CAFE, '--jsn'], "unknown option '--jsn'");
    usage(['audit', 'fixtures/scenarios/cafe-week', '--month', '2026-13'], '--month "2026-13" is not a month');
    usage(['audit', 'fixtures/scenarios/cafe-week', '--month', '2026-09', '--from', '2026-09-01'], "option '--month <month>' cannot be used with option '--from <date>'");
    usage(['audit', ...CAFE, '--format', 'xml'], "argument 'xml' is invalid. Allowed choices are table, json, markdown, csv");
    usage(['audit', ...CAFE, '--json', '--format', 'csv'], "option '--json' cannot be used with option '--format <format>'");
    usage(['audit', ...CAFE, '--fail-under-roi', 'ten'], "option '--fail-under-roi <ratio>' argument 'ten' is invalid");
    usage(['audit', 'fixtures/scenarios/cafe-week', '--from', '2026-09-08', '--to', '2026-09-01'], '--from 2026-09-08 is after --to 2026-09-01');
  });

  it('a missing folder, an invalid configuration, an output path that cannot be written', () => {
    usage(['audit', 'fixtures/no-such-folder'], /^smroi: the folder fixtures\/no-such-folder does not exist\./);
    const dir = mkdtempSync(join(tmpdir(), 'smroi-config-'));
    writeFileSync(join(dir, 'smroi.config.json'), '{ "margn": 0.5 }');
    usage(['audit', dir], 'Unknown key "margn"');
    usage(['audit', ...CAFE, '--output', join(dir, 'missing', 'report.json')], 'OUTPUT_FOLDER_MISSING');
    usage(['audit', ...CAFE, '--output', dir], 'OUTPUT_IS_FOLDER');
    usage(['audit', ...CAFE, '--history', join(dir, 'smroi.config.json')], 'HISTORY_NOT_A_FOLDER');
  });

  it('bad SOURCE_DATE_EPOCH or SMROI_NOW', () => {
    usage(['audit', ...CAFE], 'BAD_SOURCE_DATE_EPOCH', { SOURCE_DATE_EPOCH: 'yesterday' });
    usage(['audit', 'fixtures/scenarios/cafe-week', '--month', 'last'], 'BAD_SMROI_NOW', { SMROI_NOW: 'soon' });
  });
});

describe('exit code 3: a threshold was breached, the report is written all the same', () => {
  it("--fail-under-roi 0 judges social media's ROI -0.5676, not the blended -0.4184", () => {
    const run = runCli(['audit', ...CAFE, '--fail-under-roi', '0', '--json']);
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout).totals.attributed.roi).toBe(-0.5676);
    expect(JSON.parse(run.stdout).totals.roi).toBe(-0.4184); // the pending #1007 counts (cafe-week.WORKED.md)
    expect(run.stderr).toContain("smroi: Social media's ROI -0.5676 is below 0 (--fail-under-roi) (exit code 3)");
    expect(runCli(['audit', ...CAFE, '--fail-under-roi', '-0.5', '--quiet']).status).toBe(3);
    const blended = runCli(['audit', ...CAFE, '--fail-under-roi', '-0.4', '--roi-basis', 'blended', '--quiet']);
    expect(blended.status).toBe(3);
    expect(blended.stderr).toBe('smroi: The blended ROI (all sales) -0.4184 is below -0.4 (--fail-under-roi --roi-basis blended) (exit code 3)\n');
    expect(runCli(['audit', ...CAFE, '--fail-under-roi', '-0.5', '--roi-basis', 'blended', '--quiet']).status).toBe(0);
  });

  it('--fail-under-roi accepts a percentage', () => {
    // bistro October: social media 410.00 of 450.00 (B-303, 40.00 after its refund, came by e-mail): (410 × 0.5 − 195) / 195 = 0.0513.
    expect(runCli(['audit', ...BISTRO, '--fail-under-roi', '6%']).status).toBe(3);
    expect(runCli(['audit', ...BISTRO, '--fail-under-roi', '0.05']).status).toBe(0);
    // Blended: (450 × 0.5 − 195) / 195 = 0.1538.
    expect(runCli(['audit', ...BISTRO, '--fail-under-roi', '0.15', '--roi-basis', 'blended']).status).toBe(0);
  });

  it('--fail-under-roi when ROI is unknown (no ledger)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-noledger-'));
    writeFileSync(
      join(dir, 'ads.csv'),
      '"Reporting starts","Reporting ends","Campaign name","Campaign ID","Amount spent (EUR)",Impressions\n2026-09-01,2026-09-01,"A",120246849180540596,10.00,100\n',
    );
    const run = runCli(['audit', dir, '--fail-under-roi', '0', '--quiet']);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('smroi audit');
    expect(run.stderr).toContain('ROI is unknown');
  });

  it('--fail-on-warning with two warnings, even under --quiet', () => {
    const run = runCli(['audit', ...CAFE, '--fail-on-warning', '--quiet']);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('Warnings (2)');
    expect(run.stderr).toBe('smroi: the report has 2 warnings (OVERLAPPING_EXPORT, UNMATCHED_CAMPAIGN) (--fail-on-warning) (exit code 3)\n');
  });

  it('with --output the file is written before exiting 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-out3-'));
    const run = runCli(['audit', ...CAFE, '--fail-on-warning', '--json', '--output', join(dir, 'r.json')]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
  });
});

describe('exit code 4: the report is written but incomplete (some files could not be read)', () => {
  it('fixtures/broken: the readable Meta export is reported; the four ledgers that cannot be read are listed', () => {
    const run = runCli(['audit', 'fixtures/broken', '--json', '--quiet']);
    expect(run.status).toBe(4);
    const report = JSON.parse(run.stdout);
    expect(report.totals.cost.adSpend).toBe(55.34); // excel-mangled-ids.csv (fixtures/broken/EXPECTED.md)
    expect(report.skipped.filter((entry: { code?: string }) => entry.code).map((entry: { file: string; line: number; code: string }) => [entry.file, entry.line, entry.code])).toEqual([
      ['bad-amount.csv', 4, 'BAD_NUMBER'],
      ['bad-date.csv', 5, 'BAD_DATE'],
      ['ragged-row.csv', 7, 'RAGGED_ROW'],
      ['unclosed-quote.csv', 4, 'CSV_SYNTAX'],
    ]);
    expect(run.stderr.trim().split('\n').at(-1)).toBe('smroi: the report is incomplete: 4 files could not be read (exit code 4; --strict stops at the first instead)');
  });

  it('fixtures/hostile: rows that are not whole skip their file with code and line; the stray quote is a warning (fixtures/hostile/EXPECTED.md)', () => {
    const run = runCli(['audit', 'fixtures/hostile', '--json', '--quiet']);
    expect(run.status).toBe(4);
    const report = JSON.parse(run.stdout);
    expect(report.skipped.filter((entry: { code?: string }) => entry.code).map((entry: { file: string; line: number; code: string }) => [entry.file, entry.line, entry.code])).toEqual([
      ['cut-utf16-analytics.tsv', 23, 'FILE_CUT_OFF'],
      ['hex-amount.csv', 6, 'BAD_NUMBER'],
      ['meta-extra-cell.csv', 4, 'RAGGED_ROW'],
      ['paypal-short-row.csv', 3, 'RAGGED_ROW'],
      ['phone-in-amount.csv', 4, 'BAD_NUMBER'],
      ['shopify-duplicate-total.csv', 1, 'DUPLICATE_COLUMN'],
      ['twenty-digit-amount.csv', 4, 'BAD_NUMBER'],
    ]);
    expect(report.warnings.filter((w: { code: string }) => w.code === 'QUOTE_SPANS_LINES').map((w: { file: string; line: number }) => [w.file, w.line])).toEqual([['stray-quote-ledger.csv', 3]]);
  });

  it('--strict stops at the first of them with exit code 1, naming file, line and counts, never a cell', () => {
    const run = runCli(['audit', 'fixtures/hostile', '--strict', '--quiet']);
    expect(run.status).toBe(1);
    // Payment ledgers are read first (audit.ts): the short PayPal row stops the audit.
    expect(run.stderr).toContain('paypal-short-row.csv, line 3: this row has 40 fields but the header has 41.');
    expect(run.stderr).toContain('[RAGGED_ROW]');
    expect(run.stderr).not.toMatch(/Stoiber|42\.80/);
  });
});
