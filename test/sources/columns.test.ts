// The decimal-mark decision adapters make per table (src/sources/columns.ts decideDecimal).
import { describe, expect, it } from 'vitest';
import { decideDecimal, decimalEvidence, slashOrderEvidence } from '../../src/sources/columns.js';
import type { FileSample, WarningInput } from '../../src/sources/types.js';
import { inEnglish } from '../helpers/english.js';

describe('decimalEvidence', () => {
  it.each([
    ['1.234,56', ','],
    ['12,5', ','],
    ['"1,15"'.slice(1, -1), ','],
    ['1.234.567', ','],
    ['US$ 0,00', ','],
    ['0.35', '.'],
    ['1,234.56', '.'],
    ['£1,234.50', '.'],
    ['1,234,567', '.'],
    ['0.350', '.'],
    ['1.000', 'ambiguous'],
    ['1,000', 'ambiguous'],
    ['95.43%', '.'],
    ['1234', null],
    ['herbst', null],
    ['31.01.2026', null],
  ])('%s → %s', (cell, expected) => {
    expect(decimalEvidence(cell)).toBe(expected);
  });
});

describe('decideDecimal', () => {
  const context = (delimiter: string, decimal: '.' | ',' = '.') => {
    const warnings: WarningInput[] = [];
    const sample = { delimiter } as FileSample;
    return { warnings, context: { decimal, file: 'x.csv', sample, warn: (w: WarningInput) => void warnings.push(inEnglish(w)) } };
  };
  const rows = (...cells: string[][]) => cells.map((c) => ({ cells: c }));

  it('lets unambiguous cells of the read columns decide', () => {
    const { context: c, warnings } = context(',');
    expect(decideDecimal(c, rows(['1.000', '12,50']), { counts: [], amounts: [0, 1] })).toBe(',');
    expect(warnings).toEqual([]);
  });

  it('reads 1.000 in a count column as a thousands dot, 1,000 as a thousands comma', () => {
    const { context: c, warnings } = context(',');
    expect(decideDecimal(c, rows(['1.000', '1.000']), { counts: [0], amounts: [1] })).toBe(',');
    expect(decideDecimal(c, rows(['1,000', '1,000']), { counts: [0], amounts: [1] })).toBe('.');
    expect(warnings).toEqual([]);
  });

  it('keeps the file guess without any separator, and warns once per call when 1.000 stays ambiguous', () => {
    const plain = context(';', ',');
    expect(decideDecimal(plain.context, rows(['12', '400']), { counts: [0], amounts: [1] })).toBe(',');
    expect(plain.warnings).toEqual([]);
    const ambiguous = context(';');
    expect(decideDecimal(ambiguous.context, rows(['1.000'], ['2.000']), { counts: [], amounts: [0] }, 3)).toBe(',');
    expect(ambiguous.warnings.map((w) => [w.code, w.line, w.details])).toEqual([['AMBIGUOUS_DECIMAL', 3, { assumed: ',', example: '1.000' }]]);
  });
});

describe('slashOrderEvidence', () => {
  it('decides from the first cell with a part over 12, else null', () => {
    expect(slashOrderEvidence(['10/09/2026', '16/09/2026'])).toBe('dmy');
    expect(slashOrderEvidence(['3/20/26'])).toBe('mdy');
    expect(slashOrderEvidence(['9/1/26', '9/7/26'])).toBe(null);
  });
});
