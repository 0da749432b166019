// Sections beside the main tables: the comparison with the previous period (from the report) and
// the trend over the months kept with --history (passed in, not part of the JSON report).
import type { Language } from '../i18n/language.js';
import type { Trend } from '../history.js';
import type { Series } from '../series.js';
import { previousPeriod } from '../period.js';
import { formatDay, parseIsoDay } from '../read/dates.js';
import type { Report } from '../report.js';
import { formatCount, formatMoney, formatPercent } from './format.js';

export interface RenderExtras {
  trend?: Trend;
  /** Columns the terminal report may use (grid.ts outputWidth); 80 when not given. */
  width?: number;
  /** The reader's language (--lang, "language", the locale environment); English when not given. */
  language?: Language;
  /** The series the HTML draws its timeline from when --by is not given (then not in the report). */
  timeline?: Series;
}

/** The comparison rows, shared by the table and the Markdown renderer. */
export function comparisonRows(report: Report): string[][] | null {
  const previous = report.previous;
  if (!previous) return null;
  const current = report.totals;
  const before = previous.totals;
  return [
    ['Ad spend', money(before.cost.adSpend), money(current.cost.adSpend), signedMoney(previous.change.adSpend) + growthText(previous.growth.adSpend)],
    ['Cost', money(before.cost.total), money(current.cost.total), signedMoney(previous.change.cost) + growthText(previous.growth.cost)],
    // h7: social media's figures (the headline) first, the blended ones labelled "All sales".
    ...(current.attributed && before.attributed && previous.change.attributed
      ? [
          ['Social media orders', count(before.attributed.orders), count(current.attributed.orders), signedCount(previous.change.attributed.orders) + growthText(previous.growth.attributed.orders)],
          ['Social media revenue', money(before.attributed.revenue), money(current.attributed.revenue), signedMoney(previous.change.attributed.revenue) + growthText(previous.growth.attributed.revenue)],
          ['Social media ROI', percent(before.attributed.roi), percent(current.attributed.roi), points(previous.change.attributed.roi)],
        ]
      : []),
    ['All sales orders', count(before.confirmed.orders), count(current.confirmed.orders), signedCount(previous.change.orders) + growthText(previous.growth.orders)],
    ['All sales revenue', money(before.confirmed.revenue), money(current.confirmed.revenue), signedMoney(previous.change.revenue) + growthText(previous.growth.revenue)],
    ['All sales ROI', percent(before.roi), percent(current.roi), points(previous.change.roi)],
  ];
}

export function comparisonTitle(report: Report): string | null {
  if (report.previous) return `Compared with the previous period, ${report.previous.period.from} to ${report.previous.period.to}`;
  if (report.period.fromSource || report.previous === undefined) return null;
  const from = parseIsoDay(report.period.from);
  const to = parseIsoDay(report.period.to);
  if (from === null || to === null) return null;
  const range = previousPeriod({ from, to });
  return `No comparison: the inputs do not cover the previous period, ${formatDay(range.from)} to ${formatDay(range.to)}.`;
}

export function trendTitle(trend: Trend): string {
  const first = trend.points[0]!.month;
  const last = trend.points[trend.points.length - 1]!.month;
  const span = first === last ? first : `${first} to ${last}`;
  return `Trend over the months kept with --history, ${span}`;
}

/** `All sales revenue     ▁▄█  200.00 → 450.00`, one line per figure. */
export function trendLines(trend: Trend): string[] {
  // h7: social media's revenue and ROI (the headline) first; the blended ones labelled "All sales".
  const figures: [string, (p: Trend['points'][number]) => number | null, (v: number) => string][] = [
    ['Social media revenue', (p) => p.socialRevenue, formatMoney],
    ['Social media ROI', (p) => p.socialRoi, formatPercent],
    ['Cost', (p) => p.cost, formatMoney],
    ['All sales revenue', (p) => p.revenue, formatMoney],
    ['All sales ROI', (p) => p.roi, formatPercent],
  ];
  return figures.map(([label, get, format]) => {
    const values = trend.points.map(get);
    const known = values.filter((value): value is number => value !== null);
    const range = known.length === 0 ? '–' : known.length === 1 ? format(known[0]!) : `${format(known[0]!)} → ${format(known[known.length - 1]!)}`;
    return `${label.padEnd(20)} ${sparkline(values).padEnd(12)}  ${range}`;
  });
}

const BARS = '▁▂▃▄▅▆▇█';

/** One character per value, lowest ▁ to highest █; · where the value is unknown. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((value): value is number => value !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values
    .map((value) => {
      if (value === null) return '·';
      if (max === min) return BARS[3]!;
      return BARS[Math.round(((value - min) / (max - min)) * (BARS.length - 1))]!;
    })
    .join('');
}

function money(value: number | null): string {
  return value === null ? '–' : formatMoney(value);
}

function count(value: number | null): string {
  return value === null ? '–' : formatCount(value);
}

function percent(value: number | null): string {
  return value === null ? '–' : formatPercent(value);
}

function signedMoney(value: number | null): string {
  if (value === null) return '–';
  return value > 0 ? `+${formatMoney(value)}` : value === 0 ? '±0.00' : formatMoney(value);
}

function signedCount(value: number | null): string {
  if (value === null) return '–';
  return value > 0 ? `+${formatCount(value)}` : value === 0 ? '±0' : formatCount(value);
}

function growthText(value: number | null): string {
  if (value === null) return '';
  const rounded = Math.round(value * 100);
  return ` (${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} %)`;
}

function points(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} pts`;
}
