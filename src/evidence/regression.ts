// Did sales move with the spend? The model, in five lines:
//   1. Ad spend (or posts, or reach) carries over: each day's "pressure" is its spend plus half the
//      day before's (adstock with a carry-over of 0.5), so 1 € works 1 + 0.5 + 0.25 + ... = 2 days' worth.
//   2. Daily sales = a base level + a weekday pattern + a straight-line trend + the controls (other
//      channels' spend, posts) + b × pressure + noise.
//   3. b, fitted by least squares, times the carry-over sum, is "each 1 € of ads went with X € of sales".
//   4. Its 95 % interval comes from a wild bootstrap over weeks: each week's misfit is flipped and
//      scaled as a block (days of one week are not independent), 399 times, with a seeded generator.
//   5. The verdict: evidence (interval above 0), no evidence (interval below break-even: an effect
//      that pays back is ruled out), or too little data (an effect that pays back could still hide).
// Days with few sales are summed into weeks (no weekday pattern then), and too few weeks, or spend
// that never varies beyond the weekday and trend, give "too little data" without a fit.
import { clusteredError, coefficients, prepare, residuals, type Fit } from './least-squares.js';
import { Random } from './random.js';

export const CARRY_OVER = 0.5;
export const REPLICATIONS = 399;
/** Fewer weeks than this cannot show an effect apart from the weekly ups and downs. */
export const MIN_WEEKS = 4;
/** Summed into weeks, the model needs more of them: it has no weekday pattern to lean on. */
export const MIN_WEEKS_WEEKLY = 8;

export type Verdict = 'evidence' | 'no-evidence' | 'too-little-data';

export type Reason =
  /** The interval lies above zero. */
  | 'effect'
  /** The interval's upper end is below break-even. */
  | 'ruled-out'
  /** The interval reaches from zero (or below) to break-even or beyond. */
  | 'wide-interval'
  | 'few-weeks'
  /** The driver is zero, constant, or moves only with the weekday and trend. */
  | 'no-variation';

export interface Estimate {
  method: 'regression';
  unit: 'day' | 'week';
  /** Days (or weeks) in the fit, and the weeks they span. */
  n: number;
  weeks: number;
  /** Sales per unit of the driver (€ per €, with carry-over), null without a fit. */
  effect: number | null;
  interval: [number, number] | null;
  verdict: Verdict;
  reason: Reason;
  /** The break-even the verdict was judged against (sales per unit of driver that pay it back). */
  breakEven: number;
  /** With "too little data" after a fit: about how many more weeks of the same kind would tell. */
  moreWeeks: number | null;
}

export interface EstimateOptions {
  /** Sales per unit of the driver at which the driver pays for itself (1 / margin for ad spend). */
  breakEven: number;
  /** Seed of the bootstrap (derive it from the data so the report is deterministic). */
  seed: number;
  replications?: number;
  carryOver?: number;
  /**
   * Other daily series the sales may move with (posts, reach, another channel's spend), allowed for
   * with the same carry-over: the effect is the driver's apart from them.
   */
  controls?: readonly Float64Array[];
}

/**
 * The effect of `driver` (spend, posts, reach per day) on `sales` (revenue or orders per day), both
 * one entry per consecutive day from `firstDay` (days since 1970-01-01).
 */
export function estimateEffect(sales: Float64Array, driver: Float64Array, firstDay: number, options: EstimateOptions): Estimate {
  const carryOver = options.carryOver ?? CARRY_OVER;
  const pressure = adstock(driver, carryOver);
  const days = sales.length;
  const saleDays = sales.reduce((count, value) => count + (value > 0 ? 1 : 0), 0);
  const weekly = saleDays < days / 2;
  const rows = weekly ? byWeek : byDay;
  const { y, x, week, weekday, weeks } = rows(sales, pressure, firstDay);
  // A control that never moves adds a column the intercept already holds: left out.
  // Controls carry over as the driver does (a post, another channel's spend work on the next days too).
  const controls = (options.controls ?? []).filter((control) => control.some((value) => value !== control[0])).map((control) => rows(sales, adstock(control, carryOver), firstDay).x);
  const n = y.length;
  const base = { method: 'regression' as const, unit: weekly ? ('week' as const) : ('day' as const), n, weeks, breakEven: options.breakEven };
  const tooLittle = (reason: Reason) => ({ ...base, effect: null, interval: null, verdict: 'too-little-data' as const, reason, moreWeeks: null });
  if (weeks < (weekly ? MIN_WEEKS_WEEKLY : MIN_WEEKS)) return tooLittle('few-weeks');

  const design = designMatrix(x, weekday, weekly, controls);
  const p = design.length / n;
  const column = p - 1; // the driver is the last column
  const fit = prepare(design, n, p);
  // Variation is judged on the spend itself: the carry-over's ramp at the start of constant spend
  // is no variation worth the name.
  if (fit === null || !varies(fit, rows(sales, driver, firstDay).x)) return tooLittle('no-variation');

  const scale = 1 / (1 - carryOver);
  const beta = coefficients(fit, y, new Float64Array(p));
  const resid = residuals(fit, y, beta, new Float64Array(n));
  const error = clusteredError(fit, column, resid, week, weeks);
  const estimate = beta[column]!;
  if (!(error > 0)) return tooLittle('no-variation');

  // Wild cluster bootstrap-t: y* = fitted + residual × weight of its week; the interval is
  // estimate − t*(0.975, 0.025) × error, which holds its coverage with few weeks where a plain
  // percentile interval is too narrow.
  const random = new Random(options.seed);
  const replications = options.replications ?? REPLICATIONS;
  const fitted = new Float64Array(n);
  for (let i = 0; i < n; i++) fitted[i] = y[i]! - resid[i]!;
  const ys = new Float64Array(n);
  const betaStar = new Float64Array(p);
  const residStar = new Float64Array(n);
  const weights = new Float64Array(weeks);
  const tStats: number[] = [];
  for (let r = 0; r < replications; r++) {
    for (let g = 0; g < weeks; g++) weights[g] = random.webb();
    for (let i = 0; i < n; i++) ys[i] = fitted[i]! + resid[i]! * weights[week[i]!]!;
    coefficients(fit, ys, betaStar);
    residuals(fit, ys, betaStar, residStar);
    const errorStar = clusteredError(fit, column, residStar, week, weeks);
    if (errorStar > 0) tStats.push((betaStar[column]! - estimate) / errorStar);
  }
  tStats.sort((a, b) => a - b);
  const upperT = quantile(tStats, 0.975);
  const lowerT = quantile(tStats, 0.025);
  const interval: [number, number] = [(estimate - upperT * error) * scale, (estimate - lowerT * error) * scale];
  const effect = estimate * scale;
  return { ...base, effect, interval, ...judge(interval, options.breakEven, weeks) };
}

