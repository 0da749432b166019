// Universal Analytics (the Google Analytics before GA4) CSV exports and their UTF-16 tab-separated
// "TSV for Excel" variant (formats.md §4.4):
//   # ----------------------------------------      (lines may be padded with delimiters)
//   # All Web Site Data                             the view
//   # Audience Overview                             the report
//   # 20260320-20260419                             the range
//   # ----------------------------------------
//                                                   blank
//   Day Index,Sessions                              or Campaign, Source / Medium, … and metrics
//   3/20/26,0                                       day index in the account's date order
//   ,54314                                          totals row: empty dimension cells
//                                                   blank; further sections may follow
// Numbers are formatted as the account's UI shows them (`"3,215"`, `95.43%`, `£0.00`, `00:00:17`).
// Every section cuts the same sessions another way, so only the first one is read, as in ga4.ts.
//
// UA is Google Analytics too: its sessions, goal completions / transactions and revenue go into the
// GA4 slots (M.sessions, M.ga4Conversions, M.ga4Value) and its files declare the dataset 'ga4', so
// a UA export and a GA4 download of the same days are counted once, by the same priority rule.
// The column names live in ga-common.ts (UA_COLUMNS), where ga4.ts sees them too.
import { InputError, say } from '../errors.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { parseDateTime } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { parseNumber, type DecimalMark } from '../read/numbers.js';
import { CellReader, checkDuplicateColumns, checkWidth, dateOrderOption, decideDecimal, mapColumns, slashOrderEvidence } from './columns.js';
import { analyticsGeneration, commentText, firstTable, hasUaMetric, joinSource, Preamble, RowSource, tableRows, UA_COLUMNS, UA_GOAL_COLUMN, warnMissingDays } from './ga-common.js';
import { KNOWN_METRICS } from './ga4.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

const TITLE = 'Universal Analytics export';

/** Currency prefixes parseNumber does not strip: `US$ 0,00` (a real Dutch export), `CA$12.00`, `R$ 5,00`. */
const DOLLAR_PREFIX = /^([+-]?)\s*[A-Za-z]{1,3}\$\s*/;
const CURRENCY_SIGN = /[€$£¥]|\bkr\b/;

interface Table {
  reader: CellReader;
  decimal: DecimalMark;
  /** The date column and how it is read: a date (`Day Index`, `Date`), an hour count from the range start, or none. */
  dateKind: 'day' | 'hour' | 'none';
  date: number;
  dateHeader: string;
  campaign: number;
  sourceMedium: number;
  source: number;
  medium: number;
  group: number;
  sessions: number;
  /** Columns summed into ga4Conversions: Transactions, else Goal Completions, else every `(Goal N Completions)`. */
  conversions: number[];
  revenue: number;
  /** Cells before this column are dimensions; a row with all of them empty is a totals row. */
  firstMetric: number;
  /** Columns that hold numbers in a data row (to tell a campaign named `#sale` from a comment line). */
  metricIndexes: number[];
}

function present(...indexes: number[]): number[] {
  return indexes.filter((index) => index !== -1);
}

/**
 * Month or day first for slashed dates (`3/20/26`, `16/04/2015`): decided by a cell with a part over
 * 12 anywhere in the sample's column; else by which reading keeps every date inside the range the
 * preamble states; else by the order the user set (--date-order); else month first, with a warning.
 * Tells `context.dialect` what it decided.
 */
