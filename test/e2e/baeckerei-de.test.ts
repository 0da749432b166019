// End to end: the built CLI on the baeckerei-de scenario (a German bakery's October: a Meta export re-saved by a
// German Excel, a UTF-16 follows file, a Windows-1252 till with `1.250,00` amounts, a German PayPal download, a DATEV
// Buchungsstapel and a German GA4 download), every figure against fixtures/scenarios/expected/baeckerei-de.WORKED.md.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIO = 'fixtures/scenarios/baeckerei-de';
const PERIOD = ['--month', '2026-10'];
const expectedDir = join(ROOT, 'fixtures', 'scenarios', 'expected');

type Row = Record<string, any>;

function audit(extra: string[] = [], dir = SCENARIO) {
  return runCli(['audit', dir, ...PERIOD, ...extra]);
}

/** The contract figures of one Metrics block, as the WORKED file lists them. */
function money(block: Row) {
  return [block.cost, block.confirmed, block.roi, block.roas, block.costPerOrder];
}

describe('smroi audit on baeckerei-de (JSON)', () => {
  const run = audit(['--json']);
  const report = JSON.parse(run.stdout);
  const channel = (name: string): Row => report.channels.find((c: Row) => c.channel === name);
  const campaign = (key: string): Row => report.campaigns.find((c: Row) => c.campaign === key);

  it('exits 0 and validates against the JSON Schema', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('smroi: 5 warnings (see "warnings" in the JSON)\n');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('states October in Berlin, in EUR, with nothing assumed and no previous period', () => {
    expect(report.period).toEqual({ from: '2026-10-01', to: '2026-10-31', timezone: 'Europe/Berlin', fromSource: false });
    expect(report.currency).toBe('EUR');
    expect(report.assumptions).toEqual([]);
    expect(report.previous).toBeNull();
    expect(report.skipped).toEqual([]);
  });

  it('reads every file in its own bytes: kind, encoding, delimiter, rows and days', () => {
    expect(report.sources.map((s: Row) => [s.file, s.kind, s.encoding, s.delimiter, s.rows, s.from, s.to, s.excludedRows])).toEqual([
      ['Baeckerei-Hofmann-Kampagnen-1-Okt-2026-31-Okt-2026.csv', 'meta-ads', 'windows-1252', ';', 9, '2026-09-30', '2026-10-28', 1],
      ['Download.CSV', 'paypal-activity', 'utf-8', ',', 8, '2026-10-04', '2026-10-30', 1],
      ['EXTF_Buchungsstapel_20261001_20261031.csv', 'datev-buchungsstapel', 'windows-1252', ';', 6, '2026-10-02', '2026-10-30', 0],
      ['Follows (1).csv', 'meta-insights', 'utf-16le', ',', 6, '2026-09-30', '2026-10-26', 0],
      ['Traffic_Akquisition_Sitzung_Kampagne.csv', 'ga4', 'utf-8', ',', 39, '2026-10-01', '2026-10-31', 1],
      ['kasse-oktober.csv', 'generic-ledger', 'windows-1252', ';', 13, '2026-09-30', '2026-10-31', 2],
    ]);
    expect(report.sources[0].attribution).toEqual(['7 Tage nach Klick oder 1 Tag nach Ansehen']);
    expect(report.sources[3].dataset).toBe('meta-insights:facebook:follows');
  });

  it('totals: 1.250,00 and 2.000,00 read as thousands, PayPal and DATEV added, costs of one month', () => {
    const t = report.totals;
    expect(t.confirmed).toEqual({ orders: 16, revenue: 5092.1, refunds: 59 });
    expect(t.cost).toEqual({ adSpend: 210, time: 420, other: 102, total: 732 });
    expect([t.roi, t.roas, t.costPerOrder]).toEqual([3.5217, 24.2481, 45.75]);
    expect(t.vanity).toEqual({ impressions: 17760, reach: 13675, likes: 52, follows: 12, engagements: 371, profileVisits: null, linkClicks: 305, sessions: 732 });
    expect(t.claimed).toEqual({ meta: { conversions: 8, value: 267 }, ga4: { conversions: 5, value: 3860.8 } });
    expect(t.profit).toEqual({ basis: 'gross', revenue: 5092.1, tax: null, grossProfit: 3309.87, afterCost: 2577.87, roi: 3.5217, roas: 24.2481, breakEvenRoas: 1.5385, breakEvenRevenue: 1126.15 });
    expect(t.overclaim).toEqual({
      meta: { ordersRatio: 0.5, valueRatio: 0.0524, overclaim: false, attribution: ['7 Tage nach Klick oder 1 Tag nach Ansehen'] },
      ga4: { ordersRatio: 0.3125, valueRatio: 0.7582, overclaim: false },
    });
  });

  it('channels', () => {
    expect(report.channels.map((c: Row) => c.channel)).toEqual(['facebook', 'instagram', 'google', 'email', 'unknown']);
    expect(money(channel('facebook'))).toEqual([{ adSpend: 210, time: 280, other: 0, total: 490 }, { orders: 5, revenue: 3791.3, refunds: 19.6 }, 4.0293, 18.0538, 98]);
    expect(money(channel('instagram'))).toEqual([{ adSpend: 0, time: 140, other: 12, total: 152 }, { orders: 1, revenue: 42, refunds: 0 }, -0.8204, null, 152]);
    expect(money(channel('google'))).toEqual([{ adSpend: 0, time: 0, other: 0, total: 0 }, { orders: 1, revenue: 15.5, refunds: 0 }, null, null, 0]);
    expect(money(channel('email'))).toEqual([{ adSpend: 0, time: 0, other: 0, total: 0 }, { orders: 1, revenue: 64, refunds: 0 }, null, null, 0]);
    expect(money(channel('unknown'))).toEqual([{ adSpend: 0, time: 0, other: 0, total: 0 }, { orders: 8, revenue: 1179.3, refunds: 39.4 }, null, null, 0]);
    expect(channel('facebook').vanity).toEqual({ impressions: 17760, reach: 13675, likes: 52, follows: 12, engagements: 371, profileVisits: null, linkClicks: 305, sessions: 99 });
    expect(['instagram', 'google', 'email', 'unknown'].map((name) => channel(name).vanity.sessions)).toEqual([55, 30, 18, 530]);
    expect(channel('facebook').claimed).toEqual({ meta: { conversions: 8, value: 267 }, ga4: { conversions: 3, value: 3754.8 } });
    expect(channel('facebook').overclaim.meta).toEqual({ ordersRatio: 1.6, valueRatio: 0.0704, overclaim: true });
    expect(channel('instagram').profit).toMatchObject({ grossProfit: 27.3, afterCost: -124.7, breakEvenRevenue: 233.85 });
  });

  it('campaigns: names folded, German spellings aliased, costs, ROI, ROAS and verdicts', () => {
    expect(report.campaigns.map((c: Row) => [c.campaign, c.names, c.channels, c.verdict])).toEqual([
      ['frühstücksbox-büro', ['Frühstücksbox Büro', 'fruehstuecksbox_buero'], ['facebook'], 'profitable'],
      ['kürbiswochen-2026', ['Kürbiswochen 2026', 'kuerbiswochen_2026'], ['facebook', 'instagram'], 'loss-making'],
      ['stollen-vorbestellung', ['Stollen Vorbestellung', 'stollen_vorbestellung'], ['facebook'], 'vanity-only'],
    ]);
    expect(money(campaign('frühstücksbox-büro'))).toEqual([{ adSpend: 75, time: 0, other: 0, total: 75 }, { orders: 2, revenue: 3730, refunds: 0 }, 31.3267, 49.7333, 37.5]);
    expect(money(campaign('kürbiswochen-2026'))).toEqual([{ adSpend: 120, time: 0, other: 90, total: 210 }, { orders: 4, revenue: 103.3, refunds: 19.6 }, -0.6803, 0.8608, 52.5]);
    expect(money(campaign('stollen-vorbestellung'))).toEqual([{ adSpend: 15, time: 0, other: 0, total: 15 }, { orders: 0, revenue: 0, refunds: 0 }, -1, 0, null]);
    expect(campaign('kürbiswochen-2026').vanity).toEqual({ impressions: 9810, reach: 7525, likes: 41, follows: 0, engagements: 277, profileVisits: null, linkClicks: 215, sessions: 95 });
    expect(campaign('kürbiswochen-2026').claimed).toEqual({ meta: { conversions: 7, value: 235 }, ga4: { conversions: 2, value: 66.8 } });
    expect(campaign('frühstücksbox-büro').claimed).toEqual({ meta: { conversions: 1, value: 32 }, ga4: { conversions: 2, value: 3730 } });
    expect(campaign('kürbiswochen-2026').profit).toMatchObject({ grossProfit: 67.15, afterCost: -142.86, breakEvenRevenue: 323.08 });
    expect(campaign('kürbiswochen-2026').overclaim.meta).toEqual({ ordersRatio: 1.75, valueRatio: 2.2749, overclaim: true, attribution: ['7 Tage nach Klick oder 1 Tag nach Ansehen'] });
    expect(campaign('stollen-vorbestellung').overclaim.meta).toMatchObject({ ordersRatio: null, valueRatio: null, overclaim: false });
  });

  it('unattributed: the till order without campaign, the unmatched PayPal payments and all of DATEV', () => {
    expect(report.unattributed).toEqual({ orders: 8, revenue: 1179.3, refunds: 39.4 });
  });

  it('exclusions and warnings', () => {
    expect(report.exclusions).toEqual({ rowsOutsidePeriod: 3, summaryRows: 2, cancelledOrders: 1, failedOrders: 0, pendingOrders: 2, duplicateRowsDropped: 3 });
    expect(report.warnings.map((w: Row) => [w.code, w.campaign ?? w.file ?? null])).toEqual([
      ['MANGLED_ID', 'Baeckerei-Hofmann-Kampagnen-1-Okt-2026-31-Okt-2026.csv'],
      ['PAYMENTS_MERGED', 'Download.CSV'],
      ['PAYMENTS_MERGED', 'Download.CSV'],
      ['SPEND_WITHOUT_ORDERS', 'stollen-vorbestellung'],
      ['OVERCLAIM', 'kürbiswochen-2026'],
    ]);
    expect(report.warnings[1].details).toEqual({ shopFile: 'EXTF_Buchungsstapel_20261001_20261031.csv', rows: 1 });
    expect(report.warnings[2].details).toEqual({ shopFile: 'kasse-oktober.csv', rows: 2 });
    expect(report.warnings[4].message).toBe(
      'Meta claims 7 conversions worth 235.00 EUR for campaign "kürbiswochen-2026" (attribution: 7 Tage nach Klick oder 1 Tag nach Ansehen), but the ledger confirms 4 orders worth 103.30 EUR: 1.75× the orders and 2.27× the revenue.',
    );
  });

  it('economics, the plan, make or buy', () => {
    expect(report.economics).toEqual({
      revenueBasis: 'gross',
      margin: 0.65,
      marginConfigured: true,
      breakEvenRoas: 1.5385,
      taxStatedIn: [],
      taxNotStatedIn: ['Download.CSV', 'EXTF_Buchungsstapel_20261001_20261031.csv', 'kasse-oktober.csv'],
    });
    expect(report.plan.campaigns.map((p: Row) => [p.campaign, p.kpi, p.target, p.actual, p.reached, p.vanityKpi, p.measurable, p.budgetDifference, p.budgetUsed, p.budgetStatus])).toEqual([
      ['kürbiswochen-2026', 'orders', 8, 4, false, false, true, -30, 0.8, 'under'],
      ['stollen-vorbestellung', 'reach', 5000, 1720, false, true, true, -15, 0.5, 'under'],
    ]);
    expect(report.plan.unplanned).toEqual([{ campaign: 'frühstücksbox-büro', adSpend: 75, configured: true }]);
    expect(report.makeOrBuy).toEqual({
      name: 'Agentur Teig & Text',
      amountPerMonth: 300,
      months: 1,
      outsourcing: 300,
      hourlyRate: 35,
      hoursPerMonth: 12,
      hours: 12,
      ownTime: 420,
      cheaper: 'outsourcing',
      difference: 120,
      breakEvenHourlyRate: 25,
    });
    expect(report.exchangeRates).toEqual([]);
  });

  it('counts the PayPal payments of till and DATEV orders once: without Download.CSV only the 3 unmatched payments go', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-baeckerei-'));
    try {
      cpSync(join(ROOT, SCENARIO), dir, { recursive: true });
      rmSync(join(dir, 'Download.CSV'));
      const without = JSON.parse(audit(['--json'], dir).stdout);
      // 16 − 3 orders, 5092.10 − 97.50 revenue, 59.00 − 18.00 refunds: the merged 1.250,00, 64,00 and 476,00 add nothing.
      expect(without.totals.confirmed).toEqual({ orders: 13, revenue: 4994.6, refunds: 41 });
      expect(without.unattributed).toEqual({ orders: 5, revenue: 1081.8, refunds: 21.4 });
      expect(without.warnings.map((w: Row) => w.code)).not.toContain('PAYMENTS_MERGED');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches the golden file byte for byte, and two runs are identical', () => {
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'baeckerei-de.json'), 'utf8'));
    expect(audit(['--json']).stdout).toBe(run.stdout);
  });
});

