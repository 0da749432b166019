// Etsy sold orders downloads. Numbers are written out literally from fixtures/etsy-sold-orders/EXPECTED.md
// (hand-worked); the inline CSV texts are worked out in the comments next to each test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { etsySoldOrders } from '../../src/sources/etsy-sold-orders.js';
import { genericLedger } from '../../src/sources/generic-ledger.js';
import { METRIC_NAMES } from '../../src/model/records.js';
import type { ExclusionReason, FileSample, SourceContext } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { reasonInEnglish } from '../helpers/english.js';

const DIR = 'etsy-sold-orders';
const ORDERS = ['EtsySoldOrders2026-9.csv', 'EtsySoldOrders2026-10.txt'];

const sample = (text: string, delimiter = ','): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, delimiter), delimiter, hasSepLine: false, encoding: 'utf-8' });

/** [line, day, currency, ref, coupon, orders, revenue, refunds] of each record. */
const rowsOf = (records: EmittedRecord[]) => records.map((r) => [r.line, formatDay(r.day), r.currency, r.ref, r.coupon, r.values.orders, r.values.revenue, r.values.refunds]);

describe('etsy-sold-orders detection', () => {
  it.each(ORDERS)('%s is an Etsy sold orders download, and only that (the generic ledger also fits, and gives way)', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(etsySoldOrders.detect(sampled.sample)).toBe(true);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('etsy-sold-orders');
  });

  it('skips the Sold Order Items download with a reason, so that its sales do not count twice', async () => {
    const sampled = await sampleFile(join(FIXTURES, DIR, 'EtsySoldOrderItems2026-9.csv'));
    if ('skip' in sampled) throw new Error(reasonInEnglish(sampled.skip));
    expect(etsySoldOrders.detect(sampled.sample)).toBe(false);
    // No kind claims it (the generic ledger knows no amount in it): the skip reason comes from the Etsy kind itself.
    expect(genericLedger.detect(sampled.sample)).toBe(false);
    const detection = detectKind(sampled.sample, SOURCES);
    const reason = 'skip' in detection ? reasonInEnglish(detection.skip) : null;
    expect(reason).toEqual(expect.stringContaining('an Etsy Sold Order Items download'));
    expect(reason).toContain('so that no sale counts twice');
  });

  it('needs Sale Date, Order ID and a total with a column only Etsy writes', () => {
    expect(etsySoldOrders.detect(sample('Sale Date,Order ID,Buyer User ID,Full Name,Order Total\n'))).toBe(true);
    expect(etsySoldOrders.detect(sample('Sale Date\tOrder ID\tOrder Value\tCoupon Details\n', '\t'))).toBe(true);
    expect(etsySoldOrders.detect(sample('Sale Date,Order ID,Order Total,Status\n'))).toBe(false);
    expect(etsySoldOrders.detect(sample('Sale Date,Order ID,Buyer User ID,Full Name\n'))).toBe(false);
    expect(etsySoldOrders.detect(sample('Sale Date,Item Name,Buyer,Order ID,Order Total,Coupon Details\n'))).toBe(false);
    expect(etsySoldOrders.detect(sample(''))).toBe(false);
  });

  it('is a daily ledger of its own dataset', async () => {
    const run = await runSource(`${DIR}/EtsySoldOrders2026-9.csv`);
    expect(run.source).toMatchObject({ kind: 'etsy-sold-orders', title: 'Etsy sold orders download', family: 'ledger', overlap: 'day' });
    expect(run.source.payments).toBeUndefined();
    expect(run.description).toEqual({ dataset: 'etsy-sold-orders', daily: true });
  });
});

describe('EtsySoldOrders2026-9.csv (36 columns, comma, MM/DD/YY, EUR)', () => {
  it('counts 6 orders: 335.93 EUR after the 30.00 partial refund; the cancelled order is left out', async () => {
    const run = await runSource(`${DIR}/EtsySoldOrders2026-9.csv`);
    expect(rowsOf(run.records)).toEqual([
      [2, '2026-09-02', 'EUR', '3401122001', '', 1, 38.9, 0],
      [3, '2026-09-05', 'EUR', '3401122002', 'HERBST15', 1, 55.9, 0],
      [4, '2026-09-09', 'EUR', '3401122003', 'HERBST15', 1, 72, 30],
      [5, '2026-09-13', 'EUR', '3401122004', 'WELCOME10', 1, 27.4, 0],
      [7, '2026-09-24', 'EUR', '3401122006', '', 1, 101.13, 0],
      [8, '2026-09-30', 'EUR', '3401122007', 'HERBST15', 1, 40.6, 0],
    ]);
    expect(sum(run.records, 'orders')).toBe(6);
    expect(sum(run.records, 'revenue')).toBe(335.93);
    expect(sum(run.records, 'refunds')).toBe(30);
    expect(sum(run.records, 'tax')).toBe(7.13);
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.warnings).toEqual([]);
  });

  it('states no payment status: the awaiting slots stay empty', async () => {
    const run = await runSource(`${DIR}/EtsySoldOrders2026-9.csv`);
    expect(run.records.every((r) => r.values.awaitingOrders === undefined && r.values.awaitingRevenue === undefined)).toBe(true);
  });

  it('never carries a buyer value (names, user IDs, addresses) into a record', async () => {
    const run = await runSource(`${DIR}/EtsySoldOrders2026-9.csv`);
    const texts = run.records.flatMap((r) => [r.campaign, r.source, r.coupon, r.ref, r.campaignId]).join('|');
    for (const value of ['Hanna', 'Kofler', 'hanna_k84', 'Gartenweg', 'Graz', 'Portland', 'emily_rose_pdx']) expect(texts).not.toContain(value);
  });
});

