// Payments for shop orders count once. A Stripe or PayPal export often records the same sales as
// the Shopify or WooCommerce export beside it; payment files are read first and their records held
// by order reference, shop orders claim them as they stream past, and only unclaimed payments are
// added at the end. Memory grows with the payment rows that carry a reference, not with shop rows.
import { METRIC_COUNT, type CanonicalRecord } from '../model/records.js';
import type { FileAggregate } from './aggregate.js';
import type { Finding } from '../i18n/warnings.js';

interface HeldPayment {
  file: string;
  aggregate: FileAggregate;
  record: CanonicalRecord;
  claimedBy: string | null;
}

/** An order reference compared case-insensitively, without a leading `#`: `#1001` is `1001`. */
export function orderRefKey(ref: string): string {
  return ref.trim().toUpperCase().replace(/^#/, '');
}

/**
 * The number of a prefixed reference (`WC-777` is 777), or null. A prefix is only dropped to match a
 * bare number on the other side: `RE-1002` and `B-1002` are different documents.
 */
function numberOfPrefixed(key: string): string | null {
  const match = /^[A-Z]+[-_ ]?(\d+)$/.exec(key);
  return match ? match[1]! : null;
}

export class PaymentBook {
  private readonly held = new Map<string, HeldPayment[]>();
  /** Payments with a prefixed reference (`WC-777`), by their number, for shop orders named `777`. */
  private readonly heldByNumber = new Map<string, HeldPayment[]>();
  private readonly claims = new Map<string, { paymentFile: string; shopFile: string; count: number }>();

  get size(): number {
    return this.held.size;
  }

  /** Keeps a payment that names an order until the shop files have been read. */
  hold(file: string, aggregate: FileAggregate, record: CanonicalRecord): void {
    if (!orderRefKey(record.ref)) {
      aggregate.add(record); // names no order: nothing to wait for
      return;
    }
    const copy: CanonicalRecord = { ...record, values: Float64Array.from(record.values) };
    const payment: HeldPayment = { file, aggregate, record: copy, claimedBy: null };
    const key = orderRefKey(record.ref);
    if (key) {
      push(this.held, key, payment);
      const number = numberOfPrefixed(key);
      if (number) push(this.heldByNumber, number, payment);
    }
    // The file's span and the metrics it carries stay true whether or not the payment is claimed.
    aggregate.firstDay = Math.min(aggregate.firstDay, record.day);
    aggregate.lastDay = Math.max(aggregate.lastDay, record.dayTo);
    for (let i = 0; i < METRIC_COUNT; i++) if (record.values[i] === record.values[i]) aggregate.carried[i] = 1;
  }

  /** A shop order passes (counted or left out): payments held for it are claimed by the shop file. */
  claim(ref: string, shopFile: string): void {
    const key = orderRefKey(ref);
    if (!key) return;
    let list = this.held.get(key);
    if (!list && /^\d+$/.test(key)) list = this.heldByNumber.get(key);
    if (!list) {
      const number = numberOfPrefixed(key);
      if (number) list = this.held.get(number);
    }
    for (const payment of list ?? []) {
      // Several shop files may hold the order (repeated downloads): the first by path is named, so
      // that the result does not depend on the order the files were read in.
      if (payment.claimedBy !== null) {
        if (payment.claimedBy <= shopFile) continue;
        this.claims.get(`${payment.file}\u0000${payment.claimedBy}`)!.count--;
      }
      payment.claimedBy = shopFile;
      const pair = `${payment.file}\u0000${shopFile}`;
      const entry = this.claims.get(pair) ?? { paymentFile: payment.file, shopFile, count: 0 };
      entry.count++;
      this.claims.set(pair, entry);
    }
  }

  /**
   * Takes a file out: the payments it held, the payments it claimed (a file that could not be read,
   * or one read again because a more recent download counts some of its payments). Returns how many
   * payments it held.
   */
  forget(file: string): number {
    let forgotten = 0;
    for (const map of [this.held, this.heldByNumber]) {
      for (const [key, list] of map) {
        const kept = list.filter((payment) => payment.file !== file);
        if (map === this.held) forgotten += list.length - kept.length;
        if (kept.length === 0) map.delete(key);
        else if (kept.length !== list.length) map.set(key, kept);
        for (const payment of kept) if (payment.claimedBy === file) payment.claimedBy = null;
      }
    }
    for (const [pair, claim] of this.claims) if (claim.paymentFile === file || claim.shopFile === file) this.claims.delete(pair);
    return forgotten;
  }

  /** Adds the unclaimed payments to their files and says what was merged. */
  release(warnings: Finding[]): number {
    const released = new Set<HeldPayment>();
    for (const list of [...this.held.values(), ...this.heldByNumber.values()]) {
      for (const payment of list) {
        if (released.has(payment)) continue;
        released.add(payment);
        if (payment.claimedBy === null) payment.aggregate.add(payment.record);
        else payment.aggregate.rows++; // read, but counted from the shop file
      }
    }
    let merged = 0;
    for (const { paymentFile, shopFile, count } of [...this.claims.values()].filter((claim) => claim.count > 0).sort((a, b) => (a.paymentFile + a.shopFile < b.paymentFile + b.shopFile ? -1 : 1))) {
      merged += count;
      warnings.push({
        code: 'PAYMENTS_MERGED',
        params: { count, paymentFile, shopFile },
        file: paymentFile,
        details: { shopFile, rows: count },
      });
    }
    return merged;
  }
}

function push(map: Map<string, HeldPayment[]>, key: string, payment: HeldPayment): void {
  const list = map.get(key);
  if (list) list.push(payment);
  else map.set(key, [payment]);
}
