// The building blocks of the error catalogue (src/i18n/errors.ts): one entry per text, its English,
// German and Swedish side by side. An entry lacking a language, or one whose German or Swedish takes
// other parameters than its English, does not build.
import type { Language } from './language.js';
import { defineTexts } from './texts.js';

/** What an error says: the problem, and what to do about it. */
export interface ErrorWords {
  problem: string;
  hint?: string;
}

/** Parameters are plain values only: file names, column headers, counts, codes; never a ledger cell. */
export type ErrorParams = Record<string, string | number | boolean>;

export type ErrorEntry<P extends ErrorParams> = Record<Language, (params: P) => ErrorWords>;

/** One text in three languages; the English function's parameter type is the entry's. */
export function entry<P extends ErrorParams = Record<never, never>>(texts: {
  en: (params: P) => ErrorWords;
  de: (params: NoInfer<P>) => ErrorWords;
  sv: (params: NoInfer<P>) => ErrorWords;
}): ErrorEntry<P> {
  return texts;
}

export const words = (problem: string, hint?: string): ErrorWords => (hint === undefined ? { problem } : { problem, hint });

const SYSTEM_PROBLEMS = defineTexts<Record<string, string>>({
  en: {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file would exceed the file size limit',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    ENXIO: 'no reader on the other end of the pipe',
    EPIPE: 'the reader on the other end went away',
    EBUSY: 'busy',
    ETXTBSY: 'busy',
  },
  de: {
    EACCES: 'Zugriff verweigert',
    EPERM: 'Vorgang nicht erlaubt',
    ENOENT: 'Datei oder Ordner nicht vorhanden',
    ENOTDIR: 'ein Teil des Pfads ist eine Datei, kein Ordner',
    EISDIR: 'das ist ein Ordner',
    ENOSPC: 'kein Platz mehr auf dem Datenträger',
    EDQUOT: 'Speicherkontingent überschritten',
    EFBIG: 'die Datei würde die erlaubte Dateigröße überschreiten',
    EROFS: 'schreibgeschütztes Dateisystem',
    EIO: 'Ein-/Ausgabefehler',
    ELOOP: 'zu viele symbolische Verknüpfungen',
    ENAMETOOLONG: 'der Name ist zu lang',
    EMFILE: 'zu viele offene Dateien',
    ENXIO: 'am anderen Ende der Pipe liest niemand',
    EPIPE: 'das Programm am anderen Ende liest nicht mehr',
    EBUSY: 'belegt',
    ETXTBSY: 'belegt',
  },
  sv: {
    EACCES: 'åtkomst nekad',
    EPERM: 'åtgärden är inte tillåten',
    ENOENT: 'filen eller mappen finns inte',
    ENOTDIR: 'en del av sökvägen är en fil, inte en mapp',
    EISDIR: 'det är en mapp',
    ENOSPC: 'inget utrymme kvar på enheten',
    EDQUOT: 'diskkvoten är överskriden',
    EFBIG: 'filen skulle bli större än den tillåtna filstorleken',
    EROFS: 'skrivskyddat filsystem',
    EIO: 'in-/utmatningsfel',
    ELOOP: 'för många symboliska länkar',
    ENAMETOOLONG: 'namnet är för långt',
    EMFILE: 'för många öppna filer',
    ENXIO: 'ingen läser i andra änden av röret',
    EPIPE: 'programmet i andra änden slutade läsa',
    EBUSY: 'upptagen',
    ETXTBSY: 'upptagen',
  },
});

/** An errno code in words with the code ("permission denied (EACCES)"); any other text as it is. */
export function systemWords(code: string, language: Language): string {
  const text = SYSTEM_PROBLEMS[language][code];
  return text ? `${text} (${code})` : code;
}
