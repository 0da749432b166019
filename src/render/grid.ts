// Layout for the terminal: the report's width, tables that fit it (secondary columns move to a
// further table under the first, the label column repeated), and prose wrapped to it.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';

// cli-table3 is loaded on the first table drawn: --help, `smroi schema` and the JSON, Markdown and
// CSV reports draw none.
let Table: typeof TableType | undefined;
const tableClass = (): typeof TableType => (Table ??= createRequire(import.meta.url)('cli-table3') as typeof TableType);

/** Narrower than this, the report is laid out for this width all the same. */
export const MIN_WIDTH = 40;
/** The default when COLUMNS is not set and the output is not a terminal (a pipe, a file, cron). */
export const DEFAULT_WIDTH = 80;
/** Prose wraps at the width, but never wider than this: longer lines are hard to read. */
export const PROSE_WIDTH = 100;
/** Longest label (channel, campaign) before it is cut with "…". */
export const LABEL_WIDTH = 30;

/**
 * The width to lay the report (and --help) out for: COLUMNS when it is set to a whole number, else
 * the terminal's width when the output is a terminal, else 80; never less than MIN_WIDTH.
 */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = /^\s*\d+\s*$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : 0;
  const fromTerminal = stream.isTTY && stream.columns ? stream.columns : 0;
  const width = fromEnv || fromTerminal || DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

/** Characters on screen: ANSI colour codes take none; every code point one. */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

export type Tone = 'good' | 'bad' | 'warn';
/** A cell: text, or text with a tone (coloured in the terminal) or set as code (in Markdown). */
export type CellValue = string | { text: string; tone?: Tone; code?: boolean };

export interface Column {
  head: string;
  align?: 'left' | 'right';
  /** Columns with the same group stay in one table when the table is split (a cost breakdown). */
  group?: string;
}

export function cellText(cell: CellValue): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/**
 * One table, or several under each other when one would be wider than `width`: the first `keep`
 * columns (the labels) start every table, the others follow in the order given (most important
 * first) and go to the next table where they no longer fit; a group moves as a whole. Where a
 * table would not fit otherwise, a heading longer than its figures takes two lines. Labels are cut
 * at LABEL_WIDTH. `paint` colours a cell (the terminal's style).
 */
export function fitTable(
  columns: readonly Column[],
  allRows: readonly CellValue[][],
  width: number,
  paint: (cell: CellValue) => string = cellText,
  keep = 1,
): string {
  const rows = allRows.map((row) => row.map((cell, index) => (index < keep && displayWidth(cellText(cell)) > LABEL_WIDTH ? truncate(cellText(cell), LABEL_WIDTH) : cell)));
  const figures = columns.map((_, index) => Math.max(0, ...rows.map((row) => displayWidth(cellText(row[index] ?? '')))));
  const heads = columns.map((column, index) => headLines(column.head, figures[index]!));
  const widths = columns.map((_, index) => Math.max(figures[index]!, ...heads[index]!.map(displayWidth)));
  const flatWidths = columns.map((column, index) => Math.max(figures[index]!, displayWidth(column.head)));
  // A column costs its text, one space either side and one border.
  const cost = (index: number) => widths[index]! + 3;
  const kept = columns.slice(0, keep).map((_, index) => index);
  const keptCost = 1 + kept.reduce((sum, index) => sum + cost(index), 0);

  const units: number[][] = [];
  for (let index = keep; index < columns.length; index++) {
    const last = units.at(-1);
    const group = columns[index]!.group;
    if (last && group !== undefined && columns[last[0]!]!.group === group) last.push(index);
    else units.push([index]);
  }
  const parts: number[][] = [];
  let current: number[] = [];
  let used = keptCost;
  const flush = () => {
    if (current.length) parts.push(current);
    current = [];
    used = keptCost;
  };
  for (const unit of units) {
    const unitCost = unit.reduce((sum, index) => sum + cost(index), 0);
    if (current.length && used + unitCost > width) flush();
    for (const index of unit) {
      if (current.length && used + cost(index) > width) flush(); // a group wider than a table on its own
      current.push(index);
      used += cost(index);
    }
  }
  flush();
  if (!parts.length) parts.push([]);

  return parts
    .map((part) => {
      const indexes = [...kept, ...part];
      // Headings take two lines only where the table would not fit with them on one.
      const flat = 1 + indexes.reduce((sum, index) => sum + flatWidths[index]! + 3, 0) <= width;
      // Labels give way when even one figure beside them does not fit.
      const over = 1 + indexes.reduce((sum, index) => sum + cost(index), 0) - width;
      const labelWidth = keep === 1 && over > 0 ? Math.max(8, widths[0]! - over) : undefined;
      const partHeads = indexes.map((index) => (flat ? [columns[index]!.head] : heads[index]!));
      const tall = Math.max(...partHeads.map((lines) => lines.length));
      const TableClass = tableClass();
      const result = new TableClass({
        head: partHeads.map((lines) => [...Array<string>(tall - lines.length).fill(''), ...lines].join('\n')),
        style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
        colAligns: indexes.map((index) => columns[index]!.align ?? (index < keep ? 'left' : 'right')),
      });
      for (const row of rows) {
        result.push(
          indexes.map((index, position) => {
            const cell = row[index] ?? '';
            return position === 0 && labelWidth !== undefined ? truncate(cellText(cell), labelWidth) : paint(cell);
          }),
        );
      }
      return result.toString();
    })
    .join('\n');
}

