// The terminal report: the sections of render/sections.ts laid out for the width of the output
// (grid.ts outputWidth: COLUMNS, else the terminal's width, else 80). Tables wider than that are
// split (secondary columns move to a table under the first), prose wraps; no line is wider.
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import type { Block, Section } from './document.js';
import type { RenderExtras } from './extras.js';
import { cellText, DEFAULT_WIDTH, fitTable, MIN_WIDTH, wrap, type CellValue } from './grid.js';
import { reportHeader, reportSections } from './sections.js';

export function renderTable(report: Report, style: ChalkInstance, extras: RenderExtras = {}): string {
  const width = Math.max(MIN_WIDTH, extras.width ?? DEFAULT_WIDTH);
  const out: string[] = [];
  const header = reportHeader(report, extras.language);
  out.push(...lines(`smroi audit · ${header.period} (${report.period.timezone}) · ${header.amountsIn}`, width, style.bold));
  out.push(style.dim(header.files));
  for (const section of reportSections(report, extras)) {
    if (section.markdownOnly) continue;
    out.push('', ...terminalSection(section, style, width));
  }
  return `${out.join('\n')}\n`;
}

function terminalSection(section: Section, style: ChalkInstance, width: number): string[] {
  const title = section.tone === 'warn' ? (text: string) => style.bold(style.yellow(text)) : section.tone === 'dim' ? style.dim : style.bold;
  return [...lines(section.title, width, title), ...section.blocks.flatMap((block) => terminalBlock(block, style, width, section.tone === 'dim'))];
}

function terminalBlock(block: Block, style: ChalkInstance, width: number, dim: boolean): string[] {
  const paint = dim ? style.dim : (text: string) => text;
  switch (block.kind) {
    case 'table': {
      const columns = block.columns.filter((column) => !column.markdownOnly);
      const rows = block.rows.map((row) => row.filter((_, index) => !block.columns[index]!.markdownOnly));
      return [fitTable(columns, rows, width, (cell) => paintCell(style, cell))];
    }
    case 'text':
      return lines(block.text, width, block.dim || dim ? style.dim : paint);
    case 'list':
      return block.items.flatMap((item) => lines(`- ${item.text}`, width, paint));
    case 'lines':
      return block.lines.map((line) => paint(line));
    case 'terms':
      return block.items.flatMap((item) => lines(`${item.term}: ${item.meaning}`, width, paint));
  }
}

/** Prose wrapped to the width, each line styled on its own (so a pager keeps the colour). */
function lines(text: string, width: number, paint: (text: string) => string): string[] {
  return wrap(text, width).split('\n').map((line) => paint(line));
}

function paintCell(style: ChalkInstance, cell: CellValue): string {
  const text = cellText(cell);
  if (typeof cell === 'string' || !cell.tone) return text;
  return cell.tone === 'good' ? style.green(text) : cell.tone === 'bad' ? style.red(text) : style.yellow(text);
}

// Other renderers and commands import these from here too.
export { formatCount, formatMoney } from './format.js';
