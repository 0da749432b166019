// Meta Ads Manager "Export table data": one row per campaign, ad set or ad, per day (daily
// breakdown) or per selected range (no breakdown). Headers are matched through alias tables
// (formats.md §1.4); the currency sits on the spend header: `Amount spent (EUR)`.
import { InputError, say } from '../errors.js';
import { parseDateTime } from '../read/dates.js';
import { findMoneyColumn, foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord, type Channel } from '../model/records.js';
import { CellReader, checkDuplicateColumns, checkWidth, decideDecimal, mapColumns, missingColumnsError, slashOrderOf, type ColumnSpec } from './columns.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

const TITLE = 'Meta Ads Manager export';

// Localised labels (formats.md §1.4). English is [REAL]; German, French and Spanish are [PARSER]
// (alias tables and fixtures of public parsers) unless marked; every Swedish label and the entries
// marked "guess" are [GUESS]: Meta's Swedish export has not been seen. Where the wording is
// unconfirmed the likely variants are all listed. Headers are folded before comparison
// (read/headers.ts): case, accents, quote styles („“ ’ '), dashes and spacing do not matter.

/** Spend header without its currency suffix; findMoneyColumn accepts `X (USD)` and bare `X`. */
const SPEND = [
  'amount spent',
  'ausgegebener betrag',
  'spenderat belopp', // guess
  'använt belopp', // guess
  'spenderad summa', // guess
  'montant dépensé',
  'importe gastado',
];
const PURCHASE_VALUE = [
  'purchases conversion value',
  'website purchases conversion value',
  'conversion-wert der käufe', // guess (§1.4: "Conversion-Wert", partial)
  'conversion-wert für website-käufe', // guess
  'konverteringsvärde för köp', // guess
  'valeur de conversion des achats', // guess (§1.4: "Valeur de conversion", partial)
  'valor de conversión de compras', // guess
];

