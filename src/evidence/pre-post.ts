// Did this campaign move sales? A CausalImpact-style check for one campaign with a start date: the
// weeks before it give a counterfactual (base level, weekday pattern and, with six weeks or more, a
// trend), projected over the campaign's days; the extra sales are what was sold above it. The
// interval: the counterfactual refitted on a wild bootstrap of the weeks before (its uncertainty)
// plus the misfit of a randomly drawn week before, day by weekday (the noise of the campaign days).
import { judge, weekdayOf, REPLICATIONS, type Reason, type Verdict } from './regression.js';
import { coefficients, prepare, residuals } from './least-squares.js';
import { Random } from './random.js';

/** Weeks before the campaign the counterfactual learns from: at least three, at most eight. */
export const MIN_PRE_DAYS = 21;
export const MAX_PRE_DAYS = 56;
const TREND_PRE_DAYS = 42;

export interface PrePost {
  method: 'pre-post';
  /** Days before the campaign used, and the campaign's days. */
  preDays: number;
  days: number;
  actual: number;
  /** What the weeks before predict for the campaign's days, without the campaign. */
  expected: number | null;
  /** actual − expected, with its 95 % interval. */
  extra: number | null;
  interval: [number, number] | null;
  /** The extra sales at which the campaign pays for itself (its spend × break-even per €). */
  breakEven: number;
  verdict: Verdict;
  reason: Reason;
}

export interface PrePostOptions {
  /** Sales per € of spend at which it pays back (1 / margin). */
  breakEvenPerUnit: number;
  /** The campaign's cost (ad spend) over its days. */
  spend: number;
  seed: number;
  replications?: number;
}

/**
 * `sales` holds one entry per consecutive day from `firstDay`; the campaign runs on entries `start`
 * to `end` (inclusive).
 */
export function prePost(sales: Float64Array, firstDay: number, start: number, end: number, options: PrePostOptions): PrePost {
  const days = end - start + 1;
  let actual = 0;
  for (let i = start; i <= end; i++) actual += sales[i]!;
  const preStart = Math.max(0, start - MAX_PRE_DAYS);
  const preDays = start - preStart;
  const base = { method: 'pre-post' as const, preDays, days, actual: round2(actual) };
  if (preDays < MIN_PRE_DAYS || days < 1) {
    const breakEven = options.spend * options.breakEvenPerUnit;
    return { ...base, expected: null, extra: null, interval: null, breakEven: round2(breakEven), verdict: 'too-little-data', reason: 'few-weeks' };
  }
  const trend = preDays >= TREND_PRE_DAYS;
  const p = 7 + (trend ? 1 : 0);
  const row = (index: number, out: Float64Array, at: number) => {
    out[at] = 1;
    const weekday = weekdayOf(firstDay + index);
    for (let k = 1; k < 7; k++) out[at + k] = weekday === k ? 1 : 0;
    if (trend) out[at + 7] = (index - start) / MAX_PRE_DAYS;
  };
  const design = new Float64Array(preDays * p);
  const y = new Float64Array(preDays);
  const week = new Int32Array(preDays);
  const firstMonday = preStart - weekdayOf(firstDay + preStart);
  for (let i = 0; i < preDays; i++) {
    row(preStart + i, design, i * p);
    y[i] = sales[preStart + i]!;
    week[i] = Math.floor((preStart + i - firstMonday) / 7);
  }
  const weeks = week[preDays - 1]! + 1;
  const fit = prepare(design, preDays, p);
  const breakEvenFloor = options.spend * options.breakEvenPerUnit;
  if (fit === null) return { ...base, expected: null, extra: null, interval: null, breakEven: round2(breakEvenFloor), verdict: 'too-little-data', reason: 'few-weeks' };

  const campaignRows = new Float64Array(days * p);
  for (let d = 0; d < days; d++) row(start + d, campaignRows, d * p);
  const predict = (beta: Float64Array) => {
    let sum = 0;
    for (let d = 0; d < days; d++) for (let b = 0; b < p; b++) sum += campaignRows[d * p + b]! * beta[b]!;
    return sum;
  };
  const beta = coefficients(fit, y, new Float64Array(p));
  const resid = residuals(fit, y, beta, new Float64Array(preDays));
  const expected = predict(beta);
  const extra = actual - expected;

  // Residuals of the weeks before by week and weekday, to draw whole weeks of noise from.
  // In-sample residuals are smaller than the noise of new days by about √((n − p) / n): scaled back.
  const inflate = Math.sqrt(preDays / (preDays - p));
  const noise: (number | undefined)[][] = Array.from({ length: weeks }, () => new Array<number | undefined>(7));
  for (let i = 0; i < preDays; i++) noise[week[i]!]![weekdayOf(firstDay + preStart + i)] = resid[i]! * inflate;
  const random = new Random(options.seed);
  const replications = options.replications ?? REPLICATIONS;
  const fitted = new Float64Array(preDays);
  for (let i = 0; i < preDays; i++) fitted[i] = y[i]! - resid[i]!;
  const ys = new Float64Array(preDays);
  const betaStar = new Float64Array(p);
  const weights = new Float64Array(weeks);
  const errors: number[] = [];
  for (let r = 0; r < replications; r++) {
    for (let g = 0; g < weeks; g++) weights[g] = random.webb();
    for (let i = 0; i < preDays; i++) ys[i] = fitted[i]! + resid[i]! * weights[week[i]!]!;
    coefficients(fit, ys, betaStar);
    let error = expected - predict(betaStar);
    let drawn = noise[Math.floor(random.next() * weeks)]!;
    for (let d = 0; d < days; d++) {
      const weekday = weekdayOf(firstDay + start + d);
      if (weekday === 0 && d > 0) drawn = noise[Math.floor(random.next() * weeks)]!;
      error += drawn[weekday] ?? 0;
    }
    errors.push(error);
  }
  // The spread of the bootstrap errors, widened by Student's t with one degree of freedom less than
  // the weeks before: with eight weeks or fewer, a normal or percentile interval is too narrow.
  let mean = 0;
  for (const error of errors) mean += error;
  mean /= errors.length;
  let variance = 0;
  for (const error of errors) variance += (error - mean) ** 2;
  const spread = Math.sqrt(variance / (errors.length - 1)) * studentT975(weeks - 1);
  const interval: [number, number] = [round2(extra - spread), round2(extra + spread)];
  // A campaign without spend pays back with any extra sales; "ruled out" then needs an interval
  // below 5 % of the expected sales.
  const breakEven = Math.max(breakEvenFloor, 0.05 * expected);
  const { verdict, reason } = judge(interval, breakEven, weeks);
  return { ...base, expected: round2(expected), extra: round2(extra), interval, breakEven: round2(breakEven), verdict, reason };
}

/** The 97.5 % quantile of Student's t with `df` degrees of freedom. */
export function studentT975(df: number): number {
  const table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086];
  if (df < 1) return Infinity;
  if (df <= table.length) return table[df - 1]!;
  return df <= 30 ? 2.042 + ((30 - df) / 10) * (2.086 - 2.042) : df <= 60 ? 2.0 + ((60 - df) / 30) * 0.042 : 1.96;
}

function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
