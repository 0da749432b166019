// Dates as exports write them, and instants cut into days of the report's time zone.
import { describe, expect, it } from 'vitest';
import { DayCutter, dayNumber, formatDay, guessSlashOrder, parseDateTime, parseIsoDay } from '../../src/read/dates.js';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const utc = (iso: string) => Date.parse(iso);

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 2)).toBe(1);
    expect(dayNumber(2026, 9, 1)).toBe(20_697); // 56 years incl. 14 leap days = 20454, + 243 days to 1 September
    expect(formatDay(20_697)).toBe('2026-09-01');
    expect(formatDay(dayNumber(2028, 2, 29))).toBe('2028-02-29');
    expect(dayNumber(1969, 12, 31)).toBe(-1);
  });

  it('parseIsoDay accepts only real calendar dates', () => {
    expect(parseIsoDay('2026-09-01')).toBe(20_697);
    expect(parseIsoDay('2026-02-29')).toBeNull();
    expect(parseIsoDay('2028-02-29')).toBe(day('2028-02-29'));
    expect(parseIsoDay('2026-9-1')).toBeNull();
    expect(parseIsoDay(' 2026-09-01')).toBeNull();
  });
});

describe('parseDateTime', () => {
  it('reads YYYY-MM-DD as a plain day', () => {
    expect(parseDateTime('2026-09-01')).toEqual({ day: day('2026-09-01'), instant: null });
    expect(parseDateTime(' 2026-09-01 ')).toEqual({ day: day('2026-09-01'), instant: null });
  });

  it('reads a timestamp with an offset as an instant, keeping the day as written', () => {
    // 23:40 at UTC-4 is 03:40 UTC the next day.
    expect(parseDateTime('2026-07-31 23:40:00 -0400')).toEqual({
      day: day('2026-07-31'),
      instant: utc('2026-08-01T03:40:00Z'),
    });
    expect(parseDateTime('2026-07-31T23:40:00-04:00')!.instant).toBe(utc('2026-08-01T03:40:00Z'));
    expect(parseDateTime('2026-09-01T06:15:00+0530')!.instant).toBe(utc('2026-09-01T00:45:00Z'));
    expect(parseDateTime('2026-09-01T06:15:30Z')!.instant).toBe(utc('2026-09-01T06:15:30Z'));
    expect(parseDateTime('2026-09-01 06:15 UTC')!.instant).toBe(utc('2026-09-01T06:15:00Z'));
  });

  it('reads a local timestamp without an offset as a plain day (or UTC when told so)', () => {
    expect(parseDateTime('2026-09-01T00:00:00')).toEqual({ day: day('2026-09-01'), instant: null });
    expect(parseDateTime('2026-09-01 23:59')).toEqual({ day: day('2026-09-01'), instant: null });
    expect(parseDateTime('2026-09-01T22:30:00', 'mdy', true)).toEqual({
      day: day('2026-09-01'),
      instant: utc('2026-09-01T22:30:00Z'),
    });
    // A plain date has no time to take as UTC.
    expect(parseDateTime('2026-09-01', 'mdy', true)).toEqual({ day: day('2026-09-01'), instant: null });
  });

  it('reads GA4 compact dates', () => {
    expect(parseDateTime('20260131')).toEqual({ day: day('2026-01-31'), instant: null });
    expect(parseDateTime('20260230')).toBeNull();
  });

  it('reads German dotted dates, with or without a time', () => {
    expect(parseDateTime('31.01.2026')).toEqual({ day: day('2026-01-31'), instant: null });
    expect(parseDateTime('31.01.2026 13:23')).toEqual({ day: day('2026-01-31'), instant: null });
    expect(parseDateTime('1.2.26')).toEqual({ day: day('2026-02-01'), instant: null });
    expect(parseDateTime('31.04.2026')).toBeNull();
  });

  it('reads slashed dates month first or day first as told', () => {
    expect(parseDateTime('09/05/2026 18:30', 'mdy')).toEqual({ day: day('2026-09-05'), instant: null });
    expect(parseDateTime('09/05/2026 18:30', 'dmy')).toEqual({ day: day('2026-05-09'), instant: null });
    expect(parseDateTime('09/05/2026')).toEqual({ day: day('2026-09-05'), instant: null }); // mdy by default
    expect(parseDateTime('9/5/26 6:30 PM', 'mdy')).toEqual({ day: day('2026-09-05'), instant: null });
    expect(parseDateTime('13/05/2026', 'mdy')).toBeNull(); // no month 13
    expect(parseDateTime('13/05/2026', 'dmy')).toEqual({ day: day('2026-05-13'), instant: null });
  });

  it('reads year-first slashed dates as Excel re-saves them, with or without a time', () => {
    expect(parseDateTime('2025/12/31')).toEqual({ day: day('2025-12-31'), instant: null });
    expect(parseDateTime('2025/12/31 11:23')).toEqual({ day: day('2025-12-31'), instant: null });
    expect(parseDateTime('2025/12/31 11:23:09')).toEqual({ day: day('2025-12-31'), instant: null });
    expect(parseDateTime('2026/1/5 9:03')).toEqual({ day: day('2026-01-05'), instant: null });
    // The slash order is for day and month only; a year first is never read another way.
    expect(parseDateTime('2026/01/05', 'dmy')).toEqual({ day: day('2026-01-05'), instant: null });
    // Declared UTC (Stripe): 23:30 UTC on 31 December is the instant, not the day.
    expect(parseDateTime('2025/12/31 23:30', 'mdy', true)).toEqual({ day: day('2025-12-31'), instant: Date.UTC(2025, 11, 31, 23, 30) });
    expect(parseDateTime('2025/02/30')).toBeNull();
    expect(parseDateTime('2025/13/01 10:00')).toBeNull();
    expect(parseDateTime('2025/12/31 24:10', 'mdy', true)).toBeNull();
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseDateTime('2026-02-30')).toBeNull();
    expect(parseDateTime('2026-13-45')).toBeNull();
    expect(parseDateTime('2026-00-10')).toBeNull();
    expect(parseDateTime('2026-04-31 10:00:00 +0200')).toBeNull();
    expect(parseDateTime('')).toBeNull();
    expect(parseDateTime('Total')).toBeNull();
    expect(parseDateTime('2026-09')).toBeNull();
    expect(parseDateTime('1.22158E+17')).toBeNull();
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseDateTime('2028-02-29')).toEqual({ day: day('2028-02-29'), instant: null });
    expect(parseDateTime('29.02.2028')).toEqual({ day: day('2028-02-29'), instant: null });
    expect(parseDateTime('2026-02-29')).toBeNull();
    expect(parseDateTime('2100-02-29')).toBeNull(); // divisible by 100, not by 400
  });
});

