// Stage 4b, before overlap removal: two Business Suite downloads of one metric (same dataset) are
// the same series only when they hold the same numbers on the days they share. Overlap removal
// (overlap.ts) counts a shared day once; for two different series (two pages, or a Facebook and an
// Instagram download of a metric whose title names no platform) that would drop real numbers, so
// such a file gets a dataset of its own and counts in full.
import type { ParsedFile } from '../model/parsed-file.js';
import { M, type MetricName } from '../model/records.js';
import { CHANNEL_INDEX, ROWS_SLOT, splitCellKey } from './aggregate.js';
import type { Finding } from '../i18n/warnings.js';

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

/** The `channel:metric` pairs of an insights file's dataset (`meta-insights:facebook:reach|instagram:reach`, maybe `#2`). */
function descriptors(dataset: string): string[] {
  return dataset.replace(/^meta-insights:/, '').replace(/#\d+$/, '').split('|');
}

/**
 * A file of one platform's series (`Instagram reach.csv`) repeats part of a stacked file
 * (`Reach (1).csv`: Facebook and Instagram) when the stacked file's block of that platform and
 * metric holds the same numbers on every day they share. Their datasets differ, so overlap removal
 * does not see it: those days are dropped from the smaller file here. Returns the rows dropped.
 */
function dropPartRepeats(files: readonly ParsedFile[], warnings: Finding[]): number {
  let dropped = 0;
  for (const part of files) {
    const wanted = descriptors(part.dataset);
    if (wanted.some((pair) => pair.startsWith('unknown:'))) continue;
    // Cell channel → metric slots the part holds for it.
    const slots = new Map<number, number[]>();
    for (const pair of wanted) {
      const [channel, metric] = pair.split(':') as [string, MetricName];
      const index = CHANNEL_INDEX.get(channel as never);
      if (index === undefined || M[metric] === undefined) continue;
      slots.set(index, [...(slots.get(index) ?? []), M[metric]]);
    }
    for (const whole of files) {
      const all = descriptors(whole.dataset);
      if (whole === part || all.length <= wanted.length || !wanted.every((pair) => all.includes(pair))) continue;
      const wholeDays = indexByDay(whole);
      const shared = new Set<number>();
      let differing = false;
      for (const [key, cell] of part.aggregate.cells) {
        const { day, token, channel, currency } = splitCellKey(key);
        const other = wholeDays.get(day)?.get((token * 8 + channel) * 256 + currency);
        if (!other) continue;
        shared.add(day);
        for (const slot of slots.get(channel) ?? []) if (Math.abs(cell[slot]! - other[slot]!) > 1e-9) differing = true;
        if (differing) break;
      }
      if (differing || shared.size === 0) continue;
      for (const [key, cell] of part.aggregate.cells) {
        if (!shared.has(splitCellKey(key).day)) continue;
        dropped += cell[ROWS_SLOT]!;
        part.aggregate.cells.delete(key);
      }
      warnings.push({
        code: 'OVERLAPPING_EXPORT',
        variant: 'days',
        params: { file: part.found.relativePath, keptFile: whole.found.relativePath, days: shared.size },
        file: part.found.relativePath,
        details: { keptFile: whole.found.relativePath, days: shared.size },
      });
      break;
    }
  }
  return dropped;
}

/**
 * Splits each dataset of insights files into series: a file joins the first series all of whose
 * files agree with it on every shared day (no shared day agrees too), else it starts a new one,
 * whose dataset gets a `#2`, `#3` … suffix. Files are taken in path order. One warning per file
 * that starts a series. Then drops the days a one-platform file repeats of a stacked file
 * (dropPartRepeats) and returns the rows dropped.
 */
export function separateInsightSeries(parsed: ParsedFile[], warnings: Finding[]): number {
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
          params: { file: file.found.relativePath, otherFile: other, shared: conflict.shared, differing: conflict.differing },
          file: file.found.relativePath,
          details: { otherFile: other, sharedDays: conflict.shared, differingDays: conflict.differing },
        });
      }
    }
  }
  return dropPartRepeats(
    [...parsed].filter((file) => file.source.kind === 'meta-insights').sort((a, b) => (a.found.relativePath < b.found.relativePath ? -1 : 1)),
    warnings,
  );
}
