// Plan checks against results, worked out by hand: KPI reached or not (at least the target; at most
// for cost per order), budget over or under, vanity KPIs flagged, KPIs no input can measure, and
// campaigns that spent money without a plan.
import { describe, expect, it } from 'vitest';
import { checkPlan, hasPlan, kpiDirection, unplannedSpend } from '../../src/economics/plan.js';
import type { Metrics } from '../../src/report.js';

function results(over: Partial<Metrics> & { profit?: Metrics['profit'] } = {}): Metrics {
  return {
    vanity: { impressions: 3700, reach: 2800, likes: 0, follows: 0, engagements: 0, profileVisits: null, linkClicks: 115, sessions: 130 },
    claimed: { meta: { conversions: 4, value: 145 }, ga4: { conversions: 3, value: 105 } },
    confirmed: { orders: 4, revenue: 165.5, refunds: 0 },
    cost: { adSpend: 75.5, time: 0, other: 120, total: 195.5 },
    roi: -0.4921,
    roas: 2.1921,
    costPerOrder: 48.88,
    ...over,
  };
}

const everything = () => true;

describe('checkPlan', () => {
  it('cafe-week herbst-aktion-2026: 4 orders against a target of 5 is missed; 75.50 of a budget of 80 is 4.50 under (94.38 %)', () => {
    const check = checkPlan('herbst-aktion-2026', 'Herbst Aktion 2026', { goal: 'sales', kpi: 'orders', target: 5, owner: 'Anna', audience: 'Stammkundschaft im Viertel', budget: 80 }, results(), everything);
    expect(check).toEqual({
      campaign: 'herbst-aktion-2026',
      name: 'Herbst Aktion 2026',
      goal: 'sales',
      kpi: 'orders',
      target: 5,
      owner: 'Anna',
      audience: 'Stammkundschaft im Viertel',
      budget: 80,
      vanityKpi: false,
      measurable: true,
      actual: 4,
      reached: false,
      adSpend: 75.5,
      budgetDifference: -4.5,
      budgetUsed: 0.9438,
      budgetStatus: 'under',
    });
  });

  it('a target met exactly is reached; spend over budget is over', () => {
    const check = checkPlan('x', 'x', { kpi: 'orders', target: 4, budget: 70 }, results(), everything);
    expect([check.reached, check.budgetDifference, check.budgetUsed, check.budgetStatus]).toEqual([true, 5.5, 1.0786, 'over']);
    expect(checkPlan('x', 'x', { budget: 75.5 }, results(), everything).budgetStatus).toBe('on');
  });

  it('revenue, roi and roas use the report basis (profit block) when there is one', () => {
    const profit = { basis: 'net' as const, revenue: 140, tax: 9.8, grossProfit: 84, afterCost: -107.2, roi: -0.5607, roas: 1.259, breakEvenRoas: 1.6667, breakEvenRevenue: 318.67 };
    const r = results({ profit, roas: 1.3471 });
    expect(checkPlan('o', 'o', { kpi: 'roas', target: 2 }, r, everything)).toMatchObject({ actual: 1.259, reached: false });
    expect(checkPlan('o', 'o', { kpi: 'revenue', target: 120 }, r, everything)).toMatchObject({ actual: 140, reached: true });
    expect(checkPlan('o', 'o', { kpi: 'roi', target: -0.6 }, r, everything)).toMatchObject({ actual: -0.5607, reached: true });
    // Without a profit block, the contract's figures.
    expect(checkPlan('o', 'o', { kpi: 'roas', target: 2 }, results(), everything)).toMatchObject({ actual: 2.1921, reached: true });
  });

  it('cost per order must stay at or below its target; with no order at all it is missed', () => {
    expect(kpiDirection('costPerOrder')).toBe('atMost');
    expect(checkPlan('x', 'x', { kpi: 'costPerOrder', target: 50 }, results(), everything)).toMatchObject({ actual: 48.88, reached: true });
    expect(checkPlan('x', 'x', { kpi: 'costPerOrder', target: 40 }, results(), everything)).toMatchObject({ reached: false });
    const none = results({ confirmed: { orders: 0, revenue: 0, refunds: 0 }, costPerOrder: null });
    expect(checkPlan('x', 'x', { kpi: 'costPerOrder', target: 40 }, none, everything)).toMatchObject({ measurable: true, actual: null, reached: false });
  });

  it('flags a vanity KPI, and reaches it all the same when the figure is there', () => {
    expect(checkPlan('b', 'b', { kpi: 'reach', target: 500 }, results({ vanity: { ...results().vanity, reach: 700 } }), everything)).toMatchObject({
      vanityKpi: true,
      measurable: true,
      actual: 700,
      reached: true,
    });
  });

  it('a KPI no input file measures per campaign: measurable false, actual and reached null', () => {
    const noFollows = (metric: string) => metric !== 'follows';
    expect(checkPlan('a', 'a', { kpi: 'follows', target: 30 }, results(), noFollows)).toMatchObject({ vanityKpi: true, measurable: false, actual: null, reached: null });
    // profileVisits is null: no file carries it at all.
    expect(checkPlan('a', 'a', { kpi: 'profileVisits', target: 30 }, results(), everything)).toMatchObject({ measurable: false, actual: null });
    // Sales KPIs need a ledger; ROAS needs an ad export too.
    const noLedger = results({ confirmed: { orders: null, revenue: null, refunds: null }, roi: null, roas: null, costPerOrder: null });
    expect(checkPlan('a', 'a', { kpi: 'orders', target: 3 }, noLedger, everything)).toMatchObject({ measurable: false, reached: null });
    const noAds = results({ cost: { adSpend: null, time: 0, other: 120, total: 120 }, roas: null });
    expect(checkPlan('a', 'a', { kpi: 'roas', target: 2, budget: 50 }, noAds, everything)).toMatchObject({ measurable: false, budgetStatus: null, budgetDifference: null });
  });

  it('without a target nothing is reached or missed; without a KPI nothing is measured', () => {
    expect(checkPlan('x', 'x', { kpi: 'orders' }, results(), everything)).toMatchObject({ actual: 4, reached: null });
    expect(checkPlan('x', 'x', { budget: 80 }, results(), everything)).toMatchObject({ kpi: null, measurable: null, actual: null, reached: null, budgetStatus: 'under' });
  });
});

describe('spend without a plan', () => {
  it('lists ad campaigns with spend whose entry is missing or holds no plan key, sorted', () => {
    const configured = new Map([
      ['herbst-aktion-2026', { kpi: 'orders', target: 5 }],
      ['brunch-am-sonntag-familien', { budget: 20 }],
      ['winter', {}],
    ]);
    const rows = [
      { campaign: 'winter', cost: { adSpend: 12 } },
      { campaign: 'retargeting-warenkorb', cost: { adSpend: 20 } },
      { campaign: 'herbst-aktion-2026', cost: { adSpend: 75.5 } },
      { campaign: 'brunch-am-sonntag-familien', cost: { adSpend: 15 } },
      { campaign: 'herbst-aktoin-2026', cost: { adSpend: 0 } },
      { campaign: 'newsletter', cost: { adSpend: null } },
    ];
    expect(unplannedSpend(rows, configured)).toEqual([
      { campaign: 'retargeting-warenkorb', adSpend: 20, configured: false },
      { campaign: 'winter', adSpend: 12, configured: true },
    ]);
    expect([hasPlan({}), hasPlan({ owner: 'Ben' }), hasPlan({ target: 0 })]).toEqual([false, true, true]);
  });
});
