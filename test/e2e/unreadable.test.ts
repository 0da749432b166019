// One odd file never sinks the audit. A folder with the bistro's good exports (fixtures/scenarios/
// bistro-quarter: October ad spend 120.00, 5 orders, revenue 450.00, no warnings) and two files that
// fail half-way: a Meta export whose line 7 holds the date 2026-10-32 after five good rows of a
// campaign of its own, and a till ledger with a refund larger than its order on line 2 (a warning)
// and an amount that is no number on line 4. The report is written with the good files' figures
// only, opens with the two files (file, line, code, what to do) in every format, and exits 4; with
// --strict the first of them stops the audit with exit 1 and the old one-line error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const META_BAD_DATE = [
  '"Reporting starts","Reporting ends","Campaign name","Campaign ID","Amount spent (EUR)",Impressions,Reach,"Link clicks"',
  '2026-10-05,2026-10-05,"Winter Brunch",120246849180549999,10.00,500,400,5',
  '2026-10-06,2026-10-06,"Winter Brunch",120246849180549999,11.00,500,400,5',
  '2026-10-07,2026-10-07,"Winter Brunch",120246849180549999,12.00,500,400,5',
  '2026-10-08,2026-10-08,"Winter Brunch",120246849180549999,13.00,500,400,5',
  '2026-10-09,2026-10-09,"Winter Brunch",120246849180549999,14.00,500,400,5',
  '2026-10-32,2026-10-32,"Winter Brunch",120246849180549999,15.00,500,400,5',
  '2026-10-11,2026-10-11,"Winter Brunch",120246849180549999,16.00,500,400,5',
  '',
].join('\n');

const TILL_BAD_AMOUNT = [
  'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code',
  '2026-10-02,K-1,10.00,EUR,paid,25.00,ig,social,Winter Brunch,',
  '2026-10-03,K-2,20.00,EUR,paid,,ig,social,,',
  '2026-10-04,K-3,"12,3x",EUR,paid,,ig,social,,',
  '',
].join('\n');

let dir: string;
const audit = (...args: string[]) => runCli(['audit', dir, '--month', '2026-10', ...args]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smroi-unreadable-'));
  cpSync(join(ROOT, 'fixtures/scenarios/bistro-quarter'), dir, { recursive: true });
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta', 'late-download.csv'), META_BAD_DATE);
  writeFileSync(join(dir, 'till.csv'), TILL_BAD_AMOUNT);
});

