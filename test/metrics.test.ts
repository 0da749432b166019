// Stage 5: the Metrics block, worked out by hand (report-json.md "Meaning of each figure", config.md).
import { describe, expect, it } from 'vitest';
import { campaignKey } from '../src/join/campaign-key.js';
import { bookCosts, buildMetrics, emptySums, monthsInPeriod, roundMoney, roundRatio, verdictOf, type CostConfig } from '../src/metrics.js';
import { M, METRIC_COUNT, type MetricName } from '../src/model/records.js';
import { dayNumber } from '../src/read/dates.js';

function inputs(values: Partial<Record<MetricName, number>>): { sums: Float64Array; carried: Uint8Array } {
  const sums = emptySums();
  const carried = new Uint8Array(METRIC_COUNT);
  for (const [name, value] of Object.entries(values)) {
    sums[M[name as MetricName]] = value;
    carried[M[name as MetricName]] = 1;
  }
  return { sums, carried };
}

function metrics(values: Partial<Record<MetricName, number>>, time = 0, other = 0, margin = 1) {
  const { sums, carried } = inputs(values);
  return buildMetrics(sums, carried, { time, other }, margin);
}

describe('rounding', () => {
  it('money to 2 places, half away from zero despite binary floats', () => {
    expect(roundMoney(1.005)).toBe(1.01); // 1.005 * 100 is 100.49999999999999 in binary
    expect(roundMoney(2.675)).toBe(2.68);
    expect(roundMoney(-2.675)).toBe(-2.68);
    expect(roundMoney(412.345)).toBe(412.35);
    expect(roundMoney(1234.564)).toBe(1234.56);
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
  });

  it('ratios to 4 places', () => {
    expect(roundRatio(1000 / 300)).toBe(3.3333);
    expect(roundRatio(2 / 3)).toBe(0.6667);
    expect(roundRatio(0.33335)).toBe(0.3334);
    expect(roundRatio(-0.123456)).toBe(-0.1235);
  });

  it('never gives -0', () => {
    for (const value of [roundMoney(-0.004), roundMoney(-0), roundRatio(-0.00004), roundRatio(-0)]) {
      expect(Object.is(value, 0), String(value)).toBe(true);
    }
  });
});

