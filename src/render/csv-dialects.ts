// The CSV dialects `--csv-dialect` offers, apart from the renderer so that the command line can list
// them (and the audit write them) without loading it (test/cli/startup.test.ts).
import type { Language } from '../i18n/language.js';
import { safeOutput } from '../safe-text.js';

export const CSV_DIALECTS = ['rfc4180', 'excel-de', 'excel-sv'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** The dialect a reader's spreadsheet expects when none is chosen: rfc4180 in English, Excel's in German and Swedish. */
export function defaultCsvDialect(language: Language): CsvDialect {
  return language === 'de' ? 'excel-de' : language === 'sv' ? 'excel-sv' : 'rfc4180';
}

/**
 * The CSV as it is written: safeOutput (safe-text.ts) on every line, keeping the dialect's own
 * byte-order mark and CRLF line ends, which it would otherwise show escaped. Cells are escaped
 * already (cellIn), so these are the only such characters in the text.
 */
export function safeCsvOutput(text: string): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  return bom + text.slice(bom.length).split('\r\n').map((line) => safeOutput(line)).join('\r\n');
}
