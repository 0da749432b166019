// The evidence section in words, for the terminal and Markdown reports: one plain verdict per line,
// never a bare coefficient, and the assumptions under it.
import { formatMoney } from '../render/format.js';
import type { CampaignEvidence, Evidence, EvidenceLine } from './build.js';

export const EVIDENCE_TITLE = 'Evidence: did sales move with the ads?';

export const EVIDENCE_ASSUMPTIONS = [
  'How: daily sales (weekly when most days sell nothing) against ad spend (or posts, or reach) that carries over (half of a day\'s effect the next day), allowing for the weekday, a straight-line trend, the other channels\' spend and the posts; 95 % intervals from a bootstrap over whole weeks. Campaigns: their days against what the weeks before predict.',
  'Correlation over time is not proof: seasons, weather, holidays and other promotions move sales too, and are not controlled. "No evidence" means an effect that pays back is ruled out, not that there is none.',
];

/** The section's lines (without its title); empty when the report has no evidence block. */
export function evidenceLines(evidence: Evidence | undefined, currency: string): string[] {
  if (!evidence) return [];
  if (evidence.channels.length === 0 && evidence.campaigns.length === 0) return [`Nothing to judge: ${evidence.note ?? 'no daily spend or reach'}.`];
  const lines = evidence.channels.map((line) => `${channelLabel(line)}: ${lineVerdict(line, currency)}`);
  for (const campaign of evidence.campaigns) lines.push(`Campaign ${campaign.campaign} (${campaign.from} to ${campaign.to}, ${formatMoney(campaign.spend)} ${currency} of ads): ${campaignVerdict(campaign, currency)}`);
  return lines;
}

function channelLabel(line: EvidenceLine): string {
  const who = line.channel === 'all' ? 'All ads together' : `${line.channel[0]!.toUpperCase()}${line.channel.slice(1)}`;
  if (line.driver === 'reach') return `${who} reach`;
  if (line.driver === 'posts') return `${who} posts`;
  return line.channel === 'all' ? who : `${who} ads`;
}

function per(line: EvidenceLine, currency: string): string {
  if (line.driver === 'reach') return `${currency} of sales per 1,000 people reached`;
  if (line.driver === 'posts') return `${currency} of sales per post`;
  return `${currency} of sales per 1.00 ${currency} of ads`;
}

/** What one unit of the driver is, in words. */
function unitOf(line: EvidenceLine, currency: string): string {
  if (line.driver === 'reach') return '1,000 people reached';
  if (line.driver === 'posts') return 'post';
  return `1.00 ${currency} of ads`;
}

function span(line: EvidenceLine): string {
  return line.unit === 'week' ? `${line.n} weeks` : `${line.n} days (${line.weeks} weeks)`;
}

function lineVerdict(line: EvidenceLine, currency: string): string {
  if (line.reason === 'few-weeks') {
    const had = line.unit === 'week' ? `${line.n} whole week${line.n === 1 ? '' : 's'}` : `${line.n} day${line.n === 1 ? '' : 's'}`;
    return `too little data: only ${had} of sales; at least ${line.unit === 'week' ? 8 : 4} weeks are needed to tell an effect from the weekly ups and downs.`;
  }
  if (line.reason === 'no-variation') {
    const what = line.driver === 'reach' ? 'reach' : line.driver === 'posts' ? 'number of posts' : 'spend';
    return `too little data: the ${what} barely changed from day to day (beyond the weekday), so its effect cannot be told apart; weeks with more and fewer would tell.`;
  }
  const [lower, upper] = line.interval!;
  const interval = `95 % interval ${formatMoney(lower)} to ${formatMoney(upper)}`;
  if (line.verdict === 'evidence') return `evidence of an effect: each ${unitOf(line, currency)} went with ${formatMoney(line.effect!)} ${currency} of sales (${interval}; ${span(line)}).`;
  if (line.verdict === 'no-evidence') {
    return `no evidence of an effect that pays back: at most ${formatMoney(Math.max(upper, 0))} ${per(line, currency)} (${interval}), below the ${formatMoney(line.breakEven)} it would take; ${span(line)}.`;
  }
  return `too little data: the ${interval} ${per(line, currency)} still holds an effect that pays back (${formatMoney(line.breakEven)}) as well as none; about ${line.moreWeeks} more week${line.moreWeeks === 1 ? '' : 's'} like these would tell.`;
}

function campaignVerdict(campaign: CampaignEvidence, currency: string): string {
  if (campaign.expected === null) return `too little data: ${campaign.preDays} day${campaign.preDays === 1 ? '' : 's'} of sales before it; three weeks are needed for a comparison.`;
  const interval = `95 % interval ${formatMoney(campaign.interval![0])} to ${formatMoney(campaign.interval![1])}`;
  const extra = `${formatMoney(campaign.extra!)} ${currency} of sales above what the ${campaign.preDays} days before predict (${interval})`;
  if (campaign.verdict === 'evidence') return `evidence of an effect: ${extra}.`;
  if (campaign.verdict === 'no-evidence') return `no evidence of an effect that pays back: ${extra}, below the ${formatMoney(campaign.breakEven)} ${currency} it would take.`;
  return `too little data: ${extra}; an effect that pays back (${formatMoney(campaign.breakEven)} ${currency}) cannot be ruled out.`;
}
