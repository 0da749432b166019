// `smroi explain` (the built CLI) on one campaign of each bundled scenario, against its hand-worked
// file (fixtures/scenarios/expected/*.WORKED.md, or WORKED.md in the scenario folder): the orders
// with their files, lines, references and amounts, why each belongs, the lines of ad spend, the
// rows left out and the costs shared out.
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/explain/build.js';
import { runCli } from '../helpers/run-cli.js';

function explain(scenario: string, args: string[]): Explanation {
  const run = runCli(['explain', `fixtures/scenarios/${scenario}`, ...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Explanation;
}

/** file:line ref revenue refunds, one string per order row. */
function rows(explanation: Explanation): string[] {
  return explanation.orders.map((o) => `${o.file}:${o.line} ${o.ref} ${o.date} ${o.orders} ${o.revenue.toFixed(2)} ${o.refunds.toFixed(2)}`);
}

function spend(explanation: Explanation): string[] {
  return explanation.activity.filter((a) => a.metrics.adSpend !== undefined).map((a) => `${a.file}:${a.lines.join(',')} ${a.date}${a.dateTo ? `..${a.dateTo}` : ''} ${a.metrics.adSpend!.toFixed(2)}`);
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

describe('smroi explain against the worked files', () => {
  it('kuerbis-spellings, kürbiswochen: K-1, K-2 joined by folding, K-3 on the campaign\'s channel; spend 20 + 30', () => {
    const e = explain('kuerbis-spellings', ['--campaign', 'Kürbiswochen']);
    expect(e.subject).toEqual({ campaign: 'kürbiswochen' });
    expect(rows(e)).toEqual(['ledger.csv:2 K-1 2026-10-01 1 25.00 0.00', 'ledger.csv:3 K-2 2026-10-02 1 35.00 0.00', 'ledger.csv:4 K-3 2026-10-02 1 15.00 0.00']);
    expect(e.orders[0]!.why).toEqual({ campaign: { via: 'campaign', text: 'kuerbiswochen' }, joins: [{ step: 'folded', from: 'kuerbiswochen', to: 'kürbiswochen' }], channel: { via: 'source', text: 'fb / paid', channel: 'facebook' } });
    expect(e.orders[1]!.why.joins).toEqual([{ step: 'folded', from: 'kurbiswochen', to: 'kürbiswochen' }]);
    expect(e.orders[1]!.channel).toBe('instagram');
    expect(e.orders[2]!.why.channel).toEqual({ via: 'campaignChannel', campaign: 'kürbiswochen', channel: 'facebook', configured: false });
    expect(e.spellingsJoined).toEqual([
      { step: 'folded', from: 'kuerbiswochen', to: 'kürbiswochen' },
      { step: 'folded', from: 'kurbiswochen', to: 'kürbiswochen' },
    ]);
    expect(spend(e)).toEqual(['meta-ads.csv:2 2026-10-01 20.00', 'meta-ads.csv:3 2026-10-02 30.00']);
    expect(e.totals.confirmed).toMatchObject({ orders: 3, revenue: 75, refunds: 0 });
    expect(e.totals.cost).toEqual({ adSpend: 50, time: 0, other: 0, total: 50 });
  });

  it('bistro-quarter, October: Herbst Aktion is B-302 and B-305, B-306 cancelled; facebook carries 60.00 of time, instagram Canva 15.00', () => {
    const e = explain('bistro-quarter', ['--month', '2026-10', '--campaign', 'Herbst Aktion 2026']);
    expect(rows(e)).toEqual(['ledger.csv:10 B-302 2026-10-05 1 120.00 0.00', 'ledger.csv:14 B-305 2026-10-31 1 100.00 0.00']);
    // The generic ledger names the campaign of the order it leaves out: listed under it.
    expect(e.leftOut).toEqual([
      { file: 'ledger.csv', line: 12, ref: 'B-306', date: '2026-10-18', currency: '', reason: 'cancelledOrders', why: { campaign: { via: 'campaign', text: 'Herbst Aktion 2026' }, joins: [], channel: { via: 'source', text: 'fb / paid', channel: 'facebook' } } },
    ]);
    expect(e.statusExclusions).toEqual([]);
    expect(sum(spend(e).map((line) => Number(line.split(' ').at(-1))))).toBe(120);
    const facebook = explain('bistro-quarter', ['--month', '2026-10', '--channel', 'facebook']);
    expect(facebook.costs).toEqual([{ kind: 'time', channel: 'facebook', hoursPerMonth: 2, hourlyRate: 30, months: 1, amount: 60 }]);
    expect(facebook.totals.cost).toEqual({ adSpend: 120, time: 60, other: 0, total: 180 });
    const instagram = explain('bistro-quarter', ['--month', '2026-10', '--channel', 'instagram']);
    expect(instagram.costs).toEqual([{ kind: 'other', name: 'Canva Pro', per: 'month', months: 1, channel: 'instagram', amount: 15 }]);
    // B-301 90 (ig, 1 October 00:30 in Berlin) and B-304 100 (ig).
    expect(instagram.orders.map((o) => `${o.file}:${o.line} ${o.ref} ${o.date} ${o.revenue}`)).toEqual(['ledger.csv:9 B-301 2026-10-01 90', 'ledger.csv:13 B-304 2026-10-20 100']);
  });

  it('repeat-downloads, herbst-tee-2026: #2001, #2005 (refund 12.50), #2011; the copies name the download that counts them', () => {
    const e = explain('repeat-downloads', ['--campaign', 'herbst-tee-2026']);
    expect(rows(e)).toEqual([
      'orders_export_1 (2).csv:2 #2005 2026-10-11 1 28.40 12.50',
      'orders_export_1 (2).csv:19 #2011 2026-10-24 1 52.65 0.00',
      'orders_export_1.csv:2 #2001 2026-10-02 1 44.91 0.00',
    ]);
    expect(e.leftOut.map((l) => `${l.file}:${l.line} ${l.ref} ${l.reason} ${l.keptBy}`)).toEqual([
      'orders_export_1 (1).csv:2 #2005 repeatedDownload orders_export_1 (2).csv',
      'orders_export_1 (1).csv:19 #2011 repeatedDownload orders_export_1 (2).csv',
      'orders_export_1.csv:12 #2005 repeatedDownload orders_export_1 (2).csv',
    ]);
    expect(spend(e)).toEqual(['Teehaus-Nordlicht-Campaigns-Oct-1-2026-Oct-31-2026.csv:2 2026-10-01..2026-10-31 120.15']);
    expect(e.totals.confirmed).toMatchObject({ orders: 3, revenue: 125.96, refunds: 12.5 });
  });

  it('repeat-downloads-union: the same three orders from one file, nothing left out as a copy', () => {
    const e = explain('repeat-downloads-union', ['--campaign', 'Herbst Tee 2026']);
    expect(e.orders.map((o) => `${o.ref} ${o.revenue} ${o.refunds}`)).toEqual(['#2001 44.91 0', '#2005 28.4 12.5', '#2011 52.65 0']);
    expect(e.leftOut).toEqual([]);
    expect(e.totals.confirmed).toMatchObject({ orders: 3, revenue: 125.96, refunds: 12.5 });
  });

  it('range-and-daily, herbst-tee-2026: the range 120.15 plus 1-7 Nov 33.45; 25-31 Oct daily (28.25) counted from the range', () => {
    const e = explain('range-and-daily', ['--campaign', 'herbst-tee-2026']);
    const lines = spend(e);
    expect(lines[0]).toBe('Teehaus-Nordlicht-Campaigns-Oct-1-2026-Oct-31-2026.csv:2 2026-10-01..2026-10-31 120.15');
    const daily = e.activity.slice(1).map((a) => a.metrics.adSpend!);
    expect(daily).toEqual([4.6, 4.35, 5.1, 4.8, 4.25, 4.95, 5.4]);
    expect(sum(daily)).toBe(33.45);
    expect(e.overlaps.map((o) => o.date)).toEqual(['2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31']);
    expect(sum(e.overlaps.map((o) => o.metrics.adSpend!))).toBe(28.25);
    expect(e.totals.cost.adSpend).toBe(153.6);
  });

  it('cod-shop, winter-shawl-sale: four orders by the campaign ID, two by coupon WINTER10; with --paid-only #2103 alone', () => {
    const e = explain('cod-shop', ['--campaign', 'Winter Shawl Sale']);
    expect(e.orders.map((o) => `${o.ref} ${o.revenue} ${o.awaitingPayment} ${o.why.campaign.via} ${o.channel}`)).toEqual([
      '#2101 1850 true campaign facebook',
      '#2103 1570 false campaign facebook',
      '#2104 2406 true coupon facebook',
      '#2106 680 true campaign instagram',
      '#2108 1515 true coupon facebook',
      '#2111 1390 true campaign facebook',
    ]);
    expect(e.orders[0]!.why.joins).toEqual([{ step: 'campaignId', from: '120251000000000101', to: 'winter-shawl-sale' }]);
    expect(e.orders[2]!.why.campaign).toEqual({ via: 'coupon', code: 'WINTER10' });
    expect(e.statusExclusions).toEqual([{ file: 'orders_export_1.csv', reason: 'cancelledOrders', orders: 1, rows: [{ ref: '#2105', line: 13, date: '2026-11-03' }] }]);
    expect(sum(spend(e).map((line) => Number(line.split(' ').at(-1))))).toBe(3500);
    expect(e.totals.confirmed).toEqual({ orders: 6, revenue: 9411, refunds: 0, awaitingPayment: { orders: 5, revenue: 7841 } });

    const paid = explain('cod-shop', ['--campaign', 'winter-shawl-sale', '--paid-only']);
    expect(paid.orders.map((o) => `${o.file}:${o.line} ${o.ref} ${o.revenue}`)).toEqual(['orders_export_1.csv:8 #2103 1570']);
    expect(paid.leftOut.map((l) => `${l.ref} ${l.reason} ${l.revenue}`)).toEqual([
      '#2101 awaitingPaymentOrders 1850',
      '#2104 awaitingPaymentOrders 2406',
      '#2106 awaitingPaymentOrders 680',
      '#2108 awaitingPaymentOrders 1515',
      '#2111 awaitingPaymentOrders 1390',
    ]);
    expect(paid.totals.confirmed).toEqual({ orders: 1, revenue: 1570, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
  });

  it('etsy-paypal-shop, herbst-2026: three HERBST15 orders on the configured channel instagram; a USD payment at 0.92', () => {
    const e = explain('etsy-paypal-shop', ['--from', '2026-09-01', '--to', '2026-11-30', '--campaign', 'herbst-2026']);
    expect(rows(e)).toEqual([
      'EtsySoldOrders2026-9.csv:3 3401122002 2026-09-05 1 55.90 0.00',
      'EtsySoldOrders2026-9.csv:4 3401122003 2026-09-09 1 72.00 30.00',
      'EtsySoldOrders2026-9.csv:8 3401122007 2026-09-30 1 40.60 0.00',
    ]);
    for (const order of e.orders) expect(order.why).toEqual({ campaign: { via: 'coupon', code: 'HERBST15' }, joins: [], channel: { via: 'campaignChannel', campaign: 'herbst-2026', channel: 'instagram', configured: true } });
    // The cancelled order 3401122005 has no coupon: it is no order of the campaign.
    expect(e.leftOut).toEqual([]);
    expect(e.statusExclusions).toEqual([]);
    const unknown = explain('etsy-paypal-shop', ['--from', '2026-09-01', '--to', '2026-11-30', '--channel', 'unknown']);
    const usd = unknown.orders.find((o) => o.ref === 'TB-3002')!;
    expect(usd).toMatchObject({ file: 'Download.CSV', line: 7, revenue: 45, currency: 'USD', rate: 0.92 });
    expect(unknown.leftOut.map((l) => `${l.file}:${l.line} ${l.ref} ${l.date} ${l.reason}`)).toContain('EtsySoldOrders2026-9.csv:6 3401122005 null cancelledOrders');
    expect(unknown.totals.confirmed).toMatchObject({ orders: 15, revenue: 2954.82, refunds: 74.4 });
  });

  it('woocommerce-orders (EXPECTED.md): 3005, cancelled, under herbst-aktion-2026 on facebook; 4004 and 4006 by their lines', () => {
    const run = runCli(['explain', 'fixtures/woocommerce-orders', '--campaign', 'herbst-aktion-2026', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const e = JSON.parse(run.stdout) as Explanation;
    expect(e.leftOut).toEqual([
      { file: 'webtoffee-attribution.csv', line: 6, ref: '3005', date: '2026-09-10', currency: '', reason: 'cancelledOrders', why: { campaign: { via: 'campaign', text: 'herbst_aktion_2026' }, joins: [], channel: { via: 'source', text: 'facebook / paid', channel: 'facebook' } } },
    ]);
    const unknown = JSON.parse(runCli(['explain', 'fixtures/woocommerce-orders', '--channel', 'unknown', '--json']).stdout) as Explanation;
    expect(unknown.leftOut.map((l) => `${l.file}:${l.line} ${l.ref} ${l.reason}`)).toEqual(['advanced-order-export.csv:8 4004 cancelledOrders', 'advanced-order-export.csv:11 4006 pendingOrders']);
  });

  it('cafe-month, oktober-genusswochen: K-102, K-103 (GENUSS5), K-104 (refund 21.40); USD spend at the dated rates 0.91 and 0.93; the flyer 80.00', () => {
    const e = explain('cafe-month', ['--from', '2026-09-01', '--to', '2026-10-15', '--campaign', 'Oktober Genusswochen']);
    expect(rows(e)).toEqual(['kasse-herbst.csv:3 K-102 2026-10-03 1 107.00 0.00', 'kasse-herbst.csv:4 K-103 2026-10-06 1 21.40 0.00', 'kasse-herbst.csv:5 K-104 2026-10-10 1 21.40 21.40']);
    expect(e.orders[1]!.why.campaign).toEqual({ via: 'coupon', code: 'GENUSS5' });
    // 09-30: 20.00 USD × 0.91 = 18.20; 10-05: 100.00 USD × 0.93 = 93.00; the 10-20 row lies after the period.
    expect(e.activity.map((a) => `${a.file}:${a.lines.join(',')} ${a.date} ${a.metrics.adSpend} ${a.currency} ${a.rate}`)).toEqual([
      'Lindner-US-Account-Campaigns-Sep-20-2026-Oct-20-2026.csv:3 2026-09-30 20 USD 0.91',
      'Lindner-US-Account-Campaigns-Sep-20-2026-Oct-20-2026.csv:5 2026-10-05 100 USD 0.93',
    ]);
    expect(e.costs).toEqual([{ kind: 'other', name: 'Flyer Oktober', per: 'once', date: '2026-10-01', channel: 'instagram', campaign: 'oktober-genusswochen', amount: 80 }]);
    expect(e.totals.cost).toEqual({ adSpend: 111.2, time: 0, other: 80, total: 191.2 });
    expect(e.totals.confirmed).toMatchObject({ orders: 3, revenue: 149.8, refunds: 21.4 });
  });

  it('hofladen-quarter, sommerfest-2026: seven days of spend, 13-19 July, 188.40; no order names it', () => {
    const e = explain('hofladen-quarter', ['--campaign', 'Sommerfest 2026']);
    expect(e.orders).toEqual([]);
    expect(e.activity.map((a) => `${a.lines.join(',')} ${a.date}`)).toEqual(['2 2026-07-13', '3 2026-07-14', '4 2026-07-15', '5 2026-07-16', '6 2026-07-17', '7 2026-07-18', '8 2026-07-19']);
    expect(sum(e.activity.map((a) => a.metrics.adSpend!))).toBe(188.4);
  });

  for (const [scenario, args] of [
    ['cafe-week', ['--from', '2026-09-01', '--to', '2026-09-07']],
    ['till-walkins', []],
  ] as const) {
    it(`${scenario}, herbst-aktion-2026: #1001 by the Meta ID, #1002 and M-1 by coupon HERBST10, #1008 by newsletter; #1006 cancelled`, () => {
      const e = explain(scenario, [...args, '--campaign', 'herbst-aktion-2026']);
      expect(e.orders.map((o) => `${o.file} ${o.ref} ${o.revenue} ${o.why.campaign.via} ${o.channel}`)).toEqual([
        'orders_export_1.csv #1001 35 campaign facebook',
        'orders_export_1.csv #1002 70 coupon facebook',
        'orders_export_1.csv #1008 48 campaign email',
        'wochenmarkt-kasse.csv M-1 12.5 coupon facebook',
      ]);
      expect(e.orders[0]!.why.joins).toEqual([{ step: 'campaignId', from: '120246849180540596', to: 'herbst-aktion-2026' }]);
      expect(e.statusExclusions).toContainEqual({ file: 'orders_export_1.csv', reason: 'cancelledOrders', orders: 1, rows: [{ ref: '#1006', line: 20, date: '2026-09-05' }] });
      expect(e.totals.confirmed).toMatchObject({ orders: 4, revenue: 165.5 });
      expect(e.totals.cost.adSpend).toBe(75.5);
    });
  }

  it('baeckerei-de, kürbiswochen-2026: B-1001, B-1003 (KUERBIS10), B-1005 (alias), B-1006 refunded; Meta lines 3, 4, 6, 8; the flyer 90.00', () => {
    const e = explain('baeckerei-de', ['--month', '2026-10', '--campaign', 'Kürbiswochen 2026']);
    expect(rows(e)).toEqual([
      'kasse-oktober.csv:3 B-1001 2026-10-01 1 24.80 0.00',
      'kasse-oktober.csv:5 B-1003 2026-10-06 1 36.50 0.00',
      'kasse-oktober.csv:7 B-1005 2026-10-12 1 42.00 0.00',
      'kasse-oktober.csv:8 B-1006 2026-10-14 1 0.00 19.60',
    ]);
    expect(e.orders[1]!.why.campaign).toEqual({ via: 'coupon', code: 'KUERBIS10' });
    expect(e.orders[2]!.why.joins).toEqual([{ step: 'alias', from: 'kuerbiswochen-2026', to: 'kürbiswochen-2026' }]);
    expect(e.leftOut.map((l) => `${l.file}:${l.line} ${l.ref} ${l.date} ${l.reason} ${l.why.campaign.via}`)).toEqual(['kasse-oktober.csv:6 B-1004 2026-10-09 cancelledOrders campaign']);
    expect(e.statusExclusions).toEqual([]);
    expect(spend(e).map((line) => line.split(' ')[0])).toEqual([3, 4, 6, 8].map((line) => `Baeckerei-Hofmann-Kampagnen-1-Okt-2026-31-Okt-2026.csv:${line}`));
    expect(e.costs).toEqual([{ kind: 'other', name: expect.stringContaining('Flyer') as unknown as string, per: 'once', date: '2026-10-02', campaign: 'kürbiswochen-2026', amount: 90 }]);
    expect(e.totals.cost).toEqual({ adSpend: 120, time: 0, other: 90, total: 210 });
    expect(e.totals.confirmed).toMatchObject({ orders: 4, revenue: 103.3, refunds: 19.6 });
  });

  it('kafferosteri-sv, höstkampanj-2026: #1001, #1002 (HOST15), #1004, K-501 (HOST15), K-506 refunded; the photo shoot 1500', () => {
    const e = explain('kafferosteri-sv', ['--month', '2026-09', '--campaign', 'Höstkampanj 2026']);
    expect(rows(e)).toEqual([
      'kassa-september.csv:3 K-501 2026-09-05 1 1250.00 0.00',
      'kassa-september.csv:8 K-506 2026-09-26 1 0.00 612.50',
      'orders_export_1.csv:3 #1001 2026-09-02 1 398.00 0.00',
      'orders_export_1.csv:6 #1002 2026-09-04 1 329.80 0.00',
      'orders_export_1.csv:10 #1004 2026-09-09 1 597.00 199.00',
    ]);
    expect(e.orders[2]!.why.joins).toEqual([{ step: 'alias', from: 'hostkampanj-2026', to: 'höstkampanj-2026' }]);
    expect(e.activity.map((a) => `${a.lines.join(',')} ${a.metrics.adSpend}`)).toEqual(['2 300', '4 350', '6 250', '7 200']);
    expect(e.costs).toEqual([{ kind: 'other', name: 'Fotografering höstbilder', per: 'once', date: '2026-09-08', campaign: 'höstkampanj-2026', amount: 1500 }]);
    expect(e.totals.cost).toEqual({ adSpend: 1100, time: 0, other: 1500, total: 2600 });
  });
});
