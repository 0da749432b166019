// Gross profit and break-even: revenue on the selected basis (gross, or net of the VAT the ledger
// states) times the margin, against every cost. Pure arithmetic on one Metrics block and its sums.
import { roundMoney, roundRatio } from '../metrics.js';
import { M } from '../model/records.js';
import type { Metrics } from '../report.js';
import type { Profit } from './types.js';
import { revenueOnBasis, type RevenueBasis } from './vat.js';

/** 1 ÷ margin: at this ROAS the gross profit on the revenue pays exactly for the ad spend. */
export function breakEvenRoas(margin: number): number {
  return roundRatio(1 / margin);
}

/**
 * The Profit block of one Metrics block. `sums` are the unrounded sums the block was built from (for
 * revenue and tax), `carried` says which metrics any input carries; costs come from the block itself
 * so that both use the same rounded total.
 */
export function buildProfit(sums: Float64Array, carried: Uint8Array, metrics: Metrics, margin: number, basis: RevenueBasis): Profit {
  const hasLedger = carried[M.orders] === 1;
  const taxStated = carried[M.tax] === 1;
  const revenue = hasLedger ? revenueOnBasis(sums[M.revenue]!, taxStated ? sums[M.tax]! : 0, basis) : null;
  const total = metrics.cost.total;
  const adSpend = metrics.cost.adSpend;
  const grossProfit = revenue === null ? null : revenue * margin;
  return {
    basis,
    revenue: revenue === null ? null : roundMoney(revenue),
    tax: taxStated ? roundMoney(sums[M.tax]!) : null,
    grossProfit: grossProfit === null ? null : roundMoney(grossProfit),
    afterCost: grossProfit === null ? null : roundMoney(grossProfit - total),
    roi: grossProfit !== null && total > 0 ? roundRatio((grossProfit - total) / total) : null,
    roas: revenue !== null && adSpend !== null && adSpend > 0 ? roundRatio(revenue / adSpend) : null,
    breakEvenRoas: breakEvenRoas(margin),
    breakEvenRevenue: roundMoney(total / margin),
  };
}
