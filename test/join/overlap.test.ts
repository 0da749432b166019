// Stage 4b: overlapping exports of one dataset are counted once; ledgers only when the orders match.
import { describe, expect, it } from 'vitest';
import { Dictionary, FileAggregate, ROWS_SLOT, splitCellKey } from '../../src/join/aggregate.js';
import { dropOverlaps, type OverlapFile } from '../../src/join/overlap.js';
import { M, newRecord, type MetricName } from '../../src/model/records.js';
import { dayNumber } from '../../src/read/dates.js';
import type { Finding } from '../../src/i18n/warnings.js';
import type { OverlapGrain } from '../../src/sources/types.js';
import { allInEnglish, inEnglish } from '../helpers/english.js';

const SEP = (d: number) => dayNumber(2026, 9, d);

interface Row {
  day: number;
  dayTo?: number;
  campaign?: string;
  ref?: string;
  values: Partial<Record<MetricName, number>>;
}

function file(dictionary: Dictionary, relativePath: string, dataset: string, grain: OverlapGrain, priority: number, rows: Row[]): OverlapFile {
  const aggregate = new FileAggregate(dictionary);
  for (const row of rows) {
    const record = newRecord();
    record.day = row.day;
    record.dayTo = row.dayTo ?? row.day;
    record.campaign = row.campaign ?? '';
    record.ref = row.ref ?? '';
    record.currency = 'EUR';
    for (const [name, value] of Object.entries(row.values)) record.values[M[name as MetricName]] = value;
    aggregate.add(record);
  }
  return { relativePath, dataset, grain, priority, aggregate };
}

/** Sum of one metric over a file's cells and ranges after overlaps were dropped. */
function total(file: OverlapFile, metric: MetricName): number {
  let sum = 0;
  for (const cell of file.aggregate.cells.values()) sum += cell[M[metric]]!;
  for (const range of file.aggregate.ranges) sum += range.values[M[metric]]!;
  return Math.round(sum * 100) / 100;
}

function days(file: OverlapFile): number[] {
  return [...new Set([...file.aggregate.cells.keys()].map((key) => splitCellKey(key).day))].sort((a, b) => a - b);
}

