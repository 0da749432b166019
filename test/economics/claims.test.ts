// Claimed versus confirmed: over-claim ratios per platform (claimed ÷ confirmed; null when nothing
// is confirmed) and the OVERCLAIM warning above 1.5×, worked out by hand.
import { describe, expect, it } from 'vitest';
import { checkClaims, OVERCLAIM_FACTOR, overclaimWarnings } from '../../src/economics/claims.js';
import type { Metrics } from '../../src/report.js';
import { allInEnglish } from '../helpers/english.js';

type Row = Pick<Metrics, 'claimed' | 'confirmed'>;
const row = (meta: [number | null, number | null], ga4: [number | null, number | null], orders: number | null, revenue: number | null): Row => ({
  claimed: { meta: { conversions: meta[0], value: meta[1] }, ga4: { conversions: ga4[0], value: ga4[1] } },
  confirmed: { orders, revenue, refunds: 0 },
});

describe('checkClaims', () => {
  it('cafe-month oktober-genusswochen: Meta 6 / 278.20 against 3 orders / 149.80 → 2.0 and 1.8571, an over-claim', () => {
    expect(checkClaims(row([6, 278.2], [0, 0], 3, 149.8))).toEqual({
      meta: { ordersRatio: 2, valueRatio: 1.8571, overclaim: true },
      ga4: { ordersRatio: 0, valueRatio: 0, overclaim: false },
    });
  });

  it('cafe-month herbst-aktion-2026: Meta 7 / 291.80 against 5 / 219.00 → 1.4 and 1.3324, under the 1.5 line; GA4 3 / 105 → 0.6, 0.4795', () => {
    expect(OVERCLAIM_FACTOR).toBe(1.5);
    expect(checkClaims(row([7, 291.8], [3, 105], 5, 219))).toEqual({
      meta: { ordersRatio: 1.4, valueRatio: 1.3324, overclaim: false },
      ga4: { ordersRatio: 0.6, valueRatio: 0.4795, overclaim: false },
    });
  });

  it('exactly 1.5× is not an over-claim; one value ratio above it is', () => {
    expect(checkClaims(row([3, 150], [null, null], 2, 100)).meta).toEqual({ ordersRatio: 1.5, valueRatio: 1.5, overclaim: false });
    expect(checkClaims(row([2, 151], [null, null], 2, 100)).meta.overclaim).toBe(true);
  });

  it('ratios are null when nothing is confirmed; claims against no confirmed order are an over-claim', () => {
    // The google channel of cafe-month: GA4 claims 1 / 25.00, the ledger confirms none.
    expect(checkClaims(row([null, null], [1, 25], 0, 0)).ga4).toEqual({ ordersRatio: null, valueRatio: null, overclaim: true });
    expect(checkClaims(row([null, null], [0, 0], 0, 0)).ga4).toEqual({ ordersRatio: null, valueRatio: null, overclaim: false });
  });

  it('nothing is compared without a ledger, and a platform that claims nothing (null) has no ratio', () => {
    expect(checkClaims(row([5, 175], [4, 130], null, null))).toEqual({
      meta: { ordersRatio: null, valueRatio: null, overclaim: false },
      ga4: { ordersRatio: null, valueRatio: null, overclaim: false },
    });
    expect(checkClaims(row([null, null], [null, null], 3, 90)).meta).toEqual({ ordersRatio: null, valueRatio: null, overclaim: false });
  });
});

describe('overclaimWarnings', () => {
  it('one OVERCLAIM per campaign and platform that claims too much, naming the attribution setting', () => {
    const okt = { campaign: 'oktober-genusswochen', ...row([6, 278.2], [0, 0], 3, 149.8) };
    const check = checkClaims(okt);
    check.meta.attribution = ['7-day click, 1-day view'];
    const warnings = allInEnglish(overclaimWarnings([{ ...okt, overclaim: check }, { campaign: 'herbst-aktion-2026', ...row([7, 291.8], [3, 105], 5, 219) }], 'EUR'));
    expect(warnings).toEqual([
      {
        code: 'OVERCLAIM',
        message:
          'Meta claims 6 conversions worth 278.20 EUR for campaign "oktober-genusswochen" (attribution: 7-day click, 1-day view), but the ledger confirms 3 orders worth 149.80 EUR: 2.00× the orders and 1.86× the revenue.',
        campaign: 'oktober-genusswochen',
        details: {
          platform: 'meta',
          claimed: { conversions: 6, value: 278.2 },
          confirmed: { orders: 3, revenue: 149.8 },
          ordersRatio: 2,
          valueRatio: 1.8571,
          attribution: ['7-day click, 1-day view'],
        },
      },
    ]);
  });

  it('a claim where the ledger confirms no order at all', () => {
    const [warning] = allInEnglish(overclaimWarnings([{ campaign: 'winter', ...row([2, 80], [null, null], 0, 0) }], 'EUR'));
    expect(warning!.message).toBe('Meta claims 2 conversions worth 80.00 EUR for campaign "winter", but the ledger confirms 0 orders worth 0.00 EUR.');
  });
});
