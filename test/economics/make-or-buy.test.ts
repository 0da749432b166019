// Make or buy and the pro-rating of monthly amounts across partial months, worked out by hand.
import { describe, expect, it } from 'vitest';
import { makeOrBuy } from '../../src/economics/make-or-buy.js';
import { bookCosts, monthsInPeriod } from '../../src/metrics.js';
import { campaignKey } from '../../src/join/campaign-key.js';
import { dayNumber } from '../../src/read/dates.js';

const day = (y: number, m: number, d: number) => dayNumber(y, m, d);

describe('pro-rating by calendar days across partial months', () => {
  it('1 September to 15 October: September in full, October 15/31 = 46/31 months', () => {
    expect(monthsInPeriod(day(2026, 9, 1), day(2026, 10, 15))).toBeCloseTo(46 / 31, 12);
  });

  it('16 September to 15 October: 15/30 + 15/31', () => {
    expect(monthsInPeriod(day(2026, 9, 16), day(2026, 10, 15))).toBeCloseTo(15 / 30 + 15 / 31, 12);
  });

  it('across a year end and a leap February: 17 Dec 2027 to 10 Mar 2028 = 15/31 + 1 + 1 + 10/31', () => {
    expect(monthsInPeriod(day(2027, 12, 17), day(2028, 3, 10))).toBeCloseTo(15 / 31 + 2 + 10 / 31, 12);
    expect(monthsInPeriod(day(2028, 2, 15), day(2028, 2, 29))).toBeCloseTo(15 / 29, 12);
  });

  it('time and monthly costs follow it: 6 h × 40 × 46/31 = 356.13; 9 h × 40 × 46/31 = 534.19; Canva 15 × 46/31 = 22.26', () => {
    const book = bookCosts(
      {
        time: { hourlyRate: 40, hoursPerMonth: { facebook: 6, instagram: 9 } },
        costs: [
          { name: 'Canva Pro', amount: 15, per: 'month', channel: 'instagram' },
          { name: 'Flyer Oktober', amount: 80, date: '2026-10-01', channel: 'instagram', campaign: 'Oktober Genusswochen' },
          { name: 'Adventsflyer', amount: 45, date: '2026-11-20' },
        ],
      },
      day(2026, 9, 1),
      day(2026, 10, 15),
      campaignKey,
    );
    expect(book.byChannel.get('facebook')!.time).toBeCloseTo(356.129032, 6);
    expect(book.byChannel.get('instagram')!.time).toBeCloseTo(534.193548, 6);
    expect(book.total.time).toBeCloseTo(890.322581, 6);
    // 22.258065 + 80 (dated 1 October, inside); the November flyer lies outside the period.
    expect(book.total.other).toBeCloseTo(102.258065, 6);
    expect(book.byCampaign.get('oktober-genusswochen')!.other).toBe(80);
  });
});

describe('makeOrBuy', () => {
  const time = { hourlyRate: 40, hoursPerMonth: { facebook: 6, instagram: 9 } };

  it('cafe-month: own time 15 h × 40 × 46/31 = 890.32 against 450 × 46/31 = 667.74; outsourcing cheaper by 222.58, pays from 30.00 an hour', () => {
    expect(makeOrBuy({ time, outsourcing: { name: 'Agentur Beispiel', amountPerMonth: 450 } }, day(2026, 9, 1), day(2026, 10, 15))).toEqual({
      name: 'Agentur Beispiel',
      amountPerMonth: 450,
      months: 1.4839,
      outsourcing: 667.74,
      hourlyRate: 40,
      hoursPerMonth: 15,
      hours: 22.26,
      ownTime: 890.32,
      cheaper: 'outsourcing',
      difference: 222.58,
      breakEvenHourlyRate: 30,
    });
  });

  it('a dearer quote: one week of September (7/30), 15 h × 40 × 7/30 = 140.00 against 900 × 7/30 = 210.00; own time cheaper by 70.00', () => {
    const result = makeOrBuy({ time, outsourcing: { name: 'Agentur', amountPerMonth: 900 } }, day(2026, 9, 1), day(2026, 9, 7))!;
    expect([result.ownTime, result.outsourcing, result.cheaper, result.difference, result.breakEvenHourlyRate]).toEqual([140, 210, 'own-time', 70, 60]);
  });

  it('equal when the quote is exactly the time cost', () => {
    const result = makeOrBuy({ time, outsourcing: { name: 'Agentur', amountPerMonth: 600 } }, day(2026, 9, 1), day(2026, 9, 30))!;
    expect([result.cheaper, result.difference, result.breakEvenHourlyRate]).toEqual(['equal', 0, 40]);
  });

  it('null without a quote; no comparison without "time"', () => {
    expect(makeOrBuy({ time }, day(2026, 9, 1), day(2026, 9, 30))).toBeNull();
    const result = makeOrBuy({ outsourcing: { name: 'Agentur', amountPerMonth: 600 } }, day(2026, 9, 1), day(2026, 9, 15))!;
    expect(result).toMatchObject({ outsourcing: 300, ownTime: null, cheaper: null, difference: null, breakEvenHourlyRate: null });
  });

  it('no hours at all: own time costs 0 and there is no break-even rate', () => {
    const result = makeOrBuy({ time: { hourlyRate: 40, hoursPerMonth: {} }, outsourcing: { name: 'A', amountPerMonth: 100 } }, day(2026, 9, 1), day(2026, 9, 30))!;
    expect([result.ownTime, result.cheaper, result.breakEvenHourlyRate]).toEqual([0, 'own-time', null]);
  });
});
