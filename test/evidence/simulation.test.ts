// The evidence model validated against simulated shops with known effects (issue 12): on a fixed
// seed set, its 95 % intervals must cover the truth in 90-98 % of the shops, it must claim evidence
// for at most 6 % of the shops whose ads do nothing, and it must say "too little data" where the
// data cannot tell effects apart.
import { describe, expect, it } from 'vitest';
import { estimateEffect } from '../../src/evidence/regression.js';
import { simulateShop } from '../../src/evidence/simulate.js';
import { validate } from '../../src/evidence/validate.js';

describe('the evidence model on 360 simulated shops', () => {
  const rows = validate(15);
  const shops = rows.reduce((sum, row) => sum + row.shops, 0);

  it('runs on at least 300 shops', () => {
    expect(shops).toBe(360);
  });

  it('covers the true effect with its 95 % interval in 90-98 % of the shops', () => {
    const covered = rows.reduce((sum, row) => sum + row.covered, 0) / shops;
    expect(covered).toBeGreaterThanOrEqual(0.9);
    expect(covered).toBeLessThanOrEqual(0.98);
  });

  it('claims evidence for at most 6 % of the shops whose ads do nothing', () => {
    const nulls = rows.filter((row) => row.effect === 0);
    const claimed = nulls.reduce((sum, row) => sum + row.verdicts.evidence, 0);
    const nullShops = nulls.reduce((sum, row) => sum + row.shops, 0);
    expect(nullShops).toBe(90);
    expect(claimed / nullShops).toBeLessThanOrEqual(0.06);
  });

  it('finds a large effect in a half year of a small shop almost always (power)', () => {
    const row = rows.find((r) => r.days === 182 && r.ordersPerDay === 2 && r.effect === 5)!;
    expect(row.verdicts.evidence / row.shops).toBeGreaterThanOrEqual(0.9);
  });
});

describe('too little data', () => {
  it('is the verdict for three weeks, whatever the effect', () => {
    for (const effect of [0, 5]) {
      const shop = simulateShop({ days: 21, ordersPerDay: 2, effect, spend: 'flights', seed: 11 });
      const estimate = estimateEffect(shop.revenue, shop.adSpend, shop.firstDay, { breakEven: 1, seed: 1 });
      expect(estimate).toMatchObject({ verdict: 'too-little-data', reason: 'few-weeks', effect: null, interval: null, weeks: 3 });
    }
  });

  it('is the verdict when the spend is the same every day (nothing to compare)', () => {
    const shop = simulateShop({ days: 91, ordersPerDay: 2, effect: 5, spend: 'constant', seed: 12 });
    const estimate = estimateEffect(shop.revenue, shop.adSpend, shop.firstDay, { breakEven: 1, seed: 1 });
    expect(estimate).toMatchObject({ verdict: 'too-little-data', reason: 'no-variation', effect: null });
  });

  it('is the verdict of a busy shop whose noise hides an effect that would pay back, with the weeks that would tell', () => {
    // 25 orders a day (750 € of sales) against 10-60 € of ads: the interval spans break-even.
    const rows = validate(15).filter((row) => row.ordersPerDay === 25 && row.days === 56);
    const verdicts = rows.reduce((sum, row) => sum + row.verdicts['too-little-data'], 0) / rows.reduce((sum, row) => sum + row.shops, 0);
    expect(verdicts).toBeGreaterThanOrEqual(0.6);
    const shop = simulateShop({ days: 56, ordersPerDay: 25, effect: 0.5, spend: 'flights', seed: 3 });
    const estimate = estimateEffect(shop.revenue, shop.adSpend, shop.firstDay, { breakEven: 1, seed: 3 });
    if (estimate.verdict === 'too-little-data') expect(estimate.moreWeeks).toBeGreaterThan(0);
  });

  it('is deterministic: the same data and seed give the same interval', () => {
    const shop = simulateShop({ days: 91, ordersPerDay: 2, effect: 2, spend: 'flights', seed: 5 });
    const a = estimateEffect(shop.revenue, shop.adSpend, shop.firstDay, { breakEven: 1, seed: 9 });
    const b = estimateEffect(shop.revenue, shop.adSpend, shop.firstDay, { breakEven: 1, seed: 9 });
    expect(a).toEqual(b);
    expect(a.verdict).toBe('evidence');
  });
});
