// Report periods: `--month 2026-10`, `--month last`, `--from/--to`, and the previous period of the
// same length. All arithmetic is on day numbers (days since 1970-01-01, see read/dates.ts) and
// calendar months, never on local Date objects, so daylight-saving changes cannot shift a day.
// Only "today" depends on the clock: it is the calendar day of `now` in the report's time zone.
import { say, UsageError } from './errors.js';
import { dayNumber, DayCutter, formatDay, parseIsoDay } from './read/dates.js';

export interface DayRange {
  from: number;
  to: number;
}

export interface YearMonth {
  year: number;
  month: number;
}

/** `YYYY-MM` to a year and month, or null. */
export function parseMonth(text: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const year = +match[1]!;
  const month = +match[2]!;
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return { year, month };
}

export function formatMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month `count` months after (negative: before) the given one; December + 1 is January of the next year. */
export function addMonths({ year, month }: YearMonth, count: number): YearMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthOfDay(day: number): YearMonth {
  const text = formatDay(day);
  return { year: +text.slice(0, 4), month: +text.slice(5, 7) };
}

/** First and last day of a calendar month. */
export function monthRange(month: YearMonth): DayRange {
  const next = addMonths(month, 1);
  return { from: dayNumber(month.year, month.month, 1), to: dayNumber(next.year, next.month, 1) - 1 };
}

/** The calendar day of the instant `now` in `timezone` (the day a wall clock there shows). */
export function todayIn(timezone: string, now: Date): number {
  return new DayCutter(timezone).dayOf(now.getTime());
}

/** The calendar month before the one that contains `now` in `timezone`. */
export function lastMonth(timezone: string, now: Date): DayRange {
  return monthRange(addMonths(monthOfDay(todayIn(timezone, now)), -1));
}

/**
 * How many whole calendar months a range spans, or null when it does not start on the first and
 * end on the last day of a month.
 */
export function wholeMonths(range: DayRange): number | null {
  const first = monthOfDay(range.from);
  const last = monthOfDay(range.to);
  if (range.from !== monthRange(first).from || range.to !== monthRange(last).to) return null;
  return (last.year - first.year) * 12 + (last.month - first.month) + 1;
}

/**
 * The period of the same length just before `range`. A period of whole calendar months is
 * compared with the same number of whole months before it (October with September, Q4 with Q3);
 * any other period with the same number of days just before it.
 */
export function previousPeriod(range: DayRange): DayRange {
  const months = wholeMonths(range);
  if (months !== null) {
    const start = addMonths(monthOfDay(range.from), -months);
    return { from: monthRange(start).from, to: range.from - 1 };
  }
  const days = range.to - range.from + 1;
  return { from: range.from - days, to: range.from - 1 };
}

/**
 * "Now" for `--month last`: the clock, or SMROI_NOW (for tests and reruns), either a calendar day
 * `YYYY-MM-DD` (taken as that day in the report's time zone) or an ISO 8601 instant with an offset.
 */
export function parseNow(text: string | undefined, timezone: string): { now: Date } | { today: number } {
  if (text === undefined || text === '') return { now: new Date() };
  const day = parseIsoDay(text.trim());
  if (day !== null) return { today: day };
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) {
    const instant = new Date(text.trim());
    if (!Number.isNaN(instant.getTime())) return { now: instant };
  }
  throw new UsageError(say('BAD_SMROI_NOW', { value: JSON.stringify(text), timezone }));
}

export interface PeriodOptions {
  from?: string;
  to?: string;
  /** `YYYY-MM` or `last`. */
  month?: string;
}

/**
 * The period the options ask for, in day numbers; an end left open is filled from the inputs
 * later. Throws a UsageError (exit 2) for a malformed or reversed period.
 */
export function resolvePeriodOptions(options: PeriodOptions, timezone: string, nowText: string | undefined): Partial<DayRange> {
  if (options.month !== undefined) {
    if (options.from !== undefined || options.to !== undefined) {
      throw new UsageError(say('BAD_PERIOD.monthAndRange'));
    }
    const text = options.month.trim().toLowerCase();
    if (text === 'last') {
      const clock = parseNow(nowText, timezone);
      const today = 'today' in clock ? clock.today : todayIn(timezone, clock.now);
      return monthRange(addMonths(monthOfDay(today), -1));
    }
    const month = parseMonth(text);
    if (!month) {
      throw new UsageError(say('BAD_MONTH_OPTION', { value: JSON.stringify(options.month) }));
    }
    return monthRange(month);
  }
  const parse = (value: string | undefined, option: string) => {
    if (value === undefined) return undefined;
    const day = parseIsoDay(value);
    if (day === null) throw new UsageError(say('BAD_DATE_OPTION', { option, value: JSON.stringify(value) }));
    return day;
  };
  const result = { from: parse(options.from, '--from'), to: parse(options.to, '--to') };
  if (result.from !== undefined && result.to !== undefined && result.from > result.to) {
    throw new UsageError(say('BAD_PERIOD.reversed', { from: options.from!, to: options.to! }));
  }
  return result;
}
