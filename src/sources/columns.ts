// Shared by the adapters: header lookup through alias tables and cell readers that throw
// InputError with file, line and column (never the cell's text: it may be a customer's data).
import { InputError, say } from '../errors.js';
import { parseDateTime, type ParsedTime } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import { isEmptyValue, MAX_INTEGER_DIGITS, numberProblem, parseNumber, type DecimalMark } from '../read/numbers.js';
import type { FileSample, RecordSplit, SlashOrder, SourceContext } from './types.js';

export type ColumnSpec<F extends string> = Record<F, readonly string[]>;
export type ColumnIndex<F extends string> = Record<F, number>;

export function mapColumns<F extends string>(header: readonly string[], spec: ColumnSpec<F>): ColumnIndex<F> {
  const folded = header.map(foldHeader);
  const index = {} as ColumnIndex<F>;
  for (const field of Object.keys(spec) as F[]) index[field] = findColumn(folded, spec[field]);
  return index;
}

export function hasColumns(header: readonly string[], ...aliasLists: (readonly string[])[]): boolean {
  const folded = header.map(foldHeader);
  return aliasLists.every((aliases) => findColumn(folded, aliases) !== -1);
}

export class CellReader {
  private readonly dayCache = new Map<string, ParsedTime>();

  constructor(
    private readonly file: string,
    private readonly header: readonly string[],
    private readonly decimal: DecimalMark,
    private readonly slashOrder: 'mdy' | 'dmy' = 'mdy',
  ) {}

  private columnName(index: number): string {
    return `"${(this.header[index] ?? `column ${index + 1}`).replace(/^\uFEFF/, '')}"`;
  }

  /** A number, or NaN when the cell is empty or "not available" (`-`, `N/A`). */
  number(cells: string[], index: number, line: number): number {
    if (index < 0) return NaN;
    const cell = cells[index] ?? '';
    const value = parseNumber(cell, this.decimal);
    if (value !== value && !isEmptyValue(cell)) {
      throw new InputError(this.file, line, say('BAD_NUMBER', { column: this.columnName(index), problem: numberProblem(cell, this.decimal) ?? 'not-a-number', example: this.decimal === ',' ? '1.234,56' : '1234.56', digits: MAX_INTEGER_DIGITS }));
    }
    return value;
  }

  /** A date or timestamp; throws when the cell is empty or not a date. */
  date(cells: string[], index: number, line: number, assumeUtc = false): ParsedTime {
    const cell = cells[index] ?? '';
    let parsed = this.dayCache.get(cell);
    if (parsed === undefined) {
      const result = parseDateTime(cell, this.slashOrder, assumeUtc);
      if (result === null) {
        throw new InputError(this.file, line, say('BAD_DATE', { column: this.columnName(index) }));
      }
      parsed = result;
      // Plain dates repeat on many rows; timestamps rarely do, so only dates are cached.
      if (result.instant === null && cell.length <= 10) this.dayCache.set(cell, result);
    }
    return parsed;
  }

  text(cells: string[], index: number): string {
    return index < 0 ? '' : (cells[index] ?? '').trim();
  }
}

export function missingColumnsError(file: string, line: number, title: string, missing: string[]): InputError {
  return new InputError(file, line, say('MISSING_COLUMNS', { title, columns: missing.map((m) => `"${m}"`).join(', '), count: missing.length }));
}

/** What one cell says about the decimal mark: ',' or '.' when only one reading fits, 'ambiguous' for `1.000` / `1,000`, null for no separator. */
export function decimalEvidence(raw: string): DecimalMark | 'ambiguous' | null {
  const cell = raw
    .replace(/[\s\u00a0\u202f€$£¥%]/g, '')
    .replace(/^[a-z]+|[a-z]+$/gi, '') // currency codes: `US$ 0,00`, `12.50 EUR`
    .replace(/^[+-]|^\(|\)$/g, '');
  if (!/^\d[\d.,]*\d$|^[.,]\d+$/.test(cell)) return null;
  const dots = cell.split('.').length - 1;
  const commas = cell.split(',').length - 1;
  if (dots === 0 && commas === 0) return null;
  if (dots > 0 && commas > 0) return cell.lastIndexOf(',') > cell.lastIndexOf('.') ? ',' : '.';
  const mark = dots > 0 ? '.' : ',';
  const groups = cell.split(mark);
  // Two marks of one kind (`1.234.567`): thousands groups, so the other mark is the decimal one.
  if (groups.length > 2) return groups.slice(1).every((group) => group.length === 3) && groups[0]!.length <= 3 ? (mark === '.' ? ',' : '.') : null;
  // One mark followed by exactly three digits after one to three: `1.000` is one thousand or one.
  if (groups[1]!.length === 3 && groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups[0] !== '0') return 'ambiguous';
  return mark;
}

