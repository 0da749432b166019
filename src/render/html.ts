// The report as one self-contained HTML page (--format html): every section of the shared model
// (render/sections.ts, the same sections and figures as the terminal and the Markdown), the input
// files, and charts drawn here as inline SVG (render/svg/*): no script, no font, no image, no
// request; a Content-Security-Policy that forbids all three says so to the browser. It opens
// offline from a cron job's output folder, prints, and reads at a phone's width. Every text from the
// inputs (campaign and file names) is escaped. Computes nothing: the charts draw report figures.
import type { Language } from '../i18n/language.js';
import type { Trend } from '../history.js';
import type { Report } from '../report.js';
import type { Series } from '../series.js';
import type { Block, Section } from './document.js';
import type { RenderExtras } from './extras.js';
import { cellText, type CellValue } from './grid.js';
import { HTML_TEXTS, type HtmlTexts } from './html-texts.js';
import { reportSections } from './sections.js';
import { funnelChart, funnelPlatforms } from './svg/funnel.js';
import { roasChart, roiChart } from './svg/roi.js';
import { escapeHtml, PATTERN_DEFS } from './svg/svg.js';
import { timelineChart, undividedNote } from './svg/timeline.js';
import { trendChart } from './svg/trend.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderHtml(report: Report, extras: RenderExtras = {}): string {
  const language = extras.language ?? 'en';
  const texts = HTML_TEXTS[language];
  const sections = reportSections(report, extras);
  // The charts follow the headline (after the files that could not be read, when there are any).
  const headline = sections.findIndex((section) => section.tone !== 'warn');
  const body = [
    ...sections.slice(0, headline + 1).map(htmlSection),
    chartsSection(report, report.series ?? extras.timeline, extras.trend, texts, language),
    ...sections.slice(headline + 1).map(htmlSection),
  ];
  const facts = [
    texts.timezone(report.period.timezone),
    texts.currency(report.currency),
    texts.files(report.sources.length, report.skipped.length),
    ...(report.generatedAt ? [texts.generated(report.generatedAt)] : []),
  ];
  const pageTitle = texts.pageTitle(report.period.from, report.period.to);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="smroi ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(pageTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
${PATTERN_DEFS}
<header>
<h1>${escapeHtml(pageTitle)}</h1>
<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>
</header>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function chartsSection(report: Report, series: Series | undefined, trend: Trend | undefined, texts: HtmlTexts, language: Language): string {
  const figures: string[] = [];
  const figure = (caption: string | null, svg: string, note?: string | null) =>
    `<figure class="figure">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}${svg}${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}</figure>`;
  const groups: string[] = [];
  if (series) {
    figures.push(figure(texts.allChannels, timelineChart({ line: series.totals, metrics: report.totals, by: series.by, name: texts.allChannels, texts, language, currency: report.currency }), undividedNote({ line: series.totals, metrics: report.totals, texts, language, currency: report.currency })));
    series.channels.forEach((line, index) => {
      const metrics = report.channels[index]!;
      if (!line.buckets.some((bucket) => bucket.cost.adSpend || bucket.confirmed.orders || bucket.confirmed.revenue || Object.values(bucket.vanity).some(Boolean))) return;
      figures.push(figure(line.channel, timelineChart({ line, metrics, by: series.by, name: line.channel, texts, language, currency: report.currency }), undividedNote({ line, metrics, texts, language, currency: report.currency })));
    });
    groups.push(group(`${texts.timelineTitle[series.by]}: ${texts.timelineHeading}`, figures.splice(0)));
  }
  const platforms = funnelPlatforms(report);
  groups.push(
    group(
      texts.funnelHeading,
      platforms.length ? platforms.map((platform) => figure(texts.platforms[platform], funnelChart(report, platform, texts, language))) : [],
      platforms.length ? texts.funnelNote : texts.noFunnel,
    ),
  );
  if (report.campaigns.length) {
    const roas = roasChart(report, texts, language);
    groups.push(
      group(texts.roiHeading, [figure(null, roiChart(report, texts, language), texts.roiNote), ...(roas ? [figure(roas.heading, roas.svg)] : [])]),
    );
  }
  if (trend?.points.length) groups.push(group(texts.trendHeading, [figure(null, trendChart(trend, texts, language))]));
  return `<section class="charts"><h2>${escapeHtml(texts.charts)}</h2><p class="note">${escapeHtml(texts.chartsNote)}</p>${groups.join('')}</section>`;
}

function group(heading: string, figures: string[], note?: string): string {
  return `<div class="chart-group"><h3>${escapeHtml(heading)}</h3>${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}<div class="figures">${figures.join('')}</div></div>`;
}

