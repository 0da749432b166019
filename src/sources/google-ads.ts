// Google Ads report downloads (Campaigns, Ad groups, Ads → Download): a title line (`Campaign
// report`), a date-range line (`1 October 2026 - 31 October 2026`), the header, one row per campaign
// (ad group, ad), per day when the report is segmented by `Day`, then `Total: …` summary rows
// (`Total: Account`, `Total: Campaigns`, `Total: Search` …). Cells without a value read ` --`.
// "Excel CSV" downloads are UTF-16LE with a BOM and tab-separated; "CSV" downloads are UTF-8 with
// commas. Numbers are formatted (`"12,480"`, `4.90%`, German `1.045,50`).
//
// Cost is ad spend in the row's `Currency code`; impressions and clicks (clicks on the ad, so link
// clicks) are attention; conversions and conversion value are what Google Ads claims, kept apart
// like Meta's (M.googleConversions, M.googleValue), never added to confirmed sales.
//
// No public raw download of these reports was found (formats.md says nothing about Google Ads):
// the layout and English column names are [GUESS] from how the Google Ads UI labels its columns;
// every German name is a [GUESS] too (fixtures/google-ads/EXPECTED.md lists them).
import { InputError, say } from '../errors.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { dayNumber, formatDay, parseDateTime } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { CellReader, checkDuplicateColumns, checkWidth, decideDecimal, mapColumns, missingColumnsError, slashOrderOf, type ColumnSpec } from './columns.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

const TITLE = 'Google Ads report';

const COLUMNS = {
  day: ['day', 'tag', 'dag', 'jour', 'día'],
  campaign: ['campaign', 'kampagne', 'kampanj', 'campagne', 'campaña'],
  campaignId: ['campaign id', 'kampagnen-id', 'kampanj-id', 'id de la campagne', 'id de campaña'],
  adGroup: ['ad group', 'anzeigengruppe', 'annonsgrupp', "groupe d'annonces", 'grupo de anuncios'],
  ad: ['ad', 'ad id', 'anzeige', 'anzeigen-id', 'annons', 'annonce', 'anuncio'],
  currency: ['currency code', 'currency', 'währungscode', 'währung', 'valutakod', 'code de la devise', 'código de moneda'],
  cost: ['cost', 'kosten', 'kostnad', 'coût', 'costo', 'coste'],
  impressions: ['impr.', 'impressions', 'impressionen', 'visningar', 'impresiones'],
  clicks: ['clicks', 'klicks', 'klick', 'clics'],
  conversions: ['conversions', 'konversionen', 'konverteringar', 'conversiones'],
  conversionValue: ['conv. value', 'conversion value', 'konv.-wert', 'conversion-wert', 'conversionwert', 'konv.värde', 'valeur de conv.', 'valor de conv.'],
} satisfies ColumnSpec<string>;

/** `Total: Account`, `Gesamt: Konto`, `Totalt: Konto`: summary rows, left out. */
const TOTAL_LABEL = /^(total|totals|gesamt|insgesamt|summe|totalt|totaux|total général)\s*:/;

const MONTHS = new Map<string, number>();
for (const [names, month] of [
  [['january', 'jan', 'januar', 'jän', 'jänner', 'januari', 'janvier', 'enero', 'ene'], 1],
  [['february', 'feb', 'februar', 'februari', 'février', 'févr', 'febrero'], 2],
  [['march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo'], 3],
  [['april', 'apr', 'avril', 'abril', 'abr'], 4],
  [['may', 'mai', 'maj', 'mayo', 'may'], 5],
  [['june', 'jun', 'juni', 'juin', 'junio'], 6],
  [['july', 'jul', 'juli', 'juillet', 'julio'], 7],
  [['august', 'aug', 'augusti', 'août', 'agosto', 'ago'], 8],
  [['september', 'sep', 'sept', 'septembre', 'septiembre'], 9],
  [['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'], 10],
  [['november', 'nov', 'novembre', 'noviembre'], 11],
  [['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic'], 12],
] as const) {
  for (const name of names) MONTHS.set(name, month);
}

