// One order, once, through the built CLI: repeated Shopify and Stripe downloads, and a period that
// covers every dated row read (fixtures/scenarios/repeat-downloads/WORKED.md; Stripe worked below).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DIR = join(ROOT, 'fixtures', 'scenarios', 'repeat-downloads');
const UNION = join(ROOT, 'fixtures', 'scenarios', 'repeat-downloads-union');
const scratch = mkdtempSync(join(tmpdir(), 'smroi-repeat-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface W {
  code: string;
  file?: string;
  details?: Record<string, unknown>;
}

describe('smroi audit repeat-downloads --json', () => {
  const run = runCli(['audit', DIR, '--json']);
  const report = JSON.parse(run.stdout);

  it('counts 10 orders, 369.26 EUR, 43.50 refunded, 3 cancelled and 1 failed: each order once, latest state', () => {
    expect(run.status).toBe(0);
    expect(report.totals.confirmed).toEqual({ orders: 10, revenue: 369.26, refunds: 43.5, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.exclusions).toMatchObject({ cancelledOrders: 3, failedOrders: 1, duplicateRowsDropped: 15 });
    expect(report.totals.cost.adSpend).toBe(165.65);
    expect(report.warnings.filter((w: W) => w.code === 'OVERLAPPING_EXPORT').map((w: W) => w.file)).toEqual(['orders_export_1 (1).csv']);
    expect(report.warnings.filter((w: W) => w.code === 'REPEATED_ORDERS').map((w: W) => w.details!.orders)).toEqual([5]);
  });

  it('gives the report of the union of distinct orders, but for sources and the repeat warnings (differential)', () => {
    const union = JSON.parse(runCli(['audit', UNION, '--json']).stdout);
    for (const key of ['period', 'totals', 'channels', 'campaigns', 'unattributed']) expect(report[key]).toEqual(union[key]);
    expect({ ...report.exclusions, duplicateRowsDropped: 0 }).toEqual(union.exclusions);
  });

  it('never prints a customer name, e-mail, street or phone, in any format', () => {
    const outputs = [run.stdout, runCli(['audit', DIR]).stdout, runCli(['audit', DIR, '--format', 'markdown']).stdout].join('\n');
    for (const secret of ['Lena Sommer', 'sophie.keller@example.org', 'Kastanienallee', '+49 30 23125', "'10435"]) expect(outputs).not.toContain(secret);
    expect(readFileSync(join(DIR, 'orders_export_1.csv'), 'utf8')).toContain('Lena Sommer');
  });
});

describe('repeated Stripe downloads beside a shop export', () => {
  // By hand. shop.csv: O-1 paid 50.00 (1 Sep), O-2 cancelled 40.00. Stripe download 1 (1–2 Sep): ch_1
  // 50.00 for O-1, ch_2 40.00 for O-2, ch_3 30.00 and ch_4 20.00 naming no order (2 Sep). Download 2
  // (2–3 Sep, newest): ch_3 with 10.00 refunded since, ch_4 refunded in full, ch_5 25.00 (3 Sep).
  // Download 2 counts ch_3 (20.00, refund 10.00), ch_4 (0.00, refund 20.00), ch_5 (25.00); download 1
  // is read again without ch_3 and ch_4: ch_1 and ch_2 belong to the shop's O-1 and O-2 (PAYMENTS_MERGED).
  // Orders: O-1 + ch_3 + ch_4 + ch_5 = 4; revenue 50.00 + 20.00 + 0.00 + 25.00 = 95.00; refunds 30.00.
  const dir = join(scratch, 'stripe');
  freshDir(dir);
  writeFileSync(join(dir, 'shop.csv'), 'date,order_id,amount,currency,status\r\n2026-09-01,O-1,50.00,EUR,paid\r\n2026-09-01,O-2,40.00,EUR,cancelled\r\n');
  const header = 'id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,order_id (metadata)\n';
  writeFileSync(
    join(dir, 'unified_payments.csv'),
    header +
      'ch_1,2026-09-01 09:00:00,50.00,0.00,eur,true,Paid,O-1\n' +
      'ch_2,2026-09-01 10:00:00,40.00,0.00,eur,true,Paid,O-2\n' +
      'ch_3,2026-09-02 11:00:00,30.00,0.00,eur,true,Paid,\n' +
      'ch_4,2026-09-02 12:00:00,20.00,0.00,eur,true,Paid,\n',
  );
  writeFileSync(
    join(dir, 'unified_payments (1).csv'),
    header +
      'ch_3,2026-09-02 11:00:00,30.00,10.00,eur,true,Partially refunded,\n' +
      'ch_4,2026-09-02 12:00:00,20.00,20.00,eur,true,Refunded,\n' +
      'ch_5,2026-09-03 08:30:00,25.00,0.00,eur,true,Paid,\n',
  );
  const run = runCli(['audit', dir, '--json', '--quiet']);
  const report = JSON.parse(run.stdout);

  it('counts each payment once, in the latest download, and still merges payments into shop orders', () => {
    expect(run.status).toBe(0);
    expect(report.totals.confirmed).toEqual({ orders: 4, revenue: 95, refunds: 30, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.exclusions).toMatchObject({ cancelledOrders: 1, duplicateRowsDropped: 4 });
    expect(report.warnings.filter((w: W) => w.code === 'PAYMENTS_MERGED').map((w: W) => [w.file, w.details])).toEqual([['unified_payments.csv', { shopFile: 'shop.csv', rows: 2 }]]);
    const repeated = report.warnings.filter((w: W) => w.code === 'REPEATED_ORDERS');
    expect(repeated.map((w: W) => w.details)).toEqual([
      { kind: 'stripe-payments', orders: 2, files: ['unified_payments (1).csv', 'unified_payments.csv'], statesFrom: [{ file: 'unified_payments (1).csv', orders: 2 }] },
    ]);
  });
});

describe('the period covers every dated row read', () => {
  it('ends on the day of a cancelled order that is the newest row', () => {
    const dir = join(scratch, 'cancelled-last');
    freshDir(dir);
    writeFileSync(join(dir, 'orders.csv'), 'date,order_id,amount,currency,status\n2026-09-01,O-1,50.00,EUR,paid\n2026-09-05,O-2,20.00,EUR,cancelled\n');
    const report = JSON.parse(runCli(['audit', dir, '--json', '--quiet']).stdout);
    expect(report.period).toMatchObject({ from: '2026-09-01', to: '2026-09-05', fromSource: true });
    expect(report.totals.confirmed).toEqual({ orders: 1, revenue: 50, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.sources.map((s: { from: string; to: string }) => [s.from, s.to])).toEqual([['2026-09-01', '2026-09-05']]);
  });

  it('reports a recognised file whose orders were all left out, with a warning, never NO_DATA', () => {
    const dir = join(scratch, 'all-cancelled');
    freshDir(dir);
    writeFileSync(join(dir, 'orders.csv'), 'date,order_id,amount,currency,status\n2026-09-03,O-1,50.00,EUR,cancelled\n2026-09-09,O-2,20.00,EUR,failed\n2026-09-09,O-3,20.00,EUR,cancelled\n');
    const run = runCli(['audit', dir, '--json', '--quiet']);
    expect(run.stderr).not.toContain('NO_DATA');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.period).toMatchObject({ from: '2026-09-03', to: '2026-09-09' });
    expect(report.totals.confirmed).toEqual({ orders: 0, revenue: 0, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(report.warnings.some((w: W) => w.code === 'NO_LEDGER')).toBe(false);
    expect(report.exclusions).toMatchObject({ cancelledOrders: 2, failedOrders: 1 });
    const all = report.warnings.filter((w: W) => w.code === 'ALL_ROWS_EXCLUDED');
    expect(all.map((w: W) => [w.file, w.details])).toEqual([['orders.csv', { cancelledOrders: 2, failedOrders: 1 }]]);
  });
});

function freshDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

describe('smroi audit range-and-daily --json: a whole-range and a daily Meta export of one account', () => {
  // fixtures/scenarios/range-and-daily/WORKED.md
  const report = JSON.parse(runCli(['audit', join(ROOT, 'fixtures', 'scenarios', 'range-and-daily'), '--json']).stdout);

  it('counts the range for its range and the daily rows only outside it: 247.10 EUR', () => {
    expect(report.period).toMatchObject({ from: '2026-10-01', to: '2026-11-07' });
    expect(report.totals.cost.adSpend).toBe(247.1);
    const spend = Object.fromEntries(report.campaigns.map((c: { campaign: string; cost: { adSpend: number } }) => [c.campaign, c.cost.adSpend]));
    expect(spend).toEqual({ 'adventskalender-2026': 48, 'herbst-tee-2026': 153.6, 'retargeting-oktober': 45.5 });
  });

  it('names the campaigns and days whose daily rows the range stands for', () => {
    const overlap = report.warnings.filter((w: W) => w.code === 'OVERLAPPING_EXPORT');
    expect(overlap.map((w: W) => [w.file, w.details!.keptFile, w.details!.campaigns, w.details!.days])).toEqual([
      ['Teehaus-Nordlicht-Campaigns-Oct-25-2026-Nov-7-2026.csv', 'Teehaus-Nordlicht-Campaigns-Oct-1-2026-Oct-31-2026.csv', ['Herbst Tee 2026', 'Retargeting Oktober'], 7],
    ]);
    expect(overlap[0].message).toContain('"Herbst Tee 2026" on 2026-10-25 to 2026-10-31; "Retargeting Oktober" on 2026-10-28 to 2026-10-31');
  });
});
