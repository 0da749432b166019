// One source of engagements per platform. A posts export counts the interactions with each post
// (lifetime, booked on its publish day); an account-level insights file (`Content interactions`,
// `Interactions`) counts the interactions with every post of the account, day by day. Added
// together they count the same interactions twice, so where both cover a platform the insights
// file is kept (it covers every post, the posts export only those it lists) and the posts'
// engagements on the days the insights file covers are left out. Likes of the posts stay.
import type { ParsedFile } from '../model/parsed-file.js';
import { M, type Channel } from '../model/records.js';
import { formatDay } from '../read/dates.js';
import { CHANNEL_INDEX, splitCellKey } from './aggregate.js';
import type { Finding } from '../i18n/warnings.js';

const POSTS_KINDS: Readonly<Record<string, Channel>> = { 'facebook-posts': 'facebook', 'instagram-posts': 'instagram' };
const PLATFORM_NAMES: Readonly<Record<string, string>> = { facebook: 'Facebook', instagram: 'Instagram' };

/**
 * Whether an insights file holds engagements of a channel: its dataset (meta-insights.ts) lists
 * `channel:metric` pairs, `meta-insights:facebook:engagements|instagram:reach`, with a `#2` suffix
 * for a second series (insight-series.ts).
 */
function insightsCarry(dataset: string, channel: Channel): boolean {
  const pairs = dataset.replace(/^meta-insights:/, '').replace(/#\d+$/, '').split('|');
  return pairs.includes(`${channel}:engagements`);
}

export function preferInsightEngagements(parsed: readonly ParsedFile[], warnings: Finding[]): void {
  const parts: { platform: string; insightsFiles: string[]; postsFiles: string[]; leftOut: number; from: number; to: number }[] = [];
  const platforms: Record<string, unknown>[] = [];
  for (const channel of ['facebook', 'instagram'] as const) {
    const channelIndex = CHANNEL_INDEX.get(channel)!;
    const insights = parsed.filter((file) => file.source.kind === 'meta-insights' && insightsCarry(file.dataset, channel));
    const posts = parsed.filter((file) => POSTS_KINDS[file.source.kind] === channel && file.aggregate.carried[M.engagements]);
    if (insights.length === 0 || posts.length === 0) continue;
    // The days the insights files count this platform's engagements on.
    let from = Infinity;
    let to = -Infinity;
    for (const file of insights) {
      for (const key of file.aggregate.cells.keys()) {
        const { day, channel: cellChannel } = splitCellKey(key);
        if (cellChannel !== channelIndex) continue;
        if (day < from) from = day;
        if (day > to) to = day;
      }
    }
    if (from > to) continue;
    let leftOut = 0;
    const postsFiles: string[] = [];
    for (const file of posts) {
      let fromFile = 0;
      for (const [key, cell] of file.aggregate.cells) {
        const { day, channel: cellChannel } = splitCellKey(key);
        if (cellChannel !== channelIndex || day < from || day > to) continue;
        fromFile += cell[M.engagements]!;
        cell[M.engagements] = 0;
      }
      leftOut += fromFile;
      postsFiles.push(file.found.relativePath);
    }
    const insightsFiles = insights.map((file) => file.found.relativePath);
    parts.push({ platform: PLATFORM_NAMES[channel]!, insightsFiles, postsFiles, leftOut: Math.round(leftOut), from, to });
    platforms.push({ channel, insightsFiles, postsFiles, engagementsLeftOut: Math.round(leftOut), from: formatDay(from), to: formatDay(to) });
  }
  if (parts.length === 0) return;
  warnings.push({
    code: 'ENGAGEMENTS_FROM_INSIGHTS',
    params: { platforms: parts },
    details: { platforms },
  });
}
