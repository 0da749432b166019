// The cells of the money and attention tables, shared by the terminal and Markdown reports so the
// two always show the same figures in the same order; each renderer adds only its own headers and style.
import type { Metrics, Report } from '../report.js';
import { formatCount, formatMoney, orDash } from './format.js';

export type Row = { label: string } & Metrics;

/** The totals, then each channel. */
export function metricRows(report: Report, totalLabel = 'All'): Row[] {
  return [{ label: totalLabel, ...report.totals }, ...report.channels.map((channel) => ({ ...channel, label: channel.channel }))];
}

// --- The headline (h7): what social media returned, then the blended figure, labelled. ---
export const HEADLINE_TITLE = 'Social media: what it returned';
export const HEADLINE_HEAD = ['', 'Cost', 'Orders', 'Revenue', 'ROI', 'ROAS', 'Per order'];

/** "Social media" (totals.attributed against the whole cost), then "All sales (blended)". */
export function headlineCells(report: Report, showRoi: (text: string, roi: number | null) => string = (text) => text): string[][] {
  const { money, count, ratio, percent } = orDash;
  const totals = report.totals;
  const credited = totals.attributed;
  const row = (label: string, orders: number | null, revenue: number | null, roi: number | null, roas: number | null, perOrder: number | null) => [
    label,
    money(totals.cost.total),
    count(orders),
    money(revenue),
    showRoi(percent(roi), roi),
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
