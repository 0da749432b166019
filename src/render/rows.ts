// The money and attention tables, shared by the terminal and Markdown reports so the two always
// show the same figures in the same order. Columns are listed most important first: on a narrow
// terminal the later ones move to a second table (a group, such as the cost breakdown, moves whole).
import type { Metrics, Report } from '../report.js';
import type { CellValue, TableColumn } from './document.js';
import { formatCount, formatMoney, orDash } from './format.js';

export type Row = { label: string } & Metrics;

/** The totals, then each channel. */
export function metricRows(report: Report, totalLabel = 'All'): Row[] {
  return [{ label: totalLabel, ...report.totals }, ...report.channels.map((channel) => ({ ...channel, label: channel.channel }))];
}

// --- The headline (h7): what social media returned, then the blended figure, labelled. ---
export const HEADLINE_TITLE = 'Social media: what it returned';
export const HEADLINE_COLUMNS: TableColumn[] = [{ head: '' }, { head: 'Orders' }, { head: 'Revenue' }, { head: 'Cost' }, { head: 'ROI' }, { head: 'ROAS' }, { head: 'Cost per order' }];

/** "Social media" (totals.attributed against the whole cost), then "All sales (blended)". */
export function headlineCells(report: Report): CellValue[][] {
  const { money, count, ratio, percent } = orDash;
  const totals = report.totals;
  const credited = totals.attributed;
  const row = (label: string, orders: number | null, revenue: number | null, roi: number | null, roas: number | null, perOrder: number | null): CellValue[] => [
    label,
    count(orders),
    money(revenue),
    money(totals.cost.total),
    toned(percent(roi), roi),
    ratio(roas),
    money(perOrder),
  ];
  return [
    row('Social media', credited?.orders ?? null, credited?.revenue ?? null, credited?.roi ?? null, credited?.roas ?? null, credited?.costPerOrder ?? null),
    row('All sales (blended)', totals.confirmed.orders, totals.confirmed.revenue, totals.roi, totals.roas, totals.costPerOrder),
  ];
}

/** One line under the headline: what the blended row adds, or why the headline is unknown. */
export function headlineNote(report: Report): string {
  const other = report.totals.attributed?.notCredited;
  if (!other || other.orders === null || other.revenue === null) {
    return 'Social media: unknown, no sales ledger covers the period (see the warnings); unknown is not zero.';
  }
  if (other.orders === 0) return 'All sales (blended): every order of the ledgers; each of them came through a campaign or a social channel.';
  const orders = `${formatCount(other.orders)} order${other.orders === 1 ? '' : 's'} worth ${formatMoney(other.revenue)} ${report.currency}`;
  return `All sales (blended): every order of the ledgers, also the ${orders} that no campaign or social channel brought; not what social media returned.`;
}

export const MONEY_COLUMNS: TableColumn[] = [
  { head: '' },
  { head: 'Orders' },
  { head: 'Revenue' },
  { head: 'Cost' },
  { head: 'ROI' },
  { head: 'ROAS' },
  { head: 'Cost per order' },
  { head: 'Ad spend', group: 'cost' },
  { head: 'Your time', group: 'cost' },
  { head: 'Other costs', group: 'cost' },
];

/** One cell per MONEY_COLUMNS entry. */
export function moneyCells(row: Row): CellValue[] {
  const { money, count, ratio, percent } = orDash;
  return [
    row.label,
    count(row.confirmed.orders),
    money(row.confirmed.revenue),
    money(row.cost.total),
    toned(percent(row.roi), row.roi),
    ratio(row.roas),
    money(row.costPerOrder),
    money(row.cost.adSpend),
    money(row.cost.time),
    money(row.cost.other),
  ];
}

export const VANITY_COLUMNS: TableColumn[] = [
  { head: '' },
  { head: 'Impressions' },
  { head: 'Reach*' },
  { head: 'Likes' },
  { head: 'Follows' },
  { head: 'Engagements' },
  { head: 'Visits' },
  { head: 'Link clicks' },
  { head: 'Sessions' },
];

/** One cell per VANITY_COLUMNS entry. */
export function vanityCells(row: Row): CellValue[] {
  const { count } = orDash;
  const vanity = row.vanity;
  return [row.label, count(vanity.impressions), count(vanity.reach), count(vanity.likes), count(vanity.follows), count(vanity.engagements), count(vanity.profileVisits), count(vanity.linkClicks), count(vanity.sessions)];
}

/** A figure green when at least 0, red below (in the terminal). */
export function toned(text: string, value: number | null): CellValue {
  if (value === null) return text;
  return { text, tone: value >= 0 ? 'good' : 'bad' };
}

/** True when some input carries Google Ads' claimed conversions or value (the campaign tables then show them). */
export function hasGoogleClaims(report: Pick<Report, 'totals'>): boolean {
  return report.totals.claimed.google.conversions !== null || report.totals.claimed.google.value !== null;
}
