// Shopify orders exports. Numbers are written out literally: for the shared fixtures they come from
// fixtures/shopify-orders/EXPECTED.md (hand-worked); for the extra-*.csv fixtures added with this
// adapter they are worked out in the comments next to each test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { readUtm, shopifyOrders } from '../../src/sources/shopify-orders.js';
import type { CanonicalRecord, MetricName } from '../../src/model/records.js';
import type { FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';

const DIR = 'shopify-orders';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));

function sumBy(records: EmittedRecord[], key: (record: EmittedRecord) => string, metric: MetricName): Record<string, number> {
  const groups = new Map<string, EmittedRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return Object.fromEntries([...groups].map(([k, group]) => [k, sum(group, metric)]));
}

const byDay = (record: EmittedRecord) => formatDay(record.day);
const byCampaign = (record: EmittedRecord) => record.campaign;
const byCoupon = (record: EmittedRecord) => record.coupon;
const bySource = (record: EmittedRecord) => record.source;
const inSeptember = (record: EmittedRecord) => formatDay(record.day) >= '2026-09-01' && formatDay(record.day) <= '2026-09-30';

/** Personal values of a fixture (e-mails, customer names, addresses, phones, notes): no message may echo them. */
async function personalValues(relativePath: string): Promise<string[]> {
  const sampled = await sampleFile(join(FIXTURES, relativePath));
  if ('skip' in sampled) throw new Error(sampled.skip);
  const [header, ...rows] = sampled.sample.rows;
  const personal = header!.cells
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => /^(email|phone|notes|billing (name|street|address1|city|phone)|shipping (name|street|address1|city|phone))$/i.test(name));
  const values = new Set<string>();
  for (const row of rows) for (const { index } of personal) if ((row.cells[index] ?? '').trim().length >= 4) values.add(row.cells[index]!.trim());
  return [...values];
}

async function failure(relativePath: string): Promise<InputError> {
  const error = await runSource(relativePath).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

async function expectNoPersonalData(relativePath: string, texts: string[]): Promise<void> {
  const values = await personalValues(relativePath);
  expect(values.length).toBeGreaterThan(0);
  for (const text of texts) for (const value of values) expect(text).not.toContain(value);
}

const messagesOf = (warnings: WarningInput[]) => warnings.map((warning) => warning.message);

describe('shopify-orders detection', () => {
  it.each(fixtureFiles)('%s is detected as a Shopify orders export', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(shopifyOrders.detect(sampled.sample)).toBe(true);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('shopify-orders');
  });

  it('needs Name, Financial Status, Lineitem quantity and Created at, in any position', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });
    expect(shopifyOrders.detect(sample('Created at,Lineitem quantity,Total,Financial Status,Name\n'))).toBe(true);
    expect(shopifyOrders.detect(sample('\nName,Financial Status,Created at,Lineitem quantity\n'))).toBe(true);
    expect(shopifyOrders.detect(sample('Name,Financial Status,Created at,Total\n'))).toBe(false);
    expect(shopifyOrders.detect(sample('Name,Lineitem quantity,Created at,Total\n'))).toBe(false);
    expect(shopifyOrders.detect(sample('Name,Financial Status,Lineitem quantity,Paid at\n'))).toBe(false);
    expect(shopifyOrders.detect(sample(''))).toBe(false);
  });

  it('is a daily ledger of its own dataset', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    expect(run.source).toMatchObject({ kind: 'shopify-orders', title: 'Shopify orders export', family: 'ledger', overlap: 'day' });
    expect(run.description).toEqual({ dataset: 'shopify-orders', daily: true });
  });
});

