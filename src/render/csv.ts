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

type ColumnName = (typeof COLUMNS)[number] | (typeof PROBLEM_COLUMNS)[number];
type RowKind = 'attributed' | 'total' | 'channel' | 'campaign' | 'previous' | 'unreadable';

/** Column heads and row kinds as the reader's spreadsheet shows them; English: the machine names. */
const CSV_TEXTS = defineTexts<{ heads: Record<ColumnName, string>; kinds: Record<RowKind, string>; channelSeparator: string }>({
  en: {
    heads: Object.fromEntries([...COLUMNS, ...PROBLEM_COLUMNS].map((name) => [name, name])) as Record<ColumnName, string>,
    kinds: { attributed: 'attributed', total: 'total', channel: 'channel', campaign: 'campaign', previous: 'previous', unreadable: 'unreadable' },
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
    },
    kinds: { attributed: 'Social Media', total: 'Gesamt', channel: 'Kanal', campaign: 'Kampagne', previous: 'Vorperiode', unreadable: 'nicht lesbar' },
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
    },
    kinds: { attributed: 'Sociala medier', total: 'Totalt', channel: 'Kanal', campaign: 'Kampanj', previous: 'Föregående period', unreadable: 'oläslig' },
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
  const lines: string[] = [[...COLUMNS, ...PROBLEM_COLUMNS].map((name) => cell(texts.heads[name])).join(layout.delimiter)];
  for (const file of unreadableFiles(report)) {
    lines.push([...[texts.kinds.unreadable, file.file], ...COLUMNS.slice(2).map(() => null), file.line ?? null, file.code!, file.reason].map(cell).join(layout.delimiter));
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
        .join(layout.delimiter),
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
