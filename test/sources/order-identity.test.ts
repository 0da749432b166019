// Every ledger adapter gives each order its platform identity (CanonicalRecord.identity) and each
// order it leaves out its day and identity, so that repeated downloads count an order once and the
// period covers every dated row read (report-json.md, "One order, once").
import { describe, expect, it } from 'vitest';
import { runSource } from '../helpers/run-source.js';

const LEDGERS = [
  'shopify-orders/orders-2026-79col.csv',
  'shopify-orders/orders-2024-75col.csv',
  'shopify-orders/orders-2021-75col.csv',
  'shopify-orders/extra-statuses-and-utm.csv',
  'woocommerce-orders/advanced-order-export.csv',
  'woocommerce-orders/webtoffee-attribution.csv',
  'woocommerce-analytics/en.csv',
  'woocommerce-analytics/fr.csv',
  'stripe-payments/2014-era.csv',
  'stripe-payments/created-utc.csv',
  'stripe-payments/unified-eu-decimal-comma.csv',
  'paypal-activity/de.csv',
  'paypal-activity/en.csv',
  'generic-ledger/en.csv',
  'generic-ledger/de.csv',
];

describe('order identities in every ledger adapter', () => {
  for (const fixture of LEDGERS) {
    it(`${fixture}: every record and every order left out carries an identity, every order left out its day`, async () => {
      const run = await runSource(fixture);
      expect(run.records.length).toBeGreaterThan(0);
      expect(run.records.filter((record) => record.identity === '')).toEqual([]);
      for (const excluded of run.excluded) {
        expect(excluded.identity, `${excluded.reason}`).toBeTruthy();
        expect(Number.isInteger(excluded.day)).toBe(true);
      }
    });
  }

  it('Shopify: the order `Id`, not its `Name`', async () => {
    const run = await runSource('shopify-orders/orders-2026-79col.csv');
    expect(run.records[0]).toMatchObject({ ref: '#1041', identity: '6823104951297' });
  });

  it('generic ledger: line items share their order identity; a refund booked as its own row has one of its own', async () => {
    const run = await runSource('generic-ledger/en.csv');
    const byRef = new Map<string, Set<string>>();
    for (const record of run.records) {
      if (record.values.orders === 1) byRef.set(record.ref, new Set([record.identity]));
    }
    for (const [ref, identities] of byRef) expect([...identities]).toEqual([ref]);
    const lineItems = run.records.filter((r) => r.ref === '');
    expect(lineItems.length).toBeGreaterThan(0);
    for (const record of lineItems) {
      const order = run.records.slice(0, run.records.indexOf(record)).reverse().find((r) => r.ref !== '')!;
      expect(record.identity).toBe(order.ref);
    }
    // extra-tax-mwst.csv books the refund of T-4 as a row of its own.
    const refunds = (await runSource('generic-ledger/extra-tax-mwst.csv')).records.filter((r) => (r.values.revenue ?? 0) < 0);
    expect(refunds.map((r) => [r.ref, r.identity.startsWith('T-4\u0000refund')])).toEqual([['T-4', true]]);
  });

  it('PayPal: the row\'s own transaction ID (a refund has its own)', async () => {
    const run = await runSource('paypal-activity/en.csv');
    const identities = run.records.map((record) => record.identity);
    expect(new Set(identities).size).toBe(identities.length);
  });

  it('DATEV has no order identity: its bookings keep day-level overlap', async () => {
    const run = await runSource('datev-buchungsstapel/EXTF_Buchungsstapel.csv');
    expect(run.records.length).toBeGreaterThan(0);
    expect(run.records.every((record) => record.identity === '')).toBe(true);
  });
});