/** The verdict of an interval against break-even, and the weeks that would narrow a wide one enough. */
export function judge(interval: [number, number], breakEven: number, weeks: number): { verdict: Verdict; reason: Reason; moreWeeks: number | null } {
  const [lower, upper] = interval;
  if (lower > 0) return { verdict: 'evidence', reason: 'effect', moreWeeks: null };
  if (upper < breakEven) return { verdict: 'no-evidence', reason: 'ruled-out', moreWeeks: null };
  // The interval narrows with the square root of the weeks: to tell break-even from zero, its
  // half-width must fall to half of break-even.
  const halfWidth = (upper - lower) / 2;
  const needed = Math.ceil(weeks * (halfWidth / (breakEven / 2)) ** 2);
  return { verdict: 'too-little-data', reason: 'wide-interval', moreWeeks: Math.max(1, needed - weeks) };
}

/** Ad pressure: each day's driver plus `carryOver` times the day before's pressure. */
export function adstock(driver: Float64Array, carryOver: number): Float64Array {
  const out = new Float64Array(driver.length);
  let carried = 0;
  for (let i = 0; i < driver.length; i++) out[i] = carried = driver[i]! + carryOver * carried;
  return out;
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO week a day falls in, counted from the week of `firstDay`. */
function weekIndex(day: number, firstDay: number): number {
  return Math.floor((day - weekdayOf(day) - (firstDay - weekdayOf(firstDay))) / 7);
}

interface Rows {
  y: Float64Array;
  x: Float64Array;
  week: Int32Array;
  weekday: Int8Array;
  weeks: number;
}

function byDay(sales: Float64Array, pressure: Float64Array, firstDay: number): Rows {
  const n = sales.length;
  const week = new Int32Array(n);
  const weekday = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    week[i] = weekIndex(firstDay + i, firstDay);
    weekday[i] = weekdayOf(firstDay + i);
  }
  return { y: Float64Array.from(sales), x: Float64Array.from(pressure), week, weekday, weeks: n ? week[n - 1]! + 1 : 0 };
}

/** Whole weeks only: a part week would look like a week of low sales. */
function byWeek(sales: Float64Array, pressure: Float64Array, firstDay: number): Rows {
  const y: number[] = [];
  const x: number[] = [];
  let start = (7 - weekdayOf(firstDay)) % 7; // the first Monday
  for (; start + 7 <= sales.length; start += 7) {
    let s = 0;
    let d = 0;
    for (let i = start; i < start + 7; i++) {
      s += sales[i]!;
      d += pressure[i]!;
    }
    y.push(s);
    x.push(d);
  }
  const week = Int32Array.from(y.map((_, i) => i));
  return { y: Float64Array.from(y), x: Float64Array.from(x), week, weekday: new Int8Array(y.length), weeks: y.length };
}

/** Intercept, weekday dummies (Tuesday … Sunday, daily only), a centred trend, the controls, and the driver last. */
function designMatrix(x: Float64Array, weekday: Int8Array, weekly: boolean, controls: readonly Float64Array[]): Float64Array {
  const n = x.length;
  const base = weekly ? 2 : 8;
  const p = base + controls.length + 1;
  const design = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    design[row] = 1;
    if (!weekly && weekday[i]! > 0) design[row + weekday[i]!] = 1;
    design[row + base - 1] = n > 1 ? i / (n - 1) - 0.5 : 0;
    for (let k = 0; k < controls.length; k++) design[row + base + k] = controls[k]![i]!;
    design[row + p - 1] = x[i]!;
  }
  return design;
}

/**
 * True when the driver moves apart from the weekday and the trend: the part of it the other columns
 * do not explain must be at least 5 % of its mean (spend that is the same every day, or zero, tells
 * nothing about its effect).
 */
function varies(fit: Fit, x: Float64Array): boolean {
  const { n, p, design } = fit;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  if (!(mean > 0)) return false;
  // Regress the driver on the other columns (a fit without the last column).
  const others = new Float64Array(n * (p - 1));
  for (let i = 0; i < n; i++) for (let b = 0; b < p - 1; b++) others[i * (p - 1) + b] = design[i * p + b]!;
  const controls = prepare(others, n, p - 1);
  if (controls === null) return false;
  const gamma = coefficients(controls, x, new Float64Array(p - 1));
  const rest = residuals(controls, x, gamma, new Float64Array(n));
  let sumSquares = 0;
  for (let i = 0; i < n; i++) sumSquares += rest[i]! * rest[i]!;
  return Math.sqrt(sumSquares / n) >= 0.05 * mean;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
