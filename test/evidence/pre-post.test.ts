// The campaign check (issue 12): a campaign of two weeks, after eight weeks without it, on simulated
// small shops; the campaign adds 0 or 3 € of sales per € of its spend (on average, varying by day).
import { describe, expect, it } from 'vitest';
import { prePost, studentT975 } from '../../src/evidence/pre-post.js';
import { Random } from '../../src/evidence/random.js';
import { simulateShop } from '../../src/evidence/simulate.js';

const START = 63;
const END = 76;
const SPEND_PER_DAY = 40;

function campaignShop(effect: number, k: number) {
  const shop = simulateShop({ days: 91, ordersPerDay: 4, effect: 0, spend: 'flights', seed: 1000 + k });
  const random = new Random(k);
  const sales = Float64Array.from(shop.revenue);
  for (let d = START; d <= END; d++) sales[d] += effect * SPEND_PER_DAY * (0.5 + random.next());
  return { sales, firstDay: shop.firstDay, truth: effect * SPEND_PER_DAY * (END - START + 1) };
}

describe('the pre/post check on 200 simulated campaigns of each size', () => {
  for (const effect of [0, 3]) {
    const runs = Array.from({ length: 200 }, (_, k) => {
      const { sales, firstDay, truth } = campaignShop(effect, k);
      return { truth, result: prePost(sales, firstDay, START, END, { breakEvenPerUnit: 1, spend: SPEND_PER_DAY * 14, seed: k }) };
    });
    const covered = runs.filter(({ truth, result }) => result.interval && result.interval[0] <= truth && truth <= result.interval[1]).length / runs.length;
    const evidence = runs.filter(({ result }) => result.verdict === 'evidence').length / runs.length;

    it(`covers the true extra sales (${effect} € per €) in 90-98 % of the campaigns`, () => {
      expect(covered).toBeGreaterThanOrEqual(0.9);
      expect(covered).toBeLessThanOrEqual(0.98);
    });

    if (effect === 0) {
      it('claims evidence for at most 6 % of the campaigns that did nothing', () => expect(evidence).toBeLessThanOrEqual(0.06));
    } else {
      it('finds the effect of a campaign that tripled its spend in sales in most shops', () => expect(evidence).toBeGreaterThanOrEqual(0.85));
    }
  }
});

describe('the pre/post check, case by case', () => {
  it('adds up the campaign days and the counterfactual', () => {
    // A flat shop: 100 € every day, a campaign that adds 50 € a day for a week.
    const sales = new Float64Array(35).fill(100);
    for (let d = 28; d < 35; d++) sales[d] = 150;
    const result = prePost(sales, 20458, 28, 34, { breakEvenPerUnit: 1, spend: 140, seed: 1 });
    expect(result).toMatchObject({ preDays: 28, days: 7, actual: 1050, expected: 700, extra: 350, verdict: 'evidence', breakEven: 140 });
  });

  it('says too little data with fewer than three weeks before the campaign', () => {
    const sales = new Float64Array(30).fill(100);
    const result = prePost(sales, 20458, 14, 29, { breakEvenPerUnit: 1, spend: 100, seed: 1 });
    expect(result).toMatchObject({ verdict: 'too-little-data', reason: 'few-weeks', expected: null, interval: null, preDays: 14 });
  });

  it('widens by Student\'s t for few weeks', () => {
    expect(studentT975(7)).toBe(2.365);
    expect(studentT975(100)).toBe(1.96);
  });
});
