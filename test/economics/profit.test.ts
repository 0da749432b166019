// ROI on gross profit (margin), break-even ROAS and the revenue basis, worked out by hand.
import { describe, expect, it } from 'vitest';
import { breakEvenRoas, buildProfit } from '../../src/economics/profit.js';
import { buildMetrics, emptySums } from '../../src/metrics.js';
import { M, METRIC_COUNT, type MetricName } from '../../src/model/records.js';

function block(values: Partial<Record<MetricName, number>>, time = 0, other = 0, margin = 1) {
  const sums = emptySums();
  const carried = new Uint8Array(METRIC_COUNT);
  for (const [name, value] of Object.entries(values)) {
    sums[M[name as MetricName]] = value;
    carried[M[name as MetricName]] = 1;
  }
  const metrics = buildMetrics(sums, carried, { time, other }, margin);
  return { sums, carried, metrics };
}

describe('break-even ROAS = 1 / margin', () => {
  it('is 1.6667 at a 60 % margin, 3.3333 at 30 %, 1 without a margin', () => {
    expect(breakEvenRoas(0.6)).toBe(1.6667);
    expect(breakEvenRoas(0.3)).toBe(3.3333);
    expect(breakEvenRoas(1)).toBe(1);
  });

  it('a ROAS of 2.5 still loses money at a 30 % margin: 1000 revenue on 400 ad spend leaves 300 − 400 = −100', () => {
    const { sums, carried, metrics } = block({ orders: 10, revenue: 1000, adSpend: 400 }, 0, 0, 0.3);
    const profit = buildProfit(sums, carried, metrics, 0.3, 'gross');
    expect(profit.roas).toBe(2.5);
    expect(profit.breakEvenRoas).toBe(3.3333);
    expect(profit.grossProfit).toBe(300);
    expect(profit.afterCost).toBe(-100);
    // (1000 × 0.3 − 400) / 400 = −0.25: the same as the contract's roi on the gross basis.
    expect(profit.roi).toBe(-0.25);
    expect(metrics.roi).toBe(-0.25);
    // Revenue that would cover the 400: 400 / 0.3 = 1333.33.
    expect(profit.breakEvenRevenue).toBe(1333.33);
  });
});

describe('margin ROI on the gross and on the net basis', () => {
  // cafe-month totals: revenue 638.80 (tax 48.513793), ad spend 304.40, time 890.32, other 222.26, margin 0.6.
  const { sums, carried, metrics } = block({ orders: 17, revenue: 638.8, tax: 48.513793, adSpend: 304.4 }, 890.32, 222.26, 0.6);

  it('gross: (638.80 × 0.6 − 1416.98) / 1416.98 = −0.7295, ROAS 638.80 / 304.40 = 2.0986, equal to the contract fields', () => {
    const profit = buildProfit(sums, carried, metrics, 0.6, 'gross');
    expect(metrics.cost.total).toBe(1416.98);
    expect(profit).toEqual({
      basis: 'gross',
      revenue: 638.8,
      tax: 48.51,
      grossProfit: 383.28,
      afterCost: -1033.7,
      roi: -0.7295,
      roas: 2.0986,
      breakEvenRoas: 1.6667,
      breakEvenRevenue: 2361.63,
    });
    expect([profit.roi, profit.roas]).toEqual([metrics.roi, metrics.roas]);
  });

  it('net: 638.80 − 48.51 = 590.29; × 0.6 = 354.17; (354.17 − 1416.98) / 1416.98 = −0.7501; ROAS 590.29 / 304.40 = 1.9392', () => {
    const profit = buildProfit(sums, carried, metrics, 0.6, 'net');
    expect(profit).toEqual({
      basis: 'net',
      revenue: 590.29,
      tax: 48.51,
      grossProfit: 354.17,
      afterCost: -1062.81,
      roi: -0.7501,
      roas: 1.9392,
      breakEvenRoas: 1.6667,
      breakEvenRevenue: 2361.63,
    });
    // The contract's fields stay on gross revenue.
    expect(metrics.confirmed.revenue).toBe(638.8);
    expect(metrics.roi).toBe(-0.7295);
  });

  it('net without any ledger stating tax is gross, and tax is null (unknown, not 0)', () => {
    const untaxed = block({ orders: 2, revenue: 64, adSpend: 15 }, 0, 0, 0.6);
    const profit = buildProfit(untaxed.sums, untaxed.carried, untaxed.metrics, 0.6, 'net');
    expect([profit.revenue, profit.tax, profit.roi]).toEqual([64, null, 1.56]);
  });

  it('without a ledger nothing is known: revenue, profit, ROI and ROAS are null', () => {
    const adsOnly = block({ adSpend: 50 }, 0, 0, 0.6);
    const profit = buildProfit(adsOnly.sums, adsOnly.carried, adsOnly.metrics, 0.6, 'net');
    expect(profit).toMatchObject({ revenue: null, grossProfit: null, afterCost: null, roi: null, roas: null, breakEvenRevenue: 83.33 });
  });
});