describe('dropOverlaps: ledgers (grain day)', () => {
  it('counts a day with the same orders in two ledger exports once, with OVERLAPPING_EXPORT', () => {
    const dictionary = new Dictionary(new Map());
    const a = file(dictionary, 'orders-a.csv', 'shopify-orders', 'day', 0, [
      { day: SEP(1), ref: 'LK-5001', campaign: 'Herbst Aktion 2026', values: { orders: 1, revenue: 34.9 } },
      { day: SEP(1), ref: 'LK-5002', values: { orders: 1, revenue: 71.8 } },
    ]);
    // The same two orders in another export, listed the other way round, plus a day of its own.
    const b = file(dictionary, 'orders-b.csv', 'shopify-orders', 'day', 0, [
      { day: SEP(1), ref: 'LK-5002', values: { orders: 1, revenue: 71.8 } },
      { day: SEP(1), ref: 'LK-5001', campaign: 'herbst_aktion_2026', values: { orders: 1, revenue: 34.9 } },
      { day: SEP(2), ref: 'LK-5003', values: { orders: 1, revenue: 42.5 } },
    ]);
    const warnings: Finding[] = [];
    // Input order must not matter: with equal priority the first path wins.
    expect(dropOverlaps([b, a], warnings)).toBe(2);
    expect(total(a, 'orders') + total(b, 'orders')).toBe(3);
    expect(total(a, 'revenue') + total(b, 'revenue')).toBeCloseTo(149.2, 10);
    expect(days(a)).toEqual([SEP(1)]);
    expect(days(b)).toEqual([SEP(2)]);
    expect(allInEnglish(warnings)).toEqual([
      {
        code: 'OVERLAPPING_EXPORT',
        message: 'orders-b.csv repeats data of orders-a.csv on 1 day; those days are counted once, from orders-a.csv.',
        file: 'orders-b.csv',
        details: { keptFile: 'orders-a.csv', days: 1 },
      },
    ]);
  });

  it('keeps both ledgers when a shared day holds different orders, with OVERLAPPING_LEDGERS_DIFFER', () => {
    const dictionary = new Dictionary(new Map());
    const shop = file(dictionary, 'shop.csv', 'generic-ledger', 'day', 0, [
      { day: SEP(7), ref: 'LK-5010', values: { orders: 1, revenue: 20 } },
      { day: SEP(8), ref: 'LK-5011', values: { orders: 1, revenue: 30 } },
    ]);
    const market = file(dictionary, 'wochenmarkt-kasse.csv', 'generic-ledger', 'day', 0, [
      { day: SEP(7), ref: 'M-5', values: { orders: 1, revenue: 30 } },
      { day: SEP(8), ref: 'LK-5011', values: { orders: 1, revenue: 30 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([shop, market], warnings)).toBe(1); // 8 September is the same order
    expect(total(shop, 'revenue')).toBe(50);
    expect(total(market, 'revenue')).toBe(30);
    expect(days(market)).toEqual([SEP(7)]);
    expect(warnings.map((w) => [w.code, w.file, w.details])).toEqual([
      ['OVERLAPPING_EXPORT', 'wochenmarkt-kasse.csv', { keptFile: 'shop.csv', days: 1 }],
      ['OVERLAPPING_LEDGERS_DIFFER', 'wochenmarkt-kasse.csv', { otherFile: 'shop.csv', days: 1 }],
    ]);
    expect(inEnglish(warnings[1]!).message).toBe(
      'wochenmarkt-kasse.csv and shop.csv both hold orders on 1 day but not the same orders; both are counted. If they are exports of one shop, remove one of them.',
    );
  });

  it('a day with one more order in one export is not the same day', () => {
    const dictionary = new Dictionary(new Map());
    const a = file(dictionary, 'a.csv', 'shopify-orders', 'day', 0, [{ day: SEP(1), ref: 'LK-1', values: { orders: 1, revenue: 10 } }]);
    const b = file(dictionary, 'b.csv', 'shopify-orders', 'day', 0, [
      { day: SEP(1), ref: 'LK-1', values: { orders: 1, revenue: 10 } },
      { day: SEP(1), ref: 'LK-2', values: { orders: 1, revenue: 5 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([a, b], warnings)).toBe(0);
    expect(total(a, 'orders') + total(b, 'orders')).toBe(3);
    expect(warnings.map((w) => w.code)).toEqual(['OVERLAPPING_LEDGERS_DIFFER']);
  });
});

describe('dropOverlaps: ad exports (grain day+campaign)', () => {
  it('the higher priority file wins a shared day and campaign; the rest of the other file stays', () => {
    const dictionary = new Dictionary(new Map());
    // Alphabetically first, but lower priority: the ad-level export of the same account.
    const ads = file(dictionary, 'a-ad-level.csv', 'meta-ads', 'day+campaign', 0, [
      { day: SEP(1), campaign: 'Herbst Aktion 2026', values: { adSpend: 10 } },
      { day: SEP(1), campaign: 'Herbst Aktion 2026', values: { adSpend: 8.42 } },
      { day: SEP(1), campaign: 'Sommer Sale', values: { adSpend: 5 } },
      { day: SEP(2), campaign: 'Herbst Aktion 2026', values: { adSpend: 7 } },
    ]);
    const campaigns = file(dictionary, 'z-campaign-level.csv', 'meta-ads', 'day+campaign', 1, [
      { day: SEP(1), campaign: 'herbst_aktion_2026', values: { adSpend: 18.42 } },
      { day: SEP(1), campaign: 'Brunch am Sonntag – Familien', values: { adSpend: 9.5 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([ads, campaigns], warnings)).toBe(2); // the two ad rows of Herbst on 1 September
    expect(total(campaigns, 'adSpend')).toBe(27.92);
    expect(total(ads, 'adSpend')).toBe(12); // Sommer Sale 5 + Herbst on 2 September 7
    expect(total(ads, 'adSpend') + total(campaigns, 'adSpend')).toBe(39.92);
    expect(warnings.map((w) => [w.code, w.file, w.details])).toEqual([
      ['OVERLAPPING_EXPORT', 'a-ad-level.csv', { keptFile: 'z-campaign-level.csv', days: 1 }],
    ]);
  });

  it('never compares different datasets, files of grain none, or a file with itself', () => {
    const dictionary = new Dictionary(new Map());
    const meta = file(dictionary, 'meta.csv', 'meta-ads', 'day+campaign', 0, [{ day: SEP(1), campaign: 'x', values: { adSpend: 1 } }]);
    const ga4 = file(dictionary, 'ga4.csv', 'ga4', 'day', 0, [{ day: SEP(1), campaign: 'x', values: { sessions: 3 } }]);
    const postsA = file(dictionary, 'posts-a.csv', 'facebook-posts', 'none', 0, [{ day: SEP(1), values: { likes: 4 } }]);
    const postsB = file(dictionary, 'posts-b.csv', 'facebook-posts', 'none', 0, [{ day: SEP(1), values: { likes: 4 } }]);
    const lone = file(dictionary, 'lone.csv', 'generic-ledger', 'day', 0, [
      { day: SEP(1), campaign: 'x', ref: 'A', values: { orders: 1 } },
      { day: SEP(1), campaign: 'y', ref: 'B', values: { orders: 1 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([meta, ga4, postsA, postsB, lone], warnings)).toBe(0);
    expect(warnings).toEqual([]);
    expect([meta, ga4, postsA, postsB].map((f) => f.aggregate.cells.size)).toEqual([1, 1, 1, 1]);
    expect(lone.aggregate.cells.size).toBe(2);
  });
});

describe('dropOverlaps: whole-range rows against daily rows', () => {
  it("a campaign's whole-range row stands for its range: daily rows inside it are dropped, days outside it added", () => {
    // By hand: the range says Herbst spent 300.00 in September; the daily file has 12.50 and 11.00 on
    // 5 and 6 September (inside the range, already in the 300.00) and 9.00 on 1 October (outside).
    // Herbst: 300.00 + 9.00 = 309.00; Brunch 90.00 (no daily rows); total 399.00.
    const dictionary = new Dictionary(new Map());
    const summary = file(dictionary, 'meta-no-breakdown.csv', 'meta-ads', 'day+campaign', 0, [
      { day: SEP(1), dayTo: SEP(30), campaign: 'Herbst Aktion 2026', values: { adSpend: 300, impressions: 20_000 } },
      { day: SEP(1), dayTo: SEP(30), campaign: 'Brunch am Sonntag – Familien', values: { adSpend: 90 } },
    ]);
    const daily = file(dictionary, 'meta-daily.csv', 'meta-ads', 'day+campaign', 1, [
      { day: SEP(5), campaign: 'Herbst Aktion 2026', values: { adSpend: 12.5, impressions: 900 } },
      { day: SEP(6), campaign: 'Herbst Aktion 2026', values: { adSpend: 11, impressions: 800 } },
      { day: SEP(31), campaign: 'Herbst Aktion 2026', values: { adSpend: 9, impressions: 700 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([summary, daily], warnings)).toBe(2);
    expect(summary.aggregate.ranges).toHaveLength(2);
    expect(total(summary, 'adSpend')).toBe(390);
    expect(total(daily, 'adSpend')).toBe(9);
    expect(total(summary, 'adSpend') + total(daily, 'adSpend')).toBe(399);
    expect(total(summary, 'impressions') + total(daily, 'impressions')).toBe(20_700);
    expect(days(daily)).toEqual([SEP(31)]);
    expect(warnings.map((w) => [w.code, w.file, w.details])).toEqual([
      ['OVERLAPPING_EXPORT', 'meta-daily.csv', { keptFile: 'meta-no-breakdown.csv', days: 2, dates: ['2026-09-05', '2026-09-06'], campaigns: ['Herbst Aktion 2026'] }],
    ]);
    expect(inEnglish(warnings[0]!).message).toContain('daily rows of "Herbst Aktion 2026" on 2026-09-05 to 2026-09-06, which the whole-range rows of meta-no-breakdown.csv already cover');
  });

  it('daily rows that cover the whole range of a campaign replace its range row', () => {
    // Brunch: range 1–3 September 90.00; daily 30.00 + 25.00 + 40.00 = 95.00 on every day of it. Herbst's range stays.
    const dictionary = new Dictionary(new Map());
    const summary = file(dictionary, 'meta-no-breakdown.csv', 'meta-ads', 'day+campaign', 0, [
      { day: SEP(1), dayTo: SEP(3), campaign: 'Brunch am Sonntag – Familien', values: { adSpend: 90 } },
      { day: SEP(1), dayTo: SEP(3), campaign: 'Herbst Aktion 2026', values: { adSpend: 60 } },
    ]);
    const daily = file(dictionary, 'meta-daily.csv', 'meta-ads', 'day+campaign', 1, [
      { day: SEP(1), campaign: 'Brunch am Sonntag – Familien', values: { adSpend: 30 } },
      { day: SEP(2), campaign: 'Brunch am Sonntag – Familien', values: { adSpend: 25 } },
      { day: SEP(3), campaign: 'Brunch am Sonntag – Familien', values: { adSpend: 40 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([summary, daily], warnings)).toBe(1);
    expect(summary.aggregate.ranges.map((r) => dictionary.tokens[r.token])).toEqual(['herbst-aktion-2026']);
    expect(total(summary, 'adSpend') + total(daily, 'adSpend')).toBe(155);
    expect(warnings.map((w) => [w.code, w.file, w.details])).toEqual([['OVERLAPPING_EXPORT', 'meta-no-breakdown.csv', { keptFile: 'meta-daily.csv', days: 3 }]]);
  });

  it('a GA4 table without a date column (grain day) stands for its range against a daily GA4 table', () => {
    // Range 1–7 September: two rows (sources), 400 + 300 sessions. Daily: 100 on 3 Sep, 90 on 8 Sep.
    // Counted: 700 for 1–7 September + 90 on 8 September = 790.
    const dictionary = new Dictionary(new Map());
    const week = file(dictionary, 'week.csv', 'ga4', 'day', 0, [
      { day: SEP(1), dayTo: SEP(7), campaign: 'herbst', values: { sessions: 400 } },
      { day: SEP(1), dayTo: SEP(7), values: { sessions: 300 } },
    ]);
    const daily = file(dictionary, 'daily.csv', 'ga4', 'day', 1, [
      { day: SEP(3), values: { sessions: 100 } },
      { day: SEP(8), values: { sessions: 90 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([week, daily], warnings)).toBe(1);
    expect(total(week, 'sessions') + total(daily, 'sessions')).toBe(790);
    expect(warnings.map((w) => [w.code, w.file, w.details])).toEqual([['OVERLAPPING_EXPORT', 'daily.csv', { keptFile: 'week.csv', days: 1, dates: ['2026-09-03'], campaigns: [] }]]);
  });

  it('a range of higher priority claims every day it covers', () => {
    const dictionary = new Dictionary(new Map());
    const week = file(dictionary, 'week.csv', 'ga4', 'day', 1, [{ day: SEP(1), dayTo: SEP(7), values: { sessions: 700 } }]);
    const daily = file(dictionary, 'daily.csv', 'ga4', 'day', 0, [
      { day: SEP(3), values: { sessions: 100 } },
      { day: SEP(7), values: { sessions: 90 } },
      { day: SEP(8), values: { sessions: 80 } },
    ]);
    const warnings: Finding[] = [];
    expect(dropOverlaps([daily, week], warnings)).toBe(2);
    expect(days(daily)).toEqual([SEP(8)]);
    expect(total(daily, 'sessions') + total(week, 'sessions')).toBe(780);
    expect(week.aggregate.ranges[0]!.values[ROWS_SLOT]).toBe(1);
    expect(warnings.map((w) => [w.code, w.file, w.details])).toEqual([
      ['OVERLAPPING_EXPORT', 'daily.csv', { keptFile: 'week.csv', days: 2 }],
    ]);
  });
});
