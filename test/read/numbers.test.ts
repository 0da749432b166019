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
