// Stripe payments exports. Numbers are written out literally: for the fixtures they come from
// fixtures/stripe-payments/EXPECTED.md (hand-worked, re-checked by a script); for the inline CSV texts
// they are worked out in the comments next to each test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { tokenize } from '../../src/read/csv.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { stripePayments } from '../../src/sources/stripe-payments.js';
import { METRIC_NAMES, type MetricName } from '../../src/model/records.js';
import type { ExclusionReason, FileSample, SourceContext, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'stripe-payments';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));

function sumBy(records: EmittedRecord[], key: (record: EmittedRecord) => string, metric: MetricName): Record<string, number> {
  const groups = new Map<string, EmittedRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return Object.fromEntries([...groups].map(([k, group]) => [k, sum(group, metric)]));
}

const byDay = (record: EmittedRecord) => formatDay(record.day);
const byCampaign = (record: EmittedRecord) => record.campaign;
const bySource = (record: EmittedRecord) => record.source;
const byCoupon = (record: EmittedRecord) => record.coupon;

/** Personal values of a Stripe fixture (customers, e-mails, card holders and addresses, descriptions). */
async function personalValues(relativePath: string): Promise<string[]> {
  const sampled = await sampleFile(join(FIXTURES, relativePath));
  if ('skip' in sampled) throw new Error(sampled.skip);
  const [header, ...rows] = sampled.sample.rows;
  const personal = header!.cells
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => /^(description|customer (description|email)|card (name|address .*|fingerprint))$/i.test(name));
  const values = new Set<string>();
  for (const row of rows) for (const { index } of personal) if ((row.cells[index] ?? '').trim().length >= 4) values.add(row.cells[index]!.trim());
  return [...values];
}

/** Money to cents, so that float noise (32.10 − 10.70) stays out of per-record assertions. */
const cents = (value: number | undefined) => (value === undefined ? value : Math.round(value * 100) / 100);

const messagesOf = (warnings: WarningInput[]) => warnings.map((warning) => warning.message);

describe('stripe-payments detection', () => {
  it.each(fixtureFiles)('%s is detected as a Stripe payments export', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(stripePayments.detect(sampled.sample)).toBe(true);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('stripe-payments');
  });

  it('needs a Created column, Amount, Currency and two columns only Stripe writes, in any order; refuses balance history and payouts', () => {
    const sample = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });
    expect(stripePayments.detect(sample('id,Created,Amount,Amount Refunded,Currency\n'))).toBe(true);
    expect(stripePayments.detect(sample('id,Created (UTC),Amount,Currency,Captured\n'))).toBe(true);
    // The shorter real-looking unified header of ledgers.md §3.1.
    expect(stripePayments.detect(sample('id,Created date (UTC),Amount,Currency,Captured,Converted Amount,Converted Currency,Description,Fee,Taxes On Fee,Status,Customer Email,Transfer\n'))).toBe(true);
    expect(stripePayments.detect(sample('\nid,Created date (UTC),Amount,Amount Refunded,Currency\n'))).toBe(true);
    // Columns chosen and ordered in the Dashboard: no id, or id elsewhere.
    expect(stripePayments.detect(sample('Description,id,Created,Amount,Amount Refunded,Currency\n'))).toBe(true);
    expect(stripePayments.detect(sample('Created date (UTC),Amount,Currency,Status,Customer Email,order_id (metadata)\n'))).toBe(true);
    expect(stripePayments.detect(sample('Status,Amount,Currency,Created (UTC),Seller Message\n'))).toBe(true);
    // Balance history, payouts, a missing currency, too little that is Stripe's own, a generic ledger.
    expect(stripePayments.detect(sample('id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description\n'))).toBe(false);
    expect(stripePayments.detect(sample('id,Amount,Created (UTC),Currency,Livemode,Arrival Date (UTC),Status\n'))).toBe(false);
    expect(stripePayments.detect(sample('id,Created date (UTC),Amount,Amount Refunded,Fee,Status\n'))).toBe(false);
    expect(stripePayments.detect(sample('id,Created,Amount,Currency\n'))).toBe(false);
    expect(stripePayments.detect(sample('Created,Amount,Currency,Status,Customer Email\n'))).toBe(false);
    expect(stripePayments.detect(sample('Created (UTC),Amount,Currency,Status\n'))).toBe(false);
    expect(stripePayments.detect(sample('date,order_id,amount,currency,status,refunded_amount\n'))).toBe(false);
    expect(stripePayments.detect(sample(''))).toBe(false);
  });

  it('is a daily payment ledger of its own dataset', async () => {
    const run = await runSource(`${DIR}/created-utc.csv`);
    expect(run.source).toMatchObject({ kind: 'stripe-payments', title: 'Stripe payments export', family: 'ledger', payments: true, overlap: 'day' });
    expect(run.description).toEqual({ dataset: 'stripe-payments', daily: true });
  });
});

