// PayPal activity downloads (English and German). Numbers are written out literally: for the fixtures they
// come from fixtures/paypal-activity/EXPECTED.md (hand-worked, re-checked by a script); for the inline CSV
// texts they are worked out in the comments next to each test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { paypalActivity } from '../../src/sources/paypal-activity.js';
import { METRIC_NAMES, type MetricName } from '../../src/model/records.js';
import type { ExclusionReason, FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'paypal-activity';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));

function sumBy(records: EmittedRecord[], key: (record: EmittedRecord) => string, metric: MetricName): Record<string, number> {
  const groups = new Map<string, EmittedRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return Object.fromEntries([...groups].map(([k, group]) => [k, sum(group, metric)]));
}

const byDay = (record: EmittedRecord) => formatDay(record.day);
const byCurrency = (record: EmittedRecord) => record.currency;
const byDayAndCurrency = (record: EmittedRecord) => `${formatDay(record.day)} ${record.currency}`;

/** Personal values of a PayPal fixture (names, e-mails, addresses, phones, notes, subjects, item titles). */
async function personalValues(relativePath: string): Promise<string[]> {
  const sampled = await sampleFile(join(FIXTURES, relativePath));
  if ('skip' in sampled) throw new Error(sampled.skip);
  const [header, ...rows] = sampled.sample.rows;
  const personal = header!.cells
    .map((name, index) => ({ name, index }))
    .filter(({ name }) =>
      /^(name|from email address|to email address|shipping address|item title|address line 1|town\/city|zip\/postal code|contact phone number|subject|note|absender e-mail-adresse|empfänger e-mail-adresse|lieferadresse|artikelbezeichnung|adresszeile 1|ort|plz|telefon|betreff|hinweis|nombre|remitente|destinatario|nome|endereço de e-mail do remetente|endereço de e-mail do destinatário)$/i.test(name),
    );
  const values = new Set<string>();
  for (const row of rows) for (const { index } of personal) if ((row.cells[index] ?? '').trim().length >= 4) values.add(row.cells[index]!.trim());
  // PayPal names itself as the counterparty of holds; that is no customer.
  values.delete('PayPal');
  return [...values];
}

const messagesOf = (warnings: WarningInput[]) => warnings.map((warning) => warning.message);

describe('paypal-activity detection', () => {
  it.each(fixtureFiles)('%s is detected as a PayPal activity download', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(paypalActivity.detect(sampled.sample)).toBe(true);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('paypal-activity');
  });

  it('needs date, time, type, status, currency and gross (in either language), plus a zone or transaction column', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });
    expect(paypalActivity.detect(sample('"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net"\n'))).toBe(true);
    expect(paypalActivity.detect(sample('"Datum","Uhrzeit","Zeitzone","Name","Typ","Status","Währung","Brutto","Gebühr","Netto"\n'))).toBe(true);
    expect(paypalActivity.detect(sample('"Type","Gross","Status","Currency","Date","Time","Transaction ID"\n'))).toBe(true);
    // The personal "Statements" CSV (Description, no Type), Square (Gross Sales), a generic ledger.
    expect(paypalActivity.detect(sample('"Date","Time","Time Zone","Description","Currency","Gross","Fee","Net","Balance","Transaction ID"\n'))).toBe(false);
    expect(paypalActivity.detect(sample('Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Transaction ID,Transaction Status\n'))).toBe(false);
    expect(paypalActivity.detect(sample('date,order_id,amount,currency,status\n'))).toBe(false);
    expect(paypalActivity.detect(sample('"Date","Time","Type","Status","Currency","Gross"\n'))).toBe(false);
    expect(paypalActivity.detect(sample(''))).toBe(false);
  });

  it('is a daily payment ledger of its own dataset', async () => {
    const run = await runSource(`${DIR}/en-mdy.csv`);
    expect(run.source).toMatchObject({ kind: 'paypal-activity', title: 'PayPal activity download', family: 'ledger', payments: true, overlap: 'day' });
    expect(run.description.dataset).toBe('paypal-activity');
    expect(run.description.daily).toBe(true);
  });
});

