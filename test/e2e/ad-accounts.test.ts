// Two Meta ad accounts are different data; two downloads of one account are the same data.
// By hand: account A (EUR) "Herbst" 10.00 on 09-02; account B (SEK, 1 SEK = 0.1 EUR) "Herbst" 200.00 SEK
// = 20.00 EUR the same day; a second download of account A repeats its 10.00. Spend: 10 + 20 = 30.00.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'smroi-accounts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const meta = (currency: string, spend: string) =>
  `\ufeff"Reporting starts","Reporting ends","Campaign name","Amount spent (${currency})",Impressions\n2026-09-02,2026-09-02,Herbst,${spend},100\n`;

describe('ad accounts', () => {
  writeFileSync(join(folder, 'account-a.csv'), meta('EUR', '10.00'));
  writeFileSync(join(folder, 'account-a-again.csv'), meta('EUR', '10.00'));
  writeFileSync(join(folder, 'account-b.csv'), meta('SEK', '200.00'));
  writeFileSync(join(folder, 'smroi.config.json'), JSON.stringify({ currency: 'EUR', timezone: 'Europe/Berlin', fx: { SEK: 0.1 } }));
  const run = runCli(['audit', folder, '--json', '--quiet']);
  const report = JSON.parse(run.stdout);

  it('adds two accounts and counts a repeated download once', () => {
    expect(run.status).toBe(0);
    expect(report.totals.cost.adSpend).toBe(30);
    expect(report.totals.vanity.impressions).toBe(200);
    expect(report.warnings.filter((w: { code: string }) => w.code === 'OVERLAPPING_EXPORT').map((w: { file: string }) => w.file)).toEqual(['account-a.csv']); // the first in path order is kept
  });
});
