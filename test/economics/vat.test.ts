// The VAT basis, worked out by hand: the tax a ledger states, scaled to what was not refunded,
// DATEV tax keys, and the adapters that fill the `tax` slot (Shopify `Taxes`, a generic ledger's
// tax or BU-Schlüssel column). Figures from fixtures/shopify-orders/EXPECTED.md and
// fixtures/generic-ledger/EXPECTED.md.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit.js';
import { datevVatRate, keptTax, revenueOnBasis, vatOfGross } from '../../src/economics/vat.js';
import { M, METRIC_NAMES } from '../../src/model/records.js';
import { runSource, sum } from '../helpers/run-source.js';

describe('the tax slot', () => {
  it('is appended after every earlier metric, so existing slots keep their index', () => {
    expect(METRIC_NAMES.slice(15, 19)).toEqual(['adSpend', 'tax', 'awaitingOrders', 'awaitingRevenue']);
    expect(M.adSpend).toBe(15);
    expect(M.tax).toBe(16);
  });
});

describe('keptTax', () => {
  it('keeps the whole tax of an order without refund', () => {
    expect(keptTax(35, 2.29, 0)).toBe(2.29);
  });

  it('scales the tax to the part not refunded: 3.79 × (58 − 18) / 58 = 2.6138', () => {
    expect(keptTax(58, 3.79, 18)).toBeCloseTo(2.613793, 6);
  });

  it('keeps nothing of an order refunded in full (or more), or of a total of 0', () => {
    expect(keptTax(53.5, 3.5, 53.5)).toBe(0);
    expect(keptTax(53.5, 3.5, 60)).toBe(0);
    expect(keptTax(0, 3.5, 0)).toBe(0);
    expect(keptTax(10, NaN, 0)).toBe(0);
  });
});

describe('vatOfGross and DATEV tax keys', () => {
  it('takes the VAT out of a gross amount', () => {
    expect(vatOfGross(119, 0.19)).toBeCloseTo(19, 10);
    expect(vatOfGross(53.5, 0.07)).toBeCloseTo(3.5, 10);
  });

  it('knows the sales keys 1 (free), 2 (7 %), 3 (19 %), 5 (16 %), and no input-tax or unknown key', () => {
    expect([datevVatRate('1'), datevVatRate('2'), datevVatRate('3'), datevVatRate('5')]).toEqual([0, 0.07, 0.19, 0.16]);
    expect(datevVatRate(' 0003 ')).toBe(0.19);
    expect([datevVatRate('9'), datevVatRate('8'), datevVatRate(''), datevVatRate('USt19')]).toEqual([null, null, null, null]);
  });

  it('net revenue is gross minus the stated tax; gross ignores it', () => {
    expect(revenueOnBasis(638.8, 48.513793, 'net')).toBeCloseTo(590.286207, 6);
    expect(revenueOnBasis(638.8, 48.513793, 'gross')).toBe(638.8);
    expect(revenueOnBasis(100, NaN, 'net')).toBe(100);
  });
});

describe('Shopify fills the tax slot from `Taxes` on the first row of each order', () => {
  it('orders-2024-75col.csv: 1.78 + 1.95 + 5.13 × 34.80 / 49.70 = 7.32; net 91.82 − 7.32 = 84.50', async () => {
    const run = await runSource('shopify-orders/orders-2024-75col.csv');
    expect(run.records.map((r) => r.ref)).toEqual(['#1051', '#1052', '#1053']);
    expect(run.records[2]!.values.tax).toBeCloseTo(3.592032, 6);
    expect(sum(run.records, 'tax')).toBe(7.32);
    expect(sum(run.records, 'revenue')).toBe(91.82);
    expect(Math.round((sum(run.records, 'revenue') - sum(run.records, 'tax')) * 100) / 100).toBe(84.5);
  });

  it('orders-2021-75col.csv (New York, tax-exclusive): tax 2.13, net 82.13 − 2.13 = 80.00 as EXPECTED.md says', async () => {
    const run = await runSource('shopify-orders/orders-2021-75col.csv', 'America/New_York');
    expect(sum(run.records, 'tax')).toBe(2.13);
    expect(sum(run.records, 'revenue') - sum(run.records, 'tax')).toBe(80);
  });
});

describe('a generic ledger fills the tax slot from a tax column or a DATEV tax key', () => {
  it('extra-tax-mwst.csv: 7.00 + 9.50 + 0.00 − 1.40 = 15.10 of 195.10, net 180.00; a rate in the tax cell warns', async () => {
    const run = await runSource('generic-ledger/extra-tax-mwst.csv');
    expect(run.records.map((r) => [r.ref, r.values.revenue, r.values.tax])).toEqual([
      ['T-1', 107, 7],
      ['T-2', 59.5, 9.5],
      ['T-3', 0, 0],
      ['T-4', -21.4, -1.4],
      ['T-5', 30, undefined],
      ['T-6', 20, undefined],
    ]);
    expect(sum(run.records, 'revenue')).toBe(195.1);
    expect(sum(run.records, 'tax')).toBe(15.1);
    expect(run.warnings).toEqual([expect.objectContaining({ code: 'TAX_NOT_READ', line: 7 })]);
  });

  it('extra-tax-datev-key.csv: key 3 on 119.00 → 19.00, key 2 on 107.00 → 7.00, key 1 → 0, key 9 → none', async () => {
    const run = await runSource('generic-ledger/extra-tax-datev-key.csv');
    expect(run.records.map((r) => r.values.tax === undefined ? undefined : Math.round(r.values.tax * 100) / 100)).toEqual([19, 7, 0, undefined]);
    expect(sum(run.records, 'tax')).toBe(26);
    expect(sum(run.records, 'revenue')).toBe(296);
  });

  it('a ledger without a tax column carries no tax (so the net basis warns about it)', async () => {
    const run = await runSource('generic-ledger/en.csv');
    expect(run.records.every((r) => r.values.tax === undefined)).toBe(true);
  });
});

describe('a Stripe export fills the tax slot from `Tax` (Stripe Tax), scaled like a converted amount', () => {
  it('119.00 EUR with Tax 19.00, 20 % refunded → 15.20 kept; a USD charge settled in EUR scales its tax by the conversion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-stripe-tax-'));
    const header = 'id,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Tax,Converted Currency,Mode,Status,Captured,Taxes On Fee';
    writeFileSync(
      join(dir, 'payments.csv'),
      [
        header,
        'ch_1,2026-09-02 10:00:00,119.00,23.80,eur,119.00,23.80,19.00,eur,Live,Paid,true,0.50',
        'ch_2,2026-09-03 10:00:00,107.00,0.00,usd,100.00,0.00,7.00,eur,Live,Paid,true,0.40',
        '',
      ].join('\n'),
    );
    const report = await runAudit({ dir, from: '2026-09-01', to: '2026-09-30', revenueBasis: 'net' });
    // ch_1: 19.00 × (119.00 − 23.80) / 119.00 = 15.20; ch_2: 7.00 USD × 100.00 / 107.00 = 6.54 EUR.
    expect(report.sources.map((source) => source.kind)).toEqual(['stripe-payments']);
    expect(report.totals.confirmed.revenue).toBe(195.2);
    expect(report.totals.profit).toMatchObject({ basis: 'net', tax: 21.74, revenue: 173.46 });
  });
});
