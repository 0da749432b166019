// ROI per campaign against break-even: a bar per campaign from the 0 % line (break-even), solid
// when it pays back, cross-hatched when it loses money, its ROI written at its end; a campaign
// whose ROI is unknown is a hatched box saying so. With a margin configured, a second chart sets
// each campaign's ROAS against the break-even ROAS (1 ÷ margin), a dashed line.
import type { Language } from '../../i18n/language.js';
import { numberStyle } from '../../i18n/numbers.js';
import type { Report } from '../../report.js';
import type { HtmlTexts } from '../html-texts.js';
import { chart, el, text, title } from './svg.js';

const WIDTH = 440;
const ROW = 38;
const TOP = 22;

type Campaign = Report['campaigns'][number];

/** Campaign name for a label: whole up to 48 characters (the tooltip always has all of it). */
function shortName(name: string): string {
  return name.length > 48 ? `${name.slice(0, 47)}…` : name;
}

export function roiChart(report: Report, texts: HtmlTexts, language: Language): string {
  const { percent } = numberStyle(language);
  return barChart(report.campaigns, (campaign) => campaign.roi, 0, texts.breakEven, percent, `${texts.roiHeading}`, texts);
}

/** ROAS against the break-even ROAS; null when no margin is configured (break-even would be a ROAS of 1 on revenue). */
export function roasChart(report: Report, texts: HtmlTexts, language: Language): { heading: string; svg: string } | null {
  const economics = report.economics;
  if (!economics?.marginConfigured) return null;
  const { ratio, percent } = numberStyle(language);
  const line = economics.breakEvenRoas;
  const heading = texts.roasHeading(ratio(line), percent(economics.margin));
  return { heading, svg: barChart(report.campaigns, (campaign) => campaign.roas, line, texts.roasLine(ratio(line)), ratio, heading, texts, 0) };
}

function barChart(
  campaigns: readonly Campaign[],
  get: (campaign: Campaign) => number | null,
  threshold: number,
  thresholdLabel: string,
  format: (value: number) => string,
  heading: string,
  texts: HtmlTexts,
  origin = threshold,
): string {
  const values = campaigns.map(get);
  const known = values.filter((value): value is number => value !== null);
  const low = Math.min(origin, threshold, ...known);
  const high = Math.max(origin, threshold, ...known);
  const span = high - low || 1;
  // Room for the value label on either side.
  const left = low < origin ? 56 : 4;
  const right = 56;
  const x = (value: number) => left + ((value - low) / span) * (WIDTH - left - right);
  const parts: string[] = [];
  campaigns.forEach((campaign, index) => {
    const value = values[index]!;
    const top = TOP + index * ROW;
    parts.push(text(0, top + 11, shortName(campaign.campaign), { class: 'lane-label' }));
    const tip = `${campaign.campaign}: ${value === null ? texts.unknown : format(value)}`;
    if (value === null) {
      parts.push(el('rect', { x: x(origin), y: top + 15, width: 40, height: 16, class: 'mark-unknown' }, title(tip)));
      parts.push(text(x(origin) + 46, top + 28, texts.unknown, { class: 'value-label' }));
      return;
    }
    const start = Math.min(x(origin), x(value));
    const width = Math.max(Math.abs(x(value) - x(origin)), 1);
    parts.push(el('rect', { x: start, y: top + 15, width, height: 16, class: value >= threshold ? 'mark-solid' : 'mark-bad' }, title(tip)));
    const after = value >= origin;
    parts.push(text(after ? start + width + 4 : start - 4, top + 28, format(value), { class: 'value-label strong', 'text-anchor': after ? 'start' : 'end' }));
  });
  const bottom = TOP + campaigns.length * ROW;
  parts.push(el('line', { x1: x(threshold), x2: x(threshold), y1: TOP - 6, y2: bottom, class: 'threshold' }));
  const anchor = x(threshold) > WIDTH * 0.7 ? 'end' : x(threshold) < WIDTH * 0.3 ? 'start' : 'middle';
  parts.push(text(x(threshold), 12, thresholdLabel, { class: 'axis-label', 'text-anchor': anchor }));
  return chart(WIDTH, bottom + 4, heading, ...parts);
}
