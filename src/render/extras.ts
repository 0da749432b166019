// Sections beside the main tables: the comparison with the previous period (from the report) and
// the trend over the months kept with --history (passed in, not part of the JSON report).
import type { Language } from '../i18n/language.js';
import { numberStyle, type NumberStyle } from '../i18n/numbers.js';
import { defineTexts } from '../i18n/texts.js';
import type { Trend } from '../history.js';
import type { Series } from '../series.js';
import { previousPeriod } from '../period.js';
import { formatDay, parseIsoDay } from '../read/dates.js';
import type { Report } from '../report.js';
import type { CsvDialect } from './csv-dialects.js';
import { words } from './words.js';

export interface RenderExtras {
  trend?: Trend;
  /** Columns the terminal report may use (grid.ts outputWidth); 80 when not given. */
  width?: number;
  /** The reader's language (--lang, "language", the locale environment); English when not given. */
  language?: Language;
  /** The series the HTML draws its timeline from when --by is not given (then not in the report). */
  timeline?: Series;
  /** --csv-dialect (the CSV report only); default by the language (render/csv.ts defaultCsvDialect). */
  csvDialect?: CsvDialect;
}

const EXTRA_TEXTS = defineTexts({
  en: {
    socialOrders: 'Social media orders',
    socialRevenue: 'Social media revenue',
    socialRoi: 'Social media ROI',
    allOrders: 'All sales orders',
    allRevenue: 'All sales revenue',
    allRoi: 'All sales ROI',
    compared: (from: string, to: string) => `Compared with the previous period, ${from} to ${to}`,
    noComparison: (from: string, to: string) => `No comparison: the inputs do not cover the previous period, ${from} to ${to}.`,
    trend: (span: string) => `Trend over the months kept with --history, ${span}`,
    span: (first: string, last: string) => `${first} to ${last}`,
    points: 'pts',
    labelWidth: 20,
  },
  de: {
    socialOrders: 'Bestellungen über Social Media',
    socialRevenue: 'Umsatz über Social Media',
    socialRoi: 'ROI von Social Media',
    allOrders: 'Bestellungen insgesamt',
    allRevenue: 'Umsatz insgesamt',
    allRoi: 'ROI aller Verkäufe',
    compared: (from: string, to: string) => `Im Vergleich zum vorigen Zeitraum, ${from} bis ${to}`,
    noComparison: (from: string, to: string) => `Kein Vergleich: Die Dateien decken den vorigen Zeitraum, ${from} bis ${to}, nicht ab.`,
    trend: (span: string) => `Entwicklung über die mit --history aufbewahrten Monate, ${span}`,
    span: (first: string, last: string) => `${first} bis ${last}`,
    points: 'Prozentpunkte',
    labelWidth: 26,
  },
  sv: {
    socialOrders: 'Ordrar via sociala medier',
    socialRevenue: 'Intäkter via sociala medier',
    socialRoi: 'ROI för sociala medier',
    allOrders: 'Ordrar totalt',
    allRevenue: 'Intäkter totalt',
    allRoi: 'ROI för all försäljning',
    compared: (from: string, to: string) => `Jämfört med föregående period, ${from} till ${to}`,
    noComparison: (from: string, to: string) => `Ingen jämförelse: filerna täcker inte föregående period, ${from} till ${to}.`,
    trend: (span: string) => `Utveckling över månaderna som sparats med --history, ${span}`,
    span: (first: string, last: string) => `${first} till ${last}`,
    points: 'procentenheter',
    labelWidth: 27,
  },
});

/** The comparison rows, shared by the table and the Markdown renderer. */
export function comparisonRows(report: Report, language: Language = 'en'): string[][] | null {
  const previous = report.previous;
  if (!previous) return null;
  const texts = EXTRA_TEXTS[language];
  const w = words(language);
  const f = figures(numberStyle(language), texts.points);
  const current = report.totals;
  const before = previous.totals;
  return [
    [w.adSpend, f.money(before.cost.adSpend), f.money(current.cost.adSpend), f.signedMoney(previous.change.adSpend) + f.growth(previous.growth.adSpend)],
    [w.cost, f.money(before.cost.total), f.money(current.cost.total), f.signedMoney(previous.change.cost) + f.growth(previous.growth.cost)],
    // h7: social media's figures (the headline) first, the blended ones labelled "All sales".
    ...(current.attributed && before.attributed && previous.change.attributed
      ? [
          [texts.socialOrders, f.count(before.attributed.orders), f.count(current.attributed.orders), f.signedCount(previous.change.attributed.orders) + f.growth(previous.growth.attributed.orders)],
          [texts.socialRevenue, f.money(before.attributed.revenue), f.money(current.attributed.revenue), f.signedMoney(previous.change.attributed.revenue) + f.growth(previous.growth.attributed.revenue)],
          [texts.socialRoi, f.percent(before.attributed.roi), f.percent(current.attributed.roi), f.points(previous.change.attributed.roi)],
        ]
      : []),
    [texts.allOrders, f.count(before.confirmed.orders), f.count(current.confirmed.orders), f.signedCount(previous.change.orders) + f.growth(previous.growth.orders)],
    [texts.allRevenue, f.money(before.confirmed.revenue), f.money(current.confirmed.revenue), f.signedMoney(previous.change.revenue) + f.growth(previous.growth.revenue)],
    [texts.allRoi, f.percent(before.roi), f.percent(current.roi), f.points(previous.change.roi)],
  ];
}