describe('2014-era.csv (Created, 33 columns)', () => {
  it('keeps 4 payments with revenue 101.36 EUR and refunds 54.80', async () => {
    const run = await runSource(`${DIR}/2014-era.csv`);
    expect(run.records.map((r) => r.line)).toEqual([2, 3, 4, 7]);
    expect(sum(run.records, 'orders')).toBe(4);
    expect(sum(run.records, 'revenue')).toBe(101.36);
    expect(sum(run.records, 'refunds')).toBe(54.8);
    expect(run.records.map((r) => r.values)).toEqual([
      { orders: 1, revenue: 24.9, refunds: 0, awaitingOrders: 0, awaitingRevenue: 0 },
      { orders: 1, revenue: 0, refunds: 39.8, awaitingOrders: 0, awaitingRevenue: 0 },
      { orders: 1, revenue: 27.46, refunds: 0, awaitingOrders: 0, awaitingRevenue: 0 },
      { orders: 1, revenue: 49, refunds: 15, awaitingOrders: 0, awaitingRevenue: 0 },
    ]);
  });

  it('excludes the failed and the uncaptured payment, and leaves the test payment out with a warning', async () => {
    const run = await runSource(`${DIR}/2014-era.csv`);
    expect(run.exclusions).toEqual({ failedOrders: 1, pendingOrders: 1 });
    expect(run.warnings).toEqual([expect.objectContaining({ code: 'TEST_PAYMENTS' })]);
    expect(run.warnings[0]!.message).toContain('1 test-mode payment was left out');
  });

  it('books the USD charge at its converted EUR amount', async () => {
    const run = await runSource(`${DIR}/2014-era.csv`);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
    expect(run.records.find((r) => r.line === 4)!.values.revenue).toBe(27.46);
  });

  it('cuts UTC into Berlin days: 22:47 UTC on 4 September is 5 September', async () => {
    const berlin = await runSource(`${DIR}/2014-era.csv`);
    expect(sumBy(berlin.records, byDay, 'revenue')).toEqual({ '2026-09-01': 24.9, '2026-09-05': 0, '2026-09-09': 27.46, '2026-09-26': 49 });
    expect(sumBy(berlin.records, byDay, 'refunds')['2026-09-05']).toBe(39.8);
    const utc = await runSource(`${DIR}/2014-era.csv`, 'UTC');
    expect(formatDay(utc.records[1]!.day)).toBe('2026-09-04');
    expect(berlin.records.every((r) => r.dayTo === r.day)).toBe(true);
  });

  it('has no metadata: no campaign, source, coupon or reference (never the charge id)', async () => {
    const run = await runSource(`${DIR}/2014-era.csv`);
    expect(run.records.every((r) => r.campaign === '' && r.source === '' && r.coupon === '' && r.ref === '' && r.channel === '' && r.campaignId === '')).toBe(true);
  });
});

