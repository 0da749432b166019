// Stage 4b: overlapping exports of the same data are counted once. Files of one dataset (the same
// Meta account at campaign and ad level, two GA4 downloads, two ledger exports) that cover the same
// day (or day and campaign) give that cell from one file only: the one with the highest priority.
import type { Warning } from '../report.js';
import type { OverlapGrain } from '../sources/types.js';
import { splitCellKey, type FileAggregate } from './aggregate.js';

export interface OverlapFile {
  relativePath: string;
  dataset: string;
  grain: OverlapGrain;
  /** Higher wins a shared cell. */
  priority: number;
  aggregate: FileAggregate;
}

/** Drops repeated cells in place; returns the number of rows dropped. */
export function dropOverlaps(files: readonly OverlapFile[], warnings: Warning[]): number {
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
    for (const file of ordered) {
      const grainKey = (day: number, token: number) => (file.grain === 'day' ? `${day}` : `${day}|${token}`);
      const repeats = new Map<OverlapFile, Set<number>>();
      const differing = new Map<OverlapFile, Set<number>>();
      const dropKeys = new Set<string>();
      const keysOfFile = new Set<string>();
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
      for (const range of file.aggregate.ranges) for (let day = range.from; day <= range.to; day++) consider(day, range.token);

      for (const [cellKey, cell] of file.aggregate.cells) {
        const { day, token } = splitCellKey(cellKey);
        if (dropKeys.has(grainKey(day, token))) {
          droppedRows += cell[cell.length - 1]!;
          file.aggregate.cells.delete(cellKey);
        }
      }
      file.aggregate.ranges.splice(
        0,
        file.aggregate.ranges.length,
        ...file.aggregate.ranges.filter((range) => {
          for (let day = range.from; day <= range.to; day++) {
            if (dropKeys.has(grainKey(day, range.token))) {
              droppedRows += range.values[range.values.length - 1]!;
              return false;
            }
          }
          return true;
        }),
      );
      for (const key of keysOfFile) if (!dropKeys.has(key) && !claimed.has(key)) claimed.set(key, file);

      for (const [holder, days] of repeats) {
        warnings.push({
          code: 'OVERLAPPING_EXPORT',
          message: `${file.relativePath} repeats data of ${holder.relativePath} on ${days.size} day${days.size === 1 ? '' : 's'}; those days are counted once, from ${holder.relativePath}.`,
          file: file.relativePath,
          details: { keptFile: holder.relativePath, days: days.size },
        });
      }
      for (const [holder, days] of differing) {
        warnings.push({
          code: 'OVERLAPPING_LEDGERS_DIFFER',
          message: `${file.relativePath} and ${holder.relativePath} both hold orders on ${days.size} day${days.size === 1 ? '' : 's'} but not the same orders; both are counted. If they are exports of one shop, remove one of them.`,
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
