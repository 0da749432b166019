// The parallel read as a user meets it: the built CLI on a ledger of some 60,000 orders, read in
// three ranges (SMROI_PARALLEL_BYTES=0 SMROI_PARALLEL_PARTS=3: every file is "large") and in one
// pass (SMROI_PARALLEL=0): the same terminal report and the same JSON, and --debug says which ran.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'smroi-parallel-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 60,000 orders over 2026-03: a fifth of them two line items, every seventh from the spring campaign.
const rows = ['Datum;Bestellnummer;Betrag;Währung;Status;Kampagne;Quelle'];
let expectedRevenue = 0;
for (let n = 0; n < 60_000; n++) {
  const day = String(1 + (n % 31)).padStart(2, '0');
  const items = n % 5 === 0 ? 2 : 1;
  for (let item = 0; item < items; item++) {
    const cents = 1000 + ((n * 37 + item * 11) % 9000);
    expectedRevenue += cents;
    rows.push(`${day}.03.2026;B-${n};${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')};EUR;bezahlt;${n % 7 === 0 ? 'Frühling 2026' : ''};${n % 7 === 0 ? 'facebook' : ''}`);
  }
}
writeFileSync(join(dir, 'umsatz.csv'), '\uFEFF' + rows.join('\r\n') + '\r\n');

describe('smroi audit on a large ledger, on several threads and in one pass', () => {
  const parallel = { SMROI_PARALLEL_BYTES: '0', SMROI_PARALLEL_PARTS: '3' };
  const plain = { SMROI_PARALLEL: '0' };

  it('prints the same report and JSON either way, with the orders and revenue of the file', () => {
    const args = ['audit', dir, '--from', '2026-03-01', '--to', '2026-03-31'];
    const json = runCli([...args, '--json', '--debug'], parallel);
    expect(json.status).toBe(0);
    expect(json.stderr).toContain('read umsatz.csv in 3 ranges on as many threads');
    const once = runCli([...args, '--json', '--debug'], plain);
    expect(once.stderr).not.toContain('ranges');
    expect(json.stdout).toBe(once.stdout);
    const report = JSON.parse(json.stdout) as { totals: { confirmed: { orders: number; revenue: number } } };
    expect(report.totals.confirmed.orders).toBe(60_000);
    expect(report.totals.confirmed.revenue).toBe(Math.round(expectedRevenue) / 100);
    expect(runCli(args, parallel).stdout).toBe(runCli(args, plain).stdout);
  });
});
