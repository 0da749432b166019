// Month arithmetic of src/period.ts: months across year ends, leap years, "last month" in a time
// zone around midnight and around daylight-saving changes, and the previous period.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { addMonths, lastMonth, monthRange, parseMonth, parseNow, previousPeriod, resolvePeriodOptions, todayIn, wholeMonths } from '../../src/period.js';
import { dayNumber, formatDay } from '../../src/read/dates.js';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayNumber(y!, m!, d!);
};
const range = (from: string, to: string) => ({ from: day(from), to: day(to) });
const show = (r: { from: number; to: number }) => `${formatDay(r.from)}..${formatDay(r.to)}`;

describe('months', () => {
  it('parses YYYY-MM and rejects the rest', () => {
    expect(parseMonth('2026-10')).toEqual({ year: 2026, month: 10 });
    for (const bad of ['2026-13', '2026-00', '2026-1', '10-2026', '2026/10', 'last', '']) expect(parseMonth(bad)).toBeNull();
  });

  it('adds and subtracts months across year ends', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 });
    expect(addMonths({ year: 2026, month: 11 }, 14)).toEqual({ year: 2028, month: 1 });
  });

  it('gives each month its first and last day, leap years included', () => {
    expect(show(monthRange({ year: 2026, month: 10 }))).toBe('2026-10-01..2026-10-31');
    expect(show(monthRange({ year: 2026, month: 12 }))).toBe('2026-12-01..2026-12-31');
    expect(show(monthRange({ year: 2027, month: 2 }))).toBe('2027-02-01..2027-02-28');
    expect(show(monthRange({ year: 2028, month: 2 }))).toBe('2028-02-01..2028-02-29');
    expect(show(monthRange({ year: 2100, month: 2 }))).toBe('2100-02-01..2100-02-28');
  });

  it('counts days, not hours: months with a daylight-saving change still have all their days', () => {
    // Europe: summer time starts 2026-03-29 and ends 2026-10-25; the US: 2026-03-08 and 2026-11-01.
    for (const month of [3, 10, 11]) {
      const r = monthRange({ year: 2026, month });
      expect(r.to - r.from + 1).toBe(month === 11 ? 30 : 31);
    }
  });
});

describe('today and last month in a time zone', () => {
  it('is the wall-clock day of the zone, not of UTC', () => {
    // 2026-10-31 23:30 UTC is already 1 November in Berlin (UTC+1 after the change back on 25 October).
    const now = new Date('2026-10-31T23:30:00Z');
    expect(formatDay(todayIn('Europe/Berlin', now))).toBe('2026-11-01');
    expect(formatDay(todayIn('UTC', now))).toBe('2026-10-31');
    expect(formatDay(todayIn('America/New_York', now))).toBe('2026-10-31');
    expect(show(lastMonth('Europe/Berlin', now))).toBe('2026-10-01..2026-10-31');
    expect(show(lastMonth('UTC', now))).toBe('2026-09-01..2026-09-30');
  });

  it('uses the offset in force on that day: just after the spring change', () => {
    // 2026-03-31 22:30 UTC: Berlin is on summer time (UTC+2) since 29 March, so it is 1 April 00:30 there.
    // A fixed winter offset (UTC+1) would say 31 March 23:30 and pick February.
    const now = new Date('2026-03-31T22:30:00Z');
    expect(formatDay(todayIn('Europe/Berlin', now))).toBe('2026-04-01');
    expect(show(lastMonth('Europe/Berlin', now))).toBe('2026-03-01..2026-03-31');
  });

  it('uses the offset in force on that day: just after the autumn change in New York', () => {
    // US summer time ends 2026-11-01; 2026-12-01 04:30 UTC is 30 November 23:30 in New York (UTC-5).
    const now = new Date('2026-12-01T04:30:00Z');
    expect(formatDay(todayIn('America/New_York', now))).toBe('2026-11-30');
    expect(show(lastMonth('America/New_York', now))).toBe('2026-10-01..2026-10-31');
    expect(show(lastMonth('Europe/Berlin', now))).toBe('2026-11-01..2026-11-30');
  });

  it('crosses the year end: in January, last month is December of the year before', () => {
    const now = new Date('2026-12-31T23:15:00Z'); // 1 January 2027, 00:15 in Berlin
    expect(show(lastMonth('Europe/Berlin', now))).toBe('2026-12-01..2026-12-31');
    expect(show(lastMonth('UTC', now))).toBe('2026-11-01..2026-11-30');
    expect(show(lastMonth('Pacific/Auckland', new Date('2027-01-15T12:00:00Z')))).toBe('2026-12-01..2026-12-31');
  });
});

