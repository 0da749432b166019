// How `smroi audit` ends once the report is written: 0, 3 (a threshold the user set was breached) or
// 4 (the report is incomplete: some files could not be read and are left out). 4 wins over 3: a
// threshold judged on incomplete figures says little (a ledger left out makes any ROI look bad), so
// a cron job is told first that the report lacks data. The lines for stderr say both.
import type { Report } from './report.js';
import { unreadablePlace, unreadableFiles } from './render/unreadable.js';

export const EXIT_OK = 0;
export const EXIT_THRESHOLD = 3;
export const EXIT_INCOMPLETE = 4;

export function exitStatus(report: Report, breaches: readonly string[]): number {
  if (unreadableFiles(report).length) return EXIT_INCOMPLETE;
  return breaches.length ? EXIT_THRESHOLD : EXIT_OK;
}

/** What stderr says after the report: each file left out, each breach, and the exit code. */
export function statusLines(report: Report, breaches: readonly string[]): string[] {
  const unreadable = unreadableFiles(report);
  const lines = unreadable.map((file) => `smroi: left out of the report: ${unreadablePlace(file)}: ${file.reason} [${file.code}]`);
  if (unreadable.length) {
    const count = unreadable.length === 1 ? '1 file' : `${unreadable.length} files`;
    lines.push(`smroi: the report is incomplete: ${count} could not be read (exit code 4; --strict stops at the first instead)`);
    for (const breach of breaches) lines.push(`smroi: ${breach}`);
  } else {
    for (const breach of breaches) lines.push(`smroi: ${breach} (exit code 3)`);
  }
  return lines;
}
