// Which days of the report period each family of inputs covers (report-json.md, Additions:
// `coverage`). A file covers the days from its first to its last dated row; the family covers the
// union of its files' days. A family that covers no day of the period knows nothing about it, so
// its figures are null ("unknown"), not 0; one that covers only part of it gets PARTIAL_COVERAGE.
import type { ParsedFile } from './model/parsed-file.js';
import { formatDay } from './read/dates.js';
import type { Coverage, CoverageFamily, FamilyCoverage } from './report.js';

export const COVERAGE_FAMILIES: readonly CoverageFamily[] = ['ads', 'insights', 'posts', 'analytics', 'ledger'];

/** Whether a file holds any dated row inside [from, to]. */
export function fileCoversPeriod(file: ParsedFile, from: number, to: number): boolean {
  return Number.isFinite(file.aggregate.firstDay) && file.aggregate.firstDay <= to && file.aggregate.lastDay >= from;
}

/** The days of [from, to] the family's files cover, as sorted disjoint [first, last] runs. */
export function coveredRuns(parsed: readonly ParsedFile[], family: CoverageFamily, from: number, to: number): [number, number][] {
  const spans = parsed
    .filter((file) => file.source.family === family && fileCoversPeriod(file, from, to))
    .map((file): [number, number] => [Math.max(file.aggregate.firstDay, from), Math.min(file.aggregate.lastDay, to)])
    .sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1]);
    else runs.push([span[0], span[1]]);
  }
  return runs;
}

/** The days of [from, to] outside the runs, as runs. */
export function uncoveredRuns(runs: readonly [number, number][], from: number, to: number): [number, number][] {
  const gaps: [number, number][] = [];
  let day = from;
  for (const [first, last] of runs) {
    if (first > day) gaps.push([day, first - 1]);
    day = last + 1;
  }
  if (day <= to) gaps.push([day, to]);
  return gaps;
}

export function familyCoverage(runs: readonly [number, number][]): FamilyCoverage | null {
  if (runs.length === 0) return null;
  return {
    from: formatDay(runs[0]![0]),
    to: formatDay(runs[runs.length - 1]![1]),
    days: runs.reduce((sum, [first, last]) => sum + last - first + 1, 0),
  };
}

export function buildCoverage(parsed: readonly ParsedFile[], from: number, to: number): Coverage {
  const coverage = {} as Coverage;
  for (const family of COVERAGE_FAMILIES) coverage[family] = familyCoverage(coveredRuns(parsed, family, from, to));
  return coverage;
}

/** `2026-09-01`, `2026-09-01 to 2026-09-03`, joined with commas and a final "and". */
export function describeRuns(runs: readonly [number, number][]): string {
  const parts = runs.map(([first, last]) => (first === last ? formatDay(first) : `${formatDay(first)} to ${formatDay(last)}`));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
