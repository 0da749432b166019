// Numbers as exports write them (formats.md §5-6): raw, US-formatted, German/Swedish, with
// currency symbols, accounting brackets and "not available" markers.
import { describe, expect, it } from 'vitest';
import { guessDecimalMark, isEmptyValue, parseNumber } from '../../src/read/numbers.js';

describe('parseNumber', () => {
  it('reads raw exports (Meta, GA4) with a dot decimal', () => {
    expect(parseNumber('1234.5', '.')).toBe(1234.5);
    expect(parseNumber('0', '.')).toBe(0);
    expect(parseNumber('-17.25', '.')).toBe(-17.25);
    expect(parseNumber('120246', '.')).toBe(120246);
    expect(parseNumber('.5', '.')).toBe(0.5);
  });

  it('reads US thousands separators (`"1,234.50"` once unquoted)', () => {
    expect(parseNumber('1,234.50', '.')).toBe(1234.5);
    expect(parseNumber('1,250', '.')).toBe(1250);
    expect(parseNumber('12,400', '.')).toBe(12400);
    expect(parseNumber('1,234,567.891', '.')).toBe(1234567.891);
    // A comma that is not a thousands separator is not a number in a dot-decimal file.
    expect(parseNumber('12,50', '.')).toBeNaN();
    expect(parseNumber('1,23,456', '.')).toBeNaN();
  });

  it('reads German and Swedish numbers with a comma mark', () => {
    expect(parseNumber('1.234,56', ',')).toBe(1234.56);
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(parseNumber('0,95', ',')).toBe(0.95);
    expect(parseNumber('1.234.567,8', ',')).toBe(1234567.8);
    expect(parseNumber('42', ',')).toBe(42);
    // Swedish thousands: a no-break space (U+00A0) or a narrow no-break space (U+202F).
    expect(parseNumber('1\u00a0234,56', ',')).toBe(1234.56);
    expect(parseNumber('1\u202f234,56', ',')).toBe(1234.56);
    expect(parseNumber('1 234 567,00', ',')).toBe(1234567);
  });

  it('reads `18.415` as eighteen thousand in a comma-mark file and as 18.415 in a dot file', () => {
    expect(parseNumber('18.415', ',')).toBe(18415);
    expect(parseNumber('18.415', '.')).toBe(18.415);
    expect(parseNumber('1.000', ',')).toBe(1000);
    expect(parseNumber('1.000', '.')).toBe(1);
    // Dot groups must be of three digits.
    expect(parseNumber('18.41', ',')).toBeNaN();
  });

  it('strips currency symbols and codes', () => {
    expect(parseNumber('€ 12,50', ',')).toBe(12.5);
    expect(parseNumber('12,50 €', ',')).toBe(12.5);
    expect(parseNumber('-$0.95', '.')).toBe(-0.95);
    expect(parseNumber('$1,234.56', '.')).toBe(1234.56);
    expect(parseNumber('12.50 EUR', '.')).toBe(12.5);
    expect(parseNumber('SEK 1 499,00', ',')).toBe(1499);
    expect(parseNumber('149 kr', ',')).toBe(149);
  });

  it('reads £0.00 as zero, never as minus zero', () => {
    const value = parseNumber('£0.00', '.');
    expect(value).toBe(0);
    expect(Object.is(value, -0)).toBe(false);
  });

  it('reads accounting brackets and trailing minus as negative', () => {
    expect(parseNumber('(12.00)', '.')).toBe(-12);
    expect(parseNumber('(1.234,50)', ',')).toBe(-1234.5);
    expect(parseNumber('(€ 5,00)', ',')).toBe(-5);
    expect(parseNumber('12.50-', '.')).toBe(-12.5);
    expect(parseNumber('+7', '.')).toBe(7);
  });

  it('gives NaN for text that is not a number and for "not available" markers', () => {
    expect(parseNumber('12,3x', ',')).toBeNaN();
    expect(parseNumber('12,3x', '.')).toBeNaN();
    expect(parseNumber('12.3x', '.')).toBeNaN();
    expect(parseNumber('abc', '.')).toBeNaN();
    expect(parseNumber('1.2.3', '.')).toBeNaN();
    for (const marker of ['-', '--', '—', 'N/A', 'n/a', '', '   ', '(not set)', 'null']) {
      expect(parseNumber(marker, '.'), JSON.stringify(marker)).toBeNaN();
      expect(parseNumber(marker, ','), JSON.stringify(marker)).toBeNaN();
      expect(isEmptyValue(marker), JSON.stringify(marker)).toBe(true);
    }
    // The empty cell must not become Number('') = 0.
    expect(parseNumber('', '.')).toBeNaN();
    expect(isEmptyValue('0')).toBe(false);
    expect(isEmptyValue('12,3x')).toBe(false);
  });
});

