// End to end: the built CLI on the cod-shop scenario (issue 8): a cash-on-delivery Shopify shop whose orders are
// mostly `pending` until the courier pays the cash out, and a Meta Ads export its UTMs and coupon join. Orders
// awaiting payment count and are shown; --paid-only leaves them out. Every figure from
// fixtures/scenarios/expected/cod-shop.WORKED.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIO = 'fixtures/scenarios/cod-shop';
const expectedDir = join(ROOT, 'fixtures', 'scenarios', 'expected');

type Row = Record<string, any>;

const audit = (extra: string[] = []) => runCli(['audit', SCENARIO, ...extra]);
const figures = (block: Row) => [block.confirmed, block.cost.total, block.roi, block.roas, block.costPerOrder];

function validator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
  return new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
}

describe('smroi audit on cod-shop: orders awaiting payment count (JSON)', () => {
  const run = audit(['--json']);
  const report = JSON.parse(run.stdout);
  const channel = (name: string): Row => report.channels.find((c: Row) => c.channel === name);
  const campaign = (key: string): Row => report.campaigns.find((c: Row) => c.campaign === key);

  it('exits 0, validates, and covers the whole week, not the one day of a paid order', () => {
    expect(run.status, run.stderr).toBe(0);
    const validate = validator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.period).toEqual({ from: '2026-11-01', to: '2026-11-07', timezone: 'Asia/Dhaka', fromSource: true });
    expect(report.currency).toBe('BDT');
    expect(report.sources.map((s: Row) => [s.file, s.kind, s.rows, s.from, s.to, s.excludedRows])).toEqual([
      ['Dhaka-Handloom-Campaigns-Nov-1-2026-Nov-7-2026.csv', 'meta-ads', 11, '2026-11-01', '2026-11-07', 0],
      ['orders_export_1.csv', 'shopify-orders', 11, '2026-11-01', '2026-11-07', 1],
    ]);
  });

  it('totals: 10 orders worth 19,771.00, of which 8 (14,881.00) are still awaiting payment', () => {
    expect(figures(report.totals)).toEqual([{ orders: 10, revenue: 19771, refunds: 0, awaitingPayment: { orders: 8, revenue: 14881 } }, 4700, 0.6826, 4.2066, 470]);
    expect(report.totals.claimed.meta).toEqual({ conversions: 11, value: 20466 });
  });

  it('channels and campaigns carry their part of what is outstanding', () => {
    expect(report.channels.map((c: Row) => c.channel)).toEqual(['facebook', 'instagram', 'unknown']);
    expect(figures(channel('facebook'))).toEqual([{ orders: 6, revenue: 12051, refunds: 0, awaitingPayment: { orders: 5, revenue: 10481 } }, 4700, 0.0256, 2.564, 783.33]);
    expect(figures(channel('instagram'))).toEqual([{ orders: 1, revenue: 680, refunds: 0, awaitingPayment: { orders: 1, revenue: 680 } }, 0, null, null, 0]);
    expect(figures(channel('unknown'))).toEqual([{ orders: 3, revenue: 7040, refunds: 0, awaitingPayment: { orders: 2, revenue: 3720 } }, 0, null, null, 0]);
    expect(report.campaigns.map((c: Row) => [c.campaign, c.verdict])).toEqual([
      ['wedding-saree-week', 'profitable'],
      ['winter-shawl-sale', 'profitable'],
    ]);
    expect(figures(campaign('winter-shawl-sale'))).toEqual([{ orders: 6, revenue: 9411, refunds: 0, awaitingPayment: { orders: 5, revenue: 7841 } }, 3500, 0.0755, 2.6889, 583.33]);
    expect(figures(campaign('wedding-saree-week'))).toEqual([{ orders: 1, revenue: 3320, refunds: 0, awaitingPayment: { orders: 1, revenue: 3320 } }, 1200, 0.1067, 2.7667, 1200]);
    expect(report.unattributed).toEqual({ orders: 3, revenue: 7040, refunds: 0 });
  });

  it('only the cancelled (voided) order is left out; nothing is assumed about payment', () => {
    expect(report.exclusions).toEqual({ rowsOutsidePeriod: 0, summaryRows: 0, cancelledOrders: 1, failedOrders: 0, pendingOrders: 0, awaitingPaymentOrders: 0, duplicateRowsDropped: 0 });
    expect(report.assumptions.map((a: Row) => a.key)).toEqual(['time', 'costs']);
    expect(report.warnings.map((w: Row) => [w.code, w.campaign ?? null])).toEqual([
      ['TIME_NOT_CONFIGURED', null],
      ['OVERCLAIM', 'wedding-saree-week'],
    ]);
  });

  it('matches the golden file byte for byte', () => {
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'cod-shop.json'), 'utf8'));
  });

  it('never prints a customer name, street or phone number', () => {
    const secrets = ['Nusrat Jahan', 'Farhana Akter', 'Tanvir Hasan', 'Ayesha Siddiqua', 'House 12, Road 5', 'Dhanmondi', '+880', 'tanvir.hasan@example.com'];
    for (const format of ['json', 'table', 'markdown', 'csv']) {
      const out = audit(['--format', format]).stdout;
      for (const secret of secrets) expect(out, `${format}: ${secret}`).not.toContain(secret);
    }
  });
});

