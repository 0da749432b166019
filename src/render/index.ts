// Renderer registry: format name to a pure function of the Report (plus, for the views that show
// it, the trend of the months kept with --history). Each renderer is imported only when its format
// is chosen (loadRenderer): a run loads the one it writes.
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import type { RenderExtras } from './extras.js';

export const FORMATS = ['table', 'json', 'markdown', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export type Renderer = (report: Report, style: ChalkInstance, extras?: RenderExtras) => string;

export async function loadRenderer(format: Format): Promise<Renderer> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).renderTable;
    case 'json': {
      const { renderJson } = await import('./json.js');
      return (report) => renderJson(report);
    }
    case 'markdown': {
      const { renderMarkdown } = await import('./markdown.js');
      return (report, _style, extras) => renderMarkdown(report, extras);
    }
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return (report, _style, extras) => renderCsv(report, { language: extras?.language, dialect: extras?.csvDialect });
    }
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return (report, _style, extras) => renderHtml(report, extras);
    }
  }
}
