// DATEV Buchungsstapel. Numbers are written out literally from fixtures/datev-buchungsstapel/EXPECTED.md
// (hand-worked, checked by a script); inline texts are worked out in the comments next to each test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay, parseIsoDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { datevBuchungsstapel, documentDay } from '../../src/sources/datev-buchungsstapel.js';
import { M, type CanonicalRecord, type MetricName } from '../../src/model/records.js';
import type { FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'datev-buchungsstapel';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));
const MAIN = `${DIR}/EXTF_Buchungsstapel.csv`;
const NEW_YEAR = `${DIR}/crosses-new-year.csv`;

function sumBy(records: EmittedRecord[], key: (record: EmittedRecord) => string, metric: MetricName): Record<string, number> {
  const groups = new Map<string, EmittedRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return Object.fromEntries([...groups].map(([k, group]) => [k, sum(group, metric)]));
}

const byDay = (record: EmittedRecord) => formatDay(record.day);

describe('datev-buchungsstapel detection', () => {
  it.each(fixtureFiles)('%s is claimed by the DATEV source alone', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(SOURCES.filter((source) => source.detect(sampled.sample)).map((source) => source.kind)).toEqual(['datev-buchungsstapel']);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('datev-buchungsstapel');
  });

  it('needs EXTF (or DTVF), data category 21 and the format name Buchungsstapel, quoted or not', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ';'), delimiter: ';', hasSepLine: false, encoding: 'utf-8' });
    expect(datevBuchungsstapel.detect(sample('"EXTF";510;21;"Buchungsstapel";7;20261005093158705;;"SV"\r\n'))).toBe(true);
    expect(datevBuchungsstapel.detect(sample('EXTF;700;21;Buchungsstapel;13;20261005093158705\r\n'))).toBe(true);
    expect(datevBuchungsstapel.detect(sample('"DTVF";700;21;"Buchungsstapel";13;\r\n'))).toBe(true);
    // Kontenbeschriftungen (20) and Debitoren/Kreditoren (16) are other DATEV files; a bare column heading line is not this format.
    expect(datevBuchungsstapel.detect(sample('"EXTF";510;20;"Kontenbeschriftungen";2;\r\n'))).toBe(false);
    expect(datevBuchungsstapel.detect(sample('"EXTF";510;16;"Debitoren/Kreditoren";4;\r\n'))).toBe(false);
    expect(datevBuchungsstapel.detect(sample('Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz\r\n'))).toBe(false);
    expect(datevBuchungsstapel.detect(sample(''))).toBe(false);
  });

  it('is a daily ledger of its own dataset and states the account rule', async () => {
    const run = await runSource(MAIN);
    expect(run.source).toMatchObject({ kind: 'datev-buchungsstapel', title: 'DATEV Buchungsstapel', family: 'ledger', overlap: 'day' });
    expect(run.description).toMatchObject({ dataset: 'datev-buchungsstapel', daily: true });
    expect(run.description.notes).toContain('only bookings with a revenue account as Konto or Gegenkonto count (SKR03, inferred from the accounts: 8000–8999)');
    expect(run.description.notes).toContain('payments, debtor and expense bookings are left out so revenue is not counted twice');
    expect(run.description.notes).toContain('unattributed');
  });
});

