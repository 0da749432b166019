// Stage 5: pure arithmetic. Sums become the Metrics block of the contract: vanity, what platforms
// claim, what the ledger confirms, cost, ROI, ROAS and cost per order.
import { M, METRIC_COUNT, type Channel } from './model/records.js';
import { dayNumber, formatDay } from './read/dates.js';
import type { Attributed, Metrics, Verdict } from './report.js';

export function roundMoney(value: number): number {
  return roundTo(value, 2);
}

export function roundRatio(value: number): number {
  return roundTo(value, 4);
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return rounded === 0 ? 0 : rounded; // no -0 in the JSON
}

export interface OtherCosts {
  time: number;
  other: number;
}

/**
 * Builds one Metrics block. `carried` says which metrics any input file carries: a metric no file
 * carries is null ("we don't know"), not 0.
 */
export function buildMetrics(sums: Float64Array, carried: Uint8Array, costs: OtherCosts, margin: number): Metrics {
  const count = (slot: number) => (carried[slot] ? Math.round(sums[slot]!) : null);
  const money = (slot: number) => (carried[slot] ? roundMoney(sums[slot]!) : null);
  const hasLedger = carried[M.orders] === 1;
  const adSpend = money(M.adSpend);
  // The total is the sum of the rounded parts the report shows, so it always adds up on paper.
  const total = roundMoney((adSpend ?? 0) + roundMoney(costs.time) + roundMoney(costs.other));
  // With no ad export and no configured cost, the cost is unknown: no ROI, no cost per order.
  const costKnown = adSpend !== null || costs.time + costs.other > 0;
  const revenue = hasLedger ? sums[M.revenue]! : null;
  const orders = hasLedger ? Math.round(sums[M.orders]!) : null;
  return {
    vanity: {
      impressions: count(M.impressions),
      reach: count(M.reach),
      likes: count(M.likes),
      follows: count(M.follows),
      engagements: count(M.engagements),
      profileVisits: count(M.profileVisits),
      linkClicks: count(M.linkClicks),
      sessions: count(M.sessions),
    },
    claimed: {
      meta: { conversions: count(M.metaConversions), value: money(M.metaValue) },
      ga4: { conversions: count(M.ga4Conversions), value: money(M.ga4Value) },
      google: { conversions: count(M.googleConversions), value: money(M.googleValue) },
    },
    confirmed: {
      orders,
      revenue: hasLedger ? roundMoney(revenue!) : null,
      refunds: money(M.refunds),
      // Null unless a ledger states payment status (a shop export's financial status, a status column).
      awaitingPayment: hasLedger && carried[M.awaitingOrders] ? { orders: Math.round(sums[M.awaitingOrders]!), revenue: roundMoney(sums[M.awaitingRevenue]!) } : null,
    },
    cost: { adSpend, time: roundMoney(costs.time), other: roundMoney(costs.other), total: roundMoney(total) },
    roi: revenue !== null && total > 0 ? roundRatio((revenue * margin - total) / total) : null,
    roas: revenue !== null && adSpend !== null && adSpend > 0 ? roundRatio(revenue / adSpend) : null,
    costPerOrder: costKnown && orders !== null && orders > 0 ? roundMoney(total / orders) : null,
  };
}

/**
 * The headline: the credited orders' revenue (`sums`, the groups a campaign or a social channel
 * can be credited with) against the whole cost of `totals`. Null where no ledger covers the period.
 */
export function attributedMetrics(sums: Float64Array, hasLedger: boolean, totals: Metrics, margin: number): Attributed {
  if (!hasLedger) return { orders: null, revenue: null, roi: null, roas: null, costPerOrder: null, notCredited: { orders: null, revenue: null } };
  const revenue = sums[M.revenue]!;
  const orders = Math.round(sums[M.orders]!);
  const { adSpend, total } = totals.cost;
  const costKnown = adSpend !== null || total > 0;
  return {
    orders,
    revenue: roundMoney(revenue),
    roi: total > 0 ? roundRatio((revenue * margin - total) / total) : null,
    roas: adSpend !== null && adSpend > 0 ? roundRatio(revenue / adSpend) : null,
    costPerOrder: costKnown && orders > 0 ? roundMoney(total / orders) : null,
    notCredited: {
      orders: (totals.confirmed.orders ?? 0) - orders,
      revenue: roundMoney((totals.confirmed.revenue ?? 0) - roundMoney(revenue)),
    },
  };
}

export function verdictOf(metrics: Metrics): Verdict {
  const orders = metrics.confirmed.orders ?? 0;
  if (metrics.cost.total <= 0) return orders > 0 ? 'no-cost' : 'vanity-only';
  if (orders === 0) return 'vanity-only';
  return (metrics.roi ?? -1) >= 0 ? 'profitable' : 'loss-making';
}

export function addInto(target: Float64Array, source: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i]!;
}

export function emptySums(): Float64Array {
  return new Float64Array(METRIC_COUNT + 1);
}

/**
 * How much of each month a period covers: a period of 1 September to 15 October counts September
 * fully and October as 15/31 (config.md). Returns the sum of those fractions.
 */
export function monthsInPeriod(from: number, to: number): number {
  let months = 0;
  let day = from;
  while (day <= to) {
    const date = formatDay(day);
    const year = +date.slice(0, 4);
    const month = +date.slice(5, 7);
    const monthStart = dayNumber(year, month, 1);
    const nextMonth = dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
    const lastCovered = Math.min(to, nextMonth - 1);
    months += (lastCovered - day + 1) / (nextMonth - monthStart);
    day = nextMonth;
  }
  return months;
}

export interface CostConfig {
  time?: { hourlyRate: number; hoursPerMonth: Partial<Record<Channel, number>> };
  costs?: { name: string; amount: number; per?: 'month'; date?: string; channel?: Channel; campaign?: string }[];
}

export interface CostBook {
  total: OtherCosts;
  byChannel: Map<Channel, OtherCosts>;
  byCampaign: Map<string, OtherCosts>;
}

/** Time and other costs of the period, booked in the totals and, where named, on a channel or campaign. */
export function bookCosts(config: CostConfig, from: number, to: number, keyOf: (campaign: string) => string): CostBook {
  const months = monthsInPeriod(from, to);
  const book: CostBook = { total: { time: 0, other: 0 }, byChannel: new Map(), byCampaign: new Map() };
  const bookOn = <K>(map: Map<K, OtherCosts>, key: K, kind: keyof OtherCosts, amount: number) => {
    const entry = map.get(key) ?? { time: 0, other: 0 };
    entry[kind] += amount;
    map.set(key, entry);
  };
  if (config.time) {
    for (const [channel, hours] of Object.entries(config.time.hoursPerMonth) as [Channel, number][]) {
      const amount = hours * config.time.hourlyRate * months;
      book.total.time += amount;
      bookOn(book.byChannel, channel, 'time', amount);
    }
  }
  for (const cost of config.costs ?? []) {
    let amount = 0;
    if (cost.per === 'month') amount = cost.amount * months;
    else if (cost.date && cost.date >= formatDay(from) && cost.date <= formatDay(to)) amount = cost.amount;
    if (amount === 0) continue;
    book.total.other += amount;
    if (cost.channel) bookOn(book.byChannel, cost.channel, 'other', amount);
    if (cost.campaign) bookOn(book.byCampaign, keyOf(cost.campaign), 'other', amount);
  }
  return book;
}
