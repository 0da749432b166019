// `--by day|week|month`: the report's figures per bucket of time, for the totals, each channel and
// each campaign (report-json.md, Additions: `series`). Built from the same resolved sums as the
// report (src/join/resolve.ts `daily`, `dailyByCampaign`, `ranges`), so the buckets add up to the
// report's figure for every field:
// - money is allocated in cents and counts in units by largest remainder, so that the rounded
//   buckets (plus `undivided`) sum exactly to the rounded figure the report shows;
// - a whole-range row (one row for several days) goes into the bucket that holds its whole range,
//   else into `undivided` (it cannot be split by day);
// - ad spend is booked on the days it was spent; the owner's time and monthly costs are pro-rated
//   by calendar days exactly as the report does (bookCosts over the bucket: a month's cost ×
//   covered days ÷ days in the month), a dated one-off cost falls in the bucket holding its date;
// - unknown stays null: a metric no file of the period carries is null in every bucket, and the
//   ledger's (orders, revenue, refunds) and the analytics' figures (sessions, GA4 claims) are null
//   in a bucket that no such file covers a day of (never 0).
// ROI, ROAS and cost per order are not given per bucket: they are not additive.
import { coveredRuns } from './coverage.js';
import type { Config } from './config.js';
import { campaignKey } from './join/campaign-key.js';
import type { Resolved } from './join/resolve.js';
import { bookCosts, emptySums, type OtherCosts } from './metrics.js';
import type { ParsedFile } from './model/parsed-file.js';
import { M, type Channel } from './model/records.js';
import { formatDay, parseIsoDay } from './read/dates.js';
import type { Metrics, Report, CoverageFamily } from './report.js';

export const SERIES_BY = ['day', 'week', 'month'] as const;
export type SeriesBy = (typeof SERIES_BY)[number];

/** The additive figures of one bucket (the same names and meanings as in Metrics). */
export interface SeriesFigures {
  cost: { adSpend: number | null; time: number; other: number; total: number };
  vanity: Metrics['vanity'];
  claimed: Metrics['claimed'];
  confirmed: { orders: number | null; revenue: number | null; refunds: number | null };
}

export interface SeriesBucket extends SeriesFigures {
  /** First and last day of the bucket, clipped to the period. */
  from: string;
  to: string;
}

export interface SeriesLine {
  buckets: SeriesBucket[];
  /** Whole-range rows whose range spans more than one bucket; null when there are none. */
  undivided: SeriesFigures | null;
}

export interface Series {
  by: SeriesBy;
  totals: SeriesLine;
  channels: ({ channel: Channel } & SeriesLine)[];
  campaigns: ({ campaign: string } & SeriesLine)[];
}

/** The buckets of [from, to]: days, ISO weeks (Monday to Sunday) or calendar months, clipped to the period. */
export function seriesBuckets(from: number, to: number, by: SeriesBy): [number, number][] {
  const buckets: [number, number][] = [];
  for (let start = from; start <= to; ) {
    let end = start;
    if (by === 'week') end = start + (6 - ((start + 3) % 7)); // day 0, 1970-01-01, was a Thursday
    if (by === 'month') {
      const date = new Date(start * 86_400_000);
      end = Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 86_400_000) - 1;
    }
    end = Math.min(end, to);
    buckets.push([start, end]);
    start = end + 1;
  }
  return buckets;
}

/** The breakdown when none is asked for but a view needs one (the HTML timeline): days up to six weeks, weeks up to a year, else months. */
export function automaticBy(from: string, to: string): SeriesBy {
  const days = (parseIsoDay(to) ?? 0) - (parseIsoDay(from) ?? 0) + 1;
  return days <= 42 ? 'day' : days <= 366 ? 'week' : 'month';
}

type Field = { slot: number; unit: number; family?: CoverageFamily; target: (m: Metrics) => number | null; set: (f: SeriesFigures, v: number | null) => void };

