// Dates and times as exports write them, turned into day numbers (days since 1970-01-01) in the
// report's time zone. Day numbers keep the hot path free of Date objects and strings.

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function parseIsoDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return validDay(+match[1]!, +match[2]!, +match[3]!);
}

function validDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const result = dayNumber(year, month, day);
  // Date.UTC rolls 31 February over into March; a real calendar date round-trips.
  if (new Date(result * MS_PER_DAY).getUTCDate() !== day) return null;
  return result;
}

/** True for a time of day a clock can show: 0–23 hours, 0–59 minutes and seconds (`25:61`, `24:01`, `12:60:00` are not). */
export function validTime(hours: number, minutes: number, seconds = 0, meridiem?: string): boolean {
  if (meridiem !== undefined && (hours < 1 || hours > 12)) return false;
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

/** A time part of a cell (hours, minutes, seconds, am/pm as matched, each possibly undefined) that is absent or valid. */
function timeOk(hours: string | undefined, minutes: string | undefined, seconds: string | undefined, meridiem?: string): boolean {
  return hours === undefined || validTime(+hours, +minutes!, +(seconds ?? 0), meridiem);
}

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** A parsed cell: a calendar day, or an instant (UTC ms) when the cell carries a UTC offset. */
export interface ParsedTime {
  day: number;
  /** UTC milliseconds when the text had an offset (or is declared UTC); null for a plain local date/time. */
  instant: number | null;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Year first with slashes, as Excel writes dates in several locales (Japanese, Chinese, South African English, …)
// when it re-saves a file: `2025/12/31`, `2025/12/31 11:23`, `2025/1/5 9:03:07`. No offset: a local time.
const YMD_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:(?:[T ]|,?\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/**
 * Parses the date forms seen in exports (`2026-01-31`, with a time and an offset or not; `2026/01/31`, with a
 * time or not; `20260131`; `31.01.2026`; `01/31/2026` or `31/01/2026`). `slashOrder` decides `01/02/2026` (US exports write
 * month first; a file with a first part over 12 is day first). Returns null for anything else.
 */
export function parseDateTime(text: string, slashOrder: 'mdy' | 'dmy' = 'mdy', assumeUtc = false): ParsedTime | null {
  const cell = text.trim();
  let match = DATE_TIME.exec(cell);
  if (match) {
    const day = validDay(+match[1]!, +match[2]!, +match[3]!);
    if (day === null || !timeOk(match[4], match[5], match[6])) return null;
    const zone = match[7];
    if (zone && zone !== 'Z' && zone !== 'UTC' && !validOffset(zone)) return null;
    if (match[4] === undefined || (!zone && !assumeUtc)) return { day, instant: null };
    const offsetMinutes = zone && zone !== 'Z' && zone !== 'UTC' ? parseOffset(zone) : 0;
    const instant =
      day * MS_PER_DAY + (+match[4]! * 60 + +match[5]!) * 60_000 + +(match[6] ?? 0) * 1000 - offsetMinutes * 60_000;
    return { day, instant };
  }
  match = YMD_SLASHED.exec(cell);
  if (match) {
    const day = validDay(+match[1]!, +match[2]!, +match[3]!);
    if (day === null || !timeOk(match[4], match[5], match[6])) return null;
    if (match[4] === undefined || !assumeUtc) return { day, instant: null };
    return { day, instant: day * MS_PER_DAY + ((+match[4]! * 60 + +match[5]!) * 60 + +(match[6] ?? 0)) * 1000 };
  }
  match = COMPACT.exec(cell);
  if (match) {
    const day = validDay(+match[1]!, +match[2]!, +match[3]!);
    return day === null ? null : { day, instant: null };
  }
  match = DOTTED.exec(cell);
  if (match) {
    const day = validDay(fullYear(+match[3]!), +match[2]!, +match[1]!);
    return day === null || !timeOk(match[4], match[5], match[6]) ? null : { day, instant: null };
  }
  match = SLASHED.exec(cell);
  if (match) {
    const first = +match[1]!;
    const second = +match[2]!;
    const year = fullYear(+match[3]!);
    const day = slashOrder === 'mdy' ? validDay(year, first, second) : validDay(year, second, first);
    return day === null || !timeOk(match[4], match[5], match[6], match[7]) ? null : { day, instant: null };
  }
  return null;
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

/** An offset a real zone can have: at most 14 hours, 0–59 minutes. */
function validOffset(zone: string): boolean {
  const digits = zone.slice(1).replace(':', '');
  return +digits.slice(0, 2) <= 14 && +digits.slice(2, 4) <= 59;
}

function parseOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (+digits.slice(0, 2) * 60 + +digits.slice(2, 4));
}

/** Decides whether slashed dates in a column are month-first or day-first from all its values. */
export function guessSlashOrder(cells: Iterable<string>): 'mdy' | 'dmy' {
  for (const cell of cells) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\//.exec(cell);
    if (!match) continue;
    if (+match[1]! > 12) return 'dmy';
    if (+match[2]! > 12) return 'mdy';
  }
  return 'mdy';
}

/**
 * Cuts instants into calendar days of one IANA time zone. Intl is slow, so results are cached
 * per quarter hour (every real offset is a multiple of 15 minutes).
 */
export class DayCutter {
  private readonly cache = new Map<number, number>();
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly timezone: string) {
    this.format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }

  dayOf(instant: number): number {
    const key = Math.floor(instant / 900_000);
    let day = this.cache.get(key);
    if (day === undefined) {
      const parts = this.format.formatToParts(new Date(key * 900_000));
      const get = (type: string) => +parts.find((part) => part.type === type)!.value;
      day = dayNumber(get('year'), get('month'), get('day'));
      this.cache.set(key, day);
    }
    return day;
  }

  /** The day of a parsed cell: instants are cut in the zone, plain dates are taken as written. */
  dayOfParsed(parsed: ParsedTime): number {
    return parsed.instant === null ? parsed.day : this.dayOf(parsed.instant);
  }
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