describe('EXTF_Buchungsstapel.csv (510/7, Windows-1252, CRLF)', () => {
  it('is decoded as Windows-1252: single-byte umlauts, no UTF-8', async () => {
    const bytes = readFileSync(join(FIXTURES, MAIN));
    expect(bytes.includes(Buffer.from([0xfc]))).toBe(true); // ü of "BU-Schlüssel"
    expect(bytes.includes(Buffer.from([0xc3, 0xbc]))).toBe(false);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    const sampled = await sampleFile(join(FIXTURES, MAIN));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(sampled.encoding.encoding).toBe('windows-1252');
    expect(sampled.sample.delimiter).toBe(';');
    const [format, headings, first] = sampled.sample.rows;
    expect(format!.cells).toHaveLength(31);
    expect(format!.cells.slice(0, 5)).toEqual(['EXTF', '510', '21', 'Buchungsstapel', '7']);
    expect(format!.cells.slice(14, 16)).toEqual(['20260901', '20260930']);
    expect(headings!.cells).toHaveLength(116);
    expect(headings!.cells.slice(0, 14)).toEqual([
      'Umsatz (ohne Soll/Haben-Kz)', 'Soll/Haben-Kennzeichen', 'WKZ Umsatz', 'Kurs', 'Basis-Umsatz', 'WKZ Basis-Umsatz', 'Konto',
      'Gegenkonto (ohne BU-Schlüssel)', 'BU-Schlüssel', 'Belegdatum', 'Belegfeld 1', 'Belegfeld 2', 'Skonto', 'Buchungstext',
    ]);
    expect(headings!.cells).toContain('KOST1 - Kostenstelle');
    expect(headings!.cells).toContain('Zusatzinformation- Inhalt 20');
    expect(first!.cells).toHaveLength(116);
  });

  it('gives 6 orders, revenue 778.25 and refunds 48.50 in EUR', async () => {
    const run = await runSource(MAIN);
    // EXPECTED.md: sales 826.75 − credit notes 48.50.
    expect(sum(run.records, 'orders')).toBe(6);
    expect(sum(run.records, 'revenue')).toBe(778.25);
    expect(sum(run.records, 'refunds')).toBe(48.5);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
    expect(run.warnings).toEqual([]);
    expect(run.exclusions).toEqual({});
  });

  it('leaves out payments, the expense and the transfer between revenue accounts', async () => {
    const run = await runSource(MAIN);
    // Lines 7 and 8: Bank 1200 ↔ debtor (47.60, 62.45); line 13: 4930 Bürobedarf; line 15: 8400 ↔ 8300.
    expect(run.records.map((r) => r.line)).toEqual([3, 4, 5, 6, 9, 10, 11, 12, 14, 16]);
    // Counting the payments too would add RE-2026-101 and RE-2026-102 a second time.
    expect(sum(run.records, 'revenue')).not.toBe(778.25 + 110.05);
  });

  it('books credits to revenue accounts as sales, debits as refunds, whichever side the revenue account is on', async () => {
    const run = await runSource(MAIN);
    expect(run.records.map((r) => [r.line, r.ref, formatDay(r.day), r.values.orders, r.values.revenue, r.values.refunds])).toEqual([
      [3, 'RE-2026-101', '2026-09-01', 1, 47.6, 0], // S on debtor Konto, 8300 Gegenkonto
      [4, 'RE-2026-102', '2026-09-03', 1, 26.75, 0],
      [5, '', '2026-09-03', 0, 35.7, 0], // same invoice, 19 % part
      [6, 'RE-2026-103', '2026-09-07', 1, 119, 0], // H on 8400 as Konto
      [9, 'K-0915', '2026-09-15', 1, 315.4, 0],
      [10, '', '2026-09-15', 0, 128.4, 0],
      [11, 'GS-2026-007', '2026-09-18', 0, -35.7, 35.7], // S on 8400 as Konto
      [12, 'GS-2026-008', '2026-09-21', 0, -12.8, 12.8], // H on debtor Konto, 8300 Gegenkonto
      [14, 'RE-2026-104', '2026-09-25', 1, 64, 0], // 60,00 CHF → Basis-Umsatz 64,00 EUR
      [16, 'RE-2026-105', '2026-09-30', 1, 89.9, 0],
    ]);
  });

  it('sums revenue per day as EXPECTED.md lists it', async () => {
    const run = await runSource(MAIN);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({
      '2026-09-01': 47.6,
      '2026-09-03': 62.45,
      '2026-09-07': 119,
      '2026-09-15': 443.8,
      '2026-09-18': -35.7,
      '2026-09-21': -12.8,
      '2026-09-25': 64,
      '2026-09-30': 89.9,
    });
    expect(sumBy(run.records, byDay, 'refunds')).toMatchObject({ '2026-09-18': 35.7, '2026-09-21': 12.8 });
  });

  it('puts all revenue in "unattributed": no campaign, source or coupon, and KOST1 is not a campaign', async () => {
    const run = await runSource(MAIN);
    // Lines 6 and 11 carry KOST1 `HERBST`.
    expect(run.records.every((r) => r.campaign === '' && r.campaignId === '' && r.source === '' && r.coupon === '' && r.channel === '')).toBe(true);
    expect(JSON.stringify(run.records)).not.toContain('HERBST');
  });
});

describe('crosses-new-year.csv (700/12, UTF-8 with BOM, unquoted header, period 2026-12-01 … 2027-01-31)', () => {
  it('is UTF-8 with a BOM and 124 columns', async () => {
    const bytes = readFileSync(join(FIXTURES, NEW_YEAR));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sampled = await sampleFile(join(FIXTURES, NEW_YEAR));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(sampled.encoding.encoding).toBe('utf-8');
    expect(sampled.sample.rows[1]!.cells).toHaveLength(124);
    expect(sampled.sample.rows[1]!.cells[7]).toBe('Gegenkonto (ohne BU-Schlüssel)');
  });

  it('gives December DDMM dates 2026 and January ones 2027', async () => {
    const run = await runSource(NEW_YEAR);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({
      '2026-12-05': 119,
      '2026-12-24': 77.3,
      '2026-12-31': 410.2,
      '2027-01-02': 96.3,
      '2027-01-15': -19,
      '2027-01-31': 42.8,
    });
    expect(sum(run.records, 'orders')).toBe(5);
    expect(sum(run.records, 'revenue')).toBe(726.6);
    expect(sum(run.records, 'refunds')).toBe(19);
    // Line 8, the payment of RE-2026-202 on 0801, is left out.
    expect(run.records.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 9, 10]);
    // The chart is named in the header (field 27 = 03).
    expect(run.description.notes).toContain('(SKR03: 8000–8999)');
    expect(run.warnings).toEqual([]);
  });
});