const count = 1;
const cents = 100;
const FIELDS: Field[] = [
  { slot: M.impressions, unit: count, target: (m) => m.vanity.impressions, set: (f, v) => (f.vanity.impressions = v) },
  { slot: M.reach, unit: count, target: (m) => m.vanity.reach, set: (f, v) => (f.vanity.reach = v) },
  { slot: M.likes, unit: count, target: (m) => m.vanity.likes, set: (f, v) => (f.vanity.likes = v) },
  { slot: M.follows, unit: count, target: (m) => m.vanity.follows, set: (f, v) => (f.vanity.follows = v) },
  { slot: M.engagements, unit: count, target: (m) => m.vanity.engagements, set: (f, v) => (f.vanity.engagements = v) },
  { slot: M.profileVisits, unit: count, target: (m) => m.vanity.profileVisits, set: (f, v) => (f.vanity.profileVisits = v) },
  { slot: M.linkClicks, unit: count, target: (m) => m.vanity.linkClicks, set: (f, v) => (f.vanity.linkClicks = v) },
  { slot: M.sessions, unit: count, family: 'analytics', target: (m) => m.vanity.sessions, set: (f, v) => (f.vanity.sessions = v) },
  { slot: M.metaConversions, unit: count, target: (m) => m.claimed.meta.conversions, set: (f, v) => (f.claimed.meta.conversions = v) },
  { slot: M.metaValue, unit: cents, target: (m) => m.claimed.meta.value, set: (f, v) => (f.claimed.meta.value = v) },
  { slot: M.ga4Conversions, unit: count, family: 'analytics', target: (m) => m.claimed.ga4.conversions, set: (f, v) => (f.claimed.ga4.conversions = v) },
  { slot: M.ga4Value, unit: cents, family: 'analytics', target: (m) => m.claimed.ga4.value, set: (f, v) => (f.claimed.ga4.value = v) },
  { slot: M.googleConversions, unit: count, target: (m) => m.claimed.google.conversions, set: (f, v) => (f.claimed.google.conversions = v) },
  { slot: M.googleValue, unit: cents, target: (m) => m.claimed.google.value, set: (f, v) => (f.claimed.google.value = v) },
  { slot: M.orders, unit: count, family: 'ledger', target: (m) => m.confirmed.orders, set: (f, v) => (f.confirmed.orders = v) },
  { slot: M.revenue, unit: cents, family: 'ledger', target: (m) => m.confirmed.revenue, set: (f, v) => (f.confirmed.revenue = v) },
  { slot: M.refunds, unit: cents, family: 'ledger', target: (m) => m.confirmed.refunds, set: (f, v) => (f.confirmed.refunds = v) },
  { slot: M.adSpend, unit: cents, target: (m) => m.cost.adSpend, set: (f, v) => (f.cost.adSpend = v) },
];

export interface SeriesInput {
  by: SeriesBy;
  report: Report;
  resolved: Resolved;
  /** The files of the whole read (coverage per bucket). */
  parsed: readonly ParsedFile[];
  config: Pick<Config, 'time' | 'costs'>;
  from: number;
  to: number;
}

