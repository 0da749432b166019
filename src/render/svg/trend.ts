// The trend of the months kept with --history: money (social media's revenue solid, all sales'
// revenue dotted, cost dashed) and ROI (social media's solid, all sales' dotted) against the 0 %
// line. Lines differ by dash as well as colour, each is named in a legend drawn with its own dash,
// and the last known value of each is written at its end.
import type { Language } from '../../i18n/language.js';
import { numberStyle } from '../../i18n/numbers.js';
import type { Trend, TrendPoint } from '../../history.js';
import type { HtmlTexts } from '../html-texts.js';
import { chart, el, niceMax, text, title } from './svg.js';

const WIDTH = 440;
const PANEL = 110;
const LEFT = 4;
const RIGHT = 80;

type Figure = { label: string; get: (point: TrendPoint) => number | null; dash: string };

export function trendChart(trend: Trend, texts: HtmlTexts, language: Language): string {
  const { money, percent } = numberStyle(language);
  const points = trend.points;
  const moneyLines: Figure[] = [
    { label: texts.trendRevenue, get: (p) => p.socialRevenue, dash: 'solid' },
    { label: texts.trendAllRevenue, get: (p) => p.revenue, dash: 'dotted' },
    { label: texts.trendCost, get: (p) => p.cost, dash: 'dashed' },
  ];
  const roiLines: Figure[] = [
    { label: texts.trendRoi, get: (p) => p.socialRoi, dash: 'solid' },
    { label: texts.trendAllRoi, get: (p) => p.roi, dash: 'dotted' },
  ];
  const parts: string[] = [];
  let top = 0;
  for (const [lines, format] of [
    [moneyLines, money],
    [roiLines, percent],
  ] as const) {
    // Legend: a sample of each line's dash, then its name.
    lines.forEach((line, index) => {
      const y = top + 12 + index * 16;
      parts.push(el('line', { x1: 0, x2: 26, y1: y - 4, y2: y - 4, class: `trend-line ${line.dash}` }));
      parts.push(text(32, y, line.label, { class: 'lane-label' }));
    });
    top += lines.length * 16 + 8;
    const known = lines.flatMap((line) => points.map(line.get)).filter((value): value is number => value !== null);
    // The axis spans what is known and 0 (ROI below 0 gets a round bottom, not a top of 100 %).
    const highest = Math.max(0, ...known);
    const lowest = Math.min(0, ...known);
    const max = highest > 0 ? niceMax(highest) : 0;
    const min = lowest < 0 ? -niceMax(-lowest) : 0;
    const span = max - min || 1;
    const x = (i: number) => (points.length === 1 ? (WIDTH - RIGHT) / 2 : LEFT + (i / (points.length - 1)) * (WIDTH - LEFT - RIGHT - 8));
    const y = (value: number) => top + PANEL - ((value - min) / span) * PANEL;
    parts.push(el('line', { x1: 0, x2: WIDTH - RIGHT, y1: y(0), y2: y(0), class: 'baseline' }));
    if (max !== 0) parts.push(text(WIDTH - RIGHT, y(max) + 4, format(max), { class: 'axis-label', 'text-anchor': 'start', dx: 4 }));
    if (min !== 0) parts.push(text(WIDTH - RIGHT, y(min) + 4, format(min), { class: 'axis-label', 'text-anchor': 'start', dx: 4 }));
    const ends: { x: number; y: number; text: string }[] = [];
    for (const line of lines) {
      const drawn = points.map((point, i) => [i, line.get(point)] as const).filter((entry): entry is readonly [number, number] => entry[1] !== null);
      if (!drawn.length) continue;
      parts.push(el('path', { d: drawn.map(([i, value], k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)}`).join(''), class: `trend-line ${line.dash}` }));
      for (const [i, value] of drawn) parts.push(el('circle', { cx: x(i), cy: y(value), r: 3, class: 'mark-point' }, title(`${points[i]!.month}: ${line.label} ${format(value)}`)));
      const [lastIndex, lastValue] = drawn[drawn.length - 1]!;
      ends.push({ x: x(lastIndex) + 6, y: y(lastValue) + 4, text: format(lastValue) });
    }
    // The last values, moved apart where two lines end close together.
    ends.sort((a, b) => a.y - b.y);
    ends.forEach((end, index) => {
      if (index > 0) end.y = Math.max(end.y, ends[index - 1]!.y + 13);
      parts.push(text(end.x, end.y, end.text, { class: 'value-label strong' }));
    });
    top += PANEL + 14;
  }
  // Months along the bottom: the first, the last and, with room, every other one.
  const step = Math.ceil(points.length / 6);
  points.forEach((point, i) => {
    if (i % step !== 0 && i !== points.length - 1) return;
    const xPos = points.length === 1 ? (WIDTH - RIGHT) / 2 : LEFT + (i / (points.length - 1)) * (WIDTH - LEFT - RIGHT - 8);
    parts.push(text(xPos, top + 4, point.month, { class: 'axis-label', 'text-anchor': points.length === 1 ? 'middle' : i === 0 ? 'start' : 'middle' }));
  });
  return chart(WIDTH, top + 10, texts.trendHeading, ...parts);
}
