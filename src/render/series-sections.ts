// The `--by` breakdown as sections of the shared model (render/sections.ts pushes them), so the
// terminal, the Markdown and the HTML report show the same compact tables: one for all channels,
// one per channel, one per campaign, a row per bucket. Columns that are unknown in every bucket of
// a table are left out; an unknown figure in a kept column is "–", never 0. Computes nothing.
import { INTL_LOCALE, type Language } from '../i18n/language.js';
import { numberStyle } from '../i18n/numbers.js';
import { defineTexts } from '../i18n/texts.js';
import type { Report } from '../report.js';
import type { SeriesBucket, SeriesBy, SeriesFigures, SeriesLine } from '../series.js';
import type { CellValue, Section, TableColumn } from './document.js';

export const SERIES_TEXTS = defineTexts({
  en: {
    by: { day: 'By day', week: 'By week', month: 'By month' } as Record<SeriesBy, string>,
    allChannels: 'all channels',
    campaign: (name: string) => `campaign “${name}”`,
    bucket: { day: 'Day', week: 'Week', month: 'Month' } as Record<SeriesBy, string>,
    undivided: 'Date-range rows',
    note: (by: SeriesBy) =>
      `The ${by}s add up to the totals above. Ad spend falls on the day it was spent; your time and monthly costs are spread by calendar days, as in the totals; a cost with a date falls on its ${by}. Rows of an export that cover several ${by}s at once are shown as "Date-range rows". – is unknown, not zero.`,
    columns: {
      adSpend: 'Ad spend',
      cost: 'Cost',
      orders: 'Orders',
      revenue: 'Revenue',
      refunds: 'Refunds',
      meta: 'Meta claims',
      ga4: 'GA4 claims',
      google: 'Google claims',
      impressions: 'Impressions',
      reach: 'Reach',
      linkClicks: 'Link clicks',
      engagements: 'Engagements',
      profileVisits: 'Visits',
      sessions: 'Sessions',
    },
  },
  de: {
    by: { day: 'Nach Tag', week: 'Nach Woche', month: 'Nach Monat' },
    allChannels: 'alle Kanäle',
    campaign: (name) => `Kampagne „${name}“`,
    bucket: { day: 'Tag', week: 'Woche', month: 'Monat' },
    undivided: 'Zeilen über einen Zeitraum',
    note: (by) => {
      const units = { day: 'Tage', week: 'Wochen', month: 'Monate' }[by];
      return `Die Zeilen ergeben zusammen die Summen oben. Werbeausgaben zählen an dem Tag, an dem sie anfielen; Ihre Zeit und monatliche Kosten sind nach Kalendertagen verteilt, wie in den Summen; Kosten mit Datum zählen dort, wo ihr Datum liegt. Zeilen eines Exports, die mehrere ${units} auf einmal abdecken, stehen unter „Zeilen über einen Zeitraum“. – heißt unbekannt, nicht null.`;
    },
    columns: {
      adSpend: 'Werbeausgaben',
      cost: 'Kosten',
      orders: 'Bestellungen',
      revenue: 'Umsatz',
      refunds: 'Erstattungen',
      meta: 'Meta meldet',
      ga4: 'GA4 meldet',
      google: 'Google meldet',
      impressions: 'Impressionen',
      reach: 'Reichweite',
      linkClicks: 'Link-Klicks',
      engagements: 'Interaktionen',
      profileVisits: 'Besuche',
      sessions: 'Sitzungen',
    },
  },
  sv: {
    by: { day: 'Per dag', week: 'Per vecka', month: 'Per månad' },
    allChannels: 'alla kanaler',
    campaign: (name) => `kampanj ”${name}”`,
    bucket: { day: 'Dag', week: 'Vecka', month: 'Månad' },
    undivided: 'Rader för en period',
    note: (by) => {
      const units = { day: 'dagar', week: 'veckor', month: 'månader' }[by];
      return `Raderna summerar till totalerna ovan. Annonskostnad räknas den dag den uppstod; din tid och månadskostnader fördelas per kalenderdag, som i totalerna; en kostnad med datum räknas i sin period. Rader i en export som gäller flera ${units} på en gång visas som ”Rader för en period”. – betyder okänt, inte noll.`;
    },
    columns: {
      adSpend: 'Annonskostnad',
      cost: 'Kostnad',
      orders: 'Ordrar',
      revenue: 'Intäkter',
      refunds: 'Återbetalningar',
      meta: 'Meta uppger',
      ga4: 'GA4 uppger',
      google: 'Google uppger',
      impressions: 'Visningar',
      reach: 'Räckvidd',
      linkClicks: 'Länkklick',
      engagements: 'Interaktioner',
      profileVisits: 'Besök',
      sessions: 'Sessioner',
    },
  },
});

type ColumnKey = keyof (typeof SERIES_TEXTS)['en']['columns'];
type Cell = (figures: SeriesFigures, language: Language) => CellValue | null;