describe('the previous period', () => {
  it('is the month before for a calendar month, across year ends and February', () => {
    expect(show(previousPeriod(range('2026-10-01', '2026-10-31')))).toBe('2026-09-01..2026-09-30');
    expect(show(previousPeriod(range('2027-01-01', '2027-01-31')))).toBe('2026-12-01..2026-12-31');
    expect(show(previousPeriod(range('2026-03-01', '2026-03-31')))).toBe('2026-02-01..2026-02-28');
    expect(show(previousPeriod(range('2028-03-01', '2028-03-31')))).toBe('2028-02-01..2028-02-29');
  });

  it('is as many whole months before for a run of whole months (a quarter, a year)', () => {
    expect(wholeMonths(range('2026-10-01', '2026-12-31'))).toBe(3);
    expect(show(previousPeriod(range('2026-10-01', '2026-12-31')))).toBe('2026-07-01..2026-09-30');
    expect(show(previousPeriod(range('2027-01-01', '2027-03-31')))).toBe('2026-10-01..2026-12-31');
    expect(show(previousPeriod(range('2026-01-01', '2026-12-31')))).toBe('2025-01-01..2025-12-31');
  });

  it('is the same number of days just before for any other period', () => {
    expect(wholeMonths(range('2026-09-01', '2026-09-07'))).toBeNull();
    expect(show(previousPeriod(range('2026-09-01', '2026-09-07')))).toBe('2026-08-25..2026-08-31');
    expect(show(previousPeriod(range('2027-01-01', '2027-01-10')))).toBe('2026-12-22..2026-12-31');
    expect(show(previousPeriod(range('2026-03-15', '2026-04-14')))).toBe('2026-02-12..2026-03-14');
    // 29 March 2026 is 23 hours long in Berlin; a period around it still has whole days.
    expect(show(previousPeriod(range('2026-03-29', '2026-04-04')))).toBe('2026-03-22..2026-03-28');
  });
});

describe('period options', () => {
  const berlin = 'Europe/Berlin';
  const resolved = (options: Parameters<typeof resolvePeriodOptions>[0], now?: string) => {
    const r = resolvePeriodOptions(options, berlin, now);
    return `${r.from === undefined ? '' : formatDay(r.from)}..${r.to === undefined ? '' : formatDay(r.to)}`;
  };

  it('--month YYYY-MM and --month last (SMROI_NOW as a day or as an instant)', () => {
    expect(resolved({ month: '2026-10' })).toBe('2026-10-01..2026-10-31');
    expect(resolved({ month: 'last' }, '2026-11-15')).toBe('2026-10-01..2026-10-31');
    expect(resolved({ month: 'last' }, '2027-01-01')).toBe('2026-12-01..2026-12-31');
    expect(resolved({ month: 'LAST' }, '2026-11-01T00:30:00+01:00')).toBe('2026-10-01..2026-10-31');
    expect(resolved({ month: 'last' }, '2026-10-31T23:30:00Z')).toBe('2026-10-01..2026-10-31');
  });

  it('--from/--to, open ends left open', () => {
    expect(resolved({ from: '2026-09-01', to: '2026-09-30' })).toBe('2026-09-01..2026-09-30');
    expect(resolved({ from: '2026-09-01' })).toBe('2026-09-01..');
    expect(resolved({})).toBe('..');
  });

  it('usage errors for bad values', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof UsageError ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => resolvePeriodOptions({ month: '2026-13' }, berlin, undefined))).toBe('BAD_MONTH_OPTION');
    expect(codeOf(() => resolvePeriodOptions({ month: '2026-10', from: '2026-10-01' }, berlin, undefined))).toBe('BAD_PERIOD');
    expect(codeOf(() => resolvePeriodOptions({ from: '2026-10-02', to: '2026-10-01' }, berlin, undefined))).toBe('BAD_PERIOD');
    expect(codeOf(() => resolvePeriodOptions({ from: '01.10.2026' }, berlin, undefined))).toBe('BAD_DATE_OPTION');
    expect(codeOf(() => parseNow('tomorrow', berlin))).toBe('BAD_SMROI_NOW');
    expect(codeOf(() => parseNow('2026-11-01T00:30:00', berlin))).toBe('BAD_SMROI_NOW'); // an instant needs its offset
  });
});