describe('de.csv (German, 41 columns, BOM, CRLF, decimal comma)', () => {
  it('counts the 5 payments received: 1294.70 EUR revenue after the 29.00 refund', async () => {
    const run = await runSource(`${DIR}/de.csv`);
    expect(run.records.map((r) => [r.line, r.ref, r.values.orders, r.values.revenue, r.values.refunds])).toEqual([
      [2, '#1001', 1, 34.9, 0],
      [3, '#1003', 1, 59.9, 0],
      [7, '#1004', 1, 89, 0],
      [8, '#1004', 0, -29, 29],
      [10, 'ABO-0042', 1, 19.9, 0],
      [12, '#1007', 1, 1120, 0],
    ]);
    expect(sum(run.records, 'orders')).toBe(5);
    expect(sum(run.records, 'revenue')).toBe(1294.7);
    expect(sum(run.records, 'refunds')).toBe(29);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
  });

  it('books the refund on its own day under the order of the payment it points to', async () => {
    const run = await runSource(`${DIR}/de.csv`);
    // Line 8 has no Rechnungsnummer; its Zugehöriger Transaktionscode names line 7 (#1004).
    const refund = run.records.find((r) => r.line === 8)!;
    expect(refund).toMatchObject({ ref: '#1004', campaign: '', source: '', coupon: '' });
    expect(formatDay(refund.day)).toBe('2026-09-15');
  });

  it('puts each row on its Berlin day; 00:20 CEST on 6 September is 5 September in UTC', async () => {
    const berlin = await runSource(`${DIR}/de.csv`);
    expect(sumBy(berlin.records, byDay, 'revenue')).toEqual({
      '2026-09-02': 34.9,
      '2026-09-06': 59.9,
      '2026-09-12': 89,
      '2026-09-15': -29,
      '2026-09-20': 19.9,
      '2026-09-30': 1120,
    });
    const utc = await runSource(`${DIR}/de.csv`, 'UTC');
    expect(formatDay(utc.records.find((r) => r.ref === '#1003')!.day)).toBe('2026-09-05');
    expect(formatDay(utc.records.find((r) => r.ref === '#1007')!.day)).toBe('2026-09-30');
  });

  it('counts holds, their reversal, the authorisation, the withdrawal and the payment sent nowhere, but names them', async () => {
    const run = await runSource(`${DIR}/de.csv`);
    expect(run.exclusions).toEqual({});
    expect(run.warnings).toEqual([]);
    expect(run.description.notes).toBe(
      '5 PayPal rows are no sale and not counted: 3 holds or authorisations (or their reversals), 1 withdrawal, top-up or bank transfer, 1 payment sent by the business',
    );
    expect(run.records.some((r) => r.ref === 'VP-88812' || r.ref === '#1005')).toBe(false);
  });
});

describe('en.csv (English, 41 columns, "1,500.00", day-first dates)', () => {
  it('decides day-first from the one 13/09/2026 and warns about nothing', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(run.warnings).toEqual([]);
    expect(sumBy(run.records, byDayAndCurrency, 'revenue')).toEqual({
      '2026-09-01 EUR': 1500,
      '2026-09-03 EUR': 42.8,
      '2026-09-05 EUR': 60,
      '2026-09-07 USD': 25,
      '2026-09-09 EUR': -42.8,
      '2026-09-10 EUR': 19.9,
      '2026-09-13 EUR': 64.5,
    });
  });

  it('keeps currencies apart: 1644.40 EUR from 5 orders, 25.00 USD from 1', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(sumBy(run.records, byCurrency, 'revenue')).toEqual({ EUR: 1644.4, USD: 25 });
    expect(sumBy(run.records, byCurrency, 'orders')).toEqual({ EUR: 5, USD: 1 });
    expect(sumBy(run.records, byCurrency, 'refunds')).toEqual({ EUR: 42.8, USD: 0 });
    expect(run.records.map((r) => r.ref)).toEqual(['#1010', '#1011', '#1015', '#1012', '#1011', 'ABO-0043', '#1013']);
  });

  it('counts the pending payment as awaiting its money and excludes the denied one; conversions, the authorisation and the withdrawal are notes', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    // Line 5: Payment, Pending, 60.00, Memo: an order placed whose money is on its way.
    expect(run.records.map((r) => [r.line, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      [2, 0, 0],
      [3, 0, 0],
      [5, 1, 60],
      [6, 0, 0],
      [9, 0, 0],
      [10, 0, 0],
      [13, 0, 0],
    ]);
    expect(run.description.notes).toBe('4 PayPal rows are no sale and not counted: 1 hold or authorisation (or its reversal), 1 withdrawal, top-up or bank transfer, 2 currency conversions');
  });

  it('reads an IANA zone and CEST as instants: both after-midnight payments move back a day in UTC', async () => {
    const utc = await runSource(`${DIR}/en.csv`, 'UTC');
    // Line 3: 03/09 00:10 Europe/Berlin = 09-02 22:10 UTC; line 13: 13/09 00:30 CEST = 09-12 22:30 UTC.
    expect(formatDay(utc.records.find((r) => r.line === 3)!.day)).toBe('2026-09-02');
    expect(formatDay(utc.records.find((r) => r.line === 13)!.day)).toBe('2026-09-12');
    expect(formatDay(utc.records.find((r) => r.line === 2)!.day)).toBe('2026-09-01');
  });
});

