// Google Analytics 4 report and exploration downloads (formats.md §4): `#` preamble lines with the
// date range, then one or more tables separated by blank lines. Only the first table with a known
// metric is read; later tables cut the same sessions another way (by date, by device ...).
import { InputError } from '../errors.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { formatDay } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { parseNumber, type DecimalMark } from '../read/numbers.js';
import { CellReader, decideDecimal, mapColumns, type ColumnSpec } from './columns.js';
import { analyticsGeneration, commentText, firstTable, joinSource, Preamble, tableRows, warnMissingDays } from './ga-common.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

// English names are [PARSER]/[REAL] in formats.md §4.2; German ones §4.3 (UI labels, [PARSER]);
// Swedish ones are all [GUESS] (§4.3, §7: none seen in an export). Headers are folded before they
// are compared (read/headers.ts), so `Sitzung – Quelle/Medium` with an en dash, with a hyphen and
// with spaces around the slash are one spelling here.
const DIMENSIONS = {
  date: ['date', 'datum'],
  campaign: [
    'session campaign',
    'session campaign name',
    'campaign',
    'session manual campaign name',
    'sitzung – kampagne',
    'sitzungskampagne',
    'kampagne',
    'sessionens kampanj',
    'sessionskampanj',
    'kampanj',
    'campagne de la session',
  ],
  sourceMedium: [
    'session source / medium',
    'source / medium',
    'sitzung – quelle/medium',
    'quelle/medium',
    'sessionens källa/medium',
    'källa/medium',
    'source/support de la session',
  ],
  source: ['session source', 'sitzung – quelle', 'sessionens källa', 'source de la session'],
  medium: ['session medium', 'sitzung – medium', 'sessionens medium', 'support de la session'],
  channelGroup: [
    'session primary channel group (default channel group)',
    'session primary channel group',
    'session default channel group',
    'sitzung – primäre channelgruppe (standard-channelgruppe)',
    'sitzung – primäre channelgruppe',
    'sitzung – standardchannelgruppe',
    'sessionens primära kanalgrupp (standardkanalgrupp)',
    'sessionens primära kanalgrupp',
    'sessionens standardkanalgrupp',
    'groupe de canaux principal de la session (groupe de canaux par défaut)',
  ],
} satisfies ColumnSpec<string>;

const METRICS = {
  sessions: ['sessions', 'sitzungen', 'sessioner'],
  conversions: ['key events', 'conversions', 'schlüsselereignisse', 'konversionen', 'nyckelhändelser', 'konverteringar', 'événements clés'],
  revenue: ['total revenue', 'purchase revenue', 'gesamtumsatz', 'umsatz aus käufen', 'totala intäkter', 'total intäkt', 'köpintäkter', 'revenu total'],
} satisfies ColumnSpec<string>;

/** Metrics that only mark a header as GA4 (read nothing from them). */
const OTHER_METRICS = [
  'engaged sessions',
  'active users',
  'event count',
  'new users',
  'total users',
  'engagement rate',
  'average engagement time per session',
  'sitzungen mit interaktionen',
  'aktive nutzer',
  'ereignisanzahl',
  'neue nutzer',
  'nutzer insgesamt',
  'engagement-rate',
  'durchschnittliche interaktionsdauer pro sitzung',
  'engagerade sessioner',
  'aktiva användare',
  'nya användare',
  'totalt antal användare',
  'engagemangsgrad',
  'antal händelser',
  'session key event rate',
  'session conversion rate',
  'sitzung-schlüsselereignisrate',
];

/** Every GA4 metric name (folded), for detection here and in ga-common.ts. */
export const KNOWN_METRICS: ReadonlySet<string> = new Set([...Object.values(METRICS).flat(), ...OTHER_METRICS].map(foldHeader));
const KNOWN_DIMENSIONS = new Set(Object.values(DIMENSIONS).flat().map(foldHeader));

