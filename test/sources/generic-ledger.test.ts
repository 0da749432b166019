// Generic sales ledgers (English, German, Swedish headers). Numbers are written out literally; they come
// from fixtures/generic-ledger/EXPECTED.md and fixtures/broken/EXPECTED.md (hand-worked), and for the inline
// CSV texts from the comments next to each test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { campaignKey } from '../../src/join/campaign-key.js';
import { channelOfSource } from '../../src/join/channels.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { genericLedger } from '../../src/sources/generic-ledger.js';
import { M, type MetricName } from '../../src/model/records.js';
import type { ExclusionReason, FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'generic-ledger';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));
/** The broken fixtures that are generic ledgers (fixtures/broken/EXPECTED.md). */
const BROKEN_LEDGERS = ['bad-amount.csv', 'bad-date.csv', 'header-only.csv', 'ragged-row.csv', 'unclosed-quote.csv'];
const HOSTILE_LEDGERS = ['hex-amount.csv', 'phone-in-amount.csv', 'stray-quote-ledger.csv', 'twenty-digit-amount.csv'];

function sumBy(records: EmittedRecord[], key: (record: EmittedRecord) => string, metric: MetricName): Record<string, number> {
  const groups = new Map<string, EmittedRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return Object.fromEntries([...groups].map(([k, group]) => [k, sum(group, metric)]));
}

const byDay = (record: EmittedRecord) => formatDay(record.day);
const byCampaign = (record: EmittedRecord) => record.campaign;
const byCampaignKey = (record: EmittedRecord) => (/^\d{15,20}$/.test(record.campaign) ? `id:${record.campaign}` : campaignKey(record.campaign));
const byChannel = (record: EmittedRecord) => channelOfSource(record.source);
const byCoupon = (record: EmittedRecord) => record.coupon;

/** Personal values of a ledger fixture (customer e-mails and names, notes): no message may echo them. */
async function personalValues(relativePath: string): Promise<string[]> {
  const sampled = await sampleFile(join(FIXTURES, relativePath));
  if ('skip' in sampled) throw new Error(sampled.skip);
  const [header, ...rows] = sampled.sample.rows;
  const personal = header!.cells.map((name, index) => ({ name, index })).filter(({ name }) => /^(customer_email|note|kunde)$/i.test(name));
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

describe('generic-ledger detection', () => {
  it.each([...fixtureFiles.map((name) => `${DIR}/${name}`), ...BROKEN_LEDGERS.map((name) => `broken/${name}`)])('%s is detected as a sales ledger', async (path) => {
    const sampled = await sampleFile(join(FIXTURES, path));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(genericLedger.detect(sampled.sample)).toBe(true);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('generic-ledger');
  });

  it('is never the detected kind of a fixture of another kind (it is the fallback), Shopify exports and the inventory list included', async () => {
    const claimed: string[] = [];
    for (const folder of readdirSync(FIXTURES, { withFileTypes: true })) {
      if (!folder.isDirectory() || folder.name === DIR || folder.name === 'scenarios') continue;
      for (const name of readdirSync(join(FIXTURES, folder.name)).filter((file) => file.endsWith('.csv'))) {
        const sampled = await sampleFile(join(FIXTURES, folder.name, name));
        if ('skip' in sampled) continue;
        const detection = detectKind(sampled.sample, SOURCES);
        if ('source' in detection && detection.source === genericLedger) claimed.push(`${folder.name}/${name}`);
      }
    }
    expect(claimed.sort()).toEqual([...BROKEN_LEDGERS.map((name) => `broken/${name}`), ...HOSTILE_LEDGERS.map((name) => `hostile/${name}`)]);
  });

  it('matches English, German and Swedish aliases and needs a date, an order number and an amount', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });
    expect(genericLedger.detect(sample('Order Date,Order Number,Order Total\n'))).toBe(true);
    expect(genericLedger.detect(sample('Datum,Bestellnummer,Bruttobetrag\n'))).toBe(true);
    expect(genericLedger.detect(sample('Datum,Ordernummer,Belopp\n'))).toBe(true);
    expect(genericLedger.detect(sample('date,order_id,quantity\n'))).toBe(false);
    expect(genericLedger.detect(sample('sku,order_id,amount\n'))).toBe(false);
    expect(genericLedger.detect(sample('date,amount\n'))).toBe(false);
  });

  it('is a daily ledger of its own dataset', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    expect(run.source).toMatchObject({ kind: 'generic-ledger', family: 'ledger', overlap: 'day' });
    expect(run.description).toEqual({ dataset: 'generic-ledger', daily: true });
  });
});

