// Stage 2: which export is this? Every source's detect() sees the sample; exactly one must claim it.
import type { SkipReason } from './i18n/skips.js';
import { findColumn, foldHeader } from './read/headers.js';
import type { FileSample, Source } from './sources/types.js';

export type Detection = { source: Source } | { skip: SkipReason };

export function detectKind(sample: FileSample, sources: readonly Source[]): Detection {
  for (const source of sources) {
    let reason: SkipReason | null = null;
    try {
      reason = source.declines?.(sample) ?? null;
    } catch {
      reason = null;
    }
    if (reason) return { skip: reason };
  }
  let claims = sources.filter((source) => {
    try {
      return source.detect(sample);
    } catch {
      return false;
    }
  });
  // The generic ledger is the fallback: a file a specific kind recognises is that kind.
  if (claims.length > 1) claims = claims.filter((source) => source.kind !== 'generic-ledger');
  if (claims.length === 1) return { source: claims[0]! };
  if (claims.length > 1) return { skip: { code: 'ambiguous', params: { titles: claims.map((s) => s.title) } } };
  // Header cells are not echoed: a file without a header would show its first row, which may be a customer's.
  const header = headerCells(sample);
  return { skip: { code: 'unknownKind', params: { columns: header ? header.length : null } } };
}

/** How near a skipped file's header comes to one kind: the header cells that match its required columns, and those it lacks. */
export interface ClosestKind {
  source: Source;
  /** Header cells of the file (as written) that match a required column: only such cells are ever shown. */
  found: string[];
  /** Required columns the header lacks, each by its first (English) alias. */
  missing: string[];
}

/** A currency after a header (`Amount spent (EUR)`, `Brutto EUR`, `Betrag €`): the column is the same without it. */
const CURRENCY_SUFFIX = /\s*(?:\([a-z]{3}\)|\((?:€|\$|£)\)|(?<=\s)(?:eur|usd|sek|gbp|chf|nok|dkk|pln|czk|cad|aud|nzd|jpy)|€|\$|£)$/;

/**
 * The kind whose required header columns (Source.required) a file's header comes closest to: the
 * most columns found, then the fewest lacking, then the registry's order; null when the header
 * names no required column of any kind. Headers are folded as detect() folds them; a currency
 * suffix is ignored. Mapped names (`--map`) count for the generic ledger's fields.
 */
export function closestKind(sample: FileSample, sources: readonly Source[]): ClosestKind | null {
  const header = headerCells(sample);
  if (!header) return null;
  const folded = header.map((cell) => foldHeader(cell));
  const bare = folded.map((cell) => cell.replace(CURRENCY_SUFFIX, ''));
  let best: ClosestKind | null = null;
  for (const source of sources) {
    if (!source.required?.length) continue;
    const found: string[] = [];
    const missing: string[] = [];
    for (const column of source.required) {
      const mapped = source.kind === 'generic-ledger' ? sample.columnMap?.[column.field] : undefined;
      const aliases = mapped ? [mapped, ...column.aliases] : column.aliases;
      // Alias by alias, with or without a currency suffix: the first alias is the column the kind prefers.
      let index = -1;
      for (let a = 0; a < aliases.length && index === -1; a++) {
        index = findColumn(folded, [aliases[a]!]);
        if (index === -1) index = findColumn(bare, [aliases[a]!]);
      }
      if (index === -1) missing.push(column.aliases[0]!);
      else found.push(header[index]!.replace(/^\uFEFF/, '').trim());
    }
    if (found.length === 0) continue;
    if (best === null || found.length > best.found.length || (found.length === best.found.length && missing.length < best.missing.length)) {
      best = { source, found, missing };
    }
  }
  return best;
}

/** The header a kind would look at: the first row with a cell that is neither empty nor a `#` line. */
function headerCells(sample: FileSample): string[] | null {
  return sample.rows.find((row) => row.cells.some((cell) => cell.trim() !== '' && !cell.startsWith('#')))?.cells ?? null;
}
