// How every renderer writes numbers. Ratios round half up like the JSON does (4.425 is 4.43, not the
// 4.42 that toFixed gives for the binary 4.42499...), so the table never contradicts the JSON.
import { roundMoney } from '../metrics.js';

export function formatMoney(value: number): string {
  const fixed = Math.abs(roundMoney(value)).toFixed(2);
  const [whole, cents] = fixed.split('.');
  return `${value < 0 && fixed !== '0.00' ? '−' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

export function formatCount(value: number): string {
  return `${value < 0 ? '−' : ''}${Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A ratio with two places, half up. */
export function formatRatio(value: number): string {
  return roundMoney(value).toFixed(2);
}

/** A ratio as a whole percentage, half up: -0.4666 is `-47 %`. */
export function formatPercent(value: number): string {
  const percent = Math.sign(value) * Math.round(Math.abs(value) * 100 * (1 + Number.EPSILON));
  return `${percent === 0 ? 0 : percent} %`;
}

/** The same, with a dash for "not known". */
export const orDash = {
  money: (value: number | null) => (value === null ? '–' : formatMoney(value)),
  count: (value: number | null) => (value === null ? '–' : formatCount(value)),
  ratio: (value: number | null) => (value === null ? '–' : formatRatio(value)),
  percent: (value: number | null) => (value === null ? '–' : formatPercent(value)),
};
