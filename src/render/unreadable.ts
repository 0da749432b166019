// The files that could not be read: every format opens with them, since the figures leave them out
// (exit code 4). Each names the file, the line, what is wrong and what to do, and the problem's code.
import type { ChalkInstance } from 'chalk';
import type { Report, SkippedFile } from '../report.js';
import { wrap } from './grid.js';

/** Skipped files that could hold data but could not be read (they carry a code). */
export function unreadableFiles(report: Report): SkippedFile[] {
  return report.skipped.filter((skipped) => skipped.code !== undefined);
}

/** The other skipped files (not known exports, empty files, smroi's own outputs...). */
export function passedOverFiles(report: Report): SkippedFile[] {
  return report.skipped.filter((skipped) => skipped.code === undefined);
}

export function unreadableTitle(count: number): string {
  return `Files that could not be read (${count}): the figures leave ${count === 1 ? 'it' : 'them'} out, so the report is incomplete`;
}

/** `file, line 7 (meta-ads)`: where the problem is. */
export function unreadablePlace(file: SkippedFile): string {
  return `${file.file}${file.line ? `, line ${file.line}` : ''}${file.kind ? ` (${file.kind})` : ''}`;
}

/** The terminal section (with a blank line after it), or nothing. */
export function unreadableTableLines(report: Report, style: ChalkInstance): string[] {
  const files = unreadableFiles(report);
  if (!files.length) return [];
  return [
    style.bold(style.red(unreadableTitle(files.length))),
    ...files.map((file) => wrap(`- ${unreadablePlace(file)}: ${file.reason} [${file.code}]`)),
    '',
  ];
}

/** The Markdown section (with a blank line before it), or nothing. */
export function unreadableMarkdownLines(report: Report, escape: (text: string) => string): string[] {
  const files = unreadableFiles(report);
  if (!files.length) return [];
  return [
    '',
    `## Files that could not be read (${files.length})`,
    '',
    `The figures leave ${files.length === 1 ? 'this file' : 'these files'} out, so the report is incomplete.`,
    '',
    ...files.map((file) => `- ${escape(unreadablePlace(file))}: ${escape(file.reason)} \`${file.code}\``),
  ];
}
