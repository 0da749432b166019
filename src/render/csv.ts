// The report as one CSV table for spreadsheets, in one of three dialects: rfc4180 (comma, decimal
// point, LF line ends, UTF-8 without BOM: the English default, for scripts), excel-de and excel-sv
// (semicolon, decimal comma, CRLF, UTF-8 with a BOM: what German and Swedish Excel and LibreOffice
// open in columns with umlauts intact; the default in German and Swedish). Column heads and row
// labels follow the language (English keeps the machine names scripts read). A row for
// social media's headline (attributed), the blended totals, each channel, each campaign and, when compared, the previous period. Numbers are
// plain (110.5, -0.4666), unknown figures are empty cells. Spreadsheet-safe: a text cell that
// begins with = + - @ (or a tab or carriage return) is neutralized with a leading apostrophe, so
// that a campaign name cannot become a formula; numbers are never touched, negative ones included.
// Files that could not be read come first, one `unreadable` row each (file in `name`, and `line`,
// `code`, `reason`, the three last columns, which are empty on every other row).
import type { Language } from '../i18n/language.js';
import { defineTexts } from '../i18n/texts.js';
import { escapeControls } from '../safe-text.js';
import type { Metrics, Report } from '../report.js';
import type { SeriesBy, SeriesFigures, SeriesLine } from '../series.js';
import { defaultCsvDialect, type CsvDialect } from './csv-dialects.js';
import { unreadableFiles } from './unreadable.js';
import { channelName, words } from './words.js';

type Cell = string | number | null;

export { CSV_DIALECTS, defaultCsvDialect, safeCsvOutput, type CsvDialect } from './csv-dialects.js';

interface Layout {
  delimiter: string;
  decimalComma: boolean;
  newline: string;
  bom: string;
}

const LAYOUTS: Record<CsvDialect, Layout> = {
  rfc4180: { delimiter: ',', decimalComma: false, newline: '\n', bom: '' },
  // Excel (and LibreOffice) in a German or Swedish locale split a ';' file on opening, read "0,5" as
  // a number and take the file for UTF-8 only with a byte-order mark.
  'excel-de': { delimiter: ';', decimalComma: true, newline: '\r\n', bom: '\ufeff' },
  'excel-sv': { delimiter: ';', decimalComma: true, newline: '\r\n', bom: '\ufeff' },
};

const COLUMNS = [
  'row',
  'name',
  'from',
  'to',
  'currency',
  'verdict',
  'channels',
  'names',
  'ad_spend',
  'time_cost',
  'other_cost',
  'total_cost',
  'orders',
  'revenue',
  'refunds',
  'roi',
  'roas',
  'cost_per_order',
  'impressions',
  'reach',
  'likes',
  'follows',
  'engagements',
  'profile_visits',
  'link_clicks',
  'sessions',
  'meta_conversions',
  'meta_value',
  'ga4_conversions',
  'ga4_value',
  // Added later, at the end so that existing columns keep their place: confirmed.awaitingPayment.
  'awaiting_orders',
  'awaiting_revenue',
  // Appended: Google Ads' own claims.
  'google_conversions',
  'google_value',
] as const;

/** Where and why a file could not be read; empty on the rows of figures. */
const PROBLEM_COLUMNS = ['line', 'code', 'reason'] as const;
const NO_PROBLEM: Cell[] = PROBLEM_COLUMNS.map(() => null);
/** With --by only, after every other column: the bucket of a `series-*` row (src/render/series-csv.ts). */
const SERIES_COLUMN = 'bucket' as const;

type ColumnName = (typeof COLUMNS)[number] | (typeof PROBLEM_COLUMNS)[number] | typeof SERIES_COLUMN;
type RowKind = 'attributed' | 'total' | 'channel' | 'campaign' | 'previous' | 'unreadable' | 'series-total' | 'series-channel' | 'series-campaign';

