// The cells of the money and attention tables, shared by the terminal and Markdown reports so the
// two always show the same figures in the same order; each renderer adds only its own headers and style.
import type { Metrics, Report } from '../report.js';
import { orDash } from './format.js';

export type Row = { label: string } & Metrics;

/** The totals, then each channel. */
export function metricRows(report: Report): Row[] {
  return [{ label: 'All', ...report.totals }, ...report.channels.map((channel) => ({ ...channel, label: channel.channel }))];
}

/** Label, ad spend, time, other, cost, orders, revenue, ROI, ROAS, cost per order. */
export function moneyCells(row: Row, showRoi: (text: string, roi: number | null) => string = (text) => text): string[] {
  const { money, count, ratio, percent } = orDash;
  return [
    row.label,
    money(row.cost.adSpend),
    money(row.cost.time),
    money(row.cost.other),
    money(row.cost.total),
    count(row.confirmed.orders),
    money(row.confirmed.revenue),
    showRoi(percent(row.roi), row.roi),
    ratio(row.roas),
    money(row.costPerOrder),
  ];
}

/** Label, impressions, reach, likes, follows, engagements, profile visits, link clicks, sessions. */
export function vanityCells(row: Row): string[] {
  const { count } = orDash;
  const vanity = row.vanity;
  return [row.label, count(vanity.impressions), count(vanity.reach), count(vanity.likes), count(vanity.follows), count(vanity.engagements), count(vanity.profileVisits), count(vanity.linkClicks), count(vanity.sessions)];
}

/** True when some input carries Google Ads' claimed conversions or value (the campaign tables then show them). */
export function hasGoogleClaims(report: Pick<Report, 'totals'>): boolean {
  return report.totals.claimed.google.conversions !== null || report.totals.claimed.google.value !== null;
}