describe('smroi audit on baeckerei-de (table and privacy)', () => {
  it('prints the table report matching the golden file', () => {
    const run = audit();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'baeckerei-de.txt'), 'utf8'));
    // Prose wraps at 100 columns. The tables do not: with amounts in the thousands they grow past 100 (reported
    // with this scenario; the golden file pins their current width).
    for (const line of run.stdout.split('\n').filter((text) => !/^[┌│├└]/.test(text))) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('never prints a customer name, e-mail, address, phone number or note, in any format', () => {
    const secrets = [
      // the till's Kunde column
      'Petra Sommerfeld', 'Anja Brenneisen', 'Rothmund', 'Nowakowski', 'Benedikt Ulrichs', 'Clara Wendtland', 'Dieter Haasbach',
      'Krämerling', 'Langenfeld', 'Fritz Jahnke', 'Greta Buschmann',
      // PayPal: names, addresses, phones, notes
      'Jana Kellermeier', 'Markus Obermaier', 'Sebastian Wimmerer', 'Theresa Fuchsberger', 'St. Anna', 'Domplatz', 'Innstraße',
      'Ilzleite', 'Kapuzinerstraße', '+49 851', 'Alles Gute', 'Für Oma', 'baeckerei-hofmann.example',
    ];
    for (const format of ['json', 'table', 'markdown', 'csv']) {
      const run = audit(['--format', format]);
      expect(run.status, run.stderr).toBe(0);
      for (const secret of secrets) {
        expect(run.stdout, `${format}: ${secret}`).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
      expect(run.stdout).not.toMatch(/@example\./);
    }
  });
});
