// The plan: each configured campaign's goal, KPI, target, owner, audience and budget checked against
// the results of the period. Pure: the caller passes each campaign's Metrics block and says which
// metrics an input file can measure per campaign.
import { roundMoney, roundRatio } from '../metrics.js';
import type { Metrics } from '../report.js';
import { KPI_NAMES, SALES_KPIS, VANITY_KPIS, type Kpi, type PlanCheck, type PlanReport, type Profit } from './types.js';

export interface CampaignPlanConfig {
  goal?: string;
  kpi?: string;
  target?: number;
  owner?: string;
  audience?: string;
  budget?: number;
}

type VanityKpi = (typeof VANITY_KPIS)[number];

export function isKpi(name: string): name is Kpi {
  return (KPI_NAMES as readonly string[]).includes(name);
}

export function isVanityKpi(kpi: Kpi): kpi is VanityKpi {
  return (VANITY_KPIS as readonly string[]).includes(kpi);
}

/** Lower is better only for cost per order; every other KPI must reach its target from below. */
export function kpiDirection(kpi: Kpi): 'atLeast' | 'atMost' {
  return kpi === 'costPerOrder' ? 'atMost' : 'atLeast';
}

/** A configuration entry is a plan when it says any of goal, kpi, target, owner, audience or budget. */
export function hasPlan(plan: CampaignPlanConfig): boolean {
  return [plan.goal, plan.kpi, plan.target, plan.owner, plan.audience, plan.budget].some((value) => value !== undefined);
}

type Results = Pick<Metrics, 'vanity' | 'confirmed' | 'cost' | 'roi' | 'roas' | 'costPerOrder'> & { profit?: Profit };

/**
 * Checks one plan. `vanityMeasurable` says whether some input file carries a vanity metric per
 * campaign (account-level insights carry follows or reach, but for no campaign).
 */
export function checkPlan(campaign: string, name: string, plan: CampaignPlanConfig, results: Results, vanityMeasurable: (metric: VanityKpi) => boolean): PlanCheck {
  const kpi = plan.kpi !== undefined && isKpi(plan.kpi) ? plan.kpi : null;
  const target = plan.target ?? null;
  const budget = plan.budget ?? null;
  const { measurable, actual } = kpi === null ? { measurable: null, actual: null } : measure(kpi, results, vanityMeasurable);
  let reached: boolean | null = null;
  if (kpi !== null && target !== null && measurable) {
    if (actual !== null) reached = kpiDirection(kpi) === 'atLeast' ? actual >= target : actual <= target;
    // No order at all: the cost per order is not a number, and certainly not under the target.
    else if (kpi === 'costPerOrder' && results.confirmed.orders === 0) reached = false;
  }
  const adSpend = results.cost.adSpend;
  const spendKnown = budget !== null && adSpend !== null;
  const difference = spendKnown ? roundMoney(adSpend - budget) : null;
  return {
    campaign,
    name,
    goal: plan.goal ?? null,
    kpi,
    target,
    owner: plan.owner ?? null,
    audience: plan.audience ?? null,
    budget,
    vanityKpi: kpi !== null && isVanityKpi(kpi),
    measurable,
    actual,
    reached,
    adSpend,
    budgetDifference: difference,
    budgetUsed: spendKnown && budget > 0 ? roundRatio(adSpend / budget) : null,
    budgetStatus: difference === null ? null : difference > 0 ? 'over' : difference < 0 ? 'under' : 'on',
  };
}

function measure(kpi: Kpi, results: Results, vanityMeasurable: (metric: VanityKpi) => boolean): { measurable: boolean; actual: number | null } {
  if (isVanityKpi(kpi)) {
    const measurable = vanityMeasurable(kpi) && results.vanity[kpi] !== null;
    return { measurable, actual: measurable ? results.vanity[kpi] : null };
  }
  const hasLedger = results.confirmed.orders !== null;
  switch (kpi) {
    case 'orders':
      return { measurable: hasLedger, actual: results.confirmed.orders };
    case 'revenue':
      return { measurable: hasLedger, actual: results.profit?.revenue ?? results.confirmed.revenue };
    case 'roi':
      return { measurable: hasLedger, actual: results.profit ? results.profit.roi : results.roi };
    case 'roas':
      return { measurable: hasLedger && results.cost.adSpend !== null, actual: results.profit ? results.profit.roas : results.roas };
    case 'costPerOrder':
      return { measurable: hasLedger, actual: results.costPerOrder };
  }
}

/**
 * Campaigns that spent money on ads without a plan: no configuration entry at all, or one that
 * only maps names (aliases, coupons, channel). Sorted by campaign key.
 */
export function unplannedSpend(
  campaigns: readonly { campaign: string; cost: { adSpend: number | null } }[],
  configured: ReadonlyMap<string, CampaignPlanConfig>,
): PlanReport['unplanned'] {
  return campaigns
    .filter((row) => (row.cost.adSpend ?? 0) > 0)
    .filter((row) => {
      const plan = configured.get(row.campaign);
      return plan === undefined || !hasPlan(plan);
    })
    .map((row) => ({ campaign: row.campaign, adSpend: row.cost.adSpend!, configured: configured.has(row.campaign) }))
    .sort((a, b) => (a.campaign < b.campaign ? -1 : a.campaign > b.campaign ? 1 : 0));
}

export { SALES_KPIS, VANITY_KPIS, KPI_NAMES };
