// The report every renderer receives: the JSON contract smroi.report/1 (../shared/report-json.md)
// plus fields we add. Renderers compute nothing; everything here is final and rounded.
import type { Channel } from './model/records.js';

export const REPORT_SCHEMA = 'smroi.report/1';

export type Verdict = 'profitable' | 'loss-making' | 'vanity-only' | 'no-cost';

export interface Metrics {
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
  };
  confirmed: { orders: number | null; revenue: number | null; refunds: number | null };
  cost: { adSpend: number | null; time: number; other: number; total: number };
  roi: number | null;
  roas: number | null;
  costPerOrder: number | null;
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
  pendingOrders: number;
  duplicateRowsDropped: number;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  tool: { name: 'smroi'; version: string };
  period: { from: string; to: string; timezone: string; fromSource: boolean };
  currency: string;
  sources: SourceEntry[];
  skipped: { file: string; reason: string }[];
  totals: Metrics;
  channels: ({ channel: Channel } & Metrics)[];
  campaigns: ({ campaign: string; names: string[]; channels: Channel[] } & Metrics & { verdict: Verdict })[];
  unattributed: { orders: number; revenue: number; refunds: number };
  assumptions: { key: string; value: string | number | null; note: string }[];
  exclusions: Exclusions;
  warnings: Warning[];
}
