// The files that could not be read: every format opens with them, since the figures leave them out
// (exit code 4). Each names the file, the line, what is wrong and what to do, and the problem's code.
import type { Language } from '../i18n/language.js';
import { defineTexts } from '../i18n/texts.js';
import type { Report, SkippedFile } from '../report.js';

const LINE_WORD = defineTexts({ en: 'line', de: 'Zeile', sv: 'rad' });

/** Skipped files that could hold data but could not be read (they carry a code). */
export function unreadableFiles(report: Report): SkippedFile[] {
  return report.skipped.filter((skipped) => skipped.code !== undefined);
}

/** The other skipped files (not known exports, empty files, smroi's own outputs...). */
export function passedOverFiles(report: Report): SkippedFile[] {
  return report.skipped.filter((skipped) => skipped.code === undefined);
}

/** `file, line 7 (meta-ads)`: where the problem is. */
export function unreadablePlace(file: SkippedFile, language: Language = 'en'): string {
  return `${file.file}${file.line ? `, ${LINE_WORD[language]} ${file.line}` : ''}${file.kind ? ` (${file.kind})` : ''}`;
}
