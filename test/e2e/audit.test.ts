// End to end: the built CLI on the cafe-week scenario, every figure against
// fixtures/scenarios/expected/cafe-week.WORKED.md (worked out by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIO = 'fixtures/scenarios/cafe-week';
const PERIOD = ['--from', '2026-09-01', '--to', '2026-09-07'];
const expectedDir = join(ROOT, 'fixtures', 'scenarios', 'expected');

function audit(extra: string[] = []) {
  return runCli(['audit', SCENARIO, ...PERIOD, ...extra]);
}

describe('smroi audit on cafe-week (JSON)', () => {
  const run = audit(['--json']);
  const report = JSON.parse(run.stdout);

  it('exits 0 with the JSON on stdout and a one-line note on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('smroi: 2 warnings (see "warnings" in the JSON)\n');
  });

  it('validates against the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('states period, time zone and currency', () => {
    expect(report.schema).toBe('smroi.report/1');
    expect(report.period).toEqual({ from: '2026-09-01', to: '2026-09-07', timezone: 'Europe/Berlin', fromSource: false });
    expect(report.currency).toBe('EUR');
  });

  it('recognises every file by content and skips the rest', () => {
    expect(report.sources.map((s: { file: string; kind: string }) => `${s.kind} ${s.file}`)).toEqual([
      'facebook-posts Facebook-posts-Sep-2026.csv',
      'meta-insights Follows (1).csv',
      'instagram-posts Instagram-posts-Sep-2026.csv',
      'meta-ads Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-7-2026.csv',
      'meta-insights Reach (1).csv',
      'ga4 download.csv',
      'meta-insights older-download/Follows (1).csv',
      'shopify-orders orders_export_1.csv',
      'generic-ledger wochenmarkt-kasse.csv',
    ]);
    expect(report.sources.find((s: { kind: string }) => s.kind === 'meta-insights').encoding).toBe('utf-16le');
    expect(report.skipped.map((s: { file: string }) => s.file)).toEqual(['notes.txt']);
  });

  it('totals: confirmed sales, cost, ROI', () => {
    const t = report.totals;
    // WORKED.md: the pending #1007 (30.00) is an order awaiting payment and counts (issue 8).
    expect(t.confirmed).toEqual({ orders: 12, revenue: 362.5, refunds: 33, awaitingPayment: { orders: 1, revenue: 30 } });
    expect(t.cost).toEqual({ adSpend: 110.5, time: 140, other: 123.5, total: 374 });
    expect(t.roi).toBe(-0.4184); // (362.50 × 0.6 − 374) / 374 = −156.50 / 374
    expect(t.roas).toBe(3.2805); // 362.50 / 110.50
    expect(t.costPerOrder).toBe(31.17); // 374 / 12
  });

  it('totals: vanity and claims kept apart', () => {
    const t = report.totals;
    expect(t.vanity).toEqual({ impressions: 5350, reach: 8520, likes: 385, follows: 7, engagements: 459, profileVisits: null, linkClicks: 162, sessions: 225 });
    expect(t.claimed).toEqual({ meta: { conversions: 5, value: 175 }, ga4: { conversions: 4, value: 130 }, google: { conversions: null, value: null } });
  });

  it('channels', () => {
    const byName = Object.fromEntries(report.channels.map((c: { channel: string }) => [c.channel, c]));
    expect(Object.keys(byName)).toEqual(['facebook', 'instagram', 'google', 'email', 'unknown']);
    expect(byName.facebook.cost).toEqual({ adSpend: 110.5, time: 56, other: 0, total: 166.5 });
    expect(byName.facebook.confirmed).toEqual({ orders: 4, revenue: 157.5, refunds: 18, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([byName.facebook.roi, byName.facebook.roas, byName.facebook.costPerOrder]).toEqual([-0.4324, 1.4253, 41.63]);
    expect(byName.facebook.vanity).toMatchObject({ impressions: 5350, reach: 4120, likes: 65, follows: 7, engagements: 76, linkClicks: 162, sessions: 110 });
    expect(byName.instagram.cost).toEqual({ adSpend: 0, time: 84, other: 3.5, total: 87.5 });
    expect(byName.instagram.confirmed).toEqual({ orders: 2, revenue: 64, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([byName.instagram.roi, byName.instagram.roas, byName.instagram.costPerOrder]).toEqual([-0.5611, null, 43.75]);
    expect(byName.instagram.vanity).toMatchObject({ reach: 4400, likes: 320, engagements: 383, sessions: 50 });
    expect(byName.google.vanity.sessions).toBe(40);
    expect(byName.google.claimed.ga4).toEqual({ conversions: 1, value: 25 });
    expect(byName.email.confirmed).toEqual({ orders: 2, revenue: 78, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect(byName.unknown.confirmed).toEqual({ orders: 4, revenue: 63, refunds: 15, awaitingPayment: { orders: 1, revenue: 30 } });
    expect(byName.unknown.vanity.sessions).toBe(25);
  });

  it('campaigns with merged names, costs, ROI and verdicts', () => {
    const byKey = Object.fromEntries(report.campaigns.map((c: { campaign: string }) => [c.campaign, c]));
    expect(Object.keys(byKey)).toEqual(['brunch-am-sonntag-familien', 'herbst-aktion-2026', 'herbst-aktoin-2026', 'retargeting-warenkorb']);
    const herbst = byKey['herbst-aktion-2026'];
    expect(herbst.names).toEqual(['HA26', 'Herbst Aktion 2026', 'herbst-aktion-2026', 'herbst_aktion_2026']);
    expect(herbst.channels).toEqual(['facebook', 'instagram', 'email']);
    expect(herbst.cost).toEqual({ adSpend: 75.5, time: 0, other: 120, total: 195.5 });
    expect(herbst.confirmed).toEqual({ orders: 4, revenue: 165.5, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } });
    expect([herbst.roi, herbst.roas, herbst.costPerOrder, herbst.verdict]).toEqual([-0.4921, 2.1921, 48.88, 'loss-making']);
    expect(herbst.vanity).toMatchObject({ impressions: 3700, reach: 2800, linkClicks: 115, sessions: 130 });
    expect(herbst.claimed).toEqual({ meta: { conversions: 4, value: 145 }, ga4: { conversions: 3, value: 105 }, google: { conversions: null, value: null } });
    const brunch = byKey['brunch-am-sonntag-familien'];
    expect(brunch.names).toEqual(['Brunch am Sonntag – Familien', 'brunch-am-sonntag-familien', 'brunch_am_sonntag_familien']);
    expect([brunch.cost.total, brunch.confirmed.orders, brunch.confirmed.revenue, brunch.roi, brunch.roas, brunch.costPerOrder, brunch.verdict]).toEqual([15, 2, 64, 1.56, 4.2667, 7.5, 'profitable']);
    const retargeting = byKey['retargeting-warenkorb'];
    expect([retargeting.cost.total, retargeting.confirmed, retargeting.roi, retargeting.roas, retargeting.verdict]).toEqual([20, { orders: 1, revenue: 40, refunds: 18, awaitingPayment: { orders: 0, revenue: 0 } }, 0.2, 2, 'profitable']);
    expect(byKey['herbst-aktoin-2026'].verdict).toBe('no-cost');
  });

  it('unattributed orders, exclusions and warnings', () => {
    expect(report.unattributed).toEqual({ orders: 4, revenue: 63, refunds: 15 });
    expect(report.exclusions).toEqual({ rowsOutsidePeriod: 1, summaryRows: 2, cancelledOrders: 1, failedOrders: 0, pendingOrders: 0, awaitingPaymentOrders: 0, duplicateRowsDropped: 3 });
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['OVERLAPPING_EXPORT', 'UNMATCHED_CAMPAIGN']);
    expect(report.warnings[1].details).toEqual({ suggestion: 'herbst-aktion-2026' });
  });

  it('matches the golden file byte for byte, and two runs are identical', () => {
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'cafe-week.json'), 'utf8'));
    expect(audit(['--json']).stdout).toBe(run.stdout);
  });

  it('never prints customer data', () => {
    for (const secret of ['anna.keller@example.com', 'Anna Keller', 'Bergstraße', 'ole.peters', '+49 30']) {
      expect(run.stdout).not.toContain(secret);
    }
  });
});