describe('buildMetrics', () => {
  it('works out ROI, ROAS and cost per order by hand (margin 0.62)', () => {
    const result = metrics(
      {
        impressions: 20_000,
        reach: 15_000.4,
        likes: 0,
        linkClicks: 412,
        metaConversions: 9,
        metaValue: 412.345,
        orders: 7,
        revenue: 1000,
        refunds: 29.9,
        adSpend: 300,
      },
      150,
      50,
      0.62,
    );
    expect(result).toEqual({
      vanity: {
        impressions: 20_000,
        reach: 15_000, // counts are integers
        likes: 0, // carried and zero: zero, not null
        follows: null, // no file carries it: null
        engagements: null,
        profileVisits: null,
        linkClicks: 412,
        sessions: null,
      },
      claimed: { meta: { conversions: 9, value: 412.35 }, ga4: { conversions: null, value: null }, google: { conversions: null, value: null } },
      confirmed: { orders: 7, revenue: 1000, refunds: 29.9, awaitingPayment: null }, // no ledger states payment status
      // total = 300 ad spend + 150 time + 50 other
      cost: { adSpend: 300, time: 150, other: 50, total: 500 },
      roi: 0.24, // (1000 x 0.62 - 500) / 500 = 120 / 500
      roas: 3.3333, // 1000 / 300
      costPerOrder: 71.43, // 500 / 7 = 71.428...
    });
    // Claims are never added to the confirmed figures.
    expect(result.confirmed.revenue).toBe(1000);
  });

  it('ROI on revenue (margin 1) and a loss', () => {
    const result = metrics({ orders: 4, revenue: 150, adSpend: 120.5 }, 79.5, 0, 1);
    expect(result.cost).toEqual({ adSpend: 120.5, time: 79.5, other: 0, total: 200 });
    expect(result.roi).toBe(-0.25); // (150 - 200) / 200
    expect(result.roas).toBe(1.2448); // 150 / 120.5 = 1.24481...
    expect(result.costPerOrder).toBe(50);
  });

  it('a metric that no file carries is null; without a ledger nothing is confirmed', () => {
    const result = metrics({ impressions: 1480, reach: 1322, adSpend: 9.5 });
    expect(result.vanity).toEqual({
      impressions: 1480,
      reach: 1322,
      likes: null,
      follows: null,
      engagements: null,
      profileVisits: null,
      linkClicks: null,
      sessions: null,
    });
    expect(result.confirmed).toEqual({ orders: null, revenue: null, refunds: null, awaitingPayment: null });
    expect(result.claimed).toEqual({ meta: { conversions: null, value: null }, ga4: { conversions: null, value: null }, google: { conversions: null, value: null } });
    expect(result.cost).toEqual({ adSpend: 9.5, time: 0, other: 0, total: 9.5 });
    expect([result.roi, result.roas, result.costPerOrder]).toEqual([null, null, null]);
  });

  it("Google Ads' claims are their own block: counts rounded, value in cents, never confirmed", () => {
    // 30.4 conversions (Google's fractional attribution) round to 30; 1657.804 to 1657.80.
    const result = metrics({ googleConversions: 30.4, googleValue: 1657.804, adSpend: 523.09, orders: 3, revenue: 204.4 });
    expect(result.claimed.google).toEqual({ conversions: 30, value: 1657.8 });
    expect(result.claimed.meta).toEqual({ conversions: null, value: null });
    expect(result.confirmed).toEqual({ orders: 3, revenue: 204.4, refunds: null, awaitingPayment: null });
    expect(result.roas).toBe(0.3908); // 204.4 / 523.09 = 0.39075…
  });

  it('a ledger with no cost known: revenue yes, ROI and cost per order unknown', () => {
    const result = metrics({ orders: 3, revenue: 149.6 });
    expect(result.confirmed).toEqual({ orders: 3, revenue: 149.6, refunds: null, awaitingPayment: null });
    expect(result.cost).toEqual({ adSpend: null, time: 0, other: 0, total: 0 });
    expect([result.roi, result.roas, result.costPerOrder]).toEqual([null, null, null]);
  });

  it('zero ad spend is known and zero: ROAS has no denominator, cost per order needs orders', () => {
    const result = metrics({ adSpend: 0, orders: 0, revenue: 0 });
    expect(result.cost.adSpend).toBe(0);
    expect(result.confirmed).toEqual({ orders: 0, revenue: 0, refunds: null, awaitingPayment: null });
    expect([result.roi, result.roas, result.costPerOrder]).toEqual([null, null, null]);
    const withOrders = metrics({ adSpend: 0, orders: 2, revenue: 80 }, 0, 30);
    expect(withOrders.roas).toBeNull();
    expect(withOrders.roi).toBe(1.6667); // (80 - 30) / 30
    expect(withOrders.costPerOrder).toBe(15);
  });

  it('awaiting payment: the part of orders and revenue not paid yet, where a ledger states payment status', () => {
    // 5 orders worth 412.30, of which 3 (cash on delivery) worth 299.995 are still awaiting payment.
    const result = metrics({ orders: 5, revenue: 412.3, awaitingOrders: 3, awaitingRevenue: 299.995 });
    expect(result.confirmed).toEqual({ orders: 5, revenue: 412.3, refunds: null, awaitingPayment: { orders: 3, revenue: 300 } });
    // Stated and zero: known to be nothing outstanding.
    expect(metrics({ orders: 2, revenue: 50, awaitingOrders: 0, awaitingRevenue: 0 }).confirmed.awaitingPayment).toEqual({ orders: 0, revenue: 0 });
    // Without a ledger there is no order, so nothing awaits payment either.
    expect(metrics({ awaitingOrders: 0, awaitingRevenue: 0, adSpend: 5 }).confirmed.awaitingPayment).toBeNull();
  });

  it('rounds money to 2 places and ratios to 4, with no -0', () => {
    const result = metrics({ orders: 3, revenue: 100.004999, refunds: 0.004, adSpend: 33.333333 }, 0.001, 0.002);
    expect(result.confirmed.revenue).toBe(100);
    expect(Object.is(result.confirmed.refunds, 0)).toBe(true);
    // Total is the sum of the rounded parts shown: 33.33 + 0.00 + 0.00 = 33.33.
    expect(result.cost).toEqual({ adSpend: 33.33, time: 0, other: 0, total: 33.33 });
    expect(result.roas).toBe(3.0005); // 100.004999 / 33.33 = 3.000450...
    expect(result.roi).toBe(2.0005); // (100.004999 - 33.33) / 33.33 = 2.000450...
    expect(result.costPerOrder).toBe(11.11); // 33.33 / 3
    // A hair below break-even rounds to 0, not to -0.
    const even = metrics({ orders: 1, revenue: 49.999999 }, 50);
    expect(Object.is(even.roi, 0)).toBe(true);
  });
});

