// Reconciliation: totals in = totals out. A seeded random ledger and Meta export are written to a
// temporary folder; the expected figures are summed here independently of smroi's code, and the
// built CLI must report exactly them (minus the rows it reports as excluded, with their count).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const CAMPAIGNS = [
  { key: 'herbst-aktion-2026', spellings: ['Herbst Aktion 2026', 'herbst_aktion_2026', 'HERBST-AKTION-2026'], id: '120246849180540596' },
  { key: 'brunch-am-sonntag', spellings: ['Brunch am Sonntag', 'brunch+am+sonntag', 'brunch.am.sonntag'], id: '120246849180540601' },
  { key: 'retargeting', spellings: ['Retargeting', 'retargeting'], id: '120246849180540612' },
];
// `pending` is an order awaiting payment (it counts); `draft` is no order (left out as pendingOrders).
const STATUSES = ['paid', 'paid', 'paid', 'paid', 'refunded', 'cancelled', 'failed', 'pending', 'completed', 'draft'];
const SOURCES = ['fb', 'ig', 'facebook.com', 'instagram', 'google', 'newsletter', ''];

const folder = mkdtempSync(join(tmpdir(), 'smroi-reconcile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('reconciliation on seeded random inputs', () => {
  const next = random(20260923);
  const cents = (max: number) => Math.floor(next() * max * 100);
  let orders = 0;
  let revenueCents = 0;
  let refundCents = 0;
  const excluded = { cancelled: 0, failed: 0, draft: 0 };
  let awaitingOrders = 0;
  let awaitingCents = 0;
  const revenueByCampaign = new Map<string, number>();
  const ledger = ['date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign'];
  for (let i = 1; i <= 2000; i++) {
    const day = 1 + Math.floor(next() * 30);
    const amount = 500 + cents(200);
    const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
    const partial = status === 'paid' && next() < 0.1 ? Math.floor(amount / 3) : 0;
    const useCampaign = next() < 0.7;
    const campaign = CAMPAIGNS[Math.floor(next() * CAMPAIGNS.length)]!;
    const viaId = next() < 0.2;
    const name = useCampaign ? (viaId ? campaign.id : campaign.spellings[Math.floor(next() * campaign.spellings.length)]!) : '';
    const source = SOURCES[Math.floor(next() * SOURCES.length)]!;
    const refund = status === 'refunded' ? amount : partial;
    ledger.push(`2026-09-${String(day).padStart(2, '0')},O-${i},${(amount / 100).toFixed(2)},EUR,${status},${refund ? (refund / 100).toFixed(2) : ''},${source},,${name.includes(',') ? `"${name}"` : name}`);
    if (status === 'cancelled' || status === 'failed' || status === 'draft') {
      excluded[status]++;
      continue;
    }
    if (status === 'pending') {
      awaitingOrders++;
      awaitingCents += amount - refund;
    }
    orders++;
    revenueCents += amount - refund;
    refundCents += refund;
    if (useCampaign) revenueByCampaign.set(campaign.key, (revenueByCampaign.get(campaign.key) ?? 0) + amount - refund);
  }
  writeFileSync(join(folder, 'ledger.csv'), `${ledger.join('\n')}\n`);

  let spendCents = 0;
  let impressions = 0;
  const spendByCampaign = new Map<string, number>();
  const meta = ['\ufeff"Reporting starts","Reporting ends","Campaign name","Campaign ID","Amount spent (EUR)",Impressions'];
  for (let day = 1; day <= 30; day++) {
    for (const campaign of CAMPAIGNS) {
      const spend = cents(60);
      const shown = Math.floor(next() * 5000);
      const date = `2026-09-${String(day).padStart(2, '0')}`;
      meta.push(`${date},${date},"${campaign.spellings[0]}",${campaign.id},${(spend / 100).toFixed(2)},${shown}`);
      spendCents += spend;
      impressions += shown;
      spendByCampaign.set(campaign.key, (spendByCampaign.get(campaign.key) ?? 0) + spend);
    }
  }
  meta.push(',,,,' + (spendCents / 100).toFixed(2) + ',' + impressions); // a summary row
  writeFileSync(join(folder, 'meta.csv'), `${meta.join('\n')}\n`);

  const run = runCli(['audit', folder, '--json', '--quiet', '--from', '2026-09-01', '--to', '2026-09-30']);
  const report = JSON.parse(run.stdout);

  it('confirmed orders, revenue and refunds equal the ledger minus the excluded orders', () => {
    expect(run.status).toBe(0);
    expect(report.totals.confirmed).toEqual({ orders, revenue: revenueCents / 100, refunds: refundCents / 100, awaitingPayment: { orders: awaitingOrders, revenue: awaitingCents / 100 } });
    expect(report.exclusions).toMatchObject({ cancelledOrders: excluded.cancelled, failedOrders: excluded.failed, pendingOrders: excluded.draft, awaitingPaymentOrders: 0, summaryRows: 1 });
  });

  it('--paid-only: the orders awaiting payment leave every figure and are counted as left out', () => {
    const paid = runCli(['audit', folder, '--json', '--quiet', '--paid-only', '--from', '2026-09-01', '--to', '2026-09-30']);
    expect(paid.status, paid.stderr).toBe(0);
    const paidReport = JSON.parse(paid.stdout);
    expect(paidReport.totals.confirmed).toEqual({
      orders: orders - awaitingOrders,
      revenue: (revenueCents - awaitingCents) / 100,
      refunds: refundCents / 100, // a pending order here has no refund
      awaitingPayment: { orders: 0, revenue: 0 },
    });
    expect(paidReport.exclusions).toMatchObject({ pendingOrders: excluded.draft, awaitingPaymentOrders: awaitingOrders });
    expect(paidReport.assumptions).toContainEqual(expect.objectContaining({ key: 'paidOnly', value: awaitingOrders }));
    const channelOrders = paidReport.channels.reduce((total: number, c: { confirmed: { orders: number } }) => total + c.confirmed.orders, 0);
    expect(channelOrders).toBe(orders - awaitingOrders);
  });

  it('spend and impressions equal the Meta export without its summary row', () => {
    expect(report.totals.cost.adSpend).toBe(spendCents / 100);
    expect(report.totals.vanity.impressions).toBe(impressions);
  });

  it('per campaign: every spelling and every ID lands on its key', () => {
    for (const campaign of CAMPAIGNS) {
      const entry = report.campaigns.find((c: { campaign: string }) => c.campaign === campaign.key);
      expect(entry.cost.adSpend).toBe(spendByCampaign.get(campaign.key)! / 100);
      expect(entry.confirmed.revenue).toBe(Math.round(revenueByCampaign.get(campaign.key)!) / 100);
    }
    expect(report.campaigns).toHaveLength(CAMPAIGNS.length);
  });

  it('channels and campaigns add up to the totals', () => {
    const sum = (list: { confirmed: { orders: number } }[]) => list.reduce((total, entry) => total + entry.confirmed.orders, 0);
    expect(sum(report.channels)).toBe(orders);
    const revenue = report.channels.reduce((total: number, c: { confirmed: { revenue: number } }) => total + c.confirmed.revenue * 100, 0);
    expect(Math.round(revenue)).toBe(revenueCents);
    const awaiting = report.channels.reduce((total: number, c: { confirmed: { awaitingPayment: { orders: number } } }) => total + c.confirmed.awaitingPayment.orders, 0);
    expect(awaiting).toBe(awaitingOrders);
  });
});
