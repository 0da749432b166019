// Which orders social media is credited with (src/join/credit.ts): a social channel, or a social
// campaign on any channel; never an order with no campaign and no social source.
import { describe, expect, it } from 'vitest';
import { creditedSums, isCredited, socialCampaigns } from '../../src/join/credit.js';
import { M, type Channel } from '../../src/model/records.js';
import { emptySums } from '../../src/metrics.js';

function cell(orders: number, revenue: number): Float64Array {
  const sums = emptySums();
  sums[M.orders] = orders;
  sums[M.revenue] = revenue;
  return sums;
}

const groups = new Map<string, Map<Channel, Float64Array>>([
  ['', new Map<Channel, Float64Array>([['unknown', cell(100, 1000)], ['facebook', cell(1, 10)], ['tiktok', cell(1, 20)], ['google', cell(1, 40)]])],
  ['meta-campaign', new Map<Channel, Float64Array>([['facebook', cell(2, 100)], ['email', cell(1, 50)]])],
  ['configured-plain', new Map<Channel, Float64Array>([['unknown', cell(1, 7)]])],
  ['newsletter-only', new Map<Channel, Float64Array>([['email', cell(1, 30)]])],
  ['google-ads', new Map<Channel, Float64Array>([['google', cell(1, 60)]])],
  ['configured-email', new Map<Channel, Float64Array>([['instagram', cell(1, 5)]])],
  ['seen-on-instagram', new Map<Channel, Float64Array>([['instagram', cell(1, 3)], ['google', cell(1, 2)]])],
]);
const resolved = {
  groups,
  familiesByCampaign: new Map([
    ['meta-campaign', new Set(['ads', 'ledger'])],
    ['newsletter-only', new Set(['ledger'])],
    ['google-ads', new Set(['analytics', 'ledger'])],
  ]),
};
const settings = { channels: new Map<string, Channel>([['configured-email', 'email']]), aliases: new Map<string, string>() };
const config = { campaigns: { 'Configured Plain': {}, 'Configured Email': { channel: 'email' as const } } };

describe('credit', () => {
  it('a campaign is social when an ad export names it, it is configured without a non-social channel, or it ran on a social channel', () => {
    expect([...socialCampaigns(resolved, settings, config)].sort()).toEqual(['configured-plain', 'meta-campaign', 'seen-on-instagram']);
  });

  it('an order counts on a social channel, or with a social campaign on any channel', () => {
    const social = socialCampaigns(resolved, settings, config);
    expect(isCredited('', 'tiktok', social)).toBe(true);
    expect(isCredited('', 'social', social)).toBe(true);
    expect(isCredited('', 'unknown', social)).toBe(false);
    expect(isCredited('meta-campaign', 'email', social)).toBe(true);
    expect(isCredited('google-ads', 'google', social)).toBe(false);
    // A configured channel wins: configured as e-mail, its instagram orders still count by channel.
    expect(isCredited('configured-email', 'instagram', social)).toBe(true);
  });

  it('sums the credited groups: 10 + 20 (no campaign, facebook and tiktok) + 150 + 7 + 5 + 3 + 2', () => {
    const sums = creditedSums(resolved, settings, config);
    expect([sums[M.orders], sums[M.revenue]]).toEqual([9, 197]);
  });
});