const COLUMNS = {
  starts: [
    'reporting starts',
    'berichtsbeginn',
    'berichtsstart',
    'rapportering startar', // guess
    'rapporteringen startar', // guess
    'rapporteringsstart', // guess
    'début des rapports', // guess
    'début du rapport', // guess
    'inicio del informe',
  ],
  ends: [
    'reporting ends',
    'berichtsende', // guess
    'rapportering slutar', // guess
    'rapporteringen slutar', // guess
    'rapporteringsslut', // guess
    'fin des rapports', // guess
    'fin du rapport', // guess
    'fin del informe',
  ],
  day: ['day', 'tag', 'dag', 'jour', 'día'],
  campaign: [
    'campaign name',
    'kampagnenname',
    'name der kampagne',
    'kampanjnamn',
    'kampanjens namn', // guess
    'nom de la campagne',
    'nom de campagne',
    'nombre de la campaña',
    'nombre de campaña',
  ],
  campaignId: ['campaign id', 'kampagnen-id', 'kampanj-id', 'identifiant de la campagne', 'id de la campagne', 'identificador de la campaña'],
  adset: [
    'ad set name',
    'name der anzeigengruppe',
    'anzeigengruppenname',
    'annonsuppsättningens namn',
    'namn på annonsuppsättning', // guess
    "nom de l'ensemble de publicités",
    'nombre del conjunto de anuncios',
  ],
  ad: ['ad name', 'anzeigenname', 'name der anzeige', 'annonsnamn', 'annonsens namn', 'nom de la publicité', 'nombre del anuncio'],
  platform: ['platform', 'publisher platform', 'placement', 'plattform', 'plateforme', 'plataforma'],
  currency: ['currency', 'währung', 'valuta', 'devise', 'moneda'],
  account: ['account id', 'account name', 'konto-id', 'kontoname', 'kontonamn', 'id du compte', 'nom du compte', 'id de la cuenta', 'nombre de la cuenta'],
  impressions: ['impressions', 'impressionen', 'visningar', 'exponeringar', 'impresiones'],
  reach: ['reach', 'reichweite', 'räckvidd', 'couverture', 'portée', 'alcance'],
  linkClicks: ['link clicks', 'link-klicks', 'länkklick', 'klick på länk', 'clics sur le lien', 'clics sur un lien', 'clics en el enlace'],
  results: ['results', 'ergebnisse', 'resultat', 'résultats', 'resultados'],
  indicator: [
    'result indicator',
    'ergebnisindikator', // guess
    'resultatindikator', // guess
    'indicateur de résultats',
    'indicador de resultado',
    'indicador de resultados',
    'result type',
  ],
  purchases: [
    'purchases',
    'website purchases',
    'käufe',
    'website-käufe',
    'köp',
    'webbplatsköp', // guess
    'achats',
    'achats sur le site web',
    'compras',
    'compras en el sitio web',
  ],
  roas: [
    'purchase roas (return on ad spend)',
    'roas (käufe)',
    'roas för köp', // guess
    'roas des achats',
    'roas de compras', // guess
  ],
  engagements: [
    'post engagements',
    'beitragsinteraktionen',
    'interaktioner med inlägg', // guess
    'inläggsinteraktioner', // guess
    'interactions avec la publication',
    'interacciones con la publicación', // guess
  ],
  follows: ['instagram follows', 'follows auf instagram', 'instagram-följare', 'abonnements instagram'],
  likes: [
    'facebook likes',
    'page likes',
    '„gefällt mir“-angaben auf facebook',
    'gilla-markeringar på facebook', // guess
    "j'aime sur facebook",
    'me gusta de facebook', // guess
  ],
  attribution: ['attribution setting', 'attributionseinstellung', 'attributionsinställning', "paramètre d'attribution", 'configuración de atribución'],
  profileVisits: [
    'instagram profile visits',
    'instagram-profilaufrufe', // guess
    'besök på instagramprofilen', // guess
    'visites du profil instagram',
    'visitas al perfil de instagram', // guess
  ],
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

/** Counts copied straight from a column when the file has it (an empty cell counts 0). */
const DIRECT_COUNTS: readonly [Field, number][] = [
  ['impressions', M.impressions],
  ['reach', M.reach],
  ['engagements', M.engagements],
  ['follows', M.follows],
  ['likes', M.likes],
  ['profileVisits', M.profileVisits],
];

/** Name cells that mark a summary row (folded, trailing colon removed). */
const SUMMARY_LABELS = new Set(['total', 'gesamt', 'totalt', 'totaux', 'total general', 'grand total']);

const LEVELS = { campaign: 3, adset: 2, ad: 1 } as const;

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

function isPurchaseIndicator(indicator: string): boolean {
  return indicator.toLowerCase().includes('purchase');
}

/** `actions:link_click` → `link_click`; a human-readable `Result type` (`Post engagements`) → `post_engagements`. */
function foldIndicator(indicator: string): string {
  return indicator.trim().toLowerCase().replace(/^actions:/, '').replace(/\s+/g, '_');
}

function isLinkClickIndicator(indicator: string): boolean {
  const folded = foldIndicator(indicator);
  return folded === 'link_click' || folded === 'link_clicks';
}

/**
 * Results that are post engagements: `actions:post_engagement` (the API action type), or the
 * `Result type` `Post engagements` of the catalogue export (formats.md §1.2, [REAL]).
 */
function isEngagementIndicator(indicator: string): boolean {
  const folded = foldIndicator(indicator);
  return folded === 'post_engagement' || folded === 'post_engagements';
}

/**
 * Results that are Instagram profile visits: `actions:visit_instagram_profile`,
 * `profile_visit_view` (API action types, [PARSER]) and `profile_visit` (formats.md §1.2,
 * GH-70460502978), or a human-readable `Instagram profile visits`.
 */
const PROFILE_VISIT_INDICATORS = new Set([
  'visit_instagram_profile',
  'profile_visit_view',
  'profile_visit',
  'profile_visits',
  'instagram_profile_visit',
  'instagram_profile_visits',
  'onsite_conversion.profile_visit',
]);
function isProfileVisitIndicator(indicator: string): boolean {
  return PROFILE_VISIT_INDICATORS.has(foldIndicator(indicator));
}

/** What a result indicator counts, as bits: rows repeat a few indicators, so each is folded once per file. */
const PURCHASE = 1;
const LINK_CLICK = 2;
const ENGAGEMENT = 4;
const PROFILE_VISIT = 8;
function indicatorKind(indicator: string): number {
  return (
    (isPurchaseIndicator(indicator) ? PURCHASE : 0) |
    (isLinkClickIndicator(indicator) ? LINK_CLICK : 0) |
    (isEngagementIndicator(indicator) ? ENGAGEMENT : 0) |
    (isProfileVisitIndicator(indicator) ? PROFILE_VISIT : 0)
  );
}

function channelOfPlatform(value: string): Channel {
  // Publisher platform: facebook, instagram, messenger, audience_network; placements such as
  // "Instagram Stories" or "Facebook Feed". Only Instagram is not Facebook.
  return value.toLowerCase().includes('instagram') ? 'instagram' : 'facebook';
}

/** A name cell that cannot name a campaign, ad set or ad: empty, a total label, or a date. */
function isSummaryName(cell: string): boolean {
  const text = cell.trim();
  if (text === '') return true;
  const first = text.charCodeAt(0);
  const lower = first | 32;
  // Every label starts with t or g; folding (accents: "Total général") only runs for those.
  if (text.length <= 16 && (lower === 103 || lower === 116)) {
    if (SUMMARY_LABELS.has(foldHeader(text).replace(/\s*:$/, ''))) return true;
  }
  return first >= 48 && first <= 57 && parseDateTime(text) !== null;
}

export const metaAds: Source = {
  kind: 'meta-ads',
  title: TITLE,
  family: 'ads',
  overlap: 'day+campaign',
  signature: 'an export without "Amount spent" is recognised by "Reporting starts", a campaign, ad set or ad name, and "Impressions" or "Reach"; its cost is unknown',
  // The spend header may carry the currency (`Amount spent (EUR)`); a day column or the reporting range; a name at some level.
  required: [
    // Spend, or, in an export without it, impressions or reach (then `Reporting starts` too; see signature).
    { field: 'spend', aliases: [...SPEND, ...COLUMNS.impressions, ...COLUMNS.reach] },
    { field: 'starts', aliases: [...COLUMNS.starts, ...COLUMNS.day] },
    { field: 'campaign', aliases: [...COLUMNS.campaign, ...COLUMNS.adset, ...COLUMNS.ad] },
  ],

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 3) return false;
    const folded = header.cells.map(foldHeader);
    const c = mapColumns(header.cells, COLUMNS);
    if (c.campaign === -1 && c.adset === -1 && c.ad === -1) return false;
    if (findMoneyColumn(folded, SPEND).index !== -1) return c.starts !== -1 || c.day !== -1;
    // Without its spend column (left out of the export's columns) a table is still Meta's when it
    // has Meta's reporting range and attention: `Reporting starts` and impressions or reach.
    return c.starts !== -1 && (c.impressions !== -1 || c.reach !== -1);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    const values = record.values;
    let c: Record<Field, number> | null = null;
    let read: CellReader | null = null;
    let spend = -1;
    let purchaseValue = -1;
    let headerCurrency = '';
    let accountSeen = false;
    /** Columns whose cells decide whether a row is a summary row. */
    let nameColumns: number[] = [];
    /** Columns copied straight into a metric slot, and their slots (parallel arrays). */
    let directColumns: number[] = [];
    let directSlots: number[] = [];
    /** How claimed purchases and link clicks are read: own column, Results by indicator, or not at all. */
    let conversionsFrom: 'column' | 'results' | 'none' = 'none';
    let linkClicksFrom: 'column' | 'results' | 'none' = 'none';
    let engagementsFrom: 'column' | 'results' | 'none' = 'none';
    let profileVisitsFrom: 'column' | 'results' | 'none' = 'none';
    /** Whether some row has (so far, or in the sample) a purchase / link-click indicator. */
    let purchaseIndicatorSeen = false;
    let linkClickIndicatorSeen = false;
    let engagementIndicatorSeen = false;
    let profileVisitIndicatorSeen = false;
    const indicatorKinds = new Map<string, number>();
    const kindOf = (indicator: string): number => {
      let kind = indicatorKinds.get(indicator);
      if (kind === undefined) indicatorKinds.set(indicator, (kind = indicatorKind(indicator)));
      return kind;
    };
    let warnedRange = false;
    /** Campaign and attribution setting pairs already passed on. */
    const attributionSeen = new Set<string>();
    let warnedMangled = false;
    let width = 0;

    const count = (cells: string[], index: number, line: number): number => {
      const value = read!.number(cells, index, line);
      return value === value ? value : 0;
    };

    const openHeader = (cells: string[], line: number): void => {
      const columns = mapColumns(cells, COLUMNS);
      const folded = cells.map(foldHeader);
      const money = findMoneyColumn(folded, SPEND);
      spend = money.index;
      headerCurrency = money.currency ?? '';
      if (columns.starts === -1 && columns.day === -1) throw missingColumnsError(context.file, line, TITLE, ['Reporting starts']);
      if (spend === -1) {
        context.warn({
          code: 'SPEND_UNKNOWN',
          line,
        });
      }
      purchaseValue = findMoneyColumn(folded, PURCHASE_VALUE).index;
      if (!headerCurrency && purchaseValue !== -1) headerCurrency = findMoneyColumn(folded, PURCHASE_VALUE).currency ?? '';
      checkDuplicateColumns(context.file, line, cells, { ...columns, spend, purchaseValue });
      width = cells.length;
      c = columns;
      nameColumns = [columns.campaign, columns.adset, columns.ad].filter((index) => index !== -1);
      const direct = DIRECT_COUNTS.filter(([field]) => columns[field] !== -1);
      directColumns = direct.map(([field]) => columns[field]);
      directSlots = direct.map(([, slot]) => slot);

      const dateIndex = columns.day !== -1 ? columns.day : columns.starts;
      const sampleRows = context.sample.rows.filter((row) => row.line > line);
      // Impressions, reach and clicks are whole numbers: a `12.345` there says the dot groups thousands.
      const decimal = decideDecimal(
        context,
        sampleRows,
        {
          counts: [columns.impressions, columns.reach, columns.linkClicks, columns.engagements].filter((index) => index !== -1),
          amounts: [spend, purchaseValue, columns.roas, columns.purchases, columns.results].filter((index) => index !== -1),
        },
        line,
      );
      read = new CellReader(context.file, cells.slice(), decimal, slashOrderOf(context, sampleRows.map((row) => row.cells[dateIndex] ?? '')));

      const hasIndicator = columns.results !== -1 && columns.indicator !== -1;
      if (columns.purchases !== -1) conversionsFrom = 'column';
      else if (hasIndicator) conversionsFrom = 'results';
      if (columns.linkClicks !== -1) linkClicksFrom = 'column';
      else if (hasIndicator) linkClicksFrom = 'results';
      // A column of its own wins (it is read with the direct counts); else Results by indicator.
      if (columns.engagements !== -1) engagementsFrom = 'column';
      else if (hasIndicator) engagementsFrom = 'results';
      if (columns.profileVisits !== -1) profileVisitsFrom = 'column';
      else if (hasIndicator) profileVisitsFrom = 'results';
      if (hasIndicator) {
        for (const row of sampleRows) {
          const kind = kindOf((row.cells[columns.indicator] ?? '').trim());
          if (kind & PURCHASE) purchaseIndicatorSeen = true;
          if (kind & LINK_CLICK) linkClickIndicatorSeen = true;
          if (kind & ENGAGEMENT) engagementIndicatorSeen = true;
          if (kind & PROFILE_VISIT) profileVisitIndicatorSeen = true;
        }
      }

      const level = columns.ad !== -1 ? 'ad' : columns.adset !== -1 ? 'adset' : 'campaign';
      // Exports of one ad account repeat each other; two accounts (another currency, another account
      // column) are different data, even for a campaign of the same name on the same day.
      context.describe({ dataset: `meta-ads:${headerCurrency || 'account'}`, priority: LEVELS[level], daily: true });
      if (columns.campaign === -1 && columns.campaignId === -1) {
        context.warn({
          code: 'NO_CAMPAIGN_COLUMN',
          line,
        });
      }
    };

    return {
      row(cells, line) {
        if (c === null) {
          if (isBlankRow(cells)) return;
          openHeader(cells, line);
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const columns = c;
        const reader = read!;

        let summary = true;
        for (let i = 0; i < nameColumns.length; i++) {
          if (!isSummaryName(cells[nameColumns[i]!] ?? '')) {
            summary = false;
            break;
          }
        }
        if (summary) {
          context.exclude('summaryRows');
          return;
        }

        if (!accountSeen && columns.account !== -1) {
          accountSeen = true;
          const account = reader.text(cells, columns.account);
          if (account) context.describe({ dataset: `meta-ads:${account}` });
        }
        resetRecord(record);
        if (columns.day !== -1) {
          record.day = reader.date(cells, columns.day, line).day;
          record.dayTo = record.day;
        } else {
          record.day = reader.date(cells, columns.starts, line).day;
          record.dayTo = columns.ends === -1 ? record.day : reader.date(cells, columns.ends, line).day;
          if (record.dayTo < record.day) {
            throw new InputError(context.file, line, say('BAD_DATE_RANGE'));
          }
          if (record.dayTo !== record.day && !warnedRange) {
            warnedRange = true;
            context.describe({ daily: false });
            context.warn({
              code: 'NO_DAILY_BREAKDOWN',
              variant: 'metaAds',
              line,
            });
          }
        }

        record.campaign = reader.text(cells, columns.campaign);
        const campaignId = reader.text(cells, columns.campaignId);
        if (/E\+/i.test(campaignId)) {
          if (!warnedMangled) {
            warnedMangled = true;
            context.warn({
              code: 'MANGLED_ID',
              variant: 'campaignIds',
              line,
            });
          }
        } else record.campaignId = campaignId;
        record.channel = columns.platform === -1 ? 'facebook' : channelOfPlatform(reader.text(cells, columns.platform));
        record.currency = headerCurrency || reader.text(cells, columns.currency).toUpperCase();
        record.line = line;

        // Without a spend column the cost is unknown: NaN, so that the file does not carry adSpend.
        const spent = spend === -1 ? NaN : count(cells, spend, line);
        values[M.adSpend] = spent;
        for (let i = 0; i < directColumns.length; i++) values[directSlots[i]!] = count(cells, directColumns[i]!, line);

        if (linkClicksFrom === 'column') values[M.linkClicks] = count(cells, columns.linkClicks, line);
        let indicator = 0;
        if (conversionsFrom === 'results' || linkClicksFrom === 'results' || engagementsFrom === 'results' || profileVisitsFrom === 'results') {
          indicator = kindOf(reader.text(cells, columns.indicator));
        }
        if (linkClicksFrom === 'results') {
          if (indicator & LINK_CLICK) {
            linkClickIndicatorSeen = true;
            values[M.linkClicks] = count(cells, columns.results, line);
          } else if (linkClickIndicatorSeen) values[M.linkClicks] = 0;
        }
        if (engagementsFrom === 'results') {
          if (indicator & ENGAGEMENT) {
            engagementIndicatorSeen = true;
            values[M.engagements] = count(cells, columns.results, line);
          } else if (engagementIndicatorSeen) values[M.engagements] = 0;
        }
        if (profileVisitsFrom === 'results') {
          if (indicator & PROFILE_VISIT) {
            profileVisitIndicatorSeen = true;
            values[M.profileVisits] = count(cells, columns.results, line);
          } else if (profileVisitIndicatorSeen) values[M.profileVisits] = 0;
        }

        if (conversionsFrom === 'column') values[M.metaConversions] = count(cells, columns.purchases, line);
        else if (conversionsFrom === 'results') {
          if (indicator & PURCHASE) {
            purchaseIndicatorSeen = true;
            values[M.metaConversions] = count(cells, columns.results, line);
          } else if (purchaseIndicatorSeen) values[M.metaConversions] = 0;
        }
        if (purchaseValue !== -1) values[M.metaValue] = count(cells, purchaseValue, line);
        else if (columns.roas !== -1) values[M.metaValue] = count(cells, columns.roas, line) * spent;
        if (columns.attribution !== -1 && context.attribution) {
          const setting = reader.text(cells, columns.attribution);
          const seen = `${record.campaign}\u0000${record.campaignId}\u0000${setting}`;
          if (setting && !attributionSeen.has(seen)) {
            attributionSeen.add(seen);
            context.attribution({ campaign: record.campaign, campaignId: record.campaignId, setting });
          }
        }

        context.emit(record);
      },
      end() {
        if (c === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: TITLE, again: 'exportHeaders' }));
      },
    };
  },
};