describe('Belegdatum', () => {
  const september = { fromYear: 2026, fromMonth: 9, toYear: 2026 };
  const newYear = { fromYear: 2026, fromMonth: 12, toYear: 2027 };
  const fiscal = { fromYear: 2026, fromMonth: 7, toYear: 2027 };
  it('takes the year from the period; across New Year a month before Datum von’s month is in the later year', () => {
    expect(documentDay('0109', september)).toBe(parseIsoDay('2026-09-01'));
    expect(documentDay('3009', september)).toBe(parseIsoDay('2026-09-30'));
    expect(documentDay('3112', newYear)).toBe(parseIsoDay('2026-12-31'));
    expect(documentDay('0101', newYear)).toBe(parseIsoDay('2027-01-01'));
    expect(documentDay('1506', fiscal)).toBe(parseIsoDay('2027-06-15'));
    expect(documentDay('0107', fiscal)).toBe(parseIsoDay('2026-07-01'));
  });

  it('tolerates a lost leading zero and DDMMYYYY, and refuses impossible dates', () => {
    expect(documentDay('902', september)).toBe(parseIsoDay('2026-02-09'));
    expect(documentDay('05092026', september)).toBe(parseIsoDay('2026-09-05'));
    expect(documentDay('2902', newYear)).toBeNull(); // 2027 is no leap year
    expect(documentDay('2902', { fromYear: 2028, fromMonth: 1, toYear: 2028 })).toBe(parseIsoDay('2028-02-29'));
    for (const text of ['3109', '0013', '0000', '', '1.9.', '12345']) expect(documentDay(text, september)).toBeNull();
  });
});

describe('accounts and charts', () => {
  const HEADINGS = 'Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Kurs;Basis-Umsatz;WKZ Basis-Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Belegfeld 2;Skonto;Buchungstext';
  const header = (chart = '') => `"EXTF";700;21;"Buchungsstapel";13;20261005093158705;;"RE";"";"";55003;63021;20260101;4;20260901;20260930;"";"";1;0;0;"EUR";;"";;;"${chart}";;;"";""`;
  const text = (chart: string, ...bookings: string[]) => [header(chart), HEADINGS, ...bookings].join('\r\n') + '\r\n';

  it('an SKR04 file (named in the header) counts 4000–4999 and not 8xxx', () => {
    // 4400 credited 119,00 (sale); 4300 debited 10,70 (credit note); 8400 is no revenue account in SKR04.
    const { records, warnings, run } = openText(text('04', '119,00;"H";"";;;"";4400;10010;"";0109;"R1";"";;"x"', '10,70;"S";"";;;"";4300;10010;"";0209;"G1";"";;"x"', '50,00;"H";"";;;"";8400;10010;"";0309;"R2";"";;"x"'));
    run();
    expect(records.map((r) => [r.ref, r.values[M.revenue], r.values[M.refunds]])).toEqual([
      ['R1', 119, 0],
      ['G1', -10.7, 10.7],
    ]);
    expect(warnings).toEqual([]);
  });

  it('without a named chart, mostly credited 4xxx accounts and no 8xxx are read as SKR04, with a warning', () => {
    const { records, warnings, run } = openText(text('', '119,00;"S";"";;;"";10010;4400;"";0109;"R1";"";;"x"', '20,00;"H";"";;;"";4300;10011;"";0209;"R2";"";;"x"'));
    run();
    expect(records.map((r) => r.values[M.revenue])).toEqual([119, 20]);
    expect(warnings).toMatchObject([{ code: 'DATEV_CHART_ASSUMED' }]);
  });

  it('a file without revenue bookings (payments and expenses only) adds nothing and warns DATEV_ACCOUNT_RULE', () => {
    // SKR03 expenses 4930/4530 are debited: not SKR04 revenue.
    const { records, warnings, run } = openText(
      text('', '47,60;"S";"";;;"";1200;10010;"";1009;"RE-1";"";;"Zahlung Erika Mustermann"', '23,80;"S";"";;;"";4930;1000;"9";2209;"";"";;"Bürobedarf"', '70,96;"H";"";;;"";1000;4530;"9";2309;"";"";;"Diesel"'),
    );
    run();
    expect(records).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'DATEV_ACCOUNT_RULE' });
    expect(warnings[0]!.message).toContain('8000–8999');
    expect(warnings[0]!.message).toContain('payments and debtor bookings are left out so that revenue is not counted twice');
    expect(warnings[0]!.message).not.toContain('Mustermann');
  });

  it('a reversal (Generalumkehr 1) turns a sale into a refund; a negative Umsatz swaps the side', () => {
    const headings = `${HEADINGS};Generalumkehr (GU)`;
    const bookings = ['100,00;"H";"";;;"";8400;10010;"";0109;"R1";"";;"x";"0"', '100,00;"H";"";;;"";8400;10010;"";0209;"R1-ST";"";;"Storno";"1"', '-30,00;"H";"";;;"";8400;10010;"";0309;"R2";"";;"x";""'];
    const { records, run } = openText([header('03'), headings, ...bookings].join('\r\n'));
    run();
    expect(records.map((r) => [r.ref, r.values[M.revenue], r.values[M.refunds], r.values[M.orders]])).toEqual([
      ['R1', 100, 0, 1],
      ['R1-ST', -100, 100, 0],
      ['R2', -30, 30, 0],
    ]);
  });

  it('with a longer account length, revenue accounts have as many digits', () => {
    const long = text('03', '119,00;"H";"";;;"";84000;100100;"";0109;"R1";"";;"x"', '10,00;"H";"";;;"";8400;100100;"";0109;"R2";"";;"x"').replace(';63021;20260101;4;', ';63021;20260101;5;');
    const { records, run } = openText(long);
    run();
    expect(records.map((r) => r.ref)).toEqual(['R1']);
  });
});

