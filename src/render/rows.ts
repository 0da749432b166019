// The money and attention tables, shared by the terminal and Markdown reports so the two always
// show the same figures in the same order. Columns are listed most important first: on a narrow
// terminal the later ones move to a second table (a group, such as the cost breakdown, moves whole).
// Every word comes from the reader's language (words.ts, and ROW_TEXTS for the sentences here).
import type { Language } from '../i18n/language.js';
import { dashed, numberStyle } from '../i18n/numbers.js';
import { defineTexts, plural } from '../i18n/texts.js';
import type { Metrics, Report } from '../report.js';
import type { CellValue, TableColumn } from './document.js';
import { channelName, words } from './words.js';

export type Row = { label: string } & Metrics;

/** The totals, then each channel (named as the reader calls it). */
export function metricRows(report: Report, totalLabel?: string, language: Language = 'en'): Row[] {
  return [{ label: totalLabel ?? words(language).all, ...report.totals }, ...report.channels.map((channel) => ({ ...channel, label: channelName(language, channel.channel) }))];
}

const ROW_TEXTS = defineTexts({
  en: {
    headlineTitle: 'Social media: what it returned',
    unknown: 'Social media: unknown, no sales ledger covers the period (see the warnings); unknown is not zero.',
    everyOrderSocial: 'All sales (blended): every order of the ledgers; each of them came through a campaign or a social channel.',
    ordersWorth: (count: number, orders: string, amount: string) => `${orders} order${count === 1 ? '' : 's'} worth ${amount}`,
    blended: (orders: string) => `All sales (blended): every order of the ledgers, also the ${orders} that no campaign or social channel brought; not what social media returned.`,
  },
  de: {
    headlineTitle: 'Social Media: was es eingebracht hat',
    unknown: 'Social Media: unbekannt, keine Verkaufsdatei deckt den Zeitraum ab (siehe Warnungen); unbekannt heißt nicht null.',
    everyOrderSocial: 'Alle Verkäufe (gesamt): jede Bestellung aus Ihren Verkaufsdaten; jede kam über eine Kampagne oder ein soziales Netzwerk.',
    ordersWorth: (count: number, orders: string, amount: string) => `${orders} ${plural('de', count, { one: 'Bestellung', other: 'Bestellungen' })} über ${amount}`,
    blended: (orders: string) =>
      `Alle Verkäufe (gesamt): jede Bestellung aus Ihren Verkaufsdaten, auch die ${orders}, die keine Kampagne und kein soziales Netzwerk gebracht hat; das ist nicht, was Social Media eingebracht hat.`,
  },
  sv: {
    headlineTitle: 'Sociala medier: vad de gav',
    unknown: 'Sociala medier: okänt, ingen försäljningsfil täcker perioden (se varningarna); okänt är inte noll.',
    everyOrderSocial: 'All försäljning (totalt): varje order i försäljningsfilerna; alla kom via en kampanj eller ett socialt medium.',
    ordersWorth: (count: number, orders: string, amount: string) => `${orders} ${plural('sv', count, { one: 'order', other: 'ordrar' })} på ${amount}`,
    blended: (orders: string) =>
      `All försäljning (totalt): varje order i försäljningsfilerna, även de ${orders} som ingen kampanj och inget socialt medium gav; inte vad sociala medier gav.`,
  },
});

// --- The headline (h7): what social media returned, then the blended figure, labelled. ---
export function headlineTitle(language: Language = 'en'): string {
  return ROW_TEXTS[language].headlineTitle;
}

export function headlineColumns(language: Language = 'en'): TableColumn[] {
  const w = words(language);
  return [{ head: '' }, { head: w.orders }, { head: w.revenue }, { head: w.cost }, { head: w.roi }, { head: w.roas }, { head: w.costPerOrder }];
}

/** "Social media" (totals.attributed against the whole cost), then "All sales (blended)". */
export function headlineCells(report: Report, language: Language = 'en'): CellValue[][] {
  const { money, count, ratio, percent } = dashed(numberStyle(language));
  const w = words(language);
  const totals = report.totals;
  const credited = totals.attributed;
  const row = (label: string, orders: number | null, revenue: number | null, roi: number | null, roas: number | null, perOrder: number | null): CellValue[] => [
    label,
    count(orders),
    money(revenue),
    money(totals.cost.total),
    toned(percent(roi), roi),
    ratio(roas),
    money(perOrder),
  ];
  return [
    row(w.socialMedia, credited?.orders ?? null, credited?.revenue ?? null, credited?.roi ?? null, credited?.roas ?? null, credited?.costPerOrder ?? null),
    row(w.allSalesBlended, totals.confirmed.orders, totals.confirmed.revenue, totals.roi, totals.roas, totals.costPerOrder),
  ];
}

/** One line under the headline: what the blended row adds, or why the headline is unknown. */
export function headlineNote(report: Report, language: Language = 'en'): string {
  const texts = ROW_TEXTS[language];
  const numbers = numberStyle(language);
  const other = report.totals.attributed?.notCredited;
  if (!other || other.orders === null || other.revenue === null) return texts.unknown;
  if (other.orders === 0) return texts.everyOrderSocial;
  return texts.blended(texts.ordersWorth(other.orders, numbers.count(other.orders), numbers.amount(other.revenue, report.currency)));
}

export function moneyColumns(language: Language = 'en'): TableColumn[] {
  const w = words(language);
  return [
    { head: '' },
    { head: w.orders },
    { head: w.revenue },
    { head: w.cost },
    { head: w.roi },
    { head: w.roas },
    { head: w.costPerOrder },
    { head: w.adSpend, group: 'cost' },
    { head: w.yourTime, group: 'cost' },
    { head: w.otherCosts, group: 'cost' },
  ];
}

/** One cell per moneyColumns entry. */
export function moneyCells(row: Row, language: Language = 'en'): CellValue[] {
  const { money, count, ratio, percent } = dashed(numberStyle(language));
  return [
    row.label,
    count(row.confirmed.orders),
    money(row.confirmed.revenue),
    money(row.cost.total),
    toned(percent(row.roi), row.roi),
    ratio(row.roas),
    money(row.costPerOrder),
    money(row.cost.adSpend),
    money(row.cost.time),
    money(row.cost.other),
  ];
}

export function vanityColumns(language: Language = 'en'): TableColumn[] {
  const w = words(language);
  return [
    { head: '' },
    { head: w.impressions },
    { head: w.reachStar },
    { head: w.likes },
    { head: w.follows },
    { head: w.engagements },
    { head: w.visits },
    { head: w.linkClicks },
    { head: w.sessions },
  ];
}

/** One cell per vanityColumns entry. */
export function vanityCells(row: Row, language: Language = 'en'): CellValue[] {
  const { count } = dashed(numberStyle(language));
  const vanity = row.vanity;
  return [row.label, count(vanity.impressions), count(vanity.reach), count(vanity.likes), count(vanity.follows), count(vanity.engagements), count(vanity.profileVisits), count(vanity.linkClicks), count(vanity.sessions)];
}

/** A figure green when at least 0, red below (in the terminal). */
export function toned(text: string, value: number | null): CellValue {
  if (value === null) return text;
  return { text, tone: value >= 0 ? 'good' : 'bad' };
}

/** True when some input carries Google Ads' claimed conversions or value (the campaign tables then show them). */
export function hasGoogleClaims(report: Pick<Report, 'totals'>): boolean {
  return report.totals.claimed.google.conversions !== null || report.totals.claimed.google.value !== null;
}
