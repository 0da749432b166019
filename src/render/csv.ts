// The report as one CSV table (RFC 4180, comma, LF line ends, UTF-8) for spreadsheets: a row for
// social media's headline (attributed), the blended totals, each channel, each campaign and, when compared, the previous period. Numbers are
// plain (110.5, -0.4666), unknown figures are empty cells. Spreadsheet-safe: a text cell that
// begins with = + - @ (or a tab or carriage return) is neutralized with a leading apostrophe, so
// that a campaign name cannot become a formula; numbers are never touched, negative ones included.
// Files that could not be read come first, one `unreadable` row each (file in `name`, and `line`,
// `code`, `reason`, the three last columns, which are empty on every other row).
import { escapeControls } from '../safe-text.js';
import type { Metrics, Report } from '../report.js';
import type { SeriesBy, SeriesFigures, SeriesLine } from '../series.js';
import { unreadableFiles } from './unreadable.js';

type Cell = string | number | null;

const COLUMNS = [
  'row',
  'name',
  'from',
  'to',
  'currency',
  'verdict',
  'channels',
  'names',
  'ad_spend',
  'time_cost',
  'other_cost',
  'total_cost',
  'orders',
  'revenue',
  'refunds',
  'roi',
  'roas',
  'cost_per_order',
  'impressions',
  'reach',
  'likes',
  'follows',
  'engagements',
  'profile_visits',
  'link_clicks',
  'sessions',
  'meta_conversions',
  'meta_value',
  'ga4_conversions',
  'ga4_value',
  // Added later, at the end so that existing columns keep their place: confirmed.awaitingPayment.
  'awaiting_orders',
  'awaiting_revenue',
  // Appended: Google Ads' own claims.
  'google_conversions',
  'google_value',
] as const;

/** Where and why a file could not be read; empty on the rows of figures. */
const PROBLEM_COLUMNS = ['line', 'code', 'reason'] as const;
const NO_PROBLEM: Cell[] = PROBLEM_COLUMNS.map(() => null);
/** With --by only, after every other column: the bucket of a `series-*` row (src/render/series-csv.ts). */
const SERIES_COLUMN = 'bucket';

export function renderCsv(report: Report): string {
  const { from, to } = report.period;
  const lines: string[] = [[...COLUMNS, ...PROBLEM_COLUMNS, ...(report.series ? [SERIES_COLUMN] : [])].join(',')];
  const noBucket = report.series ? ',' : '';
  for (const file of unreadableFiles(report)) {
    lines.push([...['unreadable', file.file], ...COLUMNS.slice(2).map(() => null), file.line ?? null, file.code!, file.reason].map(csvCell).join(',') + noBucket);
  }
  const push = (kind: string, name: string, period: { from: string; to: string }, metrics: Metrics, extra: { verdict?: string; channels?: string[]; names?: string[] } = {}) => {
    lines.push(
      [
        kind,
        name,
        period.from,
        period.to,
        report.currency,
        extra.verdict ?? null,
        extra.channels?.join(' ') ?? null,
        extra.names?.join('; ') ?? null,
        ...metricCells(metrics),
        ...NO_PROBLEM,
      ]
        .map(csvCell)
        .join(',') + noBucket,
    );
  };
  const credited = report.totals.attributed;
  if (credited) push('attributed', 'Social media', { from, to }, headlineMetrics(report.totals));
  push('total', credited ? 'All sales (blended)' : 'All', { from, to }, report.totals);
  for (const channel of report.channels) push('channel', channel.channel, { from, to }, channel);
  for (const campaign of report.campaigns) {
    push('campaign', campaign.campaign, { from, to }, campaign, { verdict: campaign.verdict, channels: campaign.channels, names: campaign.names });
  }
  if (report.previous) push('previous', 'All', report.previous.period, report.previous.totals);
  for (const row of seriesRows(report)) lines.push([...row.head, ...metricCells(row.metrics), ...NO_PROBLEM, row.bucket].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

/** The headline row: what social media is credited with, against the whole cost; no attention figures. */
function headlineMetrics(totals: Metrics): Metrics {
  const credited = totals.attributed!;
  const none = { conversions: null, value: null };
  return {
    vanity: { impressions: null, reach: null, likes: null, follows: null, engagements: null, profileVisits: null, linkClicks: null, sessions: null },
    claimed: { meta: none, ga4: none, google: none },
    confirmed: { orders: credited.orders, revenue: credited.revenue, refunds: null, awaitingPayment: null },
    cost: totals.cost,
    roi: credited.roi,
    roas: credited.roas,
    costPerOrder: credited.costPerOrder,
  };
}

/**
 * --by: a row per bucket of the totals, each channel and each campaign (`series-total`,
 * `series-channel`, `series-campaign`), from and to the bucket's days, `bucket` its name
 * (2026-09-01, 2026-W36, 2026-09, or `undivided` for the date-range rows, over the period);
 * ROI, ROAS and cost per order empty (not additive).
 */
function seriesRows(report: Report): { head: Cell[]; metrics: Metrics; bucket: string }[] {
  const series = report.series;
  if (!series) return [];
  const rows: ReturnType<typeof seriesRows> = [];
  const line = (kind: string, name: string, entry: SeriesLine) => {
    const head = (from: string, to: string): Cell[] => [kind, name, from, to, report.currency, null, null, null];
    for (const bucket of entry.buckets) rows.push({ head: head(bucket.from, bucket.to), metrics: asMetrics(bucket), bucket: bucketName(bucket.from, series.by) });
    if (entry.undivided) rows.push({ head: head(report.period.from, report.period.to), metrics: asMetrics(entry.undivided), bucket: 'undivided' });
  };
  line('series-total', 'All', series.totals);
  for (const entry of series.channels) line('series-channel', entry.channel, entry);
  for (const entry of series.campaigns) line('series-campaign', entry.campaign, entry);
  return rows;
}

function asMetrics(figures: SeriesFigures): Metrics {
  return { ...figures, confirmed: { ...figures.confirmed, awaitingPayment: null }, roi: null, roas: null, costPerOrder: null };
}

/** A day as it is, a week as its ISO week (2026-W36, the year of its Thursday), a month as 2026-09. */
export function bucketName(from: string, by: SeriesBy): string {
  if (by === 'day') return from;
  if (by === 'month') return from.slice(0, 7);
  const day = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  const thursday = day - ((day + 3) % 7) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / 86_400_000) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function metricCells(metrics: Metrics): Cell[] {
  const { vanity, claimed, confirmed, cost } = metrics;
  return [
    cost.adSpend,
    cost.time,
    cost.other,
    cost.total,
    confirmed.orders,
    confirmed.revenue,
    confirmed.refunds,
    metrics.roi,
    metrics.roas,
    metrics.costPerOrder,
    vanity.impressions,
    vanity.reach,
    vanity.likes,
    vanity.follows,
    vanity.engagements,
    vanity.profileVisits,
    vanity.linkClicks,
    vanity.sessions,
    claimed.meta.conversions,
    claimed.meta.value,
    claimed.ga4.conversions,
    claimed.ga4.value,
    confirmed.awaitingPayment?.orders ?? null,
    confirmed.awaitingPayment?.revenue ?? null,
    claimed.google.conversions,
    claimed.google.value,
  ];
}

/** One cell: numbers as they are, text neutralized against formulas, then quoted where needed. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralize(escapeControls(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Prefixes an apostrophe to text a spreadsheet would read as a formula (OWASP "CSV injection"). */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
