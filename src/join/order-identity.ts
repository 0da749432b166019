// One order, once: the platform's own order identity (Shopify `Id`, else `Name`; WooCommerce order
// number; Stripe payment id; PayPal transaction ID; a generic ledger's order number) recognises an
// order that several downloads of one shop hold. Identities are kept as 64-bit hashes in an
// open-addressing table of typed arrays: 16 bytes a slot at most, no object per order, so memory
// stays flat in rows (a million orders take 16 MiB at the table's fullest, 8 MiB just after it grew).

/**
 * The identity of a refund booked as a row of its own (WooCommerce Analytics, a generic ledger's
 * negative row): its order's number and its day, so that a later download holding the refund but not
 * the order row leaves the order row of the earlier download counted (an order refunded on two days
 * has two).
 */
export function refundIdentity(order: string, day: number): string {
  return `${order}\u0000refund\u0000${day}`;
}

/** The two 32-bit halves of an identity's hash, written by hashIdentity (no allocation per call). */
export const hashed = { hi: 0, lo: 0 };

/** Hashes an identity into `hashed` (two independent 32-bit FNV-style hashes, one 64-bit key). */
export function hashIdentity(identity: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < identity.length; i++) {
    const c = identity.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // Final mixing, so that identities differing in their last character spread over the table.
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  let hi = h1 >>> 0;
  const lo = h2 >>> 0;
  // 0:0 marks an empty slot.
  if (hi === 0 && lo === 0) hi = 1;
  hashed.hi = hi;
  hashed.lo = lo;
}

/** A set of 64-bit identity hashes (open addressing, linear probing, grows at 1/2 full). */
export class IdentitySet {
  private keys: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** Adds the hash; true when it was not in the set. */
  add(hi: number, lo: number): boolean {
    if (this.size * 2 >= this.mask + 1) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot * 2;
      const khi = keys[at]!;
      const klo = keys[at + 1]!;
      if (khi === 0 && klo === 0) {
        keys[at] = hi;
        keys[at + 1] = lo;
        this.size++;
        return true;
      }
      if (khi === hi && klo === lo) return false;
      slot = (slot + 1) & mask;
    }
  }

  has(hi: number, lo: number): boolean {
    const keys = this.keys;
    const mask = this.mask;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot * 2;
      const khi = keys[at]!;
      const klo = keys[at + 1]!;
      if (khi === 0 && klo === 0) return false;
      if (khi === hi && klo === lo) return true;
      slot = (slot + 1) & mask;
    }
  }

  /** Calls `visit` with every hash in the set. */
  forEach(visit: (hi: number, lo: number) => void): void {
    const keys = this.keys;
    for (let at = 0; at < keys.length; at += 2) {
      const hi = keys[at]!;
      const lo = keys[at + 1]!;
      if (hi !== 0 || lo !== 0) visit(hi, lo);
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) {
      const hi = old[at]!;
      const lo = old[at + 1]!;
      if (hi !== 0 || lo !== 0) this.add(hi, lo);
    }
  }
}

/** What one ledger file holds of order identities while it streams: the set and its newest order. */
export class FileOrders {
  readonly identities = new IdentitySet();
  /** Newest day of an order with an identity (counted or left out); -Infinity before the first. */
  newestDay = -Infinity;

  note(identity: string, day: number): void {
    hashIdentity(identity);
    this.identities.add(hashed.hi, hashed.lo);
    if (day > this.newestDay) this.newestDay = day;
  }
}

export interface RankedFile {
  relativePath: string;
  orders: FileOrders;
}

/**
 * Most recent download first: the file whose newest order is newest; then the one with more
 * orders; then the later path (a download named by its date, or a browser's `name (1).csv`, sorts
 * after the one it repeats). Deterministic for the same inputs.
 */
export function rankNewestFirst<T extends RankedFile>(files: readonly T[]): T[] {
  return [...files].sort(
    (a, b) =>
      b.orders.newestDay - a.orders.newestDay ||
      b.orders.identities.size - a.orders.identities.size ||
      (a.relativePath < b.relativePath ? 1 : a.relativePath > b.relativePath ? -1 : 0),
  );
}

