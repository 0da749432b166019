// A folder as a shop owner has it: a Google Ads campaign report (fixtures/google-ads/Campaign report.csv),
// a GA4 traffic-acquisition download with two tables (fixtures/ga4/Traffic_acquisition_….csv) and a
// small ledger, audited for October 2026 by the built CLI. By hand (fixtures/google-ads/EXPECTED.md,
// fixtures/ga4/EXPECTED.md and the ledger below):
//   google cost 378.82 + 84.42 + 59.85 = 523.09; Google claims 19 + 11.4 = 30.4 → 30 conversions
//   worth 1,045.50 + 612.30 = 1,657.80, kept apart from the 3 confirmed Google orders
//   (59.90 + 120.00 + 24.50 = 204.40); ROI (204.40 − 523.09) / 523.09 = −0.6092; ROAS 204.40 / 523.09 = 0.3908.
//   GA4 sessions from the channel-group table further down (not the Date,Sessions chart): facebook
//   96 + 120 = 216, instagram 148 + 54 = 202, social (platform unknown) 37 + 18 = 55, of 1,317.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/run-source.js';
import { runCli } from '../helpers/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'smroi-google-ads-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const GA4 = 'Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv';
const LEDGER = [
  'date,order_id,amount,currency,status,utm_source,utm_medium,utm_campaign',
  '2026-10-02,GA-1,59.90,EUR,paid,google,cpc,Herbst Aktion 2026',
  '2026-10-05,GA-2,120.00,EUR,paid,google,cpc,herbst_aktion_2026',
  '2026-10-09,GA-3,24.50,EUR,paid,google,cpc,Brand Search',
  '2026-10-12,GA-4,42.00,EUR,paid,instagram,social,',
  '2026-10-20,GA-5,35.00,EUR,paid,,,',
  '',
].join('\n');

describe('smroi audit on a Google Ads report, a GA4 multi-table download and a ledger', () => {
  copyFileSync(join(FIXTURES, 'google-ads', 'Campaign report.csv'), join(folder, 'Campaign report.csv'));
  copyFileSync(join(FIXTURES, 'ga4', GA4), join(folder, GA4));
  writeFileSync(join(folder, 'orders.csv'), LEDGER);
  writeFileSync(join(folder, 'smroi.config.json'), JSON.stringify({ currency: 'EUR', timezone: 'Europe/Berlin' }));
  const run = runCli(['audit', folder, '--from', '2026-10-01', '--to', '2026-10-31', '--json']);
  const report = JSON.parse(run.stdout);
  const channel = (name: string) => report.channels.find((c: { channel: string }) => c.channel === name);
  const campaign = (key: string) => report.campaigns.find((c: { campaign: string }) => c.campaign === key);

  it('reads all three files', () => {
    expect(run.status).toBe(0);
    expect(report.sources.map((s: { file: string; kind: string }) => [s.file, s.kind])).toEqual([
      ['Campaign report.csv', 'google-ads'],
      [GA4, 'ga4'],
      ['orders.csv', 'generic-ledger'],
    ]);
  });

  it("books Google Ads cost on the google channel and keeps Google's claims apart from confirmed sales", () => {
    const google = channel('google');
    expect(google.cost.adSpend).toBe(523.09);
    expect(google.claimed.google).toEqual({ conversions: 30, value: 1657.8 });
    expect(google.confirmed).toMatchObject({ orders: 3, revenue: 204.4 });
    expect(google.roi).toBe(-0.6092);
    expect(google.roas).toBe(0.3908);
    expect(google.vanity).toMatchObject({ impressions: 60595, linkClicks: 1146 });
    expect(report.totals.claimed).toEqual({ meta: { conversions: null, value: null }, ga4: { conversions: 25, value: 813.7 }, google: { conversions: 30, value: 1657.8 } });
    expect(report.totals.confirmed).toMatchObject({ orders: 5, revenue: 281.4 });
  });

  it('joins Google Ads campaigns to the ledger by campaign key', () => {
    expect(campaign('herbst-aktion-2026')).toMatchObject({
      names: ['Herbst Aktion 2026', 'herbst_aktion_2026'],
      cost: { adSpend: 378.82 },
      confirmed: { orders: 2, revenue: 179.9 },
      claimed: { google: { conversions: 19, value: 1045.5 } },
    });
    expect(campaign('brand-search')).toMatchObject({ cost: { adSpend: 84.42 }, confirmed: { orders: 1, revenue: 24.5 } });
    expect(campaign('display-remarketing')).toMatchObject({ cost: { adSpend: 59.85 }, verdict: 'vanity-only' });
  });

  it('compares Google claims with confirmed orders: 19 conversions against 2 orders is an overclaim', () => {
    // herbst-aktion-2026: 19 / 2 = 9.5× the orders, 1,045.50 / 179.90 = 5.8116× the revenue.
    expect(campaign('herbst-aktion-2026').overclaim.google).toEqual({ ordersRatio: 9.5, valueRatio: 5.8116, overclaim: true });
    const warnings = report.warnings.filter((w: { code: string; details?: { platform?: string } }) => w.code === 'OVERCLAIM' && w.details?.platform === 'google');
    expect(warnings.map((w: { campaign: string }) => w.campaign)).toEqual(['brand-search', 'herbst-aktion-2026']);
    expect(warnings[1].message).toContain('Google Ads claims 19 conversions');
  });

  it('reads GA4 sessions from the channel-group table and folds Organic / Paid Social into the social channels', () => {
    expect(report.totals.vanity.sessions).toBe(1317);
    expect(channel('facebook').vanity.sessions).toBe(216);
    expect(channel('instagram').vanity.sessions).toBe(202);
    expect(channel('social').vanity.sessions).toBe(55);
    expect(channel('unknown').vanity.sessions).toBe(421);
    const chosen = report.warnings.filter((w: { code: string }) => w.code === 'TABLE_CHOSEN');
    expect(chosen.map((w: { file: string; line: number }) => [w.file, w.line])).toEqual([[GA4, 24]]);
  });
});