describe('orders-2026-79col.csv (header a, 79 columns)', () => {
  it('collapses 18 records into one record per kept order, from its first physical line', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // EXPECTED.md: 10 orders; #1045 (refunded + cancelled) and #1047 (voided + cancelled) are not emitted; #1046
    // (pending, Bank Deposit) is an order awaiting payment and is.
    expect(run.records.map((r) => r.ref)).toEqual(['#1041', '#1042', '#1043', '#1044', '#1046', '#1048', '#1049', '#1050']);
    expect(run.records.map((r) => r.line)).toEqual([2, 3, 9, 14, 19, 24, 31, 33]);
    expect(run.records.every((r) => r.values.orders === 1)).toBe(true);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
    expect(run.warnings).toEqual([]);
  });

  it('excludes the cancelled orders and counts the pending one as awaiting payment', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // #1045 and #1047 have `Cancelled at` (which decides over voided).
    expect(run.exclusions).toEqual({ cancelledOrders: 2 });
    // #1046 pending (Paid at empty, Bank Deposit), Total 40.23: awaiting 1 order, 40.23; every other order 0.
    const awaiting = run.records.map((r) => [r.ref, r.values.awaitingOrders, r.values.awaitingRevenue]);
    expect(awaiting.filter(([, orders]) => orders === 1)).toEqual([['#1046', 1, 40.23]]);
    expect(awaiting.filter(([, orders]) => orders === 0)).toHaveLength(7);
    expect(run.records.every((r) => r.values.awaitingRevenue === (r.ref === '#1046' ? 40.23 : 0))).toBe(true);
  });

  it('gives revenue = Total − Refunded Amount and refunds, in September and in the whole file', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    const september = run.records.filter(inSeptember);
    // EXPECTED.md "Kept": 7 orders incl. the pending #1046, totals 300.80, refunds 9.90 (#1043), revenue 290.90.
    expect(sum(september, 'orders')).toBe(7);
    expect(sum(september, 'revenue')).toBe(290.9);
    expect(sum(september, 'refunds')).toBe(9.9);
    expect(sum(september, 'awaitingOrders')).toBe(1);
    expect(sum(september, 'awaitingRevenue')).toBe(40.23);
    // Whole file adds #1041 (31 August, 34.70): 325.60.
    expect(sum(run.records, 'orders')).toBe(8);
    expect(sum(run.records, 'revenue')).toBe(325.6);
  });

  it('puts every order on its local day (Europe/Berlin = the shop offset +0200)', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // EXPECTED.md "Per local day", with #1043 net of its 9.90 refund (39.70 → 29.80) and #1041 on 31 August.
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({
      '2026-08-31': 34.7,
      '2026-09-01': 35.82,
      '2026-09-03': 29.8,
      '2026-09-05': 36.12,
      '2026-09-12': 40.23,
      '2026-09-19': 65.5,
      '2026-09-24': 53.73,
      '2026-09-30': 29.7,
    });
    expect(sumBy(run.records, byDay, 'refunds')['2026-09-03']).toBe(9.9);
  });

  it('reads UTM campaign and source / medium from Note Attributes, campaign IDs as exact strings', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // EXPECTED.md attribution table: …596 (#1042) 35.82, …612 (#1044) 36.12, …601 (#1048) 65.50, herbst_aktion_2026 (#1050) 29.70.
    expect(sumBy(run.records, byCampaign, 'revenue')).toEqual({
      '': 158.46, // #1041 34.70 + #1043 29.80 + #1046 40.23 + #1049 53.73
      '120246849180540596': 35.82,
      '120246849180540612': 36.12,
      '120246849180540601': 65.5,
      herbst_aktion_2026: 29.7,
    });
    const ids = run.records.map((r) => r.campaign).filter((campaign) => /^\d+$/.test(campaign));
    expect(ids).toEqual(['120246849180540596', '120246849180540612', '120246849180540601']);
    // 18 digits exceed 2^53: a number round trip would have changed them.
    for (const id of ids) expect(String(Number(id))).not.toBe(id);
    // EXPECTED.md channels: facebook #1042 + #1044 + #1048 = 137.44, ig #1050 = 29.70.
    expect(sumBy(run.records, bySource, 'revenue')).toEqual({ '': 158.46, 'facebook / paid': 137.44, 'ig / social': 29.7 });
  });

  it('never takes the Source column (sales app) as a marketing source', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // #1044 has Source = 3890849 (an app ID); the others `web`.
    expect(run.records.find((r) => r.ref === '#1044')!.source).toBe('facebook / paid');
    expect(run.records.some((r) => /^(web|pos|\d+)$/.test(r.source))).toBe(false);
    expect(run.records.every((r) => r.channel === '' && r.campaignId === '')).toBe(true);
  });

  it('takes the coupon from Discount Code', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // HERBST10: #1042 35.82 + #1049 53.73 = 89.55; none: #1041 34.70 + #1043 29.80 + #1048 65.50 + #1050 29.70 = 159.70;
    // GOOD_FRIENDS: #1046 40.23 (awaiting payment); `UPSELL DISCOUNT` (#1044) is what the file says, mapping decides later.
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ '': 159.7, HERBST10: 89.55, 'UPSELL DISCOUNT': 36.12, GOOD_FRIENDS: 40.23 });
  });

  it('gives the multi-line records their first physical line', async () => {
    const run = await runSource(`${DIR}/orders-2026-79col.csv`);
    // EXPECTED.md: #1043's Notes span lines 9–12, #1042's Note Attributes 3–7 (csv-parse would say 12 and 7).
    expect(run.records.find((r) => r.ref === '#1043')!.line).toBe(9);
    expect(run.records.find((r) => r.ref === '#1042')!.line).toBe(3);
    expect(run.records.find((r) => r.ref === '#1050')!.line).toBe(33);
  });
});