describe('DayCutter', () => {
  const instant = parseDateTime('2026-07-31 23:40:00 -0400')!.instant!;

  it('cuts the same instant into different days in different zones', () => {
    expect(new DayCutter('America/New_York').dayOf(instant)).toBe(day('2026-07-31'));
    expect(new DayCutter('Europe/Berlin').dayOf(instant)).toBe(day('2026-08-01'));
    expect(new DayCutter('UTC').dayOf(instant)).toBe(day('2026-08-01'));
    expect(new DayCutter('America/Los_Angeles').dayOf(instant)).toBe(day('2026-07-31'));
  });

  it('dayOfParsed cuts instants and takes plain dates as written', () => {
    const berlin = new DayCutter('Europe/Berlin');
    expect(berlin.dayOfParsed(parseDateTime('2026-07-31 23:40:00 -0400')!)).toBe(day('2026-08-01'));
    expect(berlin.dayOfParsed(parseDateTime('2026-07-31 23:40:00')!)).toBe(day('2026-07-31'));
  });

  it('handles the 25-hour day when Berlin leaves summer time (2026-10-25)', () => {
    const berlin = new DayCutter('Europe/Berlin');
    // 25 October 2026 in Berlin runs from 22:00 UTC on the 24th (CEST, +2) to 23:00 UTC on the 25th (CET, +1).
    expect(berlin.dayOf(utc('2026-10-24T21:59:59Z'))).toBe(day('2026-10-24'));
    expect(berlin.dayOf(utc('2026-10-24T22:00:00Z'))).toBe(day('2026-10-25'));
    expect(berlin.dayOf(utc('2026-10-24T22:30:00Z'))).toBe(day('2026-10-25')); // 00:30 CEST
    expect(berlin.dayOf(utc('2026-10-25T00:30:00Z'))).toBe(day('2026-10-25')); // 02:30 CEST
    expect(berlin.dayOf(utc('2026-10-25T01:30:00Z'))).toBe(day('2026-10-25')); // 02:30 CET, the repeated hour
    expect(berlin.dayOf(utc('2026-10-25T22:59:59Z'))).toBe(day('2026-10-25')); // 23:59:59 CET
    expect(berlin.dayOf(utc('2026-10-25T23:00:00Z'))).toBe(day('2026-10-26'));
    expect(berlin.dayOf(utc('2026-10-25T23:30:00Z'))).toBe(day('2026-10-26')); // 00:30 CET
    // And the 23-hour day in spring (2026-03-29): from 23:00 UTC on the 28th to 22:00 UTC on the 29th.
    expect(berlin.dayOf(utc('2026-03-28T22:59:59Z'))).toBe(day('2026-03-28'));
    expect(berlin.dayOf(utc('2026-03-28T23:00:00Z'))).toBe(day('2026-03-29'));
    expect(berlin.dayOf(utc('2026-03-29T21:59:59Z'))).toBe(day('2026-03-29'));
    expect(berlin.dayOf(utc('2026-03-29T22:00:00Z'))).toBe(day('2026-03-30'));
  });

  it('cuts half- and quarter-hour zones at their own midnight (the cache is per quarter hour)', () => {
    const kolkata = new DayCutter('Asia/Kolkata'); // +05:30: midnight is 18:30 UTC
    expect(kolkata.dayOf(utc('2026-01-31T18:29:59Z'))).toBe(day('2026-01-31'));
    expect(kolkata.dayOf(utc('2026-01-31T18:30:00Z'))).toBe(day('2026-02-01'));
    expect(kolkata.dayOf(utc('2026-01-31T18:20:00Z'))).toBe(day('2026-01-31')); // same cached quarter as 18:29:59
    expect(kolkata.dayOf(utc('2026-01-31T18:44:59Z'))).toBe(day('2026-02-01'));
    const kathmandu = new DayCutter('Asia/Kathmandu'); // +05:45: midnight is 18:15 UTC
    expect(kathmandu.dayOf(utc('2026-01-31T18:14:59Z'))).toBe(day('2026-01-31'));
    expect(kathmandu.dayOf(utc('2026-01-31T18:15:00Z'))).toBe(day('2026-02-01'));
    // A +05:30 timestamp just after midnight local time is still that local day in Kolkata.
    const parsed = parseDateTime('2026-02-01T00:05:00+05:30')!;
    expect(parsed.instant).toBe(utc('2026-01-31T18:35:00Z'));
    expect(kolkata.dayOfParsed(parsed)).toBe(day('2026-02-01'));
    expect(new DayCutter('Europe/Berlin').dayOfParsed(parsed)).toBe(day('2026-01-31'));
  });

  it('handles instants before 1970', () => {
    expect(new DayCutter('Europe/Berlin').dayOf(utc('1969-12-31T23:30:00Z'))).toBe(day('1970-01-01'));
    expect(new DayCutter('UTC').dayOf(utc('1969-12-31T23:30:00Z'))).toBe(-1);
  });
});

describe('guessSlashOrder', () => {
  it('is day first when a first part exceeds 12', () => {
    expect(guessSlashOrder(['01/02/2026', '09/05/2026', '13/05/2026'])).toBe('dmy');
  });

  it('is month first when a second part exceeds 12', () => {
    expect(guessSlashOrder(['01/02/2026', '05/13/2026 18:30', '09/05/2026'])).toBe('mdy');
  });

  it('is month first (as US exports write) when nothing decides', () => {
    expect(guessSlashOrder(['01/02/2026', '09/05/2026'])).toBe('mdy');
    expect(guessSlashOrder([])).toBe('mdy');
    expect(guessSlashOrder(['31.01.2026', '2026-01-31', 'Total'])).toBe('mdy');
  });

  it('skips cells that are not slashed dates', () => {
    expect(guessSlashOrder(['Date', '', ' 31/01/2026'])).toBe('dmy');
  });
});