describe('en-mdy.csv (16 chosen columns, USD, PDT, ambiguous dates)', () => {
  it('assumes month first and says so once', async () => {
    const run = await runSource(`${DIR}/en-mdy.csv`);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatchObject({ code: 'AMBIGUOUS_DATE_ORDER', details: { assumed: 'MM/DD/YYYY', column: 'Date' } });
    expect(run.warnings[0]!.message).toContain('assumed month first (MM/DD/YYYY)');
  });

  it('gives 1250.00 USD from 2 orders after the 48.00 refund, on PDT instants cut in Berlin', async () => {
    const run = await runSource(`${DIR}/en-mdy.csv`);
    expect(sum(run.records, 'orders')).toBe(2);
    expect(sum(run.records, 'revenue')).toBe(1250);
    expect(sum(run.records, 'refunds')).toBe(48);
    expect(run.records.every((r) => r.currency === 'USD')).toBe(true);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({ '2026-09-03': 48, '2026-09-05': 1250, '2026-09-12': -48 });
    expect(run.records.map((r) => r.ref)).toEqual(['LR-2001', 'LR-2002', 'LR-2001']);
    expect(run.description.notes).toBe('1 PayPal row is no sale and not counted: 1 withdrawal, top-up or bank transfer');
    const losAngeles = await runSource(`${DIR}/en-mdy.csv`, 'America/Los_Angeles');
    expect(sumBy(losAngeles.records, byDay, 'revenue')).toEqual({ '2026-09-02': 48, '2026-09-05': 1250, '2026-09-11': -48 });
  });
});

/** [line, Berlin day, currency, ref, orders, revenue, refunds, awaitingOrders, awaitingRevenue] of each record. */
const rowsOf = (records: EmittedRecord[]) =>
  records.map((r) => [r.line, formatDay(r.day), r.currency, r.ref, r.values.orders, r.values.revenue, r.values.refunds, r.values.awaitingOrders, r.values.awaitingRevenue]);

describe('en-card-reader.csv (PayPal Here card reader, Mobile Payment, eCheck pending; transfers, top-up, conversion, hold, memo)', () => {
  it('counts every payment received whatever its type: 6 EUR orders, 1518.00 after the 24.50 refund, and 1 USD order', async () => {
    const run = await runSource(`${DIR}/en-card-reader.csv`);
    expect(rowsOf(run.records)).toEqual([
      [2, '2026-10-02', 'EUR', '', 1, 38, 0, 0, 0],
      [3, '2026-10-03', 'EUR', '', 1, 1240, 0, 0, 0],
      [4, '2026-10-05', 'EUR', 'TB-3001', 1, 24.5, 0, 0, 0],
      [7, '2026-10-08', 'USD', 'TB-3002', 1, 45, 0, 0, 0],
      [13, '2026-10-14', 'EUR', 'TB-3004', 1, 150, 0, 1, 150],
      [14, '2026-10-15', 'EUR', 'TB-3001', 0, -24.5, 24.5, 0, 0],
      [16, '2026-10-27', 'EUR', '', 1, 72, 0, 0, 0],
      [17, '2026-10-31', 'EUR', 'TB-3005', 1, 18, 0, 0, 0],
    ]);
    expect(sumBy(run.records, byCurrency, 'orders')).toEqual({ EUR: 6, USD: 1 });
    expect(sumBy(run.records, byCurrency, 'revenue')).toEqual({ EUR: 1518, USD: 45 });
    expect(sumBy(run.records, byCurrency, 'awaitingRevenue')).toEqual({ EUR: 150, USD: 0 });
    expect(run.exclusions).toEqual({});
    expect(run.warnings).toEqual([]);
  });

  it('names what is no sale: the hold and its reversal, the invoice sent, withdrawal and bank top-up, the conversion pair, the cash back', async () => {
    const run = await runSource(`${DIR}/en-card-reader.csv`);
    expect(run.description.notes).toBe(
      '8 PayPal rows are no sale and not counted: 2 holds or authorisations (or their reversals), 1 memo row (no money moved), 2 withdrawals, top-ups or bank transfers, 2 currency conversions, 1 other row (another type or status)',
    );
    // The bank top-up (+200.00 Credit), the hold reversal (+60.00), the EUR side of the conversion (+36.71) and the
    // cash back (+0.42) are money in, and no sale.
    expect(run.records.some((r) => [6, 9, 11, 12, 15].includes(r.line))).toBe(false);
  });
});

