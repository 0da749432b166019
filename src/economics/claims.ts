// Claimed versus confirmed: what Meta, GA4 and Google Ads each claim for themselves against the orders and
// revenue the ledger confirms. The claims are never added to sales; they are only compared.
import { roundRatio } from '../metrics.js';
import type { Metrics } from '../report.js';
import type { Overclaim, PlatformClaimCheck } from './types.js';
import type { Finding } from '../i18n/warnings.js';

/** A platform claiming more than this multiple of what the ledger confirms is flagged. */
export const OVERCLAIM_FACTOR = 1.5;

const PLATFORMS = { meta: 'Meta', ga4: 'GA4', google: 'Google Ads' } as const;

export function checkClaims(metrics: Pick<Metrics, 'claimed' | 'confirmed'>): Overclaim {
  const check: Overclaim = { meta: checkPlatform(metrics, 'meta'), ga4: checkPlatform(metrics, 'ga4') };
  // Google Ads is checked only where its claims are known, so reports without it keep their shape.
  const google = metrics.claimed.google;
  if (google && (google.conversions !== null || google.value !== null)) check.google = checkPlatform(metrics, 'google');
  return check;
}

function checkPlatform(metrics: Pick<Metrics, 'claimed' | 'confirmed'>, platform: keyof typeof PLATFORMS): PlatformClaimCheck {
  const { conversions, value } = metrics.claimed[platform];
  const { orders, revenue } = metrics.confirmed;
  // Without a ledger nothing is confirmed, so nothing can be compared.
  if (orders === null || revenue === null) return { ordersRatio: null, valueRatio: null, overclaim: false };
  const ordersRatio = conversions !== null && orders > 0 ? roundRatio(conversions / orders) : null;
  const valueRatio = value !== null && revenue > 0 ? roundRatio(value / revenue) : null;
  const overclaim =
    (ordersRatio !== null && ordersRatio > OVERCLAIM_FACTOR) ||
    (valueRatio !== null && valueRatio > OVERCLAIM_FACTOR) ||
    (orders === 0 && (conversions ?? 0) > 0) ||
    (revenue <= 0 && (value ?? 0) > 0);
  return { ordersRatio, valueRatio, overclaim };
}

/** One OVERCLAIM warning per campaign and platform that claims far more than the ledger confirms. */
export function overclaimWarnings(
  campaigns: readonly (Pick<Metrics, 'claimed' | 'confirmed'> & { campaign: string; overclaim?: Overclaim })[],
  currency: string,
): Finding[] {
  const warnings: Finding[] = [];
  for (const row of campaigns) {
    const check = row.overclaim ?? checkClaims(row);
    for (const platform of ['meta', 'ga4', 'google'] as const) {
      const result = check[platform];
      if (!result?.overclaim) continue;
      const claimed = row.claimed[platform];
      const { orders, revenue } = row.confirmed;
      warnings.push({
        code: 'OVERCLAIM',
        params: {
          platform,
          campaign: row.campaign,
          currency,
          conversions: claimed.conversions ?? 0,
          value: claimed.value ?? 0,
          orders,
          revenue: revenue ?? 0,
          ordersRatio: result.ordersRatio,
          valueRatio: result.valueRatio,
          attribution: result.attribution ?? [],
        },
        campaign: row.campaign,
        details: {
          platform,
          claimed: { conversions: claimed.conversions, value: claimed.value },
          confirmed: { orders, revenue },
          ordersRatio: result.ordersRatio,
          valueRatio: result.valueRatio,
          ...(result.attribution?.length ? { attribution: result.attribution } : {}),
        },
      });
    }
  }
  return warnings;
}
