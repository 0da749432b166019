// One order, once: identity hashes, the typed-array set, and which download counts each order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FileOrders, forEachSharedKey, heldAbove, heldByAny, IdentitySet, identityKey, KeyUnion, planIdentities, rankNewestFirst, refundIdentity, sameFilter, type RankedFile } from '../../src/join/order-identity.js';

function fileOf(relativePath: string, orders: [string, number][]): RankedFile {
  const file = { relativePath, orders: new FileOrders() };
  for (const [identity, day] of orders) file.orders.note(identityKey(identity), day);
  file.orders.identities.freeze();
  return file;
}

describe('IdentitySet', () => {
  it('holds 200,000 distinct identities (over several chunks), and nothing else', () => {
    const set = new IdentitySet();
    for (let i = 0; i < 200_000; i++) set.add(identityKey(`#${100000 + i}`));
    // Repeats, adjacent (line items) or not, are kept once.
    set.add(identityKey('#299999'));
    set.add(identityKey('#100000'));
    set.freeze();
    expect(set.size).toBe(200_000);
    expect(set.has(identityKey('#100000'))).toBe(true);
    expect(set.has(identityKey('#299999'))).toBe(true);
    let found = 0;
    for (let i = 0; i < 200_000; i += 7) if (set.has(identityKey(`#${100000 + i}`))) found++;
    expect(found).toBe(Math.ceil(200_000 / 7));
    let misses = 0;
    for (let i = 200_000; i < 220_000; i++) if (set.has(identityKey(`#${100000 + i}`))) misses++;
    expect(misses).toBe(0);
    let visited = 0;
    let previous = -1;
    let sorted = true;
    set.forEach((key) => {
      visited++;
      if (key <= previous) sorted = false;
      previous = key;
    });
    expect(visited).toBe(200_000);
    expect(sorted).toBe(true);
  });

  it('is empty before anything was added', () => {
    const set = new IdentitySet();
    set.freeze();
    expect(set.size).toBe(0);
    expect(set.has(identityKey('#1'))).toBe(false);
  });

  it('gives identities that differ in one character different keys, all below 2^53', () => {
    const keys = ['6930412731977', '6930412731978', '#2001', '#2010', '#2100', 'ch_3Pq1', 'ch_3Pq2'].map(identityKey);
    expect(new Set(keys).size).toBe(7);
    for (const key of keys) expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
  });

  it('gives a refund booked as its own row an identity apart from its order and from a refund on another day', () => {
    expect(refundIdentity('1042', 20_000)).not.toBe('1042');
    expect(refundIdentity('1042', 20_000)).not.toBe(refundIdentity('1042', 20_001));
  });
});

describe('rankNewestFirst', () => {
  it('puts the download with the newest order first, then more orders, then the later path', () => {
    const older = fileOf('orders_export_1.csv', [['#1', 10], ['#2', 20]]);
    const newer = fileOf('orders_export_1 (1).csv', [['#2', 20], ['#3', 31]]);
    const copy = fileOf('orders_export_1 (2).csv', [['#2', 20], ['#3', 31]]);
    const bigger = fileOf('a.csv', [['#2', 20], ['#3', 31], ['#4', 31]]);
    expect(rankNewestFirst([older, newer, copy]).map((f) => f.relativePath)).toEqual(['orders_export_1 (2).csv', 'orders_export_1 (1).csv', 'orders_export_1.csv']);
    expect(rankNewestFirst([copy, older, newer, bigger]).map((f) => f.relativePath)).toEqual(['a.csv', 'orders_export_1 (2).csv', 'orders_export_1 (1).csv', 'orders_export_1.csv']);
  });
});

