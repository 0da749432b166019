import type { Report } from '../report.js';
import type { RenderExtras } from './extras.js';
export function renderHtml(report: Report, _extras: RenderExtras = {}): string {
  return JSON.stringify(report.series);
}