describe('en.csv', () => {
  it('gives 13 kept orders, revenue 571.10 and refunds 44.80', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    // EXPECTED.md: kept totals 615.90 − refunds (LK-5005 29.90 + LK-5007 14.90) = 571.10.
    expect(sum(run.records, 'orders')).toBe(13);
    expect(sum(run.records, 'revenue')).toBe(571.1);
    expect(sum(run.records, 'refunds')).toBe(44.8);
    expect(run.exclusions).toEqual({ cancelledOrders: 1, failedOrders: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
  });

  it('collapses LK-5008 (lines 9 and 10) into one order of 39.80 with one reference', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    const rows = run.records.filter((r) => r.line === 9 || r.line === 10);
    expect(rows.map((r) => [r.line, r.ref, r.values.orders, r.values.revenue])).toEqual([
      [9, 'LK-5008', 1, 24.9],
      [10, '', 0, 14.9],
    ]);
    // 14 rows for 13 kept orders: one reference per order, so the overlap fingerprint counts orders, not items.
    expect(run.records.filter((r) => r.ref !== '').length).toBe(13);
  });

  it('keeps full and partial refunds per order', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    const order = (ref: string) => run.records.find((r) => r.ref === ref)!.values;
    expect(order('LK-5005')).toEqual({ orders: 1, revenue: 0, refunds: 29.9, awaitingOrders: 0, awaitingRevenue: 0 });
    expect(order('LK-5007').refunds).toBe(14.9);
    expect(order('LK-5007').revenue).toBeCloseTo(49.5, 9);
  });

  it('sums revenue per campaign key, per channel and per coupon', async () => {
    const run = await runSource(`${DIR}/en.csv`);
    // EXPECTED.md "By campaign": herbst by name 253.90 (refunds 29.90), brunch 46.80, retargeting by ID 49.50,
    // the typo herbst-aktoin-2026 39.80, no campaign 181.10 (LK-5006 49.80, 5011 38.50, 5012 77.00, 5015 15.80).
    expect(sumBy(run.records, byCampaignKey, 'revenue')).toEqual({
      'herbst-aktion-2026': 253.9,
      'brunch-am-sonntag-familien': 46.8,
      'id:120246849180540612': 49.5,
      'herbst-aktoin-2026': 39.8,
      '': 181.1,
    });
    expect(sumBy(run.records, byCampaignKey, 'refunds')['herbst-aktion-2026']).toBe(29.9);
    expect(sumBy(run.records, byCampaignKey, 'orders')).toEqual({
      'herbst-aktion-2026': 5,
      'brunch-am-sonntag-familien': 2,
      'id:120246849180540612': 1,
      'herbst-aktoin-2026': 1,
      '': 4,
    });
    // The raw spellings stay as written; the Meta campaign ID is the exact 18-digit string.
    expect(new Set(run.records.map(byCampaign))).toEqual(
      new Set(['Herbst_Aktion_2026', 'herbst-aktion-2026', 'Herbst%20Aktion%202026', 'Brunch+am+Sonntag+\u2013+Familien', '120246849180540612', 'herbst-aktoin-2026', '', 'brunch-am-sonntag-familien', 'herbst_aktion_2026']),
    );
    // EXPECTED.md "By channel".
    expect(sumBy(run.records, byChannel, 'revenue')).toEqual({ facebook: 179.6, instagram: 81.7, email: 144.5, google: 77, '': 88.3 });
    expect(sumBy(run.records, byChannel, 'orders')).toEqual({ facebook: 4, instagram: 4, email: 2, google: 1, '': 2 });
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ '': 521.3, HERBST10: 49.8 });
    expect(run.records.find((r) => r.ref === 'LK-5001')!.source).toBe('fb / paid');
  });

  it('puts each order on its date', async () => {
    const run = await runSource(`${DIR}/en.csv`, 'America/New_York');
    // Plain dates are days as written, whatever the report zone.
    expect(sumBy(run.records, byDay, 'orders')).toEqual({
      '2026-09-01': 1, '2026-09-02': 1, '2026-09-03': 1, '2026-09-04': 1, '2026-09-05': 1, '2026-09-06': 1, '2026-09-08': 1,
      '2026-09-09': 1, '2026-09-14': 1, '2026-09-17': 1, '2026-09-20': 1, '2026-09-25': 1, '2026-09-29': 1,
    });
    expect(sumBy(run.records, byDay, 'revenue')['2026-09-09']).toBe(39.8);
  });
});

