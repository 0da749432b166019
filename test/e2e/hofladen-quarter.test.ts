// hofladen-quarter: a quarter of daily till sales (no campaigns) and Meta spend with an effect of
// 4 EUR per EUR built in. Figures in fixtures/scenarios/expected/hofladen-quarter.WORKED.md.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'fixtures/scenarios/hofladen-quarter';

describe('smroi audit on hofladen-quarter: the evidence section', () => {
  const run = runCli(['audit', DIR, '--json']);
  const report = JSON.parse(run.stdout);
  const evidence = report.evidence;

  it('reads the till and the ads as worked by hand', () => {
    expect(run.status).toBe(0);
    expect(report.totals.confirmed).toMatchObject({ orders: 1774, revenue: 35113.97 });
    expect(report.totals.cost.adSpend).toBe(1252.51);
  });

  it('models the 90 days the till covers, 13 weeks, day by day', () => {
    expect(evidence).toMatchObject({ method: 'smroi.evidence/1', from: '2026-07-06', to: '2026-10-03', days: 90, note: null });
    expect(evidence.channels).toHaveLength(1);
    expect(evidence.channels[0]).toMatchObject({ channel: 'facebook', driver: 'adSpend', unit: 'day', n: 90, weeks: 13, breakEven: 1.6667 });
  });

  it('finds the built-in effect: the point estimate equals numpy\'s least squares, the interval holds the true 4.00', () => {
    const facebook = evidence.channels[0];
    expect(facebook.effect).toBe(2.8597); // scripts/fixtures/hofladen-quarter-check.py
    expect(facebook.interval[0]).toBeGreaterThan(0);
    expect(facebook.interval[0]).toBeLessThan(4);
    expect(facebook.interval[1]).toBeGreaterThan(4);
    expect(facebook.interval).toEqual([1.0406, 4.5552]);
    expect(facebook.verdict).toBe('evidence');
  });

  it('checks each campaign against the weeks before it, with the sums of the WORKED.md table', () => {
    const byName = Object.fromEntries(evidence.campaigns.map((c: { campaign: string }) => [c.campaign, c]));
    expect(Object.keys(byName)).toEqual(['apfelwochen-2026', 'erntezeit-2026', 'kürbis-&-co-2026', 'sommerfest-2026']);
    expect(byName['sommerfest-2026']).toMatchObject({ from: '2026-07-13', to: '2026-07-19', spend: 188.4, preDays: 7, actual: 3049.66, expected: null, breakEven: 314, verdict: 'too-little-data', reason: 'few-weeks' });
    expect(byName['erntezeit-2026']).toMatchObject({ from: '2026-08-03', to: '2026-08-16', spend: 410.55, preDays: 28, actual: 5224.87, breakEven: 684.25, verdict: 'too-little-data' });
    expect(byName['apfelwochen-2026']).toMatchObject({ spend: 240.02, preDays: 49, actual: 3099.41, breakEven: 400.03, verdict: 'too-little-data' });
    expect(byName['kürbis-&-co-2026']).toMatchObject({ from: '2026-09-14', to: '2026-10-03', spend: 390.14, preDays: 56, actual: 9322.44, breakEven: 650.23 });
    const apfel = byName['apfelwochen-2026'];
    expect(apfel.extra).toBeCloseTo(apfel.actual - apfel.expected, 2);
  });

  it('says it in words in the table report', () => {
    const table = runCli(['audit', DIR]).stdout;
    expect(table).toContain('Evidence: did sales move with the ads?');
    expect(table.replace(/\s+/g, " ")).toContain("Facebook ads: evidence of an effect: each 1.00 EUR of ads went with 2.86 EUR of sales (95 % interval 1.04 to 4.56; 90 days (13 weeks)).");
    expect(table).toContain('Correlation over time is not proof');
  });
});

describe('smroi evidence', () => {
  it('prints only the evidence, as text or JSON, the same block as the audit\'s', () => {
    const text = runCli(['evidence', DIR]);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('smroi evidence · 2026-07-06 to 2026-10-04 (Europe/Berlin) · amounts in EUR');
    expect(text.stdout).not.toContain('Money:');
    const json = JSON.parse(runCli(['evidence', DIR, '--json']).stdout);
    const audit = JSON.parse(runCli(['audit', DIR, '--json']).stdout);
    expect(json).toMatchObject({ schema: 'smroi.evidence/1', currency: 'EUR', margin: 0.6 });
    expect(json.channels).toEqual(audit.evidence.channels);
    expect(json.campaigns).toEqual(audit.evidence.campaigns);
  });

  it('says "too little data" for a week of data (cafe-week)', () => {
    const json = JSON.parse(runCli(['evidence', 'fixtures/scenarios/cafe-week', '--json']).stdout);
    expect(json.channels.length).toBeGreaterThan(0);
    for (const line of [...json.channels, ...json.campaigns]) expect(line.verdict).toBe('too-little-data');
  });
});
