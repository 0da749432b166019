// The evidence section of the report: for owners who track no conversions, whether sales moved with
// the ad spend (and the attention) over time, per channel and for all channels together, and per
// campaign whether its days sold more than the weeks before predict. Pure: it reads the daily sums
// that resolve.ts keeps and returns the report's `evidence` block.
import type { Resolved } from '../join/resolve.js';
import { M, type Channel } from '../model/records.js';
import { formatDay } from '../read/dates.js';
import { prePost, type PrePost } from './pre-post.js';
import { estimateEffect, type Estimate } from './regression.js';

export const EVIDENCE_METHOD = 'smroi.evidence/1';

export interface EvidenceLine extends Estimate {
  /** `all` for every channel's ad spend together. */
  channel: Channel | 'all';
  /** What the sales are set against: ad spend (€ of sales per €), or reach (€ of sales per 1,000 reached). */
  driver: 'adSpend' | 'reach' | 'posts';
  outcome: 'revenue';
}

export interface CampaignEvidence extends PrePost {
  campaign: string;
  from: string;
  to: string;
  spend: number;
}

export interface Evidence {
  method: typeof EVIDENCE_METHOD;
  /** The days the sales series covers (the ledger's days inside the period); null without a ledger. */
  from: string | null;
  to: string | null;
  days: number;
  channels: EvidenceLine[];
  campaigns: CampaignEvidence[];
  /** Why there are no lines at all, when there are none. */
  note: string | null;
}

export interface EvidenceInput {
  resolved: Pick<Resolved, 'daily' | 'dailyByCampaign'>;
  /** The report period, and the days the sales ledgers cover (null: no ledger). */
  from: number;
  to: number;
  ledger: { from: number; to: number } | null;
  margin: number;
  /** The owner's time cost per channel in the period (a post's price, for its break-even). */
  timeCost?: ReadonlyMap<Channel, number>;
}

/** Channels that can carry ad spend or reach, in report order. */
const DRIVER_CHANNELS: readonly Channel[] = ['facebook', 'instagram', 'tiktok', 'social', 'google', 'email', 'other'];