describe('verdictOf', () => {
  it('profitable: ROI of 0 or more', () => {
    expect(verdictOf(metrics({ orders: 7, revenue: 1000, adSpend: 300 }, 150, 50, 0.62))).toBe('profitable');
    expect(verdictOf(metrics({ orders: 2, revenue: 500, adSpend: 500 }))).toBe('profitable'); // ROI exactly 0
  });

  it('loss-making: ROI below 0 with confirmed orders', () => {
    expect(verdictOf(metrics({ orders: 4, revenue: 150, adSpend: 120.5 }, 79.5))).toBe('loss-making');
    // Revenue above cost, but not the profit: margin 0.62 of 1000 is below 700.
    expect(verdictOf(metrics({ orders: 10, revenue: 1000, adSpend: 700 }, 0, 0, 0.62))).toBe('loss-making');
  });

  it('vanity-only: cost or attention but no confirmed orders', () => {
    expect(verdictOf(metrics({ adSpend: 90, impressions: 12_000, orders: 0, revenue: 0 }))).toBe('vanity-only');
    expect(verdictOf(metrics({ adSpend: 90, impressions: 12_000 }))).toBe('vanity-only'); // no ledger at all
    expect(verdictOf(metrics({ impressions: 12_000, likes: 40 }))).toBe('vanity-only'); // attention, no cost
  });

  it('no-cost: confirmed orders and no known cost', () => {
    expect(verdictOf(metrics({ orders: 3, revenue: 149.6 }))).toBe('no-cost');
    expect(verdictOf(metrics({ orders: 3, revenue: 149.6, adSpend: 0 }))).toBe('no-cost');
  });
});

describe('monthsInPeriod', () => {
  const d = dayNumber;

  it('1 September to 15 October is one month and 15/31', () => {
    expect(monthsInPeriod(d(2026, 9, 1), d(2026, 10, 15))).toBeCloseTo(1 + 15 / 31, 12);
  });

  it('February of a leap year has 29 days', () => {
    expect(monthsInPeriod(d(2028, 2, 1), d(2028, 2, 29))).toBeCloseTo(1, 12);
    expect(monthsInPeriod(d(2028, 2, 1), d(2028, 2, 15))).toBeCloseTo(15 / 29, 12);
    expect(monthsInPeriod(d(2026, 2, 1), d(2026, 2, 14))).toBeCloseTo(0.5, 12); // 14 of 28
    expect(monthsInPeriod(d(2028, 2, 20), d(2028, 3, 10))).toBeCloseTo(10 / 29 + 10 / 31, 12);
  });

  it('one day is one day of its month', () => {
    expect(monthsInPeriod(d(2026, 9, 10), d(2026, 9, 10))).toBeCloseTo(1 / 30, 12);
    expect(monthsInPeriod(d(2026, 10, 31), d(2026, 10, 31))).toBeCloseTo(1 / 31, 12);
  });

  it('spans years, and is 0 for an empty period', () => {
    expect(monthsInPeriod(d(2026, 12, 17), d(2027, 1, 15))).toBeCloseTo(30 / 31, 12);
    expect(monthsInPeriod(d(2026, 1, 1), d(2026, 12, 31))).toBeCloseTo(12, 12);
    expect(monthsInPeriod(d(2026, 9, 2), d(2026, 9, 1))).toBe(0);
  });
});