describe('de.csv (Windows-1252, `;`, CRLF, 1.250,00, 05.09.2026)', () => {
  it('reads the German amounts and dates: 7 kept orders, revenue 1503.20, refunds 19.80', async () => {
    const run = await runSource(`${DIR}/de.csv`);
    // EXPECTED.md: kept Σ 1523.00, `erstattet` DE-2006 refunded in full (19.80), revenue 1503.20 (not 254.45).
    expect(sum(run.records, 'orders')).toBe(7);
    expect(sum(run.records, 'revenue')).toBe(1503.2);
    expect(sum(run.records, 'refunds')).toBe(19.8);
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.records.map((r) => [r.line, r.ref, formatDay(r.day), (r.values.revenue ?? 0) + (r.values.refunds ?? 0)])).toEqual([
      [2, 'DE-2001', '2026-09-05', 49.9],
      [3, 'DE-2002', '2026-09-06', 1250],
      [4, 'DE-2003', '2026-09-07', 23.4],
      [6, 'DE-2005', '2026-09-12', 59.7],
      [7, 'DE-2006', '2026-09-15', 19.8],
      [8, 'DE-2007', '2026-09-19', 112.3],
      [9, 'DE-2008', '2026-09-23', 7.9],
    ]);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
  });

  it('decodes campaign names and maps Kampagne, Quelle and Gutscheincode', async () => {
    const run = await runSource(`${DIR}/de.csv`);
    // EXPECTED.md: herbst by name 69.70 totals (DE-2006 fully refunded → revenue 49.90), brunch 23.40,
    // retargeting (ID) 112.30, no campaign DE-2002 1250.00 + DE-2005 59.70 + DE-2008 7.90 = 1317.60.
    expect(sumBy(run.records, byCampaignKey, 'revenue')).toEqual({
      'herbst-aktion-2026': 49.9,
      'brunch-am-sonntag-familien': 23.4,
      'id:120246849180540612': 112.3,
      '': 1317.6,
    });
    expect(run.records.find((r) => r.ref === 'DE-2003')).toMatchObject({ campaign: 'Brunch am Sonntag \u2013 Familien', source: 'instagram' });
    expect(run.records.find((r) => r.ref === 'DE-2005')!.coupon).toBe('HERBST10');
    expect(run.records.find((r) => r.ref === 'DE-2008')!.source).toBe('newsletter');
  });
});

