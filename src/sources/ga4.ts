// Google Analytics 4 report and exploration downloads (formats.md §4): `#` preamble lines with the
// date range, then one or more tables separated by blank lines. Only the first table with a known
// metric is read; later tables cut the same sessions another way (by date, by device ...).
import { InputError } from '../errors.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { formatDay, parseDateTime } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { parseNumber } from '../read/numbers.js';
import { CellReader, mapColumns, type ColumnSpec } from './columns.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

// English names are [PARSER]/[REAL] in formats.md §4.2; German ones §4.3 (UI labels, [PARSER]).
const DIMENSIONS = {
  date: ['date', 'datum'],
  campaign: [
    'session campaign',
    'session campaign name',
    'campaign',
    'session manual campaign name',
    'sitzung – kampagne',
    'sitzungskampagne',
    'campagne de la session',
  ],
  sourceMedium: ['session source / medium', 'source / medium', 'sitzung – quelle/medium', 'source/support de la session'],
  source: ['session source', 'sitzung – quelle', 'source de la session'],
  medium: ['session medium', 'sitzung – medium', 'support de la session'],
  channelGroup: [
    'session primary channel group (default channel group)',
    'session primary channel group',
    'session default channel group',
    'sitzung – primäre channelgruppe (standard-channelgruppe)',
    'sitzung – primäre channelgruppe',
    'sitzung – standardchannelgruppe',
    'groupe de canaux principal de la session (groupe de canaux par défaut)',
  ],
} satisfies ColumnSpec<string>;

const METRICS = {
  sessions: ['sessions', 'sitzungen'],
  conversions: ['key events', 'conversions', 'schlüsselereignisse', 'événements clés'],
  revenue: ['total revenue', 'purchase revenue', 'gesamtumsatz', 'umsatz aus käufen', 'revenu total'],
} satisfies ColumnSpec<string>;

/** Metrics that only mark a header as GA4 (read nothing from them). */
const OTHER_METRICS = [
  'engaged sessions',
  'active users',
  'event count',
  'new users',
  'total users',
  'engagement rate',
  'sitzungen mit interaktionen',
  'aktive nutzer',
  'ereignisanzahl',
  'neue nutzer',
  'nutzer insgesamt',
  'engagement-rate',
  'session key event rate',
  'session conversion rate',
  'sitzung-schlüsselereignisrate',
];

const KNOWN_METRICS = new Set([...Object.values(METRICS).flat(), ...OTHER_METRICS].map(foldHeader));
const KNOWN_DIMENSIONS = new Set(Object.values(DIMENSIONS).flat().map(foldHeader));

/** First-cell labels of totals rows (compared folded); a blank first cell is one too. */
const TOTAL_LABELS = new Set(['grand total', 'totals', 'total', 'gesamtsumme', 'gesamt', 'summe', 'totalt', 'totaux', 'total général'].map(foldHeader));

/** A custom channel group shows as its own dimension: `Session <group name>` (§4.2). */
const CUSTOM_GROUP = /^(session |sitzung-)/;
const NOT_A_GROUP = /source|medium|campaign|kampagne|quelle|landing|page|seite|content|term|keyword|device|country|city|region|language|platform|browser|id$/;

const RANGE_LINE = /(?<!\d)(\d{8})\s*-\s*(\d{8})$/;
const DATE_LINE = /(?<!\d)(\d{8})$/;
const UA_MARKERS = new Set(['all web site data', 'alle websitedaten']);

function compactDay(digits: string): number | null {
  return parseDateTime(digits)?.day ?? null;
}

/** The text of a `#` row, or null for other rows. Commas split `#` lines into cells; glue them back. */
function commentText(cells: readonly string[], delimiter: string): string | null {
  const raw = cells[0] ?? '';
  if (raw.charCodeAt(0) !== 35 /* # */ && !/^[\s\uFEFF]+#/.test(raw)) return null;
  const first = raw.replace(/^[\s\uFEFF]+/, '');
  let text = cells.length === 1 ? first : [first, ...cells.slice(1)].join(delimiter);
  // Preamble lines may be padded with delimiters (`# ------,,,,`).
  let end = text.length;
  while (end > 1 && (text[end - 1] === delimiter || /\s/.test(text[end - 1]!))) end--;
  text = text.slice(1, end);
  return text.trim();
}

/** Collects the report range from preamble lines: a `YYYYMMDD-YYYYMMDD` line, or the first two lines ending in a date. */
class Preamble {
  private dates: number[] = [];
  private range: [number, number] | null = null;
  freeForm = false;
  universal = false;

  feed(text: string): void {
    const folded = foldHeader(text);
    if (folded.startsWith('free form')) this.freeForm = true;
    if (UA_MARKERS.has(folded)) this.universal = true;
    const range = RANGE_LINE.exec(text);
    if (range) {
      const from = compactDay(range[1]!);
      const to = compactDay(range[2]!);
      if (from !== null && to !== null && this.range === null) this.range = from <= to ? [from, to] : [to, from];
      return;
    }
    const single = DATE_LINE.exec(text);
    if (single && this.dates.length < 2) {
      const day = compactDay(single[1]!);
      if (day !== null) this.dates.push(day);
    }
  }

  /** True when a line marks the file as a GA download (a date or range line, or an exploration title). */
  get marked(): boolean {
    return this.range !== null || this.dates.length > 0 || this.freeForm;
  }

  get period(): [number, number] | null {
    if (this.range) return this.range;
    if (this.dates.length === 2) {
      const [a, b] = this.dates as [number, number];
      return a <= b ? [a, b] : [b, a];
    }
    return null;
  }
}

function isGa4Header(cells: readonly string[]): boolean {
  return cells.some((cell) => KNOWN_METRICS.has(foldHeader(cell)));
}

interface Table {
  reader: CellReader;
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

function mapTable(header: string[], context: SourceContext): Table {
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
  return {
    reader: new CellReader(context.file, header, context.decimal),
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

  detect(sample: FileSample) {
    const preamble = new Preamble();
    for (const row of sample.rows) {
      const text = commentText(row.cells, sample.delimiter);
      if (text !== null) {
        preamble.feed(text);
        continue;
      }
      if (isBlankRow(row.cells)) continue;
      // The first table's header decides.
      if (!preamble.marked || preamble.universal) return false;
      if (findColumn(row.cells.map(foldHeader), ['day index', 'tagesindex']) !== -1) return false;
      return isGa4Header(row.cells);
    }
    return false;
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
      table = mapTable(cells.slice(), context);
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
      return t.metricIndexes.some((index) => !Number.isNaN(parseNumber(cells[index] ?? '', context.decimal)));
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

function warnMissingDays(context: SourceContext, days: Set<number>): void {
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const missing: number[] = [];
  let count = 0;
  for (let day = first; day <= last; day++) {
    if (days.has(day)) continue;
    count++;
    if (missing.length < 3) missing.push(day);
  }
  if (count === 0) return;
  const shown = missing.map(formatDay).join(', ');
  context.warn({
    code: 'MISSING_DAYS',
    message: `${context.file} has no rows for ${count} day${count === 1 ? '' : 's'} between ${formatDay(first)} and ${formatDay(last)} (${shown}${count > 3 ? ', …' : ''}); sessions on those days count as none.`,
    details: { count, firstMissing: missing.map(formatDay), from: formatDay(first), to: formatDay(last) },
  });
}

function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}
