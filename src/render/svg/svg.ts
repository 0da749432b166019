// Small helpers for the server-side SVG charts of the HTML report (render/html.ts): elements with
// escaped text and attributes, a linear scale with a round top, and the fill patterns that let a
// chart be read without colour (hatched ad spend, dotted attention, solid revenue) and printed in
// black and white. Every chart is a pure function of report figures to an SVG string.
import { escapeControls } from '../../safe-text.js';

/** Text for HTML and SVG: control characters shown escaped (safe-text.ts), then & < > " ' as entities. */
export function escapeHtml(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

type Attributes = Record<string, string | number | undefined>;

/** An element; attribute values are escaped, numbers written with at most two decimals. */
export function el(name: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeHtml(value!)}"`)
    .join('');
  return children.length ? `<${name}${attrs}>${children.join('')}</${name}>` : `<${name}${attrs}/>`;
}

/** A text element; the content is escaped. */
export function text(x: number, y: number, content: string, attributes: Attributes = {}): string {
  return el('text', { x, y, ...attributes }, escapeHtml(content));
}

/** A tooltip (and accessible name) for the element it is put in. */
export function title(content: string): string {
  return `<title>${escapeHtml(content)}</title>`;
}

export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A round top for an axis holding `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** The patterns every chart refers to, in one hidden SVG at the top of the page (ids are per document). */
export const PATTERN_DEFS = el(
  'svg',
  { class: 'defs', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' },
  el(
    'defs',
    {},
    el('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, el('rect', { width: 6, height: 6, class: 'pattern-bg' }), el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'pattern-line' })),
    el('pattern', { id: 'cross', width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, el('rect', { width: 6, height: 6, class: 'pattern-bg-bad' }), el('path', { d: 'M0 0L6 6M6 0L0 6', class: 'pattern-line-bad' })),
    el('pattern', { id: 'dots', width: 5, height: 5, patternUnits: 'userSpaceOnUse' }, el('rect', { width: 5, height: 5, class: 'pattern-bg-attention' }), el('circle', { cx: 2.5, cy: 2.5, r: 1.2, class: 'pattern-dot' })),
    el('pattern', { id: 'unknown', width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' }, el('line', { x1: 0, y1: 0, x2: 0, y2: 4, class: 'pattern-unknown' })),
  ),
);

/** An SVG chart scaled to the width of its box (viewBox), with a title for screen readers. */
export function chart(width: number, height: number, label: string, ...children: string[]): string {
  return el('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMin meet' }, title(label), ...children);
}