describe('sv.csv (UTF-8 BOM, `;`, no-break-space thousands, SEK)', () => {
  it('gives 5 kept orders, revenue 16114.25 SEK and refunds 459.00', async () => {
    const run = await runSource(`${DIR}/sv.csv`);
    // EXPECTED.md: kept Σ 16573.25, Återbetald SE-305 refunded in full, Avbruten SE-304 excluded, Behandlas counted.
    expect(sum(run.records, 'orders')).toBe(5);
    expect(sum(run.records, 'revenue')).toBe(16114.25);
    expect(sum(run.records, 'refunds')).toBe(459);
    expect(run.exclusions).toEqual({ cancelledOrders: 1 });
    expect(run.records.map((r) => [r.ref, r.values.revenue])).toEqual([
      ['SE-301', 1234.5],
      ['SE-302', 349],
      ['SE-303', 2480],
      ['SE-305', 0],
      ['SE-306', 12050.75],
    ]);
    expect(run.records.every((r) => r.currency === 'SEK')).toBe(true);
    expect(run.records.find((r) => r.ref === 'SE-302')).toMatchObject({ coupon: 'HERBST10', source: 'instagram', campaign: '' });
    expect(run.records.find((r) => r.ref === 'SE-301')).toMatchObject({ campaign: 'herbst-aktion-2026', source: 'facebook', line: 2 });
  });
});

describe('broken ledgers', () => {
  // fixtures/broken/EXPECTED.md: code and physical line of each failure.
  it.each([
    ['bad-amount.csv', 'BAD_NUMBER', 4, '"amount"'],
    ['bad-date.csv', 'BAD_DATE', 5, '"date"'],
    ['ragged-row.csv', 'RAGGED_ROW', 7, '13 fields'],
    ['unclosed-quote.csv', 'CSV_SYNTAX', 4, 'quoted field'],
  ])('%s fails with %s on line %i', async (name, code, line, mentions) => {
    const error = await failure(`broken/${name}`);
    expect(error).toMatchObject({ code, line, file: `broken/${name}` });
    expect(error.problem).toContain(mentions);
  });

  it.each([
    ['phone-in-amount.csv', 4, '"amount" does not hold a number'],
    ['hex-amount.csv', 6, '"amount" does not hold a number'],
    ['twenty-digit-amount.csv', 4, 'more digits than an amount can have'],
  ])('hostile/%s is no amount: BAD_NUMBER on line %i (fixtures/hostile/EXPECTED.md)', async (name, line, mentions) => {
    const error = await failure(`hostile/${name}`);
    expect(error).toMatchObject({ code: 'BAD_NUMBER', line, file: `hostile/${name}` });
    expect(error.problem).toContain(mentions);
  });

  it('bad-amount.csv and bad-date.csv never echo the bad cell', async () => {
    expect((await failure('broken/bad-amount.csv')).message).not.toContain('12,3x');
    expect((await failure('broken/bad-date.csv')).message).not.toContain('2026-13-45');
    const phone = await failure('hostile/phone-in-amount.csv');
    expect(phone.message).not.toContain('5550123');
    expect(phone.hint).toContain('at most 13 digits');
  });

  it('header-only.csv is a ledger without rows, not an error', async () => {
    const run = await runSource('broken/header-only.csv');
    expect(run.source.kind).toBe('generic-ledger');
    expect(run.records).toEqual([]);
    expect(run.exclusions).toEqual({});
  });

  it('empty.csv, not-a-csv.csv and unknown-headers.csv are no ledgers', async () => {
    await expect(runSource('broken/empty.csv')).rejects.toThrow(/skipped: the file is empty/);
    await expect(runSource('broken/not-a-csv.csv')).rejects.toThrow(/skipped: not a text file/);
    await expect(runSource('broken/unknown-headers.csv')).rejects.toThrow(/not detected/);
  });

  it('no error or warning of any ledger fixture echoes a customer e-mail, name or note', async () => {
    // sv.csv has no customer column.
    const files = [...fixtureFiles.filter((name) => name !== 'sv.csv').map((name) => `${DIR}/${name}`), ...BROKEN_LEDGERS.filter((name) => name !== 'header-only.csv').map((name) => `broken/${name}`)];
    for (const file of files) {
      const values = await personalValues(file);
      expect(values.length, file).toBeGreaterThan(0);
      const texts = await runSource(file).then(
        (run) => run.warnings.map((warning) => warning.message),
        (error: InputError) => [error.message, error.problem, error.hint],
      );
      for (const text of texts) for (const value of values) expect(text, file).not.toContain(value);
    }
  });
});

