// The CSV dialects (render/csv.ts): rfc4180 as it always was, Excel's for German and Swedish readers.
import { describe, expect, it } from 'vitest';
import { defaultCsvDialect, renderCsv, safeCsvOutput } from '../../src/render/csv.js';
import { runCli } from '../helpers/run-cli.js';

const report = JSON.parse(runCli(['audit', 'fixtures/scenarios/bistro-quarter', '--month', '2026-10', '--json']).stdout);

describe('renderCsv dialects', () => {
  it('defaults by language: rfc4180 in English, Excel\'s in German and Swedish', () => {
    expect([defaultCsvDialect('en'), defaultCsvDialect('de'), defaultCsvDialect('sv')]).toEqual(['rfc4180', 'excel-de', 'excel-sv']);
    const english = renderCsv(report);
    expect(english.startsWith('row,name,from,to,currency,')).toBe(true);
    expect(english).not.toMatch(/\r|\ufeff/);
  });

  it('writes ";" cells, a decimal comma, CRLF and a BOM; quotes what holds a ";" and neutralises formulas, never numbers', () => {
    const hostile = structuredClone(report);
    hostile.campaigns[0].campaign = '-2+3';
    hostile.campaigns[0].names = ['a;b'];
    const csv = renderCsv(hostile, { language: 'de' });
    expect(csv.startsWith('\ufeffArt;Name;Von;Bis;Währung;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const campaign = csv.split('\r\n').find((line) => line.startsWith('Kampagne;'))!;
    expect(campaign).toMatch(/^Kampagne;'-2\+3;2026-10-01;2026-10-31;EUR;[^;]+;[^;]*;"a;b";/);
    // bistro-quarter's October against September: the previous period's ROI is -0.3333 (a negative number stays a number).
    expect(csv.split('\r\n').find((line) => line.startsWith('Vorperiode;'))).toContain(';-0,3333;');
    expect(renderCsv(report, { language: 'sv', dialect: 'rfc4180' }).split('\n')[0]!.startsWith('Typ,Namn,Från,Till,Valuta,')).toBe(true);
  });

  it('is written with its BOM and CRLF kept, while control characters in it are still escaped', () => {
    expect(safeCsvOutput('\ufeffa;b\r\nc\u202e;d\r\n')).toBe('\ufeffa;b\r\nc\\u202e;d\r\n');
    expect(safeCsvOutput('a,b\nc,d\n')).toBe('a,b\nc,d\n');
  });
});
