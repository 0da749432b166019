// What GA4 downloads (ga4.ts) and Universal Analytics exports (universal-analytics.ts) share: the
// `#` preamble with the date range, tables separated by blank lines, the missing-days check, and
// the one decision which of the two generations a file is (so exactly one of them claims it).
import { isSocialGroup, SOCIAL_GROUP_PREFIX } from '../join/channels.js';
import { isBlankRow } from '../read/csv.js';
import { formatDay, parseDateTime } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import type { ColumnSpec } from './columns.js';
import type { FileSample, SourceContext } from './types.js';

const RANGE_LINE = /(?<!\d)(\d{8})\s*-\s*(\d{8})$/;
const DATE_LINE = /(?<!\d)(\d{8})$/;

/**
 * The view line of a UA export (formats.md §4.4): `All Web Site Data` is the default view name and
 * [REAL]; the German `Alle Websitedaten` is a [GUESS] (a renamed view shows neither).
 */
const UA_VIEW_NAMES = new Set(['all web site data', 'alle websitedaten'].map(foldHeader));

function compactDay(digits: string): number | null {
  return parseDateTime(digits)?.day ?? null;
}

/** The text of a `#` row, or null for other rows. Delimiters split `#` lines into cells; glue them back. */
export function commentText(cells: readonly string[], delimiter: string): string | null {
  const raw = cells[0] ?? '';
  if (raw.charCodeAt(0) !== 35 /* # */ && !/^[\s\uFEFF]+#/.test(raw)) return null;
  const first = raw.replace(/^[\s\uFEFF]+/, '');
  let text = cells.length === 1 ? first : [first, ...cells.slice(1)].join(delimiter);
  // Preamble lines may be padded with delimiters (`# ------,,,,`, or `;;;;` after an Excel re-save).
  let end = text.length;
  while (end > 1 && (text[end - 1] === delimiter || /\s/.test(text[end - 1]!))) end--;
  text = text.slice(1, end);
  return text.trim();
}

/** Collects the report range from preamble lines: a `YYYYMMDD-YYYYMMDD` line, or the first two lines ending in a date. */
export class Preamble {
  private dates: number[] = [];
  private range: [number, number] | null = null;
  /** An exploration title (`# Free form 1`): GA4 only. */
  freeForm = false;
  /** The default UA view name line (`# All Web Site Data`). */
  universal = false;
  /** Dates written with a label (`# Start date: 20260901`, `# Date de début : …`): GA4 only; UA writes a bare range. */
  labelledDates = false;
  /** A `# Property: … - GA4` line. */
  ga4Property = false;

  feed(text: string): void {
    const folded = foldHeader(text);
    if (folded.startsWith('free form')) this.freeForm = true;
    if (UA_VIEW_NAMES.has(folded)) this.universal = true;
    if (/-ga4$/.test(folded)) this.ga4Property = true;
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
      if (day !== null) {
        this.dates.push(day);
        if (/\D/.test(text.slice(0, single.index).trim())) this.labelledDates = true;
      }
    }
  }

  /** True when a line marks the file as a GA download (a date or range line, or an exploration title). */
  get marked(): boolean {
    return this.range !== null || this.dates.length > 0 || this.freeForm;
  }

  /** True when the preamble has a shape only GA4 writes. */
  get ga4Shaped(): boolean {
    return this.freeForm || this.labelledDates || this.ga4Property;
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

export interface FirstTable {
  preamble: Preamble;
  /** The header of the first table; null when the sample holds none. */
  header: { cells: string[]; line: number } | null;
  /** The sample's rows of that table after its header, up to the first blank or `#` line. */
  rows: { cells: string[]; line: number }[];
}

/** The sample's rows of the table whose header is on `headerLine`, up to the first blank or `#` line. */
export function tableRows(sample: FileSample, headerLine: number): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  for (const row of sample.rows) {
    if (row.line <= headerLine) continue;
    if (isBlankRow(row.cells)) break;
    // A `#` line ends the table; a row like `#sale,12,1` (a campaign name) does not.
    if (commentText(row.cells, sample.delimiter) !== null && row.cells.filter((cell) => cell.trim() !== '').length <= 1) break;
    rows.push(row);
  }
  return rows;
}

/** The preamble and first table of a GA-style sample (for detection and for decisions made at the header). */
export function firstTable(sample: FileSample): FirstTable {
  const preamble = new Preamble();
  for (const row of sample.rows) {
    const text = commentText(row.cells, sample.delimiter);
    if (text !== null) preamble.feed(text);
    else if (!isBlankRow(row.cells)) return { preamble, header: row, rows: tableRows(sample, row.line) };
  }
  return { preamble, header: null, rows: [] };
}

/** Warns once when days between a file's first and last day have no rows at all. */
export function warnMissingDays(context: SourceContext, days: Set<number>): void {
  if (days.size < 2) return;
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
  context.warn({
    code: 'MISSING_DAYS',
    variant: 'sessions',
    params: { file: context.file, count, first, last, missing },
    details: { count, firstMissing: missing.map(formatDay), from: formatDay(first), to: formatDay(last) },
  });
}

export function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}

