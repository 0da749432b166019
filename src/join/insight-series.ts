// Stage 4b, before overlap removal: two Business Suite downloads of one metric (same dataset) are
// the same series only when they hold the same numbers on the days they share. Overlap removal
// (overlap.ts) counts a shared day once; for two different series (two pages, or a Facebook and an
// Instagram download of a metric whose title names no platform) that would drop real numbers, so
// such a file gets a dataset of its own and counts in full.
import type { ParsedFile } from '../build-report.js';
import type { Warning } from '../report.js';
import { ROWS_SLOT, splitCellKey } from './aggregate.js';

/** Per day, the file's cells keyed by the low part of the cell key (campaign, channel, currency). */
type DayIndex = Map<number, Map<number, Float64Array>>;

function indexByDay(file: ParsedFile): DayIndex {
  const days: DayIndex = new Map();
  for (const [key, cell] of file.aggregate.cells) {
    const { day, token, channel, currency } = splitCellKey(key);
    let cells = days.get(day);
    if (!cells) days.set(day, (cells = new Map()));
    cells.set((token * 8 + channel) * 256 + currency, cell);
  }
  return days;
}

/** Days both files hold, and of those the days whose numbers differ. */
function compare(a: DayIndex, b: DayIndex): { shared: number; differing: number } {
  let shared = 0;
  let differing = 0;
  for (const [day, cellsA] of a) {
    const cellsB = b.get(day);
    if (!cellsB) continue;
    shared++;
    if (!sameCells(cellsA, cellsB)) differing++;
  }
  return { shared, differing };
}

function sameCells(a: Map<number, Float64Array>, b: Map<number, Float64Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [slot, cellA] of a) {
    const cellB = b.get(slot);
    if (!cellB) return false;
    for (let i = 0; i < ROWS_SLOT; i++) if (Math.abs(cellA[i]! - cellB[i]!) > 1e-9) return false;
  }
  return true;
}

/**
 * Splits each dataset of insights files into series: a file joins the first series all of whose
 * files agree with it on every shared day (no shared day agrees too), else it starts a new one,
 * whose dataset gets a `#2`, `#3` … suffix. Files are taken in path order. One warning per file
 * that starts a series.
 */
export function separateInsightSeries(parsed: ParsedFile[], warnings: Warning[]): void {
  const byDataset = new Map<string, ParsedFile[]>();
  for (const file of parsed) {
    if (file.source.kind !== 'meta-insights') continue;
    const group = byDataset.get(file.dataset) ?? [];
    group.push(file);
    byDataset.set(file.dataset, group);
  }
  for (const [dataset, group] of byDataset) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => (a.found.relativePath < b.found.relativePath ? -1 : 1));
    const series: { files: ParsedFile[]; days: DayIndex[] }[] = [];
    for (const file of ordered) {
      const days = indexByDay(file);
      let conflict: { file: ParsedFile; shared: number; differing: number } | null = null;
      let joined = -1;
      for (let s = 0; s < series.length && joined === -1; s++) {
        const members = series[s]!;
        let agrees = true;
        for (let m = 0; m < members.files.length; m++) {
          const result = compare(days, members.days[m]!);
          if (result.differing > 0) {
            agrees = false;
            conflict ??= { file: members.files[m]!, ...result };
            break;
          }
        }
        if (agrees) joined = s;
      }
      if (joined === -1) {
        joined = series.length;
        series.push({ files: [], days: [] });
      }
      series[joined]!.files.push(file);
      series[joined]!.days.push(days);
      if (joined > 0) file.dataset = `${dataset}#${joined + 1}`;
      if (joined > 0 && conflict) {
        const other = conflict.file.found.relativePath;
        warnings.push({
          code: 'INSIGHTS_SERIES_DIFFER',
          message: `${file.found.relativePath} and ${other} hold the same metric and share ${conflict.shared} day${conflict.shared === 1 ? '' : 's'}, but with different numbers on ${conflict.differing} of them: they are two series (two pages or accounts, or Facebook and Instagram), so both are counted in full. If one is an older download of the other, remove it.`,
          file: file.found.relativePath,
          details: { otherFile: other, sharedDays: conflict.shared, differingDays: conflict.differing },
        });
      }
    }
  }
}
