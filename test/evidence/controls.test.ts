// Posts and other channels' spend as controls (issue 12: "against lagged ad spend with carry-over,
// posts and reach"): a driver's effect is estimated apart from what moves with it.
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/evidence/build.js';
import { Random } from '../../src/evidence/random.js';
import { estimateEffect } from '../../src/evidence/regression.js';
import { CELL_SIZE } from '../../src/join/aggregate.js';
import { M, type Channel } from '../../src/model/records.js';

const FIRST_DAY = 20458; // a Monday
const DAYS = 126; // 18 weeks

/** A shop whose posts bring 60 € of sales each; its ad spend runs in the same weeks and brings nothing. */
function shop(seed: number) {
  const random = new Random(seed);
  const spend = new Float64Array(DAYS);
  const posts = new Float64Array(DAYS);
  const sales = new Float64Array(DAYS);
  for (let w = 0; w < DAYS / 7; w++) {
    const busy = random.next() < 0.5;
    for (let d = w * 7; d < w * 7 + 7; d++) {
      // Ads run mostly in the weeks with many posts: a naive fit would credit the ads with the posts' effect.
      spend[d] = busy ? 30 + 20 * random.next() : random.next() < 0.3 ? 20 : 0;
      posts[d] = busy ? (random.next() < 0.8 ? 2 : 1) : random.next() < 0.2 ? 1 : 0;
    }
  }
  let carried = 0;
  for (let d = 0; d < DAYS; d++) {
    carried = posts[d]! + 0.5 * carried;
    sales[d] = 400 + 30 * random.normal() + 30 * carried; // 30 × (1 + 0.5 + ...) = 60 € per post
  }
  return { spend, posts, sales };
}

describe('controls', () => {
  it('credits the posts, not the ads that ran in the same weeks, when the posts are allowed for', () => {
    let adsWithout = 0;
    let adsWith = 0;
    let postsFound = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { spend, posts, sales } = shop(seed);
      if (estimateEffect(sales, spend, FIRST_DAY, { breakEven: 1, seed }).verdict === 'evidence') adsWithout++;
      if (estimateEffect(sales, spend, FIRST_DAY, { breakEven: 1, seed, controls: [posts] }).verdict === 'evidence') adsWith++;
      const postEffect = estimateEffect(sales, posts, FIRST_DAY, { breakEven: 20, seed, controls: [spend] });
      if (postEffect.verdict === 'evidence' && postEffect.interval![0] <= 60 && 60 <= postEffect.interval![1]) postsFound++;
    }
    // Without the control the ads take the posts' credit in most shops; with it, rarely.
    expect(adsWithout).toBeGreaterThanOrEqual(30);
    expect(adsWith).toBeLessThanOrEqual(4);
    expect(postsFound).toBeGreaterThanOrEqual(34);
  });

  it('leaves out a control that never changes (it would duplicate the intercept)', () => {
    const { spend, sales } = shop(3);
    const plain = estimateEffect(sales, spend, FIRST_DAY, { breakEven: 1, seed: 3 });
    const constant = estimateEffect(sales, spend, FIRST_DAY, { breakEven: 1, seed: 3, controls: [new Float64Array(DAYS).fill(2)] });
    expect(constant).toEqual(plain);
  });
});

describe('buildEvidence with posts', () => {
  it('adds a posts line per channel, priced at the owner\'s time per post', () => {
    const { spend, posts, sales } = shop(7);
    const daily = new Map<number, Map<Channel, Float64Array>>();
    for (let d = 0; d < DAYS; d++) {
      const facebook = new Float64Array(CELL_SIZE);
      facebook[M.adSpend] = spend[d]!;
      facebook[M.revenue] = sales[d]!;
      const instagram = new Float64Array(CELL_SIZE);
      instagram[M.posts] = posts[d]!;
      daily.set(FIRST_DAY + d, new Map<Channel, Float64Array>([['facebook', facebook], ['instagram', instagram]]));
    }
    const postCount = posts.reduce((a, b) => a + b, 0);
    const evidence = buildEvidence({
      resolved: { daily, dailyByCampaign: new Map() },
      from: FIRST_DAY,
      to: FIRST_DAY + DAYS - 1,
      ledger: { from: FIRST_DAY, to: FIRST_DAY + DAYS - 1 },
      margin: 0.5,
      timeCost: new Map<Channel, number>([['instagram', 900]]),
    });
    expect(evidence.channels.map((line) => [line.channel, line.driver])).toEqual([
      ['facebook', 'adSpend'],
      ['instagram', 'posts'],
    ]);
    const instagram = evidence.channels[1]!;
    // 900 € of time ÷ the posts, ÷ margin 0.5: the sales a post must bring to pay for itself.
    expect(instagram.breakEven).toBeCloseTo(900 / postCount / 0.5, 4);
    expect(instagram.verdict).toBe('evidence');
    expect(evidence.channels[0]!.verdict).not.toBe('evidence');
  });
});