function htmlSection(section: Section): string {
  const tone = section.tone ? ` class="${section.tone}"` : '';
  return `<section${tone}><h2>${escapeHtml(section.title)}</h2>${section.blocks.map(htmlBlock).join('')}</section>`;
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'table': {
      const align = (index: number) => ((block.columns[index]!.align ?? (index === 0 ? 'left' : 'right')) === 'left' ? 'l' : 'r');
      const head = block.columns.map((column, index) => `<th class="${align(index)}" scope="col">${escapeHtml(column.head)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${row.map((cell, index) => htmlCell(cell, align(index), index === 0)).join('')}</tr>`).join('');
      return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    case 'text':
      return `<p${block.dim ? ' class="note"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item.text)}${item.code ? ` <code>${escapeHtml(item.code)}</code>` : ''}</li>`).join('')}</ul>`;
    case 'lines':
      return `<pre>${block.lines.map(escapeHtml).join('\n')}</pre>`;
    case 'terms':
      return `<dl>${block.items.map((item) => `<dt>${escapeHtml(item.term)}</dt><dd>${escapeHtml(item.meaning)}</dd>`).join('')}</dl>`;
  }
}

function htmlCell(cell: CellValue, align: string, header: boolean): string {
  const tone = typeof cell !== 'string' && cell.tone ? ` ${cell.tone}` : '';
  const content = escapeHtml(cellText(cell));
  const inner = typeof cell !== 'string' && cell.code ? `<code>${content}</code>` : content;
  return header ? `<th scope="row" class="${align}${tone}">${inner}</th>` : `<td class="${align}${tone}">${inner}</td>`;
}

// Laid out for a phone (390 px) first; wider screens put two charts side by side. A table wider
// than the screen scrolls in its box, its first column kept in view and a shadow at the right edge
// saying there is more. Print: black on white, no clipped tables, no chart or table cut by a page break.
const STYLE = `
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--good:#1a7f37;--bad:#b42318;--warn:#9a6700;--spend:#6639ba;--attention:#0969da;--sales:#1a7f37}
*{box-sizing:border-box}
body{margin:0;padding:16px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header,main{max-width:1180px;margin:0 auto}
h1{font-size:1.35rem;margin:0 0 4px}
h2{font-size:1.1rem;margin:28px 0 8px;padding-top:8px;border-top:1px solid var(--line)}
h3{font-size:1rem;margin:18px 0 6px}
.facts,.note{color:var(--muted);font-size:.9rem}
section.warn>h2{color:var(--warn)}
section.dim{color:var(--muted)}
.table-wrap{overflow-x:auto;max-width:100%;background:linear-gradient(to left,var(--bg) 30%,rgba(255,255,255,0)) 100% 0/40px 100% no-repeat local,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.18),transparent) 100% 0/12px 100% no-repeat scroll}
tbody th:first-child,thead th:first-child{position:sticky;left:0;background:var(--bg);z-index:1}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9rem;margin:4px 0 8px}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);white-space:nowrap;vertical-align:top}
thead th{border-bottom:2px solid var(--ink);font-weight:600}
tbody th{font-weight:500;white-space:normal;min-width:8em;max-width:22em}
.l{text-align:left}.r{text-align:right}
td.good{color:var(--good)}td.bad{color:var(--bad)}td.warn{color:var(--warn)}
ul{padding-left:1.2em}li{margin:2px 0}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:0 3px;border-radius:3px}
pre{font:.85rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-x:auto;background:#f6f8fa;padding:8px}
dt{font-weight:600;margin-top:6px}dd{margin:0 0 0 1.2em}
svg.defs{position:absolute;width:0;height:0;overflow:hidden}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,460px),1fr));gap:12px 24px}
.figure{margin:0;padding:8px 0;min-width:0}
figcaption{font-weight:600;font-size:.95rem;margin-bottom:4px}
svg.chart{display:block;width:100%;max-width:720px;height:auto;overflow:visible;font-family:inherit}
.lane-label,.value-label,.axis-label,.note-label{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
.lane-label{font-size:13px;fill:var(--ink)}
.axis-label{font-size:11.5px;fill:var(--muted)}
.value-label{font-size:11.5px;fill:var(--ink)}
.value-label.strong{font-weight:600}
.note-label{font-size:12px;fill:var(--ink)}.note-label.bad{fill:var(--bad);font-weight:600}
.baseline{stroke:var(--ink);stroke-width:1}
.gridline{stroke:var(--line);stroke-width:.5}
.threshold{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:5 3}
.mark-hatch{fill:url(#hatch);stroke:var(--spend);stroke-width:.8}
.mark-solid{fill:var(--sales)}
.mark-dots{fill:url(#dots);stroke:var(--attention);stroke-width:.8}
.mark-bad{fill:url(#cross);stroke:var(--bad);stroke-width:.8}
.mark-line-bar{fill:url(#dots);stroke:var(--attention);stroke-width:.8}
.mark-line{fill:none;stroke:var(--attention);stroke-width:1.8}
.mark-point{fill:var(--bg);stroke:var(--ink);stroke-width:1.4}
.mark-unknown{fill:url(#unknown);stroke:var(--muted);stroke-width:.6;stroke-dasharray:2 2}
.pattern-bg{fill:#efe6ff}.pattern-line{stroke:var(--spend);stroke-width:2.2}
.pattern-bg-bad{fill:#fde8e7}.pattern-line-bad{stroke:var(--bad);stroke-width:1.1}
.pattern-bg-attention{fill:#ddf4ff}.pattern-dot{fill:var(--attention)}
.pattern-unknown{stroke:var(--muted);stroke-width:1}
.trend-line{fill:none;stroke:var(--ink);stroke-width:2}
.trend-line.dashed{stroke-dasharray:7 4;stroke:var(--bad)}
.trend-line.dotted{stroke-dasharray:2 3;stroke:var(--attention)}
@media (max-width:600px){body{padding:10px;font-size:14px}table{font-size:.8rem}th,td{padding:3px 5px}thead th{white-space:normal;vertical-align:bottom}tbody th{min-width:6.5em}}
@media print{body{padding:0;font-size:11pt;color:#000}.table-wrap,pre{overflow:visible;background:none}tbody th:first-child,thead th:first-child{position:static}th,td{white-space:normal}
 .figure,table,tr,dl{break-inside:avoid}h2,h3{break-after:avoid}.figures{grid-template-columns:1fr 1fr}
 :root{--muted:#333;--line:#999}}
`.trim();