describe('planIdentities', () => {
  // The repeat-downloads scenario in identities: download 1 holds #2001–#2009 (2–20 Oct), download 2
  // and its copy #2005–#2014 (11–31 Oct).
  const d1 = fileOf('orders_export_1.csv', [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009].map((n, i) => [`id-${n}`, 2 + 2 * i]));
  const d2Orders: [string, number][] = [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014].map((n, i) => [`id-${n}`, 11 + 2 * i]);
  const d2 = fileOf('orders_export_1 (1).csv', d2Orders);
  const copy = fileOf('orders_export_1 (2).csv', d2Orders);

  it('drops the copy, reads download 1 again without the 5 orders the latest download holds', () => {
    const plan = planIdentities([d1, d2, copy]);
    expect(plan.ranked.map((f) => f.relativePath)).toEqual(['orders_export_1 (2).csv', 'orders_export_1 (1).csv', 'orders_export_1.csv']);
    expect(plan.copies.map(({ file, keptFile }) => [file.relativePath, keptFile.relativePath])).toEqual([['orders_export_1 (1).csv', 'orders_export_1 (2).csv']]);
    expect(plan.partial.map(({ file, repeated }) => [file.relativePath, repeated])).toEqual([['orders_export_1.csv', 5]]);
    expect(plan.repeatedOrders).toBe(5);
    expect([...plan.statesFrom].map(([file, count]) => [file.relativePath, count])).toEqual([['orders_export_1 (2).csv', 5]]);
    // The filter of the second reading: #2005 belongs to the latest download, #2001 to download 1 alone.
    expect(heldAbove(plan.ranked, d1, identityKey('id-2005'))).toBe(true);
    expect(heldAbove(plan.ranked, d1, identityKey('id-2001'))).toBe(false);
    expect(heldAbove(plan.ranked, plan.ranked[0]!, identityKey('id-2005'))).toBe(false);
  });

  it('is the same plan whatever order the files come in', () => {
    const a = planIdentities([copy, d1, d2]);
    const b = planIdentities([d2, copy, d1]);
    expect(a.ranked.map((f) => f.relativePath)).toEqual(b.ranked.map((f) => f.relativePath));
    expect(a.copies.map((c) => c.file.relativePath)).toEqual(b.copies.map((c) => c.file.relativePath));
  });

  it('leaves downloads without a shared order alone (monthly exports)', () => {
    const sep = fileOf('sep.csv', [['#1', 1], ['#2', 2]]);
    const oct = fileOf('oct.csv', [['#3', 31], ['#4', 32]]);
    const plan = planIdentities([sep, oct]);
    expect(plan.copies).toEqual([]);
    expect(plan.partial).toEqual([]);
    expect(plan.repeatedOrders).toBe(0);
  });

  it('counts an order in three partly overlapping downloads once, from the newest holding it', () => {
    const a = fileOf('a.csv', [['#1', 1], ['#2', 2], ['#3', 3]]);
    const b = fileOf('b.csv', [['#2', 2], ['#3', 3], ['#4', 4]]);
    const c = fileOf('c.csv', [['#3', 3], ['#4', 4], ['#5', 5]]);
    const plan = planIdentities([a, b, c]);
    expect(plan.ranked.map((f) => f.relativePath)).toEqual(['c.csv', 'b.csv', 'a.csv']);
    // #3 is in all three, #4 in c and b, #2 in b and a: three distinct repeated orders.
    expect(plan.repeatedOrders).toBe(3);
    expect([...plan.statesFrom].map(([file, count]) => [file.relativePath, count])).toEqual([['c.csv', 2], ['b.csv', 1]]);
    expect(plan.partial.map(({ file, repeated }) => [file.relativePath, repeated])).toEqual([['b.csv', 2], ['a.csv', 2]]);
  });

  it('tells whether leaving out the orders of the files read before gave the filter the ranking wants', () => {
    const a = fileOf('a.csv', [['#1', 1], ['#2', 2]]);
    const b = fileOf('b.csv', [['#2', 2], ['#3', 3]]);
    const c = fileOf('c.csv', [['#7', 9]]);
    // b read first, a filtered against b: what the ranking (b above a) wants.
    expect(sameFilter(a, [b], [b])).toBe(true);
    // a read first, unfiltered, but b ranks above it: #2 should have been left out.
    expect(sameFilter(a, [], [b])).toBe(false);
    // c shares nothing with a: filtering against it or not is the same.
    expect(sameFilter(a, [c], [])).toBe(true);
  });
});