describe('a folder with two files that cannot be read next to good ones', () => {
  it('JSON: the good files\' figures only; skipped lists both with code, line and kind; exit 4', () => {
    const run = audit('--json');
    expect(run.status, run.stderr).toBe(4);
    const report = JSON.parse(run.stdout);
    expect(report.totals.cost).toEqual({ adSpend: 120, time: 60, other: 15, total: 195 });
    expect(report.totals.confirmed).toMatchObject({ orders: 5, revenue: 450, refunds: 20 });
    expect(report.totals.vanity.impressions).toBe(4900);
    // Nothing of the failed files: not their first rows, not their campaign, not their warnings.
    expect(report.campaigns.map((campaign: { campaign: string }) => campaign.campaign)).toEqual(['herbst-aktion-2026']);
    expect(report.warnings.map((warning: { code: string }) => warning.code)).not.toContain('REFUND_EXCEEDS_TOTAL');
    expect(report.warnings).toEqual([]);
    expect(report.sources.map((source: { file: string }) => source.file)).toEqual(['ledger.csv', 'meta-ads.csv']);
    expect(report.skipped).toEqual([
      {
        file: 'meta/late-download.csv',
        reason: expect.stringMatching(/does not hold a valid date.*run again\./),
        code: 'BAD_DATE',
        line: 7,
        kind: 'meta-ads',
      },
      {
        file: 'till.csv',
        reason: expect.stringMatching(/column "amount" does not hold a number.*run again\./),
        code: 'BAD_NUMBER',
        line: 4,
        kind: 'generic-ledger',
      },
    ]);
  });

  it('the table opens with the files that could not be read, before any figure', () => {
    const run = audit();
    expect(run.status).toBe(4);
    const lines = run.stdout.split('\n');
    expect(lines[3]).toBe('Files that could not be read (2)');
    expect(lines[4]).toBe('The figures leave these files out, so the report is incomplete.');
    expect(lines[5]).toMatch(/^- meta\/late-download\.csv, line 7 \(meta-ads\): column "Reporting starts" does/);
    expect(run.stdout.indexOf('[BAD_DATE]')).toBeLessThan(run.stdout.indexOf('Money'));
    expect(run.stdout.indexOf('till.csv, line 4 (generic-ledger)')).toBeLessThan(run.stdout.indexOf('Money'));
    expect(run.stdout).not.toContain('Skipped files'); // listed once, at the top
  });

  it('Markdown and CSV open with them too', () => {
    const markdown = audit('--format', 'markdown');
    expect(markdown.status).toBe(4);
    expect(markdown.stdout.split('\n').slice(4, 9)).toEqual([
      '## Files that could not be read (2)',
      '',
      'The figures leave these files out, so the report is incomplete.',
      '',
      expect.stringMatching(/^- meta\/late-download\.csv, line 7 \(meta-ads\): column "Reporting starts" does not$/),
    ]);
    expect(markdown.stdout.replace(/\s+/g, ' ')).toContain('fix that row and run again. \\[BAD\\_DATE\\]');
    const csv = audit('--format', 'csv');
    expect(csv.status).toBe(4);
    const rows = csv.stdout.split('\n');
    expect(rows[0]).toMatch(/,ga4_value,awaiting_orders,awaiting_revenue,google_conversions,google_value,line,code,reason$/);
    expect(rows[1]).toMatch(/^unreadable,meta\/late-download\.csv,(,){32}7,BAD_DATE,".*valid date.*"$/);
    expect(rows[2]).toMatch(/^unreadable,till\.csv,(,){32}4,BAD_NUMBER,".*"$/);
    expect(rows[3]).toMatch(/^attributed,Social media,2026-10-01,2026-10-31,EUR,,,,120,60,15,195,4,410,/);
    expect(rows[4]).toMatch(/^total,All sales \(blended\),2026-10-01,2026-10-31,EUR,,,,120,60,15,195,5,450,20,/);
    expect(rows[4]!.endsWith(',,,')).toBe(true);
  });

  it('stderr names each file left out and says the report is incomplete, even with --quiet', () => {
    const run = audit('--quiet', '--json');
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(/^smroi: left out of the report: meta\/late-download\.csv, line 7 \(meta-ads\): .*\[BAD_DATE\]$/),
      expect.stringMatching(/^smroi: left out of the report: till\.csv, line 4 \(generic-ledger\): .*\[BAD_NUMBER\]$/),
      'smroi: the report is incomplete: 2 files could not be read (exit code 4; --strict stops at the first instead)',
      '',
    ]);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('4 wins over a breached threshold (3), and stderr says both', () => {
    const run = audit('--fail-under-roi', '50%', '--quiet');
    expect(run.status).toBe(4);
    expect(run.stderr).toContain("smroi: Social media's ROI 0.0513 is below 0.5 (--fail-under-roi)\n");
    expect(run.stderr).not.toContain('(exit code 3)');
  });

  it('a reader that closes the pipe early still gets exit 4, not 0', () => {
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', `node bin/smroi.js audit "${dir}" --month 2026-10 --quiet | head -c 10 > /dev/null`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
    });
    expect(run.status).toBe(4);
  });

  it('--strict stops at the first file that cannot be read: exit 1, the old one-line error, no report', () => {
    const run = audit('--strict', '--json');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    // Ledgers of a kind with several files are read as a group, where the first of them stands: till.csv
    // (read with ledger.csv) comes before meta/late-download.csv.
    expect(run.stderr).toMatch(/^smroi: till\.csv, line 4: column "amount" does not hold a number\..* \[BAD_NUMBER\]\n$/);
  });

  it('the --output file is written (exit 4) with the same report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'smroi-unreadable-out-')), 'report.json');
    const run = audit('--json', '-o', out, '--quiet');
    expect(run.status).toBe(4);
    expect(JSON.parse(readFileSync(out, 'utf8')).skipped).toHaveLength(2);
  });
});

describe('a folder whose only data files cannot be read still fails as before', () => {
  it('exit 1 with the first problem, no report', () => {
    const only = mkdtempSync(join(tmpdir(), 'smroi-unreadable-only-'));
    writeFileSync(join(only, 'till.csv'), TILL_BAD_AMOUNT);
    const run = runCli(['audit', only, '--month', '2026-10', '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^smroi: till\.csv, line 4: column "amount" does not hold a number\..*\[BAD_NUMBER\]\n$/);
  });
});