/** First-cell labels of totals rows (compared folded); a blank first cell is one too. */
const TOTAL_LABELS = new Set(
  ['grand total', 'totals', 'total', 'gesamtsumme', 'gesamt', 'summe', 'totalt', 'totalsumma', 'summa', 'totaux', 'total général'].map(foldHeader),
);

/** A custom channel group shows as its own dimension: `Session <group name>` (§4.2). */
const CUSTOM_GROUP = /^(session |sitzung-|sessionens )/;
const NOT_A_GROUP = /source|medium|campaign|kampagne|kampanj|quelle|kalla|landing|page|seite|content|term|keyword|device|country|city|region|language|platform|browser|id$/;

function isGa4Header(cells: readonly string[]): boolean {
  return cells.some((cell) => KNOWN_METRICS.has(foldHeader(cell)));
}

interface Table {
  reader: CellReader;
  decimal: DecimalMark;
  date: number;
  campaign: number;
  sourceMedium: number;
  source: number;
  medium: number;
  group: number;
  sessions: number;
  conversions: number;
  revenue: number;
  /** Columns holding any known GA4 metric (a totals row has numbers there). */
  metricIndexes: number[];
}

function present(...indexes: number[]): number[] {
  return indexes.filter((index) => index !== -1);
}

function mapTable(header: string[], line: number, context: SourceContext): Table {
  const dims = mapColumns(header, DIMENSIONS);
  const metrics = mapColumns(header, METRICS);
  const folded = header.map(foldHeader);
  let group = dims.channelGroup;
  if (group === -1) {
    const first = folded[0] ?? '';
    if (
      CUSTOM_GROUP.test(first) &&
      !KNOWN_DIMENSIONS.has(first) &&
      !KNOWN_METRICS.has(first) &&
      !NOT_A_GROUP.test(first.replace(CUSTOM_GROUP, ''))
    ) {
      group = 0;
    }
  }
  const metricIndexes = folded.flatMap((name, index) => (KNOWN_METRICS.has(name) ? [index] : []));
  // Sessions are whole numbers; key events (fractional under some attribution models) and revenue may not be.
  const decimal = decideDecimal(context, tableRows(context.sample, line), { counts: present(metrics.sessions), amounts: present(metrics.conversions, metrics.revenue) }, line);
  return {
    reader: new CellReader(context.file, header, decimal),
    decimal,
    date: dims.date,
    campaign: dims.campaign,
    sourceMedium: dims.sourceMedium,
    source: dims.source,
    medium: dims.medium,
    group,
    sessions: metrics.sessions,
    conversions: metrics.conversions,
    revenue: metrics.revenue,
    metricIndexes,
  };
}

