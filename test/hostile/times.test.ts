// A time of day no clock shows (`25:61`, `24:01`, `12:60:00`) is not a timestamp (issue 15): the
// date reader refuses it in every form it reads, and the audit stops with BAD_DATE naming the file
// and line instead of rolling it over into the next day.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDateTime, validTime } from '../../src/read/dates.js';
import { runCli } from '../helpers/run-cli.js';

describe('times of day in the date reader', () => {
  const bad = ['25:61', '24:01', '24:00', '12:60', '12:60:00', '12:30:60', '99:00'];
  const forms = (time: string) => [
    `2026-09-01 ${time}`,
    `2026-09-01T${time}Z`,
    `2026-09-01T${time}+02:00`,
    `2026/09/01 ${time}`,
    `01.09.2026 ${time}`,
    `09/01/2026 ${time}`,
  ];

  it('refuses an impossible time in every form, with and without assumed UTC', () => {
    for (const time of bad) {
      for (const cell of forms(time)) {
        expect(parseDateTime(cell, 'mdy', false), cell).toBeNull();
        expect(parseDateTime(cell, 'mdy', true), cell).toBeNull();
      }
    }
  });

  it('still reads the edges of the day', () => {
    for (const time of ['00:00', '23:59', '23:59:59', '0:00:00']) {
      for (const cell of forms(time)) expect(parseDateTime(cell, 'mdy', true), cell).not.toBeNull();
    }
    expect(parseDateTime('2026-09-01T23:59:59Z', 'mdy')!.instant).toBe(Date.UTC(2026, 8, 1, 23, 59, 59));
  });

  it('refuses 13 PM and 0 AM, and an offset beyond 14 hours or 59 minutes', () => {
    expect(validTime(13, 0, 0, 'PM')).toBe(false);
    expect(validTime(0, 30, 0, 'am')).toBe(false);
    expect(validTime(12, 30, 0, 'am')).toBe(true);
    expect(parseDateTime('09/01/2026 13:00 PM')).toBeNull();
    expect(parseDateTime('09/01/2026 12:00 PM')).not.toBeNull();
    expect(parseDateTime('2026-09-01T10:00+15:00')).toBeNull();
    expect(parseDateTime('2026-09-01T10:00+02:60')).toBeNull();
    expect(parseDateTime('2026-09-01T10:00-14:00')).not.toBeNull();
  });
});

describe('smroi audit on a ledger with 25:61 in a timestamp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-times-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code,customer_email,note\n';
  writeFileSync(
    join(dir, 'ledger.csv'),
    header + '2026-09-01 10:15,LK-5001,34.90,EUR,paid,,fb,paid,Herbst,,anna.keller@example.com,\n' + '2026-09-02 25:61,LK-5002,71.80,EUR,paid,,,,,,moritz.berger@example.org,\n',
  );

  it('exits 1 with BAD_DATE naming the file and line 3, without the cell', () => {
    const run = runCli(['audit', dir]);
    expect(run.stderr).toMatch(/ledger\.csv, line 3: .*\[BAD_DATE\]/);
    expect(run.stderr).not.toContain('25:61');
    expect(run.stderr).not.toMatch(/internal error/i);
    expect(run.status).toBe(1);
  });
});