describe('smroi audit on cafe-week (table)', () => {
  it('prints the table report matching the golden file', () => {
    const run = audit();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'cafe-week.txt'), 'utf8'));
    expect(run.stdout).not.toMatch(/\x1b\[/);
    for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('uses colour only when forced', () => {
    const run = runCli(['audit', SCENARIO, ...PERIOD], { FORCE_COLOR: '1', NO_COLOR: '' });
    expect(run.stdout).toMatch(/\x1b\[/);
  });
});

describe('exit codes and error messages', () => {
  it('2 for a missing folder', () => {
    const run = runCli(['audit', 'fixtures/no-such-folder']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^smroi: the folder fixtures\/no-such-folder does not exist\./);
  });

  it('2 for an unknown option, with a suggestion', () => {
    const run = runCli(['audit', SCENARIO, '--jsn']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--jsn'");
  });

  it('2 for a bad --from', () => {
    const run = runCli(['audit', SCENARIO, '--from', '01.09.2026']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--from "01.09.2026" is not a date');
  });

  it('1 for a broken file with --strict, naming file and line, without a stack trace or customer data', () => {
    const run = runCli(['audit', 'fixtures/broken', '--json', '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^smroi: [^ ]+\.csv, line \d+: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toMatch(/@example\./);
    expect(run.stdout).toBe('');
  });
});
