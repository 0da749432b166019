// Google Analytics 4 report and exploration downloads (formats.md §4): `#` preamble lines with the
// date range, then one or more tables separated by blank lines and their own `#` blocks: a report's
// chart table and its main table, an exploration's tabs, the Reports snapshot's many small cards.
// Every table with a metric smroi reads is read; each metric then comes from one table only, as
// tables of one download cut the same sessions by different dimensions (see rank()).
import { InputError, say } from '../errors.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { parseNumber, type DecimalMark } from '../read/numbers.js';
import { CellReader, checkDuplicateColumns, checkWidth, decideDecimal, mapColumns, type ColumnSpec } from './columns.js';
import { analyticsGeneration, commentText, firstTable, joinSource, Preamble, RowSource, tableRows, warnMissingDays } from './ga-common.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

// English names are [PARSER]/[REAL] in formats.md §4.2; German ones §4.3 (UI labels, [PARSER]);
// Swedish ones are all [GUESS] (§4.3, §7: none seen in an export). Headers are folded before they
// are compared (read/headers.ts), so `Sitzung – Quelle/Medium` with an en dash, with a hyphen and
// with spaces around the slash are one spelling here.
const DIMENSIONS = {
  date: ['date', 'datum'],
  // Reports snapshot cards ([PARSER]: `Nth day,Active users` with `0000`, `0001` …); the German name is a [GUESS].
  nthDay: ['nth day', 'n-ter tag', 'n. tag'],
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

/** The three metrics ga4.ts reads, their record slots and their names in messages. */
const READ = ['sessions', 'conversions', 'revenue'] as const;
type ReadMetric = (typeof READ)[number];
const SLOT: Record<ReadMetric, number> = { sessions: M.sessions, conversions: M.ga4Conversions, revenue: M.ga4Value };
const WORD: Record<ReadMetric, string> = { sessions: 'sessions', conversions: 'key events', revenue: 'total revenue' };


interface Table {
  /** Header line, for messages. */
  line: number;
  reader: CellReader;
  decimal: DecimalMark;
  date: number;
  /** `Nth day` (Reports snapshot): days counted from the preamble's start date, `0000` first. */
  nthDay: number;
  campaign: number;
  sourceMedium: number;
  source: number;
  medium: number;
  group: number;
  /** Column of each read metric, -1 where the table lacks it. */
  columns: Record<ReadMetric, number>;
  /** Columns holding any known GA4 metric (a totals row has numbers there). */
  metricIndexes: number[];
  /** A dimension column that is neither a date nor says where a session came from (City, Event name), as written; '' when none. */
  other: string;
  /** The table's dimension columns as written (`Date, Session source`), for messages. */
  dimensions: string;
  /** The table says where sessions came from: a campaign, source, medium or channel group column. */
  attributed: boolean;
  daily: boolean;
  /** Attribution columns the table has (campaign, source / medium, channel group), for overlap priority. */
  priority: number;
  /**
   * The table's rows, kept until every table is known (the one that counts for a metric may come
   * last): parallel arrays, so that a row adds numbers and string references, no object. `days`
   * holds the day (the day offset for `Nth day`, 0 without a date); `values` three numbers a row.
   */
  rows: { days: number[]; lines: number[]; campaigns: string[]; sources: string[]; values: number[] };
  summaryRows: number;
}

function present(...indexes: number[]): number[] {
  return indexes.filter((index) => index !== -1);
}

/**
 * Which table counts for a metric: one that says where the sessions came from beats one that does
 * not, then one by date beats one without, then more attribution columns, then the earlier table.
 */
function rank(t: Table): number {
  return (t.attributed ? 20 : 0) + (t.daily ? 10 : 0) + t.priority;
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
  const known = new Set([dims.date, dims.nthDay, dims.campaign, dims.sourceMedium, dims.source, dims.medium, group, ...metricIndexes]);
  const otherIndex = folded.findIndex((name, index) => name !== '' && !known.has(index));
  // Sessions are whole numbers; key events (fractional under some attribution models) and revenue may not be.
  const decimal = decideDecimal(context, tableRows(context.sample, line), { counts: present(metrics.sessions), amounts: present(metrics.conversions, metrics.revenue) }, line);
  const priority =
    (dims.campaign !== -1 ? 1 : 0) + (dims.sourceMedium !== -1 || dims.source !== -1 || dims.medium !== -1 ? 1 : 0) + (group !== -1 ? 1 : 0);
  return {
    line,
    reader: new CellReader(context.file, header, decimal),
    decimal,
    date: dims.date,
    nthDay: dims.date === -1 ? dims.nthDay : -1,
    campaign: dims.campaign,
    sourceMedium: dims.sourceMedium,
    source: dims.source,
    medium: dims.medium,
    group,
    columns: { sessions: metrics.sessions, conversions: metrics.conversions, revenue: metrics.revenue },
    metricIndexes,
    other: otherIndex === -1 ? '' : (header[otherIndex] ?? '').replace(/^\uFEFF/, '').trim(),
    dimensions: header
      .flatMap((cell, index) => (metricIndexes.includes(index) || cell.trim() === '' ? [] : [cell.replace(/^\uFEFF/, '').trim()]))
      .join(', '),
    attributed: priority > 0,
    daily: dims.date !== -1 || dims.nthDay !== -1,
    priority,
    rows: { days: [], lines: [], campaigns: [], sources: [], values: [] },
    summaryRows: 0,
  };
}

function listed(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
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

  // Every table of the download is read (a report's chart table, an exploration's tabs, the many
  // small cards of the Reports snapshot) and its rows kept while the file streams. At the end each
  // metric is taken from one table only (see rank) and the rows of the tables chosen are emitted:
  // two tables that cut the same sessions by different dimensions are never added together.
  open(context: SourceContext): RowParser {
    const record = newRecord();
    const preamble = new Preamble();
    const delimiter = context.sample.delimiter;
    // States: outside a table (preamble, blank lines: the next other row is a header), inside a
    // table being read, or inside a table that is skipped (no metric ga4.ts reads).
    let inTable = false;
    let table: Table | null = null;
    /** The current table's header width: the tables of one download differ in width. */
    let width = 0;
    const tables: Table[] = [];
    let otherTables = 0;
    const sources = new RowSource();

    function startTable(cells: string[], line: number): void {
      table = null;
      if (!isGa4Header(cells)) {
        otherTables++;
        return;
      }
      const t = mapTable(cells.slice(), line, context);
      if (READ.every((metric) => t.columns[metric] === -1)) {
        otherTables++;
        return;
      }
      const { date, nthDay, campaign, sourceMedium, source, medium, group } = t;
      checkDuplicateColumns(context.file, line, cells, { ...t.columns, date, nthDay, campaign, sourceMedium, source, medium, group });
      tables.push(t);
      table = t;
      width = cells.length;
    }

    function isTotalsRow(cells: string[], t: Table): boolean {
      const first = cells[0] ?? '';
      const code = first.charCodeAt(0);
      if (code >= 48 && code <= 57) return false; // a date or number: the common case, no folding
      // Every label starts with g, s or t: channel, city or campaign names are not folded per row.
      const lower = code | 32;
      if (first.length > 24 || (code > 32 && lower !== 103 && lower !== 115 && lower !== 116)) return false;
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
      checkWidth(context.file, line, cells, width);
      if (isTotalsRow(cells, t)) {
        t.summaryRows++;
        return;
      }
      const read = t.reader;
      let day = 0;
      if (t.date !== -1) day = context.cutter.dayOfParsed(read.date(cells, t.date, line));
      else if (t.nthDay !== -1) {
        day = Number((cells[t.nthDay] ?? '').trim());
        if (!Number.isInteger(day) || day < 0 || (cells[t.nthDay] ?? '').trim() === '') {
          throw new InputError(context.file, line, say('BAD_DATE.nthDay'));
        }
      }
      const campaign = read.text(cells, t.campaign);
      let source = '';
      if (t.sourceMedium !== -1) source = read.text(cells, t.sourceMedium);
      else if (t.source !== -1 || t.medium !== -1) source = joinSource(read.text(cells, t.source), read.text(cells, t.medium));
      if (t.group !== -1) source = sources.of(source, read.text(cells, t.group));
      const rows = t.rows;
      rows.days.push(day);
      rows.lines.push(line);
      rows.campaigns.push(campaign);
      rows.sources.push(source);
      for (let i = 0; i < READ.length; i++) rows.values.push(read.number(cells, t.columns[READ[i]!], line));
    }

    function emitTable(t: Table, metrics: readonly ReadMetric[], period: [number, number] | null, days: Set<number>): void {
      if (!t.daily || t.nthDay !== -1) {
        if (period === null) {
          throw new InputError(context.file, t.line, say('NO_DATE_RANGE.ga4', { daily: t.daily }));
        }
      }
      if (t.summaryRows) context.exclude('summaryRows', t.summaryRows);
      const values = record.values;
      const slots = metrics.map((metric) => SLOT[metric]);
      const offsets = metrics.map((metric) => READ.indexOf(metric));
      const { days: keys, lines, campaigns, sources: rowSources, values: read } = t.rows;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const day = t.date !== -1 ? key : t.nthDay !== -1 ? period![0] + key : period![0];
        if (t.daily) days.add(day);
        resetRecord(record);
        record.day = day;
        record.dayTo = t.daily ? day : period![1];
        record.campaign = campaigns[i]!;
        record.source = rowSources[i]!;
        // GA4 does not state the property's currency.
        record.currency = '';
        record.line = lines[i]!;
        for (let m = 0; m < slots.length; m++) values[slots[m]!] = read[i * READ.length + offsets[m]!]!;
        context.emit(record);
      }
    }

    return {
      row(cells, line) {
        const text = commentText(cells, delimiter);
        if (inTable && text !== null && table !== null && isDataRow(cells, table)) {
          // A campaign named `#sale`, not a comment line.
          dataRow(cells, line, table);
          return;
        }
        if (text !== null || isBlankRow(cells)) {
          // A blank or `#` line ends a table.
          inTable = false;
          table = null;
          if (text !== null) preamble.feed(text);
          return;
        }
        if (!inTable) {
          inTable = true;
          startTable(cells, line);
          return;
        }
        if (table !== null) dataRow(cells, line, table);
      },
      end() {
        if (tables.length === 0) {
          throw new InputError(context.file, null, say('NO_GA4_TABLE'));
        }
        // Each metric from one table: the best ranked that carries it (the earlier one on a tie).
        const chosen = new Map<ReadMetric, Table>();
        for (const metric of READ) {
          for (const t of tables) {
            if (t.columns[metric] === -1) continue;
            const best = chosen.get(metric);
            if (best === undefined || rank(t) > rank(best)) chosen.set(metric, t);
          }
        }
        const period = preamble.period;
        const days = new Set<number>();
        const used = tables.filter((t) => [...chosen.values()].includes(t));
        for (const t of used) emitTable(t, READ.filter((metric) => chosen.get(metric) === t), period, days);

        const main = chosen.get('sessions') ?? used[0]!;
        const daily = used.every((t) => t.daily);
        const notes: string[] = [];
        const ignored = otherTables + tables.length - used.length;
        if (ignored > 0) {
          notes.push(`${ignored} further table${ignored === 1 ? '' : 's'} ignored (the same figures cut another way, or no metric smroi reads).`);
        }
        if (tables.length > 1 || otherTables > 0) {
          const parts = used.map((t) => `${listed(READ.filter((metric) => chosen.get(metric) === t).map((metric) => WORD[metric]))} from the table on line ${t.line}`);
          notes.push(`Read ${listed(parts)}.`);
        }
        context.describe({ dataset: 'ga4', priority: main.priority, daily, ...(notes.length ? { notes: notes.join(' ') } : {}) });

        // Say which table each metric came from where several tables carry it.
        const choices = READ.flatMap((metric) => {
          const others = tables.filter((t) => t.columns[metric] !== -1 && t !== chosen.get(metric));
          return others.length ? [{ metric, t: chosen.get(metric)!, others }] : [];
        });
        if (choices.length) {
          const table = (t: Table) => ({ line: t.line, dimensions: t.dimensions });
          context.warn({
            code: 'TABLE_CHOSEN',
            params: { file: context.file, choices: choices.map(({ metric, t, others }) => ({ metric, table: table(t), others: others.map(table) })) },
            line: choices[0]!.t.line,
            details: Object.fromEntries(choices.map(({ metric, t, others }) => [WORD[metric], { line: t.line, notLines: others.map((o) => o.line) }])),
          });
        }
        const whole = used.find((t) => !t.daily);
        if (whole && period) {
          context.warn({
            code: 'NO_DAILY_BREAKDOWN',
            variant: 'ga4',
            params: { file: context.file, from: period[0], to: period[1] },
            line: whole.line,
          });
        }
        const unattributed = READ.filter((metric) => {
          const t = chosen.get(metric);
          return t !== undefined && !t.attributed && t.other !== '';
        });
        if (unattributed.length) {
          context.warn({
            code: 'NO_CHANNEL_BREAKDOWN',
            params: { file: context.file, metrics: unattributed, by: [...new Set(unattributed.map((metric) => chosen.get(metric)!.other))] },
            line: chosen.get(unattributed[0]!)!.line,
          });
        }
        if (days.size > 1) warnMissingDays(context, days);
      },
    };
  },
};
