// The JSON contract (smroi.report/1): the Report as it is, keys in a fixed order, two-space indent.
import { safeJson } from '../safe-text.js';
import type { Report } from '../report.js';

export function renderJson(report: Report): string {
  return `${safeJson(JSON.stringify(report, null, 2))}\n`;
}
