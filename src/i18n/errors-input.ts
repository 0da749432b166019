// Input errors (exit code 1, or a file left out with exit code 4): a file, its line, what was
// expected and what to do. Keys are the stable codes, `CODE.case` where one code has several texts.
// English is exactly what smroi always printed. Parameters name files, columns and counts, never a
// cell's value (it may be a customer's name or e-mail).
import { entry, systemWords, words } from './error-texts.js';
import type { Language } from './language.js';
import { defineTexts, plural } from './texts.js';

/** The kinds of file an error names, as each language calls them (English: the adapters' titles). */
const TITLES = defineTexts<Record<string, string>>({
  en: {},
  de: {
    'sales ledger': 'Umsatzliste',
    ledger: 'Umsatzliste',
    'Etsy sold orders download': 'Etsy-Download der verkauften Bestellungen',
    'Facebook posts export': 'Facebook-Beitragsexport',
    'Instagram posts export': 'Instagram-Beitragsexport',
    'Google Analytics 4 download': 'Google-Analytics-4-Download',
    'Google Ads report': 'Google-Ads-Bericht',
    'Meta Ads Manager export': 'Export aus dem Meta-Werbeanzeigenmanager',
    'Meta Business Suite insights file': 'Statistikdatei der Meta Business Suite',
    'PayPal activity download': 'PayPal-Aktivitätendownload',
    'Shopify orders export': 'Shopify-Bestellexport',
    'Stripe payments export': 'Stripe-Zahlungsexport',
    'Universal Analytics export': 'Universal-Analytics-Export',
    'WooCommerce Analytics orders download': 'WooCommerce-Analytics-Bestelldownload',
    'WooCommerce order export': 'WooCommerce-Bestellexport',
    'WooCommerce order export (plugin)': 'WooCommerce-Bestellexport (Plugin)',
  },
  sv: {
    'sales ledger': 'försäljningslista',
    ledger: 'försäljningslista',
    'Etsy sold orders download': 'Etsy-nedladdning av sålda ordrar',
    'Facebook posts export': 'Facebook-export av inlägg',
    'Instagram posts export': 'Instagram-export av inlägg',
    'Google Analytics 4 download': 'Google Analytics 4-nedladdning',
    'Google Ads report': 'Google Ads-rapport',
    'Meta Ads Manager export': 'export från Meta Ads Manager',
    'Meta Business Suite insights file': 'statistikfil från Meta Business Suite',
    'PayPal activity download': 'PayPal-aktivitetsnedladdning',
    'Shopify orders export': 'Shopify-orderexport',
    'Stripe payments export': 'Stripe-betalningsexport',
    'Universal Analytics export': 'Universal Analytics-export',
    'WooCommerce Analytics orders download': 'WooCommerce Analytics-ordernedladdning',
    'WooCommerce order export': 'WooCommerce-orderexport',
    'WooCommerce order export (plugin)': 'WooCommerce-orderexport (tillägg)',
  },
});

/** A kind of file in a language: `Shopify-Bestellexport` for the adapter's title `Shopify orders export`. */
export const title = (language: Language, english: string) => TITLES[language][english] ?? english;

/** What to do about a file without its header: which tool to export or download it from again. */
export type Again = 'exportHeaders' | 'exportOrders' | 'exportPayments' | 'downloadReport' | 'downloadOrders' | 'downloadActivity' | 'googleAds';

const AGAIN = defineTexts<Record<Again, string>>({
  en: {
    exportHeaders: 'Export it again with its column headers.',
    exportOrders: 'Export the orders again.',
    exportPayments: 'Export the payments again.',
    downloadReport: 'Download the report again.',
    downloadOrders: 'Download the orders again.',
    downloadActivity: 'Download the activity again.',
    googleAds: 'Download it again from Google Ads.',
  },
  de: {
    exportHeaders: 'Exportieren Sie sie noch einmal mit Spaltenüberschriften.',
    exportOrders: 'Exportieren Sie die Bestellungen noch einmal.',
    exportPayments: 'Exportieren Sie die Zahlungen noch einmal.',
    downloadReport: 'Laden Sie den Bericht noch einmal herunter.',
    downloadOrders: 'Laden Sie die Bestellungen noch einmal herunter.',
    downloadActivity: 'Laden Sie die Aktivitäten noch einmal herunter.',
    googleAds: 'Laden Sie sie noch einmal aus Google Ads herunter.',
  },
  sv: {
    exportHeaders: 'Exportera den igen med kolumnrubrikerna.',
    exportOrders: 'Exportera ordrarna igen.',
    exportPayments: 'Exportera betalningarna igen.',
    downloadReport: 'Ladda ner rapporten igen.',
    downloadOrders: 'Ladda ner ordrarna igen.',
    downloadActivity: 'Ladda ner aktiviteten igen.',
    googleAds: 'Ladda ner den igen från Google Ads.',
  },
});

export type NumberProblem = 'not-a-number' | 'too-many-digits' | 'out-of-range';

/** What a BAD_NUMBER message says of the cell (never the cell itself: it may hold a phone number). */
const NUMBER_PROBLEMS = defineTexts<Record<NumberProblem, string>>({
  en: { 'not-a-number': 'does not hold a number', 'too-many-digits': 'holds more digits than an amount can have (a phone number or an ID?)', 'out-of-range': 'holds a number too large to be an amount' },
  de: { 'not-a-number': 'enthält keine Zahl', 'too-many-digits': 'enthält mehr Ziffern, als ein Betrag haben kann (eine Telefonnummer oder eine Kennung?)', 'out-of-range': 'enthält eine Zahl, die für einen Betrag zu groß ist' },
  sv: { 'not-a-number': 'innehåller inget tal', 'too-many-digits': 'innehåller fler siffror än ett belopp kan ha (ett telefonnummer eller ett id?)', 'out-of-range': 'innehåller ett tal som är för stort för att vara ett belopp' },
});

