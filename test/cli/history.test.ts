// --history DIR: each run's JSON kept as DIR/YYYY-MM.json (month of the period's last day), and the
// trend of revenue, cost and ROI over the kept months in the table.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrend } from '../../src/history.js';
import { sparkline } from '../../src/render/extras.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

const BISTRO = 'fixtures/scenarios/bistro-quarter';

describe('--history DIR', () => {
  it('keeps one JSON per month, equal to the --json output, and shows the trend of the kept months', () => {
    const history = join(mkdtempSync(join(tmpdir(), 'smroi-history-')), 'history'); // created when missing
    for (const month of ['2026-08', '2026-09']) {
      const run = runCli(['audit', BISTRO, '--month', month, '--history', history, '--quiet']);
      expect(run.status, run.stderr).toBe(0);
    }
    const run = runCli(['audit', BISTRO, '--month', '2026-10', '--history', history]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(readdirSync(history)).toEqual(['2026-08.json', '2026-09.json', '2026-10.json']);
    for (const month of ['2026-08', '2026-09', '2026-10']) {
      expect(readFileSync(join(history, `${month}.json`), 'utf8')).toBe(runCli(['audit', BISTRO, '--month', month, '--json']).stdout);
    }
    expect(run.stdout).toContain(
      [
        'Trend over the months kept with --history, 2026-08 to 2026-10',
        'Social media revenue ▁▂█           200.00 → 410.00',
        'Social media ROI     ▂▁█           -43 % → 5 %',
        'Cost                 ▁█▄           175.00 → 195.00',
        'All sales revenue    ▁▄█           200.00 → 450.00',
        'All sales ROI        ▁▂█           -43 % → 15 %',
      ].join('\n'),
    );
    expectGolden('bistro-2026-10-history.txt', run.stdout);
  });

  it('a rerun for the same month replaces its file; a period ending in a month files it there', () => {
    const history = mkdtempSync(join(tmpdir(), 'smroi-history-'));
    runCli(['audit', BISTRO, '--month', '2026-10', '--history', history]);
    runCli(['audit', BISTRO, '--month', '2026-10', '--history', history]);
    runCli(['audit', BISTRO, '--from', '2026-09-15', '--to', '2026-09-21', '--history', history]);
    expect(readdirSync(history)).toEqual(['2026-09.json', '2026-10.json']);
    expect(JSON.parse(readFileSync(join(history, '2026-09.json'), 'utf8')).period).toMatchObject({ from: '2026-09-15', to: '2026-09-21' });
  });

  it('with --json the history is written but the JSON on stdout stays the plain report', () => {
    const history = mkdtempSync(join(tmpdir(), 'smroi-history-'));
    const run = runCli(['audit', BISTRO, '--month', '2026-10', '--history', history, '--json']);
    expect(run.stdout).toBe(readFileSync(join(history, '2026-10.json'), 'utf8'));
    expect(JSON.parse(run.stdout)).not.toHaveProperty('trend');
  });

  it('leaves unreadable files and other currencies out of the trend, with a note', async () => {
    const history = mkdtempSync(join(tmpdir(), 'smroi-history-'));
    writeFileSync(join(history, '2026-06.json'), '{ not json');
    writeFileSync(join(history, '2026-07.json'), JSON.stringify({ schema: 'smroi.report/1', currency: 'SEK', totals: { confirmed: { revenue: 1 }, cost: { total: 1 }, roi: 0 } }));
    writeFileSync(join(history, 'notes.txt'), 'ignored');
    const run = runCli(['audit', BISTRO, '--month', '2026-10', '--history', history]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`smroi: ${history}: left out of the trend (unreadable or in another currency than EUR): 2026-06.json, 2026-07.json\n`);
    const trend = await loadTrend(history, 'EUR');
    expect(trend.points.map((p) => p.month)).toEqual(['2026-10']);
  });

  it('missing months inside the trend are gaps; at most the last 12 months are shown', async () => {
    const history = mkdtempSync(join(tmpdir(), 'smroi-history-'));
    const store = (month: string, revenue: number) =>
      writeFileSync(join(history, `${month}.json`), JSON.stringify({ schema: 'smroi.report/1', currency: 'EUR', totals: { confirmed: { revenue }, cost: { total: 10 }, roi: null } }));
    store('2025-01', 1);
    store('2025-11', 2);
    store('2026-01', 3);
    store('2026-02', 4);
    const trend = await loadTrend(history, 'EUR');
    expect(trend.points.map((p) => p.month)).toEqual([
      '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02',
    ]);
    expect(sparkline(trend.points.map((p) => p.revenue))).toBe('········▁·▅█');
    expect(sparkline([5, 5])).toBe('▄▄');
  });
});