export interface DecimalColumns {
  /** Columns of whole numbers (sessions, impressions, likes): a `1.000` there can only be one thousand. */
  counts: readonly number[];
  /** Money and other columns that may hold fractions. */
  amounts: readonly number[];
}

/**
 * The decimal mark of one table, decided from the cells of the columns an adapter reads (the
 * sample's rows after the header). Unambiguous cells decide (`1.234,56`, `12,5`, `0.35`); else the
 * mark the user set (`--decimal`, "decimal" in the config) decides; else a `1.000` in a count
 * column says the dot groups thousands; else, when cells like `1.000` remain, the mark is assumed
 * from the delimiter (Excel writes `;` where the comma is the decimal mark) and one
 * AMBIGUOUS_DECIMAL warning says so and names the option that reads it the other way. Without any
 * separator the file's own guess stands. `quote: false` (ledgers) keeps cells out of the warning.
 */
export function decideDecimal(
  context: Pick<SourceContext, 'decimal' | 'file' | 'sample' | 'warn' | 'dialect'>,
  rows: readonly { cells: readonly string[] }[],
  columns: DecimalColumns,
  line?: number,
  options: { quote?: boolean } = {},
): DecimalMark {
  const decided = decideDecimalMark(context, rows, columns, line, options.quote !== false);
  context.dialect?.({ decimal: decided });
  return decided;
}

function decideDecimalMark(
  context: Pick<SourceContext, 'decimal' | 'file' | 'sample' | 'warn'>,
  rows: readonly { cells: readonly string[] }[],
  columns: DecimalColumns,
  line: number | undefined,
  quote: boolean,
): DecimalMark {
  let comma = 0;
  let dot = 0;
  let ambiguous: string | null = null;
  let countDot = 0;
  let countComma = 0;
  const counts = new Set(columns.counts);
  for (const row of rows) {
    for (const index of [...columns.counts, ...columns.amounts]) {
      const cell = row.cells[index];
      if (cell === undefined) continue;
      const evidence = decimalEvidence(cell);
      if (evidence === ',') comma++;
      else if (evidence === '.') dot++;
      else if (evidence === 'ambiguous') {
        ambiguous ??= cell.trim();
        if (counts.has(index)) {
          if (cell.includes('.')) countDot++;
          else countComma++;
        }
      }
    }
  }
  const wanted = context.sample.decimalOverride;
  if (wanted !== undefined) {
    // The user's mark, unless the cells can only be read with the other one.
    const own = wanted === ',' ? comma : dot;
    const other = wanted === ',' ? dot : comma;
    return other > 0 && own === 0 ? otherMark(wanted) : wanted;
  }
  if (comma !== dot) return comma > dot ? ',' : '.';
  if (ambiguous === null) return context.decimal;
  // Counts are whole numbers: `1.000` sessions is one thousand, so the dot groups thousands.
  if (countDot > 0 && countComma === 0) return ',';
  if (countComma > 0 && countDot === 0) return '.';
  const assumed: DecimalMark = context.sample.delimiter === ';' ? ',' : '.';
  const option = decimalOption(otherMark(assumed));
  if (!quote) {
    context.warn({
      code: 'AMBIGUOUS_DECIMAL',
      variant: 'amounts',
      params: { file: context.file, assumed, ...option },
      ...(line !== undefined ? { line } : {}),
      details: { assumed },
    });
    return assumed;
  }
  const reading = parseNumber(ambiguous, assumed);
  context.warn({
    code: 'AMBIGUOUS_DECIMAL',
    variant: 'example',
    params: { file: context.file, assumed, example: ambiguous, reading, ...option },
    ...(line !== undefined ? { line } : {}),
    details: { assumed, example: ambiguous },
  });
  return assumed;
}