describe('orders-2024-75col.csv (header b, 75 columns)', () => {
  it('gives 3 kept orders, 106.72 totals, 14.90 refunds, 91.82 revenue', async () => {
    const run = await runSource(`${DIR}/orders-2024-75col.csv`);
    expect(run.records.map((r) => r.ref)).toEqual(['#1051', '#1052', '#1053']);
    expect(run.records.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(sum(run.records, 'orders')).toBe(3);
    expect(sum(run.records, 'revenue')).toBe(91.82);
    expect(sum(run.records, 'refunds')).toBe(14.9);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({ '2026-09-02': 27.22, '2026-09-08': 29.8, '2026-09-15': 34.8 });
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ HERBST10: 27.22, '': 64.6 });
    expect(run.records.every((r) => r.campaign === '' && r.source === '')).toBe(true);
  });

  it('excludes the cancelled #1054 and warns that its refund (24.90) exceeds its total (24.70), on line 7', async () => {
    const run = await runSource(`${DIR}/orders-2024-75col.csv`);
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.warnings).toEqual([expect.objectContaining({ code: 'REFUND_EXCEEDS_TOTAL', line: 7 })]);
    expect(run.warnings[0]!.message).not.toMatch(/24[.,]90|24[.,]70|#1054/);
  });
});

describe('orders-2021-75col.csv (header c, New York shop)', () => {
  it('cuts the -0400 timestamps into the report time zone', async () => {
    const newYork = await runSource(`${DIR}/orders-2021-75col.csv`, 'America/New_York');
    const berlin = await runSource(`${DIR}/orders-2021-75col.csv`, 'Europe/Berlin');
    // EXPECTED.md: #NY1001 at 23:40 -0400 is 31 July in New York and 05:40 on 1 August in Berlin.
    expect(newYork.records.map((r) => [r.ref, formatDay(r.day)])).toEqual([
      ['#NY1001', '2026-07-31'],
      ['#NY1002', '2026-08-01'],
    ]);
    expect(berlin.records.map((r) => [r.ref, formatDay(r.day)])).toEqual([
      ['#NY1001', '2026-08-01'],
      ['#NY1002', '2026-08-01'],
    ]);
    expect(sumBy(newYork.records, byDay, 'revenue')).toEqual({ '2026-07-31': 50.13, '2026-08-01': 32 });
    expect(sumBy(berlin.records, byDay, 'revenue')).toEqual({ '2026-08-01': 82.13 });
    expect(newYork.records.every((r) => r.dayTo === r.day)).toBe(true);
  });

  it('keeps 2 USD orders (82.13, taxes included in Total) and excludes the cancelled #NY1003', async () => {
    const run = await runSource(`${DIR}/orders-2021-75col.csv`, 'America/New_York');
    expect(sum(run.records, 'orders')).toBe(2);
    expect(sum(run.records, 'revenue')).toBe(82.13);
    expect(sum(run.records, 'refunds')).toBe(0);
    expect(run.records.every((r) => r.currency === 'USD')).toBe(true);
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.warnings).toEqual([]);
  });
});

