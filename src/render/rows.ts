// The money and attention tables, shared by the terminal and Markdown reports so the two always
// show the same figures in the same order. Columns are listed most important first: on a narrow
// terminal the later ones move to a second table (a group, such as the cost breakdown, moves whole).
import type { Metrics, Report } from '../report.js';
import type { CellValue, TableColumn } from './document.js';
import { orDash } from './format.js';

export type Row = { label: string } & Metrics;

/** The totals, then each channel. */
export function metricRows(report: Report): Row[] {
  return [{ label: 'All', ...report.totals }, ...report.channels.map((channel) => ({ ...channel, label: channel.channel }))];
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