function otherMark(mark: DecimalMark): DecimalMark {
  return mark === ',' ? '.' : ',';
}

/** The option and the configuration key that set a decimal mark, for messages. */
export function decimalOption(mark: DecimalMark): { flag: string; config: string } {
  const name = mark === ',' ? 'comma' : 'point';
  return { flag: `--decimal ${name}`, config: `"decimal": "${name}"` };
}

/** The option and the configuration key that set an order of slashed dates, for messages. */
export function dateOrderOption(order: SlashOrder): { flag: string; config: string } {
  return { flag: `--date-order ${order}`, config: `"dateOrder": "${order}"` };
}

/**
 * A decimal mark an adapter decided from its own columns (`decided`), with the user's mark
 * (`--decimal`) put in its place unless one of `cells` can only be read with the decided mark and
 * none only with the user's. Tells `context.dialect` what it returns.
 */
export function honourDecimal(context: Pick<SourceContext, 'sample' | 'dialect'>, cells: Iterable<string>, decided: DecimalMark): DecimalMark {
  const mark = overrideDecimal(context.sample.decimalOverride, cells, decided);
  context.dialect?.({ decimal: mark });
  return mark;
}

/** `decided`, or the user's mark when the cells do not prove the decided one against it. */
export function overrideDecimal(wanted: DecimalMark | undefined, cells: Iterable<string>, decided: DecimalMark): DecimalMark {
  if (wanted === undefined || wanted === decided) return decided;
  let provesDecided = false;
  for (const cell of cells) {
    const evidence = decimalEvidence(cell);
    if (evidence === wanted) return wanted;
    if (evidence === decided) provesDecided = true;
  }
  return provesDecided ? decided : wanted;
}

/** Whether slashed dates of a column are month-first or day-first, or null when no cell decides (every part 12 or less). */
export function slashOrderEvidence(cells: Iterable<string>): SlashOrder | null {
  for (const cell of cells) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\//.exec(cell);
    if (!match) continue;
    if (+match[1]! > 12) return 'dmy';
    if (+match[2]! > 12) return 'mdy';
  }
  return null;
}

/**
 * The order of slashed dates in a column: shown by a cell with a part over 12, else the order the
 * user set (`--date-order`), else month first, as US exports write it (guessSlashOrder, silently).
 * Tells `context.dialect` what it returns when the column holds slashed dates.
 */
export function slashOrderOf(context: Pick<SourceContext, 'sample' | 'dialect'>, cells: readonly string[]): SlashOrder {
  const order = slashOrderEvidence(cells) ?? context.sample.dateOrderOverride ?? 'mdy';
  if (cells.some((cell) => SLASHED.test(cell))) context.dialect?.({ dateOrder: order });
  return order;
}

const SLASHED = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}/;

/**
 * slashOrderOf for a column whose order nothing else tells (a ledger): when every slashed date
 * reads both ways and the user set no order, month first is assumed and one AMBIGUOUS_DATE_ORDER
 * warning names the column and the option that reads the dates day first.
 */
export function decideSlashOrder(
  context: Pick<SourceContext, 'sample' | 'dialect' | 'file' | 'warn'>,
  cells: readonly string[],
  column: string,
  line?: number,
): SlashOrder {
  const order = slashOrderOf(context, cells);
  if (slashOrderEvidence(cells) === null && context.sample.dateOrderOverride === undefined && cells.some((cell) => SLASHED.test(cell))) {
    const option = dateOrderOption('dmy');
    context.warn({
      code: 'AMBIGUOUS_DATE_ORDER',
      variant: 'column',
      params: { file: context.file, column, ...option },
      ...(line !== undefined ? { line } : {}),
      details: { assumed: 'MM/DD/YYYY', column },
    });
  }
  return order;
}

