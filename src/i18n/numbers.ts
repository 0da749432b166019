// Numbers, money, percentages and days as the reader writes them: `1,234.56` and `47 %` in English
// (exactly what format.ts has always printed), `1.234,56` and `31.10.2026` in German, `1 234,56`
// and `2026-10-31` in Swedish. Values are rounded half up first (as the JSON is), then laid out by
// Intl.NumberFormat, so the text never contradicts the JSON.
import { roundMoney } from '../metrics.js';
import { formatCount, formatMoney, formatPercent, formatRatio } from '../render/format.js';
import { INTL_LOCALE, type Language } from './language.js';

export interface NumberStyle {
  readonly language: Language;
  /** An amount with two decimals, without the currency: `1.234,56`. */
  money(value: number): string;
  /** A whole number: `5.350`. */
  count(value: number): string;
  /** A ratio with two decimals: `2,44`. */
  ratio(value: number): string;
  /** A ratio as a whole percentage: `-47 %`. */
  percent(value: number): string;
  /** A calendar day `YYYY-MM-DD` as the reader writes it. */
  day(isoDay: string): string;
  /** A calendar month `YYYY-MM` as the reader writes it: `10.2026` in German. */
  month(isoMonth: string): string;
  /** A number with as many decimals as it has (an exchange rate: `11,5`). */
  decimal(value: number): string;
  /** An amount with its currency, as a sentence writes it: `1.234,56 €`, `1 234,56 kr`, `1,234.56 EUR`. */
  amount(value: number, currency: string): string;
}

/** The same figures with a dash for "not known" (null). */
export interface DashedStyle {
  money(value: number | null): string;
  count(value: number | null): string;
  ratio(value: number | null): string;
  percent(value: number | null): string;
}

const DASH = '–';

export function dashed(style: NumberStyle): DashedStyle {
  return {
    money: (value) => (value === null ? DASH : style.money(value)),
    count: (value) => (value === null ? DASH : style.count(value)),
    ratio: (value) => (value === null ? DASH : style.ratio(value)),
    percent: (value) => (value === null ? DASH : style.percent(value)),
  };
}

const styles = new Map<Language, NumberStyle>();

export function numberStyle(language: Language): NumberStyle {
  let style = styles.get(language);
  if (!style) styles.set(language, (style = language === 'en' ? english : intlStyle(language)));
  return style;
}

const english: NumberStyle = {
  language: 'en',
  money: formatMoney,
  count: formatCount,
  ratio: formatRatio,
  percent: formatPercent,
  day: (isoDay) => isoDay,
  amount: (value, currency) => `${formatMoney(value)} ${currency}`,
  decimal: (value) => String(value),
  month: (isoMonth) => isoMonth,
};

const currencyFormats = new Map<string, Intl.NumberFormat | null>();

/** The locale's way of writing an amount in a currency (its sign where the reader uses one: €, kr); null for a code Intl does not know. */
function currencyFormat(tag: string, currency: string): Intl.NumberFormat | null {
  const key = `${tag} ${currency}`;
  if (!currencyFormats.has(key)) {
    let format: Intl.NumberFormat | null = null;
    try {
      format = new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: 'symbol', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      format = null;
    }
    currencyFormats.set(key, format);
  }
  return currencyFormats.get(key)!;
}

function intlStyle(language: Language): NumberStyle {
  const tag = INTL_LOCALE[language];
  const twoPlaces = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const months = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: '2-digit' });
  const decimals = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
  const days = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  // The minus sign is U+2212 in every language, as the English report has always written it.
  const signed = (text: string) => text.replace(/^[-\u2212]/, '\u2212');
  return {
    language,
    money: (value) => signed(twoPlaces.format(roundMoney(value) || 0)),
    count: (value) => signed(whole.format(value)),
    ratio: (value) => signed(twoPlaces.format(roundMoney(value) || 0)),
    percent: (value) => {
      const percent = Math.sign(value) * Math.round(Math.abs(value) * 100 * (1 + Number.EPSILON));
      return `${signed(whole.format(percent === 0 ? 0 : percent))}\u00a0%`;
    },
    day: (isoDay) => days.format(new Date(`${isoDay}T00:00:00Z`)),
    decimal: (value) => signed(decimals.format(value)),
    month: (isoMonth) => months.format(new Date(`${isoMonth}-01T00:00:00Z`)),
    amount: (value, currency) => {
      const rounded = roundMoney(value) || 0;
      const format = currencyFormat(tag, currency);
      return format ? signed(format.format(rounded)) : `${signed(twoPlaces.format(rounded))}\u00a0${currency}`;
    },
  };
}
