// --paid-only in readFolder's emit: the records of an order awaiting payment are dropped (its further line items and
// refund rows too) and the order is handed once to the exclusion; paid orders and files that state no payment status
// pass unchanged.
import { describe, expect, it } from 'vitest';
import { paidOnlyEmit } from '../src/join/paid-only.js';
import { M, newRecord, type CanonicalRecord } from '../src/model/records.js';

function record(ref: string, orders: number, revenue: number, awaitingOrders: number, awaitingRevenue: number): CanonicalRecord {
  const r = newRecord();
  r.ref = ref;
  r.values[M.orders] = orders;
  r.values[M.revenue] = revenue;
  r.values[M.awaitingOrders] = awaitingOrders;
  r.values[M.awaitingRevenue] = awaitingRevenue;
  return r;
}

describe('paidOnlyEmit', () => {
  it('drops an awaiting order with its line items and refund rows, counting the order once', () => {
    const kept: string[] = [];
    const excluded: string[] = [];
    const emit = paidOnlyEmit(
      (r) => kept.push(`${r.ref || '(item)'} ${r.values[M.revenue]}`),
      (r) => excluded.push(r.ref),
    );
    // A-1 paid 25.00 + item 15.00; B-2 offen 30.00 + item 10.00 + refund row −5.00; C-3 with no status (NaN): kept.
    emit(record('A-1', 1, 25, 0, 0));
    emit(record('', 0, 15, 0, 0));
    emit(record('B-2', 1, 30, 1, 30));
    emit(record('', 0, 10, 0, 10));
    emit(record('', 0, -5, 0, -5));
    emit(record('C-3', 1, 12, NaN, NaN));
    // An awaiting order of 0.00 (a free sample sent cash on delivery) is still an order awaiting payment.
    emit(record('D-4', 1, 0, 1, 0));
    expect(kept).toEqual(['A-1 25', '(item) 15', 'C-3 12']);
    expect(excluded).toEqual(['B-2', 'D-4']);
  });
});
