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
};

function intlStyle(language: Language): NumberStyle {
  const tag = INTL_LOCALE[language];
  const twoPlaces = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
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
  };
}
