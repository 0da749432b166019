// A row no export writes (a quote that never closes over hundreds of megabytes, a file of one
// endless line) ends reading with a clear error at a bound, instead of growing memory until V8
// gives up with "Invalid string length" (issue 15).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer, MAX_RECORD_CHARS } from '../../src/read/csv.js';
import { runCli } from '../helpers/run-cli.js';

describe('the record bound of the tokenizer', () => {
  it('throws a CsvSyntaxError naming the record\'s line once a record outgrows the bound, with or without a quote', () => {
    for (const opening of ['x', '"']) {
      const tokenizer = new CsvTokenizer(',', () => {});
      tokenizer.push('date,order_id,amount\n2026-09-01,A-1,12.50\n' + opening);
      const piece = 'a'.repeat(1024 * 1024);
      let thrown: unknown = null;
      let pushed = 0;
      try {
        for (; pushed < 40; pushed++) tokenizer.push(piece);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CsvSyntaxError);
      expect((thrown as CsvSyntaxError).line).toBe(3);
      expect((thrown as CsvSyntaxError).problem).toContain('longer than 16 MiB');
      // It stops at the bound, not at the end of the input.
      expect(pushed).toBe(MAX_RECORD_CHARS / piece.length - 1); // the 16th piece (after the 'x' or quote) passes it
    }
  });

  it('reads a long record below the bound as it is', () => {
    const rows: string[][] = [];
    const tokenizer = new CsvTokenizer(',', (cells) => rows.push(cells.slice()));
    const note = 'n'.repeat(2 * 1024 * 1024);
    tokenizer.push(`a,"${note.slice(0, 1000)}`);
    tokenizer.push(`${note.slice(1000)}",b\n`);
    tokenizer.end();
    expect(rows).toHaveLength(1);
    expect(rows[0]![1]!.length).toBe(note.length);
  });
});

describe('smroi audit on a ledger with a 40 MB unclosed quote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-long-row-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code,customer_email,note\n';
  writeFileSync(
    join(dir, 'ledger.csv'),
    header + '2026-09-01,LK-5001,34.90,EUR,paid,,fb,paid,Herbst_Aktion_2026,,anna.keller@example.com,\n' + '2026-09-02,LK-5002,71.80,EUR,paid,,,,,,moritz.berger@example.org,"' + 'x'.repeat(40 * 1024 * 1024),
  );

  it('exits 1 with CSV_SYNTAX on the line where the row starts, and no internal error', () => {
    const run = runCli(['audit', dir]);
    expect(run.stderr).not.toContain('Invalid string length');
    expect(run.stderr).not.toMatch(/internal error/i);
    expect(run.stderr).toContain('ledger.csv, line 3: one row is longer than 16 MiB');
    expect(run.stderr).toContain('[CSV_SYNTAX]');
    expect(run.stderr).not.toContain('moritz.berger');
    expect(run.status).toBe(1);
  });
});