type Titled = { title: string; again: string };

export const INPUT_ERRORS = {
  FILE_NOT_READABLE: entry({
    en: (p: { system: string }) => words(`the file cannot be read: ${systemWords(p.system, 'en')}.`, 'Give smroi read access to it (chmod +r) or move it out of the folder.'),
    de: (p) => words(`die Datei lässt sich nicht lesen: ${systemWords(p.system, 'de')}.`, 'Geben Sie smroi Lesezugriff darauf (chmod +r) oder nehmen Sie sie aus dem Ordner.'),
    sv: (p) => words(`filen går inte att läsa: ${systemWords(p.system, 'sv')}.`, 'Ge smroi läsbehörighet till den (chmod +r) eller flytta den ur mappen.'),
  }),
  'FILE_NOT_READABLE.changed': entry({
    en: () => words('the file changed while it was read.', 'Wait until the download or copy has finished, then run the audit again.'),
    de: () => words('die Datei hat sich geändert, während sie gelesen wurde.', 'Warten Sie, bis der Download oder das Kopieren fertig ist, und starten Sie die Prüfung dann noch einmal.'),
    sv: () => words('filen ändrades medan den lästes.', 'Vänta tills nedladdningen eller kopieringen är klar och kör sedan granskningen igen.'),
  }),
  'FILE_NOT_READABLE.open': entry({
    en: (p: { system: string }) => words(`the file cannot be opened: ${systemWords(p.system, 'en')}.`, 'Give smroi read access to it (chmod +r) or move it out of the folder.'),
    de: (p) => words(`die Datei lässt sich nicht öffnen: ${systemWords(p.system, 'de')}.`, 'Geben Sie smroi Lesezugriff darauf (chmod +r) oder nehmen Sie sie aus dem Ordner.'),
    sv: (p) => words(`filen går inte att öppna: ${systemWords(p.system, 'sv')}.`, 'Ge smroi läsbehörighet till den (chmod +r) eller flytta den ur mappen.'),
  }),
  'FOLDER_NOT_READABLE.subfolder': entry({
    en: (p: { system: string }) => words(`the folder cannot be listed: ${systemWords(p.system, 'en')}.`, 'Give smroi read access to it (chmod +rx) or move it out of the folder.'),
    de: (p) => words(`der Inhalt des Ordners lässt sich nicht auflisten: ${systemWords(p.system, 'de')}.`, 'Geben Sie smroi Lesezugriff darauf (chmod +rx) oder nehmen Sie ihn aus dem Ordner.'),
    sv: (p) => words(`innehållet i mappen går inte att lista: ${systemWords(p.system, 'sv')}.`, 'Ge smroi läsbehörighet till den (chmod +rx) eller flytta den ur mappen.'),
  }),
  BAD_FILE_NAME: entry({
    en: (p: { folder: boolean }) => words(`the ${p.folder ? 'folder' : 'file'} name is not valid UTF-8 (shown here with \uFFFD for the bytes that are not), so smroi cannot open it by name.`, 'Rename it to a name in UTF-8 and run again.'),
    de: (p) => words(`der ${p.folder ? 'Ordnername' : 'Dateiname'} ist kein gültiges UTF-8 (hier mit \uFFFD für die ungültigen Bytes gezeigt), daher kann smroi ${p.folder ? 'den Ordner' : 'die Datei'} nicht über den Namen öffnen.`, `Benennen Sie ${p.folder ? 'ihn' : 'sie'} mit einem Namen in UTF-8 um und starten Sie noch einmal.`),
    sv: (p) => words(`${p.folder ? 'mappnamnet' : 'filnamnet'} är inte giltig UTF-8 (visas här med \uFFFD för de ogiltiga byten), så smroi kan inte öppna ${p.folder ? 'mappen' : 'filen'} med namn.`, 'Byt namn till ett namn i UTF-8 och kör igen.'),
  }),
  'CSV_SYNTAX.longRow': entry({
    en: (p: { mib: number }) => words(`one row is longer than ${p.mib} MiB, far more than any export writes (a quoted field that never closes, or not a CSV file).`, 'The file may be cut off or hand-edited; export it again.'),
    de: (p) => words(`eine Zeile ist länger als ${p.mib} MiB, weit mehr als jeder Export schreibt (ein Feld in Anführungszeichen, das nie endet, oder keine CSV-Datei).`, 'Die Datei ist vielleicht abgeschnitten oder von Hand bearbeitet; exportieren Sie sie noch einmal.'),
    sv: (p) => words(`en rad är längre än ${p.mib} MiB, mycket mer än någon export skriver (ett citerat fält som aldrig avslutas, eller ingen CSV-fil).`, 'Filen kan vara avklippt eller redigerad för hand; exportera den igen.'),
  }),
  'CSV_SYNTAX.unclosed': entry({
    en: () => words('a quoted field is never closed.', 'The file may be cut off or hand-edited; export it again.'),
    de: () => words('ein Feld in Anführungszeichen wird nie geschlossen.', 'Die Datei ist vielleicht abgeschnitten oder von Hand bearbeitet; exportieren Sie sie noch einmal.'),
    sv: () => words('ett citerat fält avslutas aldrig.', 'Filen kan vara avklippt eller redigerad för hand; exportera den igen.'),
  }),
  'FILE_CUT_OFF.midCharacter': entry({
    en: () => words('the file seems cut off: its last row ends inside a character.', 'The download or copy stopped before the end; download or export the file again.'),
    de: () => words('die Datei scheint abgeschnitten: ihre letzte Zeile endet mitten in einem Zeichen.', 'Der Download oder die Kopie brach vor dem Ende ab; laden oder exportieren Sie die Datei noch einmal.'),
    sv: () => words('filen verkar avklippt: dess sista rad slutar mitt i ett tecken.', 'Nedladdningen eller kopieringen avbröts före slutet; ladda ner eller exportera filen igen.'),
  }),
  'FILE_CUT_OFF.utf16': entry({
    en: () => words('the file seems cut off: its last row ends without the line break a UTF-16 export ends every row with (its last cell may be cut).', 'The download or copy stopped before the end; download or export the file again.'),
    de: () => words('die Datei scheint abgeschnitten: ihre letzte Zeile endet ohne den Zeilenumbruch, mit dem ein UTF-16-Export jede Zeile beendet (die letzte Zelle ist vielleicht unvollständig).', 'Der Download oder die Kopie brach vor dem Ende ab; laden oder exportieren Sie die Datei noch einmal.'),
    sv: () => words('filen verkar avklippt: dess sista rad slutar utan den radbrytning som en UTF-16-export avslutar varje rad med (den sista cellen kan vara avklippt).', 'Nedladdningen eller kopieringen avbröts före slutet; ladda ner eller exportera filen igen.'),
  }),
  'FILE_CUT_OFF.shortLastRow': entry({
    en: (p: { found: number; expected: number }) => words(`the file seems cut off: its last row has ${p.found} of the header's ${p.expected} fields and no line break.`, 'The download or copy stopped before the end; download or export the file again.'),
    de: (p) => words(`die Datei scheint abgeschnitten: ihre letzte Zeile hat ${p.found} der ${p.expected} Felder der Kopfzeile und keinen Zeilenumbruch.`, 'Der Download oder die Kopie brach vor dem Ende ab; laden oder exportieren Sie die Datei noch einmal.'),
    sv: (p) => words(`filen verkar avklippt: dess sista rad har ${p.found} av rubrikradens ${p.expected} fält och ingen radbrytning.`, 'Nedladdningen eller kopieringen avbröts före slutet; ladda ner eller exportera filen igen.'),
  }),
  RAGGED_ROW: entry({
    en: (p: { found: number; expected: number }) =>
      words(
        `this row has ${p.found} field${p.found === 1 ? '' : 's'} but the header has ${p.expected}.`,
        p.found > p.expected
          ? 'A value holding the delimiter without quotes shifts the columns after it; quote that value or export the file again.'
          : 'A row with fewer fields than its header was cut short or edited by hand, and its values would be read from the wrong columns; export the file again (or restore the missing cells).',
      ),
    de: (p) =>
      words(
        `diese Zeile hat ${p.found} ${plural('de', p.found, { one: 'Feld', other: 'Felder' })}, die Kopfzeile aber ${p.expected}.`,
        p.found > p.expected
          ? 'Ein Wert mit dem Trennzeichen ohne Anführungszeichen verschiebt die Spalten dahinter; setzen Sie ihn in Anführungszeichen oder exportieren Sie die Datei noch einmal.'
          : 'Eine Zeile mit weniger Feldern als die Kopfzeile wurde abgeschnitten oder von Hand bearbeitet, ihre Werte würden aus den falschen Spalten gelesen; exportieren Sie die Datei noch einmal (oder ergänzen Sie die fehlenden Zellen).',
      ),
    sv: (p) =>
      words(
        `den här raden har ${p.found} fält men rubrikraden har ${p.expected}.`,
        p.found > p.expected
          ? 'Ett värde som innehåller avgränsaren utan citattecken förskjuter kolumnerna efter det; sätt värdet inom citattecken eller exportera filen igen.'
          : 'En rad med färre fält än rubrikraden har klippts av eller redigerats för hand, och dess värden skulle läsas ur fel kolumner; exportera filen igen (eller fyll i de saknade cellerna).',
      ),
  }),
  DUPLICATE_COLUMN: entry({
    en: (p: { column: string }) => words(`the header has the column "${p.column}" more than once, so which of them to read cannot be told.`, 'Remove or rename the extra column (a spreadsheet may have added it), or export the file again.'),
    de: (p) => words(`die Kopfzeile enthält die Spalte "${p.column}" mehrmals, daher ist unklar, welche gelesen werden soll.`, 'Löschen oder benennen Sie die zusätzliche Spalte um (vielleicht hat eine Tabellenkalkulation sie angelegt), oder exportieren Sie die Datei noch einmal.'),
    sv: (p) => words(`rubrikraden har kolumnen "${p.column}" mer än en gång, så det går inte att avgöra vilken som ska läsas.`, 'Ta bort eller byt namn på den extra kolumnen (ett kalkylprogram kan ha lagt till den), eller exportera filen igen.'),
  }),
  MISSING_COLUMNS: entry({
    en: (p: { title: string; columns: string; count: number }) => words(`this ${p.title} lacks the column${p.count > 1 ? 's' : ''} ${p.columns}.`, 'Export the file again with those columns included.'),
    de: (p) => words(`in dieser Datei (${title('de', p.title)}) ${p.count > 1 ? 'fehlen die Spalten' : 'fehlt die Spalte'} ${p.columns}.`, `Exportieren Sie die Datei noch einmal mit ${p.count > 1 ? 'diesen Spalten' : 'dieser Spalte'}.`),
    sv: (p) => words(`den här filen (${title('sv', p.title)}) saknar ${p.count > 1 ? 'kolumnerna' : 'kolumnen'} ${p.columns}.`, `Exportera filen igen med ${p.count > 1 ? 'de kolumnerna' : 'den kolumnen'}.`),
  }),
  'MISSING_COLUMNS.datev': entry({
    en: () => words('the second line does not hold the Buchungsstapel column headings.', 'Export the Buchungsstapel again; line 2 names the columns (Umsatz, Soll/Haben-Kennzeichen, … Konto, Gegenkonto, … Belegdatum).'),
    de: () => words('die zweite Zeile enthält nicht die Spaltenüberschriften des Buchungsstapels.', 'Exportieren Sie den Buchungsstapel noch einmal; Zeile 2 nennt die Spalten (Umsatz, Soll/Haben-Kennzeichen, … Konto, Gegenkonto, … Belegdatum).'),
    sv: () => words('andra raden innehåller inte Buchungsstapel-filens kolumnrubriker.', 'Exportera Buchungsstapel-filen igen; rad 2 namnger kolumnerna (Umsatz, Soll/Haben-Kennzeichen, … Konto, Gegenkonto, … Belegdatum).'),
  }),
  EMPTY_FILE: entry({
    en: (p: Titled) => words(`the ${p.title} has no header row.`, AGAIN.en[p.again as Again]),
    de: (p) => words(`die Datei (${title('de', p.title)}) hat keine Kopfzeile.`, AGAIN.de[p.again as Again]),
    sv: (p) => words(`filen (${title('sv', p.title)}) saknar rubrikrad.`, AGAIN.sv[p.again as Again]),
  }),
  'EMPTY_FILE.datev': entry({
    en: (p: { title: string }) => words(`the ${p.title} has no column headings.`, 'Export the Buchungsstapel again.'),
    de: (p) => words(`der ${p.title} hat keine Spaltenüberschriften.`, 'Exportieren Sie den Buchungsstapel noch einmal.'),
    sv: (p) => words(`filen (${p.title}) saknar kolumnrubriker.`, 'Exportera Buchungsstapel-filen igen.'),
  }),
  'EMPTY_FILE.insights': entry({
    en: (p: { title: string; section: string }) => words(`the ${p.title} has no "Date","Primary" header${p.section ? ` after its title "${p.section}"` : ''}.`, 'Export the file again from Meta Business Suite > Insights.'),
    de: (p) => words(`die Datei (${title('de', p.title)}) hat keine Kopfzeile "Date","Primary"${p.section ? ` nach ihrem Titel "${p.section}"` : ''}.`, 'Exportieren Sie die Datei noch einmal aus Meta Business Suite > Statistiken.'),
    sv: (p) => words(`filen (${title('sv', p.title)}) saknar rubrikraden "Date","Primary"${p.section ? ` efter rubriken "${p.section}"` : ''}.`, 'Exportera filen igen från Meta Business Suite > Statistik.'),
  }),
  MISSING_TITLE: entry({
    en: (p: { title: string }) => words(`the ${p.title} does not start with its metric title.`, 'Export the file again from Meta Business Suite > Insights.'),
    de: (p) => words(`die Datei (${title('de', p.title)}) beginnt nicht mit dem Namen ihrer Kennzahl.`, 'Exportieren Sie die Datei noch einmal aus Meta Business Suite > Statistiken.'),
    sv: (p) => words(`filen (${title('sv', p.title)}) börjar inte med namnet på sitt mått.`, 'Exportera filen igen från Meta Business Suite > Statistik.'),
  }),
  UNKNOWN_METRIC: entry({
    en: (p: { metric: string; known: string }) => words(`the metric "${p.metric}" is not one smroi reads.`, `Known metrics: ${p.known}.`),
    de: (p) => words(`die Kennzahl "${p.metric}" liest smroi nicht.`, `Bekannte Kennzahlen: ${p.known}.`),
    sv: (p) => words(`måttet "${p.metric}" läser smroi inte.`, `Kända mått: ${p.known}.`),
  }),
  MISSING_POST_ID: entry({
    en: () => words('this post row has no post ID.', 'Export the posts again; every row of a posts export carries its post ID.'),
    de: () => words('diese Beitragszeile hat keine Beitrags-ID.', 'Exportieren Sie die Beiträge noch einmal; jede Zeile eines Beitragsexports trägt ihre Beitrags-ID.'),
    sv: () => words('den här inläggsraden saknar inläggs-id.', 'Exportera inläggen igen; varje rad i en inläggsexport har sitt inläggs-id.'),
  }),
  'MISSING_ORDER_ID.shopify': entry({
    en: () => words('this row has no order name (column "Name").', 'Every row of a Shopify orders export starts with its order name; export the orders again.'),
    de: () => words('diese Zeile hat keinen Bestellnamen (Spalte "Name").', 'Jede Zeile eines Shopify-Bestellexports beginnt mit dem Bestellnamen; exportieren Sie die Bestellungen noch einmal.'),
    sv: () => words('den här raden saknar ordernamn (kolumnen "Name").', 'Varje rad i en Shopify-orderexport börjar med ordernamnet; exportera ordrarna igen.'),
  }),
  'MISSING_ORDER_ID.ledger': entry({
    en: () => words('this row has no order number.', 'Every ledger row needs an order or invoice number; fill it in or remove the row.'),
    de: () => words('diese Zeile hat keine Bestellnummer.', 'Jede Zeile der Umsatzliste braucht eine Bestell- oder Rechnungsnummer; tragen Sie sie ein oder löschen Sie die Zeile.'),
    sv: () => words('den här raden saknar ordernummer.', 'Varje rad i försäljningslistan behöver ett order- eller fakturanummer; fyll i det eller ta bort raden.'),
  }),
  'MISSING_ORDER_ID.woocommerce': entry({
    en: () => words('this row has no order number.', 'Every row of an order export names its order; export the orders again with the order number column.'),
    de: () => words('diese Zeile hat keine Bestellnummer.', 'Jede Zeile eines Bestellexports nennt ihre Bestellung; exportieren Sie die Bestellungen noch einmal mit der Spalte für die Bestellnummer.'),
    sv: () => words('den här raden saknar ordernummer.', 'Varje rad i en orderexport anger sin order; exportera ordrarna igen med kolumnen för ordernummer.'),
  }),
  'MISSING_ORDER_ID.wooAnalytics': entry({
    en: () => words('this row has no order number (column "Order #").', 'Every row of the Analytics orders download names its order; download the report again.'),
    de: () => words('diese Zeile hat keine Bestellnummer (Spalte "Order #").', 'Jede Zeile des Analytics-Bestelldownloads nennt ihre Bestellung; laden Sie den Bericht noch einmal herunter.'),
    sv: () => words('den här raden saknar ordernummer (kolumnen "Order #").', 'Varje rad i Analytics-ordernedladdningen anger sin order; ladda ner rapporten igen.'),
  }),
  'MISSING_ORDER_ID.etsy': entry({
    en: () => words('this row has no "Order ID".', 'Every row of an Etsy sold orders download names its order; download the orders again.'),
    de: () => words('diese Zeile hat keine "Order ID".', 'Jede Zeile eines Etsy-Downloads der verkauften Bestellungen nennt ihre Bestellung; laden Sie die Bestellungen noch einmal herunter.'),
    sv: () => words('den här raden saknar "Order ID".', 'Varje rad i en Etsy-nedladdning av sålda ordrar anger sin order; ladda ner ordrarna igen.'),
  }),
  'MALFORMED_ORDER.shopify': entry({
    en: (p: { column: string }) => words(`the first row of this order has no "${p.column}".`, 'Shopify writes the order fields on the first row of each order; keep the rows of one order together and in export order (do not sort the file), or export it again.'),
    de: (p) => words(`in der ersten Zeile dieser Bestellung fehlt "${p.column}".`, 'Shopify schreibt die Bestelldaten in die erste Zeile jeder Bestellung; lassen Sie die Zeilen einer Bestellung zusammen und in der Reihenfolge des Exports (sortieren Sie die Datei nicht), oder exportieren Sie sie noch einmal.'),
    sv: (p) => words(`den första raden i den här ordern saknar "${p.column}".`, 'Shopify skriver orderuppgifterna på första raden i varje order; håll ihop raderna för en order i exportens ordning (sortera inte filen), eller exportera den igen.'),
  }),
  'MALFORMED_ORDER.woocommerce': entry({
    en: () => words('the first row of this order has no order total.', 'Keep the rows of one order together and in export order, or export the orders again.'),
    de: () => words('die erste Zeile dieser Bestellung hat keine Bestellsumme.', 'Lassen Sie die Zeilen einer Bestellung zusammen und in der Reihenfolge des Exports, oder exportieren Sie die Bestellungen noch einmal.'),
    sv: () => words('den första raden i den här ordern saknar ordersumma.', 'Håll ihop raderna för en order i exportens ordning, eller exportera ordrarna igen.'),
  }),
  'MISSING_AMOUNT.ledger': entry({
    en: () => words('this order row has no amount.', 'Fill in the amount, or mark the order as cancelled.'),
    de: () => words('diese Bestellzeile hat keinen Betrag.', 'Tragen Sie den Betrag ein oder markieren Sie die Bestellung als storniert.'),
    sv: () => words('den här orderraden saknar belopp.', 'Fyll i beloppet, eller markera ordern som avbruten.'),
  }),
  'MISSING_AMOUNT.wooAnalytics': entry({
    en: () => words('this row has no net sales amount.', 'Download the Analytics orders report again; every order and refund row carries its net sales.'),
    de: () => words('diese Zeile hat keinen Nettoumsatz.', 'Laden Sie den Analytics-Bestellbericht noch einmal herunter; jede Bestell- und Erstattungszeile trägt ihren Nettoumsatz.'),
    sv: () => words('den här raden saknar nettoförsäljning.', 'Ladda ner Analytics-orderrapporten igen; varje order- och återbetalningsrad har sin nettoförsäljning.'),
  }),
  'MISSING_AMOUNT.datev': entry({
    en: () => words('this booking has no amount (column "Umsatz").', 'Export the Buchungsstapel again.'),
    de: () => words('diese Buchung hat keinen Betrag (Spalte "Umsatz").', 'Exportieren Sie den Buchungsstapel noch einmal.'),
    sv: () => words('den här bokföringsposten saknar belopp (kolumnen "Umsatz").', 'Exportera Buchungsstapel-filen igen.'),
  }),
  'MISSING_AMOUNT.stripe': entry({
    en: () => words('this payment has no "Amount".', 'Export the payments again; every Stripe payment row has an amount.'),
    de: () => words('diese Zahlung hat keinen Betrag ("Amount").', 'Exportieren Sie die Zahlungen noch einmal; jede Stripe-Zahlungszeile hat einen Betrag.'),
    sv: () => words('den här betalningen saknar belopp ("Amount").', 'Exportera betalningarna igen; varje betalningsrad från Stripe har ett belopp.'),
  }),
  'MISSING_AMOUNT.etsy': entry({
    en: (p: { column: string }) => words(`this order has no amount in column "${p.column}".`, 'Download the orders again; every Etsy order has an order total.'),
    de: (p) => words(`diese Bestellung hat keinen Betrag in der Spalte "${p.column}".`, 'Laden Sie die Bestellungen noch einmal herunter; jede Etsy-Bestellung hat eine Bestellsumme.'),
    sv: (p) => words(`den här ordern saknar belopp i kolumnen "${p.column}".`, 'Ladda ner ordrarna igen; varje order på Etsy har en ordersumma.'),
  }),
  'MISSING_AMOUNT.paypal': entry({
    en: (p: { column: string }) => words(`this payment has no amount in column "${p.column}".`, 'Download the activity again; every PayPal payment has a gross amount.'),
    de: (p) => words(`diese Zahlung hat keinen Betrag in der Spalte "${p.column}".`, 'Laden Sie die Aktivitäten noch einmal herunter; jede PayPal-Zahlung hat einen Bruttobetrag.'),
    sv: (p) => words(`den här betalningen saknar belopp i kolumnen "${p.column}".`, 'Ladda ner aktiviteten igen; varje PayPal-betalning har ett bruttobelopp.'),
  }),
  BAD_NUMBER: entry({
    en: (p: { column: string; problem: string; example: string; digits: number }) => words(`column ${p.column} ${NUMBER_PROBLEMS.en[p.problem as NumberProblem]}.`, `Expected an amount such as ${p.example}, with at most ${p.digits} digits before the decimal mark; fix or remove that row and run again.`),
    de: (p) => words(`die Spalte ${p.column} ${NUMBER_PROBLEMS.de[p.problem as NumberProblem]}.`, `Erwartet wird ein Betrag wie ${p.example}, mit höchstens ${p.digits} Stellen vor dem Komma; korrigieren oder löschen Sie diese Zeile und starten Sie noch einmal.`),
    sv: (p) => words(`kolumnen ${p.column} ${NUMBER_PROBLEMS.sv[p.problem as NumberProblem]}.`, `Ett belopp som ${p.example} väntades, med högst ${p.digits} siffror före decimaltecknet; rätta eller ta bort raden och kör igen.`),
  }),
  'BAD_NUMBER.refundItems': entry({
    en: () => words('column "refund_items" holds a refund amount that is not a number.', 'Export the orders again; refund_items lists refunds as amount:9.90|reason:…|date:….'),
    de: () => words('die Spalte "refund_items" enthält einen Erstattungsbetrag, der keine Zahl ist.', 'Exportieren Sie die Bestellungen noch einmal; refund_items führt Erstattungen als amount:9.90|reason:…|date:….'),
    sv: () => words('kolumnen "refund_items" innehåller ett återbetalningsbelopp som inte är ett tal.', 'Exportera ordrarna igen; refund_items listar återbetalningar som amount:9.90|reason:…|date:….'),
  }),
  BAD_DATE: entry({
    en: (p: { column: string }) => words(`column ${p.column} does not hold a valid date.`, 'Expected a date such as 2026-01-31, 31.01.2026 or 20260131; fix that row and run again.'),
    de: (p) => words(`die Spalte ${p.column} enthält kein gültiges Datum.`, 'Erwartet wird ein Datum wie 2026-01-31, 31.01.2026 oder 20260131; korrigieren Sie diese Zeile und starten Sie noch einmal.'),
    sv: (p) => words(`kolumnen ${p.column} innehåller inget giltigt datum.`, 'Ett datum som 2026-01-31, 31.01.2026 eller 20260131 väntades; rätta raden och kör igen.'),
  }),
  'BAD_DATE.hour': entry({
    en: (p: { column: string }) => words(`column "${p.column}" does not hold an hour number.`, 'Export the report again from Google Analytics.'),
    de: (p) => words(`die Spalte "${p.column}" enthält keine Stundenzahl.`, 'Exportieren Sie den Bericht noch einmal aus Google Analytics.'),
    sv: (p) => words(`kolumnen "${p.column}" innehåller inget timnummer.`, 'Exportera rapporten igen från Google Analytics.'),
  }),
  'BAD_DATE.nthDay': entry({
    en: () => words('column "Nth day" does not hold a day number such as 0000.', 'Download the report again from Google Analytics.'),
    de: () => words('die Spalte "Nth day" enthält keine Tagesnummer wie 0000.', 'Laden Sie den Bericht noch einmal aus Google Analytics herunter.'),
    sv: () => words('kolumnen "Nth day" innehåller inget dagnummer som 0000.', 'Ladda ner rapporten igen från Google Analytics.'),
  }),
  'BAD_DATE.time': entry({
    en: (p: { column: string }) => words(`column "${p.column}" does not hold a time of day.`, 'Expected a time such as 14:23:05; fix that row or download the activity again.'),
    de: (p) => words(`die Spalte "${p.column}" enthält keine Uhrzeit.`, 'Erwartet wird eine Uhrzeit wie 14:23:05; korrigieren Sie diese Zeile oder laden Sie die Aktivitäten noch einmal herunter.'),
    sv: (p) => words(`kolumnen "${p.column}" innehåller inget klockslag.`, 'Ett klockslag som 14:23:05 väntades; rätta raden eller ladda ner aktiviteten igen.'),
  }),
  'BAD_DATE.datev': entry({
    en: () => words('column "Belegdatum" does not hold a valid date.', "DATEV writes Belegdatum as DDMM (0109 = 1 September) within the header's period; fix that booking and export again."),
    de: () => words('die Spalte "Belegdatum" enthält kein gültiges Datum.', 'DATEV schreibt das Belegdatum als TTMM (0109 = 1. September) innerhalb des Zeitraums im Kopf; korrigieren Sie die Buchung und exportieren Sie noch einmal.'),
    sv: () => words('kolumnen "Belegdatum" innehåller inget giltigt datum.', 'DATEV skriver Belegdatum som DDMM (0109 = 1 september) inom perioden i filhuvudet; rätta bokföringsposten och exportera igen.'),
  }),
  BAD_DATE_RANGE: entry({
    en: () => words('the row ends before it starts ("Reporting ends" is earlier than "Reporting starts").', 'Export the file again from Ads Manager.'),
    de: () => words('die Zeile endet, bevor sie beginnt ("Reporting ends" liegt vor "Reporting starts").', 'Exportieren Sie die Datei noch einmal aus dem Werbeanzeigenmanager.'),
    sv: () => words('raden slutar innan den börjar ("Reporting ends" ligger före "Reporting starts").', 'Exportera filen igen från Ads Manager.'),
  }),
  'NO_DATE_RANGE.ua': entry({
    en: (p: { title: string }) => words(`this ${p.title} has no date column and its preamble states no date range.`, 'Export the report again with its "# YYYYMMDD-YYYYMMDD" line, or with "Day Index" or "Date" in the table.'),
    de: (p) => words(`diese Datei (${title('de', p.title)}) hat keine Datumsspalte, und ihr Vorspann nennt keinen Zeitraum.`, 'Exportieren Sie den Bericht noch einmal mit seiner Zeile "# YYYYMMDD-YYYYMMDD", oder mit "Day Index" oder "Date" in der Tabelle.'),
    sv: (p) => words(`den här filen (${title('sv', p.title)}) saknar datumkolumn och dess inledning anger ingen period.`, 'Exportera rapporten igen med raden "# YYYYMMDD-YYYYMMDD", eller med "Day Index" eller "Date" i tabellen.'),
  }),
  'NO_DATE_RANGE.googleAds': entry({
    en: (p: { title: string }) => words(`this ${p.title} has no Day column and no date-range line (such as "1 October 2026 - 31 October 2026") above its header.`, 'Download the report again from Google Ads without removing its first lines, or segment it by Day.'),
    de: (p) => words(`dieser ${title('de', p.title)} hat keine Spalte "Day" und keine Zeile mit dem Zeitraum (etwa "1 October 2026 - 31 October 2026") über der Kopfzeile.`, 'Laden Sie den Bericht noch einmal aus Google Ads herunter, ohne die ersten Zeilen zu löschen, oder unterteilen Sie ihn nach Tag.'),
    sv: (p) => words(`den här filen (${title('sv', p.title)}) saknar kolumnen "Day" och en rad med perioden (till exempel "1 October 2026 - 31 October 2026") ovanför rubrikraden.`, 'Ladda ner rapporten igen från Google Ads utan att ta bort de första raderna, eller dela upp den per dag.'),
  }),
  'NO_DATE_RANGE.ga4': entry({
    en: (p: { daily: boolean }) => words(p.daily ? 'this GA4 table counts days ("Nth day") from a start date the file does not state.' : 'this GA4 table has no Date column and the file states no date range.', 'Download the report again with the Date dimension added, or keep the "# Start date" and "# End date" lines at the top.'),
    de: (p) => words(p.daily ? 'diese GA4-Tabelle zählt Tage ("Nth day") ab einem Startdatum, das die Datei nicht nennt.' : 'diese GA4-Tabelle hat keine Datumsspalte, und die Datei nennt keinen Zeitraum.', 'Laden Sie den Bericht noch einmal mit der Dimension "Datum" herunter, oder lassen Sie die Zeilen "# Start date" und "# End date" oben stehen.'),
    sv: (p) => words(p.daily ? 'den här GA4-tabellen räknar dagar ("Nth day") från ett startdatum som filen inte anger.' : 'den här GA4-tabellen saknar datumkolumn och filen anger ingen period.', 'Ladda ner rapporten igen med dimensionen Datum, eller behåll raderna "# Start date" och "# End date" överst.'),
  }),
  NO_UA_TABLE: entry({
    en: (p: { title: string }) => words(`this ${p.title} holds no table with Sessions, Transactions, Goal Completions or Revenue.`, 'Export a report that has at least one of those metrics (Acquisition > All Traffic > Channels, Source/Medium or Campaigns).'),
    de: (p) => words(`diese Datei (${title('de', p.title)}) enthält keine Tabelle mit Sessions, Transactions, Goal Completions oder Revenue.`, 'Exportieren Sie einen Bericht mit mindestens einer dieser Kennzahlen (Akquisition > Gesamter Traffic > Channels, Quelle/Medium oder Kampagnen).'),
    sv: (p) => words(`den här filen (${title('sv', p.title)}) innehåller ingen tabell med Sessions, Transactions, Goal Completions eller Revenue.`, 'Exportera en rapport med minst ett av de måtten (Förvärv > All trafik > Kanaler, Källa/medium eller Kampanjer).'),
  }),
  NO_GA4_TABLE: entry({
    en: () => words('this GA4 download holds no table with Sessions, Key events or Total revenue.', 'Download the report again with at least one of those metrics.'),
    de: () => words('dieser GA4-Download enthält keine Tabelle mit Sessions, Key events oder Total revenue.', 'Laden Sie den Bericht noch einmal mit mindestens einer dieser Kennzahlen herunter.'),
    sv: () => words('den här GA4-nedladdningen innehåller ingen tabell med Sessions, Key events eller Total revenue.', 'Ladda ner rapporten igen med minst ett av de måtten.'),
  }),
  DATEV_HEADER: entry({
    en: () => words('the first line is not a DATEV "EXTF" Buchungsstapel header.', 'Export the Buchungsstapel again from the bookkeeping program, without editing it.'),
    de: () => words('die erste Zeile ist kein DATEV-Kopf "EXTF" eines Buchungsstapels.', 'Exportieren Sie den Buchungsstapel noch einmal aus dem Buchhaltungsprogramm, ohne ihn zu bearbeiten.'),
    sv: () => words('första raden är inget DATEV-huvud "EXTF" för en Buchungsstapel.', 'Exportera Buchungsstapel-filen igen från bokföringsprogrammet, utan att redigera den.'),
  }),
  DATEV_NO_PERIOD: entry({
    en: () => words('the Buchungsstapel header has no period ("Datum von"/"Datum bis") and no fiscal year start, so the year of its DDMM dates is unknown.', 'Export the Buchungsstapel again with its period.'),
    de: () => words('der Kopf des Buchungsstapels nennt keinen Zeitraum ("Datum von"/"Datum bis") und keinen Beginn des Wirtschaftsjahres, daher ist das Jahr seiner TTMM-Daten unbekannt.', 'Exportieren Sie den Buchungsstapel noch einmal mit seinem Zeitraum.'),
    sv: () => words('huvudet i Buchungsstapel-filen anger ingen period ("Datum von"/"Datum bis") och ingen början på räkenskapsåret, så året för dess DDMM-datum är okänt.', 'Exportera Buchungsstapel-filen igen med dess period.'),
  }),
  BAD_DEBIT_CREDIT: entry({
    en: () => words('column "Soll/Haben-Kennzeichen" holds neither S nor H.', 'Every booking is S (Soll, debit) or H (Haben, credit) relative to Konto; export the Buchungsstapel again.'),
    de: () => words('die Spalte "Soll/Haben-Kennzeichen" enthält weder S noch H.', 'Jede Buchung ist S (Soll) oder H (Haben) bezogen auf das Konto; exportieren Sie den Buchungsstapel noch einmal.'),
    sv: () => words('kolumnen "Soll/Haben-Kennzeichen" innehåller varken S eller H.', 'Varje bokföringspost är S (Soll, debet) eller H (Haben, kredit) i förhållande till Konto; exportera Buchungsstapel-filen igen.'),
  }),
  BAD_CURRENCY: entry({
    en: () => words('the currency of this row is not a three-letter currency code (ISO 4217, such as EUR, SEK or USD).', 'Fix the currency cell of that row (or remove the row) and run again.'),
    de: () => words('die Währung dieser Zeile ist kein dreibuchstabiger Währungscode (ISO 4217, etwa EUR, SEK oder USD).', 'Korrigieren Sie die Währungszelle dieser Zeile (oder löschen Sie die Zeile) und starten Sie noch einmal.'),
    sv: () => words('valutan på den här raden är ingen valutakod med tre bokstäver (ISO 4217, till exempel EUR, SEK eller USD).', 'Rätta valutacellen på raden (eller ta bort raden) och kör igen.'),
  }),
  MISSING_FX_RATE: entry({
    en: (p: { currency: string; reportCurrency: string; day: string }) =>
      words(
        `holds amounts in ${p.currency} but the report is in ${p.reportCurrency} and no exchange rate for ${p.currency} on ${p.day} is configured.`,
        `Add "fx": { "${p.currency}": <value of 1 ${p.currency} in ${p.reportCurrency}> } to smroi.config.json (or a dated rate on or before ${p.day}), or set "currency": "${p.currency}".`,
      ),
    de: (p) =>
      words(
        `enthält Beträge in ${p.currency}, der Bericht ist aber in ${p.reportCurrency}, und für ${p.currency} am ${p.day.split('-').reverse().join('.')} ist kein Wechselkurs eingetragen.`,
        `Tragen Sie "fx": { "${p.currency}": <Wert von 1 ${p.currency} in ${p.reportCurrency}> } in smroi.config.json ein (oder einen Kurs mit Datum am oder vor dem ${p.day}), oder setzen Sie "currency": "${p.currency}".`,
      ),
    sv: (p) =>
      words(
        `innehåller belopp i ${p.currency} men rapporten är i ${p.reportCurrency} och ingen växelkurs för ${p.currency} den ${p.day} är angiven.`,
        `Lägg till "fx": { "${p.currency}": <värdet av 1 ${p.currency} i ${p.reportCurrency}> } i smroi.config.json (eller en daterad kurs på eller före ${p.day}), eller ange "currency": "${p.currency}".`,
      ),
  }),
  NO_DATA: entry({
    en: (p: { skipped: number; file: string; reason: string }) =>
      words(
        `no file holds dated data smroi can read${p.skipped ? ` (${p.skipped} file${p.skipped === 1 ? '' : 's'} skipped, e.g. ${p.file}: ${p.reason})` : ''}.`,
        'Put Meta, Instagram, GA4 or shop exports into the folder; for a ledger with unusual headers name its columns with --map (see `smroi audit --help`).',
      ),
    de: (p) =>
      words(
        `keine Datei enthält datierte Daten, die smroi lesen kann${p.skipped ? ` (${p.skipped} ${plural('de', p.skipped, { one: 'Datei', other: 'Dateien' })} übersprungen, z. B. ${p.file}: ${p.reason})` : ''}.`,
        'Legen Sie Exporte aus Meta, Instagram, GA4 oder Ihrem Shop in den Ordner; bei einer Umsatzliste mit ungewöhnlichen Spaltennamen nennen Sie die Spalten mit --map (siehe `smroi audit --help`).',
      ),
    sv: (p) =>
      words(
        `ingen fil innehåller daterade uppgifter som smroi kan läsa${p.skipped ? ` (${p.skipped} ${plural('sv', p.skipped, { one: 'fil', other: 'filer' })} hoppades över, t.ex. ${p.file}: ${p.reason})` : ''}.`,
        'Lägg exporter från Meta, Instagram, GA4 eller din butik i mappen; för en försäljningslista med ovanliga rubriker anger du kolumnerna med --map (se `smroi audit --help`).',
      ),
  }),
};