function slashOrder(context: SourceContext, cells: string[], period: [number, number] | null, header: string, line: number): 'mdy' | 'dmy' {
  const slashed = cells.filter((cell) => /^\s*\d{1,2}\/\d{1,2}\//.test(cell));
  if (slashed.length === 0) return 'mdy';
  const order = decideSlashOrder(context, slashed, period, header, line);
  context.dialect?.({ dateOrder: order });
  return order;
}

function decideSlashOrder(context: SourceContext, slashed: string[], period: [number, number] | null, header: string, line: number): 'mdy' | 'dmy' {
  const evidence = slashOrderEvidence(slashed);
  if (evidence) return evidence;
  if (period) {
    const fits = (order: 'mdy' | 'dmy') =>
      slashed.every((cell) => {
        const day = parseDateTime(cell, order)?.day;
        return day !== undefined && day >= period[0] && day <= period[1];
      });
    const mdy = fits('mdy');
    const dmy = fits('dmy');
    if (mdy !== dmy) return mdy ? 'mdy' : 'dmy';
  }
  const wanted = context.sample.dateOrderOverride;
  if (wanted !== undefined) return wanted;
  const example = slashed[0]!.trim();
  const option = dateOrderOption('dmy');
  context.warn({
    code: 'AMBIGUOUS_DATE_ORDER',
    variant: 'example',
    params: { file: context.file, header, example, readAs: parseDateTime(example, 'mdy')!.day, ...option },
    line,
    details: { assumed: 'mdy', example },
  });
  return 'mdy';
}

function mapTable(header: string[], line: number, context: SourceContext, preamble: Preamble): Table {
  const c = mapColumns(header, UA_COLUMNS);
  const folded = header.map(foldHeader);
  const goals = folded.flatMap((name, index) => (UA_GOAL_COLUMN.test(name) ? [index] : []));
  const conversions = c.transactions !== -1 ? [c.transactions] : c.goalCompletions !== -1 ? [c.goalCompletions] : goals;
  const readMetrics = present(c.sessions, c.revenue, ...conversions, ...goals);
  const firstMetric = Math.min(header.length, ...present(c.sessions, c.transactions, c.goalCompletions, c.revenue, ...goals));
  const rows = tableRows(context.sample, line);
  const decimal = decideDecimal(context, rows, { counts: present(c.sessions, c.transactions, c.goalCompletions, ...goals), amounts: present(c.revenue) }, line);

  let dateKind: Table['dateKind'] = 'none';
  let date = c.dayIndex !== -1 ? c.dayIndex : c.date;
  if (date !== -1) dateKind = 'day';
  else if (c.hourIndex !== -1) {
    dateKind = 'hour';
    date = c.hourIndex;
  }
  const order =
    dateKind === 'day'
      ? slashOrder(
          context,
          rows.map((row) => row.cells[date] ?? ''),
          preamble.period,
          (header[date] ?? '').trim(),
          line,
        )
      : 'mdy';
  return {
    reader: new CellReader(context.file, header, decimal, order),
    decimal,
    dateKind,
    date,
    dateHeader: (header[date] ?? '').trim(),
    campaign: c.campaign,
    sourceMedium: c.sourceMedium,
    source: c.source,
    medium: c.medium,
    group: c.channelGroup,
    sessions: c.sessions,
    conversions,
    revenue: c.revenue,
    firstMetric,
    metricIndexes: readMetrics,
  };
}

export const universalAnalytics: Source = {
  kind: 'universal-analytics',
  title: TITLE,
  family: 'analytics',
  overlap: 'day',
  required: [{ field: 'metric', aliases: [...UA_COLUMNS.sessions, ...UA_COLUMNS.transactions, ...UA_COLUMNS.goalCompletions, ...UA_COLUMNS.revenue] }],
  signature:
    '`#` preamble lines with the date range (`# All Web Site Data`, `# 20260320-20260419`), then a table with Universal Analytics columns (Day Index, Sessions, Goal Completions, Transactions, Revenue)',

  detect(sample: FileSample) {
    return analyticsGeneration(firstTable(sample), KNOWN_METRICS) === 'universal-analytics';
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    const values = record.values;
    const preamble = new Preamble();
    const delimiter = context.sample.delimiter;
    let inTable = false;
    let reading = false;
    let table: Table | null = null;
    /** The read table's header width (later sections of the file differ in width). */
    let width = 0;
    let ignoredTables = 0;
    let period: [number, number] | null = null;
    let description: { dataset: string; priority: number; daily: boolean; notes?: string } | null = null;
    let currencySign = '';
    const days = new Set<number>();

    function startTable(cells: string[], line: number): void {
      if (table !== null || !hasUaMetric(cells.map(foldHeader))) {
        ignoredTables++;
        reading = false;
        return;
      }
      const t = mapTable(cells.slice(), line, context, preamble);
      const { date, campaign, sourceMedium, source, medium, group, sessions, revenue } = t;
      checkDuplicateColumns(context.file, line, cells, [date, campaign, sourceMedium, source, medium, group, sessions, revenue, ...t.conversions]);
      table = t;
      width = cells.length;
      reading = true;
      period = preamble.period;
      if (t.dateKind !== 'day' && period === null) {
        throw new InputError(context.file, line, say('NO_DATE_RANGE.ua', { title: TITLE }));
      }
      if (t.dateKind === 'none') {
        context.warn({
          code: 'NO_DAILY_BREAKDOWN',
          variant: 'universalAnalytics',
          params: { file: context.file, from: period![0], to: period![1] },
          line,
        });
      }
      const priority = (t.campaign !== -1 ? 1 : 0) + (t.sourceMedium !== -1 || t.source !== -1 || t.medium !== -1 ? 1 : 0) + (t.group !== -1 ? 1 : 0);
      description = { dataset: 'ga4', priority, daily: t.dateKind !== 'none' };
      context.describe(description);
    }

    const sources = new RowSource();

    function isTotalsRow(cells: string[], t: Table): boolean {
      for (let i = 0; i < t.firstMetric; i++) if ((cells[i] ?? '').trim() !== '') return false;
      return t.firstMetric > 0;
    }

    function number(cells: string[], index: number, line: number, t: Table): number {
      if (index === -1) return NaN;
      const cell = cells[index] ?? '';
      if (DOLLAR_PREFIX.test(cell)) cells[index] = cell.replace(DOLLAR_PREFIX, '$1');
      return t.reader.number(cells, index, line);
    }

    function dataRow(cells: string[], line: number, t: Table): void {
      checkWidth(context.file, line, cells, width);
      if (isTotalsRow(cells, t)) {
        context.exclude('summaryRows');
        return;
      }
      const read = t.reader;
      resetRecord(record);
      if (t.dateKind === 'day') {
        record.day = context.cutter.dayOfParsed(read.date(cells, t.date, line));
      } else if (t.dateKind === 'hour') {
        const hour = read.number(cells, t.date, line);
        if (!(hour >= 0) || !Number.isInteger(hour)) {
          throw new InputError(context.file, line, say('BAD_DATE.hour', { column: t.dateHeader }));
        }
        record.day = period![0] + Math.floor(hour / 24);
      }
      if (t.dateKind === 'none') {
        record.day = period![0];
        record.dayTo = period![1];
      } else {
        record.dayTo = record.day;
        days.add(record.day);
      }
      record.campaign = read.text(cells, t.campaign);
      if (t.sourceMedium !== -1) record.source = read.text(cells, t.sourceMedium);
      else if (t.source !== -1 || t.medium !== -1) record.source = joinSource(read.text(cells, t.source), read.text(cells, t.medium));
      if (t.group !== -1) record.source = sources.of(record.source, read.text(cells, t.group));
      // The revenue cells show the view's currency sign (`£0.00`), not a code; like GA4, no currency is claimed.
      record.currency = '';
      record.line = line;
      values[M.sessions] = number(cells, t.sessions, line, t);
      let conversions = NaN;
      for (const index of t.conversions) {
        const value = number(cells, index, line, t);
        if (value === value) conversions = conversions === conversions ? conversions + value : value;
      }
      values[M.ga4Conversions] = conversions;
      if (t.revenue !== -1 && !currencySign) currencySign = CURRENCY_SIGN.exec(cells[t.revenue] ?? '')?.[0] ?? '';
      values[M.ga4Value] = number(cells, t.revenue, line, t);
      context.emit(record);
    }

    /** A `#` row inside a table: data when one of its metric cells holds a number (a campaign named `#sale`). */
    function isDataRow(cells: string[], t: Table): boolean {
      return t.metricIndexes.some((index) => !Number.isNaN(parseNumber((cells[index] ?? '').replace(DOLLAR_PREFIX, '$1'), t.decimal)));
    }

    return {
      row(cells, line) {
        const text = commentText(cells, delimiter);
        if (inTable && reading && text !== null && isDataRow(cells, table!)) {
          dataRow(cells, line, table!);
          return;
        }
        if (text !== null || isBlankRow(cells)) {
          // A blank or `#` line ends a section.
          inTable = false;
          reading = false;
          if (text !== null && table === null) preamble.feed(text);
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
        if (table === null || description === null) {
          throw new InputError(context.file, null, say('NO_UA_TABLE', { title: TITLE }));
        }
        const d: { dataset: string; priority: number; daily: boolean; notes?: string } = description;
        const notes: string[] = [];
        if (ignoredTables > 0) {
          notes.push(
            `${ignoredTables} further section${ignoredTables === 1 ? '' : 's'} ignored: only the first table is read, later ones repeat its sessions cut another way.`,
          );
        }
        if (currencySign) notes.push(`Revenue is shown in ${currencySign}, the view's currency; it is taken as the report's currency, as GA4 values are.`);
        if (notes.length) {
          d.notes = notes.join(' ');
          context.describe(d);
        }
        warnMissingDays(context, days);
      },
    };
  },
};