describe('IdentitySet.freeze', () => {
  it('sorts keys crowded into one bucket and drops their repeats, wherever they come', () => {
    // Keys below 2^37 all fall into bucket 0: the insertion sort does all the work.
    const raw = [5, 3, 9, 3, 1, 9, 9, 2, 5, 8, 0, 7, 7, 4, 6, 1];
    const set = new IdentitySet();
    for (const key of raw) set.add(key);
    set.freeze();
    const keys: number[] = [];
    set.forEach((key) => keys.push(key));
    expect(keys).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const key of raw) expect(set.has(key)).toBe(true);
    expect(set.has(10)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The merge-based plan and the union (issue 14: a folder of 500 downloads was quadratic in the
// files) proven equal to the pairwise versions they replaced, kept here as the reference.

function planReference<T extends RankedFile>(files: readonly T[]) {
  const ranked = rankNewestFirst(files);
  const copies: { file: T; keptFile: T }[] = [];
  const partial: { file: T; repeated: number }[] = [];
  const kept: T[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const file = ranked[i]!;
    const higher = ranked.slice(0, i);
    let repeated = 0;
    file.orders.identities.forEach((key) => {
      if (higher.some((other) => other.orders.identities.has(key))) repeated++;
    });
    if (repeated === 0 || file.orders.identities.size === 0) kept.push(file);
    else if (repeated === file.orders.identities.size) {
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
  const statesFrom = new Map<T, number>();
  let repeatedOrders = 0;
  for (let i = 0; i < kept.length; i++) {
    const file = kept[i]!;
    const higher = kept.slice(0, i);
    const lower = kept.slice(i + 1);
    let count = 0;
    file.orders.identities.forEach((key) => {
      if (higher.some((other) => other.orders.identities.has(key))) return;
      if (lower.some((other) => other.orders.identities.has(key))) count++;
    });
    if (count > 0) {
      statesFrom.set(file, count);
      repeatedOrders += count;
    }
  }
  return { ranked, copies, partial, statesFrom, repeatedOrders };
}

/** Random downloads of one shop: order numbers drawn from a small range so that they overlap, copies and empties included. */
const downloads = fc
  .array(
    fc.oneof(
      fc.record({ orders: fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 40 }), newest: fc.nat({ max: 5 }) }),
      fc.constant({ orders: [] as number[], newest: 0 }),
    ),
    { minLength: 1, maxLength: 9 },
  )
  .map((specs) => specs.map((spec, index) => fileOf(`d${index}.csv`, spec.orders.map((order) => [`#${order}`, spec.newest] as [string, number]))));

describe('planIdentities equals the pairwise plan; KeyUnion equals asking every file', () => {
  it('on random sets of overlapping downloads (copies, empty files, ties in rank)', () => {
    const seen = { copies: 0, partial: 0, states: 0 };
    fc.assert(
      fc.property(downloads, fc.boolean(), (files, withCopy) => {
        if (withCopy && files.length > 1) files.push({ relativePath: 'copy.csv', orders: files[0]!.orders });
        const mine = planIdentities(files);
        const theirs = planReference(files);
        expect(mine.ranked).toEqual(theirs.ranked);
        expect(mine.copies.map((c) => [c.file.relativePath, c.keptFile.relativePath])).toEqual(theirs.copies.map((c) => [c.file.relativePath, c.keptFile.relativePath]));
        expect(mine.partial.map((p) => [p.file.relativePath, p.repeated])).toEqual(theirs.partial.map((p) => [p.file.relativePath, p.repeated]));
        expect([...mine.statesFrom].map(([f, n]) => [f.relativePath, n])).toEqual([...theirs.statesFrom].map(([f, n]) => [f.relativePath, n]));
        expect(mine.repeatedOrders).toBe(theirs.repeatedOrders);
        seen.copies += mine.copies.length;
        seen.partial += mine.partial.length;
        seen.states += mine.statesFrom.size;
        // The union of the files read so far answers as asking each of them does.
        const union = new KeyUnion();
        for (let i = 0; i < files.length; i++) {
          for (let order = 0; order <= 61; order++) {
            const key = identityKey(`#${order}`);
            expect(union.has(key)).toBe(heldByAny(files.slice(0, i), key));
          }
          union.add(files[i]!.orders.identities);
        }
      }),
      { seed: 0x14f01, numRuns: 400 },
    );
    // Every branch of the plan was taken, many times.
    expect(Math.min(seen.copies, seen.partial, seen.states)).toBeGreaterThan(50);
  });

  it('forEachSharedKey visits exactly the keys held more than once, with their holders in order', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 20 }), { maxLength: 7 }), (lists) => {
        const sorted = lists.map((l) => Float64Array.from([...l].sort((a, b) => a - b)));
        const seen: string[] = [];
        forEachSharedKey(sorted, (members) => seen.push(members.join(',')));
        const expected: string[] = [];
        for (let key = 0; key <= 30; key++) {
          const holders = lists.map((l, i) => (l.includes(key) ? i : -1)).filter((i) => i >= 0);
          if (holders.length > 1) expected.push(holders.join(','));
        }
        expect(seen).toEqual(expected);
      }),
      { seed: 0x14f02, numRuns: 300 },
    );
  });

  it('a small set takes a small index and still finds every key (sizes 0 to 3,000)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3000 }), (count) => {
        const set = new IdentitySet();
        for (let i = 0; i < count; i++) set.add(identityKey(`#${i}`));
        set.freeze();
        expect(set.size).toBe(count);
        for (let i = 0; i < count; i += 13) expect(set.has(identityKey(`#${i}`))).toBe(true);
        expect(set.has(identityKey(`#${count}`))).toBe(false);
        const keys = set.sorted();
        for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
      }),
      { seed: 0x14f03, numRuns: 60 },
    );
  });
});
