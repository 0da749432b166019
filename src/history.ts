// --history DIR: every run's JSON report is kept as DIR/YYYY-MM.json (the month of the period's
// last day; a rerun for the same month replaces it, atomically), and the stored months give the
// trend of social media's revenue and ROI, cost, and the blended revenue and ROI that the table shows.
// A month that no sales ledger covers is not stored: its unknown figures would read as a collapse.
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { say, systemCode, UsageError } from './errors.js';
import { writeFileAtomic } from './output.js';
import { addMonths, formatMonth, parseMonth } from './period.js';
import type { Report } from './report.js';

export interface TrendPoint {
  month: string;
  /** Blended (every order of the ledgers). */
  revenue: number | null;
  cost: number | null;
  roi: number | null;
  /** Social media's (totals.attributed); null for months stored before the headline existed. */
  socialRevenue: number | null;
  socialRoi: number | null;
}

export interface Trend {
  /** One point per calendar month from the first to the last stored month (null figures for gaps). */
  points: TrendPoint[];
  /** The folder, as given. */
  dir: string;
  currency: string;
  /** Stored files left out: unreadable, or in another currency. */
  ignored: string[];
}

/** How many months the trend shows at most (the latest ones). */
export const TREND_MONTHS = 12;

const FILE_NAME = /^(\d{4}-\d{2})\.json$/;

export function historyFileName(report: Report): string {
  return `${report.period.to.slice(0, 7)}.json`;
}

/** A month worth keeping: some sales ledger covers a day of it (else its figures are unknown, and a stored 0 would read as a collapse). */
export function historyWorthy(report: Pick<Report, 'coverage'>): boolean {
  return report.coverage?.ledger != null;
}

/** Stores the run's JSON; returns the path written. */
export async function saveHistory(dir: string, report: Report, json: string): Promise<string> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(say('HISTORY_NOT_WRITTEN', { dir, system: systemCode(error) }));
  }
  const path = join(dir, historyFileName(report));
  await writeFileAtomic(path, json, '--history');
  return path;
}

/**
 * Reads the stored months back: revenue, total cost and ROI of each, in the report's currency.
 * With `until` (YYYY-MM, the report's own month) later stored months are left out: the trend of a
 * rerun for an old month ends at that month.
 */
export async function loadTrend(dir: string, currency: string, until?: string): Promise<Trend> {
  const listed = await readdir(dir).catch((error: unknown) => {
    throw new UsageError(say('HISTORY_NOT_READABLE', { dir, system: systemCode(error) }));
  });
  const names = listed.filter((name) => FILE_NAME.test(name) && parseMonth(name.slice(0, 7)) && (until === undefined || name.slice(0, 7) <= until)).sort();
  const byMonth = new Map<string, TrendPoint>();
  const ignored: string[] = [];
  for (const name of names) {
    const month = name.slice(0, 7);
    let stored: Partial<Report>;
    try {
      // Only regular files: a named pipe would never end, a device never make sense.
      if (!(await stat(join(dir, name))).isFile()) throw new Error('not a regular file');
      stored = JSON.parse(await readFile(join(dir, name), 'utf8')) as Partial<Report>;
    } catch {
      ignored.push(name);
      continue;
    }
    if (stored.schema !== 'smroi.report/1' || !stored.totals || stored.currency !== currency) {
      ignored.push(name);
      continue;
    }
    byMonth.set(month, {
      month,
      revenue: numberOrNull(stored.totals.confirmed?.revenue),
      cost: numberOrNull(stored.totals.cost?.total),
      roi: numberOrNull(stored.totals.roi),
      socialRevenue: numberOrNull(stored.totals.attributed?.revenue),
      socialRoi: numberOrNull(stored.totals.attributed?.roi),
    });
  }
  const months = [...byMonth.keys()].sort();
  const points: TrendPoint[] = [];
  if (months.length) {
    const last = months[months.length - 1]!;
    const windowStart = formatMonth(addMonths(parseMonth(last)!, -(TREND_MONTHS - 1)));
    let month = parseMonth(months[0]! > windowStart ? months[0]! : windowStart)!;
    for (;;) {
      const key = formatMonth(month);
      points.push(byMonth.get(key) ?? { month: key, revenue: null, cost: null, roi: null, socialRevenue: null, socialRoi: null });
      if (key === last) break;
      month = addMonths(month, 1);
    }
  }
  return { points, dir, currency, ignored };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