/** Column heads and row kinds as the reader's spreadsheet shows them; English: the machine names. */
const CSV_TEXTS = defineTexts<{ heads: Record<ColumnName, string>; kinds: Record<RowKind, string>; undivided: string; channelSeparator: string }>({
  en: {
    heads: Object.fromEntries([...COLUMNS, ...PROBLEM_COLUMNS, SERIES_COLUMN].map((name) => [name, name])) as Record<ColumnName, string>,
    kinds: {
      attributed: 'attributed',
      total: 'total',
      channel: 'channel',
      campaign: 'campaign',
      previous: 'previous',
      unreadable: 'unreadable',
      'series-total': 'series-total',
      'series-channel': 'series-channel',
      'series-campaign': 'series-campaign',
    },
    undivided: 'undivided',
    channelSeparator: ' ',
  },
  de: {
    heads: {
      row: 'Art',
      name: 'Name',
      from: 'Von',
      to: 'Bis',
      currency: 'Währung',
      verdict: 'Bewertung',
      channels: 'Kanäle',
      names: 'Namen in den Dateien',
      ad_spend: 'Werbeausgaben',
      time_cost: 'Ihre Zeit',
      other_cost: 'Sonstige Kosten',
      total_cost: 'Kosten',
      orders: 'Bestellungen',
      revenue: 'Umsatz',
      refunds: 'Erstattungen',
      roi: 'ROI (1 = 100 %)',
      roas: 'ROAS',
      cost_per_order: 'Kosten pro Bestellung',
      impressions: 'Impressionen',
      reach: 'Reichweite',
      likes: 'Likes',
      follows: 'Neue Follower',
      engagements: 'Interaktionen',
      profile_visits: 'Profilbesuche',
      link_clicks: 'Linkklicks',
      sessions: 'Sitzungen',
      meta_conversions: 'Käufe laut Meta',
      meta_value: 'Wert laut Meta',
      ga4_conversions: 'Käufe laut GA4',
      ga4_value: 'Wert laut GA4',
      awaiting_orders: 'Noch nicht bezahlte Bestellungen',
      awaiting_revenue: 'Noch nicht bezahlter Umsatz',
      google_conversions: 'Käufe laut Google',
      google_value: 'Wert laut Google',
      line: 'Zeile',
      code: 'Code',
      reason: 'Grund',
      bucket: 'Zeitabschnitt',
    },
    kinds: {
      attributed: 'Social Media',
      total: 'Gesamt',
      channel: 'Kanal',
      campaign: 'Kampagne',
      previous: 'Vorperiode',
      unreadable: 'nicht lesbar',
      'series-total': 'Verlauf gesamt',
      'series-channel': 'Verlauf Kanal',
      'series-campaign': 'Verlauf Kampagne',
    },
    undivided: 'nicht nach Tagen aufteilbar',
    channelSeparator: ', ',
  },
  sv: {
    heads: {
      row: 'Typ',
      name: 'Namn',
      from: 'Från',
      to: 'Till',
      currency: 'Valuta',
      verdict: 'Bedömning',
      channels: 'Kanaler',
      names: 'Namn i filerna',
      ad_spend: 'Annonskostnad',
      time_cost: 'Din tid',
      other_cost: 'Övriga kostnader',
      total_cost: 'Kostnad',
      orders: 'Ordrar',
      revenue: 'Intäkter',
      refunds: 'Återbetalningar',
      roi: 'ROI (1 = 100 %)',
      roas: 'ROAS',
      cost_per_order: 'Kostnad per order',
      impressions: 'Visningar',
      reach: 'Räckvidd',
      likes: 'Gilla-markeringar',
      follows: 'Nya följare',
      engagements: 'Interaktioner',
      profile_visits: 'Profilbesök',
      link_clicks: 'Länkklick',
      sessions: 'Sessioner',
      meta_conversions: 'Köp enligt Meta',
      meta_value: 'Värde enligt Meta',
      ga4_conversions: 'Köp enligt GA4',
      ga4_value: 'Värde enligt GA4',
      awaiting_orders: 'Obetalda ordrar',
      awaiting_revenue: 'Obetalda intäkter',
      google_conversions: 'Köp enligt Google',
      google_value: 'Värde enligt Google',
      line: 'Rad',
      code: 'Kod',
      reason: 'Orsak',
      bucket: 'Tidsavsnitt',
    },
    kinds: {
      attributed: 'Sociala medier',
      total: 'Totalt',
      channel: 'Kanal',
      campaign: 'Kampanj',
      previous: 'Föregående period',
      unreadable: 'oläslig',
      'series-total': 'Förlopp totalt',
      'series-channel': 'Förlopp kanal',
      'series-campaign': 'Förlopp kampanj',
    },
    undivided: 'kan inte delas upp per dag',
    channelSeparator: ', ',
  },
});

