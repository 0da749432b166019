// One order, once: the platform's own order identity (Shopify `Id`, else `Name`; WooCommerce order
// number; Stripe payment id; PayPal transaction ID; a generic ledger's order number) recognises an
// order that several downloads of one shop hold. Identities are kept as 53-bit hashes (exact in a
// double) in one sorted Float64Array per file, with an index by their top 16 bits: 8 bytes an order,
// no object per order, so memory stays flat in rows (a million orders take 8 MiB, and 16 MiB for a
// moment while the file's list is sorted).

/**
 * The identity of a refund booked as a row of its own (WooCommerce Analytics, a generic ledger's
 * negative row): its order's number and its day, so that a later download holding the refund but not
 * the order row leaves the order row of the earlier download counted (an order refunded on two days
 * has two).
 */
export function refundIdentity(order: string, day: number): string {
  return `${order}\u0000refund\u0000${day}`;
}

const TWO_32 = 4294967296;
/** Keys are below 2^53; their top 16 bits pick an index bucket. */
const BUCKET_SHIFT = 2 ** 37;
const BUCKETS = 65536;
const CHUNK = 65536;

/**
 * Hashes an identity into a 53-bit key (two independent 32-bit FNV-style hashes, mixed; 21 bits of
 * one above 32 of the other). Two different orders share a key with a chance of one in 9·10^15.
 */
export function identityKey(identity: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < identity.length; i++) {
    const c = identity.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 11) * TWO_32 + (h2 >>> 0);
}

/**
 * The identity keys of one file: appended while it streams (in chunks: no copy as it grows), then
 * sorted once (`freeze`) and looked up by bucket and binary search.
 */
export class IdentitySet {
  private chunks: Float64Array[] = [];
  private filled = CHUNK;
  private last = -1;
  private keys = new Float64Array(0);
  private starts: Uint32Array | null = null;
  /** Distinct keys (after freeze). */
  size = 0;

  add(key: number): void {
    // Rows of one order (line items) are adjacent: a repeat of the last key is not stored again.
    if (key === this.last) return;
    this.last = key;
    if (this.filled === CHUNK) {
      this.chunks.push(new Float64Array(CHUNK));
      this.filled = 0;
    }
    this.chunks[this.chunks.length - 1]![this.filled++] = key;
  }

  /**
   * Sorts the keys and drops repeats; `has` and `forEach` work from here on. A counting sort by the
   * top 16 bits (the index buckets), then an insertion sort within each bucket (a handful of keys).
   */
  freeze(): void {
    if (this.starts !== null) return;
    const chunks = this.chunks;
    const count = chunks.length === 0 ? 0 : (chunks.length - 1) * CHUNK + this.filled;
    const starts = new Uint32Array(BUCKETS + 1);
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c]!;
      const n = c === chunks.length - 1 ? this.filled : CHUNK;
      for (let i = 0; i < n; i++) starts[Math.floor(chunk[i]! / BUCKET_SHIFT) + 1]++;
    }
    for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b]!;
    let keys = new Float64Array(count);
    const next = starts.slice(0, BUCKETS);
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c]!;
      const n = c === chunks.length - 1 ? this.filled : CHUNK;
      for (let i = 0; i < n; i++) {
        const key = chunk[i]!;
        keys[next[Math.floor(key / BUCKET_SHIFT)]++] = key;
      }
    }
    this.chunks = [];
    // Sort each bucket and drop repeats, moving the keys down over the repeats dropped.
    let unique = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const from = starts[b]!;
      const to = starts[b + 1]!;
      starts[b] = unique;
      for (let i = from; i < to; i++) {
        const key = keys[i]!;
        let j = unique;
        const bucketStart = starts[b]!;
        while (j > bucketStart && keys[j - 1]! > key) {
          keys[j] = keys[j - 1]!;
          j--;
        }
        if (j > bucketStart && keys[j - 1] === key) {
          // A repeat: undo the shift.
          for (let k = j; k < unique; k++) keys[k] = keys[k + 1]!;
          continue;
        }
        keys[j] = key;
        unique++;
      }
    }
    starts[BUCKETS] = unique;
    if (unique < keys.length) keys = keys.slice(0, unique);
    this.keys = keys;
    this.starts = starts;
    this.size = unique;
  }

  has(key: number): boolean {
    const starts = this.starts!;
    const bucket = Math.floor(key / BUCKET_SHIFT);
    let lo = starts[bucket]!;
    let hi = starts[bucket + 1]!;
    const keys = this.keys;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k === key) return true;
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  forEach(visit: (key: number) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) visit(keys[i]!);
  }
}

/** What one ledger file holds of order identities while it streams: the keys and its newest order. */
export class FileOrders {
  readonly identities = new IdentitySet();
  /** Newest day of an order with an identity (counted or left out); -Infinity before the first. */
  newestDay = -Infinity;

  /** Notes an order by its identity's key (identityKey). */
  note(key: number, day: number): void {
    this.identities.add(key);
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
    file.orders.identities.forEach((key) => {
      for (const other of higher) {
        if (other.orders.identities.has(key)) {
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
        file.orders.identities.forEach((key) => {
          if (other.orders.identities.has(key)) shared++;
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
    file.orders.identities.forEach((key) => {
      for (const other of higher) if (other.orders.identities.has(key)) return;
      for (const other of lower) {
        if (other.orders.identities.has(key)) {
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

/** True when a file ranked above `file` holds the key (identityKey). */
export function heldAbove<T extends RankedFile>(ranked: readonly T[], file: T, key: number): boolean {
  for (const other of ranked) {
    if (other === file) return false;
    if (other.orders.identities.has(key)) return true;
  }
  return false;
}

/** True when one of `files` holds the key (identityKey). */
export function heldByAny(files: readonly RankedFile[], key: number): boolean {
  for (const other of files) if (other.orders.identities.has(key)) return true;
  return false;
}

/**
 * True when leaving out the orders held by `used` (the files read before this one) left out the same
 * orders of `file` as leaving out those held by `wanted` (the files ranked above it) would have.
 */
export function sameFilter(file: RankedFile, used: readonly RankedFile[], wanted: readonly RankedFile[]): boolean {
  if (used.length === wanted.length && used.every((other) => wanted.includes(other))) return true;
  let same = true;
  file.orders.identities.forEach((key) => {
    if (!same) return;
    const inUsed = used.some((other) => other.orders.identities.has(key));
    const inWanted = wanted.some((other) => other.orders.identities.has(key));
    if (inUsed !== inWanted) same = false;
  });
  return same;
}