/** A heading on one line, or on two when it is more than two characters wider than its figures. */
function headLines(head: string, figures: number): string[] {
  const words = head.split(' ');
  if (words.length < 2 || displayWidth(head) <= figures + 2) return [head];
  let best: string[] = [head];
  let bestWidth = displayWidth(head);
  for (let cut = 1; cut < words.length; cut++) {
    const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    const lineWidth = Math.max(...lines.map(displayWidth));
    if (lineWidth < bestWidth) {
      best = lines;
      bestWidth = lineWidth;
    }
  }
  return best;
}

export function truncate(text: string, width: number): string {
  return displayWidth(text) <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;
}

/**
 * Wraps prose at `width` (at most PROSE_WIDTH), continuation lines indented by `indent`; a word
 * longer than a line is cut, so that no line is wider than the width.
 */
export function wrap(text: string, width = DEFAULT_WIDTH, indent = '  '): string {
  const limit = Math.min(width, PROSE_WIDTH);
  const lines: string[] = [];
  // The line so far, its display width and whether it holds more than white space, kept as words
  // are added (measuring the whole line again for every word made long paragraphs quadratic). A
  // colour code never holds a space, so the width of "line word" is the sum of the parts plus one.
  const indentWidth = displayWidth(indent);
  const indentHasText = indent.trim() !== '';
  let current = '';
  let currentWidth = 0;
  let hasText = false;
  for (let word of text.split(' ')) {
    let wordWidth = displayWidth(word);
    if (current && currentWidth + 1 + wordWidth > limit) {
      lines.push(current);
      current = indent;
      currentWidth = indentWidth;
      hasText = indentHasText;
    }
    let room = limit - currentWidth - (hasText ? 1 : 0);
    while (wordWidth > room && room > 0) {
      const cut = [...word].slice(0, room);
      lines.push(hasText ? `${current} ${cut.join('')}` : `${current}${cut.join('')}`);
      word = [...word].slice(cut.length).join('');
      wordWidth = displayWidth(word);
      current = indent;
      currentWidth = indentWidth;
      hasText = indentHasText;
      room = limit - currentWidth - (hasText ? 1 : 0);
    }
    if (hasText) {
      current = `${current} ${word}`;
      currentWidth += 1 + wordWidth;
    } else {
      current = `${current}${word}`;
      currentWidth += wordWidth;
      hasText = word.trim() !== '';
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/**
 * Help text written as paragraphs re-flowed to `width`: lines that start flush left are joined into
 * paragraphs; indented lines (exit codes, examples) are kept, and wrapped under themselves when too
 * long, an example with a shell line continuation (" \").
 */
export function wrapHelp(text: string, width: number): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(wrap(paragraph.join(' '), width, ''));
    paragraph = [];
  };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line === '') {
      flush();
      out.push('');
    } else if (/^\s/.test(line)) {
      flush();
      out.push(wrapIndented(line, width));
    } else if (/^\s/.test(lines[index + 1] ?? '')) {
      // A heading such as "Examples:" over indented lines.
      flush();
      out.push(line);
    } else paragraph.push(line);
  });
  flush();
  return out.join('\n');
}

function wrapIndented(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const lead = /^\s*/.exec(line)![0];
  const example = /^\s+smroi /.test(line);
  // Exit codes hang under their text ("  0  report written ..."); examples under the command.
  const hang = example ? `${lead}    ` : ' '.repeat(/^\s*\S+\s+/.exec(line)![0].length);
  const words = line.trim().split(' ');
  const lines: string[] = [];
  let current = lead;
  const room = example ? width - 2 : width; // leave room for " \"
  for (const word of words) {
    if (current.trim() && displayWidth(current) + 1 + displayWidth(word) > room) {
      lines.push(example ? `${current} \\` : current);
      current = hang;
    }
    current = current.trim() ? `${current} ${word}` : `${current}${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}
