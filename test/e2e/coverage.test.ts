// End to end: unknown is not zero. A period no export covers has null figures, is not stored in
// --history and fails --fail-under-roi with the reason; a partly covered period names the uncovered
// days (PARTIAL_COVERAGE). Figures from cafe-week.WORKED.md ("Coverage") and bistro-quarter.WORKED.md.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CAFE = 'fixtures/scenarios/cafe-week';
const BISTRO = 'fixtures/scenarios/bistro-quarter';

describe('a month no export covers (cafe-week, October)', () => {
  const run = runCli(['audit', CAFE, '--month', '2026-10', '--json', '--quiet']);
  const report = JSON.parse(run.stdout);

  it('has no coverage and null figures, not zeros', () => {
    expect(run.status).toBe(0);
    expect(report.coverage).toEqual({ ads: null, insights: null, posts: null, analytics: null, ledger: null });
    expect(report.totals.confirmed).toEqual({ orders: null, revenue: null, refunds: null, awaitingPayment: null });
    expect(report.totals.attributed).toEqual({ orders: null, revenue: null, roi: null, roas: null, costPerOrder: null, notCredited: { orders: null, revenue: null } });
    expect([report.totals.roi, report.totals.roas, report.totals.cost.adSpend, report.totals.vanity.reach]).toEqual([null, null, null, null]);
    // Only the configured costs are known: 6 h + 9 h at 40 a month, and Canva 15 a month.
    expect(report.totals.cost).toEqual({ adSpend: null, time: 600, other: 15, total: 615 });
  });

  it('says why, once per family', () => {
    const notCovered = report.warnings.filter((w: { code: string }) => w.code === 'NOT_COVERED');
    expect(notCovered.map((w: { details: { family: string } }) => w.details.family)).toEqual(['ads', 'insights', 'posts', 'analytics', 'ledger']);
    expect(notCovered[4].message).toBe(
      'The sales ledgers cover 2026-08-31 to 2026-09-07, no day of the period 2026-10-01 to 2026-10-31, so orders, revenue, ROI and ROAS are unknown, not zero. Add the exports for the period.',
    );
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('NO_LEDGER');
  });

  it('shows "–" in the table, with the reason under the headline', () => {
    const table = runCli(['audit', CAFE, '--month', '2026-10']).stdout;
    expect(table).toContain('│ Social media        │      – │       – │ 615.00 │   – │    – │        – │');
    expect(table.replace(/\n +/g, ' ')).toContain('Social media: unknown, no sales ledger covers the period (see the warnings); unknown is not zero.');
  });

  it('--fail-under-roi says why the ROI is unknown', () => {
    const failed = runCli(['audit', CAFE, '--month', '2026-10', '--fail-under-roi', '0', '--quiet']);
    expect(failed.status).toBe(3);
    expect(failed.stderr).toBe(
      "smroi: Social media's ROI is unknown (no sales ledger covers 2026-10-01 to 2026-10-31), so it cannot be shown to reach 0 (--fail-under-roi) (exit code 3)\n",
    );
  });
});

describe('a partly covered period (cafe-week, 2026-08-28 to 2026-09-07)', () => {
  const report = JSON.parse(runCli(['audit', CAFE, '--from', '2026-08-28', '--to', '2026-09-07', '--json', '--quiet']).stdout);

  it('states the covered days per family and names the uncovered ones', () => {
    // Ledgers: Shopify #1009 on 08-31 (23:50 Berlin) to 09-07; GA4 09-01 to 09-07.
    expect(report.coverage.ledger).toEqual({ from: '2026-08-31', to: '2026-09-07', days: 8 });
    expect(report.coverage.analytics).toEqual({ from: '2026-09-01', to: '2026-09-07', days: 7 });
    const partial = report.warnings.filter((w: { code: string }) => w.code === 'PARTIAL_COVERAGE');
    expect(partial.map((w: { details: unknown }) => w.details)).toEqual([
      { family: 'ledger', uncovered: [{ from: '2026-08-28', to: '2026-08-30' }] },
      { family: 'analytics', uncovered: [{ from: '2026-08-28', to: '2026-08-31' }] },
    ]);
    expect(partial[0].message).toBe(
      'The sales ledgers cover only part of the period 2026-08-28 to 2026-09-07: 3 days (2026-08-28 to 2026-08-30) are not covered, and figures for them are not zero but unknown.',
    );
    // #1009 (19.90, no campaign) now counts: 11 + 1 orders, 332.50 + 19.90; and the pending #1007 (30.00), awaiting payment.
    expect(report.totals.confirmed).toEqual({ orders: 13, revenue: 382.4, refunds: 33, awaitingPayment: { orders: 1, revenue: 30 } });
    expect(report.totals.attributed.revenue).toBe(269.5);
  });
});

describe('--history and coverage (bistro-quarter, August to October)', () => {
  it('does not store a month no ledger covers, says so, and the trend never runs past the report month', () => {
    const history = mkdtempSync(join(tmpdir(), 'smroi-coverage-'));
    for (const month of ['2026-08', '2026-09', '2026-10']) expect(runCli(['audit', BISTRO, '--month', month, '--history', history, '--quiet']).status).toBe(0);

    const november = runCli(['audit', BISTRO, '--month', '2026-11', '--history', history, '--quiet']);
    expect(november.status).toBe(0);
    expect(november.stderr).toBe(`smroi: ${history}: 2026-11.json not stored: no sales ledger covers 2026-11-01 to 2026-11-30, so its figures are unknown, not zero.\n`);
    expect(readdirSync(history)).toEqual(['2026-08.json', '2026-09.json', '2026-10.json']);
    expect(november.stdout).toContain('Trend over the months kept with --history, 2026-08 to 2026-10');

    const september = runCli(['audit', BISTRO, '--month', '2026-09', '--history', history, '--quiet']);
    expect(september.stdout).toContain('Trend over the months kept with --history, 2026-08 to 2026-09');
    expect(september.stdout).not.toContain('2026-10');
  });
});