describe('smroi audit on cod-shop (table)', () => {
  const run = audit();

  it('says in one line how much is still outstanding, and where', () => {
    expect(run.status, run.stderr).toBe(0);
    const prose = run.stdout.replace(/\n +/g, ' ');
    expect(prose).toContain('8 orders (14,881.00 BDT) are still awaiting payment (cash on delivery, invoice, bank transfer); they count as sales. --paid-only leaves them out.\n');
    expect(prose).toContain('Awaiting payment by channel: facebook 5 (10,481.00), instagram 1 (680.00), unknown 2 (3,720.00); by campaign: wedding-saree-week 1 (3,320.00), winter-shawl-sale 5 (7,841.00).\n');
    expect(run.stdout).toContain('│ All sales │     10 │ 19,771.00 │ 4,700.00 │ 68 % │ 4.21 │         470.00 │');
    expect(run.stdout).toContain('Orders left out: 1 cancelled.\n');
    expect(run.stdout).toBe(readFileSync(join(expectedDir, 'cod-shop.txt'), 'utf8'));
  });

  it('Markdown and CSV show the same figures', () => {
    const markdown = audit(['--format', 'markdown']).stdout;
    expect(markdown.replace(/\n(?=[a-z(-])/g, ' ')).toContain('\n8 orders (14,881.00 BDT) are still awaiting payment (cash on delivery, invoice, bank transfer); they count as sales. --paid-only leaves them out.\n');
    const csv = audit(['--format', 'csv']).stdout.trimEnd().split('\n');
    const head = csv[0]!.split(',');
    const cells = (name: string) => {
      const row = csv.find((line) => line.split(',')[1] === name)!.split(',');
      return [row[head.indexOf('orders')], row[head.indexOf('revenue')], row[head.indexOf('awaiting_orders')], row[head.indexOf('awaiting_revenue')]];
    };
    expect(cells('All sales (blended)')).toEqual(['10', '19771', '8', '14881']);
    expect(cells('winter-shawl-sale')).toEqual(['6', '9411', '5', '7841']);
    expect(cells('unknown')).toEqual(['3', '7040', '2', '3720']);
  });
});

describe('smroi audit on cod-shop --paid-only', () => {
  const run = audit(['--json', '--paid-only']);
  const report = JSON.parse(run.stdout);
  const campaign = (key: string): Row => report.campaigns.find((c: Row) => c.campaign === key);

  it('counts the 2 paid orders only; the 8 awaiting payment are excluded and stated as an assumption', () => {
    expect(run.status, run.stderr).toBe(0);
    const validate = validator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.period).toMatchObject({ from: '2026-11-01', to: '2026-11-07' });
    expect(figures(report.totals)).toEqual([{ orders: 2, revenue: 4890, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } }, 4700, -0.5838, 1.0404, 2350]);
    expect(report.channels.map((c: Row) => [c.channel, c.confirmed.orders, c.confirmed.revenue, c.roi, c.roas])).toEqual([
      ['facebook', 1, 1570, -0.8664, 0.334],
      ['unknown', 1, 3320, null, null],
    ]);
    expect(figures(campaign('winter-shawl-sale'))).toEqual([{ orders: 1, revenue: 1570, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } }, 3500, -0.8206, 0.4486, 3500]);
    expect(figures(campaign('wedding-saree-week'))).toEqual([{ orders: 0, revenue: 0, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } }, 1200, -1, 0, null]);
    expect(report.campaigns.map((c: Row) => c.verdict)).toEqual(['vanity-only', 'loss-making']);
    expect(report.unattributed).toEqual({ orders: 1, revenue: 3320, refunds: 0 });
    expect(report.exclusions).toMatchObject({ cancelledOrders: 1, pendingOrders: 0, awaitingPaymentOrders: 8 });
    expect(report.sources[1]).toMatchObject({ rows: 11, excludedRows: 9, from: '2026-11-01', to: '2026-11-07' });
    expect(report.assumptions).toContainEqual({
      key: 'paidOnly',
      value: 8,
      note: 'only paid orders count (--paid-only or "paidOnly"): 8 orders still awaiting payment (cash on delivery, invoice, bank transfer) are left out of every figure',
    });
    expect(report.warnings.map((w: Row) => w.code)).not.toContain('COVERAGE_GAP');
    expect(report.warnings.map((w: Row) => w.code)).toContain('SPEND_WITHOUT_ORDERS');
  });

  it('"paidOnly": true in the configuration does the same, the table says what was left out, --no-paid-only wins', () => {
    const config = JSON.parse(readFileSync(join(ROOT, SCENARIO, 'smroi.config.json'), 'utf8'));
    const tmp = mkdtempSync(join(tmpdir(), 'smroi-paid-only-'));
    try {
      const path = join(tmp, 'paid-only.json');
      writeFileSync(path, JSON.stringify({ ...config, paidOnly: true }));
      const fromConfig = runCli(['audit', SCENARIO, '--json', '--config', path]);
      expect(fromConfig.status, fromConfig.stderr).toBe(0);
      expect(JSON.parse(fromConfig.stdout).totals).toEqual(report.totals);
      const table = runCli(['audit', SCENARIO, '--config', path]).stdout;
      expect(table).toContain('Orders left out: 1 cancelled, 8 awaiting payment (only paid orders count).\n');
      expect(table).not.toContain('still awaiting payment');
      // The option wins over the configuration.
      const overridden = JSON.parse(runCli(['audit', SCENARIO, '--json', '--config', path, '--no-paid-only']).stdout);
      expect(overridden.totals.confirmed).toEqual({ orders: 10, revenue: 19771, refunds: 0, awaitingPayment: { orders: 8, revenue: 14881 } });
      expect(overridden.assumptions.map((a: Row) => a.key)).not.toContain('paidOnly');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
