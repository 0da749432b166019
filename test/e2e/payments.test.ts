// Payments for shop orders: a Stripe payment for an order the shop export counts is counted once;
// one for an order the shop export leaves out (cancelled, a draft) is not counted either.
// By hand: shop O-1 paid 50.00 (counted), O-2 cancelled 40.00, O-3 pending 30.00 (an order awaiting payment:
// counted, in the shop's state), O-4 draft 20.00 (no order); Stripe pays all four plus ch_4 for 12.00 that names
// no order. Expected: 3 orders (O-1, O-3, ch_4), revenue 92.00, of which O-3 (30.00) awaits payment.
// With --paid-only: O-3 and its payment ch_3 leave too: 2 orders, revenue 62.00.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'smroi-payments-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('payments for shop orders', () => {
  writeFileSync(
    join(folder, 'shop.csv'),
    'date,order_id,amount,currency,status\n2026-09-01,O-1,50.00,EUR,paid\n2026-09-01,O-2,40.00,EUR,cancelled\n2026-09-02,O-3,30.00,EUR,pending\n2026-09-02,O-4,20.00,EUR,draft\n',
  );
  writeFileSync(
    join(folder, 'unified_payments.csv'),
    'id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,order_id (metadata)\n' +
      'ch_1,2026-09-01 09:00:00,50.00,0.00,eur,true,Paid,O-1\n' +
      'ch_2,2026-09-01 10:00:00,40.00,0.00,eur,true,Paid,O-2\n' +
      'ch_3,2026-09-02 11:00:00,30.00,0.00,eur,true,Paid,O-3\n' +
      'ch_4,2026-09-02 12:00:00,12.00,0.00,eur,true,Paid,\n' +
      'ch_5,2026-09-02 13:00:00,20.00,0.00,eur,true,Paid,O-4\n',
  );
  const run = runCli(['audit', folder, '--json', '--quiet', '--from', '2026-09-01', '--to', '2026-09-02']);
  const report = JSON.parse(run.stdout);

  it('counts the shop order once and drops payments for orders the shop leaves out', () => {
    expect(run.status).toBe(0);
    expect(report.sources.map((s: { kind: string }) => s.kind)).toEqual(['generic-ledger', 'stripe-payments']);
    expect(report.totals.confirmed).toEqual({ orders: 3, revenue: 92, refunds: 0, awaitingPayment: { orders: 1, revenue: 30 } });
    expect(report.exclusions).toMatchObject({ cancelledOrders: 1, pendingOrders: 1, awaitingPaymentOrders: 0 });
    const merged = report.warnings.filter((w: { code: string }) => w.code === 'PAYMENTS_MERGED');
    expect(merged.map((w: { details: unknown }) => w.details)).toEqual([{ shopFile: 'shop.csv', rows: 4 }]);
  });

  it('--paid-only leaves the order awaiting payment out, and its payment with it', () => {
    const paid = runCli(['audit', folder, '--json', '--quiet', '--paid-only', '--from', '2026-09-01', '--to', '2026-09-02']);
    expect(paid.status, paid.stderr).toBe(0);
    const paidReport = JSON.parse(paid.stdout);
    expect(paidReport.totals.confirmed).toEqual({ orders: 2, revenue: 62, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(paidReport.exclusions).toMatchObject({ cancelledOrders: 1, pendingOrders: 1, awaitingPaymentOrders: 1 });
  });
});
