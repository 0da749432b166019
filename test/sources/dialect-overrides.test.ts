// --decimal and --date-order as the adapters see them (FileSample.decimalOverride, dateOrderOverride):
// they decide where a file's own cells leave the mark or the order open, silence the AMBIGUOUS_*
// warning there, and never turn a file whose cells show the other reading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/read/dates.js';
import { describeDateFormat } from '../../src/read/formats.js';
import { sampleDecimalMark } from '../../src/read/sample.js';
import { decideDecimal, overrideDecimal, slashOrderOf } from '../../src/sources/columns.js';
import type { FileSample, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, sum } from '../helpers/run-source.js';
import { runText } from '../helpers/run-text.js';
import { inEnglish } from '../helpers/english.js';

const days = (run: Awaited<ReturnType<typeof runText>>) => run.records.map((record) => formatDay(record.day));

describe('decideDecimal with a decimal override', () => {
  const context = (delimiter: string, decimalOverride?: '.' | ',') => {
    const warnings: WarningInput[] = [];
    const decided: unknown[] = [];
    const sample = { delimiter, decimalOverride } as FileSample;
    return { warnings, decided, context: { decimal: '.' as const, file: 'x.csv', sample, warn: (w: WarningInput) => void warnings.push(inEnglish(w)), dialect: (d: unknown) => void decided.push(d) } };
  };
  const rows = (...cells: string[][]) => cells.map((c) => ({ cells: c }));

  it('decides 1.000 either way without a warning, before the count-column and delimiter guesses', () => {
    for (const mark of [',', '.'] as const) {
      for (const delimiter of [';', ',']) {
        const { context: c, warnings, decided } = context(delimiter, mark);
        expect(decideDecimal(c, rows(['1.000', '2.500']), { counts: [0], amounts: [1] })).toBe(mark);
        expect(warnings).toEqual([]);
        expect(decided).toEqual([{ decimal: mark }]);
      }
    }
  });

  it('keeps the mark the cells prove when none proves the override', () => {
    const { context: c, warnings } = context(',', ',');
    expect(decideDecimal(c, rows(['12.50', '1.000']), { counts: [], amounts: [0, 1] })).toBe('.');
    expect(warnings).toEqual([]);
    const both = context(',', ',');
    expect(decideDecimal(both.context, rows(['12.50', '7,5']), { counts: [], amounts: [0, 1] })).toBe(',');
  });

  it('names the option that reads the file the other way when it warns', () => {
    const semicolon = context(';');
    decideDecimal(semicolon.context, rows(['1.000']), { counts: [], amounts: [0] });
    expect(semicolon.warnings[0]!.message).toContain('run again with --decimal point (or set "decimal": "point" in smroi.config.json)');
    const comma = context(',');
    decideDecimal(comma.context, rows(['1.000']), { counts: [], amounts: [0] });
    expect(comma.warnings[0]!.message).toContain('run again with --decimal comma (or set "decimal": "comma" in smroi.config.json)');
    // A ledger's cells are never quoted.
    const ledger = context(';');
    decideDecimal(ledger.context, rows(['1.000']), { counts: [], amounts: [0] }, 2, { quote: false });
    expect(ledger.warnings[0]!.message).not.toContain('"1.000"');
    expect(ledger.warnings[0]!.details).toEqual({ assumed: ',' });
  });

  it('overrideDecimal and sampleDecimalMark: the override unless the cells prove only the other mark', () => {
    expect(overrideDecimal(undefined, ['1.000'], '.')).toBe('.');
    expect(overrideDecimal(',', ['1.000', '2026-09-01'], '.')).toBe(',');
    expect(overrideDecimal(',', ['12.50'], '.')).toBe('.');
    expect(overrideDecimal('.', ['1.234,56'], ',')).toBe(',');
    const sample = (text: string[][], decimalOverride?: '.' | ','): FileSample => ({ rows: text.map((cells, index) => ({ cells, line: index + 1 })), decimalOverride }) as FileSample;
    expect(sampleDecimalMark(sample([['amount'], ['1.000']]))).toBe('.');
    expect(sampleDecimalMark(sample([['amount'], ['1.000']], ','))).toBe(',');
    expect(sampleDecimalMark(sample([['amount'], ['0.35']], ','))).toBe('.');
  });
});

describe('slashOrderOf and describeDateFormat with a date-order override', () => {
  it('the column decides when a part is over 12; else the override; else month first', () => {
    const ctx = (dateOrderOverride?: 'dmy' | 'mdy') => ({ sample: { dateOrderOverride } as FileSample });
    expect(slashOrderOf(ctx(), ['10/01/2026', '11/02/2026'])).toBe('mdy');
    expect(slashOrderOf(ctx('dmy'), ['10/01/2026', '11/02/2026'])).toBe('dmy');
    expect(slashOrderOf(ctx('mdy'), ['31/01/2026'])).toBe('dmy');
    expect(slashOrderOf(ctx('dmy'), ['01/31/2026'])).toBe('mdy');
    expect(describeDateFormat(['10/01/2026'], 'dmy')).toBe('DD/MM/YYYY');
    expect(describeDateFormat(['10/01/2026'])).toBe('MM/DD/YYYY');
  });
});

