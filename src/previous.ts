// The previous period beside the current one: the same cells resolved a second time for the period
// of the same length just before (src/period.ts), costs booked for that period, and the change in
// ad spend, orders, revenue and ROI. Shown only when the inputs cover the previous period.
import type { ParsedFile } from './model/parsed-file.js';
import type { Config } from './config.js';
import { InputError } from './errors.js';
import type { Dictionary } from './join/aggregate.js';
import { campaignKey } from './join/campaign-key.js';
import { resolveCells, type CampaignSettings } from './join/resolve.js';
import { fileCoversPeriod } from './coverage.js';
import { creditedSums } from './join/credit.js';
import { addInto, attributedMetrics, bookCosts, buildMetrics, emptySums, roundMoney, roundRatio } from './metrics.js';
import { M, METRIC_COUNT } from './model/records.js';
import { previousPeriod, type DayRange } from './period.js';
import { formatDay } from './read/dates.js';
import type { Metrics, PreviousPeriod } from './report.js';
import type { Finding } from './i18n/warnings.js';

export interface PreviousInput {
  parsed: readonly ParsedFile[];
  dictionary: Dictionary;
  settings: CampaignSettings;
  currency: string;
  config: Config;
  period: DayRange;
  current: Metrics;
  warnings: Finding[];
}

/**
 * Whether the inputs cover a period: the sales ledgers (or, without a ledger, all dated inputs)
 * reach from its first to its last day. A ledger that starts later would make the previous
 * period look worse than it was, so a partly covered period is not compared.
 */
export function covers(parsed: readonly ParsedFile[], range: DayRange): boolean {
  const dated = parsed.filter((file) => Number.isFinite(file.aggregate.firstDay));
  const ledgers = dated.filter((file) => file.source.family === 'ledger');
  const basis = ledgers.length ? ledgers : dated;
  if (basis.length === 0) return false;
  const first = Math.min(...basis.map((file) => file.aggregate.firstDay));
  const last = Math.max(...basis.map((file) => file.aggregate.lastDay));
  return first <= range.from && last >= range.to;
}

export function buildPrevious(input: PreviousInput): PreviousPeriod | null {
  const range = previousPeriod(input.period);
  if (!covers(input.parsed, range)) return null;
  let resolved;
  try {
    resolved = resolveCells({
      files: input.parsed.map((file) => ({ relativePath: file.found.relativePath, family: file.source.family, aggregate: file.aggregate })),
      dictionary: input.dictionary,
      settings: input.settings,
      currency: input.currency,
      fx: input.config.fx ?? {},
      from: range.from,
      to: range.to,
    });
  } catch (error) {
    if (!(error instanceof InputError) || error.code !== 'MISSING_FX_RATE') throw error;
    input.warnings.push({
      code: 'PREVIOUS_PERIOD_NOT_COMPARED',
      params: { from: range.from, to: range.to, problem: error.problem },
      file: error.file,
    });
    return null;
  }
  const carried = new Uint8Array(METRIC_COUNT);
  for (const file of input.parsed) {
    if (fileCoversPeriod(file, range.from, range.to)) for (let i = 0; i < METRIC_COUNT; i++) carried[i] ||= file.aggregate.carried[i]!;
  }
  const sums = emptySums();
  for (const byChannel of resolved.groups.values()) for (const cell of byChannel.values()) addInto(sums, cell);
  const costs = bookCosts(input.config, range.from, range.to, campaignKey);
  const blended = buildMetrics(sums, carried, costs.total, input.config.margin ?? 1);
  const attributed = attributedMetrics(creditedSums(resolved, input.settings, input.config), carried[M.orders] === 1, blended, input.config.margin ?? 1);
  const totals: Metrics = { attributed, ...blended };
  const current = input.current;
  const now = current.attributed ?? { orders: null, revenue: null, roi: null };
  return {
    period: { from: formatDay(range.from), to: formatDay(range.to) },
    totals,
    change: {
      adSpend: difference(current.cost.adSpend, totals.cost.adSpend, roundMoney),
      cost: difference(current.cost.total, totals.cost.total, roundMoney),
      orders: difference(current.confirmed.orders, totals.confirmed.orders, Math.round),
      revenue: difference(current.confirmed.revenue, totals.confirmed.revenue, roundMoney),
      roi: difference(current.roi, totals.roi, roundRatio),
      attributed: {
        orders: difference(now.orders, attributed.orders, Math.round),
        revenue: difference(now.revenue, attributed.revenue, roundMoney),
        roi: difference(now.roi, attributed.roi, roundRatio),
      },
    },
    growth: {
      adSpend: growth(current.cost.adSpend, totals.cost.adSpend),
      cost: growth(current.cost.total, totals.cost.total),
      orders: growth(current.confirmed.orders, totals.confirmed.orders),
      revenue: growth(current.confirmed.revenue, totals.confirmed.revenue),
      attributed: { orders: growth(now.orders, attributed.orders), revenue: growth(now.revenue, attributed.revenue) },
    },
  };
}

function difference(current: number | null, previous: number | null, round: (value: number) => number): number | null {
  if (current === null || previous === null) return null;
  const value = round(current - previous);
  return value === 0 ? 0 : value;
}

function growth(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return roundRatio((current - previous) / Math.abs(previous));
}