describe('generic-ledger open() on inline ledgers', () => {
  it('reports missing columns, rows without order number or amount, and shifted rows', () => {
    expect(openText('date,amount\n2026-09-01,1\n').run).toThrowError(expect.objectContaining({ code: 'MISSING_COLUMNS', line: 1 }));
    const header = 'date,order_id,amount,note\n';
    expect(openText(`${header}2026-09-01,,10.00,\n`).run).toThrowError(expect.objectContaining({ code: 'MISSING_ORDER_ID', line: 2 }));
    expect(openText(`${header}2026-09-01,A-1,10.00,\n2026-09-02,A-2,,\n`).run).toThrowError(expect.objectContaining({ code: 'MISSING_AMOUNT', line: 3 }));
    expect(openText(`${header}2026-09-01,A-1,10.00,a,b\n`).run).toThrowError(expect.objectContaining({ code: 'RAGGED_ROW', line: 2 }));
    // A trailing delimiter (empty extra cells) is no shift.
    const trailing = openText(`${header}2026-09-01,A-1,10.00,,\n`);
    trailing.run();
    expect(trailing.records).toHaveLength(1);
    expect(openText('').run).toThrowError(expect.objectContaining({ code: 'EMPTY_FILE' }));
  });

  it('books a negative row as a refund, caps a refund above its amount, counts a pending order as awaiting payment', () => {
    // A-1 100.00 with 120.00 refunded → capped: revenue 0, refunds 100, warning on line 2.
    // A-2 −15.00 (a refund booked as its own row) → orders 0, revenue −15, refunds 15.
    // A-3 pending 30.00 → an order awaiting payment: orders 1, revenue 30, awaiting 1 / 30.
    // A-4 40.00 in two line items (25.00 + 15.00) → one order, one reference. A-5 draft → no order, left out.
    const { records, warnings, exclusions, run } = openText(
      'date,order_id,amount,refunded,status\n2026-09-01,A-1,100.00,120.00,paid\n2026-09-02,A-2,-15.00,,paid\n2026-09-02,A-3,30.00,,pending\n2026-09-03,A-4,25.00,,paid\n2026-09-03,A-4,15.00,,paid\n2026-09-04,A-5,12.00,,draft\n',
    );
    run();
    expect(records.map((r) => [r.ref, r.line, r.values.orders, r.values.revenue, r.values.refunds, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      ['A-1', 2, 1, 0, 100, 0, 0],
      ['A-2', 3, 0, -15, 15, 0, 0],
      ['A-3', 4, 1, 30, 0, 1, 30],
      ['A-4', 5, 1, 25, 0, 0, 0],
      ['', 6, 0, 15, 0, 0, 0],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'REFUND_EXCEEDS_TOTAL', line: 2 })]);
    expect(exclusions).toEqual({ pendingOrders: 1 });
  });

  it('reads en/de/sv status words: money not yet arrived is an order awaiting payment; drafts and quotes are no sale', () => {
    // Each row its own order of 10.00. Awaiting (an order placed, not paid yet): 24 rows → 24 orders, 240.00.
    const awaiting = [
      'pending', 'unpaid', 'Awaiting payment', 'invoiced', 'on-hold', 'authorized', 'partially_paid', 'Cash on delivery',
      'offen', 'unbezahlt', 'Vorkasse', 'Rechnung offen', 'Auf Rechnung', 'Zahlung ausstehend', 'Nachnahme', 'Überfällig',
      'obetald', 'Faktura', 'Fakturerad', 'Väntar på betalning', 'Förfallen', 'Delbetald', 'Postförskott', 'Väntande',
    ];
    // Paid: 8 rows → 80.00. No sale: drafts and quotes (pendingOrders), cancelled, failed.
    const paid = ['paid', 'bezahlt', 'Bezahlt', 'betald', 'Slutförd', 'completed', 'Abgeschlossen', ''];
    const unfinished = ['draft', 'Entwurf', 'Angebot', 'utkast', 'Offert'];
    const cancelled = ['storniert', 'makulerad', 'cancelled'];
    const failed = ['fehlgeschlagen', 'misslyckad', 'voided'];
    const statuses = [...awaiting, ...paid, ...unfinished, ...cancelled, ...failed];
    const text = `date,order_id,amount,status\n${statuses.map((status, i) => `2026-09-01,O-${i},10.00,${status}`).join('\n')}\n`;
    const { records, exclusions, run } = openText(text);
    run();
    expect(records).toHaveLength(32);
    const byStatus = Object.fromEntries(records.map((r) => [statuses[Number(r.ref.slice(2))]!, r.values.awaitingOrders]));
    for (const status of awaiting) expect(byStatus[status], status).toBe(1);
    for (const status of paid) expect(byStatus[status], status).toBe(0);
    expect(records.reduce((total, r) => total + r.values.revenue!, 0)).toBe(320);
    expect(records.reduce((total, r) => total + r.values.awaitingRevenue!, 0)).toBe(240);
    expect(exclusions).toEqual({ pendingOrders: 5, cancelledOrders: 3, failedOrders: 3 });
  });

  it('line items of an order awaiting payment all count as outstanding; a ledger without status states none', () => {
    // B-1 "offen": 25.00 + 15.00 → one order, awaiting 1 order, 40.00 (the second row adds revenue, not an order).
    const { records, run } = openText('date,order_id,amount,status\n2026-09-01,B-1,25.00,offen\n2026-09-01,B-1,15.00,offen\n');
    run();
    expect(records.map((r) => [r.values.orders, r.values.revenue, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      [1, 25, 1, 25],
      [0, 15, 0, 15],
    ]);
    const plain = openText('date,order_id,amount\n2026-09-01,C-1,25.00\n');
    plain.run();
    expect(plain.records[0]!.values.awaitingOrders).toBeNaN();
    expect(plain.records[0]!.values.awaitingRevenue).toBeNaN();
  });

  it('cuts timestamps with an offset in the report zone', () => {
    // 2026-07-31 23:40 −04:00 = 2026-08-01 03:40 UTC: 31 July in New York, 1 August in Berlin.
    const text = 'date,order_id,amount\n2026-07-31T23:40:00-04:00,NY-1,50.13\n';
    const newYork = openText(text, 'America/New_York');
    const berlin = openText(text, 'Europe/Berlin');
    newYork.run();
    berlin.run();
    expect(formatDay(newYork.records[0]!.day)).toBe('2026-07-31');
    expect(formatDay(berlin.records[0]!.day)).toBe('2026-08-01');
  });
});

/** Runs genericLedger.open on CSV text without detection, as the pipeline would after a claim. */
function openText(
  text: string,
  timezone = 'Europe/Berlin',
): { records: EmittedRecord[]; warnings: WarningInput[]; exclusions: Partial<Record<ExclusionReason, number>>; run: () => void } {
  const rows = tokenize(text, ',');
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter: ',', hasSepLine: false, encoding: 'utf-8' };
  const records: EmittedRecord[] = [];
  const warnings: WarningInput[] = [];
  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  const context: SourceContext = {
    file: 'inline.csv',
    sample,
    decimal: '.',
    cutter: new DayCutter(timezone),
    emit: (record) => {
      const values = record.values;
      records.push({
        ...record,
        values: { orders: values[M.orders]!, revenue: values[M.revenue]!, refunds: values[M.refunds]!, awaitingOrders: values[M.awaitingOrders]!, awaitingRevenue: values[M.awaitingRevenue]! },
      });
    },
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
      const parser = genericLedger.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
