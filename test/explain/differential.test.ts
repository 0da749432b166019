// Differential test: for every campaign and every channel of every bundled scenario, the totals
// `smroi explain` sums from the lines it lists equal the figures `smroi audit --json` (the built CLI)
// prints for that campaign or channel, every field of the Metrics block.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAuditIn } from '../../src/audit.js';
import { parseMapOption } from '../../src/column-map.js';
import { buildExplanation, type Explanation } from '../../src/explain/build.js';
import { ExplainTrace } from '../../src/explain/trace.js';
import type { Channel } from '../../src/model/records.js';
import type { Metrics, Report } from '../../src/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIOS = join(ROOT, 'fixtures', 'scenarios');
const ARGS: Record<string, string[]> = {
  'cafe-week': ['--from', '2026-09-01', '--to', '2026-09-07'],
  'cafe-month': ['--from', '2026-09-01', '--to', '2026-10-15'],
  'baeckerei-de': ['--month', '2026-10'],
  'kafferosteri-sv': ['--month', '2026-09'],
  'mapped-till': ['--map', 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR'],
};
const scenarios = readdirSync(SCENARIOS).filter((name) => name !== 'expected').sort();

function metricsOf(entry: Metrics & Record<string, unknown>): Metrics {
  const { vanity, claimed, confirmed, cost, roi, roas, costPerOrder } = entry;
  return { vanity, claimed, confirmed, cost, roi, roas, costPerOrder };
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/** The lines listed add up to the totals: every order row, refund and day of spend is listed, none twice. */
function listingAddsUp(explanation: Explanation, label: string) {
  const { orders, activity, totals, costs } = explanation;
  const inReportCurrency = (value: number, rate: number | undefined) => value * (rate ?? 1);
  if (totals.confirmed.orders !== null) {
    expect(orders.reduce((sum, o) => sum + o.orders, 0), `${label}: orders`).toBe(totals.confirmed.orders);
    // Each row is rounded to the cent as listed: the sum may differ from the total by half a cent a row.
    const tolerance = 0.005 * orders.length + 1e-9;
    expect(Math.abs(orders.reduce((sum, o) => sum + inReportCurrency(o.revenue, o.rate), 0) - totals.confirmed.revenue!), `${label}: revenue`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(orders.reduce((sum, o) => sum + inReportCurrency(o.refunds, o.rate), 0) - totals.confirmed.refunds!), `${label}: refunds`).toBeLessThanOrEqual(tolerance);
  } else expect(orders, `${label}: no ledger, no order rows`).toEqual([]);
  const spend = activity.reduce((sum, a) => sum + inReportCurrency(a.metrics.adSpend ?? 0, a.rate), 0);
  expect(Math.abs(spend - (totals.cost.adSpend ?? 0)), `${label}: ad spend`).toBeLessThanOrEqual(0.005 * activity.length + 1e-9);
  const impressions = activity.reduce((sum, a) => sum + (a.metrics.impressions ?? 0), 0);
  expect(impressions, `${label}: impressions`).toBe(totals.vanity.impressions ?? 0);
  const sessions = activity.reduce((sum, a) => sum + (a.metrics.sessions ?? 0), 0);
  expect(sessions, `${label}: visits`).toBe(totals.vanity.sessions ?? 0);
  const other = costs.reduce((sum, c) => sum + c.amount, 0);
  expect(Math.abs(other - totals.cost.time - totals.cost.other), `${label}: costs`).toBeLessThanOrEqual(0.01);
}

async function compare(name: string, args: string[]) {
  const run = runCli(['audit', join('fixtures', 'scenarios', name), ...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  const audit = JSON.parse(run.stdout) as Report;
  const trace = new ExplainTrace();
  const map = option(args, '--map');
  await runAuditIn({
    dir: join(SCENARIOS, name),
    from: option(args, '--from'),
    to: option(args, '--to'),
    month: option(args, '--month'),
    map: map ? parseMapOption(map) : undefined,
    paidOnly: args.includes('--paid-only'),
    env: {},
    tracer: trace,
  });
  for (const entry of audit.campaigns) {
    const explanation = buildExplanation({ trace, subject: { kind: 'campaign', key: entry.campaign }, currency: audit.currency });
    expect(explanation.totals, `${name} campaign ${entry.campaign}`).toEqual(metricsOf(entry as never));
    listingAddsUp(explanation, `${name} campaign ${entry.campaign}`);
  }
  for (const entry of audit.channels) {
    const explanation = buildExplanation({ trace, subject: { kind: 'channel', channel: entry.channel as Channel }, currency: audit.currency });
    expect(explanation.totals, `${name} channel ${entry.channel}`).toEqual(metricsOf(entry as never));
    listingAddsUp(explanation, `${name} channel ${entry.channel}`);
  }
  return audit;
}

describe('explain totals equal the audit for every campaign and channel', () => {
  for (const name of scenarios) {
    it(name, async () => {
      const audit = await compare(name, ARGS[name] ?? []);
      expect(audit.campaigns.length + audit.channels.length).toBeGreaterThan(0);
    });
  }
  it('cod-shop with --paid-only', async () => {
    await compare('cod-shop', ['--paid-only']);
  });
  it('cafe-month for one week', async () => {
    await compare('cafe-month', ['--from', '2026-09-03', '--to', '2026-09-05']);
  });
});
