// WooCommerce Analytics orders downloads. Numbers are written out literally from
// fixtures/woocommerce-analytics/EXPECTED.md (hand-worked, checked by a script); inline CSV texts are worked out
// in the comments next to each test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { channelOfSource } from '../../src/join/channels.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { sourceOfOrigin, woocommerceAnalytics } from '../../src/sources/woocommerce-analytics.js';
import { M, type CanonicalRecord, type MetricName } from '../../src/model/records.js';
import type { DecimalMark } from '../../src/read/numbers.js';
import type { FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'woocommerce-analytics';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));

function sumBy(records: EmittedRecord[], key: (record: EmittedRecord) => string, metric: MetricName): Record<string, number> {
  const groups = new Map<string, EmittedRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return Object.fromEntries([...groups].map(([k, group]) => [k, sum(group, metric)]));
}

const byDay = (record: EmittedRecord) => formatDay(record.day);
const bySource = (record: EmittedRecord) => record.source;
const byChannel = (record: EmittedRecord) => channelOfSource(record.source);
const byCampaign = (record: EmittedRecord) => record.campaign;
const byCoupon = (record: EmittedRecord) => record.coupon;

describe('woocommerce-analytics detection', () => {
  it.each(fixtureFiles)('%s is claimed by the WooCommerce Analytics source alone', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(SOURCES.filter((source) => source.detect(sampled.sample)).map((source) => source.kind)).toEqual(['woocommerce-analytics']);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('woocommerce-analytics');
  });

  it('needs date, order number and net sales plus one of the report’s own columns, in English, French, German or Swedish', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });
    expect(woocommerceAnalytics.detect(sample('Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net sales,Attribution\n'))).toBe(true);
    expect(woocommerceAnalytics.detect(sample('Datum,Bestellung #,Status,Kunde,Kundentyp,Produkt(e),Verkaufte Artikel,Gutschein(e),Nettoumsatz,Herkunft\n'))).toBe(true);
    expect(woocommerceAnalytics.detect(sample('Datum,Order #,Status,Kund,Kundtyp,Produkt(er),Sålda artiklar,Kupong(er),Nettoförsäljning,Ursprung\n'))).toBe(true);
    expect(woocommerceAnalytics.detect(sample('Date,Order #,N. Revenue (formatted),Status,Customer,Customer type,Product(s),Items sold,Coupon(s),N. Revenue\n'))).toBe(true);
    // A ledger with date, order and amount alone is not this report.
    expect(woocommerceAnalytics.detect(sample('Date,Order #,Net sales,Status\n'))).toBe(false);
    expect(woocommerceAnalytics.detect(sample('Date,Order #,Status,Customer type,Product(s)\n'))).toBe(false);
    expect(woocommerceAnalytics.detect(sample(''))).toBe(false);
  });

  it('is a daily ledger of its own dataset and says that it reports net sales', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(run.source).toMatchObject({ kind: 'woocommerce-analytics', title: 'WooCommerce Analytics orders download', family: 'ledger', overlap: 'day' });
    expect(run.description).toMatchObject({ dataset: 'woocommerce-analytics', daily: true });
    expect(run.description.notes).toContain('net sales: without tax and shipping, after coupons');
    expect(run.description.notes).toContain('Refunds are negative rows on the day of the refund');
  });
});