export interface IdentityPlan<T extends RankedFile> {
  ranked: T[];
  /** Files every order of which a higher-ranked file holds: counted from there, not at all here. */
  copies: { file: T; keptFile: T }[];
  /** Files some (not all) of whose orders a higher-ranked file holds: read again without those. */
  partial: { file: T; repeated: number }[];
  /** Orders held by several files that are not copies, by the file whose state counts. */
  statesFrom: Map<T, number>;
  /** Distinct orders held by more than one of the files that are not copies. */
  repeatedOrders: number;
}

/** Decides, from the identity sets alone, which file counts each order. */
export function planIdentities<T extends RankedFile>(files: readonly T[]): IdentityPlan<T> {
  const ranked = rankNewestFirst(files);
  const copies: { file: T; keptFile: T }[] = [];
  const partial: { file: T; repeated: number }[] = [];
  const kept: T[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const file = ranked[i]!;
    const higher = ranked.slice(0, i);
    let repeated = 0;
    file.orders.identities.forEach((hi, lo) => {
      for (const other of higher) {
        if (other.orders.identities.has(hi, lo)) {
          repeated++;
          return;
        }
      }
    });
    if (repeated === 0 || file.orders.identities.size === 0) kept.push(file);
    else if (repeated === file.orders.identities.size) {
      // The file kept for it: the highest-ranked one holding most of its orders (all, for an exact copy).
      let keptFile = higher[0]!;
      let best = -1;
      for (const other of higher) {
        let shared = 0;
        file.orders.identities.forEach((hi, lo) => {
          if (other.orders.identities.has(hi, lo)) shared++;
        });
        if (shared > best) {
          best = shared;
          keptFile = other;
        }
      }
      copies.push({ file, keptFile });
    } else {
      partial.push({ file, repeated });
      kept.push(file);
    }
  }
  // Among the files that are counted: each repeated order is counted by the highest-ranked file holding it.
  const statesFrom = new Map<T, number>();
  let repeatedOrders = 0;
  for (let i = 0; i < kept.length; i++) {
    const file = kept[i]!;
    const higher = kept.slice(0, i);
    const lower = kept.slice(i + 1);
    if (lower.length === 0) continue;
    let count = 0;
    file.orders.identities.forEach((hi, lo) => {
      for (const other of higher) if (other.orders.identities.has(hi, lo)) return;
      for (const other of lower) {
        if (other.orders.identities.has(hi, lo)) {
          count++;
          return;
        }
      }
    });
    if (count > 0) {
      statesFrom.set(file, count);
      repeatedOrders += count;
    }
  }
  return { ranked, copies, partial, statesFrom, repeatedOrders };
}

/** True when a file ranked above `file` holds the identity (the identity is hashed here). */
export function heldAbove<T extends RankedFile>(ranked: readonly T[], file: T, identity: string): boolean {
  hashIdentity(identity);
  const hi = hashed.hi;
  const lo = hashed.lo;
  for (const other of ranked) {
    if (other === file) return false;
    if (other.orders.identities.has(hi, lo)) return true;
  }
  return false;
}

/** True when one of `files` holds the identity (the identity is hashed here). */
export function heldByAny(files: readonly RankedFile[], identity: string): boolean {
  hashIdentity(identity);
  const hi = hashed.hi;
  const lo = hashed.lo;
  for (const other of files) if (other.orders.identities.has(hi, lo)) return true;
  return false;
}

/**
 * True when leaving out the orders held by `used` (the files read before this one) left out the same
 * orders of `file` as leaving out those held by `wanted` (the files ranked above it) would have.
 */
export function sameFilter(file: RankedFile, used: readonly RankedFile[], wanted: readonly RankedFile[]): boolean {
  if (used.length === wanted.length && used.every((other) => wanted.includes(other))) return true;
  let same = true;
  file.orders.identities.forEach((hi, lo) => {
    if (!same) return;
    const inUsed = used.some((other) => other.orders.identities.has(hi, lo));
    const inWanted = wanted.some((other) => other.orders.identities.has(hi, lo));
    if (inUsed !== inWanted) same = false;
  });
  return same;
}
