// --paid-only: orders awaiting payment are left out as they stream.
import { M, type CanonicalRecord } from '../model/records.js';

/**
 * Drops the records of orders awaiting payment (awaitingOrders or awaitingRevenue set, including the further
 * line items and refund rows of such an order) and hands the order's record (ref, day) once to `exclude`.
 */
export function paidOnlyEmit(emit: (record: CanonicalRecord) => void, exclude: (record: CanonicalRecord) => void): (record: CanonicalRecord) => void {
  return (record) => {
    const values = record.values;
    const orders = values[M.awaitingOrders]!;
    const revenue = values[M.awaitingRevenue]!;
    if (orders > 0) return exclude(record);
    if (revenue === revenue && revenue !== 0) return;
    emit(record);
  };
}
