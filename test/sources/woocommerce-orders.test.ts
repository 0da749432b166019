// WooCommerce plugin order exports (WebToffee, Advanced Order Export). Numbers are written out literally from
// fixtures/woocommerce-orders/EXPECTED.md (hand-worked, checked by a script); inline CSV texts are worked out in
// the comments next to each test.
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
import { attributedSource, woocommerceOrders } from '../../src/sources/woocommerce-orders.js';
import { M, type CanonicalRecord, type MetricName } from '../../src/model/records.js';
import type { FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'woocommerce-orders';
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

const webtoffee = () => runSource(`${DIR}/webtoffee-attribution.csv`);

describe('woocommerce-orders detection', () => {
  it.each(fixtureFiles)('%s is claimed by no other specific source', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    const claims = SOURCES.filter((source) => source.detect(sampled.sample)).map((source) => source.kind);
    expect(claims.filter((kind) => kind !== 'generic-ledger')).toEqual(['woocommerce-orders']);
  });

  // The WebToffee header also matches the generic ledger's aliases (`order_id`, `order_date`, `order_total`);
  // detection lets the specific kind win.
  it.each(fixtureFiles)('%s is detected as a WooCommerce order export', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('woocommerce-orders');
  });

  it('recognises WebToffee’s header, Advanced Order Export’s header or order attribution meta columns', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });
    expect(woocommerceOrders.detect(sample('order_id,order_number,order_date,paid_date,status,order_total,order_currency\n'))).toBe(true);
    expect(woocommerceOrders.detect(sample('Order Number,Order Status,Order Date,Item #,SKU,Order Total Amount\n'))).toBe(true);
    expect(woocommerceOrders.detect(sample('Bestellnummer,Datum,Summe,meta:_wc_order_attribution_utm_source\n'))).toBe(true);
    expect(woocommerceOrders.detect(sample('Order Number,Order Date,Order Total,_wc_order_attribution_utm_campaign\n'))).toBe(true);
    // Neither: a generic ledger, a TikTok Shop export, an attribution key without any order column.
    expect(woocommerceOrders.detect(sample('Order Date,Order Number,Order Total\n'))).toBe(false);
    expect(woocommerceOrders.detect(sample('Order ID,Order Status,Created Time,Order Amount,Order Refund Amount\n'))).toBe(false);
    expect(woocommerceOrders.detect(sample('campaign,_wc_order_attribution_utm_source,clicks\n'))).toBe(false);
    expect(woocommerceOrders.detect(sample(''))).toBe(false);
  });

  it('is a daily ledger of its own dataset and says what the totals hold', async () => {
    const run = await runSource(`${DIR}/advanced-order-export.csv`);
    expect(run.source).toMatchObject({ kind: 'woocommerce-orders', title: 'WooCommerce order export (plugin)', family: 'ledger', overlap: 'day' });
    expect(run.description).toMatchObject({ dataset: 'woocommerce-orders', daily: true });
    expect(run.description.notes).toContain('include tax and shipping');
  });
});

