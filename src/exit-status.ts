// How `smroi audit` ends once the report is written: 0, 3 (a threshold the user set was breached) or
// 4 (the report is incomplete: some files could not be read and are left out). 4 wins over 3: a
// threshold judged on incomplete figures says little (a ledger left out makes any ROI look bad), so
// a cron job is told first that the report lacks data. The lines for stderr say both.
import type { Language } from './i18n/language.js';
import { STATUS } from './i18n/status.js';
import type { Report } from './report.js';
import { unreadableFiles } from './render/unreadable.js';

export const EXIT_OK = 0;
export const EXIT_THRESHOLD = 3;
export const EXIT_INCOMPLETE = 4;

export function exitStatus(report: Report, breaches: readonly string[]): number {
  if (unreadableFiles(report).length) return EXIT_INCOMPLETE;
  return breaches.length ? EXIT_THRESHOLD : EXIT_OK;
}

/** What stderr says after the report: each file left out, each breach, and the exit code. */
export function statusLines(report: Report, breaches: readonly string[], language: Language = 'en'): string[] {
  const words = STATUS[language];
  const unreadable = unreadableFiles(report);
  const lines = unreadable.map((file) => words.leftOut(`${file.file}${file.line ? `, ${words.line} ${file.line}` : ''}${file.kind ? ` (${file.kind})` : ''}`, file.reason, file.code!));
  if (unreadable.length) {
    lines.push(words.incomplete(unreadable.length));
    for (const breach of breaches) lines.push(`smroi: ${breach}`);
  } else {
    for (const breach of breaches) lines.push(`smroi: ${breach}${words.exitThree}`);
  }
  return lines;
}