/**
 * The source text of an analytics row: its source / medium, else its channel-group label. A row in
 * a social channel group (GA4 `Organic Social` / `Paid Social`, UA `Social`) with a source gets it
 * marked (`social: l.instagram.com`), so channelOfSource reads it as the platform the source names,
 * else as `social`. One instance per file: the marked strings are made once per distinct source.
 */
export class RowSource {
  private readonly marked = new Map<string, string>();

  of(source: string, group: string): string {
    if (source === '') return group;
    if (group === '' || !isSocialGroup(group)) return source;
    let marked = this.marked.get(source);
    if (marked === undefined) this.marked.set(source, (marked = SOCIAL_GROUP_PREFIX + source));
    return marked;
  }
}

/**
 * Universal Analytics column names (formats.md §4.4). English [REAL]; Dutch from a real export
 * quoted in a public README (`Sessies`, `Behaalde doelen`, `Transacties`); every German, Swedish,
 * French and Spanish name is a [GUESS] (UA exports write the names of the account's UI language).
 * Kept here, not in universal-analytics.ts, because ga4.ts needs them too: to refuse UA files.
 */
export const UA_COLUMNS = {
  dayIndex: ['day index', 'tagesindex', 'dagindex', 'index des jours', 'índice de días'],
  hourIndex: ['hour index', 'stundenindex', 'timindex', 'index des heures', 'índice de horas'],
  date: ['date', 'datum', 'fecha'],
  campaign: ['campaign', 'kampagne', 'kampanj', 'campagne', 'campaña'],
  sourceMedium: ['source / medium', 'quelle / medium', 'källa/medium', 'source/support', 'fuente/medio', 'bron/medium'],
  source: ['source', 'quelle', 'källa', 'fuente', 'bron'],
  medium: ['medium', 'support', 'medio'],
  channelGroup: [
    'default channel grouping',
    'standard-channelgruppierung',
    'standardchannelgruppierung',
    'standardkanalgruppering',
    'groupement de canaux par défaut',
    'agrupación de canales predeterminada',
    'standaard kanaalgroepering',
  ],
  sessions: ['sessions', 'sitzungen', 'sessioner', 'sesiones', 'sessies'],
  transactions: ['transactions', 'transaktionen', 'transaktioner', 'transacciones', 'transacties'],
  goalCompletions: [
    'goal completions',
    'zielvorhabenabschlüsse',
    'abgeschlossene zielvorhaben',
    'måluppfyllelser',
    'objectifs réalisés',
    'consecuciones de objetivos',
    'behaalde doelen',
  ],
  revenue: ['revenue', 'umsatz', 'intäkter', 'revenus', 'ingresos', 'opbrengst'],
} satisfies ColumnSpec<string>;

