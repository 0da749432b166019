// The exchange rates an audit used, as the report lists them: resolveCells records each rate it
// applied (currency → date the rate applies from, or 'any' for a single rate → rate).
import type { RateUsed } from './types.js';

export function listRatesUsed(used: ReadonlyMap<string, ReadonlyMap<string, number>>, into: string): RateUsed[] {
  const list: RateUsed[] = [];
  for (const [currency, dates] of used) {
    for (const [date, rate] of dates) list.push({ currency, into, from: date === 'any' ? null : date, rate });
  }
  return list.sort((a, b) => (a.currency !== b.currency ? (a.currency < b.currency ? -1 : 1) : (a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0));
}
