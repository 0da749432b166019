// Each format of the built CLI against its golden file, the previous-period comparison against
// hand-worked figures (fixtures/scenarios/expected/bistro-quarter.WORKED.md), and CSV safety.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { csvCell, neutralize, renderCsv } from '../../src/render/csv.js';
import { escape } from '../../src/render/markdown.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const BISTRO = 'fixtures/scenarios/bistro-quarter';
const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

describe('--format on bistro-quarter, October compared with September', () => {
  for (const format of ['table', 'json', 'markdown', 'csv'] as const) {
    it(`${format} matches its golden file and is the same on a second run`, () => {
      const run = runCli(['audit', BISTRO, '--month', '2026-10', '--format', format]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expectGolden(`bistro-2026-10.${format === 'markdown' ? 'md' : format === 'table' ? 'txt' : format}`, run.stdout);
      expect(runCli(['audit', BISTRO, '--month', '2026-10', '--format', format]).stdout).toBe(run.stdout);
    });
  }

  it('--json is the short form of --format json', () => {
    expect(runCli(['audit', BISTRO, '--month', '2026-10', '--json']).stdout).toBe(runCli(['audit', BISTRO, '--month', '2026-10', '--format', 'json']).stdout);
  });

  it('the JSON validates and carries the previous period with the hand-worked change', () => {
    const report = JSON.parse(runCli(['audit', BISTRO, '--month', '2026-10', '--json']).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.period).toEqual({ from: '2026-10-01', to: '2026-10-31', timezone: 'Europe/Berlin', fromSource: false });
    expect(report.totals.cost).toEqual({ adSpend: 120, time: 60, other: 15, total: 195 });
    expect(report.totals.confirmed).toEqual({ orders: 5, revenue: 450, refunds: 20, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([report.totals.roi, report.totals.roas, report.totals.costPerOrder]).toEqual([0.1538, 3.75, 39]);
    expect(report.previous.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(report.previous.totals.cost).toEqual({ adSpend: 150, time: 60, other: 15, total: 225 });
    expect(report.previous.totals.confirmed).toEqual({ orders: 4, revenue: 300, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.previous.totals.roi).toBe(-0.3333);
    expect(report.previous.change).toEqual({ adSpend: -30, cost: -30, orders: 1, revenue: 150, roi: 0.4871, attributed: { orders: 1, revenue: 190, roi: 0.5624 } });
    expect(report.previous.growth).toEqual({ adSpend: -0.2, cost: -0.1333, orders: 0.25, revenue: 0.5, attributed: { orders: 0.3333, revenue: 0.8636 } });
    expect(report.previous.totals.attributed).toMatchObject({ orders: 3, revenue: 220, roi: -0.5111, roas: 1.4667, costPerOrder: 75 });
    expect(report).not.toHaveProperty('generatedAt');
  });

  it('an order at 22:30 UTC on 30 September is on 1 October in Berlin, so it counts for October', () => {
    const september = JSON.parse(runCli(['audit', BISTRO, '--month', '2026-09', '--json']).stdout);
    expect(september.totals.confirmed).toEqual({ orders: 4, revenue: 300, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(september.previous.totals.confirmed).toEqual({ orders: 3, revenue: 200, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
  });

  it('previous is null when the inputs do not cover it (August: no July data; the whole quarter)', () => {
    expect(JSON.parse(runCli(['audit', BISTRO, '--month', '2026-08', '--json']).stdout).previous).toBeNull();
    const quarter = JSON.parse(runCli(['audit', BISTRO, '--from', '2026-08-01', '--to', '2026-10-31', '--json']).stdout);
    expect(quarter.previous).toBeNull();
    expect(validate(quarter), JSON.stringify(validate.errors)).toBe(true);
  });

  it('--month last is the month before SMROI_NOW in the configured zone (Europe/Berlin), not in TZ', () => {
    const run = runCli(['audit', BISTRO, '--month', 'last', '--json'], { SMROI_NOW: '2026-11-01T00:30:00+01:00', TZ: 'UTC' });
    expect(JSON.parse(run.stdout).period).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    const byDay = runCli(['audit', BISTRO, '--month', 'last', '--json'], { SMROI_NOW: '2026-10-15' });
    expect(JSON.parse(byDay.stdout).period).toMatchObject({ from: '2026-09-01', to: '2026-09-30' });
  });
});

describe('--format on cafe-week', () => {
  for (const format of ['markdown', 'csv'] as const) {
    it(`${format} matches its golden file`, () => {
      const run = runCli(['audit', ...CAFE, '--format', format]);
      expect(run.status, run.stderr).toBe(0);
      expectGolden(`cafe-week.${format === 'markdown' ? 'md' : 'csv'}`, run.stdout);
    });
  }

  it('Markdown shows the warnings itself; CSV says on stderr that there are some', () => {
    expect(runCli(['audit', ...CAFE, '--format', 'markdown']).stderr).toBe('');
    expect(runCli(['audit', ...CAFE, '--format', 'csv']).stderr).toBe('smroi: 2 warnings (--format table or json shows them)\n');
    expect(runCli(['audit', ...CAFE, '--format', 'csv', '--quiet']).stderr).toBe('');
  });

  it('CSV keeps negative numbers as numbers and leaves empty cells for unknown figures', () => {
    const lines = runCli(['audit', ...CAFE, '--format', 'csv']).stdout.trimEnd().split('\n');
    const head = lines[0]!.split(',');
    const headline = lines[1]!.split(',');
    expect(headline.slice(0, 2)).toEqual(['attributed', 'Social media']);
    expect([headline[head.indexOf('orders')], headline[head.indexOf('revenue')], headline[head.indexOf('roi')], headline[head.indexOf('total_cost')]]).toEqual(['7', '269.5', '-0.5676', '374']);
    expect(headline[head.indexOf('impressions')]).toBe('');
    const total = lines[2]!.split(',');
    expect(total.slice(0, 2)).toEqual(['total', 'All sales (blended)']);
    // cafe-week.WORKED.md: (362.50 × 0.6 − 374) / 374, the pending #1007 (30.00) counted and awaiting payment.
    expect(total[head.indexOf('roi')]).toBe('-0.4184');
    expect(total[head.indexOf('profile_visits')]).toBe('');
    expect(head.slice(-7, -3)).toEqual(['awaiting_orders', 'awaiting_revenue', 'google_conversions', 'google_value']); // before the problem columns line, code, reason
    expect([total[head.indexOf('awaiting_orders')], total[head.indexOf('awaiting_revenue')]]).toEqual(['1', '30']);
    expect(lines.every((line) => line.split(',').length >= head.length)).toBe(true);
  });
});

describe('CSV is safe to open in a spreadsheet', () => {
  it('neutralizes text cells that start with = + - @, tab or carriage return, and only those', () => {
    expect(['=1+2', '+49 30', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'herbst', '2026-09-01', ''].map(neutralize)).toEqual([
      "'=1+2",
      "'+49 30",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'herbst',
      '2026-09-01',
      '',
    ]);
    expect([-0.4666, -30, 0, 12.5, null].map(csvCell)).toEqual(['-0.4666', '-30', '0', '12.5', '']);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('a ledger with formula-like campaign names gives a CSV without a live formula', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-csv-'));
    mkdirSync(join(dir, 'exports'));
    writeFileSync(
      join(dir, 'exports', 'ledger.csv'),
      [
        'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code',
        '2026-09-01,X-1,10.00,EUR,paid,,fb,paid,=1+2,',
        '2026-09-02,X-2,20.00,EUR,paid,,fb,paid,"=HYPERLINK(""http://evil.example"",""click"")",',
        '2026-09-03,X-3,30.00,EUR,paid,,fb,paid,@SUM(A1),',
        '2026-09-04,X-4,40.00,EUR,paid,,fb,paid,+cmd,',
        '2026-09-05,X-5,50.00,EUR,paid,,fb,paid,-2+3,',
        '',
      ].join('\n'),
    );
    const run = runCli(['audit', join(dir, 'exports'), '--format', 'csv', '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    for (const line of run.stdout.trimEnd().split('\n')) {
      for (const cell of parseCsvLine(line)) expect(cell, line).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(run.stdout).toContain("'=1+2");
    expect(run.stdout).toContain("'@sum(a1)");
  });

  it('renderCsv neutralizes names and keeps the previous period as a row', () => {
    const report = JSON.parse(runCli(['audit', BISTRO, '--month', '2026-10', '--json']).stdout);
    report.campaigns[0].names = ['=cmd|calc'];
    const csv = renderCsv(report);
    expect(csv).toContain(",'=cmd|calc,");
    expect(csv.trimEnd().split('\n').at(-1)).toMatch(/^previous,All,2026-09-01,2026-09-30,EUR,/);
  });
});

describe('Markdown escaping', () => {
  it('escapes pipes, HTML and emphasis from input text', () => {
    expect(escape('a|b <script> *x* _y_ [l](u)')).toBe('a\\|b &lt;script&gt; \\*x\\* \\_y\\_ \\[l\\](u)');
  });
});

/** Splits one RFC 4180 line (no embedded line breaks in these tests). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      cells.push(value);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}