describe('en.csv', () => {
  it('gives 10 orders, revenue 368.13 and refunds 41.84; the cancelled order is left out, the on-hold one awaits payment', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    // EXPECTED.md: positive 409.97 − refunds 41.84 = 368.13; 1104 cancelled; 1107 on-hold (41.03) counts, awaiting payment.
    expect(sum(run.records, 'orders')).toBe(10);
    expect(sum(run.records, 'revenue')).toBe(368.13);
    expect(sum(run.records, 'refunds')).toBe(41.84);
    expect(sum(run.records, 'awaitingOrders')).toBe(1);
    expect(sum(run.records, 'awaitingRevenue')).toBe(41.03);
    expect(run.records.find((r) => r.values.awaitingOrders === 1)).toMatchObject({ ref: '1107', line: 9 });
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.records.map((r) => r.ref)).toEqual(['1101', '1102', '1103', '1105', '1106', '1103', '1107', '1108', '1109', '1110', '1110', '1111']);
    expect(run.records.every((r) => r.currency === '' && r.campaignId === '' && r.channel === '')).toBe(true);
  });

  it('books refunds as negative rows on the refund date, with no order', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    // Line 8: 1103's mug returned on 09-10 (`"'-20.92"`); line 13: 1110 refunded in full on 09-25, its positive row (line 12, status refunded) stays.
    const refunds = run.records.filter((r) => r.values.revenue! < 0);
    expect(refunds.map((r) => [r.line, r.ref, formatDay(r.day), r.values.orders, r.values.revenue, r.values.refunds, r.source, r.coupon])).toEqual([
      [8, '1103', '2026-09-10', 0, -20.92, 20.92, '', ''],
      [13, '1110', '2026-09-25', 0, -20.92, 20.92, '', ''],
    ]);
    const order1110 = run.records.find((r) => r.line === 12)!;
    expect([order1110.values.orders, order1110.values.revenue, order1110.values.refunds]).toEqual([1, 20.92, 0]);
  });

  it('sums revenue per day as EXPECTED.md lists it', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({
      '2026-09-01': 25.07,
      '2026-09-02': 16.72,
      '2026-09-03': 44.19,
      '2026-09-06': 35.49,
      '2026-09-08': 27.94,
      '2026-09-10': -20.92,
      '2026-09-12': 41.03,
      '2026-09-14': 11.13,
      '2026-09-19': 164.21,
      '2026-09-24': 20.92,
      '2026-09-25': -20.92,
      '2026-09-30': 23.27,
    });
  });

  it('takes the source from the Origin label and never a campaign', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(sumBy(run.records, bySource, 'revenue')).toEqual({ Facebook: 230.31, Google: 39.99, 'L.instagram.com': 65.11, Ig: 35.49, '': -2.77 });
    expect(sumBy(run.records, byChannel, 'revenue')).toEqual({ facebook: 230.31, google: 39.99, instagram: 100.6, '': -2.77 });
    expect(sumBy(run.records, byCampaign, 'revenue')).toEqual({ '': 368.13 });
  });

  it('takes the first code of Coupon(s)', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    // Line 6 lists `herbst10, stammkunde5`.
    expect(run.records.find((r) => r.line === 6)!.coupon).toBe('herbst10');
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ herbst10: 224.77, '': 143.36 });
  });
});

describe('fr.csv (French header of ledgers.md §2.1)', () => {
  it('gives 4 orders, revenue 228.88 and refunds 19.78; the failed order is left out', async () => {
    const run = await runSource(`${DIR}/fr.csv`);
    expect(sum(run.records, 'orders')).toBe(4);
    expect(sum(run.records, 'revenue')).toBe(228.88);
    expect(sum(run.records, 'refunds')).toBe(19.78);
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({ '2026-09-04': 13.93, '2026-09-09': 39.56, '2026-09-15': 167.23, '2026-09-17': -19.78, '2026-09-22': 27.94 });
  });

  it('reads the translated origin labels (`Source : Instagram`, space before the colon)', async () => {
    const run = await runSource(`${DIR}/fr.csv`);
    expect(sumBy(run.records, bySource, 'revenue')).toEqual({ Instagram: 13.93, Google: 39.56, 'L.facebook.com': 167.23, '': 8.16 });
    expect(sumBy(run.records, byChannel, 'revenue')).toEqual({ instagram: 13.93, google: 39.56, facebook: 167.23, '': 8.16 });
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ '': 189.32, rentree15: 39.56 });
  });
});

describe('extra-server-export.csv (older e-mailed export: BOM, N. Revenue, unquoted apostrophe)', () => {
  it('reads N. Revenue, not the formatted total, with the decimal mark of the amount column', async () => {
    const run = await runSource(`${DIR}/extra-server-export.csv`);
    // `N. Revenue (formatted)` holds `33,90 €` (decimal comma); N. Revenue is raw: 27.85, 40, 20.92, '-9.35.
    expect(run.records.map((r) => [r.line, r.ref, formatDay(r.day), r.values.orders, r.values.revenue, r.values.refunds, r.coupon])).toEqual([
      [2, '1201', '2026-09-02', 1, 27.85, 0, ''],
      [3, '1202', '2026-09-04', 1, 40, 0, 'herbst10'],
      [4, '1203', '2026-09-09', 1, 20.92, 0, ''],
      [5, '1202', '2026-09-11', 0, -9.35, 9.35, ''],
    ]);
    expect(sum(run.records, 'revenue')).toBe(79.42);
    expect(run.records.every((r) => r.source === '')).toBe(true);
  });
});

