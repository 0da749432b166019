// Payments for shop orders count once. A Stripe or PayPal export often records the same sales as
// the Shopify or WooCommerce export beside it; payment files are read first and their records held
// by order reference, shop orders claim them as they stream past, and only unclaimed payments are
// added at the end. Memory grows with the payment rows that carry a reference, not with shop rows.
import { METRIC_COUNT, type CanonicalRecord } from '../model/records.js';
import type { Warning } from '../report.js';
import type { FileAggregate } from './aggregate.js';

interface HeldPayment {
  file: string;
  aggregate: FileAggregate;
  record: CanonicalRecord;
  claimedBy: string | null;
}

/** `#1001`, `1001` and `wc-1001` name the same order; references are compared case-insensitively. */
export function orderRefKeys(ref: string): string[] {
  const key = ref.trim().toUpperCase().replace(/^#/, '');
  if (!key) return [];
  const digits = /^[A-Z]+[-_ ]?(\d+)$/.exec(key);
  return digits ? [key, digits[1]!] : [key];
}

export class PaymentBook {
  private readonly held = new Map<string, HeldPayment[]>();
  private readonly claims = new Map<string, { paymentFile: string; shopFile: string; count: number }>();

  get size(): number {
    return this.held.size;
  }

  /** Keeps a payment that names an order until the shop files have been read. */
  hold(file: string, aggregate: FileAggregate, record: CanonicalRecord): void {
    const copy: CanonicalRecord = { ...record, values: Float64Array.from(record.values) };
    const payment: HeldPayment = { file, aggregate, record: copy, claimedBy: null };
    for (const key of orderRefKeys(record.ref)) {
      const list = this.held.get(key) ?? [];
      list.push(payment);
      this.held.set(key, list);
    }
    // The file's span and the metrics it carries stay true whether or not the payment is claimed.
    aggregate.firstDay = Math.min(aggregate.firstDay, record.day);
    aggregate.lastDay = Math.max(aggregate.lastDay, record.dayTo);
    for (let i = 0; i < METRIC_COUNT; i++) if (record.values[i] === record.values[i]) aggregate.carried[i] = 1;
  }

  /** A shop order passes: payments held for it are claimed by the shop file. */
  claim(ref: string, shopFile: string): void {
    for (const key of orderRefKeys(ref)) {
      const list = this.held.get(key);
      if (!list) continue;
      for (const payment of list) {
        if (payment.claimedBy !== null) continue;
        payment.claimedBy = shopFile;
        const pair = `${payment.file}\u0000${shopFile}`;
        const entry = this.claims.get(pair) ?? { paymentFile: payment.file, shopFile, count: 0 };
        entry.count++;
        this.claims.set(pair, entry);
      }
      return;
    }
  }

  /** Adds the unclaimed payments to their files and says what was merged. */
  release(warnings: Warning[]): number {
    const released = new Set<HeldPayment>();
    for (const list of this.held.values()) {
      for (const payment of list) {
        if (released.has(payment)) continue;
        released.add(payment);
        if (payment.claimedBy === null) payment.aggregate.add(payment.record);
        else payment.aggregate.rows++; // read, but counted from the shop file
      }
    }
    let merged = 0;
    for (const { paymentFile, shopFile, count } of [...this.claims.values()].sort((a, b) => (a.paymentFile + a.shopFile < b.paymentFile + b.shopFile ? -1 : 1))) {
      merged += count;
      warnings.push({
        code: 'PAYMENTS_MERGED',
        message: `${count} payment row${count === 1 ? '' : 's'} in ${paymentFile} belong${count === 1 ? 's' : ''} to orders in ${shopFile}; counted once, from ${shopFile}.`,
        file: paymentFile,
        details: { shopFile, rows: count },
      });
    }
    return merged;
  }
}