describe('malformed Buchungsstapel', () => {
  const HEAD = '"EXTF";510;21;"Buchungsstapel";7;20261005093158705;;"SV";"Admin";"";55003;63021;20260101;4;20260901;20260930;"Kasse";"";1;0;0;"EUR";;"KP";;"";;;"";"";';
  const HEADINGS = 'Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Kurs;Basis-Umsatz;WKZ Basis-Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Belegfeld 2;Skonto;Buchungstext';
  const file = (...lines: string[]) => [HEAD, HEADINGS, ...lines].join('\r\n');

  it('errors name line and column, never the booking text, document number or amount', () => {
    const cases: [string, string][] = [
      ['47,60;"X";"";;;"";10010;8400;"";0109;"RE-9001";"";;"Erika Mustermann, Musterweg 1"', 'BAD_DEBIT_CREDIT'],
      ['4x7,60;"S";"";;;"";10010;8400;"";0109;"RE-9001";"";;"Erika Mustermann, Musterweg 1"', 'BAD_NUMBER'],
      ['47,60;"S";"";;;"";10010;8400;"";3109;"RE-9001";"";;"Erika Mustermann, Musterweg 1"', 'BAD_DATE'],
    ];
    for (const [booking, code] of cases) {
      const error = captured(openText(file(booking)).run);
      expect(error).toMatchObject({ code, line: 3 });
      for (const message of [error.message, error.problem, error.hint]) expect(message).not.toMatch(/Mustermann|Musterweg|RE-9001|47,60|4x7/);
    }
  });

  it('a header without period is DATEV_NO_PERIOD; a missing heading line EMPTY_FILE', () => {
    expect(captured(openText([HEAD.replace(';20260101;4;20260901;20260930;', ';;4;;;'), HEADINGS].join('\r\n')).run)).toMatchObject({ code: 'DATEV_NO_PERIOD', line: 1 });
    expect(captured(openText(HEAD).run)).toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('payment rows are not even read: a broken amount on a bank booking is no error', () => {
    const { records, run } = openText(file('kaputt;"S";"";;;"";1200;10010;"";1009;"RE-1";"";;"Zahlung"', '10,00;"H";"";;;"";8400;10010;"";1009;"RE-2";"";;"x"'));
    run();
    expect(records.map((r) => r.ref)).toEqual(['RE-2']);
  });
});

function captured(run: () => void): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

/** Runs datevBuchungsstapel.open on `;` text without detection, as the pipeline would after a claim. */
function openText(text: string): { records: CanonicalRecord[]; warnings: WarningInput[]; run: () => void } {
  const rows = tokenize(text, ';');
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter: ';', hasSepLine: false, encoding: 'utf-8' };
  const records: CanonicalRecord[] = [];
  const warnings: WarningInput[] = [];
  const context: SourceContext = {
    file: 'inline.csv',
    sample,
    decimal: ',',
    cutter: new DayCutter('Europe/Berlin'),
    emit: (record) => records.push({ ...record, values: record.values.slice() }),
    warn: (warning) => warnings.push(inEnglish(warning)),
    exclude: () => {},
    describe: () => {},
    firstSighting: () => true,
  };
  return {
    records,
    warnings,
    run() {
      const parser = datevBuchungsstapel.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