/** `<Goal name> (Goal 1 Completions)` [REAL]: one column per goal. */
export const UA_GOAL_COLUMN = /\(goal \d+ completions\)$/;

/** Columns only UA writes (GA4 names these metrics otherwise): evidence when the preamble does not tell. */
const UA_ONLY = new Set(
  [
    '% new sessions',
    'pages / session',
    'avg. session duration',
    'goal conversion rate',
    'goal value',
    'ecommerce conversion rate',
    'e-commerce conversion rate',
    'per session value',
    'pageviews',
    'unique pageviews',
    'avg. time on page',
    '% exit',
    'page value',
    '% nieuwe sessies',
    'gem. sessieduur',
    'doelwaarde',
    ...UA_COLUMNS.channelGroup,
    ...UA_COLUMNS.goalCompletions,
    ...UA_COLUMNS.transactions,
    ...UA_COLUMNS.revenue,
  ].map(foldHeader),
);

/** Session-scoped GA4 dimension names: `Session campaign`, `Sitzung – Quelle/Medium`, `Sessionens källa/medium`, `Campagne de la session`. */
const GA4_SCOPED = /^(session |sitzung-|sitzungs|sessionens |first user |erste nutzer)|de la session$/;

/** Values only UA writes: percentages (`95.43%`, `"99,88%"`) and durations (`00:00:17`). */
const UA_FORMATTED = /^-?\d+(?:[.,]\d+)?\s?%$|^\d{2}:\d{2}:\d{2}$/;

/** True when the header names a metric universal-analytics.ts reads. */
export function hasUaMetric(folded: readonly string[]): boolean {
  const c = UA_COLUMNS;
  return findColumn(folded, [...c.sessions, ...c.transactions, ...c.goalCompletions, ...c.revenue]) !== -1 || folded.some((name) => UA_GOAL_COLUMN.test(name));
}

/**
 * GA4 or Universal Analytics? Both start with `#` lines and a date range. Decided in this order:
 * the UA view line (`# All Web Site Data`) or a `Day Index` / `Hour Index` column say UA; a GA4
 * preamble (exploration title, labelled dates, `- GA4` property), a session-scoped dimension or a
 * GA4-only metric say GA4; then UA-only columns, then UA-formatted values (`95.43%`, `00:00:17`)
 * say UA; anything else stays GA4. `ga4Metrics` are ga4.ts's metric names (folded), `sessions` included.
 */
export function analyticsGeneration(table: FirstTable, ga4Metrics: ReadonlySet<string>): 'ga4' | 'universal-analytics' | null {
  const { preamble, header, rows } = table;
  if (header === null || !preamble.marked) return null;
  const folded = header.cells.map(foldHeader);
  const ua = hasUaMetric(folded);
  const ga = folded.some((name) => ga4Metrics.has(name));
  if (!ua && !ga) return null;
  const generation = ((): 'ga4' | 'universal-analytics' => {
    if (preamble.universal) return 'universal-analytics';
    if (findColumn(folded, [...UA_COLUMNS.dayIndex, ...UA_COLUMNS.hourIndex]) !== -1) return 'universal-analytics';
    if (preamble.ga4Shaped) return 'ga4';
    if (folded.some((name) => GA4_SCOPED.test(name))) return 'ga4';
    const sessions = new Set(UA_COLUMNS.sessions.map(foldHeader));
    if (folded.some((name) => ga4Metrics.has(name) && !sessions.has(name) && !UA_ONLY.has(name))) return 'ga4';
    if (folded.some((name) => UA_ONLY.has(name) || UA_GOAL_COLUMN.test(name))) return 'universal-analytics';
    if (rows.some((row) => row.cells.some((cell) => UA_FORMATTED.test(cell.trim())))) return 'universal-analytics';
    return 'ga4';
  })();
  // Each generation claims only a table it can read.
  if (generation === 'ga4' && !ga) return null;
  if (generation === 'universal-analytics' && !ua) return null;
  return generation;
}