describe('de-ebay.csv (German, eBay-Auktionszahlung)', () => {
  it('counts eBay auction payments and the pending one as awaiting: 5 orders, 1227.99 after the 49.90 refund', async () => {
    const run = await runSource(`${DIR}/de-ebay.csv`);
    expect(rowsOf(run.records)).toEqual([
      [2, '2026-11-03', 'EUR', '', 1, 49.9, 0, 0, 0],
      [3, '2026-11-05', 'EUR', '', 1, 1099, 0, 0, 0],
      [4, '2026-11-06', 'EUR', 'TB-3010', 1, 15, 0, 0, 0],
      [6, '2026-11-09', 'EUR', '', 1, 89, 0, 1, 89],
      [7, '2026-11-12', 'EUR', '', 0, -49.9, 49.9, 0, 0],
      [9, '2026-11-20', 'EUR', '', 1, 24.99, 0, 0, 0],
    ]);
    expect(sum(run.records, 'orders')).toBe(5);
    expect(sum(run.records, 'revenue')).toBe(1227.99);
    expect(sum(run.records, 'refunds')).toBe(49.9);
    expect(run.exclusions).toEqual({});
    expect(run.warnings).toEqual([]);
    expect(run.description.notes).toBe('2 PayPal rows are no sale and not counted: 2 withdrawals, top-ups or bank transfers');
  });
});

describe('pt.csv (Portuguese headers, decimal comma, WEST)', () => {
  it('reads Data/Hora/Fuso horário/Tipo/Status/Moeda/Bruto: 3 orders, 1185.00 after the 64.00 refund; the denied payment is left out', async () => {
    const run = await runSource(`${DIR}/pt.csv`);
    expect(run.source.kind).toBe('paypal-activity');
    expect(rowsOf(run.records)).toEqual([
      [2, '2026-09-14', 'EUR', 'PT-101', 1, 64, 0, 0, 0],
      [3, '2026-09-16', 'EUR', 'PT-102', 1, 1150, 0, 0, 0],
      [5, '2026-09-18', 'EUR', 'PT-101', 0, -64, 64, 0, 0],
      [6, '2026-09-20', 'EUR', 'PT-103', 1, 35, 0, 1, 35],
    ]);
    expect(sum(run.records, 'revenue')).toBe(1185);
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.description.notes).toBe('3 PayPal rows are no sale and not counted: 1 hold or authorisation (or its reversal), 1 withdrawal, top-up or bank transfer, 1 currency conversion');
  });
});

describe('es.csv (Spanish headers, every date 12 or less)', () => {
  it('assumes day first for a Spanish download and says so once, naming the option that reads month first', async () => {
    const run = await runSource(`${DIR}/es.csv`);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatchObject({ code: 'AMBIGUOUS_DATE_ORDER', details: { assumed: 'DD/MM/YYYY', column: 'Fecha' } });
    expect(run.warnings[0]!.message).toContain('--date-order mdy');
  });

  it('reads Fecha/Tipo/Estado/Divisa/Bruto: 4 orders, 1175.50 after the 20.00 refund, 30.00 awaiting', async () => {
    const run = await runSource(`${DIR}/es.csv`);
    expect(rowsOf(run.records)).toEqual([
      [2, '2026-10-01', 'EUR', 'ES-501', 1, 120, 0, 0, 0],
      [3, '2026-10-02', 'EUR', 'ES-502', 1, 45.5, 0, 0, 0],
      [4, '2026-10-04', 'EUR', 'ES-501', 0, -20, 20, 0, 0],
      [6, '2026-10-06', 'EUR', 'ES-503', 1, 30, 0, 1, 30],
      [9, '2026-10-12', 'EUR', 'ES-504', 1, 1000, 0, 0, 0],
    ]);
    expect(sum(run.records, 'revenue')).toBe(1175.5);
    expect(run.exclusions).toEqual({});
    expect(run.description.notes).toBe('3 PayPal rows are no sale and not counted: 2 withdrawals, top-ups or bank transfers, 1 currency conversion');
    // 00:30 CEST on 12 October is 11 October in UTC.
    const utc = await runSource(`${DIR}/es.csv`, 'UTC');
    expect(formatDay(utc.records.find((r) => r.line === 9)!.day)).toBe('2026-10-11');
  });
});

