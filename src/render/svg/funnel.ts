// Attention → claimed → confirmed, per platform that states its own conversions: the attention
// the exports count, what the platform claims, and the orders the sales ledgers confirm (the same
// comparison as `overclaim` on the totals). The steps differ by orders of magnitude, so bar lengths
// are logarithmic and every bar says its figure; an unknown step is a hatched box.
import type { Language } from '../../i18n/language.js';
import { numberStyle } from '../../i18n/numbers.js';
import type { Report } from '../../report.js';
import type { HtmlTexts } from '../html-texts.js';
import { chart, el, text, title } from './svg.js';

const WIDTH = 440;
const ROW = 40;

export type Platform = 'meta' | 'ga4' | 'google';

/** The platforms whose claims some input states. */
export function funnelPlatforms(report: Report): Platform[] {
  return (['meta', 'ga4', 'google'] as const).filter((platform) => report.totals.claimed[platform].conversions !== null);
}

export function funnelChart(report: Report, platform: Platform, texts: HtmlTexts, language: Language): string {
  const { count, ratio } = numberStyle(language);
  const totals = report.totals;
  const name = texts.platforms[platform];
  const attention: [string, number | null][] =
    platform === 'meta'
      ? [
          [texts.attention.impressions, totals.vanity.impressions],
          [texts.attention.linkClicks, totals.vanity.linkClicks],
        ]
      : platform === 'ga4'
        ? [[texts.attention.sessions, totals.vanity.sessions]]
        : [];
  const steps: [string, number | null, string][] = [
    ...attention.map(([label, value]): [string, number | null, string] => [label, value, 'mark-line-bar']),
    [texts.claimed(name), totals.claimed[platform].conversions, 'mark-hatch'],
    [texts.confirmedOrders, totals.confirmed.orders, 'mark-solid'],
  ];
  const max = Math.max(1, ...steps.map(([, value]) => value ?? 0));
  const length = (value: number) => (value <= 0 ? 0 : Math.max(2, (Math.log10(value + 1) / Math.log10(max + 1)) * (WIDTH - 70)));
  const parts: string[] = [];
  steps.forEach(([label, value, mark], index) => {
    const top = index * ROW;
    const figure = value === null ? texts.unknown : count(value);
    parts.push(text(0, top + 12, label, { class: 'lane-label' }));
    if (value === null) {
      parts.push(el('rect', { x: 0, y: top + 16, width: 60, height: 18, class: 'mark-unknown' }, title(`${label}: ${figure}`)));
      parts.push(text(66, top + 30, figure, { class: 'value-label' }));
      return;
    }
    const width = length(value);
    if (width > 0) parts.push(el('rect', { x: 0, y: top + 16, width, height: 18, class: mark }, title(`${label}: ${figure}`)));
    parts.push(text(width + 6, top + 30, figure, { class: 'value-label strong' }));
  });
  const check = totals.overclaim?.[platform];
  const height = steps.length * ROW + (check?.ordersRatio != null ? 20 : 4);
  if (check?.ordersRatio != null) parts.push(text(0, steps.length * ROW + 12, texts.claimRatio(name, ratio(check.ordersRatio)), { class: check.overclaim ? 'note-label bad' : 'note-label' }));
  return chart(WIDTH, height, `${name}: ${texts.funnelHeading}`, ...parts);
}