export function buildEvidence(input: EvidenceInput): Evidence {
  const empty = (note: string, from: number | null = null, to: number | null = null, days = 0): Evidence => ({
    method: EVIDENCE_METHOD,
    from: from === null ? null : formatDay(from),
    to: to === null ? null : formatDay(to),
    days,
    channels: [],
    campaigns: [],
    note,
  });
  if (input.ledger === null) return empty('no sales ledger: there are no sales to set against the spend');
  const first = Math.max(input.from, input.ledger.from);
  const last = Math.min(input.to, input.ledger.to);
  if (last < first) return empty('the sales ledgers do not cover the period');
  const days = last - first + 1;
  const revenue = new Float64Array(days);
  const spendBy = new Map<Channel, Float64Array>();
  const reachBy = new Map<Channel, Float64Array>();
  const postsBy = new Map<Channel, Float64Array>();
  const allSpend = new Float64Array(days);
  const allPosts = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    for (const [channel, sums] of input.resolved.daily.get(first + d) ?? []) {
      revenue[d] += sums[M.revenue]!;
      const spend = sums[M.adSpend]!;
      if (spend) {
        series(spendBy, channel, days)[d] += spend;
        allSpend[d] += spend;
      }
      const reach = sums[M.reach]!;
      if (reach) series(reachBy, channel, days)[d] += reach / 1000;
      const posts = sums[M.posts]!;
      if (posts) {
        series(postsBy, channel, days)[d] += posts;
        allPosts[d] += posts;
      }
    }
  }
  const hasPosts = postsBy.size > 0;
  const breakEven = 1 / (input.margin > 0 ? input.margin : 1);
  const meanRevenue = revenue.reduce((a, b) => a + b, 0) / days;
  const channels: EvidenceLine[] = [];
  // Each channel's spend is judged with the other channels' spend and the posts allowed for; posts
  // with the ad spend allowed for; reach (where a channel has no spend) with the posts allowed for.
  const otherSpend = (channel: Channel) => {
    const rest = Float64Array.from(allSpend);
    const own = spendBy.get(channel);
    if (own) for (let d = 0; d < days; d++) rest[d] -= own[d]!;
    return rest;
  };
  const postControls = hasPosts ? [allPosts] : [];
  for (const channel of DRIVER_CHANNELS) {
    const spend = spendBy.get(channel);
    if (spend) {
      const controls = [...(spendBy.size > 1 ? [otherSpend(channel)] : []), ...postControls];
      channels.push(line(channel, 'adSpend', estimateEffect(revenue, spend, first, { breakEven, seed: seedOf(channel, 'adSpend', first), controls })));
    }
    const posts = postsBy.get(channel);
    if (posts) {
      // A post's price is the owner's time on the channel divided by its posts; without a configured
      // time, "ruled out" means a post goes with less than 5 % of an average day's sales.
      const count = posts.reduce((a, b) => a + b, 0);
      const time = input.timeCost?.get(channel) ?? 0;
      const threshold = time > 0 && count > 0 ? time / count / (input.margin > 0 ? input.margin : 1) : 0.05 * meanRevenue;
      const controls = [...(allSpend.some((value) => value > 0) ? [allSpend] : []), ...(postsBy.size > 1 ? [minus(allPosts, posts)] : [])];
      channels.push(line(channel, 'posts', estimateEffect(revenue, posts, first, { breakEven: round4(threshold), seed: seedOf(channel, 'posts', first), controls })));
    }
    const reach = reachBy.get(channel);
    if (reach && !spend) {
      // Reach has no price: "ruled out" means it goes with less than 5 % of the average day's sales
      // per average day's reach.
      const meanReach = reach.reduce((a, b) => a + b, 0) / days;
      const threshold = meanReach > 0 ? (0.05 * meanRevenue) / meanReach : 0;
      channels.push(line(channel, 'reach', estimateEffect(revenue, reach, first, { breakEven: round4(threshold), seed: seedOf(channel, 'reach', first), controls: postControls })));
    }
  }
  if (spendBy.size > 1) channels.push(line('all', 'adSpend', estimateEffect(revenue, allSpend, first, { breakEven, seed: seedOf('all', 'adSpend', first), controls: postControls })));

  const campaigns: CampaignEvidence[] = [];
  for (const [campaign, byDay] of [...input.resolved.dailyByCampaign].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let start = -1;
    let end = -1;
    let spend = 0;
    for (let d = 0; d < days; d++) {
      const amount = byDay.get(first + d)?.[M.adSpend] ?? 0;
      if (amount > 0) {
        if (start < 0) start = d;
        end = d;
        spend += amount;
      }
    }
    if (start < 0) continue;
    const result = prePost(revenue, first, start, end, { breakEvenPerUnit: breakEven, spend, seed: seedOf(campaign, 'pre-post', first) });
    campaigns.push({ campaign, from: formatDay(first + start), to: formatDay(first + end), spend: round2(spend), ...result });
  }
  const note = channels.length === 0 && campaigns.length === 0 ? 'no ad spend or reach by day in the period' : null;
  return { method: EVIDENCE_METHOD, from: formatDay(first), to: formatDay(last), days, channels, campaigns, note };
}

function line(channel: Channel | 'all', driver: EvidenceLine['driver'], estimate: Estimate): EvidenceLine {
  return {
    channel,
    driver,
    outcome: 'revenue',
    ...estimate,
    effect: estimate.effect === null ? null : round4(estimate.effect),
    interval: estimate.interval === null ? null : [round4(estimate.interval[0]), round4(estimate.interval[1])],
    breakEven: round4(estimate.breakEven),
  };
}

function minus(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((value, i) => value - b[i]!);
}

function series(map: Map<Channel, Float64Array>, channel: Channel, days: number): Float64Array {
  let values = map.get(channel);
  if (!values) map.set(channel, (values = new Float64Array(days)));
  return values;
}

/** A seed from what a line is about, so the same inputs always draw the same bootstrap. */
function seedOf(name: string, what: string, firstDay: number): number {
  let hash = 0x811c9dc5 ^ firstDay;
  for (const char of `${name}\u0000${what}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

function round4(value: number): number {
  const rounded = Math.round(value * 10000) / 10000;
  return rounded === 0 ? 0 : rounded;
}
