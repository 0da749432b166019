// The report as Markdown (GitHub-flavoured tables), for a wiki page, a ticket or an e-mail, and the
// scheduled report: every section of the terminal report (render/sections.ts), plus the input
// files. Tables are kept whole (a table row cannot wrap; the viewer lays them out); prose wraps
// at 80 columns, so the file reads in a terminal too. All text is escaped so that a campaign name
// cannot break a table or inject HTML. Computes nothing.
import type { Report } from '../report.js';
import type { Block } from './document.js';
import type { RenderExtras } from './extras.js';
import { cellText, DEFAULT_WIDTH, displayWidth, wrap, type CellValue } from './grid.js';
import { reportHeader, reportSections } from './sections.js';

export function renderMarkdown(report: Report, extras: RenderExtras = {}): string {
  const out: string[] = [];
  const header = reportHeader(report, extras.language);
  out.push(`# smroi audit: ${header.period}`);
  out.push('');
  const facts = [escape(header.timeZone), header.amountsIn, header.files, ...(header.generated ? [header.generated] : [])];
  // Broken only between facts, each kept whole.
  out.push(facts.reduce((text, fact) => (displayWidth(text.slice(text.lastIndexOf('\n') + 1)) + 3 + displayWidth(fact) > DEFAULT_WIDTH ? `${text} ·\n${fact}` : `${text} · ${fact}`)));
  for (const section of reportSections(report, extras)) {
    out.push('', `## ${escape(section.title)}`);
    for (const block of section.blocks) out.push('', ...markdownBlock(block));
  }
  return `${out.join('\n')}\n`;
}

function markdownBlock(block: Block): string[] {
  switch (block.kind) {
    case 'table': {
      const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        line(block.columns.map((column) => escape(column.head))),
        line(block.columns.map((column, index) => ((column.align ?? (index === 0 ? 'left' : 'right')) === 'left' ? '---' : '---:'))),
        ...block.rows.map((row) => line(row.map(markdownCell))),
      ];
    }
    case 'text':
      return [paragraph(escape(block.text))];
    case 'list':
      return block.items.map((item) => paragraph(`- ${escape(item.text)}${item.code ? ` \`${item.code}\`` : ''}`));
    case 'lines':
      return ['```', ...block.lines, '```'];
    case 'terms':
      return block.items.map((item) => paragraph(`- **${escape(item.term)}**: ${escape(item.meaning)}`));
  }
}

function markdownCell(cell: CellValue): string {
  const text = cellText(cell);
  return typeof cell !== 'string' && cell.code ? `\`${text}\`` : escape(text);
}

/**
 * Escaped text wrapped at 80 columns, continuation lines indented (inside a list item) or not; a
 * line never starts with what Markdown would read as a new block ("- ", "1. ", "#", ">").
 */
function paragraph(text: string): string {
  const indent = text.startsWith('- ') ? '  ' : '';
  const lines = wrap(text.replace(/ (?=([-+*>]|#+|\d+[.)]) )/g, '\u0000'), DEFAULT_WIDTH, indent).split('\n');
  return lines.map((line) => line.replace(/\u0000/g, ' ')).join('\n');
}

/** Escapes text from the inputs: Markdown syntax, table pipes, HTML, line breaks. */
export function escape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}
