// What the terminal and Markdown reports say about orders awaiting payment (confirmed.awaitingPayment) and
// about the orders left out: the same sentences in both, so the two never disagree. Computes nothing.
import type { Report } from '../report.js';
import { formatCount, formatMoney } from './format.js';

/**
 * One sentence on what is still outstanding, then where it is (channels, campaigns); nothing when no order
 * awaits payment.
 */
export function awaitingLines(report: Report): string[] {
  const awaiting = report.totals.confirmed.awaitingPayment;
  if (awaiting === null || awaiting.orders === 0) return [];
  const one = awaiting.orders === 1;
  const lines = [
    `${ordersWorth(awaiting.orders, awaiting.revenue, report.currency)} ${one ? 'is' : 'are'} still awaiting payment (cash on delivery, invoice, bank transfer); ${one ? 'it counts as a sale' : 'they count as sales'}. --paid-only leaves ${one ? 'it' : 'them'} out.`,
  ];
  const where = (entries: { name: string; awaiting: { orders: number; revenue: number } | null }[]) =>
    entries
      .filter((entry) => entry.awaiting !== null && entry.awaiting.orders > 0)
      .map((entry) => `${entry.name} ${formatCount(entry.awaiting!.orders)} (${formatMoney(entry.awaiting!.revenue)})`);
  const channels = where(report.channels.map((channel) => ({ name: channel.channel, awaiting: channel.confirmed.awaitingPayment })));
  const campaigns = where(report.campaigns.map((campaign) => ({ name: campaign.campaign, awaiting: campaign.confirmed.awaitingPayment })));
  const parts = [channels.length ? `by channel: ${channels.join(', ')}` : '', campaigns.length ? `by campaign: ${campaigns.join(', ')}` : ''].filter(Boolean);
  if (parts.length) lines.push(`Awaiting payment ${parts.join('; ')}.`);
  return lines;
}

/** "Orders left out: 2 cancelled, 1 unfinished …." or null when none was left out. */
export function leftOutLine(report: Report): string | null {
  const excluded = report.exclusions;
  const parts = [
    excluded.cancelledOrders && `${excluded.cancelledOrders} cancelled`,
    excluded.failedOrders && `${excluded.failedOrders} failed or voided`,
    excluded.pendingOrders && `${excluded.pendingOrders} unfinished (checkout or payment never completed)`,
    excluded.awaitingPaymentOrders && `${excluded.awaitingPaymentOrders} awaiting payment (only paid orders count)`,
  ].filter(Boolean);
  return parts.length ? `Orders left out: ${parts.join(', ')}.` : null;
}

function ordersWorth(orders: number, revenue: number, currency: string): string {
  return `${formatCount(orders)} order${orders === 1 ? '' : 's'} (${formatMoney(revenue)} ${currency})`;
}
