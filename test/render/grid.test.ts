// The layout rules of render/grid.ts that every terminal table and paragraph follows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTable, outputWidth, wrap, wrapHelp } from '../../src/render/grid.js';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));
const headRows = (text: string) => text.split('\n').filter((_, index, lines) => lines[index - 1]?.startsWith('┌'));

describe('outputWidth', () => {
  it('COLUMNS first, then the terminal, then 80; never below 40', () => {
    expect(outputWidth({ isTTY: true, columns: 120 }, { COLUMNS: '90' })).toBe(90);
    expect(outputWidth({ isTTY: true, columns: 120 }, {})).toBe(120);
    expect(outputWidth({ isTTY: false, columns: 120 }, {})).toBe(80);
    expect(outputWidth({}, { COLUMNS: '' })).toBe(80);
    expect(outputWidth({}, { COLUMNS: '100px' })).toBe(80);
    expect(outputWidth({}, { COLUMNS: '12' })).toBe(40);
  });
});

describe('fitTable', () => {
  const columns = [{ head: '' }, { head: 'Orders' }, { head: 'Revenue' }, { head: 'Cost per order' }, { head: 'Ad spend', group: 'cost' }, { head: 'Your time', group: 'cost' }];
  const rows = [
    ['All sales (blended)', '16', '10,519.80', '558.06', '2,260.00', '4,800.00'],
    ['Social media', '11', '4,351.30', '672.55', '2,260.00', '4,800.00'],
  ];

  it('is one table with one-line headings when it fits', () => {
    const text = fitTable(columns, rows, 100);
    expect(text.split('\n').filter((line) => line.startsWith('┌'))).toHaveLength(1);
    expect(headRows(text)).toEqual(['│                     │ Orders │   Revenue │ Cost per order │ Ad spend │ Your time │']);
  });

  it('moves a group that does not fit to a table of its own, the labels repeated', () => {
    const text = fitTable(columns, rows, 60);
    expect(widest(text)).toBeLessThanOrEqual(60);
    const heads = headRows(text);
    expect(heads).toHaveLength(2);
    expect(heads[1]).toBe('│                     │ Ad spend │ Your time │');
    expect(text.split('\n').filter((line) => line.startsWith('│ Social media'))).toHaveLength(2);
  });

  it('puts a heading on two lines only where that makes the table fit', () => {
    const narrow = fitTable(columns.slice(0, 4), rows, 56);
    expect(widest(narrow)).toBe(55);
    expect(headRows(narrow)[0]).toMatch(/│ Cost per │$/);
    expect(narrow).toMatch(/│    order │\n├/);
    expect(fitTable(columns.slice(0, 4), rows, 61)).toContain('│ Cost per order │');
  });

  it('cuts labels at 30 characters, and further when not even one figure fits beside them', () => {
    const long = [['herbst-aktion-2026-retargeting-warenkorb-lookalike', '1']];
    expect(fitTable([{ head: 'Campaign' }, { head: 'Orders' }], long, 80)).toContain('│ herbst-aktion-2026-retargetin… │');
    const tight = fitTable([{ head: 'Campaign' }, { head: 'Orders' }], long, 40);
    expect(widest(tight)).toBeLessThanOrEqual(40);
    expect(tight).toContain('…');
  });

  it('colours cells through paint, and measures them without the colour codes', () => {
    const text = fitTable([{ head: '' }, { head: 'ROI' }], [['All', { text: '-18 %', tone: 'bad' }]], 40, (cell) => (typeof cell === 'string' ? cell : `\x1b[31m${cell.text}\x1b[39m`));
    expect(text).toContain('│ All │ \x1b[31m-18 %\x1b[39m │');
  });
});

describe('wrap and wrapHelp', () => {
  it('wraps prose at the width (at most 100), continuation lines indented, long words cut', () => {
    expect(wrap('one two three four', 9)).toBe('one two\n  three\n  four');
    expect(widest(wrap('x '.repeat(200), 300))).toBeLessThanOrEqual(100);
    expect(wrap(`- ${'a'.repeat(50)}`, 20).split('\n').every((line) => line.length <= 20)).toBe(true);
  });

  it('re-flows help paragraphs, keeps indented lines, continues long examples with " \\"', () => {
    const text = 'Periods: one two\nthree four five.\n\nExamples:\n  smroi audit ./exports --month last --history history';
    expect(wrapHelp(text, 40)).toBe('Periods: one two three four five.\n\nExamples:\n  smroi audit ./exports --month last \\\n      --history history');
  });
});

// The wrap before it kept the line's width as it goes (issue 14): it measured the whole line
// again for every word. Kept here as the reference the faster one must equal.
function wrapReference(text: string, width = 80, indent = '  '): string {
  const limit = Math.min(width, 100);
  const measure = (t: string) => [...t.replace(/\x1b\[[0-9;]*m/g, '')].length; // eslint-disable-line no-control-regex
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(' ')) {
    if (current && measure(current) + 1 + measure(word) > limit) {
      lines.push(current);
      current = indent;
    }
    const room = () => limit - measure(current) - (current.trim() ? 1 : 0);
    while (measure(word) > room() && room() > 0) {
      const cut = [...word].slice(0, room());
      lines.push(current.trim() ? `${current} ${cut.join('')}` : `${current}${cut.join('')}`);
      word = [...word].slice(cut.length).join('');
      current = indent;
    }
    current = current.trim() ? `${current} ${word}` : `${current}${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}

describe('wrap equals the line-by-line measuring wrap it replaced', () => {
  it('on random prose: words, runs of spaces, long words, colour codes, emoji, non-breaking and ideographic spaces, other indents', () => {
    const piece = fc.constantFrom('a', 'Umsatz', 'kostnad', ' ', ' ', '  ', '\u00a0', '\u3000', '😀', '€', '\x1b[1m', '\x1b[22m', '\x1b[3', 'm', 'x'.repeat(45), '-', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 130 }), fc.constantFrom('  ', '', '    ', '\u00a0', '> '), (parts, width, indent) => {
        const text = parts.join('');
        expect(wrap(text, width, indent)).toBe(wrapReference(text, width, indent));
      }),
      { seed: 0x14, numRuns: 3000 },
    );
  });
});