describe('webtoffee-attribution.csv', () => {
  it('gives 8 kept orders, revenue 333.52 and refunds 44.70 in EUR; the cancelled order is left out, the on-hold one awaits payment', async () => {
    const run = await webtoffee();
    // EXPECTED.md: totals 378.22 − refunds (3003 29.80 + 3004 14.90) = 333.52; 3006 on-hold (41.00) awaits a bank transfer.
    expect(sum(run.records, 'orders')).toBe(8);
    expect(sum(run.records, 'revenue')).toBe(333.52);
    expect(sum(run.records, 'refunds')).toBe(44.7);
    expect(sum(run.records, 'awaitingOrders')).toBe(1);
    expect(sum(run.records, 'awaitingRevenue')).toBe(41);
    expect(run.records.find((r) => r.values.awaitingOrders === 1)!.ref).toBe('3006');
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.records.map((r) => [r.line, r.ref])).toEqual([
      [2, '3001'],
      [3, '3002'],
      [4, '3003'],
      [5, '3004'],
      [7, '3006'],
      [8, '3007'],
      [9, '3008'],
      [10, '3009'],
    ]);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
  });

  it('subtracts refund_items on the order day', async () => {
    const run = await webtoffee();
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({
      '2026-09-01': 31.72,
      '2026-09-03': 44.7,
      '2026-09-05': 0,
      '2026-09-08': 49.5,
      '2026-09-12': 41,
      '2026-09-14': 38.5,
      '2026-09-19': 104.7,
      '2026-09-30': 23.4,
    });
    expect(sumBy(run.records, byDay, 'refunds')).toMatchObject({ '2026-09-05': 29.8, '2026-09-08': 14.9 });
  });

  it('takes the campaign from meta:_wc_order_attribution_utm_campaign, IDs as exact strings', async () => {
    const run = await webtoffee();
    expect(sumBy(run.records, byCampaign, 'revenue')).toEqual({ herbst_aktion_2026: 31.72, '120246849180540596': 23.4, '': 278.4 });
    expect(sumBy(run.records, byCampaign, 'orders')).toMatchObject({ herbst_aktion_2026: 2 });
  });

  it('takes the source from UTM source / medium, else from the referrer host and source type', async () => {
    const run = await webtoffee();
    expect(sumBy(run.records, bySource, 'revenue')).toEqual({
      'facebook / paid': 31.72,
      'google / organic': 44.7,
      'instagram / social': 0,
      'l.instagram.com / referral': 49.5,
      '': 79.5,
      '(direct)': 104.7,
      'fb / paid': 23.4,
    });
    expect(sumBy(run.records, byChannel, 'revenue')).toEqual({ facebook: 55.12, google: 44.7, instagram: 49.5, '': 184.2 });
  });

  it('takes the first code of coupon_items', async () => {
    const run = await webtoffee();
    // 3008: `code:stammkunde5|amount:5.00;code:herbst10|amount:10.00`.
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ herbst10: 31.72, '': 197.1, stammkunde5: 104.7 });
  });
});