export function buildSeries(input: SeriesInput): Series {
  const { by, report, resolved, parsed, from, to } = input;
  const buckets = seriesBuckets(from, to, by);
  const bucketOf = new Map<number, number>();
  buckets.forEach(([first, last], index) => {
    for (let day = first; day <= last; day++) bucketOf.set(day, index);
  });
  const costs = buckets.map(([first, last]) => bookCosts(input.config, first, last, campaignKey));
  const covered = new Map<CoverageFamily, boolean[]>();
  for (const family of ['ledger', 'analytics'] as const) {
    const runs = coveredRuns(parsed, family, from, to);
    covered.set(family, buckets.map(([first, last]) => runs.some(([a, b]) => a <= last && b >= first)));
  }

  // Raw sums per bucket (the last slot: undivided) for the totals, each channel and each campaign.
  const newLine = () => Array.from({ length: buckets.length + 1 }, emptySums);
  const totals = newLine();
  const channels = new Map<Channel, Float64Array[]>();
  const campaigns = new Map<string, Float64Array[]>();
  const lineOf = <K>(map: Map<K, Float64Array[]>, key: K) => {
    let line = map.get(key);
    if (!line) map.set(key, (line = newLine()));
    return line;
  };
  const add = (target: Float64Array, sums: Float64Array) => {
    for (let i = 0; i < target.length; i++) target[i] += sums[i]!;
  };
  for (const [day, byChannel] of resolved.daily) {
    const index = bucketOf.get(day)!;
    for (const [channel, sums] of byChannel) {
      add(totals[index]!, sums);
      add(lineOf(channels, channel)[index]!, sums);
    }
  }
  for (const [key, days] of resolved.dailyByCampaign) {
    const line = lineOf(campaigns, key);
    for (const [day, sums] of days) add(line[bucketOf.get(day)!]!, sums);
  }
  for (const range of resolved.ranges) {
    const first = bucketOf.get(range.from)!;
    const index = first === bucketOf.get(range.to) ? first : buckets.length;
    add(totals[index]!, range.sums);
    add(lineOf(channels, range.channel)[index]!, range.sums);
    if (range.key) add(lineOf(campaigns, range.key)[index]!, range.sums);
  }

  const line = (raw: Float64Array[], target: Metrics, costOf: (book: (typeof costs)[number]) => OtherCosts | undefined): SeriesLine => {
    const figures = raw.map(emptyFigures);
    for (const field of FIELDS) {
      const total = field.target(target);
      const values = allocate(
        raw.map((sums) => sums[field.slot]! * field.unit),
        total,
        field.unit,
      );
      const known = field.family ? covered.get(field.family)! : null;
      figures.forEach((entry, index) => {
        const value = values?.[index] ?? null;
        // A bucket no file of the family covers is unknown, unless something was booked in it all the same.
        field.set(entry, value !== null && value === 0 && known && index < buckets.length && !known[index] ? null : value);
      });
    }
    // The owner's time and other costs, pro-rated per bucket as the report pro-rates them per period.
    for (const [kind, total] of [['time', target.cost.time], ['other', target.cost.other]] as const) {
      const values = allocate([...costs.map((book) => (costOf(book)?.[kind] ?? 0) * cents), 0], total, cents)!;
      figures.forEach((entry, index) => (entry.cost[kind] = values[index]!));
    }
    for (const entry of figures) entry.cost.total = roundCents((entry.cost.adSpend ?? 0) + entry.cost.time + entry.cost.other);
    const undivided = figures.pop()!;
    const rangesLeft = raw[buckets.length]!.some((value) => value !== 0);
    return {
      buckets: figures.map((entry, index) => ({ from: formatDay(buckets[index]![0]), to: formatDay(buckets[index]![1]), ...entry })),
      undivided: rangesLeft ? undivided : null,
    };
  };

  return {
    by,
    totals: line(totals, report.totals, (book) => book.total),
    channels: report.channels.map((entry) => ({
      channel: entry.channel,
      ...line(channels.get(entry.channel) ?? newLine(), entry, (book) => book.byChannel.get(entry.channel)),
    })),
    campaigns: report.campaigns.map((entry) => ({
      campaign: entry.campaign,
      ...line(campaigns.get(entry.campaign) ?? newLine(), entry, (book) => book.byCampaign.get(entry.campaign)),
    })),
  };
}

function emptyFigures(): SeriesFigures {
  return {
    cost: { adSpend: null, time: 0, other: 0, total: 0 },
    vanity: { impressions: null, reach: null, likes: null, follows: null, engagements: null, profileVisits: null, linkClicks: null, sessions: null },
    claimed: { meta: { conversions: null, value: null }, ga4: { conversions: null, value: null }, google: { conversions: null, value: null } },
    confirmed: { orders: null, revenue: null, refunds: null },
  };
}

/**
 * Raw values (in units: cents or counts) rounded to whole units so that they sum to `total` (the
 * report's rounded figure): each is rounded, then the difference is given to (or taken from) the
 * values rounded furthest the other way (largest remainder). A value that is exactly 0 (nothing
 * booked in that bucket) stays 0. Null when the figure is unknown.
 */
export function allocate(raw: readonly number[], total: number | null, unit: number): number[] | null {
  if (total === null) return null;
  const rounded = raw.map((value) => Math.round(value));
  let difference = Math.round(total * unit) - rounded.reduce((a, b) => a + b, 0);
  const booked = raw.map((value, index) => ({ index, remainder: value - rounded[index]! })).filter((entry) => raw[entry.index] !== 0);
  const order = booked.length ? booked : raw.map((value, index) => ({ index, remainder: value - rounded[index]! }));
  order.sort((a, b) => (difference > 0 ? b.remainder - a.remainder : a.remainder - b.remainder) || a.index - b.index);
  for (let i = 0; difference !== 0 && order.length; i = (i + 1) % order.length) {
    const step = Math.sign(difference);
    rounded[order[i]!.index]! += step;
    difference -= step;
  }
  return rounded.map((value) => (value / unit === 0 ? 0 : value / unit));
}

function roundCents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
