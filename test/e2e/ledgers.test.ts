// End to end: the built CLI on the ledgers real shops send (issue 8 item 4): PayPal card-reader and eBay payments,
// an Etsy sold orders download whose coupon joins a campaign through smroi.config.json, an Etsy download without a
// currency column, a Stripe export whose payments are all pending, and a WooCommerce download re-saved by Excel
// with 2025/12/31 dates. Figures from fixtures/scenarios/expected/etsy-paypal-shop.WORKED.md and the fixture
// folders' EXPECTED.md.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

type Row = Record<string, any>;

const SCENARIO = 'fixtures/scenarios/etsy-paypal-shop';
const PERIOD = ['--from', '2026-09-01', '--to', '2026-11-30'];

/** A temporary folder holding copies of the given fixtures; removed by the returned function. */
function folderWith(files: string[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-ledgers-'));
  for (const file of files) copyFileSync(join(ROOT, 'fixtures', file), join(dir, file.slice(file.lastIndexOf('/') + 1)));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('smroi audit on etsy-paypal-shop (PayPal Here, eBay, Etsy with a coupon campaign)', () => {
  const run = runCli(['audit', SCENARIO, ...PERIOD, '--json']);
  const report = JSON.parse(run.stdout);
  const channel = (name: string): Row => report.channels.find((c: Row) => c.channel === name);

  it('reads both PayPal downloads and the Etsy download, each as its own kind', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(report.sources.map((s: Row) => [s.file, s.kind, s.rows, s.from, s.to])).toEqual([
      ['Download (1).CSV', 'paypal-activity', 6, '2026-11-03', '2026-11-20'],
      ['Download.CSV', 'paypal-activity', 8, '2026-10-02', '2026-10-31'],
      ['EtsySoldOrders2026-9.csv', 'etsy-sold-orders', 7, '2026-09-02', '2026-09-30'],
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('counts card-reader, mobile, eBay and pending payments: 18 orders, 3123.32 EUR, refunds 104.40', () => {
    expect(report.currency).toBe('EUR');
    expect(report.totals.confirmed).toMatchObject({ orders: 18, revenue: 3123.32, refunds: 104.4 });
    expect(report.exclusions).toMatchObject({ cancelledOrders: 1, failedOrders: 0, pendingOrders: 0, duplicateRowsDropped: 0 });
    expect(report.exchangeRates).toEqual([{ currency: 'USD', into: 'EUR', from: null, rate: 0.92 }]);
  });

  it('joins the Etsy coupon HERBST15 to the configured campaign, on its configured channel', () => {
    expect(report.campaigns.map((c: Row) => [c.campaign, c.channels, c.confirmed, c.verdict])).toEqual([
      ['herbst-2026', ['instagram'], expect.objectContaining({ orders: 3, revenue: 168.5, refunds: 30 }), 'no-cost'],
    ]);
    expect(channel('instagram').confirmed).toMatchObject({ orders: 3, revenue: 168.5, refunds: 30 });
    expect(channel('unknown').confirmed).toMatchObject({ orders: 15, revenue: 2954.82, refunds: 74.4 });
    expect(report.unattributed).toEqual({ orders: 15, revenue: 2954.82, refunds: 74.4 });
  });

  it('prints no buyer name, e-mail or address', () => {
    for (const format of ['json', 'table', 'markdown', 'csv']) {
      const out = runCli(['audit', SCENARIO, ...PERIOD, '--format', format]).stdout;
      for (const secret of ['Gasthaus Zur Linde', 'Johanna Reiter', 'j.reiter@example.com', 'Am Brunnen', 'Monika Huber', 'Restaurant Donaublick', 'Hanna Kofler', 'hanna_k84', 'Gartenweg', 'emily_rose_pdx']) {
        expect(out, `${format}: ${secret}`).not.toContain(secret);
      }
    }
  });
});

describe('the Etsy Sold Order Items download', () => {
  it('is skipped by audit and detect with its reason, and no closest kind is offered to fix it', () => {
    const { dir, remove } = folderWith(['etsy-sold-orders/EtsySoldOrders2026-9.csv', 'etsy-sold-orders/EtsySoldOrderItems2026-9.csv']);
    try {
      const report = JSON.parse(runCli(['audit', dir, '--month', '2026-09', '--json']).stdout);
      expect(report.skipped).toEqual([{ file: 'EtsySoldOrderItems2026-9.csv', reason: expect.stringContaining('an Etsy Sold Order Items download') }]);
      // The items file adds nothing: the September orders as in EtsySoldOrders2026-9.csv alone.
      expect(report.totals.confirmed).toMatchObject({ orders: 6, revenue: 335.93, refunds: 30 });
      const detect = JSON.parse(runCli(['detect', dir, '--json']).stdout);
      expect(detect.skipped.map((s: Row) => [s.file, s.closest])).toEqual([['EtsySoldOrderItems2026-9.csv', null]]);
    } finally {
      remove();
    }
  });
});

describe('a ledger without a currency column', () => {
  it('the table and the Markdown say that the amounts were assumed to be EUR and how to set the currency', () => {
    const { dir, remove } = folderWith(['etsy-sold-orders/EtsySoldOrders2026-10.txt']);
    try {
      const table = runCli(['audit', dir, '--month', '2026-10']);
      expect(table.status, table.stderr).toBe(0);
      expect(table.stdout.replace(/\n +/g, ' ')).toContain('Amounts assumed to be EUR: no input states a currency; set "currency" in smroi.config.json.\n');
      const markdown = runCli(['audit', dir, '--month', '2026-10', '--format', 'markdown']).stdout;
      expect(markdown.replace(/\n/g, ' ')).toContain('Amounts assumed to be EUR: no input states a currency; set "currency" in smroi.config.json.');
      const report = JSON.parse(runCli(['audit', dir, '--month', '2026-10', '--json']).stdout);
      expect(report.totals.confirmed).toMatchObject({ orders: 4, revenue: 168.35, refunds: 10 });
      expect(report.assumptions.find((a: Row) => a.key === 'currency')).toMatchObject({ value: 'EUR' });
    } finally {
      remove();
    }
  });

  it('says nothing of the kind when the ledger states its currency', () => {
    const out = runCli(['audit', SCENARIO, ...PERIOD]).stdout;
    expect(out).not.toContain('assumed to be');
  });
});

describe('a Stripe export whose payments are all pending', () => {
  it('is a report of 3 orders awaiting their money, not "no file holds dated data"', () => {
    const { dir, remove } = folderWith(['stripe-payments/unified_payments-all-pending.csv']);
    try {
      const run = runCli(['audit', dir, '--month', '2026-10', '--json']);
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).totals.confirmed).toMatchObject({ orders: 3, revenue: 197.9, refunds: 0 });
    } finally {
      remove();
    }
  });
});

describe('a WooCommerce download re-saved by Excel with 2025/12/31 11:23 dates', () => {
  it('is read, and smroi detect names its date format', () => {
    const { dir, remove } = folderWith(['woocommerce-analytics/extra-excel-resave-ymd.csv']);
    try {
      const audit = runCli(['audit', dir, '--from', '2025-12-01', '--to', '2026-01-31', '--json']);
      expect(audit.status, audit.stderr).toBe(0);
      expect(JSON.parse(audit.stdout).totals.confirmed).toMatchObject({ orders: 3, revenue: 65.06, refunds: 20.92 });
      const detect = JSON.parse(runCli(['detect', dir, '--json']).stdout);
      expect(detect.files.map((f: Row) => [f.kind, f.dateFormat])).toEqual([['woocommerce-analytics', 'YYYY/MM/DD HH:MM']]);
    } finally {
      remove();
    }
  });
});
