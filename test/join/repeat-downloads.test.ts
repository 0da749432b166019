// One order, once, in its latest state: three Shopify downloads of one shop (fixtures/scenarios/
// repeat-downloads, worked by hand in its WORKED.md) against the union of their distinct orders.
import { cpSync, mkdtempSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit.js';
import type { Report } from '../../src/report.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios');
const DIR = join(FIXTURES, 'repeat-downloads');
const UNION = join(FIXTURES, 'repeat-downloads-union');
const scratch = mkdtempSync(join(tmpdir(), 'smroi-repeat-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What a report says about the money and the orders, without where it came from. */
function figures(report: Report) {
  const { duplicateRowsDropped: _dropped, ...exclusions } = report.exclusions;
  return {
    period: report.period,
    currency: report.currency,
    totals: report.totals,
    channels: report.channels,
    campaigns: report.campaigns,
    unattributed: report.unattributed,
    exclusions,
  };
}

describe('repeat-downloads: two overlapping Shopify downloads and a copy', async () => {
  const report = await runAudit({ dir: DIR });

  it('counts each of the 14 distinct orders once, in its latest state (WORKED.md)', () => {
    expect(report.totals.confirmed).toEqual({ orders: 10, revenue: 369.26, refunds: 43.5, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.exclusions).toMatchObject({ cancelledOrders: 3, failedOrders: 1, pendingOrders: 0, duplicateRowsDropped: 15 });
    expect(report.totals.cost.adSpend).toBe(165.65);
    const campaigns = Object.fromEntries(report.campaigns.map((c) => [c.campaign, c.confirmed]));
    expect(campaigns['herbst-tee-2026']).toEqual({ orders: 3, revenue: 125.96, refunds: 12.5, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(campaigns['retargeting-oktober']).toEqual({ orders: 1, revenue: 44.4, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.period).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('says the copy is a copy and how many orders came from which download', () => {
    const copies = report.warnings.filter((w) => w.code === 'OVERLAPPING_EXPORT');
    expect(copies.map((w) => [w.file, w.details])).toEqual([['orders_export_1 (1).csv', { keptFile: 'orders_export_1 (2).csv', orders: 10 }]]);
    const repeated = report.warnings.filter((w) => w.code === 'REPEATED_ORDERS');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]!.details).toEqual({
      kind: 'shopify-orders',
      orders: 5,
      files: ['orders_export_1 (2).csv', 'orders_export_1.csv'],
      statesFrom: [{ file: 'orders_export_1 (2).csv', orders: 5 }],
    });
    expect(report.warnings.some((w) => w.code === 'OVERLAPPING_LEDGERS_DIFFER')).toBe(false);
  });

  it('keeps what each file holds in sources: 9, 10 and 10 orders read', () => {
    const rows = Object.fromEntries(report.sources.map((s) => [s.file, [s.rows, s.from, s.to]]));
    expect(rows['orders_export_1.csv']).toEqual([9, '2026-10-02', '2026-10-20']);
    expect(rows['orders_export_1 (1).csv']).toEqual([10, '2026-10-11', '2026-10-31']);
    expect(rows['orders_export_1 (2).csv']).toEqual([10, '2026-10-11', '2026-10-31']);
  });

  it('equals the report of a folder holding only the 14 distinct orders in their latest state (differential)', async () => {
    const union = await runAudit({ dir: UNION });
    expect(union.totals.confirmed).toEqual({ orders: 10, revenue: 369.26, refunds: 43.5, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(figures(report)).toEqual(figures(union));
  });

  it('gives the same figures whatever the files are called (the ranking does not depend on names but for ties)', async () => {
    const dir = join(scratch, 'renamed');
    cpSync(DIR, dir, { recursive: true });
    // The older download now sorts last: it must still lose to the download whose newest order is newest.
    renameSync(join(dir, 'orders_export_1.csv'), join(dir, 'zz-orders.csv'));
    const renamed = await runAudit({ dir });
    expect(figures(renamed)).toEqual(figures(report));
  });

  it('gives the very same report whichever download was modified last (the order files are read in)', async () => {
    // Files of one kind are read most recently modified first, each leaving out the orders of those
    // read before it; a wrong guess (the older download modified last) is read again. Both give one report.
    const reports: string[] = [];
    for (const newest of ['orders_export_1.csv', 'orders_export_1 (1).csv', 'orders_export_1 (2).csv']) {
      const dir = join(scratch, `mtime-${reports.length}`);
      cpSync(DIR, dir, { recursive: true });
      for (const [i, name] of ['orders_export_1.csv', 'orders_export_1 (1).csv', 'orders_export_1 (2).csv'].entries()) {
        const at = new Date(name === newest ? Date.UTC(2026, 10, 2) : Date.UTC(2026, 9, 21 + i));
        utimesSync(join(dir, name), at, at);
      }
      const { sources, ...rest } = await runAudit({ dir });
      reports.push(JSON.stringify({ rest, sources: sources.map(({ file, rows, from, to, excludedRows }) => ({ file, rows, from, to, excludedRows })) }));
    }
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
    expect(JSON.parse(reports[0]!).rest.totals.confirmed).toEqual({ orders: 10, revenue: 369.26, refunds: 43.5, awaitingPayment: { orders: 0, revenue: 0 } });
  });

  it('without the older download, the copy alone is dropped and nothing is repeated', async () => {
    const dir = join(scratch, 'copy-only');
    cpSync(DIR, dir, { recursive: true });
    rmSync(join(dir, 'orders_export_1.csv'));
    const copyOnly = await runAudit({ dir });
    // #2005–#2014 in download 2: 7 counted (369.26 − 44.91 − 32.50 − 61.20 = 230.65), #2006 and #2013 cancelled, #2007 failed.
    expect(copyOnly.totals.confirmed).toEqual({ orders: 7, revenue: 230.65, refunds: 43.5, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(copyOnly.exclusions).toMatchObject({ cancelledOrders: 2, failedOrders: 1, duplicateRowsDropped: 10 });
    expect(copyOnly.warnings.filter((w) => w.code === 'REPEATED_ORDERS')).toEqual([]);
  });
});