describe('extra-excel-resave-ymd.csv (re-saved by an Excel that writes 2025/12/31 11:23)', () => {
  it('reads year-first slashed dates across New Year: 3 orders, 65.06 after the 20.92 refund', async () => {
    const run = await runSource(`${DIR}/extra-excel-resave-ymd.csv`);
    expect(run.records.map((r) => [r.line, r.ref, formatDay(r.day), r.values.orders, r.values.revenue, r.values.refunds, r.source, r.coupon])).toEqual([
      [2, '1301', '2025-12-28', 1, 25.07, 0, 'Facebook', 'herbst10'],
      [3, '1302', '2025-12-29', 1, 16.72, 0, 'Google', ''],
      [4, '1303', '2025-12-31', 1, 44.19, 0, 'L.instagram.com', ''],
      [6, '1303', '2026-01-02', 0, -20.92, 20.92, '', ''],
    ]);
    expect(sum(run.records, 'orders')).toBe(3);
    expect(sum(run.records, 'revenue')).toBe(65.06);
    expect(sum(run.records, 'refunds')).toBe(20.92);
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.warnings).toEqual([]);
  });
});

describe('a German download re-saved by Excel (ledgers.md §9)', () => {
  it('reads `;`, dotted dates, decimal commas, German labels and the apostrophe before a negative amount', () => {
    // Labels are the German guesses; 1101 on 01.09. (25,07, Quelle: Facebook), its refund on 03.09. ('-5,50).
    const text = [
      'Datum;Bestellung #;Status;Kunde;Kundentyp;Produkt(e);Verkaufte Artikel;Gutschein(e);Nettoumsatz;Herkunft',
      '01.09.2026 09:14;1101;Abgeschlossen;Lena Hoffmann;new;2× Hausmischung;2;herbst10;25,07;Quelle: Facebook',
      "03.09.2026 10:00;1101;Abgeschlossen;Lena Hoffmann;new;2× Hausmischung;'-1;;'-5,50;Unbekannt",
    ].join('\r\n');
    const { records, run } = openText(text, ';', ',');
    run();
    expect(records.map((r) => [r.ref, formatDay(r.day), r.values[M.orders], r.values[M.revenue], r.values[M.refunds], r.source, r.coupon])).toEqual([
      ['1101', '2026-09-01', 1, 25.07, 0, 'Facebook', 'herbst10'],
      ['1101', '2026-09-03', 0, -5.5, 5.5, '', ''],
    ]);
  });
});

describe('origin labels', () => {
  it('keep the source after the first colon; labels without one give none', () => {
    expect(sourceOfOrigin('Source: Facebook')).toBe('Facebook');
    expect(sourceOfOrigin('Organic: Google')).toBe('Google');
    expect(sourceOfOrigin('Referral: l.instagram.com')).toBe('l.instagram.com');
    expect(sourceOfOrigin('Referral: https://l.instagram.com/')).toBe('https://l.instagram.com/');
    expect(sourceOfOrigin('Quelle: Facebook')).toBe('Facebook');
    expect(sourceOfOrigin('Källa: Instagram')).toBe('Instagram');
    expect(sourceOfOrigin('Source\u00a0: Facebook')).toBe('Facebook');
    for (const label of ['Direct', 'Direkt', 'Web admin', 'Mobile app', 'Unknown', 'Unbekannt', 'Inconnu', '']) expect(sourceOfOrigin(label)).toBe('');
    expect(channelOfSource(sourceOfOrigin('Referral: L.instagram.com'))).toBe('instagram');
    expect(channelOfSource(sourceOfOrigin('Source: Ig'))).toBe('instagram');
  });
});