describe('created-utc.csv (Created (UTC), metadata columns)', () => {
  it('keeps 6 payments: revenue 295.10 EUR, refunds 20.00 (the partial refund), the failed one excluded', async () => {
    const run = await runSource(`${DIR}/created-utc.csv`);
    expect(sum(run.records, 'orders')).toBe(6);
    expect(sum(run.records, 'revenue')).toBe(295.1);
    expect(sum(run.records, 'refunds')).toBe(20);
    expect(run.records.find((r) => r.ref === '1024')!.values).toEqual({ orders: 1, revenue: 100, refunds: 20, tax: 0, awaitingOrders: 0, awaitingRevenue: 0 });
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
  });

  it('puts every payment on its Berlin day; 2026-09-30 22:30 UTC is 1 October', async () => {
    const run = await runSource(`${DIR}/created-utc.csv`);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({
      '2026-09-02': 42.5,
      '2026-09-03': 89.9,
      '2026-09-14': 100,
      '2026-09-21': 27.8,
      '2026-09-25': 15,
      '2026-10-01': 19.9,
    });
    expect(formatDay(run.records.find((r) => r.ref === '1026')!.day)).toBe('2026-10-01');
    const inSeptember = run.records.filter((r) => formatDay(r.day) <= '2026-09-30');
    expect(sum(inSeptember, 'orders')).toBe(5);
    expect(sum(inSeptember, 'revenue')).toBe(275.2);
    const utc = await runSource(`${DIR}/created-utc.csv`, 'UTC');
    expect(formatDay(utc.records.find((r) => r.ref === '1026')!.day)).toBe('2026-09-30');
    expect(formatDay(utc.records.find((r) => r.ref === '1025')!.day)).toBe('2026-09-20');
  });

  it('reads campaign, source / medium and coupon from the metadata columns', async () => {
    const run = await runSource(`${DIR}/created-utc.csv`);
    expect(sumBy(run.records, byCampaign, 'revenue')).toEqual({ herbst_aktion_2026: 152.3, kaffee_club: 100, '': 42.8 });
    expect(sumBy(run.records, bySource, 'revenue')).toEqual({ 'facebook / paid': 62.4, 'ig / social': 89.9, 'newsletter / email': 100, '': 42.8 });
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ '': 205.2, HERBST10: 89.9 });
  });

  it('takes the order reference from order_id (metadata), never the charge id', async () => {
    const run = await runSource(`${DIR}/created-utc.csv`);
    expect(run.records.map((r) => r.ref)).toEqual(['1021', '1022', '1024', '1025', '', '1026']);
    expect(run.records.some((r) => r.ref.startsWith('ch_'))).toBe(false);
  });
});

describe('unified-eu-decimal-comma.csv (Created date (UTC), decimal comma)', () => {
  it('reads "399,00" as 399 and books CHF charges at their converted EUR amounts', async () => {
    const run = await runSource(`${DIR}/unified-eu-decimal-comma.csv`);
    expect(run.records.map((r) => [r.ref, cents(r.values.revenue), cents(r.values.refunds)])).toEqual([
      ['1031', 399, 0],
      ['1032', 51.36, 0],
      ['1033', 0, 59.9],
      ['1034', 24.5, 0],
      ['1036', 21.4, 10.7],
    ]);
    expect(run.records.every((r) => r.currency === 'EUR')).toBe(true);
    expect(sum(run.records, 'orders')).toBe(5);
    expect(sum(run.records, 'revenue')).toBe(496.26);
    expect(sum(run.records, 'refunds')).toBe(70.6);
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    expect(run.warnings).toEqual([]);
  });

  it('gives per-day, per-campaign and per-coupon sums', async () => {
    const run = await runSource(`${DIR}/unified-eu-decimal-comma.csv`);
    expect(sumBy(run.records, byDay, 'revenue')).toEqual({ '2026-09-05': 399, '2026-09-11': 51.36, '2026-09-16': 0, '2026-09-20': 24.5, '2026-09-28': 21.4 });
    expect(sumBy(run.records, byCampaign, 'revenue')).toEqual({ roestkurs_herbst: 399, '': 72.76, herbst_aktion_2026: 24.5 });
    expect(sumBy(run.records, byCoupon, 'revenue')).toEqual({ '': 444.9, HERBST10: 51.36 });
  });
});

