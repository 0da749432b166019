// The timeline of one line of the series (all channels, or one channel): four lanes sharing the
// time axis, each with its own scale, because money, attention and orders are not comparable:
// ad spend (hatched bars), attention (a line with a dot per bucket), confirmed orders and
// confirmed revenue (solid bars). Each lane names its figure and total in words; each mark has a
// tooltip with its bucket and value; an unknown bucket is a hatched box, not an empty one (zero).
import type { Language } from '../../i18n/language.js';
import { numberStyle } from '../../i18n/numbers.js';
import type { Metrics } from '../../report.js';
import type { SeriesBy, SeriesFigures, SeriesLine } from '../../series.js';
import type { AttentionMetric, HtmlTexts } from '../html-texts.js';
import { bucketLabel } from '../series-sections.js';
import { chart, el, niceMax, text, title } from './svg.js';

const WIDTH = 440;
const LANE = 46;
/** Room above the highest bar for its value label. */
const HEADROOM = 12;
const HEAD = 18;
const GAP = 12;
const AXIS = 26;

/** The attention figure a line draws: the first the report knows and that is not 0. */
const ATTENTION_ORDER: AttentionMetric[] = ['impressions', 'reach', 'engagements', 'linkClicks', 'sessions', 'profileVisits', 'likes', 'follows'];

export function attentionMetric(metrics: Metrics): AttentionMetric | null {
  return ATTENTION_ORDER.find((name) => (metrics.vanity[name] ?? 0) > 0) ?? ATTENTION_ORDER.find((name) => metrics.vanity[name] !== null) ?? null;
}

/** What the whole-range rows spanning more than one bucket hold (in the totals, not drawn by date); null without such rows. */
export function undividedNote(options: { line: SeriesLine; metrics: Metrics; texts: HtmlTexts; language: Language; currency: string }): string | null {
  const { line, metrics, texts, language, currency } = options;
  const rest = line.undivided;
  if (!rest) return null;
  const style = numberStyle(language);
  const attention = attentionMetric(metrics);
  const figures = [
    rest.cost.adSpend ? `${texts.adSpend} ${style.money(rest.cost.adSpend)} ${currency}` : null,
    attention && rest.vanity[attention] ? `${texts.attention[attention]} ${style.count(rest.vanity[attention]!)}` : null,
    rest.confirmed.orders ? `${texts.orders} ${style.count(rest.confirmed.orders)}` : null,
    rest.confirmed.revenue ? `${texts.revenue} ${style.money(rest.confirmed.revenue)} ${currency}` : null,
  ].filter((figure): figure is string => figure !== null);
  return figures.length ? texts.undivided(figures.join(', ')) : null;
}

interface Lane {
  label: string;
  total: number | null;
  values: (number | null)[];
  kind: 'hatch' | 'line' | 'solid' | 'dots';
  format: (value: number) => string;
}