describe('customer data', () => {
  it.each(fixtureFiles)('%s: no record, warning or note carries a customer value', async (name) => {
    const path = `${DIR}/${name}`;
    const values = await personalValues(path);
    expect(values.length).toBeGreaterThan(0);
    const run = await runSource(path);
    const texts = [
      ...messagesOf(run.warnings),
      ...run.warnings.map((warning) => JSON.stringify(warning.details ?? {})),
      run.description.notes ?? '',
      ...run.records.flatMap((r) => [r.campaign, r.source, r.coupon, r.ref, r.campaignId]),
    ];
    for (const text of texts) for (const value of values) expect(text).not.toContain(value);
  });

  it('an error names the file, line and column, never the cell', () => {
    const bad = openText('"Date","Time","TimeZone","Name","Type","Status","Currency","Gross"\n"01/09/2026","10:00:00","CEST","Greta Sommer","Payment","Completed","EUR","12x50"\n');
    expect(bad.run).toThrowError(expect.objectContaining({ code: 'BAD_NUMBER', line: 2 }));
    try {
      bad.run();
    } catch (error) {
      const { message, problem, hint } = error as InputError;
      for (const text of [message, problem, hint]) expect(text).not.toMatch(/Greta|12x50/);
      expect(problem).toContain('"Gross"');
    }
  });
});

