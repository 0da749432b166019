// `--by day|week|month` (src/series.ts) on every bundled scenario, through the built CLI: the
// buckets (plus `undivided`) add up exactly to the report's figure for every additive field, of
// the totals, each channel and each campaign; the buckets tile the period; and the JSON without
// --by has no series at all.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { Metrics, Report } from '../../src/report.js';
import type { SeriesFigures, SeriesLine } from '../../src/series.js';
import { allocate, seriesBuckets } from '../../src/series.js';
import { dayNumber, formatDay } from '../../src/read/dates.js';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

// ajv is CommonJS: the class is the module or its `.default` (as in test/schema/report-schema.test.ts).
type AjvClass = new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
const AjvCtor = ((Ajv2020 as unknown as { default?: AjvClass }).default ?? Ajv2020) as unknown as AjvClass;
const validate = new AjvCtor({ strict: true, allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')));

/** The scenarios with the period update-goldens.sh gives them; every other one over the days its inputs cover. */
const PERIODS: Record<string, string[]> = {
  'cafe-week': ['--from', '2026-09-01', '--to', '2026-09-07'],
  'cafe-month': ['--from', '2026-09-01', '--to', '2026-10-15'],
  'baeckerei-de': ['--month', '2026-10'],
  'kafferosteri-sv': ['--month', '2026-09'],
  'mapped-till': ['--map', 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR'],
};
const SCENARIOS = readdirSync(join(ROOT, 'fixtures', 'scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'expected')
  .map((entry) => entry.name);

const FIELDS: [string, (f: SeriesFigures | Metrics) => number | null][] = [
  ['adSpend', (f) => f.cost.adSpend],
  ['time', (f) => f.cost.time],
  ['other', (f) => f.cost.other],
  ['cost', (f) => f.cost.total],
  ...(['impressions', 'reach', 'likes', 'follows', 'engagements', 'profileVisits', 'linkClicks', 'sessions'] as const).map(
    (name): [string, (f: SeriesFigures | Metrics) => number | null] => [name, (f) => f.vanity[name]],
  ),
  ...(['meta', 'ga4', 'google'] as const).flatMap((platform): [string, (f: SeriesFigures | Metrics) => number | null][] => [
    [`${platform} conversions`, (f) => f.claimed[platform].conversions],
    [`${platform} value`, (f) => f.claimed[platform].value],
  ]),
  ['orders', (f) => f.confirmed.orders],
  ['revenue', (f) => f.confirmed.revenue],
  ['refunds', (f) => f.confirmed.refunds],
];

function audit(name: string, by?: string): Report {
  const result = runCli(['audit', `fixtures/scenarios/${name}`, ...(PERIODS[name] ?? []), '--json', ...(by ? ['--by', by] : [])]);
  expect([0, 4]).toContain(result.status);
  return JSON.parse(result.stdout) as Report;
}

function expectSums(line: SeriesLine, metrics: Metrics, where: string): void {
  for (const [field, get] of FIELDS) {
    const total = get(metrics);
    const parts = [...line.buckets, ...(line.undivided ? [line.undivided] : [])].map(get);
    if (total === null) {
      expect(parts.every((part) => part === null), `${where} ${field}: unknown in the report, unknown in every bucket`).toBe(true);
      continue;
    }
    // In cents, so that float addition cannot hide or invent a difference.
    const sum = parts.reduce<number>((a, b) => a + Math.round((b ?? 0) * 100), 0);
    expect(sum, `${where} ${field}`).toBe(Math.round(total * 100));
  }
}

describe.each(SCENARIOS)('--by on %s', (name) => {
  it.each(['day', 'week', 'month'])('the %s buckets add up to the report', (by) => {
    const report = audit(name, by);
    const series = report.series!;
    expect(series.by).toBe(by);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // The buckets tile the period: the first starts on its first day, each the day after the one before.
    const buckets = series.totals.buckets;
    expect(buckets[0]!.from).toBe(report.period.from);
    expect(buckets[buckets.length - 1]!.to).toBe(report.period.to);
    for (let i = 1; i < buckets.length; i++) expect(Date.parse(buckets[i]!.from) - Date.parse(buckets[i - 1]!.to)).toBe(86_400_000);
    expectSums(series.totals, report.totals, 'totals');
    expect(series.channels.map((entry) => entry.channel)).toEqual(report.channels.map((entry) => entry.channel));
    series.channels.forEach((entry, index) => expectSums(entry, report.channels[index]!, entry.channel));
    expect(series.campaigns.map((entry) => entry.campaign)).toEqual(report.campaigns.map((entry) => entry.campaign));
    series.campaigns.forEach((entry, index) => expectSums(entry, report.campaigns[index]!, entry.campaign));
  });
});

describe('series', () => {
  it('is not in the JSON without --by', () => {
    expect(audit('cafe-week')).not.toHaveProperty('series');
  });

  it('cafe-week by week: the week of Monday 31 August is clipped to 1-6 September, Monday 7 September starts the next', () => {
    const report = audit('cafe-week', 'week');
    const [first, second] = report.series!.totals.buckets;
    expect([first!.from, first!.to, second!.from, second!.to]).toEqual(['2026-09-01', '2026-09-06', '2026-09-07', '2026-09-07']);
    // Other costs (config): a one-off 120.00 on 2026-09-03 and 15.00 a month, pro-rated as the
    // report does: 15 × 6/30 = 3.00 in the first week, 15 × 1/30 = 0.50 in the second.
    expect([first!.cost.other, second!.cost.other]).toEqual([123, 0.5]);
    // Time: (6 + 9) hours × 40.00 a month = 600.00 a month, 20.00 a day.
    expect([first!.cost.time, second!.cost.time]).toEqual([120, 20]);
  });

  it('range-and-daily (WORKED.md): the October whole-range export fits the October bucket, and stays undivided by week', () => {
    const byMonth = audit('range-and-daily', 'month').series!.totals;
    // October: the range's 120.15 + 45.50; November: Herbst 33.45 + Adventskalender 48.00, by day.
    expect(byMonth.buckets.map((bucket) => [bucket.from, bucket.to, bucket.cost.adSpend])).toEqual([
      ['2026-10-01', '2026-10-31', 165.65],
      ['2026-11-01', '2026-11-07', 81.45],
    ]);
    expect(byMonth.undivided).toBeNull();
    const byWeek = audit('range-and-daily', 'week').series!.totals;
    expect(byWeek.undivided?.cost.adSpend).toBe(165.65);
    // The week of 2 to 8 November, clipped: 1 November (Sunday) closes the week before.
    expect(byWeek.buckets.slice(-2).map((bucket) => [bucket.from, bucket.to, bucket.cost.adSpend])).toEqual([
      ['2026-10-26', '2026-11-01', 4.6 + 6],
      ['2026-11-02', '2026-11-07', 33.45 - 4.6 + 48 - 6],
    ]);
  });

  it('cafe-month by week: a week no ledger covers a day of is unknown (null), not 0; one partly covered is counted', () => {
    // PARTIAL_COVERAGE: the ledgers miss 2026-09-08 to 09-20, the analytics exports 09-08 to 10-15.
    const buckets = audit('cafe-month', 'week').series!.totals.buckets;
    const row = (index: number) => [buckets[index]!.from, buckets[index]!.confirmed.orders, buckets[index]!.confirmed.revenue, buckets[index]!.vanity.sessions, buckets[index]!.claimed.ga4.conversions];
    expect(row(1)).toEqual(['2026-09-07', 2, 78, 0, 0]); // 7 September is covered by both
    expect(row(2)).toEqual(['2026-09-14', null, null, null, null]);
    expect(row(3)).toEqual(['2026-09-21', 1, 53.5, null, null]);
    // Ad spend of that week is known all the same: 45.50 (an ad export leaves out days without delivery, it does not miss them).
    expect(buckets[2]!.cost.adSpend).toBe(45.5);
  });

  it('bistro-quarter by month: each month as fixtures/scenarios/expected/bistro-quarter.WORKED.md works it out', () => {
    const months = audit('bistro-quarter', 'month').series!.totals.buckets.map((bucket) => [
      bucket.from,
      bucket.confirmed.orders,
      bucket.confirmed.revenue,
      bucket.confirmed.refunds,
      bucket.cost.adSpend,
      bucket.cost.time,
      bucket.cost.other,
      bucket.cost.total,
    ]);
    // Time 2 h × 30.00 = 60.00 and Canva 15.00 a month, whole months; B-301 (2026-09-30T22:30Z) is 1 October in Berlin.
    expect(months).toEqual([
      ['2026-08-01', 3, 200, 0, 100, 60, 15, 175],
      ['2026-09-01', 4, 300, 0, 150, 60, 15, 225],
      ['2026-10-01', 5, 450, 20, 120, 60, 15, 195],
    ]);
  });

  it('buckets: ISO weeks from Monday to Sunday and calendar months, clipped to the period', () => {
    const days = (list: [number, number][]) => list.map(([a, b]) => `${formatDay(a)}..${formatDay(b)}`);
    expect(days(seriesBuckets(dayNumber(2026, 9, 1), dayNumber(2026, 9, 15), 'week'))).toEqual(['2026-09-01..2026-09-06', '2026-09-07..2026-09-13', '2026-09-14..2026-09-15']);
    expect(days(seriesBuckets(dayNumber(2026, 1, 20), dayNumber(2026, 3, 2), 'month'))).toEqual(['2026-01-20..2026-01-31', '2026-02-01..2026-02-28', '2026-03-01..2026-03-02']);
  });

  it('allocate: rounded parts that sum to the rounded total (largest remainder), null when unknown', () => {
    // Three thirds of 1.00: 33.33 cents each, one of them gets the cent left over.
    expect(allocate([100 / 3, 100 / 3, 100 / 3], 1, 100)).toEqual([0.34, 0.33, 0.33]);
    expect(allocate([0.4, 0.4, 0.4], 0.01, 100)).toEqual([0.01, 0, 0]);
    expect(allocate([1, 2], null, 1)).toBeNull();
    // A bucket where nothing was booked never takes a cent of rounding, even where its remainder is the largest.
    expect(allocate([0, 100.6, 100.6], 2.03, 100)).toEqual([0, 1.02, 1.01]);
  });
});

describe('--by in the other formats', () => {
  const week = ['audit', 'fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07', '--by', 'week'];

  it('CSV: a series row per bucket, the bucket named in a last column (ISO week)', () => {
    const lines = runCli([...week, '--format', 'csv']).stdout.trim().split('\n');
    expect(lines[0]!.endsWith(',line,code,reason,bucket')).toBe(true);
    const totals = lines.filter((line) => line.startsWith('series-total,'));
    // Ad spend, time, other, total cost, orders, revenue of each week (as in the JSON series).
    expect(totals.map((line) => [line.split(',').slice(2, 4), line.split(',').slice(8, 14), line.split(',').at(-1)])).toEqual([
      [['2026-09-01', '2026-09-06'], ['110.5', '120', '123', '353.5', '10', '284.5'], '2026-W36'],
      [['2026-09-07', '2026-09-07'], ['0', '20', '0.5', '20.5', '2', '78'], '2026-W37'],
    ]);
    expect(lines.filter((line) => line.startsWith('series-campaign,herbst-aktion-2026,')).length).toBe(2);
    // Without --by: no bucket column.
    expect(runCli(week.slice(0, -2).concat('--format', 'csv')).stdout.split('\n')[0]!.endsWith(',reason')).toBe(true);
  });

  it('terminal and Markdown: a table per line, in German with --lang de', () => {
    const markdown = runCli([...week, '--format', 'markdown']).stdout;
    expect(markdown).toContain('## By week: all channels');
    expect(markdown).toContain('| 2026-09-01 – 2026-09-06 | 110.50 | 353.50 | 10 | 284.50 |');
    expect(markdown).toContain('## By week: campaign “herbst-aktion-2026”');
    const german = runCli([...week, '--lang', 'de'], { COLUMNS: '200' }).stdout;
    expect(german).toContain('Nach Woche: alle Kanäle');
    expect(german).toMatch(/│ 01\.09\.2026 – 06\.09\.2026 │ +110,50 │ +353,50 │ +10 │ +284,50 │/);
  });
});
