// A customer's e-mail typed into a currency cell (issue 15): the row is a bad row named by its line,
// the address never appears in any output, and the rest of the folder is still audited.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('an e-mail address in a currency cell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-currency-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code,customer_email,note\n';
  writeFileSync(join(dir, 'kasse.csv'), `${header}2026-09-01,LK-5001,34.90,EUR,paid,,fb,paid,Herbst_Aktion_2026,,anna.keller@example.com,\n2026-09-02,LK-5002,71.80,moritz.berger@example.org,paid,,,,,,moritz.berger@example.org,\n`);
  writeFileSync(join(dir, 'laden.csv'), `${header}2026-09-03,LS-1,20.00,EUR,paid,,ig,social,,,,\n`);

  it('skips the file with BAD_CURRENCY on its line, counts the good file, and never prints the address', () => {
    for (const format of ['table', 'json', 'markdown', 'csv']) {
      const run = runCli(['audit', dir, '--format', format]);
      expect(run.status, run.stderr).toBe(4);
      expect(run.stdout + run.stderr).not.toContain('moritz.berger');
      expect(run.stdout + run.stderr).not.toContain('anna.keller');
      expect(run.stderr).toContain('kasse.csv, line 3 (generic-ledger): the currency of this row is not a three-letter currency code');
    }
    const report = JSON.parse(runCli(['audit', dir, '--json']).stdout);
    expect(report.skipped).toEqual([expect.objectContaining({ file: 'kasse.csv', code: 'BAD_CURRENCY', line: 3 })]);
    expect(report.totals.confirmed).toMatchObject({ orders: 1, revenue: 20 });
  });
});
