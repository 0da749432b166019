// End to end: the built CLI on the cafe-month scenario, a configuration with every key of config.md,
// every figure against fixtures/scenarios/expected/cafe-month.WORKED.md (worked out by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIO = 'fixtures/scenarios/cafe-month';
const PERIOD = ['--from', '2026-09-01', '--to', '2026-10-15'];
const expectedDir = join(ROOT, 'fixtures', 'scenarios', 'expected');

function audit(extra: string[] = []) {
  return runCli(['audit', SCENARIO, ...PERIOD, ...extra]);
}

type Row = Record<string, any>;

describe('smroi audit on cafe-month (JSON)', () => {
  const run = audit(['--json']);
  const report = JSON.parse(run.stdout);
  const campaign = (key: string): Row => report.campaigns.find((c: Row) => c.campaign === key);
  const channel = (name: string): Row => report.channels.find((c: Row) => c.channel === name);

  it('exits 0 and validates against the JSON Schema', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('smroi: 7 warnings (see "warnings" in the JSON)\n');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reads the USD ad account and the ledger with MwSt and a SEK order', () => {
    expect(report.sources.map((s: Row) => `${s.kind} ${s.file}`)).toContain('meta-ads Lindner-US-Account-Campaigns-Sep-20-2026-Oct-20-2026.csv');
    expect(report.sources.map((s: Row) => `${s.kind} ${s.file}`)).toContain('generic-ledger kasse-herbst.csv');
    expect(report.sources.find((s: Row) => s.file.startsWith('Lindner-US')).attribution).toEqual(['7-day click, 1-day view']);
  });

  it('currencies: converted with the rate of each date, the rates used listed', () => {
    expect(report.currency).toBe('EUR');
    expect(report.exchangeRates).toEqual([
      { currency: 'SEK', into: 'EUR', from: null, rate: 0.087 },
      { currency: 'USD', into: 'EUR', from: '2026-09-01', rate: 0.91 },
      { currency: 'USD', into: 'EUR', from: '2026-10-01', rate: 0.93 },
    ]);
  });

  it('totals: costs pro-rated over 46/31 months, contract ROI and ROAS on gross revenue', () => {
    const t = report.totals;
    expect(t.cost).toEqual({ adSpend: 304.4, time: 890.32, other: 222.26, total: 1416.98 });
    // WORKED.md, issue 8: the pending #1007 (30.00, VAT 1.96) is an order awaiting payment and counts.
    expect(t.confirmed).toEqual({ orders: 18, revenue: 668.8, refunds: 54.4, awaitingPayment: { orders: 1, revenue: 30 } });
    // (668.80 × 0.6 − 1,416.98) / 1,416.98 = −1,015.70 / 1,416.98; 668.80 / 304.40; 1,416.98 / 18.
    expect([t.roi, t.roas, t.costPerOrder]).toEqual([-0.7168, 2.1971, 78.72]);
    expect(t.claimed).toEqual({ meta: { conversions: 14, value: 600 }, ga4: { conversions: 4, value: 130 }, google: { conversions: null, value: null } });
    expect(t.vanity).toEqual({ impressions: 13850, reach: 14920, likes: 385, follows: 7, engagements: 459, profileVisits: null, linkClicks: 417, sessions: 225 });
  });

  it('totals: margin ROI, break-even ROAS and the net revenue basis', () => {
    expect(report.economics).toEqual({
      revenueBasis: 'net',
      margin: 0.6,
      marginConfigured: true,
      breakEvenRoas: 1.6667,
      taxStatedIn: ['kasse-herbst.csv', 'orders_export_1.csv'],
      taxNotStatedIn: ['wochenmarkt-kasse.csv'],
    });
    expect(report.totals.profit).toEqual({
      basis: 'net',
      revenue: 618.33, // 668.80 − 50.47 VAT (48.51 + #1007's 1.96)
      tax: 50.47,
      grossProfit: 371,
      afterCost: -1045.98,
      roi: -0.7382,
      roas: 2.0313,
      breakEvenRoas: 1.6667,
      breakEvenRevenue: 2361.63,
    });
  });

  it('channels', () => {
    expect(report.channels.map((c: Row) => c.channel)).toEqual(['facebook', 'instagram', 'google', 'email', 'unknown']);
    const fb = channel('facebook');
    expect(fb.cost).toEqual({ adSpend: 193.2, time: 356.13, other: 0, total: 549.33 });
    expect(fb.confirmed).toEqual({ orders: 5, revenue: 211, refunds: 18, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([fb.roi, fb.roas, fb.costPerOrder]).toEqual([-0.7695, 1.0921, 109.87]);
    expect([fb.profit.tax, fb.profit.revenue, fb.profit.roi, fb.profit.roas]).toEqual([12.98, 198.02, -0.7837, 1.0249]);
    expect(fb.overclaim.meta).toEqual({ ordersRatio: 1.6, valueRatio: 1.5251, overclaim: true });
    const ig = channel('instagram');
    expect(ig.cost).toEqual({ adSpend: 111.2, time: 534.19, other: 102.26, total: 747.65 });
    expect(ig.confirmed).toEqual({ orders: 5, revenue: 213.8, refunds: 21.4, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([ig.roi, ig.roas, ig.costPerOrder]).toEqual([-0.8284, 1.9227, 149.53]);
    expect([ig.profit.tax, ig.profit.revenue, ig.profit.roi, ig.profit.roas]).toEqual([12.55, 201.25, -0.8385, 1.8098]);
    expect(channel('google').overclaim.ga4).toEqual({ ordersRatio: null, valueRatio: null, overclaim: true });
    expect([channel('email').confirmed, channel('email').profit.tax]).toEqual([{ orders: 3, revenue: 121.5, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } }, 11.84]);
    expect([channel('unknown').confirmed, channel('unknown').profit.tax]).toEqual([{ orders: 5, revenue: 122.5, refunds: 15, awaitingPayment: { orders: 1, revenue: 30 } }, 13.1]);
    expect(report.unattributed).toEqual({ orders: 5, revenue: 122.5, refunds: 15 });
  });

  it('campaigns: contract figures and profit on the net basis', () => {
    expect(report.campaigns.map((c: Row) => c.campaign)).toEqual(['brunch-am-sonntag-familien', 'herbst-aktion-2026', 'herbst-aktoin-2026', 'oktober-genusswochen', 'retargeting-warenkorb']);
    const herbst = campaign('herbst-aktion-2026');
    expect(herbst.cost).toEqual({ adSpend: 158.2, time: 0, other: 120, total: 278.2 });
    expect(herbst.confirmed).toEqual({ orders: 5, revenue: 219, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([herbst.roi, herbst.roas, herbst.costPerOrder, herbst.verdict]).toEqual([-0.5277, 1.3843, 55.64, 'loss-making']);
    expect(herbst.profit).toEqual({ basis: 'net', revenue: 205.49, tax: 13.51, grossProfit: 123.29, afterCost: -154.91, roi: -0.5568, roas: 1.2989, breakEvenRoas: 1.6667, breakEvenRevenue: 463.67 });
    const okt = campaign('oktober-genusswochen');
    expect(okt.names).toEqual(['Oktober Genusswochen', 'oktober-genusswochen']);
    expect(okt.channels).toEqual(['instagram']);
    expect(okt.cost).toEqual({ adSpend: 111.2, time: 0, other: 80, total: 191.2 });
    expect(okt.confirmed).toEqual({ orders: 3, revenue: 149.8, refunds: 21.4, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([okt.roi, okt.roas, okt.costPerOrder, okt.verdict]).toEqual([-0.5299, 1.3471, 63.73, 'loss-making']);
    expect(okt.profit).toEqual({ basis: 'net', revenue: 140, tax: 9.8, grossProfit: 84, afterCost: -107.2, roi: -0.5607, roas: 1.259, breakEvenRoas: 1.6667, breakEvenRevenue: 318.67 });
    const brunch = campaign('brunch-am-sonntag-familien');
    expect([brunch.roi, brunch.profit.revenue, brunch.profit.roi, brunch.profit.roas]).toEqual([1.56, 61.25, 1.45, 4.0833]);
    const retargeting = campaign('retargeting-warenkorb');
    expect([retargeting.profit.revenue, retargeting.profit.tax, retargeting.profit.afterCost, retargeting.profit.roi, retargeting.profit.roas]).toEqual([37.39, 2.61, 2.43, 0.1216, 1.8693]);
    expect(campaign('herbst-aktoin-2026').profit).toMatchObject({ revenue: 30, tax: 0, roi: null });
  });

  it('claimed versus confirmed: ratios per platform, the attribution setting, OVERCLAIM above 1.5×', () => {
    expect(campaign('herbst-aktion-2026').claimed).toEqual({ meta: { conversions: 7, value: 291.8 }, ga4: { conversions: 3, value: 105 }, google: { conversions: null, value: null } });
    expect(campaign('herbst-aktion-2026').overclaim).toEqual({
      meta: { ordersRatio: 1.4, valueRatio: 1.3324, overclaim: false, attribution: ['7-day click, 1-day view'] },
      ga4: { ordersRatio: 0.6, valueRatio: 0.4795, overclaim: false },
    });
    expect(campaign('oktober-genusswochen').claimed.meta).toEqual({ conversions: 6, value: 278.2 });
    expect(campaign('oktober-genusswochen').overclaim.meta).toEqual({ ordersRatio: 2, valueRatio: 1.8571, overclaim: true, attribution: ['7-day click, 1-day view'] });
    expect(campaign('retargeting-warenkorb').overclaim.meta).toEqual({ ordersRatio: 1, valueRatio: 0.75, overclaim: false, attribution: [] });
    expect(report.totals.overclaim).toEqual({
      // 14 / 18, 600 / 668.80; 4 / 18, 130 / 668.80.
      meta: { ordersRatio: 0.7778, valueRatio: 0.8971, overclaim: false, attribution: ['7-day click, 1-day view'] },
      ga4: { ordersRatio: 0.2222, valueRatio: 0.1944, overclaim: false },
    });
  });

  it('the plan: KPIs, vanity and unmeasurable KPIs, budgets, spend without a plan', () => {
    const byKey = Object.fromEntries(report.plan.campaigns.map((p: Row) => [p.campaign, p]));
    expect(Object.keys(byKey)).toEqual(['adventsmarkt-2026', 'brunch-am-sonntag-familien', 'herbst-aktion-2026', 'oktober-genusswochen']);
    expect(byKey['herbst-aktion-2026']).toEqual({
      campaign: 'herbst-aktion-2026',
      name: 'Herbst Aktion 2026',
      goal: 'sales',
      kpi: 'orders',
      target: 8,
      owner: 'Anna',
      audience: 'Stammkundschaft im Viertel',
      budget: 150,
      vanityKpi: false,
      measurable: true,
      actual: 5,
      reached: false,
      adSpend: 158.2,
      budgetDifference: 8.2,
      budgetUsed: 1.0547,
      budgetStatus: 'over',
    });
    expect(byKey['oktober-genusswochen']).toMatchObject({ kpi: 'roas', target: 2, actual: 1.259, reached: false, budgetDifference: 11.2, budgetUsed: 1.112, budgetStatus: 'over' });
    expect(byKey['brunch-am-sonntag-familien']).toMatchObject({ kpi: 'reach', vanityKpi: true, measurable: true, actual: 700, reached: true, budgetDifference: -5, budgetUsed: 0.75, budgetStatus: 'under' });
    expect(byKey['adventsmarkt-2026']).toMatchObject({ kpi: 'follows', vanityKpi: true, measurable: false, actual: null, reached: null, adSpend: 0, budgetDifference: -50, budgetUsed: 0, budgetStatus: 'under' });
    expect(report.plan.unplanned).toEqual([{ campaign: 'retargeting-warenkorb', adSpend: 20, configured: false }]);
  });

  it('make or buy', () => {
    expect(report.makeOrBuy).toEqual({
      name: 'Agentur Beispiel',
      amountPerMonth: 450,
      months: 1.4839,
      outsourcing: 667.74,
      hourlyRate: 40,
      hoursPerMonth: 15,
      hours: 22.26,
      ownTime: 890.32,
      cheaper: 'outsourcing',
      difference: 222.58,
      breakEvenHourlyRate: 30,
    });
  });

  it('exclusions and warnings', () => {
    expect(report.exclusions).toEqual({ rowsOutsidePeriod: 2, summaryRows: 3, cancelledOrders: 2, failedOrders: 0, pendingOrders: 0, awaitingPaymentOrders: 0, duplicateRowsDropped: 3 });
    expect(report.warnings.map((w: Row) => [w.code, w.campaign ?? w.file ?? null])).toEqual([
      ['OVERLAPPING_EXPORT', 'older-download/Follows (1).csv'],
      ['UNMATCHED_CAMPAIGN', 'herbst-aktoin-2026'],
      ['PARTIAL_COVERAGE', null],
      ['PARTIAL_COVERAGE', null],
      ['OVERCLAIM', 'oktober-genusswochen'],
      ['TAX_NOT_STATED', 'wochenmarkt-kasse.csv'],
      ['KPI_NOT_MEASURABLE', 'adventsmarkt-2026'],
    ]);
    // The week's ledgers end on 09-07 and kasse-herbst.csv starts on 09-21; GA4 (download.csv) ends on 09-07.
    expect(report.warnings[2].details).toEqual({ family: 'ledger', uncovered: [{ from: '2026-09-08', to: '2026-09-20' }] });
    expect(report.warnings[3].details).toEqual({ family: 'analytics', uncovered: [{ from: '2026-09-08', to: '2026-10-15' }] });
    expect(report.coverage.ledger).toEqual({ from: '2026-09-01', to: '2026-10-15', days: 32 });
    expect(report.warnings[4].message).toBe(
      'Meta claims 6 conversions worth 278.20 EUR for campaign "oktober-genusswochen" (attribution: 7-day click, 1-day view), but the ledger confirms 3 orders worth 149.80 EUR: 2.00× the orders and 1.86× the revenue.',
    );
  });

  it('matches the golden file byte for byte, and two runs are identical', () => {
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'cafe-month.json'), 'utf8'));
    expect(audit(['--json']).stdout).toBe(run.stdout);
  });

  it('never prints customer data', () => {
    for (const secret of ['Grete Lind', 'Paul Kern', 'Mia Roth', 'Sven Ek', 'anna.keller@example.com']) expect(run.stdout).not.toContain(secret);
  });
});

describe('--revenue-basis gross overrides the configuration', () => {
  const report = JSON.parse(audit(['--json', '--revenue-basis', 'gross']).stdout);

  it('the profit block then equals the contract fields, and the net-basis warning goes', () => {
    expect(report.economics.revenueBasis).toBe('gross');
    expect(report.totals.profit).toMatchObject({ basis: 'gross', revenue: 668.8, tax: 50.47, roi: -0.7168, roas: 2.1971 });
    for (const row of [report.totals, ...report.channels, ...report.campaigns]) {
      expect([row.profit.revenue, row.profit.roi, row.profit.roas]).toEqual([row.confirmed.revenue, row.roi, row.roas]);
    }
    expect(report.warnings.map((w: Row) => w.code)).not.toContain('TAX_NOT_STATED');
    expect(report.plan.campaigns.find((p: Row) => p.campaign === 'oktober-genusswochen')).toMatchObject({ actual: 1.3471, reached: false });
  });
});

describe('smroi audit on cafe-month (table)', () => {
  it('shows profit, claims, the plan, make or buy and the rates, matching the golden file, within 80 columns', () => {
    const run = audit();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'cafe-month.txt'), 'utf8'));
    for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('Profit: revenue without the VAT your ledgers state, margin 60 %');
    expect(run.stdout).toContain('│ oktober-genusswochen       │      3 │  149.80 │    6/278.20 │ 2.00/1.86 ! │');
    expect(run.stdout).toContain('Outsourcing is cheaper by 222.58 EUR. Outsourcing pays once your hour is worth\n  more than 30.00 EUR.');
    expect(run.stdout).toContain('- 1 USD = 0.93 EUR from 2026-10-01');
  });
});

describe('a missing exchange rate', () => {
  it('stops the audit and names the key to add', () => {
    const run = runCli(['audit', SCENARIO, ...PERIOD, '--config', 'fixtures/scenarios/cafe-week/smroi.config.json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'smroi: Lindner-US-Account-Campaigns-Sep-20-2026-Oct-20-2026.csv: holds amounts in USD but the report is in EUR and no exchange rate for USD on 2026-09-20 is configured. ' +
        'Add "fx": { "USD": <value of 1 USD in EUR> } to smroi.config.json (or a dated rate on or before 2026-09-20), or set "currency": "USD". [MISSING_FX_RATE]\n',
    );
  });
});