export function timelineChart(options: { line: SeriesLine; metrics: Metrics; by: SeriesBy; name: string; texts: HtmlTexts; language: Language; currency: string }): string {
  const { line, metrics, by, texts, language } = options;
  const style = numberStyle(language);
  const money = (value: number) => style.money(value);
  const count = (value: number) => style.count(value);
  const values = (get: (figures: SeriesFigures) => number | null) => line.buckets.map(get);
  const attention = attentionMetric(metrics);
  const lanes: Lane[] = [
    { label: `${texts.adSpend} (${options.currency})`, total: metrics.cost.adSpend, values: values((f) => f.cost.adSpend), kind: 'hatch', format: money },
    {
      label: attention ? texts.attention[attention] : texts.attention.impressions,
      total: attention ? metrics.vanity[attention] : null,
      values: attention ? values((f) => f.vanity[attention]) : line.buckets.map(() => null),
      kind: 'line',
      format: count,
    },
    { label: texts.orders, total: metrics.confirmed.orders, values: values((f) => f.confirmed.orders), kind: 'dots', format: count },
    { label: `${texts.revenue} (${options.currency})`, total: metrics.confirmed.revenue, values: values((f) => f.confirmed.revenue), kind: 'solid', format: money },
  ];
  const labels = line.buckets.map((bucket) => bucketLabel(bucket, by, language));
  const n = line.buckets.length;
  const band = WIDTH / n;
  const barWidth = Math.max(1, Math.min(band * 0.72, 40));
  const height = lanes.length * (HEAD + LANE + GAP) + AXIS;
  const parts: string[] = [];
  lanes.forEach((lane, index) => {
    const top = index * (HEAD + LANE + GAP);
    const base = top + HEAD + LANE;
    const known = lane.values.filter((value): value is number => value !== null);
    const max = niceMax(Math.max(0, ...known));
    const min = Math.min(0, ...known);
    const span = max - min || 1;
    const y = (value: number) => base - ((value - min) / span) * (LANE - HEADROOM);
    const totalText = lane.total === null ? texts.unknown : texts.total(lane.format(lane.total));
    parts.push(text(0, top + 13, `${lane.label}: ${totalText}`, { class: 'lane-label' }));
    if (lane.total === null) {
      // Unknown for the whole period: one hatched box, not a bar per bucket.
      parts.push(el('rect', { x: 0, y: top + HEAD + 4, width: WIDTH, height: LANE - 8, class: 'mark-unknown' }, title(`${lane.label}: ${texts.unknown}`)));
      parts.push(text(WIDTH / 2, top + HEAD + LANE / 2 + 4, texts.unknown, { class: 'value-label', 'text-anchor': 'middle' }));
      return;
    }
    parts.push(text(WIDTH, top + 13, lane.format(max), { class: 'axis-label', 'text-anchor': 'end' }));
    parts.push(el('line', { x1: 0, x2: WIDTH, y1: y(0), y2: y(0), class: 'baseline' }));
    parts.push(el('line', { x1: 0, x2: WIDTH, y1: top + HEAD, y2: top + HEAD, class: 'gridline' }));
    const points: [number, number, string][] = [];
    lane.values.forEach((value, i) => {
      const x = i * band + (band - barWidth) / 2;
      const tip = `${labels[i]}: ${lane.label} ${value === null ? texts.unknown : lane.format(value)}`;
      if (value === null) {
        parts.push(el('rect', { x, y: top + HEAD, width: barWidth, height: LANE, class: 'mark-unknown' }, title(tip)));
        return;
      }
      if (lane.kind === 'line') {
        points.push([i * band + band / 2, y(value), tip]);
        return;
      }
      if (value === 0) return; // nothing to draw: the baseline says 0
      const y0 = y(Math.max(0, value));
      const h = Math.abs(y(value) - y(0));
      parts.push(el('rect', { x, y: y0, width: barWidth, height: Math.max(h, 0.8), class: `mark-${lane.kind}` }, title(tip)));
      // With few buckets each bar says its value.
      if (n <= 8) parts.push(text(x + barWidth / 2, y0 - 2, lane.format(value), { class: 'value-label', 'text-anchor': 'middle' }));
    });
    if (points.length) {
      parts.push(el('path', { d: points.map(([x, py], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${py.toFixed(1)}`).join(''), class: 'mark-line' }));
      for (const [x, py, tip] of points) parts.push(el('circle', { cx: x, cy: py, r: n > 40 ? 1.6 : 2.6, class: 'mark-point' }, title(tip)));
      if (n <= 8) {
        lane.values.forEach((value, i) => {
          if (value !== null && value !== 0) parts.push(text(i * band + band / 2, y(value) - 5, lane.format(value), { class: 'value-label', 'text-anchor': 'middle' }));
        });
      }
    }
  });
  // The time axis: evenly spaced bucket labels (at most five, about 85 units apart), the first always, the last when it has room.
  const step = Math.max(1, Math.ceil((n - 1) / 4));
  const ticks: number[] = [];
  for (let i = 0; i < n; i += step) ticks.push(i);
  if (ticks[ticks.length - 1] !== n - 1 && (n - 1 - ticks[ticks.length - 1]!) * band >= 85) ticks.push(n - 1);
  const axisY = lanes.length * (HEAD + LANE + GAP) + 14;
  for (const i of [...new Set(ticks)]) {
    const centre = i * band + band / 2;
    // A label near an edge is aligned to it, so that it is not cut off.
    const anchor = centre < 40 ? 'start' : centre > WIDTH - 40 ? 'end' : 'middle';
    const x = anchor === 'start' ? Math.max(0, centre - band / 2) : anchor === 'end' ? Math.min(WIDTH, centre + band / 2) : centre;
    parts.push(text(x, axisY, by === 'day' || n <= 3 ? labels[i]! : style.day(line.buckets[i]!.from), { class: 'axis-label', 'text-anchor': anchor }));
  }
  return chart(WIDTH, height, `${options.name}: ${texts.timelineHeading}`, ...parts);
}
