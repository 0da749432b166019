// Renderer registry: format name to a pure function of the Report (plus, for the views that show
// it, the trend of the months kept with --history).
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import { renderCsv } from './csv.js';
import type { RenderExtras } from './extras.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type Renderer = (report: Report, style: ChalkInstance, extras?: RenderExtras) => string;

export const RENDERERS: Record<Format, Renderer> = {
  table: renderTable,
  json: (report) => renderJson(report),
  markdown: (report, _style, extras) => renderMarkdown(report, extras),
  csv: (report) => renderCsv(report),
};