/** `1 October 2026`, `1. Oktober 2026`, `October 1, 2026`, `Oct 1, 2026` (a weekday before them too), or any form parseDateTime reads. */
export function parseLongDate(text: string): number | null {
  // A weekday in front (`Thursday, October 1, 2026`, `Donnerstag, 1. Oktober 2026`) says nothing more.
  const cell = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^[^\d\s.,]+, (?=\S)/, '');
  let match = /^(\d{1,2})\.? ([^\d\s.,]+)\.? (\d{4})$/.exec(cell);
  if (match) return monthDay(+match[3]!, match[2]!, +match[1]!);
  match = /^([^\d\s.,]+)\.? (\d{1,2}),? (\d{4})$/.exec(cell);
  if (match) return monthDay(+match[3]!, match[1]!, +match[2]!);
  return parseDateTime(cell)?.day ?? null;
}

function monthDay(year: number, monthName: string, day: number): number | null {
  const month = MONTHS.get(monthName.toLowerCase());
  if (month === undefined || day < 1 || day > 31) return null;
  const number = dayNumber(year, month, day);
  // 31 September rolls over into October: not a date.
  return formatDay(number) === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` ? number : null;
}

/** The report range from the line under the title: two dates joined by a dash. */
export function parseRangeLine(text: string): [number, number] | null {
  const parts = text.trim().split(/\s+[-–—]\s+/);
  if (parts.length !== 2) return null;
  const from = parseLongDate(parts[0]!);
  const to = parseLongDate(parts[1]!);
  if (from === null || to === null) return null;
  return from <= to ? [from, to] : [to, from];
}

/** Cells of a line that hold something (a title or date line has one). */
function filled(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.trim() !== '') count++;
  return count;
}

/** Column names only Google Ads writes (`Impr.`, `Currency code`, `Conv. value`): enough without the title lines. */
const GOOGLE_ONLY = ['impr.', 'currency code', 'währungscode', 'conv. value', 'konv.-wert'];

/**
 * A Google Ads header: Campaign and Cost, and Impr., Clicks, Currency code or Conversions. Without
 * the title and date-range lines above it (removed by hand), a column only Google writes must be
 * there too, so that a spreadsheet of one's own with `Campaign,Cost,Clicks` is not taken for one.
 */
function isHeader(cells: readonly string[], titled: boolean): boolean {
  const folded = cells.map(foldHeader);
  if (findColumn(folded, COLUMNS.campaign) === -1 || findColumn(folded, COLUMNS.cost) === -1) return false;
  if (!titled) return findColumn(folded, GOOGLE_ONLY) !== -1;
  return findColumn(folded, [...COLUMNS.impressions, ...COLUMNS.clicks, ...COLUMNS.currency, ...COLUMNS.conversions]) !== -1;
}

/** The header row: the first line with more than one cell, after at most a title and a date-range line. */
function headerRow(sample: FileSample): { cells: string[]; line: number } | null {
  let before = 0;
  for (const row of sample.rows) {
    if (isBlankRow(row.cells)) continue;
    if (filled(row.cells) <= 1) {
      if (++before > 3) return null;
      continue;
    }
    return isHeader(row.cells, before > 0) ? row : null;
  }
  return null;
}

const LEVELS = { campaign: 3, adGroup: 2, ad: 1 } as const;

export const googleAds: Source = {
  kind: 'google-ads',
  title: TITLE,
  family: 'ads',
  overlap: 'day+campaign',
  // No `required`: closestKind (src/detect.ts) looks at the first line, which here is the title.
  signature: 'a title line (`Campaign report`) and a date-range line (`1 October 2026 - 31 October 2026`) above a header with Campaign, Cost and one of Impr., Clicks, Currency code, Conversions',

  detect(sample) {
    return headerRow(sample) !== null;
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    const values = record.values;
    let c: Record<keyof typeof COLUMNS, number> | null = null;
    let read: CellReader | null = null;
    let range: [number, number] | null = null;
    let datasetNamed = false;
    let lastCode: string | null = null;
    let lastCurrency = '';
    let width = 0;

    const openHeader = (cells: string[], line: number): void => {
      const columns = mapColumns(cells, COLUMNS);
      checkDuplicateColumns(context.file, line, cells, columns);
      width = cells.length;
      const missing: string[] = [];
      if (columns.campaign === -1) missing.push('Campaign');
      if (columns.cost === -1) missing.push('Cost');
      if (missing.length) throw missingColumnsError(context.file, line, TITLE, missing);
      if (columns.day === -1 && range === null) {
        throw new InputError(context.file, line, say('NO_DATE_RANGE.googleAds', { title: TITLE }));
      }
      const sampleRows = context.sample.rows.filter((row) => row.line > line);
      // Impressions and clicks are whole numbers: a `12.480` there says the dot groups thousands.
      const decimal = decideDecimal(
        context,
        sampleRows,
        {
          counts: [columns.impressions, columns.clicks].filter((index) => index !== -1),
          amounts: [columns.cost, columns.conversions, columns.conversionValue].filter((index) => index !== -1),
        },
        line,
      );
      const order = columns.day === -1 ? 'mdy' : slashOrderOf(context, sampleRows.map((row) => row.cells[columns.day] ?? ''));
      read = new CellReader(context.file, cells.slice(), decimal, order);
      c = columns;
      const level = columns.ad !== -1 ? 'ad' : columns.adGroup !== -1 ? 'adGroup' : 'campaign';
      const daily = columns.day !== -1;
      context.describe({ dataset: 'google-ads:account', priority: LEVELS[level], daily });
      if (!daily) {
        context.warn({
          code: 'NO_DAILY_BREAKDOWN',
          variant: 'googleAds',
          params: { from: range![0], to: range![1], level },
          line,
        });
      }
      if (columns.currency === -1) {
        context.warn({
          code: 'NO_CURRENCY',
          line,
        });
      }
    };

    const dayOf = (cells: string[], index: number, line: number): number => {
      const cell = cells[index] ?? '';
      // `2026-10-01` (the common case) goes to the shared reader; `Oct 1, 2026` to the long form.
      const code = cell.charCodeAt(0);
      if (code >= 48 && code <= 57 && !/[^\d\s./-]/.test(cell)) return read!.date(cells, index, line).day;
      const day = parseLongDate(cell);
      if (day === null) return read!.date(cells, index, line).day; // throws BAD_DATE with the column name
      return day;
    };

    return {
      row(cells, line) {
        if (c === null) {
          if (isBlankRow(cells)) return;
          if (filled(cells) <= 1) {
            // The title line, or the date-range line under it.
            const text = cells.find((cell) => cell.trim() !== '') ?? '';
            range ??= parseRangeLine(text);
            return;
          }
          openHeader(cells, line);
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const columns = c;
        const reader = read!;
        // Summary rows: `Total: Account` in the first column, or no campaign name at all.
        const first = (cells[0] ?? '').trim();
        if (first.length > 4 && first.includes(':') && TOTAL_LABEL.test(foldHeader(first))) {
          context.exclude('summaryRows');
          return;
        }
        const name = (cells[columns.campaign] ?? '').trim();
        if (name === '' || name === '--' || (name.includes(':') && TOTAL_LABEL.test(foldHeader(name)))) {
          context.exclude('summaryRows');
          return;
        }

        resetRecord(record);
        if (columns.day !== -1) {
          record.day = dayOf(cells, columns.day, line);
          record.dayTo = record.day;
        } else {
          record.day = range![0];
          record.dayTo = range![1];
        }
        record.campaign = reader.text(cells, columns.campaign);
        record.campaignId = reader.text(cells, columns.campaignId);
        if (record.campaignId === '--') record.campaignId = '';
        record.channel = 'google';
        if (columns.currency !== -1) {
          // Rows repeat one code: upper-case it once, not per row.
          const code = cells[columns.currency] ?? '';
          if (code !== lastCode) {
            lastCode = code;
            lastCurrency = code.trim().toUpperCase();
          }
          record.currency = lastCurrency;
        }
        if (!datasetNamed && record.currency) {
          // Downloads of one account repeat each other; another currency is another account.
          datasetNamed = true;
          context.describe({ dataset: `google-ads:${record.currency}` });
        }
        record.line = line;
        values[M.adSpend] = reader.number(cells, columns.cost, line);
        values[M.impressions] = reader.number(cells, columns.impressions, line);
        values[M.linkClicks] = reader.number(cells, columns.clicks, line);
        values[M.googleConversions] = reader.number(cells, columns.conversions, line);
        values[M.googleValue] = reader.number(cells, columns.conversionValue, line);
        context.emit(record);
      },
      end() {
        if (c === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: TITLE, again: 'googleAds' }));
      },
    };
  },
};
