// The strict number grammar (issue 15): every amount an export can write reads back exactly, in
// every dialect; everything else is NaN (a BAD_NUMBER error for the adapters) with a reason, never
// a silently invented number. Property-based, on a fixed seed so a failure reproduces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INTEGER_DIGITS, numberProblem, parseNumber, type DecimalMark } from '../../src/read/numbers.js';

const SEED = 20261204;
const RUNS = 3000;

/** How exports write an amount: the decimal mark and the grouping character of each dialect. */
interface Dialect {
  name: string;
  decimal: DecimalMark;
  group: string | null;
}
const DIALECTS: readonly Dialect[] = [
  { name: 'raw (Meta, GA4, Shopify)', decimal: '.', group: null },
  { name: 'US / UK', decimal: '.', group: ',' },
  { name: 'German', decimal: ',', group: '.' },
  { name: 'German, no grouping', decimal: ',', group: null },
  { name: 'Swedish (no-break space)', decimal: ',', group: '\u00a0' },
  { name: 'Swedish (narrow no-break space)', decimal: ',', group: '\u202f' },
  { name: 'Swedish (plain space)', decimal: ',', group: ' ' },
  { name: 'Swiss', decimal: '.', group: "'" },
];

function groupDigits(digits: string, group: string | null): string {
  if (group === null) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += group;
    out += digits[i];
  }
  return out;
}

/** An amount of cents, written as a dialect writes it, with the value it stands for. */
const writtenAmount = fc
  .record({
    cents: fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), // 13 digits and cents
    dialect: fc.constantFrom(...DIALECTS),
    decimals: fc.constantFrom(0, 1, 2),
    currency: fc.constantFrom('', '€ ', ' €', '$', ' EUR', 'SEK ', ' kr'),
    negativeStyle: fc.constantFrom('minus', 'brackets', 'trailing'),
  })
  .map(({ cents, dialect, decimals, currency, negativeStyle }) => {
    const negative = cents < 0n;
    const magnitude = (negative ? -cents : cents).toString().padStart(3, '0');
    const whole = magnitude.slice(0, -2).replace(/^0+(?=\d)/, '');
    const fraction = magnitude.slice(-2).slice(0, decimals);
    // What the written text means: the shown digits (a one-decimal amount drops its last cent digit).
    const expected = Number(`${whole}.${fraction || '0'}`) * (negative ? -1 : 1);
    let text = groupDigits(whole, dialect.group) + (decimals ? dialect.decimal + fraction : '');
    text = currency.startsWith(' ') ? text + currency : currency + text;
    if (negative) text = negativeStyle === 'brackets' ? `(${text})` : negativeStyle === 'trailing' ? `${text}-` : `-${text}`;
    return { text, decimal: dialect.decimal, expected, dialect: dialect.name };
  });

describe('the number grammar, read back exactly', () => {
  it('reads every amount every dialect writes as exactly the value it shows', () => {
    fc.assert(
      fc.property(writtenAmount, ({ text, decimal, expected }) => {
        const value = parseNumber(text, decimal);
        // Minus zero and zero are one amount.
        return value === expected || (value === 0 && expected === 0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads raw figures with an exponent, as some tools write them', () => {
    expect(parseNumber('1.2E+05', '.')).toBe(120000);
    expect(parseNumber('3e2', '.')).toBe(300);
    expect(parseNumber('-4.5e-1', '.')).toBe(-0.45);
    // Analytics float artefacts keep their value.
    expect(parseNumber('0.30000000000000004', '.')).toBe(0.30000000000000004);
    expect(parseNumber('1234.5600000000002', '.')).toBe(1234.5600000000002);
  });
});

describe('the number grammar, refusing what is no amount', () => {
  it.each([
    ['+49 171 5550123', '.', 'not-a-number'],
    ['+49 171 5550123', ',', 'not-a-number'],
    ['0171 5550123', ',', 'not-a-number'],
    ['0x10', '.', 'not-a-number'],
    ['0X1F', '.', 'not-a-number'],
    ['0b101', '.', 'not-a-number'],
    ['Infinity', '.', 'not-a-number'],
    ['-Infinity', '.', 'not-a-number'],
    ['NaN', '.', 'not-a-number'],
    ['1e309', '.', 'out-of-range'],
    ['5e20', '.', 'out-of-range'],
    ['1,234.56.7', '.', 'not-a-number'],
    ['1.234,56', '.', 'not-a-number'],
    ['12,50', '.', 'not-a-number'],
    ['1,2345', '.', 'not-a-number'],
    ['1.234.56', ',', 'not-a-number'],
    ['1 234.567,00', ',', 'not-a-number'],
    ['12 34,00', ',', 'not-a-number'],
    ['1.000 000,00', ',', 'not-a-number'],
    ['1,000,00', '.', 'not-a-number'],
    ['1.2e5', ',', 'not-a-number'],
    ['1,234e5', '.', 'not-a-number'],
    ['e5', '.', 'not-a-number'],
    ['--5', '.', 'not-a-number'],
    ['12345678901234567890', '.', 'too-many-digits'],
    ['1234567890123456', ',', 'too-many-digits'],
    ['12345678901234', '.', 'too-many-digits'],
    ['9'.repeat(400), '.', 'too-many-digits'],
    ['1,234,567,890,123,456.00', '.', 'too-many-digits'],
    ['anna@example.com', '.', 'not-a-number'],
  ] as const)('%j with mark %j is no number (%s)', (cell, decimal, problem) => {
    expect(parseNumber(cell, decimal)).toBeNaN();
    expect(numberProblem(cell, decimal)).toBe(problem);
  });

  it(`keeps ${MAX_INTEGER_DIGITS} digits before the mark, and no more`, () => {
    expect(parseNumber('9'.repeat(MAX_INTEGER_DIGITS) + '.99', '.')).toBe(9999999999999.99);
    expect(parseNumber('9.999.999.999.999,99', ',')).toBe(9999999999999.99);
    expect(parseNumber('1' + '0'.repeat(MAX_INTEGER_DIGITS), '.')).toBeNaN();
    // Leading zeros are not digits of the amount.
    expect(parseNumber('0000000000000000012.50', '.')).toBe(12.5);
  });

  it('says nothing is wrong with a number it reads, or with an empty cell', () => {
    expect(numberProblem('12,50', ',')).toBeNull();
    expect(numberProblem('', ',')).toBeNull();
    expect(numberProblem('N/A', '.')).toBeNull();
  });

  it('never throws and never returns an infinite value, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom<DecimalMark>('.', ','), (cell, decimal) => {
        const value = parseNumber(cell, decimal);
        const problem = numberProblem(cell, decimal);
        if (value !== value) return true; // NaN: no number (empty, or a problem named)
        return Number.isFinite(value) && Math.abs(value) < 10 ** MAX_INTEGER_DIGITS && problem === null;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads nothing but digits, marks, grouping, sign, brackets and a currency as a number', () => {
    // Garbage made of number-like characters: what parses must match the grammar's own reading.
    const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.,-+ e€$()'.split('')), maxLength: 16 });
    fc.assert(
      fc.property(numberish, fc.constantFrom<DecimalMark>('.', ','), (cell, decimal) => {
        const value = parseNumber(cell, decimal);
        if (value !== value) return numberProblem(cell, decimal) !== null || cell.trim() === '' || ['-', '--'].includes(cell.trim());
        // A number read from such text has its digits in order: compare with a plain reading.
        const digits = cell.replace(/[^0-9]/g, '').replace(/^0+/, '');
        return digits.length <= 20 + MAX_INTEGER_DIGITS && Number.isFinite(value);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