export interface CsvOptions {
  language?: Language;
  /** Default: defaultCsvDialect(language). */
  dialect?: CsvDialect;
}

export function renderCsv(report: Report, options: CsvOptions = {}): string {
  const language = options.language ?? 'en';
  const layout = LAYOUTS[options.dialect ?? defaultCsvDialect(language)];
  const texts = CSV_TEXTS[language];
  const w = words(language);
  const cell = (value: Cell) => cellIn(value, layout);
  const { from, to } = report.period;
  const heads: ColumnName[] = [...COLUMNS, ...PROBLEM_COLUMNS, ...(report.series ? [SERIES_COLUMN] : [])];
  const lines: string[] = [heads.map((name) => cell(texts.heads[name])).join(layout.delimiter)];
  // The bucket column is there with --by only; empty on the rows that are not a bucket's.
  const noBucket = report.series ? layout.delimiter : '';
  for (const file of unreadableFiles(report)) {
    lines.push([...[texts.kinds.unreadable, file.file], ...COLUMNS.slice(2).map(() => null), file.line ?? null, file.code!, file.reason].map(cell).join(layout.delimiter) + noBucket);
  }
  const push = (kind: RowKind, name: string, period: { from: string; to: string }, metrics: Metrics, extra: { verdict?: string; channels?: string[]; names?: string[] } = {}) => {
    lines.push(
      [
        texts.kinds[kind],
        name,
        period.from,
        period.to,
        report.currency,
        extra.verdict ?? null,
        extra.channels?.map((channel) => channelName(language, channel)).join(texts.channelSeparator) ?? null,
        extra.names?.join('; ') ?? null,
        ...metricCells(metrics),
        ...NO_PROBLEM,
      ]
        .map(cell)
        .join(layout.delimiter) + noBucket,
    );
  };
  const credited = report.totals.attributed;
  if (credited) push('attributed', w.socialMedia, { from, to }, headlineMetrics(report.totals));
  push('total', credited ? w.allSalesBlended : w.all, { from, to }, report.totals);
  for (const channel of report.channels) push('channel', channelName(language, channel.channel), { from, to }, channel);
  for (const campaign of report.campaigns) {
    push('campaign', campaign.campaign, { from, to }, campaign, { verdict: w.verdicts[campaign.verdict] ?? campaign.verdict, channels: campaign.channels, names: campaign.names });
  }
  if (report.previous) push('previous', w.all, report.previous.period, report.previous.totals);
  for (const row of seriesRows(report, language)) lines.push([...row.head, ...metricCells(row.metrics), ...NO_PROBLEM, row.bucket].map(cell).join(layout.delimiter));
  return `${layout.bom}${lines.join(layout.newline)}${layout.newline}`;
}

