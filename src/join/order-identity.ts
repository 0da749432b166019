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
/** Keys are below 2^53; their top bits (up to 16, fewer for a small set) pick an index bucket. */
const KEY_BITS = 53;
const MAX_BUCKET_BITS = 16;
/** The largest chunk of keys; the first is small and each doubles, so a small file takes little. */
const CHUNK = 65536;
const FIRST_CHUNK = 256;

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
  private current = new Float64Array(0);
  private filled = 0;
  private last = -1;
  private keys = new Float64Array(0);
  private starts: Uint32Array | null = null;
  /** 2^(53 - bucket bits): a key's bucket is floor(key / shift). */
  private shift = 2 ** KEY_BITS;
  /** Distinct keys (after freeze). */
  size = 0;

  add(key: number): void {
    // Rows of one order (line items) are adjacent: a repeat of the last key is not stored again.
    if (key === this.last) return;
    this.last = key;
    if (this.filled === this.current.length) {
      this.current = new Float64Array(Math.min(CHUNK, Math.max(FIRST_CHUNK, this.current.length * 2)));
      this.chunks.push(this.current);
      this.filled = 0;
    }
    this.current[this.filled++] = key;
  }

  /**
   * Sorts the keys and drops repeats; `has`, `forEach` and `sorted` work from here on. A counting
   * sort by the top bits (the index buckets, about one per key, at most 2^16), then an insertion
   * sort within each bucket (a handful of keys).
   */
  freeze(): void {
    if (this.starts !== null) return;
    const chunks = this.chunks;
    const lengthOf = (c: number) => (c === chunks.length - 1 ? this.filled : chunks[c]!.length);
    let count = 0;
    for (let c = 0; c < chunks.length; c++) count += lengthOf(c);
    // About one bucket per key (a small file's index stays small), at least 16, at most 2^16.
    const bits = Math.min(MAX_BUCKET_BITS, Math.max(4, Math.ceil(Math.log2(count + 1))));
    const buckets = 2 ** bits;
    const shift = 2 ** (KEY_BITS - bits);
    const starts = new Uint32Array(buckets + 1);
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c]!;
      const n = lengthOf(c);
      for (let i = 0; i < n; i++) starts[Math.floor(chunk[i]! / shift) + 1]++;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b]!;
    let keys = new Float64Array(count);
    const next = starts.slice(0, buckets);
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c]!;
      const n = lengthOf(c);
      for (let i = 0; i < n; i++) {
        const key = chunk[i]!;
        keys[next[Math.floor(key / shift)]++] = key;
      }
    }
    this.chunks = [];
    this.current = new Float64Array(0);
    // Sort each bucket and drop repeats, moving the keys down over the repeats dropped.
    let unique = 0;
    for (let b = 0; b < buckets; b++) {
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
    starts[buckets] = unique;
    if (unique < keys.length) keys = keys.slice(0, unique);
    this.keys = keys;
    this.starts = starts;
    this.shift = shift;
    this.size = unique;
  }

  /** The distinct keys in ascending order (after freeze; not to be changed). */
  sorted(): Float64Array {
    return this.keys;
  }

  has(key: number): boolean {
    const starts = this.starts!;
    const bucket = Math.floor(key / this.shift);
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

/**
 * Visits every key that more than one of the sorted key lists holds, with the indexes of the lists
 * holding it in ascending order: a k-way merge (a heap of list cursors), so the cost grows with the
 * keys times log(lists), not with the keys times the lists.
 */
export function forEachSharedKey(lists: readonly Float64Array[], visit: (members: readonly number[]) => void): void {
  if (lists.length === 2) {
    // Two downloads, the common case: a plain two-pointer merge.
    const [a, b] = lists as [Float64Array, Float64Array];
    const pair = [0, 1];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i]!;
      const y = b[j]!;
      if (x < y) i++;
      else if (y < x) j++;
      else {
        visit(pair);
        i++;
        j++;
      }
    }
    return;
  }
  const at = new Uint32Array(lists.length);
  const heap: number[] = [];
  const keyOf = (list: number) => lists[list]![at[list]!]!;
  const before = (a: number, b: number) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb || (ka === kb && a < b);
  };
  const push = (list: number) => {
    let i = heap.push(list) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (let list = 0; list < lists.length; list++) if (lists[list]!.length > 0) push(list);
  const members: number[] = [];
  while (heap.length > 0) {
    const key = keyOf(heap[0]!);
    members.length = 0;
    while (heap.length > 0 && keyOf(heap[0]!) === key) {
      const list = pop();
      members.push(list);
      if (++at[list]! < lists[list]!.length) push(list);
    }
    if (members.length > 1) visit(members);
  }
}