/** The comparison table's heads: the label column, then previous, current and the change. */
export function comparisonHeads(language: Language = 'en'): string[] {
  const w = words(language);
  return ['', w.previous, w.current, w.change];
}

export function comparisonTitle(report: Report, language: Language = 'en'): string | null {
  const texts = EXTRA_TEXTS[language];
  const { day } = numberStyle(language);
  if (report.previous) return texts.compared(day(report.previous.period.from), day(report.previous.period.to));
  if (report.period.fromSource || report.previous === undefined) return null;
  const from = parseIsoDay(report.period.from);
  const to = parseIsoDay(report.period.to);
  if (from === null || to === null) return null;
  const range = previousPeriod({ from, to });
  return texts.noComparison(day(formatDay(range.from)), day(formatDay(range.to)));
}

export function trendTitle(trend: Trend, language: Language = 'en'): string {
  const texts = EXTRA_TEXTS[language];
  const { month } = numberStyle(language);
  const first = month(trend.points[0]!.month);
  const last = month(trend.points[trend.points.length - 1]!.month);
  const span = first === last ? first : texts.span(first, last);
  return texts.trend(span);
}

/** `All sales revenue     ▁▄█  200.00 → 450.00`, one line per figure. */
export function trendLines(trend: Trend, language: Language = 'en'): string[] {
  const texts = EXTRA_TEXTS[language];
  const numbers = numberStyle(language);
  // h7: social media's revenue and ROI (the headline) first; the blended ones labelled "All sales".
  const rows: [string, (p: Trend['points'][number]) => number | null, (v: number) => string][] = [
    [texts.socialRevenue, (p) => p.socialRevenue, numbers.money],
    [texts.socialRoi, (p) => p.socialRoi, numbers.percent],
    [words(language).cost, (p) => p.cost, numbers.money],
    [texts.allRevenue, (p) => p.revenue, numbers.money],
    [texts.allRoi, (p) => p.roi, numbers.percent],
  ];
  return rows.map(([label, get, format]) => {
    const values = trend.points.map(get);
    const known = values.filter((value): value is number => value !== null);
    const range = known.length === 0 ? '–' : known.length === 1 ? format(known[0]!) : `${format(known[0]!)} → ${format(known[known.length - 1]!)}`;
    return `${label.padEnd(texts.labelWidth)} ${sparkline(values).padEnd(12)}  ${range}`;
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

/** The comparison's figures: a dash for unknown, a sign on every change, growth and points in the reader's numbers. */
function figures(numbers: NumberStyle, pointsWord: string) {
  const sign = (rounded: number) => (rounded > 0 ? '+' : rounded < 0 ? '−' : '±');
  // English has always written whole percentages without a thousands separator.
  const whole = (value: number) => (numbers.language === 'en' ? String(value) : numbers.count(value));
  return {
    money: (value: number | null) => (value === null ? '–' : numbers.money(value)),
    count: (value: number | null) => (value === null ? '–' : numbers.count(value)),
    percent: (value: number | null) => (value === null ? '–' : numbers.percent(value)),
    signedMoney: (value: number | null) => {
      if (value === null) return '–';
      return value > 0 ? `+${numbers.money(value)}` : value === 0 ? `±${numbers.money(0)}` : numbers.money(value);
    },
    signedCount: (value: number | null) => {
      if (value === null) return '–';
      return value > 0 ? `+${numbers.count(value)}` : value === 0 ? '±0' : numbers.count(value);
    },
    growth: (value: number | null) => {
      if (value === null) return '';
      const rounded = Math.round(value * 100);
      return ` (${sign(rounded)}${whole(Math.abs(rounded))}${numbers.language === 'en' ? ' ' : '\u00a0'}%)`;
    },
    points: (value: number | null) => {
      if (value === null) return '–';
      const rounded = Math.round(value * 100);
      return `${sign(rounded)}${whole(Math.abs(rounded))} ${pointsWord}`;
    },
  };
}
