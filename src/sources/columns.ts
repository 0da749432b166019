// Shared by the adapters: header lookup through alias tables and cell readers that throw
// InputError with file, line and column (never the cell's text: it may be a customer's data).
import { InputError } from '../errors.js';
import { parseDateTime, type ParsedTime } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import { isEmptyValue, parseNumber, type DecimalMark } from '../read/numbers.js';

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