describe('parseNumber digit-by-digit fast path', () => {
  /** The general path's answer for a plain number: Number() of the text with a dot for the mark. */
  const reference = (cell: string, decimal: '.' | ','): number => Number(decimal === ',' ? cell.replace(',', '.') : cell);

  it('equals Number() exactly (sign of zero included) on random plain amounts', () => {
    let seed = 2026;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + Math.floor(random() * 13);
      let int = '';
      for (let d = 0; d < digits; d++) int += String(Math.floor(random() * 10));
      const decimals = Math.floor(random() * 3);
      let frac = '';
      for (let d = 0; d < decimals; d++) frac += String(Math.floor(random() * 10));
      const sign = random() < 0.2 ? '-' : '';
      for (const decimal of ['.', ','] as const) {
        const cell = sign + int + (decimals ? decimal + frac : '');
        const value = parseNumber(cell, decimal);
        expect(Object.is(value, reference(cell, decimal)), `${cell} (${decimal})`).toBe(true);
      }
    }
  });

  it('edge cases read as before: minus zero, long numbers, three decimals, a bare mark', () => {
    expect(Object.is(parseNumber('-0.00', '.'), -0)).toBe(true);
    expect(Object.is(parseNumber('-0,00', ','), -0)).toBe(true);
    expect(Object.is(parseNumber('0.00', '.'), 0)).toBe(true);
    expect(parseNumber('0.1', '.')).toBe(0.1);
    expect(parseNumber('0.07', '.')).toBe(0.07);
    expect(parseNumber('1.005', '.')).toBe(1.005);
    expect(parseNumber('1,005', ',')).toBe(1.005);
    expect(parseNumber('9999999999999', '.')).toBe(9999999999999);
    expect(parseNumber('999999999999999', '.')).toBeNaN();
    // Sixteen digits before the mark are no amount (MAX_INTEGER_DIGITS): see number-grammar.test.ts.
    expect(parseNumber('9999999999999999', '.')).toBeNaN();
    expect(parseNumber('1234567890123.56', '.')).toBe(1234567890123.56);
    expect(parseNumber('12345678901234.56', '.')).toBeNaN();
    expect(parseNumber('-1234567890123.45', '.')).toBe(-1234567890123.45);
    expect(parseNumber('007.50', '.')).toBe(7.5);
    expect(parseNumber('12.', '.')).toBe(12);
    expect(parseNumber('12,', ',')).toBeNaN();
    expect(parseNumber('.5', '.')).toBe(0.5);
    expect(parseNumber('-.5', '.')).toBe(-0.5);
    expect(parseNumber('-', '.')).toBeNaN();
    expect(parseNumber('-', ',')).toBeNaN();
    expect(parseNumber('1e5', '.')).toBe(100000);
    expect(parseNumber('12.50', ',')).toBeNaN();
    expect(parseNumber('12,50', '.')).toBeNaN();
    expect(parseNumber('1.234', ',')).toBe(1234);
  });
});

describe('guessDecimalMark', () => {
  it('decides a German column by its decimal commas', () => {
    expect(guessDecimalMark(['Betrag', '12,50', '1.234,56', '0,95', '7'])).toBe(',');
    expect(guessDecimalMark(['1\u00a0234,56', '€ 3,10'])).toBe(',');
  });

  it('decides a US or raw column by its decimal dots', () => {
    expect(guessDecimalMark(['Amount spent (EUR)', '18.42', '1,234.56', '0.5'])).toBe('.');
    expect(guessDecimalMark(['1234.5', '7'])).toBe('.');
  });

  it('defaults to a dot when nothing decides', () => {
    expect(guessDecimalMark([])).toBe('.');
    expect(guessDecimalMark(['Herbst Aktion 2026', '2026-09-01', '42', '31.01.2026'])).toBe('.');
  });

  it('lets the ambiguous `1.000` and `1,000` vote for neither mark', () => {
    expect(guessDecimalMark(['1.000', '2.500', '18.415'])).toBe('.'); // default, no evidence
    expect(guessDecimalMark(['1,000', '2,500', '18,415'])).toBe('.'); // default, no evidence
    // One unambiguous decimal comma decides a column that is otherwise only `x.xxx` thousands.
    expect(guessDecimalMark(['1.000', '2.000', '3.500', '3,5'])).toBe(',');
    // And one unambiguous decimal dot decides a column of `x,xxx` thousands.
    expect(guessDecimalMark(['1,000', '2,000', '3,500', '3.5'])).toBe('.');
  });

  it('weighs the evidence by count', () => {
    expect(guessDecimalMark(['1,5', '2,5', '3.25'])).toBe(',');
    expect(guessDecimalMark(['1,5', '2.5', '3.25'])).toBe('.');
  });
});