/** The headline row: what social media is credited with, against the whole cost; no attention figures. */
function headlineMetrics(totals: Metrics): Metrics {
  const credited = totals.attributed!;
  const none = { conversions: null, value: null };
  return {
    vanity: { impressions: null, reach: null, likes: null, follows: null, engagements: null, profileVisits: null, linkClicks: null, sessions: null },
    claimed: { meta: none, ga4: none, google: none },
    confirmed: { orders: credited.orders, revenue: credited.revenue, refunds: null, awaitingPayment: null },
    cost: totals.cost,
    roi: credited.roi,
    roas: credited.roas,
    costPerOrder: credited.costPerOrder,
  };
}

/**
 * --by: a row per bucket of the totals, each channel and each campaign (`series-total`,
 * `series-channel`, `series-campaign`), from and to the bucket's days, `bucket` its name
 * (2026-09-01, 2026-W36, 2026-09, or `undivided` for the date-range rows, over the period);
 * ROI, ROAS and cost per order empty (not additive).
 */
function seriesRows(report: Report, language: Language): { head: Cell[]; metrics: Metrics; bucket: string }[] {
  const series = report.series;
  if (!series) return [];
  const texts = CSV_TEXTS[language];
  const rows: ReturnType<typeof seriesRows> = [];
  const line = (kind: RowKind, name: string, entry: SeriesLine) => {
    const head = (from: string, to: string): Cell[] => [texts.kinds[kind], name, from, to, report.currency, null, null, null];
    for (const bucket of entry.buckets) rows.push({ head: head(bucket.from, bucket.to), metrics: asMetrics(bucket), bucket: bucketName(bucket.from, series.by) });
    if (entry.undivided) rows.push({ head: head(report.period.from, report.period.to), metrics: asMetrics(entry.undivided), bucket: texts.undivided });
  };
  line('series-total', words(language).all, series.totals);
  for (const entry of series.channels) line('series-channel', channelName(language, entry.channel), entry);
  for (const entry of series.campaigns) line('series-campaign', entry.campaign, entry);
  return rows;
}

function asMetrics(figures: SeriesFigures): Metrics {
  return { ...figures, confirmed: { ...figures.confirmed, awaitingPayment: null }, roi: null, roas: null, costPerOrder: null };
}

/** A day as it is, a week as its ISO week (2026-W36, the year of its Thursday), a month as 2026-09. */
export function bucketName(from: string, by: SeriesBy): string {
  if (by === 'day') return from;
  if (by === 'month') return from.slice(0, 7);
  const day = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  const thursday = day - ((day + 3) % 7) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / 86_400_000) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function metricCells(metrics: Metrics): Cell[] {
  const { vanity, claimed, confirmed, cost } = metrics;
  return [
    cost.adSpend,
    cost.time,
    cost.other,
    cost.total,
    confirmed.orders,
    confirmed.revenue,
    confirmed.refunds,
    metrics.roi,
    metrics.roas,
    metrics.costPerOrder,
    vanity.impressions,
    vanity.reach,
    vanity.likes,
    vanity.follows,
    vanity.engagements,
    vanity.profileVisits,
    vanity.linkClicks,
    vanity.sessions,
    claimed.meta.conversions,
    claimed.meta.value,
    claimed.ga4.conversions,
    claimed.ga4.value,
    confirmed.awaitingPayment?.orders ?? null,
    confirmed.awaitingPayment?.revenue ?? null,
    claimed.google.conversions,
    claimed.google.value,
  ];
}

/**
 * One cell (rfc4180; cellIn for a dialect): numbers plain (no thousands separator, so the spreadsheet reads them as numbers; the
 * dialect's decimal mark), text neutralized against formulas, then quoted where needed.
 */
export function csvCell(value: Cell): string {
  return cellIn(value, LAYOUTS.rfc4180);
}

function cellIn(value: Cell, layout: Layout): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return layout.decimalComma ? String(value).replace('.', ',') : String(value);
  }
  const text = neutralize(escapeControls(value));
  return text.includes(layout.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Prefixes an apostrophe to text a spreadsheet would read as a formula (OWASP "CSV injection"). */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
