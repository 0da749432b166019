// The report fields the owner's economics add (issue 4): all optional additions to smroi.report/1,
// described in schema/report.schema.json. Money in the report currency rounded to cents, ratios to
// 4 places, null where a figure cannot be known or its denominator is 0.
import type { RevenueBasis } from './vat.js';

/** Per Metrics block: revenue on the selected basis, gross profit and what breaks even. */
export interface Profit {
  /** `gross` (as the ledger states it) or `net` (without the VAT the ledger states). */
  basis: RevenueBasis;
  /** Confirmed revenue on that basis (= confirmed.revenue on the gross basis); null without a ledger. */
  revenue: number | null;
  /** VAT contained in confirmed.revenue, as the ledgers state it; null when no ledger states tax. */
  tax: number | null;
  /** revenue × margin. */
  grossProfit: number | null;
  /** grossProfit − cost.total: what is left after every cost. */
  afterCost: number | null;
  /** (revenue × margin − cost.total) ÷ cost.total, on the basis (= roi on the gross basis). */
  roi: number | null;
  /** revenue ÷ cost.adSpend, on the basis (= roas on the gross basis). */
  roas: number | null;
  /** 1 ÷ margin: the ROAS at which ad spend pays for itself out of gross profit. */
  breakEvenRoas: number;
  /** cost.total ÷ margin: the revenue (on the basis) that would cover every cost. */
  breakEvenRevenue: number;
}

/** What one platform claims against what the ledger confirms. */
export interface PlatformClaimCheck {
  /** claimed conversions ÷ confirmed orders; null when no order is confirmed or nothing is claimed. */
  ordersRatio: number | null;
  /** claimed value ÷ confirmed revenue (gross); null when revenue is 0 or nothing is claimed. */
  valueRatio: number | null;
  /** True when the platform claims more than 1.5 × what the ledger confirms (or claims sales where none is confirmed). */
  overclaim: boolean;
  /** Attribution settings the export names for these claims (Meta only), sorted. */
  attribution?: string[];
}

export interface Overclaim {
  meta: PlatformClaimCheck;
  ga4: PlatformClaimCheck;
  /** Google Ads; present only where some input carries Google Ads' claims. */
  google?: PlatformClaimCheck;
}

export const SALES_KPIS = ['orders', 'revenue', 'roi', 'roas', 'costPerOrder'] as const;
export const VANITY_KPIS = ['impressions', 'reach', 'likes', 'follows', 'engagements', 'profileVisits', 'linkClicks', 'sessions'] as const;
export const KPI_NAMES = [...SALES_KPIS, ...VANITY_KPIS] as const;
export type Kpi = (typeof KPI_NAMES)[number];

/** One configured campaign plan checked against the results of the period. */
export interface PlanCheck {
  campaign: string;
  /** The name the configuration uses. */
  name: string;
  goal: string | null;
  kpi: Kpi | null;
  target: number | null;
  owner: string | null;
  audience: string | null;
  budget: number | null;
  /** The KPI is attention (likes, reach, ...), not sales. */
  vanityKpi: boolean;
  /** Whether any input file can measure the KPI for a campaign; null without a KPI. */
  measurable: boolean | null;
  /** The KPI's value in the period (revenue, roi and roas on the report's revenue basis). */
  actual: number | null;
  /** actual ≥ target (≤ for costPerOrder); null without a target or when not measurable. */
  reached: boolean | null;
  /** Ad spend of the campaign; null when no ad export is read. */
  adSpend: number | null;
  /** adSpend − budget (positive: over budget). */
  budgetDifference: number | null;
  /** adSpend ÷ budget. */
  budgetUsed: number | null;
  budgetStatus: 'over' | 'under' | 'on' | null;
}

export interface PlanReport {
  campaigns: PlanCheck[];
  /** Campaigns that spent money on ads without a plan (no goal, kpi, target, owner, audience or budget configured). */
  unplanned: { campaign: string; adSpend: number; configured: boolean }[];
}

/** The owner's time against an outsourcing quote, over the report period. */
export interface MakeOrBuy {
  name: string;
  amountPerMonth: number;
  /** Calendar months the period covers (partial months pro-rated by days). */
  months: number;
  hourlyRate: number | null;
  hoursPerMonth: number | null;
  /** Hours of the period: hoursPerMonth × months. */
  hours: number | null;
  /** The owner's time cost of the period; null when "time" is not configured. */
  ownTime: number | null;
  /** The quote pro-rated over the period. */
  outsourcing: number;
  cheaper: 'own-time' | 'outsourcing' | 'equal' | null;
  /** How much cheaper, in the period. */
  difference: number | null;
  /** amountPerMonth ÷ hoursPerMonth: above this hourly rate outsourcing is cheaper. */
  breakEvenHourlyRate: number | null;
}

export interface RateUsed {
  currency: string;
  into: string;
  /** First day the rate applies to (dated rates); null for a single rate. */
  from: string | null;
  rate: number;
}

export interface Economics {
  revenueBasis: RevenueBasis;
  margin: number;
  marginConfigured: boolean;
  breakEvenRoas: number;
  /** Ledger files that state tax (the net basis subtracts it) and those that do not. */
  taxStatedIn: string[];
  taxNotStatedIn: string[];
}
