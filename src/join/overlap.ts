// Stage 4b: overlapping exports of the same data are counted once. Files of one dataset (the same
// Meta account at campaign and ad level, two GA4 downloads, two ledger exports) that cover the same
// day (or day and campaign) give that cell from one file only: the one with the highest priority.
import type { OverlapGrain } from '../sources/types.js';
import { formatDay } from '../read/dates.js';
import { splitCellKey, type FileAggregate, type RangeCell } from './aggregate.js';
import type { Finding } from '../i18n/warnings.js';

export interface OverlapFile {
  relativePath: string;
  dataset: string;
  grain: OverlapGrain;
  /** Higher wins a shared cell. */
  priority: number;
  aggregate: FileAggregate;
}

/** Drops repeated cells in place; returns the number of rows dropped. */
export function dropOverlaps(files: readonly OverlapFile[], warnings: Finding[]): number {
  const byDataset = new Map<string, OverlapFile[]>();
  for (const file of files) {
    if (file.grain === 'none' || file.aggregate.byIdentity) continue;
    const group = byDataset.get(file.dataset) ?? [];
    group.push(file);
    byDataset.set(file.dataset, group);
  }
  let droppedRows = 0;
  for (const group of byDataset.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => b.priority - a.priority || (a.relativePath < b.relativePath ? -1 : 1));
    // Claimed grain keys (day, or day and campaign token) and the file that holds them.
    const claimed = new Map<string, OverlapFile>();
    // Keys claimed by a whole-range row (a range cannot be split by day).
    const claimedByRange = new Set<string>();
    for (const file of ordered) {
      const grainKey = (day: number, token: number) => (file.grain === 'day' ? `${day}` : `${day}|${token}`);
      const repeats = new Map<OverlapFile, Set<number>>();
      const differing = new Map<OverlapFile, Set<number>>();
      const dropKeys = new Set<string>();
      const keysOfFile = new Set<string>();
      const rangeKeysOfFile = new Set<string>();
      // Daily rows of higher-priority files that a whole-range row of this file stands for.
      const standsFor = new Map<OverlapFile, { keys: Set<string>; days: Set<number>; byToken: Map<number, number[]> }>();
      const droppedRanges = new Set<RangeCell>();
      const consider = (day: number, token: number) => {
        const key = grainKey(day, token);
        keysOfFile.add(key);
        const holder = claimed.get(key);
        if (!holder || holder === file) return;
        if (!sameOrders(holder.aggregate, file.aggregate, day)) {
          addTo(differing, holder, day);
          return;
        }
        dropKeys.add(key);
        addTo(repeats, holder, day);
      };
      for (const cellKey of file.aggregate.cells.keys()) {
        const { day, token } = splitCellKey(cellKey);
        consider(day, token);
      }
      for (const range of file.aggregate.ranges) {
        // A campaign's whole-range figures stand for their range: daily rows of another file add only
        // the days the range does not cover, and replace the range only where they cover all of it.
        let held = 0;
        let heldByRange = false;
        for (let day = range.from; day <= range.to; day++) {
          const key = grainKey(day, range.token);
          const holder = claimed.get(key);
          if (!holder || holder === file || !sameOrders(holder.aggregate, file.aggregate, day)) continue;
          held++;
          if (claimedByRange.has(key)) heldByRange = true;
        }
        const span = range.to - range.from + 1;
        if (held === 0) {
          for (let day = range.from; day <= range.to; day++) rangeKeysOfFile.add(grainKey(day, range.token));
        } else if (held === span || heldByRange) {
          droppedRanges.add(range);
          for (let day = range.from; day <= range.to; day++) {
            const holder = claimed.get(grainKey(day, range.token));
            if (holder && holder !== file) addTo(repeats, holder, day);
          }
        } else {
          for (let day = range.from; day <= range.to; day++) {
            const key = grainKey(day, range.token);
            rangeKeysOfFile.add(key);
            const holder = claimed.get(key);
            if (!holder || holder === file) continue;
            let entry = standsFor.get(holder);
            if (!entry) standsFor.set(holder, (entry = { keys: new Set(), days: new Set(), byToken: new Map() }));
            entry.keys.add(key);
            entry.days.add(day);
            const tokenDays = entry.byToken.get(range.token);
            if (tokenDays) tokenDays.push(day);
            else entry.byToken.set(range.token, [day]);
            claimed.set(key, file);
            claimedByRange.add(key);
          }
        }
      }

      for (const [cellKey, cell] of file.aggregate.cells) {
        const { day, token } = splitCellKey(cellKey);
        if (dropKeys.has(grainKey(day, token))) {
          droppedRows += cell[cell.length - 1]!;
          file.aggregate.cells.delete(cellKey);
        }
      }
      if (droppedRanges.size > 0) {
        for (const range of droppedRanges) droppedRows += range.values[range.values.length - 1]!;
        file.aggregate.ranges.splice(0, file.aggregate.ranges.length, ...file.aggregate.ranges.filter((range) => !droppedRanges.has(range)));
      }
      for (const [holder, entry] of standsFor) {
        for (const [cellKey, cell] of holder.aggregate.cells) {
          const { day, token } = splitCellKey(cellKey);
          if (!entry.keys.has(grainKey(day, token))) continue;
          droppedRows += cell[cell.length - 1]!;
          holder.aggregate.cells.delete(cellKey);
        }
        const days = [...entry.days].sort((a, b) => a - b);
        const named = [...entry.byToken]
          .map(([token, tokenDays]) => ({ name: campaignName(file.aggregate, token), days: tokenDays.sort((a, b) => a - b) }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const campaigns = file.grain === 'day' ? [] : named.map((c) => c.name);
        warnings.push({
          code: 'OVERLAPPING_EXPORT',
          variant: 'dailyRows',
          params: { file: holder.relativePath, keptFile: file.relativePath, days, campaigns: file.grain === 'day' ? null : named },
          file: holder.relativePath,
          details: { keptFile: file.relativePath, days: days.length, dates: days.map(formatDay), campaigns },
        });
      }
      for (const key of keysOfFile) if (!dropKeys.has(key) && !claimed.has(key)) claimed.set(key, file);
      for (const key of rangeKeysOfFile) {
        if (!claimed.has(key)) claimed.set(key, file);
        if (claimed.get(key) === file) claimedByRange.add(key);
      }

      for (const [holder, days] of repeats) {
        warnings.push({
          code: 'OVERLAPPING_EXPORT',
          variant: 'days',
          params: { file: file.relativePath, keptFile: holder.relativePath, days: days.size },
          file: file.relativePath,
          details: { keptFile: holder.relativePath, days: days.size },
        });
      }
      for (const [holder, days] of differing) {
        warnings.push({
          code: 'OVERLAPPING_LEDGERS_DIFFER',
          params: { file: file.relativePath, otherFile: holder.relativePath, days: days.size },
          file: file.relativePath,
          details: { otherFile: holder.relativePath, days: days.size },
        });
      }
    }
  }
  return droppedRows;
}

function addTo(map: Map<OverlapFile, Set<number>>, file: OverlapFile, day: number): void {
  let days = map.get(file);
  if (!days) map.set(file, (days = new Set()));
  days.add(day);
}

/**
 * Files without order references (ads, analytics, insights) repeat each other whenever they share
 * a cell. Ledgers repeat each other only when a day holds the same set of orders in both.
 */
function sameOrders(kept: FileAggregate, candidate: FileAggregate, day: number): boolean {
  if (kept.fingerprints.size === 0 && candidate.fingerprints.size === 0) return true;
  const a = kept.fingerprints.get(day);
  const b = candidate.fingerprints.get(day);
  if (!a || !b) return !a && !b;
  return a.count === b.count && a.xor === b.xor && a.sum === b.sum;
}

/** A campaign as the export spells it (the first spelling), else its key. */
function campaignName(aggregate: FileAggregate, token: number): string {
  const spellings = aggregate.dictionary.spellings.get(token);
  if (spellings && spellings.size > 0) return [...spellings].sort()[0]!;
  const key = aggregate.dictionary.tokens[token] ?? '';
  return key.startsWith('id:') ? key.slice(3) : key || '(no campaign)';
}

