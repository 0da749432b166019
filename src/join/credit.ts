// Which orders social media can be credited with (the headline, `totals.attributed`).
//
// An order counts when it came through a social channel (facebook, instagram, tiktok, other social)
// or names a social campaign, whatever channel it came through: the campaign table credits the
// campaign with it, and the headline must not be smaller than the campaigns it sums up. A campaign is
// social when an ad export (Meta) names it, or it is configured (with no channel, or a social one),
// or any of its rows came through a social channel. A campaign seen only on google, email or other
// channels (a Google Ads or newsletter campaign, or an unmatched spelling) is not social media's,
// and neither is an order with no campaign and no social source: walk-in customers, search, direct.
import type { Config } from '../config.js';
import { addInto, emptySums } from '../metrics.js';
import { SOCIAL_CHANNELS, type Channel } from '../model/records.js';
import { campaignKey } from './campaign-key.js';
import type { CampaignSettings, Resolved } from './resolve.js';

export function socialCampaigns(resolved: Pick<Resolved, 'groups' | 'familiesByCampaign'>, settings: CampaignSettings, config: Config): Set<string> {
  const configured = new Set(Object.keys(config.campaigns ?? {}).map(campaignKey));
  const social = new Set<string>();
  for (const [key, byChannel] of resolved.groups) {
    if (!key) continue;
    const channel = settings.channels.get(key);
    if (channel) {
      if (SOCIAL_CHANNELS.includes(channel)) social.add(key);
      continue;
    }
    if (resolved.familiesByCampaign.get(key)?.has('ads') || configured.has(key) || [...byChannel.keys()].some((c) => SOCIAL_CHANNELS.includes(c))) social.add(key);
  }
  return social;
}

export function isCredited(key: string, channel: Channel, social: ReadonlySet<string>): boolean {
  return SOCIAL_CHANNELS.includes(channel) || (key !== '' && social.has(key));
}

/** The sums of every credited (campaign, channel) group. */
export function creditedSums(resolved: Pick<Resolved, 'groups' | 'familiesByCampaign'>, settings: CampaignSettings, config: Config): Float64Array {
  const social = socialCampaigns(resolved, settings, config);
  const sums = emptySums();
  for (const [key, byChannel] of resolved.groups) {
    for (const [channel, cell] of byChannel) if (isCredited(key, channel, social)) addInto(sums, cell);
  }
  return sums;
}