describe('advanced-order-export.csv (one row per line item)', () => {
  it('collapses the line items into 4 kept orders, revenue 157.70, refunds 45.82', async () => {
    const run = await runSource(`${DIR}/advanced-order-export.csv`);
    expect(run.records.map((r) => [r.line, r.ref, formatDay(r.day), r.values.orders, r.values.revenue, r.values.refunds, r.coupon])).toEqual([
      [2, '4001', '2026-09-02', 1, 36.72, 0, 'herbst10'],
      [4, '4002', '2026-09-07', 1, 0, 24.9, ''],
      [5, '4003', '2026-09-13', 1, expect.closeTo(68.68, 9), 20.92, ''],
      [9, '4005', '2026-09-28', 1, 52.3, 0, 'stammkunde5'],
    ]);
    expect(sum(run.records, 'revenue')).toBe(157.7);
    expect(sum(run.records, 'refunds')).toBe(45.82);
    // German status names: Storniert (4004) and Zahlung ausstehend (4006, "Pending payment": a checkout never paid, no sale).
    expect(run.exclusions).toEqual({ cancelledOrders: 1, pendingOrders: 1 });
    // A status column states payment status: no kept order awaits payment.
    expect(run.records.map((r) => [r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
    expect(run.records.every((r) => r.campaign === '' && r.source === '' && r.currency === '')).toBe(true);
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ herbst10: 36.72, '': 68.68, stammkunde5: 52.3 });
  });

  it('reads further line items whose order columns are left empty (order fields on the first row only)', () => {
    // Order 9: rows 2–3, the coupon on the second item; a row with a total but no number is an error.
    const text = [
      'Order Number,Order Status,Order Date,Item #,Coupon Code,Order Refund Amount,Order Total Amount',
      '9,Completed,2026-09-05 10:00,1,,2.00,40.00',
      ',,,2,herbst10,,',
      '10,Completed,2026-09-06 10:00,1,,,15.00',
    ].join('\n');
    const { records, run } = openText(text);
    run();
    expect(records.map((r) => [r.ref, r.line, r.values[M.revenue], r.values[M.refunds], r.coupon])).toEqual([
      ['9', 2, 38, 2, 'herbst10'],
      ['10', 4, 15, 0, ''],
    ]);
    expect(captured(openText(text.replace(',,,2,herbst10,,', ',,,2,herbst10,,12.00')).run)).toMatchObject({ code: 'MISSING_ORDER_ID', line: 3 });
  });

  it('uses the line refunds when the export has no Order Refund Amount', () => {
    // Order 7: two rows, line refunds 5.00 + 2.50 → refund 7.50 of total 30.00; order 8: no refund.
    const text = [
      'Order Number,Order Status,Order Date,Item #,Order Line Total Refunded,Coupon Code,Order Total Amount',
      '7,Completed,2026-09-03 10:00,1,5.00,,30.00',
      '7,Completed,2026-09-03 10:00,2,2.50,sommer5,30.00',
      '8,Completed,2026-09-04 11:00,1,,,12.00',
    ].join('\n');
    const { records, run } = openText(text);
    run();
    expect(records.map((r) => [r.ref, r.line, r.values[M.revenue], r.values[M.refunds], r.coupon])).toEqual([
      ['7', 2, 22.5, 7.5, 'sommer5'],
      ['8', 4, 12, 0, ''],
    ]);
  });
});

describe('statuses: on-hold awaits payment, pending is no sale', () => {
  it('counts on-hold (bank transfer, cheque) as an order awaiting payment and leaves out pending and checkout-draft', () => {
    // WebToffee slugs, Advanced Order Export labels in English, German and Swedish:
    //   21 completed 10.00 · 22 processing 20.00 · 23 on-hold 30.00 (awaiting) · 24 wc-on-hold 40.00, refund 5.00 (awaiting 35.00)
    //   25 In Wartestellung 50.00 (awaiting) · 26 Pausad 60.00 (awaiting) · 27 pending 70.00 · 28 Pending payment 80.00
    //   29 Zahlung ausstehend 90.00 · 30 Väntar på betalning 100.00 · 31 checkout-draft 110.00 (27–31: no sale)
    // Kept: 21–26, 6 orders, revenue 10 + 20 + 30 + 35 + 50 + 60 = 205.00; awaiting 23–26: 4 orders, 30 + 35 + 50 + 60 = 175.00.
    const rows = [
      ['21', 'completed', '10.00', ''], ['22', 'processing', '20.00', ''], ['23', 'on-hold', '30.00', ''], ['24', 'wc-on-hold', '40.00', '5.00'],
      ['25', 'In Wartestellung', '50.00', ''], ['26', 'Pausad', '60.00', ''], ['27', 'pending', '70.00', ''], ['28', 'Pending payment', '80.00', ''],
      ['29', 'Zahlung ausstehend', '90.00', ''], ['30', 'Väntar på betalning', '100.00', ''], ['31', 'checkout-draft', '110.00', ''],
    ];
    const text = ['Order Number,Order Status,Order Date,Item #,Order Refund Amount,Order Total Amount', ...rows.map(([n, status, total, refund]) => `${n},${status},2026-09-05 10:00,1,${refund},${total}`)].join('\n');
    const { records, exclusions, run } = openText(text);
    run();
    expect(records.map((r) => [r.ref, r.values[M.orders], r.values[M.revenue], r.values[M.awaitingOrders], r.values[M.awaitingRevenue]])).toEqual([
      ['21', 1, 10, 0, 0],
      ['22', 1, 20, 0, 0],
      ['23', 1, 30, 1, 30],
      ['24', 1, 35, 1, 35],
      ['25', 1, 50, 1, 50],
      ['26', 1, 60, 1, 60],
    ]);
    expect(exclusions).toEqual({ pendingOrders: 5 });
  });

  it('states no payment status when the export has no status column', () => {
    const { records, run } = openText('order_id,order_number,order_date,paid_date,order_total\n1,1001,2026-09-05 10:00:00,,25.00\n');
    run();
    expect(records).toHaveLength(1);
    expect(Number.isNaN(records[0]!.values[M.awaitingOrders]!)).toBe(true);
    expect(Number.isNaN(records[0]!.values[M.awaitingRevenue]!)).toBe(true);
  });
});

describe('attribution and refunds', () => {
  it('attributedSource prefers UTM, then the referrer host with the source type', () => {
    expect(attributedSource('facebook', 'paid', 'utm', 'https://l.facebook.com/')).toBe('facebook / paid');
    expect(attributedSource('google', '', 'organic', '')).toBe('google');
    expect(attributedSource('', '', 'referral', 'https://L.Instagram.com/stories/x')).toBe('l.instagram.com / referral');
    expect(attributedSource('', '', 'typein', '')).toBe('(direct)');
    expect(attributedSource('', '', 'admin', '')).toBe('');
    expect(channelOfSource(attributedSource('', '', 'referral', 'https://l.instagram.com/'))).toBe('instagram');
  });

  it('a refunded order without refund data is refunded in full; refunds above the total are capped with a warning that names no customer', () => {
    const text = [
      'order_id,order_number,order_date,paid_date,status,order_total,order_currency,billing_first_name,billing_last_name,refund_items',
      '1,A1,2026-09-01 10:00:00,,wc-refunded,20.00,EUR,Greta,Wolf,',
      '2,A2,2026-09-02 10:00:00,,completed,10.00,EUR,Greta,Wolf,amount:8.00|reason:Greta Wolf wollte nicht|date:2026-09-03 10:00:00;amount:4.00|reason:|date:2026-09-04 10:00:00',
    ].join('\n');
    const { records, warnings, run } = openText(text);
    run();
    expect(records.map((r) => [r.ref, r.values[M.revenue], r.values[M.refunds]])).toEqual([
      ['A1', 0, 20],
      ['A2', 0, 10],
    ]);
    expect(warnings).toMatchObject([{ code: 'REFUND_EXCEEDS_TOTAL', line: 3 }]);
    expect(warnings[0]!.message).not.toMatch(/Greta|Wolf|wollte/);
  });

  it('reads an export of another plugin by its attribution meta columns', () => {
    const text = 'Bestellnummer;Datum;Status;Summe;meta:_wc_order_attribution_utm_source;meta:_wc_order_attribution_utm_campaign\nC1;05.09.2026;Abgeschlossen;1.250,00;ig;herbst_aktion_2026\n';
    const rows = tokenize(text, ';');
    const sample: FileSample = { fileName: 'x.csv', text, rows, delimiter: ';', hasSepLine: false, encoding: 'utf-8' };
    expect(woocommerceOrders.detect(sample)).toBe(true);
    const { records, run } = openText(text, ';');
    run();
    expect(records.map((r) => [r.ref, formatDay(r.day), r.values[M.revenue], r.source, r.campaign])).toEqual([['C1', '2026-09-05', 1250, 'ig', 'herbst_aktion_2026']]);
  });

  it('reads `(none)` as no value', () => {
    const text = 'order_number,order_date,order_total,meta:_wc_order_attribution_utm_source,meta:_wc_order_attribution_utm_medium,meta:_wc_order_attribution_utm_campaign\nB1,2026-09-01 10:00:00,5.00,(direct),(none),(none)\n';
    const { records, run } = openText(text);
    run();
    expect(records.map((r) => [r.source, r.campaign])).toEqual([['(direct)', '']]);
  });
});

describe('malformed exports', () => {
  it('a bad total is BAD_NUMBER naming the column; no message echoes personal data', () => {
    const text = 'order_id,order_number,order_date,paid_date,status,order_total,billing_email,customer_note\n1,A1,2026-09-01 10:00:00,,completed,12x,greta.wolf@example.com,Bitte klingeln\n';
    const error = captured(openText(text).run);
    expect(error).toMatchObject({ code: 'BAD_NUMBER', line: 2 });
    expect(error.problem).toContain('"order_total"');
    for (const message of [error.message, error.problem, error.hint]) expect(message).not.toMatch(/greta|klingeln|12x/i);
  });

  it('missing order number is MISSING_ORDER_ID, a missing total column MISSING_COLUMNS, a bad refund_items amount BAD_NUMBER', () => {
    const header = 'order_id,order_number,order_date,paid_date,status,order_total,refund_items\n';
    expect(captured(openText(`${header}1,,2026-09-01 10:00:00,,completed,10.00,\n`).run)).toMatchObject({ code: 'MISSING_ORDER_ID', line: 2 });
    expect(captured(openText(`${header}1,A1,2026-09-01 10:00:00,,completed,10.00,amount:zehn|reason:x\n`).run)).toMatchObject({ code: 'BAD_NUMBER', line: 2 });
    expect(captured(openText('Order Number,Order Status,Order Date,Item #\n1,Completed,2026-09-01,1\n').run)).toMatchObject({ code: 'MISSING_COLUMNS', line: 1 });
  });

  it('no fixture gives a warning', async () => {
    const runs = [await webtoffee(), await runSource(`${DIR}/advanced-order-export.csv`)];
    for (const run of runs) expect(run.warnings).toEqual([]);
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

/** Runs woocommerceOrders.open on CSV text without detection, as the pipeline would after a claim. */
function openText(text: string, delimiter = ','): { records: CanonicalRecord[]; warnings: WarningInput[]; exclusions: Record<string, number>; run: () => void } {
  const rows = tokenize(text, delimiter);
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter, hasSepLine: false, encoding: 'utf-8' };
  const records: CanonicalRecord[] = [];
  const warnings: WarningInput[] = [];
  const exclusions: Record<string, number> = {};
  const context: SourceContext = {
    file: 'inline.csv',
    sample,
    decimal: '.',
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
      const parser = woocommerceOrders.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
