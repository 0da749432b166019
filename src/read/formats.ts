// What a file's dates and numbers look like, told from the evidence of its sample: the
// `smroi detect` listing shows it so a user can see what smroi assumed about a file.
import { guessSlashOrder } from './dates.js';
import type { DecimalMark } from './numbers.js';

const DATE_FORMATS: readonly [RegExp, string][] = [
  [/^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?\s*([+-]\d{2}:?\d{2}|Z)$/, 'YYYY-MM-DD HH:MM ±HHMM'],
  [/^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?$/, 'YYYY-MM-DD HH:MM'],
  [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  [/^\d{4}\/\d{1,2}\/\d{1,2}[T ]\d{1,2}:\d{2}(:\d{2})?$/, 'YYYY/MM/DD HH:MM'],
  [/^\d{4}\/\d{1,2}\/\d{1,2}$/, 'YYYY/MM/DD'],
  [/^\d{1,2}\.\d{1,2}\.\d{4}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/, 'DD.MM.YYYY'],
  [/^\d{1,2}\/\d{1,2}\/\d{2,4}(,?\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AP]M)?)?$/i, 'slash'],
  [/^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/, 'YYYYMMDD'],
];

/**
 * The most common date form among the cells, or null when none holds a date. Slashed dates are
 * named by `order`, the order the file was read in, when given; else by the cells (month first
 * when no part is over 12).
 */
export function describeDateFormat(cells: readonly string[], order?: 'mdy' | 'dmy'): string | null {
  const counts = new Map<string, number>();
  const slashed: string[] = [];
  for (const raw of cells) {
    const cell = raw.trim();
    for (const [pattern, name] of DATE_FORMATS) {
      if (!pattern.test(cell)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (name === 'slash') slashed.push(cell);
      break;
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) return null;
  if (best[0] !== 'slash') return best[0];
  return (order ?? guessSlashOrder(slashed)) === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}

/** `1234.56`, `1,234.56`, `1.234,56` or `1 234,56`: the decimal mark and the grouping the cells use. */
export function describeNumberFormat(cells: readonly string[], decimal: DecimalMark): string {
  let dotGroups = 0;
  let commaGroups = 0;
  let spaceGroups = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (/^-?\d{1,3}( |\u00a0|\u202f)\d{3}/.test(cell)) spaceGroups++;
    else if (decimal === ',' && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cell)) dotGroups++;
    else if (decimal === '.' && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell)) commaGroups++;
  }
  if (decimal === ',') return spaceGroups > dotGroups ? '1 234,56' : dotGroups > 0 ? '1.234,56' : '1234,56';
  return commaGroups > 0 ? '1,234.56' : '1234.56';
}
