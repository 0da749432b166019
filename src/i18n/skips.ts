// Why a file below the folder was passed over, not recognised or declined (`skipped[].reason`), in
// the reader's language. A file that was recognised but could not be read is no skip of this kind:
// its reason is its InputError's text. Params never hold a cell of the file (it may be a customer's).
import type { SkippedFile } from '../report.js';
import type { Language } from './language.js';
import { sayMessage, type MessageOf, type Texts } from './say.js';
import { defineTexts } from './texts.js';

type FileType = 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other';

const FILE_TYPES = defineTexts<Record<FileType, string>>({
  en: { fifo: 'a named pipe', socket: 'a socket', characterDevice: 'a character device', blockDevice: 'a block device', other: 'not a file' },
  de: { fifo: 'eine Named Pipe', socket: 'ein Socket', characterDevice: 'ein zeichenorientiertes Gerät', blockDevice: 'ein blockorientiertes Gerät', other: 'keine Datei' },
  sv: { fifo: 'en namngiven pipe', socket: 'en socket', characterDevice: 'en teckenenhet', blockDevice: 'en blockenhet', other: 'ingen fil' },
});

const en = {
  nameNotUtf8: () => 'its name is not valid UTF-8',
  missingLinkTarget: () => 'a link to a file that does not exist',
  cannotOpen: (p: { problem: string }) => `cannot be opened: ${p.problem}`,
  folderLink: () => 'a link to a folder; smroi does not follow links to folders (move or copy the files into the folder instead)',
  folderNotListed: (p: { problem: string }) => `the folder cannot be listed: ${p.problem}`,
  notRegularFile: (p: { type: FileType }) =>
    `not a regular file (${FILE_TYPES.en[p.type]}); smroi reads regular files only`,
  ownReport: () => 'the report smroi writes there (--output); its own output is never read as an input',
  ownHistory: () => 'a month smroi keeps there (--history); its own output is never read as an input',
  empty: () => 'the file is empty',
  notText: () => 'not a text file',
  noText: () => 'the file holds no text',
  ambiguous: (p: { titles: string[] }) => `ambiguous: looks like ${p.titles.join(' and ')}; rename nothing, but report this file to the smroi developers`,
  unknownKind: (p: { columns: number | null }) =>
    `not a known export (${p.columns === null ? 'no rows' : `${p.columns} column${p.columns === 1 ? '' : 's'}`}; its header matches none of the kinds smroi reads)`,
  etsyOrderItems: () =>
    'an Etsy Sold Order Items download: the same sales as the Sold Orders download (EtsySoldOrders…csv), item by item and without refunds; smroi reads the Sold Orders file, so that no sale counts twice',
};


const de: Texts<typeof en> = {
  nameNotUtf8: () => 'ihr Name ist kein gültiges UTF-8',
  missingLinkTarget: () => 'ein Link auf eine Datei, die es nicht gibt',
  cannotOpen: (p) => `lässt sich nicht öffnen: ${p.problem}`,
  folderLink: () => 'ein Link auf einen Ordner; smroi folgt keinen Links auf Ordner (verschieben oder kopieren Sie die Dateien stattdessen in den Ordner)',
  folderNotListed: (p) => `der Ordner lässt sich nicht auflisten: ${p.problem}`,
  notRegularFile: (p) => `keine normale Datei (${FILE_TYPES.de[p.type]}); smroi liest nur normale Dateien`,
  ownReport: () => 'der Bericht, den smroi dort schreibt (--output); die eigene Ausgabe wird nie als Eingabe gelesen',
  ownHistory: () => 'ein Monat, den smroi dort aufbewahrt (--history); die eigene Ausgabe wird nie als Eingabe gelesen',
  empty: () => 'die Datei ist leer',
  notText: () => 'keine Textdatei',
  noText: () => 'die Datei enthält keinen Text',
  ambiguous: (p, s) => `nicht eindeutig: sieht aus wie ${s.list(p.titles)}; benennen Sie nichts um, aber melden Sie diese Datei bitte den smroi-Entwicklern`,
  unknownKind: (p, s) =>
    `kein bekannter Export (${p.columns === null ? 'keine Zeilen' : `${s.count(p.columns)} ${s.plural(p.columns, 'Spalte', 'Spalten')}`}; die Kopfzeile passt zu keiner der Dateiarten, die smroi liest)`,
  etsyOrderItems: () =>
    'ein Etsy-Download „Sold Order Items“: dieselben Verkäufe wie im Download „Sold Orders“ (EtsySoldOrders…csv), Artikel für Artikel und ohne Erstattungen; smroi liest die Sold-Orders-Datei, damit kein Verkauf doppelt zählt',
};

const sv: Texts<typeof en> = {
  nameNotUtf8: () => 'namnet är inte giltig UTF-8',
  missingLinkTarget: () => 'en länk till en fil som inte finns',
  cannotOpen: (p) => `kan inte öppnas: ${p.problem}`,
  folderLink: () => 'en länk till en mapp; smroi följer inte länkar till mappar (flytta eller kopiera filerna till mappen i stället)',
  folderNotListed: (p) => `mappen kan inte listas: ${p.problem}`,
  notRegularFile: (p) => `inte en vanlig fil (${FILE_TYPES.sv[p.type]}); smroi läser bara vanliga filer`,
  ownReport: () => 'rapporten som smroi skriver där (--output); dess egen utdata läses aldrig som indata',
  ownHistory: () => 'en månad som smroi sparar där (--history); dess egen utdata läses aldrig som indata',
  empty: () => 'filen är tom',
  notText: () => 'inte en textfil',
  noText: () => 'filen innehåller ingen text',
  ambiguous: (p, s) => `tvetydig: ser ut som ${s.list(p.titles)}; byt inte namn på något, men rapportera filen till smroi-utvecklarna`,
  unknownKind: (p, s) =>
    `ingen känd export (${p.columns === null ? 'inga rader' : `${s.count(p.columns)} ${s.plural(p.columns, 'kolumn', 'kolumner')}`}; rubrikraden matchar ingen av de filtyper smroi läser)`,
  etsyOrderItems: () =>
    'en Etsy-nedladdning ”Sold Order Items”: samma försäljning som nedladdningen ”Sold Orders” (EtsySoldOrders…csv), artikel för artikel och utan återbetalningar; smroi läser Sold Orders-filen, så att ingen försäljning räknas två gånger',
};

export const SKIP_TEXTS = defineTexts<Texts<typeof en>>({ en, de, sv });

/** Why a file was skipped: a key of the catalogue with its params. */
export type SkipReason = MessageOf<typeof en>;

/** The reason in `language`; a string is a text made already (an InputError's, for a file that could not be read). */
export function skipReasonText(reason: SkipReason | string, language: Language): string {
  return typeof reason === 'string' ? reason : sayMessage(SKIP_TEXTS[language], reason, language);
}



/** A skipped file before the report is written: its reason still a SkipReason, or a text made already. */
export type PendingSkip = Omit<SkippedFile, 'reason'> & { reason: SkipReason | string };
