// Payments for shop orders count once: which references match, and what is released.
import { describe, expect, it } from 'vitest';
import { Dictionary, FileAggregate } from '../../src/join/aggregate.js';
import { orderRefKey, PaymentBook } from '../../src/join/payments.js';
import { M, newRecord } from '../../src/model/records.js';
import type { Finding } from '../../src/i18n/warnings.js';
import { allInEnglish } from '../helpers/english.js';

function payment(ref: string, amount: number) {
  const record = newRecord();
  record.day = 20700;
  record.dayTo = 20700;
  record.ref = ref;
  record.values[M.orders] = 1;
  record.values[M.revenue] = amount;
  return record;
}

function book(refs: [string, number][]) {
  const aggregate = new FileAggregate(new Dictionary(new Map()));
  const payments = new PaymentBook();
  for (const [ref, amount] of refs) payments.hold('stripe.csv', aggregate, payment(ref, amount));
  return { aggregate, payments };
}

const revenue = (aggregate: FileAggregate) => [...aggregate.cells.values()].reduce((sum, cell) => sum + cell[M.revenue]!, 0);

describe('orderRefKey', () => {
  it('ignores case, spaces and a leading #', () => {
    expect(orderRefKey(' #1001 ')).toBe('1001');
    expect(orderRefKey('wc-777')).toBe('WC-777');
  });
});

describe('PaymentBook', () => {
  it('#1001 and 1001 are the same order; unclaimed payments are released', () => {
    const { aggregate, payments } = book([['1001', 50], ['1002', 20], ['', 5]]);
    payments.claim('#1001', 'orders.csv');
    const warnings: Finding[] = [];
    expect(payments.release(warnings)).toBe(1);
    expect(revenue(aggregate)).toBe(25); // 1002 and the payment that names no order
    expect(aggregate.rows).toBe(3); // the claimed one was read too
    expect(allInEnglish(warnings)).toEqual([
      { code: 'PAYMENTS_MERGED', message: '1 payment row in stripe.csv belongs to orders in orders.csv; counted as orders.csv counts them (once, or not at all for cancelled and pending orders).', file: 'stripe.csv', details: { shopFile: 'orders.csv', rows: 1 } },
    ]);
  });

  it('a prefix is dropped only against a bare number', () => {
    const { aggregate, payments } = book([['WC-777', 30], ['RE-1002', 500], ['1003', 10]]);
    payments.claim('777', 'shop.csv'); // WC-777 is order 777
    payments.claim('B-1002', 'till.csv'); // RE-1002 is another document
    payments.claim('SO-1003', 'shop.csv'); // a bare 1003 is order SO-1003
    expect(payments.release([])).toBe(2);
    expect(revenue(aggregate)).toBe(500);
  });

  it('a payment is claimed once, by the first shop file', () => {
    const { aggregate, payments } = book([['1001', 50]]);
    payments.claim('1001', 'a.csv');
    payments.claim('1001', 'b.csv');
    const warnings: Finding[] = [];
    expect(payments.release(warnings)).toBe(1);
    expect(warnings.map((w) => w.details)).toEqual([{ shopFile: 'a.csv', rows: 1 }]);
    expect(revenue(aggregate)).toBe(0);
  });

  it('forget: a payment file that failed takes its payments away; a shop file that failed gives back its claims', () => {
    const { aggregate, payments } = book([
      ['1001', 10],
      ['1002', 20],
    ]);
    const other = new FileAggregate(new Dictionary(new Map()));
    payments.hold('paypal.csv', other, payment('1003', 30));
    payments.claim('1001', 'broken-shop.csv'); // the shop file fails after this
    payments.claim('1002', 'shop.csv');
    payments.claim('1003', 'shop.csv');
    payments.forget('broken-shop.csv');
    payments.forget('paypal.csv'); // the PayPal file failed too
    const warnings: Finding[] = [];
    expect(payments.release(warnings)).toBe(1); // 1002 only: 1003 went with paypal.csv, 1001 is unclaimed again
    expect(warnings.map((w) => [w.file, w.details])).toEqual([['stripe.csv', { shopFile: 'shop.csv', rows: 1 }]]);
    expect(revenue(aggregate)).toBe(10); // 1001 counts from the payment file, its shop order having failed
    expect(revenue(other)).toBe(0);
  });
});