/** The columns of a breakdown table, most important first; a cell is null when the figure is unknown. */
const COLUMNS: { key: ColumnKey; group?: string; cell: Cell }[] = [
  { key: 'adSpend', cell: (f, l) => money(f.cost.adSpend, l) },
  { key: 'cost', cell: (f, l) => money(f.cost.total, l) },
  { key: 'orders', cell: (f, l) => count(f.confirmed.orders, l) },
  { key: 'revenue', cell: (f, l) => money(f.confirmed.revenue, l) },
  { key: 'refunds', cell: (f, l) => money(f.confirmed.refunds, l) },
  { key: 'meta', group: 'claims', cell: (f, l) => claim(f.claimed.meta, l) },
  { key: 'ga4', group: 'claims', cell: (f, l) => claim(f.claimed.ga4, l) },
  { key: 'google', group: 'claims', cell: (f, l) => claim(f.claimed.google, l) },
  { key: 'impressions', group: 'attention', cell: (f, l) => count(f.vanity.impressions, l) },
  { key: 'reach', group: 'attention', cell: (f, l) => count(f.vanity.reach, l) },
  { key: 'linkClicks', group: 'attention', cell: (f, l) => count(f.vanity.linkClicks, l) },
  { key: 'engagements', group: 'attention', cell: (f, l) => count(f.vanity.engagements, l) },
  { key: 'profileVisits', group: 'attention', cell: (f, l) => count(f.vanity.profileVisits, l) },
  { key: 'sessions', group: 'attention', cell: (f, l) => count(f.vanity.sessions, l) },
];

/** One section per line of the series (all channels, each channel, each campaign); none without --by. */
export function seriesSections(report: Report, language: Language = 'en'): Section[] {
  const series = report.series;
  if (!series) return [];
  const texts = SERIES_TEXTS[language];
  const title = (what: string) => `${texts.by[series.by]}: ${what}`;
  const lines: { title: string; line: SeriesLine }[] = [
    { title: title(texts.allChannels), line: series.totals },
    ...series.channels.map((entry) => ({ title: title(entry.channel), line: entry as SeriesLine })),
    ...series.campaigns.map((entry) => ({ title: title(texts.campaign(entry.campaign)), line: entry as SeriesLine })),
  ];
  return lines.map(({ title, line }, index) => ({
    title,
    blocks: [
      seriesTable(line, series.by, language),
      ...(index === 0 ? [{ kind: 'text' as const, text: texts.note(series.by), dim: true }] : []),
    ],
  }));
}

function seriesTable(line: SeriesLine, by: SeriesBy, language: Language): Section['blocks'][number] {
  const texts = SERIES_TEXTS[language];
  const entries: { label: string; figures: SeriesFigures }[] = [
    ...line.buckets.map((bucket) => ({ label: bucketLabel(bucket, by, language), figures: bucket as SeriesFigures })),
    ...(line.undivided ? [{ label: texts.undivided, figures: line.undivided }] : []),
  ];
  // Ad spend, cost, orders and revenue always; the other columns only where some bucket knows them.
  const kept = COLUMNS.filter((column, index) => index < 4 || entries.some((entry) => column.cell(entry.figures, language) !== null));
  const columns: TableColumn[] = [{ head: texts.bucket[by] }, ...kept.map((column) => ({ head: texts.columns[column.key], ...(column.group ? { group: column.group } : {}) }))];
  return {
    kind: 'table',
    columns,
    rows: entries.map((entry) => [entry.label, ...kept.map((column) => column.cell(entry.figures, language) ?? '–')]),
  };
}

/** `2026-09-01` for a day; `September 2026` for a whole month; else the first and last day (a week, a clipped month). */
export function bucketLabel(bucket: Pick<SeriesBucket, 'from' | 'to'>, by: SeriesBy, language: Language): string {
  const { day } = numberStyle(language);
  if (by === 'day' || bucket.from === bucket.to) return day(bucket.from);
  if (by === 'month' && bucket.from.endsWith('-01') && nextDay(bucket.to).endsWith('-01')) return monthName(bucket.from, language);
  return `${day(bucket.from)} – ${day(bucket.to)}`;
}

function nextDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

function monthName(isoDay: string, language: Language): string {
  let format = monthFormats.get(language);
  if (!format) monthFormats.set(language, (format = new Intl.DateTimeFormat(INTL_LOCALE[language], { timeZone: 'UTC', month: 'long', year: 'numeric' })));
  return format.format(new Date(`${isoDay}T00:00:00Z`));
}

function money(value: number | null, language: Language): string | null {
  return value === null ? null : numberStyle(language).money(value);
}

function count(value: number | null, language: Language): string | null {
  return value === null ? null : numberStyle(language).count(value);
}

function claim(claimed: { conversions: number | null; value: number | null }, language: Language): string | null {
  if (claimed.conversions === null && claimed.value === null) return null;
  return `${count(claimed.conversions, language) ?? '–'}/${money(claimed.value, language) ?? '–'}`;
}
