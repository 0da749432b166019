// Renderer registry: format name to a pure function of the Report.
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';

export type Renderer = (report: Report, style: ChalkInstance) => string;

export const RENDERERS: Record<'table' | 'json', Renderer> = {
  table: renderTable,
  json: (report) => renderJson(report),
};