describe('statuses', () => {
  it('leaves out cancelled, failed and unfinished (pending payment) orders in English, German, French and Swedish; counts on-hold as awaiting payment', () => {
    const header = 'Date,Order #,Status,Customer,Customer type,Net sales\n';
    const rows = [
      ['Completed', 10], ['Processing', 10], ['Refunded', 10], ['Abgeschlossen', 10], ['Terminée', 10], ['Slutförd', 10],
      ['Cancelled', 1], ['Storniert', 1], ['Annulée', 1], ['Avbruten', 1],
      ['Failed', 1], ['Fehlgeschlagen', 1], ['Échouée', 1], ['Misslyckad', 1],
      // On hold waits for a bank transfer or cheque: an order, awaiting payment (100 each).
      ['On hold', 100], ['on-hold', 100], ['In Wartestellung', 100], ['En attente', 100], ['Pausad', 100],
      // Pending payment is a checkout never completed: no sale.
      ['pending', 1], ['Pending payment', 1], ['Zahlung ausstehend', 1], ['Attente paiement', 1], ['Väntar på betalning', 1], ['checkout-draft', 1],
    ] as const;
    const text = header + rows.map(([status, amount], i) => `2026-09-01 10:00:00,${100 + i},${status},Jane Roe,new,${amount}`).join('\n');
    const { records, exclusions, run } = openText(text);
    run();
    // Kept: 6 paid × 10 + 5 on hold × 100 = 560.00 in 11 orders, of which 5 (500.00) await payment.
    expect(records).toHaveLength(11);
    expect(records.reduce((total, r) => total + r.values[M.revenue]!, 0)).toBe(560);
    expect(records.reduce((total, r) => total + r.values[M.awaitingOrders]!, 0)).toBe(5);
    expect(records.reduce((total, r) => total + r.values[M.awaitingRevenue]!, 0)).toBe(500);
    expect(exclusions).toEqual({ cancelledOrders: 4, failedOrders: 4, pendingOrders: 6 });
  });
});

describe('malformed downloads', () => {
  it('a bad amount is BAD_NUMBER naming the column; no message echoes a customer', () => {
    const text = 'Date,Order #,Status,Customer,Customer type,Net sales\n2026-09-01 10:00:00,1,completed,Lena Hoffmann,new,12x\n';
    const error = captured(openText(text).run);
    expect(error).toMatchObject({ code: 'BAD_NUMBER', line: 2 });
    expect(error.problem).toContain('"Net sales"');
    for (const message of [error.message, error.problem, error.hint]) {
      expect(message).not.toContain('Lena');
      expect(message).not.toContain('Hoffmann');
      expect(message).not.toContain('12x');
    }
  });

  it('a row without order number is MISSING_ORDER_ID, a bad date BAD_DATE, a missing Net sales column MISSING_COLUMNS', () => {
    const header = 'Date,Order #,Status,Customer,Customer type,Net sales\n';
    expect(captured(openText(`${header}2026-09-01,,completed,Lena Hoffmann,new,10\n`).run)).toMatchObject({ code: 'MISSING_ORDER_ID', line: 2 });
    expect(captured(openText(`${header}2026-09-31,7,completed,Lena Hoffmann,new,10\n`).run)).toMatchObject({ code: 'BAD_DATE', line: 2 });
    expect(captured(openText('Date,Order #,Status,Customer type,Product(s)\n2026-09-01,7,completed,new,x\n').run)).toMatchObject({ code: 'MISSING_COLUMNS', line: 1 });
  });

  it('no fixture gives a warning', async () => {
    for (const name of fixtureFiles) expect((await runSource(`${DIR}/${name}`)).warnings).toEqual([]);
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

/** Runs woocommerceAnalytics.open on CSV text without detection, as the pipeline would after a claim. */
function openText(
  text: string,
  delimiter = ',',
  decimal: DecimalMark = '.',
): { records: CanonicalRecord[]; warnings: WarningInput[]; exclusions: Record<string, number>; run: () => void } {
  const rows = tokenize(text, delimiter);
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter, hasSepLine: false, encoding: 'utf-8' };
  const records: CanonicalRecord[] = [];
  const warnings: WarningInput[] = [];
  const exclusions: Record<string, number> = {};
  const context: SourceContext = {
    file: 'inline.csv',
    sample,
    decimal,
    cutter: new DayCutter('Europe/Berlin'),
    emit: (record) => records.push({ ...record, values: record.values.slice() }),
    warn: (warning) => warnings.push(inEnglish(warning)),
    exclude: (reason, count = 1) => {
      exclusions[reason] = (exclusions[reason] ?? 0) + count;
    },
    describe: () => {},
    firstSighting: () => true,
  };
  return {
    records,
    warnings,
    exclusions,
    run() {
      const parser = woocommerceAnalytics.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