export const ga4: Source = {
  kind: 'ga4',
  title: 'Google Analytics 4 download',
  family: 'analytics',
  overlap: 'day',
  required: [{ field: 'metric', aliases: [...METRICS.sessions, ...METRICS.conversions, ...METRICS.revenue, ...OTHER_METRICS] }],
  signature: '`#` preamble lines with the date range (`# Start date: 20260901`), then a table with a GA4 metric (Sessions, Key events, Total revenue)',

  detect(sample: FileSample) {
    // The first table's header decides; a Universal Analytics export is universal-analytics.ts's.
    return analyticsGeneration(firstTable(sample), KNOWN_METRICS) === 'ga4';
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    const preamble = new Preamble();
    const delimiter = context.sample.delimiter;
    // States: outside a table (preamble, blank lines: the next other row is a header), inside the
    // table being read, or inside a table that is skipped.
    let inTable = false;
    let reading = false;
    let table: Table | null = null;
    let ignoredTables = 0;
    let period: [number, number] | null = null;
    let description: { dataset: string; priority: number; daily: boolean; notes?: string } | null = null;
    const days = new Set<number>();

    function startTable(cells: string[], line: number): void {
      if (table !== null || !isGa4Header(cells)) {
        ignoredTables++;
        reading = false;
        return;
      }
      table = mapTable(cells.slice(), line, context);
      reading = true;
      const priority =
        (table.campaign !== -1 ? 1 : 0) +
        (table.sourceMedium !== -1 || table.source !== -1 || table.medium !== -1 ? 1 : 0) +
        (table.group !== -1 ? 1 : 0);
      const daily = table.date !== -1;
      if (!daily) {
        period = preamble.period;
        if (period === null) {
          throw new InputError(
            'NO_DATE_RANGE',
            context.file,
            line,
            'this GA4 table has no Date column and the file states no date range.',
            'Download the report again with the Date dimension added, or keep the "# Start date" and "# End date" lines at the top.',
          );
        }
        context.warn({
          code: 'NO_DAILY_BREAKDOWN',
          message: `${context.file} sums ${formatDay(period[0])} to ${formatDay(period[1])} without a breakdown by day; add the Date dimension to join it by day.`,
          line,
        });
      }
      description = { dataset: 'ga4', priority, daily };
      context.describe(description);
    }

    function isTotalsRow(cells: string[], t: Table): boolean {
      const first = cells[0] ?? '';
      const code = first.charCodeAt(0);
      if (code >= 48 && code <= 57) return false; // a date or number: the common case, no folding
      const label = foldHeader(first).replace(/:$/, ''); // `Gesamt:`, `Total:`
      if (label !== '' && !TOTAL_LABELS.has(label)) return false;
      if (label !== '') return true;
      return t.metricIndexes.some((index) => (cells[index] ?? '').trim() !== '');
    }

    /** A `#` row inside a table: data when one of its metric cells holds a number (a campaign named `#sale`). */
    function isDataRow(cells: string[], t: Table): boolean {
      return t.metricIndexes.some((index) => !Number.isNaN(parseNumber(cells[index] ?? '', t.decimal)));
    }

    function dataRow(cells: string[], line: number, t: Table): void {
      if (isTotalsRow(cells, t)) {
        context.exclude('summaryRows');
        return;
      }
      const read = t.reader;
      resetRecord(record);
      if (t.date !== -1) {
        const day = context.cutter.dayOfParsed(read.date(cells, t.date, line));
        record.day = day;
        record.dayTo = day;
        days.add(day);
      } else {
        record.day = period![0];
        record.dayTo = period![1];
      }
      record.campaign = read.text(cells, t.campaign);
      if (t.sourceMedium !== -1) record.source = read.text(cells, t.sourceMedium);
      else if (t.source !== -1 || t.medium !== -1) record.source = joinSource(read.text(cells, t.source), read.text(cells, t.medium));
      else if (t.group !== -1) record.source = read.text(cells, t.group);
      // GA4 does not state the property's currency.
      record.currency = '';
      record.line = line;
      const values = record.values;
      values[M.sessions] = read.number(cells, t.sessions, line);
      values[M.ga4Conversions] = read.number(cells, t.conversions, line);
      values[M.ga4Value] = read.number(cells, t.revenue, line);
      context.emit(record);
    }

    return {
      row(cells, line) {
        const text = commentText(cells, delimiter);
        if (inTable && text !== null && reading && isDataRow(cells, table!)) {
          // A campaign named `#sale`, not a comment line.
          dataRow(cells, line, table!);
          return;
        }
        if (text !== null || isBlankRow(cells)) {
          // A blank or `#` line ends a table.
          inTable = false;
          reading = false;
          if (text !== null) preamble.feed(text);
          return;
        }
        if (!inTable) {
          inTable = true;
          startTable(cells, line);
          return;
        }
        if (reading) dataRow(cells, line, table!);
      },
      end() {
        if (table === null) {
          throw new InputError(
            'NO_GA4_TABLE',
            context.file,
            null,
            'this GA4 download holds no table with Sessions, Key events or Total revenue.',
            'Download the report again with at least one of those metrics.',
          );
        }
        if (ignoredTables > 0 && description !== null) {
          description.notes = `${ignoredTables} further table${ignoredTables === 1 ? '' : 's'} ignored: only the first table with GA4 metrics is read, later ones repeat its sessions cut another way.`;
          context.describe(description);
        }
        if (days.size > 1) warnMissingDays(context, days);
      },
    };
  },
};