describe('inline PayPal downloads', () => {
  const HEADER = '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Transaction ID","Reference Txn ID","Invoice Number","Balance Impact"\n';

  it('a second part over 12 decides month first without a warning', () => {
    const { records, warnings, run } = openText(`${HEADER}"09/05/2026","10:00:00","CEST","A","Payment","Completed","EUR","10.00","T1","","#1","Credit"\n"09/14/2026","10:00:00","CEST","B","Payment","Completed","EUR","20.00","T2","","#2","Credit"\n`);
    run();
    expect(records.map((r) => formatDay(r.day))).toEqual(['2026-09-05', '2026-09-14']);
    expect(warnings).toEqual([]);
  });

  it('an unknown zone takes the date as written and warns once; PST, GMT+01:00 and an empty time work', () => {
    // Line 2: 23:30 in "XYZT" → 1 September as written. Line 3 the same zone again: no second warning.
    // Line 4: 09/02 20:00 PST = 09/03 04:00 UTC = 06:00 Berlin → 3 September. Line 5: 09/04 23:30 GMT+01:00 = 22:30 UTC → 5 September 00:30 Berlin.
    // Line 6: no time → 6 September as written.
    const { records, warnings, run } = openText(
      HEADER +
        '"09/01/2026","23:30:00","XYZT","A","Payment","Completed","EUR","1.00","T1","","","Credit"\n' +
        '"09/01/2026","23:40:00","XYZT","A","Payment","Completed","EUR","1.00","T2","","","Credit"\n' +
        '"09/02/2026","8:00:00 PM","PST","A","Payment","Completed","EUR","1.00","T3","","","Credit"\n' +
        '"09/04/2026","23:30:00","GMT+01:00","A","Payment","Completed","EUR","1.00","T4","","","Credit"\n' +
        '"09/06/2026","","CEST","A","Payment","Completed","EUR","1.00","T5","","","Credit"\n',
    );
    run();
    expect(records.map((r) => formatDay(r.day))).toEqual(['2026-09-01', '2026-09-01', '2026-09-03', '2026-09-05', '2026-09-06']);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['AMBIGUOUS_DATE_ORDER', undefined],
      ['UNKNOWN_TIME_ZONE', 2],
    ]);
    expect(warnings[1]!.message).toContain('"XYZT" is a time zone smroi does not know');
  });

  it('a refund whose payment is not in the file keeps its own invoice; a refund received and a payment sent are no sales', () => {
    // Line 2: refund of an August payment, -15.00, own invoice #0990 → refunds 15. Line 3: a positive Refund (the café got
    // money back for its own purchase) and line 4: a payment the café sent (-30.00, Debit) → notes only.
    const { records, notes, run } = openText(
      HEADER +
        '"01/09/2026","10:00:00","CEST","A","Refund","Completed","EUR","-15.00","T1","AUGUST1","#0990","Debit"\n' +
        '"02/09/2026","10:00:00","CEST","B","Refund","Completed","EUR","12.00","T2","X","","Credit"\n' +
        '"03/09/2026","10:00:00","CEST","C","Express Checkout Payment","Completed","EUR","-30.00","T3","","R-5","Debit"\n' +
        '"13/09/2026","10:00:00","CEST","D","Fee Reversal","Completed","EUR","0.35","T4","","","Credit"\n',
    );
    run();
    expect(records.map((r) => [r.ref, r.values.orders, r.values.revenue, r.values.refunds])).toEqual([['#0990', 0, -15, 15]]);
    expect(notes).toEqual(['3 PayPal rows are no sale and not counted: 1 fee, 1 payment sent by the business, 1 other row (another type or status)']);
  });

  it('reads German thousands ("1.234,56") with the file decimal mark and maps shorter German column sets by name', () => {
    const { records, run } = openText(
      '"Datum","Uhrzeit","Zeitzone","Typ","Status","Währung","Brutto","Transaktionscode","Rechnungsnummer","Zollnummer"\n' +
        '"01.09.2026","10:00:00","MESZ","Zahlung erhalten","Abgeschlossen","EUR","1.234,56","T1","","WC-777"\n' +
        '"02.09.2026","10:00:00","CEST","Überweisung als Zahlungsquelle","Abgeschlossen","EUR","100,00","T2","",""\n',
      ',',
    );
    run();
    expect(records.map((r) => [formatDay(r.day), r.ref, r.values.revenue])).toEqual([['2026-09-01', 'WC-777', 1234.56]]);
  });

  it('a payment without a gross is MISSING_AMOUNT; a missing Gross column is MISSING_COLUMNS; a bad time is BAD_DATE', () => {
    expect(openText(`${HEADER}"01/09/2026","10:00:00","CEST","A","Payment","Completed","EUR","","T1","","","Credit"\n`).run).toThrowError(
      expect.objectContaining({ code: 'MISSING_AMOUNT', line: 2 }),
    );
    expect(openText('"Date","Time","TimeZone","Type","Status","Currency"\n"01/09/2026","10:00:00","CEST","Payment","Completed","EUR"\n').run).toThrowError(
      expect.objectContaining({ code: 'MISSING_COLUMNS', line: 1 }),
    );
    expect(openText(`${HEADER}"01/09/2026","25:00:00","CEST","A","Payment","Completed","EUR","1.00","T1","","","Credit"\n`).run).toThrowError(
      expect.objectContaining({ code: 'BAD_DATE', line: 2 }),
    );
    // An empty gross on a row that is no sale is no error.
    const memo = openText(`${HEADER}"01/09/2026","10:00:00","CEST","A","General Authorization","Pending","EUR","","T1","","","Memo"\n`);
    memo.run();
    expect(memo.records).toEqual([]);
  });
});

function namedValues(values: Float64Array): EmittedRecord['values'] {
  const named: EmittedRecord['values'] = {};
  METRIC_NAMES.forEach((name, index) => {
    if (!Number.isNaN(values[index]!)) named[name] = values[index]!;
  });
  return named;
}

/** Runs paypalActivity.open on CSV text without detection, as the pipeline would after a claim. */
function openText(
  text: string,
  decimal: '.' | ',' = '.',
): { records: EmittedRecord[]; warnings: WarningInput[]; exclusions: Partial<Record<ExclusionReason, number>>; notes: string[]; run: () => void } {
  const rows = tokenize(text, ',');
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter: ',', hasSepLine: false, encoding: 'utf-8' };
  const records: EmittedRecord[] = [];
  const warnings: WarningInput[] = [];
  const notes: string[] = [];
  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  const context: SourceContext = {
    file: 'inline.csv',
    sample,
    decimal,
    cutter: new DayCutter('Europe/Berlin'),
    emit: (record) => records.push({ ...record, values: namedValues(record.values) }),
    warn: (warning) => warnings.push(inEnglish(warning)),
    exclude: (reason, count = 1) => {
      exclusions[reason] = (exclusions[reason] ?? 0) + count;
    },
    describe: (description) => {
      if (description.notes) notes.push(description.notes);
    },
    firstSighting: () => true,
  };
  return {
    records,
    warnings,
    exclusions,
    notes,
    run() {
      records.length = 0;
      warnings.length = 0;
      notes.length = 0;
      const parser = paypalActivity.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