describe('EtsySoldOrders2026-10.txt (re-saved by Excel as tab-delimited text, no Currency column)', () => {
  it('reads tabs, m/d/yyyy dates and Excel numbers: 4 orders, 168.35 after the 10.00 partial refund, no currency', async () => {
    const run = await runSource(`${DIR}/EtsySoldOrders2026-10.txt`);
    expect(rowsOf(run.records)).toEqual([
      [2, '2026-10-03', '', '3401122101', 'HERBST15', 1, 51.65, 0],
      [3, '2026-10-08', '', '3401122102', '', 1, 24.9, 10],
      [4, '2026-10-14', '', '3401122103', '', 1, 68.9, 0],
      [5, '2026-10-21', '', '3401122104', '', 1, 22.9, 0],
    ]);
    expect(sum(run.records, 'revenue')).toBe(168.35);
    expect(sum(run.records, 'refunds')).toBe(10);
  });

  it('marks the order without a Date Paid as awaiting its money, the others not', async () => {
    const run = await runSource(`${DIR}/EtsySoldOrders2026-10.txt`);
    expect(run.records.map((r) => [r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      [0, 0],
      [0, 0],
      [1, 68.9],
      [0, 0],
    ]);
  });
});

describe('inline Etsy downloads', () => {
  const HEADER = 'Sale Date,Order ID,Buyer User ID,Currency,Order Total,Coupon Code,Status,Adjusted Order Total\n';

  it('a refunded order gives back its total; a repeated Order ID counts once; several coupons give the first', () => {
    // Line 2: Refunded 20.00 → revenue 0, refunds 20. Line 3: 30.00 with two codes. Line 4: line 3 again → dropped.
    // Line 5: adjusted above the total → no refund (not a refund Etsy records).
    const { records, exclusions, run } = openText(
      HEADER +
        '10/01/26,1,u1,USD,20.00,,Refunded,0.00\n' +
        '10/02/26,2,u2,USD,$30.00,"SAVE10, FREESHIP",Completed,0.00\n' +
        '10/02/26,2,u2,USD,$30.00,"SAVE10, FREESHIP",Completed,0.00\n' +
        '10/13/26,3,u3,USD,15.00,,Completed,16.00\n',
    );
    run();
    expect(records.map((r) => [formatDay(r.day), r.ref, r.coupon, r.currency, r.values.revenue, r.values.refunds])).toEqual([
      ['2026-10-01', '1', '', 'USD', 0, 20],
      ['2026-10-02', '2', 'SAVE10', 'USD', 30, 0],
      ['2026-10-13', '3', '', 'USD', 15, 0],
    ]);
    expect(exclusions).toEqual({ duplicateRowsDropped: 1 });
  });

  it('an order without an Order ID is MISSING_ORDER_ID, without a total MISSING_AMOUNT, a bad date BAD_DATE; no cell is echoed', () => {
    expect(openText(`${HEADER}10/01/26,,Jane Roe,USD,20.00,,Completed,0\n`).run).toThrowError(expect.objectContaining({ code: 'MISSING_ORDER_ID', line: 2 }));
    expect(openText(`${HEADER}10/01/26,7,Jane Roe,USD,,,Completed,0\n`).run).toThrowError(expect.objectContaining({ code: 'MISSING_AMOUNT', line: 2 }));
    const bad = openText(`${HEADER}Jane Roe,7,u7,USD,20.00,,Completed,0\n`);
    expect(bad.run).toThrowError(expect.objectContaining({ code: 'BAD_DATE', line: 2 }));
    try {
      bad.run();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('Jane');
    }
    expect(openText('Sale Date,Buyer User ID,Order Total\n10/01/26,u1,20.00\n').run).toThrowError(expect.objectContaining({ code: 'MISSING_COLUMNS', line: 1 }));
  });
});

function openText(text: string): { records: EmittedRecord[]; exclusions: Partial<Record<ExclusionReason, number>>; run: () => void } {
  const rows = tokenize(text, ',');
  const records: EmittedRecord[] = [];
  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  const context: SourceContext = {
    file: 'inline.csv',
    sample: { fileName: 'inline.csv', text, rows, delimiter: ',', hasSepLine: false, encoding: 'utf-8' },
    decimal: '.',
    cutter: new DayCutter('Europe/Berlin'),
    emit(record) {
      const values: EmittedRecord['values'] = {};
      METRIC_NAMES.forEach((name, index) => {
        if (!Number.isNaN(record.values[index]!)) values[name] = record.values[index]!;
      });
      records.push({ ...record, values });
    },
    warn() {},
    exclude(reason, count = 1) {
      exclusions[reason] = (exclusions[reason] ?? 0) + count;
    },
    describe() {},
    firstSighting: () => true,
  };
  return {
    records,
    exclusions,
    run() {
      records.length = 0;
      const parser = etsySoldOrders.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
