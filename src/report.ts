// The report every renderer receives: the JSON contract smroi.report/1 (../shared/report-json.md)
// plus fields we add. Renderers compute nothing; everything here is final and rounded.
import type { Channel } from './model/records.js';
import type { Evidence } from './evidence/build.js';
import type { Series } from './series.js';
import type { Economics, MakeOrBuy, Overclaim, PlanReport, Profit, RateUsed } from './economics/types.js';

export const REPORT_SCHEMA = 'smroi.report/1';

export type Verdict = 'profitable' | 'loss-making' | 'vanity-only' | 'no-cost';

/**
 * What social media can be credited with (report-json.md, Additions: `totals.attributed`): the
 * orders of a social campaign or a social channel, and ROI / ROAS / cost per order on their revenue
 * against the whole cost. The report's headline; `totals.roi` and `totals.roas` are the blended ones.
 */
export interface Attributed {
  orders: number | null;
  revenue: number | null;
  roi: number | null;
  roas: number | null;
  costPerOrder: number | null;
  /** The orders (and their revenue) of the blended totals that neither a campaign nor a social channel brought. */
  notCredited: { orders: number | null; revenue: number | null };
}

export type CoverageFamily = 'ads' | 'insights' | 'posts' | 'analytics' | 'ledger';

/** The days of the period a family's files cover; null when they cover none. */
export interface FamilyCoverage {
  from: string;
  to: string;
  days: number;
}

export type Coverage = Record<CoverageFamily, FamilyCoverage | null>;

export interface Metrics {
  /** Only in `totals` (and the previous period's totals): the headline, first. */
  attributed?: Attributed;
  vanity: {
    impressions: number | null;
    reach: number | null;
    likes: number | null;
    follows: number | null;
    engagements: number | null;
    profileVisits: number | null;
    linkClicks: number | null;
    sessions: number | null;
  };
  claimed: {
    meta: { conversions: number | null; value: number | null };
    ga4: { conversions: number | null; value: number | null };
    /** Google Ads' own conversions and conversion value (an addition to smroi.report/1). */
    google: { conversions: number | null; value: number | null };
  };
  confirmed: {
    orders: number | null;
    revenue: number | null;
    refunds: number | null;
    /** The part of orders and revenue whose money has not arrived yet; null where no ledger states payment status. */
    awaitingPayment: AwaitingPayment | null;
  };
  cost: { adSpend: number | null; time: number; other: number; total: number };
  roi: number | null;
  roas: number | null;
  costPerOrder: number | null;
  /** Revenue on the selected basis, gross profit, break-even (src/economics). */
  profit?: Profit;
  /** What Meta and GA4 claim against what the ledger confirms (src/economics). */
  overclaim?: Overclaim;
}

/** Orders placed whose money has not arrived yet (cash on delivery, invoice, bank transfer, an authorised card). */
export interface AwaitingPayment {
  orders: number;
  revenue: number;
}

export interface SourceEntry {
  file: string;
  kind: string;
  rows: number;
  from: string | null;
  to: string | null;
  dataset: string;
  encoding: string;
  delimiter: string;
  daily: boolean;
  excludedRows: number;
  /** SHA-256 (hex) of the file's bytes and its size in bytes, hashed as it was read (provenance). */
  sha256?: string;
  size?: number;
  /** Attribution settings the export names for the conversions it claims (Meta). */
  attribution?: string[];
}

/**
 * A file below the folder that the figures do not use, and why. One that could hold data but could
 * not be read (a row it cannot parse, a file it may not open) also has `code` and `line`: the report
 * is then incomplete (exit code 4).
 */
export interface SkippedFile {
  file: string;
  reason: string;
  /** The problem (BAD_DATE, RAGGED_ROW, FILE_NOT_READABLE...), for a file that could not be read. */
  code?: string;
  /** The physical line of the problem; null when it is not on one line. Present with `code`. */
  line?: number | null;
  /** The kind the file was recognised as, when it was. */
  kind?: string;
}

export interface Warning {
  code: string;
  message: string;
  file?: string;
  line?: number;
  campaign?: string;
  details?: Record<string, unknown>;
}

export interface Exclusions {
  rowsOutsidePeriod: number;
  summaryRows: number;
  cancelledOrders: number;
  failedOrders: number;
  /** Orders that were never placed: unfinished checkouts (WooCommerce "Pending payment"), drafts; and pending payments. */
  pendingOrders: number;
  /** Orders awaiting payment, left out with --paid-only ("paidOnly"); 0 otherwise. */
  awaitingPaymentOrders: number;
  duplicateRowsDropped: number;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  tool: { name: 'smroi'; version: string };
  period: { from: string; to: string; timezone: string; fromSource: boolean };
  currency: string;
  sources: SourceEntry[];
  skipped: SkippedFile[];
  /** The days of the period each family of inputs covers (src/coverage.ts). */
  coverage: Coverage;
  totals: Metrics;
  channels: ({ channel: Channel } & Metrics)[];
  campaigns: ({ campaign: string; names: string[]; channels: Channel[] } & Metrics & { verdict: Verdict })[];
  unattributed: { orders: number; revenue: number; refunds: number };
  assumptions: { key: string; value: string | number | null; note: string }[];
  exclusions: Exclusions;
  warnings: Warning[];
  /** The previous period of the same length, when the inputs cover it (src/previous.ts). */
  previous?: PreviousPeriod | null;
  /** ISO 8601 time the report was generated; only with SOURCE_DATE_EPOCH or --timestamp. */
  generatedAt?: string;
  /** The owner's economics (src/economics): revenue basis, margin, break-even ROAS, tax coverage. */
  economics?: Economics;
  /** Configured campaign plans checked against the results, and spend without a plan. */
  plan?: PlanReport;
  /** The owner's time against the outsourcing quote; null when no quote is configured. */
  makeOrBuy?: MakeOrBuy | null;
  /** Exchange rates used to convert amounts into `currency`. */
  exchangeRates?: RateUsed[];
  /** Whether sales moved with the spend over time (src/evidence). */
  evidence?: Evidence;
  /** --by day|week|month: the figures per bucket of time, totals, channels, campaigns (src/series.ts). */
  series?: Series;
}

/** The period before the report period, same length, with the change in the key figures. */
export interface PreviousPeriod {
  period: { from: string; to: string };
  totals: Metrics;
  /** current − previous, in the figure's unit (money, orders, ROI as a ratio); null where either is unknown. */
  change: {
    adSpend: number | null;
    cost: number | null;
    orders: number | null;
    revenue: number | null;
    roi: number | null;
    /** The same for the headline (totals.attributed). */
    attributed: { orders: number | null; revenue: number | null; roi: number | null };
  };
  /** (current − previous) ÷ previous as a ratio; null where the previous figure is 0 or unknown. */
  growth: {
    adSpend: number | null;
    cost: number | null;
    orders: number | null;
    revenue: number | null;
    attributed: { orders: number | null; revenue: number | null };
  };
}