/**
 * `cell.trim()` without the call (and its copy) when neither end can be whitespace: every
 * character trim() removes is below 33 or from U+00A0 up. Hot adapters use it per cell.
 */
export function trimmed(cell: string): string {
  const n = cell.length;
  if (n === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(n - 1);
  return first > 32 && first < 160 && last > 32 && last < 160 ? cell : cell.trim();
}

/** `isBlankRow` that looks at the first character of a cell before trimming it. */
export function isBlankCells(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.length === 0) continue;
    const first = cell.charCodeAt(0);
    if ((first > 32 && first < 160) || cell.trim() !== '') return false;
  }
  return true;
}

/**
 * A row whose number of fields is not its header's: more (an unquoted delimiter has shifted the
 * columns after it) or fewer (the row was cut short, or cells were deleted by hand, so the cells
 * after the gap would be read from the wrong columns). `found` and `expected` let streamRows tell
 * a short last row without a line break (a cut-off file) from a short row inside the file.
 */
export class RowWidthError extends InputError {
  constructor(
    file: string,
    line: number,
    readonly found: number,
    readonly expected: number,
  ) {
    super(file, line, say('RAGGED_ROW', { found, expected }));
  }
}

export function raggedRow(file: string, line: number, found: number, expected: number): RowWidthError {
  return new RowWidthError(file, line, found, expected);
}

/**
 * The one check that a data row is whole, for every kind: it has as many fields as the header of
 * its table (`width`). Extra fields are accepted when they are all blank (a trailing delimiter, a
 * spreadsheet's empty columns). `optional` trailing fields may be missing where a kind documents
 * that its files drop them (none does today; see the call sites). Allocates nothing.
 */
export function checkWidth(file: string, line: number, cells: readonly string[], width: number, optional = 0): void {
  const found = cells.length;
  if (found === width) return;
  if (found > width) {
    for (let i = width; i < found; i++) {
      const cell = cells[i]!;
      if (cell.length !== 0 && cell.trim() !== '') throw new RowWidthError(file, line, found, width);
    }
    return;
  }
  if (found < width - optional) throw new RowWidthError(file, line, found, width);
}

/**
 * A header that names a column the adapter reads twice (two `Amount` columns): which of them holds
 * the amount cannot be told, so the file is not read. Columns the adapter does not read may repeat.
 */
export function checkDuplicateColumns(file: string, line: number, header: readonly string[], index: Readonly<Record<string, number>> | readonly number[]): void {
  const folded = header.map(foldHeader);
  for (const column of Object.values(index)) {
    if (column < 0) continue;
    const name = folded[column]!;
    if (name === '') continue;
    if (folded.indexOf(name) !== column || folded.indexOf(name, column + 1) !== -1) {
      const shown = (header[column] ?? '').replace(/^\uFEFF/, '').trim();
      throw new InputError(file, line, say('DUPLICATE_COLUMN', { column: shown }));
    }
  }
}

/**
 * The columns a parser does not read, for RowParser.unreadColumns: every column of a header of
 * `width` but the `read` ones and the last (which the cut-off checks of parse.ts look at).
 */
export function unreadExcept(read: Iterable<number>, width: number): Uint8Array {
  const unread = new Uint8Array(Math.max(width - 1, 0)).fill(1);
  for (const index of read) if (index >= 0 && index < unread.length) unread[index] = 0;
  return unread;
}

/**
 * Source.split for a kind whose parser keeps only the open order across rows, told by one column
 * (trimmed): the sample's records up to its header are replayed, and a record with fewer cells than
 * the header (a blank row, or the end of a quoted field a range began inside: src/parse.ts, RowRange)
 * belongs to no order. Null without a header or the column.
 */
export function splitOnColumn(sample: FileSample, header: { cells: string[] } | undefined, column: number): RecordSplit | null {
  if (header === undefined || column === -1) return null;
  const width = header.cells.length;
  const replay = sample.rows.findIndex((row) => row.cells === header.cells) + 1;
  if (replay === 0) return null;
  return { replay, group: (cells) => (cells.length < width ? '' : trimmed(cells[column] ?? '')) };
}