describe('bookCosts', () => {
  const config: CostConfig = {
    time: { hourlyRate: 45, hoursPerMonth: { facebook: 6, instagram: 10 } },
    costs: [
      { name: 'Canva Pro', amount: 12.99, per: 'month', channel: 'instagram' },
      { name: 'Fotoshooting', amount: 300, date: '2026-09-05', campaign: 'Herbst Aktion 2026' },
      { name: 'Flyer', amount: 80, date: '2026-10-15', channel: 'facebook' }, // last day of the period: inside
      { name: 'Agentur', amount: 500, date: '2026-10-16' }, // a day after: outside
      { name: 'Altlast', amount: 100, date: '2026-08-31', campaign: 'Sommer Sale' }, // a day before: outside
      { name: 'Hosting', amount: 20, per: 'month' }, // totals only
    ],
  };

  it('pro-rates hours and monthly costs over 1 September to 15 October (46/31 months)', () => {
    const book = bookCosts(config, dayNumber(2026, 9, 1), dayNumber(2026, 10, 15), campaignKey);
    const months = 46 / 31;
    // Time: facebook 6 h x 45 = 270 a month, instagram 10 h x 45 = 450 a month.
    expect(book.total.time).toBeCloseTo(720 * months, 9); // 1068.387...
    expect(book.byChannel.get('facebook')!.time).toBeCloseTo(270 * months, 9); // 400.645...
    expect(book.byChannel.get('instagram')!.time).toBeCloseTo(450 * months, 9); // 667.742...
    // Other: Canva 12.99 and Hosting 20 a month, the shooting 300 and the flyers 80 once.
    expect(book.total.other).toBeCloseTo((12.99 + 20) * months + 300 + 80, 9); // 428.953...
    expect(book.byChannel.get('instagram')!.other).toBeCloseTo(12.99 * months, 9); // 19.275...
    expect(book.byChannel.get('facebook')!.other).toBe(80);
    expect([...book.byChannel.keys()].sort()).toEqual(['facebook', 'instagram']);
    // Campaign costs are booked under the campaign key; the one outside the period nowhere.
    expect([...book.byCampaign]).toEqual([['herbst-aktion-2026', { time: 0, other: 300 }]]);
  });

  it('one day of September is 1/30 of a month', () => {
    const book = bookCosts(config, dayNumber(2026, 9, 5), dayNumber(2026, 9, 5), campaignKey);
    expect(book.total.time).toBeCloseTo(720 / 30, 9); // 24
    expect(book.total.other).toBeCloseTo(32.99 / 30 + 300, 9);
    expect(book.byCampaign.get('herbst-aktion-2026')).toEqual({ time: 0, other: 300 });
    expect(book.byChannel.get('facebook')).toEqual({ time: 9, other: 0 });
  });

  it('nothing configured costs nothing', () => {
    const book = bookCosts({}, dayNumber(2026, 9, 1), dayNumber(2026, 9, 30), campaignKey);
    expect(book).toEqual({ total: { time: 0, other: 0 }, byChannel: new Map(), byCampaign: new Map() });
  });

  it('feeds buildMetrics: time and other are rounded to cents and added to ad spend', () => {
    const book = bookCosts(config, dayNumber(2026, 9, 1), dayNumber(2026, 10, 15), campaignKey);
    const result = metrics({ orders: 20, revenue: 2400, adSpend: 310.2 }, book.total.time, book.total.other, 0.62);
    // time 33120/31 = 1068.387..., other 428.953...; total 310.2 + 1497.340... = 1807.540...
    expect(result.cost).toEqual({ adSpend: 310.2, time: 1068.39, other: 428.95, total: 1807.54 });
    // roi = (2400 x 0.62 - 1807.540...) / 1807.540... = -0.17680...
    expect(result.roi).toBe(-0.1768);
    expect(result.costPerOrder).toBe(90.38); // 1807.540... / 20
    expect(verdictOf(result)).toBe('loss-making');
  });
});