describe('adapters honour the overrides', () => {
  const ledger = 'datum;bestellnummer;betrag\n05.09.2026;R-1;1.000\n06.09.2026;R-2;2.500\n';

  it('generic ledger with only 1.000-like amounts: comma assumed for ";" with a warning, either mark when set', async () => {
    const assumed = await runText(ledger);
    expect(sum(assumed.records, 'revenue')).toBe(3500);
    expect(assumed.warnings.map((w) => [w.code, w.line])).toEqual([['AMBIGUOUS_DECIMAL', 1]]);
    expect(assumed.warnings[0]!.message).toContain('--decimal point');
    const point = await runText(ledger, 'inline.csv', 'Europe/Berlin', { decimalOverride: '.' });
    expect(sum(point.records, 'revenue')).toBe(3.5);
    expect(point.warnings).toEqual([]);
    const comma = await runText(ledger, 'inline.csv', 'Europe/Berlin', { decimalOverride: ',' });
    expect(sum(comma.records, 'revenue')).toBe(3500);
    expect(comma.warnings).toEqual([]);
  });

  it('generic ledger with 10/01/2026-like dates: month first with a warning naming --date-order, day first when set', async () => {
    const text = 'date,order_id,amount\n10/01/2026,A-1,10.00\n11/02/2026,A-2,5.00\n';
    const assumed = await runText(text);
    expect(days(assumed)).toEqual(['2026-10-01', '2026-11-02']);
    expect(assumed.warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_DATE_ORDER']);
    expect(assumed.warnings[0]!.message).toContain('run again with --date-order dmy (or set "dateOrder": "dmy" in smroi.config.json)');
    expect(assumed.warnings[0]!.message).not.toContain('10/01/2026');
    const dmy = await runText(text, 'inline.csv', 'Europe/Berlin', { dateOrderOverride: 'dmy' });
    expect(days(dmy)).toEqual(['2026-01-10', '2026-02-11']);
    expect(dmy.warnings).toEqual([]);
    // A column that shows its order keeps it.
    const shown = await runText('date,order_id,amount\n10/01/2026,A-1,10.00\n31/01/2026,A-2,5.00\n', 'inline.csv', 'Europe/Berlin', { dateOrderOverride: 'mdy' });
    expect(days(shown)).toEqual(['2026-01-10', '2026-01-31']);
  });

  it('PayPal en-mdy.csv (every date ambiguous): month first with a warning, day first with --date-order dmy', async () => {
    const bytes = readFileSync(join(FIXTURES, 'paypal-activity', 'en-mdy.csv'));
    const assumed = await runText(bytes, 'en-mdy.csv', 'UTC');
    expect(assumed.warnings[0]!.message).toContain('--date-order dmy');
    expect(days(assumed)).toEqual(['2026-09-03', '2026-09-05', '2026-09-11']);
    const dmy = await runText(bytes, 'en-mdy.csv', 'UTC', { dateOrderOverride: 'dmy' });
    expect(dmy.warnings).toEqual([]);
    // 9 February 18:30 PDT is 10 February in UTC; 9 November 16:45 PDT is 23:45 UTC.
    expect(days(dmy)).toEqual(['2026-02-10', '2026-05-09', '2026-11-09']);
    expect(sum(dmy.records, 'revenue')).toBe(sum(assumed.records, 'revenue'));
  });

  it('Meta Ads Manager: the override reads 1.000 either way, without a warning', async () => {
    const comma = 'Day,Campaign name,Amount spent (EUR),Impressions\n2026-09-01,Herbst,1.000,1200\n2026-09-02,Herbst,2.500,900\n';
    expect((await runText(comma)).warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_DECIMAL']);
    const thousands = await runText(comma, 'inline.csv', 'Europe/Berlin', { decimalOverride: ',' });
    expect(thousands.records.map((r) => r.values.adSpend)).toEqual([1000, 2500]);
    expect(thousands.warnings).toEqual([]);
    // A file whose amounts show a decimal point keeps it.
    const shown = await runText('Day,Campaign name,Amount spent (EUR)\n2026-09-01,Herbst,12.50\n', 'inline.csv', 'Europe/Berlin', { decimalOverride: ',' });
    expect(shown.records.map((r) => r.values.adSpend)).toEqual([12.5]);
  });

  it('Universal Analytics: the override decides slashed days neither the dates nor the range decide', async () => {
    const text = '# All Web Site Data\n# 20260101-20261231\n\nDay Index,Sessions\n1/2/26,5\n2/2/26,7\n';
    const dmy = await runText(text, 'inline.csv', 'Europe/Berlin', { dateOrderOverride: 'dmy' });
    expect(dmy.warnings).toEqual([]);
    expect(days(dmy)).toEqual(['2026-02-01', '2026-02-02']);
    const assumed = await runText(text);
    expect(days(assumed)).toEqual(['2026-01-02', '2026-02-02']);
    expect(assumed.warnings.find((w) => w.code === 'AMBIGUOUS_DATE_ORDER')!.message).toContain('--date-order dmy');
  });

  it('WooCommerce Analytics: net sales of 1.000 read as one thousand with --decimal comma', async () => {
    const text = 'Date,Order #,Status,Customer type,Net sales\n2026-09-01,1001,completed,new,1.000\n2026-09-02,1002,completed,returning,2.500\n';
    expect(sum((await runText(text)).records, 'revenue')).toBe(3.5);
    expect(sum((await runText(text, 'inline.csv', 'Europe/Berlin', { decimalOverride: ',' })).records, 'revenue')).toBe(3500);
  });

  it('DATEV keeps its decimal comma against --decimal point: its amounts show it', async () => {
    const bytes = readFileSync(join(FIXTURES, 'datev-buchungsstapel', 'EXTF_Buchungsstapel.csv'));
    const plain = await runText(bytes, 'EXTF_Buchungsstapel.csv');
    const point = await runText(bytes, 'EXTF_Buchungsstapel.csv', 'Europe/Berlin', { decimalOverride: '.' });
    expect(sum(point.records, 'revenue')).toBe(sum(plain.records, 'revenue'));
    expect(sum(plain.records, 'revenue')).toBeGreaterThan(100);
  });
});
