// Shared by the adapters: header lookup through alias tables and cell readers that throw
// InputError with file, line and column (never the cell's text: it may be a customer's data).
import { InputError } from '../errors.js';
import { parseDateTime, type ParsedTime } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import { isEmptyValue, parseNumber, parsePlainNumber, type DecimalMark } from '../read/numbers.js';
import type { RawRecord } from '../read/csv.js';
import type { SourceContext } from './types.js';

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
      throw new InputError(
        'BAD_NUMBER',
        this.file,
        line,
        `column ${this.columnName(index)} does not hold a number.`,
        `Expected an amount such as ${this.decimal === ',' ? '1.234,56' : '1234.56'}; fix or remove that row and run again.`,
      );
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
        throw new InputError(
          'BAD_DATE',
          this.file,
          line,
          `column ${this.columnName(index)} does not hold a valid date.`,
          'Expected a date such as 2026-01-31, 31.01.2026 or 20260131; fix that row and run again.',
        );
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

  // The same readers for a record read by position (RawRecord): the cell's string is made only
  // when the plain fast path cannot decide.

  /** `number` of cell `index` of a RawRecord. */
  numberAt(record: RawRecord, index: number, line: number): number {
    if (index < 0) return NaN;
    if (index < record.count) {
      const value = parsePlainNumber(record.text, record.starts[index]!, record.ends[index]!, this.decimal);
      if (value === value) return value;
    }
    return this.numberOf(record.cell(index), index, line);
  }

  /** `number` of a cell given as text; `index` names its column in the error. */
  numberOf(cell: string, index: number, line: number): number {
    const cells: string[] = [];
    cells[index] = cell;
    return this.number(cells, index, line);
  }

  /** `date` of a cell given as text; `index` names its column in the error. */
  dateOf(cell: string, index: number, line: number, assumeUtc = false): ParsedTime {
    const cells: string[] = [];
    cells[index] = cell;
    return this.date(cells, index, line, assumeUtc);
  }
}

export function missingColumnsError(file: string, line: number, title: string, missing: string[]): InputError {
  return new InputError(
    'MISSING_COLUMNS',
    file,
    line,
    `this ${title} lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}.`,
    'Export the file again with those columns included.',
  );
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
 * sample's rows after the header). Unambiguous cells decide (`1.234,56`, `12,5`, `0.35`); else a
 * `1.000` in a count column says the dot groups thousands; else, when cells like `1.000` remain,
 * the mark is assumed from the delimiter (Excel writes `;` where the comma is the decimal mark) and
 * one AMBIGUOUS_DECIMAL warning says so. Without any separator the file's own guess stands.
 */
export function decideDecimal(
  context: Pick<SourceContext, 'decimal' | 'file' | 'sample' | 'warn'>,
  rows: readonly { cells: readonly string[] }[],
  columns: DecimalColumns,
  line?: number,
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
  if (comma !== dot) return comma > dot ? ',' : '.';
  if (ambiguous === null) return context.decimal;
  // Counts are whole numbers: `1.000` sessions is one thousand, so the dot groups thousands.
  if (countDot > 0 && countComma === 0) return ',';
  if (countComma > 0 && countDot === 0) return '.';
  const assumed: DecimalMark = context.sample.delimiter === ';' ? ',' : '.';
  const reading = parseNumber(ambiguous, assumed);
  context.warn({
    code: 'AMBIGUOUS_DECIMAL',
    message: `${context.file}: no number in it shows which mark is the decimal one, so "${ambiguous}" could be one thousand or one; it was read as ${reading} (${assumed === ',' ? 'decimal comma, as the ";" delimiter suggests' : 'decimal point'}). If that is wrong, export the file again without opening it in a spreadsheet, or with a value that has decimals.`,
    ...(line !== undefined ? { line } : {}),
    details: { assumed, example: ambiguous },
  });
  return assumed;
}

/** Whether slashed dates of a column are month-first or day-first, or null when no cell decides (every part 12 or less). */
export function slashOrderEvidence(cells: Iterable<string>): 'mdy' | 'dmy' | null {
  for (const cell of cells) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\//.exec(cell);
    if (!match) continue;
    if (+match[1]! > 12) return 'dmy';
    if (+match[2]! > 12) return 'mdy';
  }
  return null;
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