describe('unified_payments-custom-columns.csv (columns chosen in the Dashboard: no id, another order)', () => {
  it('is read by its Stripe columns: 5 payments, 479.40 EUR, refunds 50.00; the pending one counts and is awaiting', async () => {
    const run = await runSource(`${DIR}/unified_payments-custom-columns.csv`);
    expect(run.source.kind).toBe('stripe-payments');
    expect(run.records.map((r) => [r.line, formatDay(r.day), r.currency, r.ref, r.campaign, r.source, r.values.revenue, r.values.refunds, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      [2, '2026-10-02', 'EUR', '2001', 'herbstkurs', 'instagram / paid_social', 89, 0, 0, 0],
      [3, '2026-10-04', 'EUR', '2002', 'herbstkurs', 'facebook / cpc', 30, 15, 0, 0],
      [5, '2026-10-10', 'EUR', '2004', '', '', 110.4, 0, 0, 0],
      [6, '2026-10-12', 'EUR', '2005', '', 'newsletter / email', 0, 35, 0, 0],
      [7, '2026-10-15', 'EUR', '2006', '', '', 250, 0, 1, 250],
    ]);
    expect(sum(run.records, 'orders')).toBe(5);
    expect(sum(run.records, 'revenue')).toBe(479.4);
    expect(sum(run.records, 'refunds')).toBe(50);
    expect(run.exclusions).toEqual({ failedOrders: 1 });
    expect(run.warnings).toEqual([]);
  });
});

describe('unified_payments-all-pending.csv (every payment Pending)', () => {
  it('counts the 3 pending payments as orders awaiting their money: 197.90 EUR', async () => {
    const run = await runSource(`${DIR}/unified_payments-all-pending.csv`);
    expect(run.records.map((r) => [r.line, formatDay(r.day), r.values.orders, r.values.revenue, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      [2, '2026-10-28', 1, 49, 1, 49],
      [3, '2026-10-29', 1, 129, 1, 129],
      [4, '2026-10-31', 1, 19.9, 1, 19.9],
    ]);
    expect(sum(run.records, 'revenue')).toBe(197.9);
    expect(run.exclusions).toEqual({});
  });
});

describe('customer data', () => {
  it.each(fixtureFiles)('%s: no record, warning or message carries a customer value', async (name) => {
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
    const header = 'id,Created (UTC),Amount,Amount Refunded,Currency,Status,Customer Email\n';
    const bad = openText(`${header}ch_1,2026-09-01 10:00:00,12x50,0.00,eur,Paid,greta.sommer@example.com\n`);
    expect(bad.run).toThrowError(expect.objectContaining({ code: 'BAD_NUMBER', line: 2 }));
    try {
      bad.run();
    } catch (error) {
      const { message, problem, hint } = error as InputError;
      for (const text of [message, problem, hint]) expect(text).not.toMatch(/greta|12x50/);
      expect(problem).toContain('"Amount"');
    }
  });
});

describe('inline Stripe exports', () => {
  it('a Refunded payment without Amount Refunded is refunded in full; Status and Captured words in any case', () => {
    // Line 2: Refunded 20.00 → revenue 0, refunds 20. Line 3: succeeded 10.00, Captured TRUE → counted.
    // Line 4: canceled → cancelledOrders. Line 5: Uncaptured → pendingOrders. Line 6: Captured FALSE → pendingOrders.
    const { records, exclusions, run } = openText(
      'id,Created,Amount,Currency,Status,Captured\n' +
        'ch_1,2026-09-01 10:00,20.00,eur,Refunded,true\n' +
        'ch_2,2026-09-02 10:00,10.00,usd,succeeded,TRUE\n' +
        'ch_3,2026-09-03 10:00,5.00,eur,canceled,false\n' +
        'ch_4,2026-09-04 10:00,5.00,eur,Uncaptured,false\n' +
        'ch_5,2026-09-05 10:00,5.00,eur,Paid,FALSE\n',
    );
    run();
    expect(records.map((r) => [r.values.revenue, r.values.refunds, r.currency])).toEqual([
      [0, 20, 'EUR'],
      [10, 0, 'USD'],
    ]);
    expect(exclusions).toEqual({ cancelledOrders: 1, pendingOrders: 2 });
  });

  it('Pending and processing payments count and are awaiting; an incomplete checkout and an authorisation are left out', () => {
    // Lines 2, 3: money on its way → counted, awaiting 12.00 and 8.00. Line 4: incomplete, line 5: requires_capture → pendingOrders.
    const { records, exclusions, run } = openText(
      'id,Created,Amount,Currency,Status,Captured\n' +
        'py_1,2026-09-01 10:00,12.00,eur,Pending,true\n' +
        'py_2,2026-09-02 10:00,8.00,eur,processing,true\n' +
        'pi_3,2026-09-03 10:00,5.00,eur,incomplete,false\n' +
        'pi_4,2026-09-04 10:00,5.00,eur,requires_capture,false\n',
    );
    run();
    expect(records.map((r) => [r.values.orders, r.values.revenue, r.values.awaitingOrders, r.values.awaitingRevenue])).toEqual([
      [1, 12, 1, 12],
      [1, 8, 1, 8],
    ]);
    expect(exclusions).toEqual({ pendingOrders: 2 });
  });

  it('a refund above the payment is capped with a warning; an unknown status is counted and said once', () => {
    const { records, warnings, run } = openText(
      'id,Created (UTC),Amount,Amount Refunded,Currency,Status\n' +
        'ch_1,2026-09-01 10:00:00,20.00,25.00,eur,Paid\n' +
        'ch_2,2026-09-02 10:00:00,30.00,0.00,eur,Disputed\n' +
        'ch_3,2026-09-03 10:00:00,40.00,0.00,eur,Disputed\n',
    );
    run();
    expect(records.map((r) => [r.values.revenue, r.values.refunds])).toEqual([
      [0, 20],
      [30, 0],
      [40, 0],
    ]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['REFUND_EXCEEDS_TOTAL', 2],
      ['UNKNOWN_STATUS', 3],
    ]);
    expect(warnings[1]!.message).toContain('2 payments have a "Status"');
  });

  it('a date rewritten by Excel (31.01.2026 23:30) is still UTC', () => {
    // 30.09.2026 22:30 UTC = 1 October 00:30 in Berlin; 2026-09-30 plain day without time stays 30 September.
    const { records, run } = openText('id;Created (UTC);Amount;Amount Refunded;Currency;Status\nch_1;30.09.2026 22:30;19,90;0,00;eur;Paid\nch_2;30.09.2026;5,00;0,00;eur;Paid\n', ';', ',');
    run();
    expect(records.map((r) => [formatDay(r.day), r.values.revenue])).toEqual([
      ['2026-10-01', 19.9],
      ['2026-09-30', 5],
    ]);
  });

  it('falls back to Amount when the converted cells are empty, and converts a partial refund at the charge rate', () => {
    // Line 2: no conversion → 12.00 usd. Line 3: 100.00 chf converted 107.00 eur, 50.00 chf refunded, no converted refund → 53.50.
    const { records, run } = openText(
      'id,Created,Amount,Amount Refunded,Currency,Converted Amount,Converted Currency\n' + 'ch_1,2026-09-01 10:00,12.00,0.00,usd,,\n' + 'ch_2,2026-09-02 10:00,100.00,50.00,chf,107.00,eur\n',
    );
    run();
    expect(records.map((r) => [r.currency, r.values.revenue, r.values.refunds])).toEqual([
      ['USD', 12, 0],
      ['EUR', 53.5, 53.5],
    ]);
  });

  it('a missing Amount column is MISSING_COLUMNS; a shifted row is RAGGED_ROW; an empty file is EMPTY_FILE', () => {
    expect(openText('id,Created,Currency,Amount Refunded\nch_1,2026-09-01 10:00,eur,0\n').run).toThrowError(expect.objectContaining({ code: 'MISSING_COLUMNS', line: 1 }));
    expect(openText('id,Created,Amount,Currency,Description\nch_1,2026-09-01 10:00,10.00,eur,Bohnen, dunkel\n').run).toThrowError(expect.objectContaining({ code: 'RAGGED_ROW', line: 2 }));
    expect(openText('').run).toThrowError(expect.objectContaining({ code: 'EMPTY_FILE' }));
  });
});

function namedValues(values: Float64Array): EmittedRecord['values'] {
  const named: EmittedRecord['values'] = {};
  METRIC_NAMES.forEach((name, index) => {
    if (!Number.isNaN(values[index]!)) named[name] = values[index]!;
  });
  return named;
}

/** Runs stripePayments.open on CSV text without detection, as the pipeline would after a claim. */
function openText(
  text: string,
  delimiter = ',',
  decimal: '.' | ',' = '.',
): { records: EmittedRecord[]; warnings: WarningInput[]; exclusions: Partial<Record<ExclusionReason, number>>; run: () => void } {
  const rows = tokenize(text, delimiter);
  const sample: FileSample = { fileName: 'inline.csv', text, rows, delimiter, hasSepLine: false, encoding: 'utf-8' };
  const records: EmittedRecord[] = [];
  const warnings: WarningInput[] = [];
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
    describe: () => {},
    firstSighting: () => true,
  };
  return {
    records,
    warnings,
    exclusions,
    run() {
      records.length = 0;
      warnings.length = 0;
      const parser = stripePayments.open(context);
      for (const row of rows) parser.row(row.cells, row.line);
      parser.end();
    },
  };
}
