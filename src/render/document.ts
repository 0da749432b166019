// The report as sections of blocks, built once (render/sections.ts) and written by the terminal
// (render/table.ts) and the Markdown (render/markdown.ts) renderers, so that both carry the same
// sections with the same figures. Each writer only lays the blocks out: widths, colour, escaping.
import type { CellValue, Column } from './grid.js';

export type { CellValue, Column, Tone } from './grid.js';

export type Block =
  /** A table; the terminal splits it by width (see grid.ts fitTable), Markdown keeps it whole. */
  | { kind: 'table'; columns: TableColumn[]; rows: CellValue[][] }
  /** A paragraph; `dim` for a side note. */
  | { kind: 'text'; text: string; dim?: boolean }
  /** Bullet points; `code` (a warning code) is shown in Markdown only. */
  | { kind: 'list'; items: { text: string; code?: string }[] }
  /** Lines kept as they are (the trend's sparklines): a code block in Markdown. */
  | { kind: 'lines'; lines: string[] }
  /** Terms and what they mean. */
  | { kind: 'terms'; items: { term: string; meaning: string }[] };

export interface TableColumn extends Column {
  /** Shown in Markdown only (a detail the terminal has no room for). */
  markdownOnly?: boolean;
}

export interface Section {
  title: string;
  tone?: 'warn' | 'dim';
  blocks: Block[];
  /** Only in Markdown (the scheduled report keeps a record the terminal does not need). */
  markdownOnly?: boolean;
}