/** Decides, from the identity sets alone, which file counts each order. */
export function planIdentities<T extends RankedFile>(files: readonly T[]): IdentityPlan<T> {
  const ranked = rankNewestFirst(files);
  const lists = ranked.map((file) => file.orders.identities.sorted());
  // Per file, its orders that a file ranked above it holds (members come highest-ranked first).
  const repeated = new Array<number>(ranked.length).fill(0);
  forEachSharedKey(lists, (members) => {
    for (let m = 1; m < members.length; m++) repeated[members[m]!]!++;
  });
  const isCopy = ranked.map((file, rank) => repeated[rank]! > 0 && file.orders.identities.size > 0 && repeated[rank] === file.orders.identities.size);
  // For each copy, the orders it shares with each file ranked above it; and, among the files counted,
  // each repeated order counted by the highest-ranked file holding it.
  const shared = new Map<number, number[]>();
  for (let rank = 0; rank < ranked.length; rank++) if (isCopy[rank]) shared.set(rank, new Array<number>(rank).fill(0));
  const counts = new Array<number>(ranked.length).fill(0);
  forEachSharedKey(lists, (members) => {
    let first = -1;
    let keptHolders = 0;
    for (const member of members) {
      if (isCopy[member]) {
        const row = shared.get(member)!;
        for (const other of members) {
          if (other >= member) break;
          row[other]!++;
        }
      } else {
        if (first === -1) first = member;
        keptHolders++;
      }
    }
    if (keptHolders > 1) counts[first]!++;
  });
  const copies: { file: T; keptFile: T }[] = [];
  const partial: { file: T; repeated: number }[] = [];
  const statesFrom = new Map<T, number>();
  let repeatedOrders = 0;
  for (let rank = 0; rank < ranked.length; rank++) {
    const file = ranked[rank]!;
    if (isCopy[rank]) {
      // The file kept for it: the highest-ranked one holding most of its orders (all, for an exact copy).
      const row = shared.get(rank)!;
      let best = 0;
      for (let other = 1; other < row.length; other++) if (row[other]! > row[best]!) best = other;
      copies.push({ file, keptFile: ranked[best]! });
      continue;
    }
    if (repeated[rank]! > 0 && file.orders.identities.size > 0) partial.push({ file, repeated: repeated[rank]! });
    if (counts[rank]! > 0) {
      statesFrom.set(file, counts[rank]!);
      repeatedOrders += counts[rank]!;
    }
  }
  return { ranked, copies, partial, statesFrom, repeatedOrders };
}

/**
 * The keys of several frozen sets, for "does any file read so far hold this order?" per row: the
 * sets' sorted lists as levels, small levels merged (as in a log-structured merge) so that a folder
 * of hundreds of small downloads is asked in a few binary searches, not one per file. Levels over
 * 2^20 keys are never merged (no copy of a large download).
 */
export class KeyUnion {
  private readonly levels: Float64Array[] = [];
  private readonly sets: IdentitySet[] = [];

  add(set: IdentitySet): void {
    const keys = set.sorted();
    if (keys.length === 0) return;
    if (keys.length > MERGE_LIMIT) {
      this.sets.push(set);
      return;
    }
    let level = keys;
    while (this.levels.length > 0) {
      const top = this.levels[this.levels.length - 1]!;
      if (top.length > level.length * 2 || top.length + level.length > MERGE_LIMIT) break;
      this.levels.pop();
      level = mergeSorted(top, level);
    }
    this.levels.push(level);
  }

  has(key: number): boolean {
    for (const set of this.sets) if (set.has(key)) return true;
    for (const level of this.levels) {
      let lo = 0;
      let hi = level.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const k = level[mid]!;
        if (k === key) return true;
        if (k < key) lo = mid + 1;
        else hi = mid;
      }
    }
    return false;
  }
}

const MERGE_LIMIT = 1 << 20;

/** Two ascending lists of distinct keys as one (repeats once). */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return n === out.length ? out : out.slice(0, n);
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