describe('extra-statuses-and-utm.csv (header a)', () => {
  // Lines: 1 header · 2 #2001 refunded, Total 120.00, Refunded 150.00 · 3 its 2nd item · 4 #2002 voided (no
  // Cancelled at) · 5 #2003 authorized · 6 #2004 partially_paid · 7–9 #2005 paid 58.00, Discount Code
  // "SOMMER5, WELCOME10", Note Attributes `utm_source: instagram` / `utm_campaign: 120246849180540777` /
  // `utm_content: story_02`, Source 5690175 · 10 its 2nd item · 11–14 #2006 paid 1250.00, Note Attributes
  // `Utm_Medium: email` / `UTM_Source: newsletter` / `How did you hear about us: Instagram` /
  // `UTM Campaign: Herbst Aktion 2026` · 15 #2007 paid 10.00, Refunded Amount blank, 2026-09-10 00:30 +0200.
  it('counts voided as failed, and authorized / partially_paid as orders awaiting payment', async () => {
    const run = await runSource(`${DIR}/extra-statuses-and-utm.csv`);
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    expect(run.records.map((r) => r.ref)).toEqual(['#2001', '#2003', '#2004', '#2005', '#2006', '#2007']);
    // #2003 authorized 30.00 and #2004 partially_paid 80.00 await payment: 2 orders, 110.00.
    expect(run.records.map((r) => [r.ref, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      ['#2001', 0, 0],
      ['#2003', 1, 30],
      ['#2004', 1, 80],
      ['#2005', 0, 0],
      ['#2006', 0, 0],
      ['#2007', 0, 0],
    ]);
  });

  it('caps a refund above the total of a kept order and warns with its line', async () => {
    const run = await runSource(`${DIR}/extra-statuses-and-utm.csv`);
    // #2001: refund 150.00 capped at 120.00 → revenue 0.00, refunds 120.00; Taxes 0.00, refunded in full → tax 0.
    expect(run.records[0]!.values).toEqual({ orders: 1, revenue: 0, refunds: 120, tax: 0, awaitingOrders: 0, awaitingRevenue: 0 });
    expect(run.warnings).toEqual([expect.objectContaining({ code: 'REFUND_EXCEEDS_TOTAL', line: 2 })]);
    // Orders 6; revenue 0 + 30.00 + 80.00 + 58.00 + 1250.00 + 10.00 = 1428.00; refunds 120.00 (#2007's blank refund is 0).
    expect(sum(run.records, 'orders')).toBe(6);
    expect(sum(run.records, 'revenue')).toBe(1428);
    expect(sum(run.records, 'refunds')).toBe(120);
    expect(run.records[5]!.values).toEqual({ orders: 1, revenue: 10, refunds: 0, tax: 0, awaitingOrders: 0, awaitingRevenue: 0 });
  });

  it('reads utm_* and UTM * keys in any case, source alone without a medium, the first of several codes', async () => {
    const run = await runSource(`${DIR}/extra-statuses-and-utm.csv`);
    const order2005 = run.records.find((r) => r.ref === '#2005')!;
    expect(order2005).toMatchObject({ campaign: '120246849180540777', source: 'instagram', coupon: 'SOMMER5', line: 7 });
    const order2006 = run.records.find((r) => r.ref === '#2006')!;
    expect(order2006).toMatchObject({ campaign: 'Herbst Aktion 2026', source: 'newsletter / email', coupon: '', line: 11 });
  });

  it('puts 00:30 +0200 on 10 September in Berlin and 9 September in New York', async () => {
    const berlin = await runSource(`${DIR}/extra-statuses-and-utm.csv`, 'Europe/Berlin');
    const newYork = await runSource(`${DIR}/extra-statuses-and-utm.csv`, 'America/New_York');
    expect(formatDay(berlin.records[5]!.day)).toBe('2026-09-10');
    expect(formatDay(newYork.records[5]!.day)).toBe('2026-09-09');
  });
});

describe('extra-de-excel-resave.csv (header b after a German Excel save)', () => {
  // Windows-1252, `;`, CRLF; `Created at` rewritten as `05.09.2026 14:23` (no offset: the day as written);
  // money with decimal comma. #3001 (lines 2, 3) paid 1.250,00 HERBST10; #3002 (line 4) partially_refunded
  // 89,90 with 19,90 refunded → revenue 70.00. Total revenue 1320.00, refunds 19.90.
  it('reads the dotted dates and decimal-comma amounts', async () => {
    for (const zone of ['Europe/Berlin', 'America/New_York']) {
      const run = await runSource(`${DIR}/extra-de-excel-resave.csv`, zone);
      expect(run.records.map((r) => [r.ref, formatDay(r.day), r.values.revenue, r.values.refunds, r.coupon])).toEqual([
        ['#3001', '2026-09-05', 1250, 0, 'HERBST10'],
        ['#3002', '2026-09-06', 70, 19.9, ''],
      ]);
      expect(sum(run.records, 'revenue')).toBe(1320);
    }
  });
});

describe('extra-tiktok-shop-source.csv (header a, orders from TikTok Shop)', () => {
  it('puts the orders whose Source is tiktok in channel tiktok, even with a Facebook UTM; web, pos and an app ID name no channel', async () => {
    const run = await runSource(`${DIR}/extra-tiktok-shop-source.csv`);
    expect(run.records.map((r) => [r.line, r.ref, formatDay(r.day), r.channel, r.source, r.campaign, r.values.revenue, r.values.refunds])).toEqual([
      [2, '#2101', '2026-10-02', '', '', '', 44.8, 0],
      [3, '#2102', '2026-10-04', 'tiktok', '', '', 54.8, 0],
      [5, '#2103', '2026-10-09', 'tiktok', 'facebook / paid', 'herbst-garn', 29.8, 0],
      [8, '#2104', '2026-10-11', '', '', '', 12, 0],
      [9, '#2105', '2026-10-17', '', '', '', 73.9, 0],
      [10, '#2106', '2026-10-23', 'tiktok', '', '', 0, 24.8],
    ]);
    expect(sum(run.records.filter((r) => r.channel === 'tiktok'), 'orders')).toBe(3);
    expect(sum(run.records.filter((r) => r.channel === 'tiktok'), 'revenue')).toBe(84.6);
    expect(sum(run.records, 'revenue')).toBe(215.3);
  });
});

describe('malformed Shopify exports', () => {
  it('extra-malformed-first-row.csv: an order whose first row lacks Financial Status, at the record start line 3', async () => {
    // #4002's first row holds a 3-line Notes field (lines 3–5) and an empty Financial Status.
    const error = await failure(`${DIR}/extra-malformed-first-row.csv`);
    expect(error).toMatchObject({ code: 'MALFORMED_ORDER', line: 3 });
    expect(error.problem).toContain('"Financial Status"');
    await expectNoPersonalData(`${DIR}/extra-malformed-first-row.csv`, [error.message, error.problem, error.hint]);
  });

  it('extra-sorted-rows.csv: a line item separated from its order starts a new order and fails on line 4', async () => {
    // #5001 (line 2), #5002 (line 3), then #5001's 2nd item (line 4): not the open order, so a first row without status.
    const error = await failure(`${DIR}/extra-sorted-rows.csv`);
    expect(error).toMatchObject({ code: 'MALFORMED_ORDER', line: 4 });
  });

  it('extra-bad-created-at.csv: 2026-09-31 is BAD_DATE on line 3', async () => {
    const error = await failure(`${DIR}/extra-bad-created-at.csv`);
    expect(error).toMatchObject({ code: 'BAD_DATE', line: 3 });
    expect(error.problem).toContain('"Created at"');
    expect(error.message).not.toContain('2026-09-31');
  });

  it('an order without Total is MALFORMED_ORDER; a missing Total column is MISSING_COLUMNS', () => {
    const header = 'Name,Email,Financial Status,Total,Created at,Lineitem quantity\n';
    expect(openText(`${header}#1,a@example.com,paid,,2026-09-01 10:00:00 +0200,1\n`).run).toThrowError(
      expect.objectContaining({ code: 'MALFORMED_ORDER', line: 2 }),
    );
    expect(openText('Name,Financial Status,Created at,Lineitem quantity\n#1,paid,2026-09-01 10:00:00 +0200,1\n').run).toThrowError(
      expect.objectContaining({ code: 'MISSING_COLUMNS', line: 1 }),
    );
    expect(openText(`${header}#1,a@example.com,paid,12x,2026-09-01 10:00:00 +0200,1\n`).run).toThrowError(
      expect.objectContaining({ code: 'BAD_NUMBER', line: 2 }),
    );
  });

  it('a row with more fields than the header is RAGGED_ROW; a row without Name is MISSING_ORDER_ID', () => {
    const header = 'Name,Financial Status,Total,Created at,Lineitem quantity,Notes\n';
    expect(openText(`${header}#1,paid,10.00,2026-09-01 10:00:00 +0200,1,ring twice, please\n`).run).toThrowError(
      expect.objectContaining({ code: 'RAGGED_ROW', line: 2 }),
    );
    expect(openText(`${header},paid,10.00,2026-09-01 10:00:00 +0200,1,\n`).run).toThrowError(expect.objectContaining({ code: 'MISSING_ORDER_ID', line: 2 }));
    // Empty trailing cells are no shift.
    const { records, run } = openText(`${header}#1,paid,10.00,2026-09-01 10:00:00 +0200,1,,,\n`);
    run();
    expect(records).toHaveLength(1);
  });

  it('no message or warning of any Shopify fixture echoes a customer value', async () => {
    for (const name of fixtureFiles) {
      const texts = await runSource(`${DIR}/${name}`).then(
        (run) => messagesOf(run.warnings),
        (error: InputError) => [error.message, error.problem, error.hint],
      );
      await expectNoPersonalData(`${DIR}/${name}`, texts);
    }
  });
});

describe('readUtm', () => {
  it('takes the first value of each key, splits at the first colon and ignores other keys', () => {
    expect(readUtm('')).toEqual({ campaign: '', source: '', medium: '' });
    expect(readUtm('gift_wrap: yes')).toEqual({ campaign: '', source: '', medium: '' });
    expect(readUtm('utm_source: https://l.instagram.com/\r\nutm-medium: social\nUTM campaign:\nutm_campaign: A: B')).toEqual({
      source: 'https://l.instagram.com/',
      medium: 'social',
      campaign: 'A: B',
    });
  });
});

/** Runs shopifyOrders.open on CSV text without detection, as the pipeline would after a claim. */
function openText(text: string): { records: CanonicalRecord[]; run: () => void } {
  const rows = tokenize(text, ',');
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter: ',', hasSepLine: false, encoding: 'utf-8' };
  const records: CanonicalRecord[] = [];
  const context: SourceContext = {
    file: 'inline.csv',
    sample,
    decimal: '.',
    cutter: new DayCutter('Europe/Berlin'),
    emit: (record) => records.push({ ...record, values: record.values.slice() }),
    warn: () => {},
    exclude: () => {},
    describe: () => {},
    firstSighting: () => true,
  };
  return {
    records,
    run() {
      const parser = shopifyOrders.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
