// --map: a till export with headers no alias table knows (Windows-1252, `;`, decimal commas).
// By hand: R-1 1,250.00 + R-3 12.50 = 1,262.50 for herbst-aktion-2026; R-2 49.90 unattributed; total 1,312.40.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'fixtures/scenarios/mapped-till';
const MAP = 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR,utm_campaign=Aktion';

describe('--map', () => {
  it('without a mapping the till export is skipped and the error points to --map', () => {
    const run = runCli(['audit', DIR]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('kassenbuch.csv: not a known export');
    expect(run.stderr).toContain('--map');
  });

  it('maps the columns and reads German numbers and dates', () => {
    const run = runCli(['audit', DIR, '--map', MAP, '--json', '--quiet']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.sources[0]).toMatchObject({ file: 'kassenbuch.csv', kind: 'generic-ledger', encoding: 'windows-1252', delimiter: ';', rows: 3 });
    expect(report.period).toMatchObject({ from: '2026-09-05', to: '2026-09-06' });
    // The till has no status column: it states no payment status, so awaitingPayment is unknown (null), not 0.
    expect(report.totals.confirmed).toEqual({ orders: 3, revenue: 1312.4, refunds: 0, awaitingPayment: null });
    expect(report.campaigns.map((c: { campaign: string; confirmed: { revenue: number } }) => [c.campaign, c.confirmed.revenue])).toEqual([['herbst-aktion-2026', 1262.5]]);
    expect(report.unattributed).toEqual({ orders: 1, revenue: 49.9, refunds: 0 });
    expect(run.stdout).not.toContain('Greta');
  });

  it('rejects an unknown field with a suggestion (exit 2)', () => {
    const run = runCli(['audit', DIR, '--map', 'dat=Belegdatum']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('did you mean "date"');
  });
});
