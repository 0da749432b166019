// Usage errors (exit code 2): options, environment variables, the folder, the configuration file's
// place, the output and the history. Keys are the stable codes, `CODE.case` where one code has
// several texts. English is exactly what smroi always printed.
import { entry, systemWords, words } from './error-texts.js';
import { title } from './errors-input.js';
import type { Language } from './language.js';
import { defineTexts } from './texts.js';

/** What a path turned out to be, when it is not what was asked for. */
export type ThingKind = 'folder' | 'file' | 'pipe' | 'device' | 'characterDevice' | 'blockDevice' | 'socket' | 'special' | 'stream';

const THINGS = defineTexts<Record<ThingKind, string>>({
  en: { folder: 'a folder', file: 'a file', pipe: 'a named pipe', device: 'a device', characterDevice: 'a character device', blockDevice: 'a block device', socket: 'a socket', special: 'not a regular file', stream: 'a stream of this process' },
  de: { folder: 'ein Ordner', file: 'eine Datei', pipe: 'eine benannte Pipe', device: 'ein Gerät', characterDevice: 'ein zeichenorientiertes Gerät', blockDevice: 'ein Blockgerät (eine Festplatte)', socket: 'ein Socket', special: 'keine normale Datei', stream: 'ein Datenstrom dieses Prozesses' },
  sv: { folder: 'en mapp', file: 'en fil', pipe: 'ett namngivet rör (named pipe)', device: 'en enhet', characterDevice: 'en teckenenhet', blockDevice: 'en blockenhet (en disk)', socket: 'en socket', special: 'ingen vanlig fil', stream: 'en ström i den här processen' },
});

export function thing(language: Language, kind: string): string {
  return THINGS[language][kind as ThingKind] ?? kind;
}

// `system` is an errno code (EACCES) or the system's own message, put in words by systemWords.
type Sys = { system: string };

export const USAGE_ERRORS = {
  BAD_SMROI_NOW: entry({
    en: (p: { value: string; timezone: string }) => words(`SMROI_NOW=${p.value} is neither a date nor an instant (time zone ${p.timezone}).`, 'Write it as YYYY-MM-DD or as 2026-11-01T00:30:00+01:00, or unset it to use the clock.'),
    de: (p) => words(`SMROI_NOW=${p.value} ist weder ein Datum noch ein Zeitpunkt (Zeitzone ${p.timezone}).`, 'Schreiben Sie es als JJJJ-MM-TT oder als 2026-11-01T00:30:00+01:00, oder entfernen Sie die Variable, dann gilt die Uhr des Rechners.'),
    sv: (p) => words(`SMROI_NOW=${p.value} är varken ett datum eller en tidpunkt (tidszon ${p.timezone}).`, 'Skriv det som ÅÅÅÅ-MM-DD eller som 2026-11-01T00:30:00+01:00, eller ta bort variabeln så gäller datorns klocka.'),
  }),
  'BAD_PERIOD.monthAndRange': entry({
    en: () => words('--month cannot be combined with --from or --to.', 'Use either --month or --from/--to.'),
    de: () => words('--month lässt sich nicht mit --from oder --to kombinieren.', 'Geben Sie entweder --month oder --from/--to an.'),
    sv: () => words('--month går inte att kombinera med --from eller --to.', 'Ange antingen --month eller --from/--to.'),
  }),
  'BAD_PERIOD.reversed': entry({
    en: (p: { from: string; to: string }) => words(`--from ${p.from} is after --to ${p.to}.`, 'Swap the two dates.'),
    de: (p) => words(`--from ${p.from} liegt nach --to ${p.to}.`, 'Tauschen Sie die beiden Daten.'),
    sv: (p) => words(`--from ${p.from} ligger efter --to ${p.to}.`, 'Byt plats på de två datumen.'),
  }),
  BAD_MONTH_OPTION: entry({
    en: (p: { value: string }) => words(`--month ${p.value} is not a month.`, 'Write it as YYYY-MM (for example --month 2026-10) or --month last.'),
    de: (p) => words(`--month ${p.value} ist kein Monat.`, 'Schreiben Sie ihn als JJJJ-MM (zum Beispiel --month 2026-10) oder --month last für den Vormonat.'),
    sv: (p) => words(`--month ${p.value} är ingen månad.`, 'Skriv den som ÅÅÅÅ-MM (till exempel --month 2026-10) eller --month last för förra månaden.'),
  }),
  BAD_DATE_OPTION: entry({
    en: (p: { option: string; value: string }) => words(`${p.option} ${p.value} is not a date.`, `Write it as YYYY-MM-DD, for example ${p.option} 2026-09-01.`),
    de: (p) => words(`${p.option} ${p.value} ist kein Datum.`, `Schreiben Sie es als JJJJ-MM-TT, zum Beispiel ${p.option} 2026-09-01.`),
    sv: (p) => words(`${p.option} ${p.value} är inget datum.`, `Skriv det som ÅÅÅÅ-MM-DD, till exempel ${p.option} 2026-09-01.`),
  }),
  BAD_SOURCE_DATE_EPOCH: entry({
    en: (p: { value: string }) => words(`SOURCE_DATE_EPOCH=${p.value} is not a number of seconds since 1970-01-01.`, 'Set it to an integer such as 1790000000, or unset it.'),
    de: (p) => words(`SOURCE_DATE_EPOCH=${p.value} ist keine Anzahl Sekunden seit dem 01.01.1970.`, 'Setzen Sie eine ganze Zahl wie 1790000000 ein oder entfernen Sie die Variable.'),
    sv: (p) => words(`SOURCE_DATE_EPOCH=${p.value} är inget antal sekunder sedan 1970-01-01.`, 'Ange ett heltal som 1790000000, eller ta bort variabeln.'),
  }),
  BAD_MAP: entry({
    en: (p: { pair: string }) => words(`--map expects field=Column pairs separated by commas; "${p.pair}" is not one.`, 'Example: --map date=Belegdatum,order_id=Beleg,amount=Brutto'),
    de: (p) => words(`--map erwartet Paare Feld=Spalte, durch Kommas getrennt; "${p.pair}" ist kein solches Paar.`, 'Beispiel: --map date=Belegdatum,order_id=Beleg,amount=Brutto'),
    sv: (p) => words(`--map väntar sig par fält=Kolumn, åtskilda med kommatecken; "${p.pair}" är inget sådant par.`, 'Exempel: --map date=Belegdatum,order_id=Beleg,amount=Brutto'),
  }),
  'BAD_MAP.unknownField': entry({
    en: (p: { field: string; suggestion: string; known: string }) => words(`--map names the unknown field "${p.field}"${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}.`, `Known fields: ${p.known}.`),
    de: (p) => words(`--map nennt das unbekannte Feld "${p.field}"${p.suggestion ? ` (meinten Sie "${p.suggestion}"?)` : ''}.`, `Bekannte Felder: ${p.known}.`),
    sv: (p) => words(`--map anger det okända fältet "${p.field}"${p.suggestion ? ` (menade du "${p.suggestion}"?)` : ''}.`, `Kända fält: ${p.known}.`),
  }),
  NO_SUCH_FOLDER: entry({
    en: (p: { dir: string }) => words(`the folder ${p.dir} does not exist.`, 'Pass the folder that holds your exports: smroi audit ./exports'),
    de: (p) => words(`der Ordner ${p.dir} existiert nicht.`, 'Geben Sie den Ordner mit Ihren Exporten an: smroi audit ./exporte'),
    sv: (p) => words(`mappen ${p.dir} finns inte.`, 'Ange mappen där dina exporter ligger: smroi audit ./exporter'),
  }),
  NOT_A_FOLDER: entry({
    en: (p: { dir: string }) => words(`${p.dir} is a file, not a folder.`, 'Pass the folder that holds your exports: smroi audit ./exports'),
    de: (p) => words(`${p.dir} ist eine Datei, kein Ordner.`, 'Geben Sie den Ordner mit Ihren Exporten an: smroi audit ./exporte'),
    sv: (p) => words(`${p.dir} är en fil, inte en mapp.`, 'Ange mappen där dina exporter ligger: smroi audit ./exporter'),
  }),
  FOLDER_NOT_READABLE: entry({
    en: (p: { dir: string } & Sys) => words(`the folder ${p.dir} cannot be listed: ${systemWords(p.system, 'en')}.`, 'Give smroi read access to it, or pass another folder.'),
    de: (p) => words(`der Inhalt des Ordners ${p.dir} lässt sich nicht auflisten: ${systemWords(p.system, 'de')}.`, 'Geben Sie smroi Lesezugriff darauf oder nennen Sie einen anderen Ordner.'),
    sv: (p) => words(`innehållet i mappen ${p.dir} går inte att lista: ${systemWords(p.system, 'sv')}.`, 'Ge smroi läsbehörighet till den, eller ange en annan mapp.'),
  }),
  CONFIG_NOT_FOUND: entry({
    en: (p: { path: string }) => words(`the configuration file ${p.path} does not exist.`, 'Check the path given to --config.'),
    de: (p) => words(`die Konfigurationsdatei ${p.path} existiert nicht.`, 'Prüfen Sie den Pfad hinter --config.'),
    sv: (p) => words(`konfigurationsfilen ${p.path} finns inte.`, 'Kontrollera sökvägen efter --config.'),
  }),
  CONFIG_NOT_A_FILE: entry({
    en: (p: { path: string; given: boolean; kind: string }) => words(`${p.given ? `--config ${p.path}` : `the configuration file ${p.path}`} is ${thing('en', p.kind)}, not a file.`, 'Point it at a smroi.config.json file (smroi init DIR writes one).'),
    de: (p) => words(`${p.given ? `--config ${p.path}` : `die Konfigurationsdatei ${p.path}`} ist ${thing('de', p.kind)}, keine Datei.`, 'Nennen Sie eine Datei smroi.config.json (smroi init ORDNER legt eine an).'),
    sv: (p) => words(`${p.given ? `--config ${p.path}` : `konfigurationsfilen ${p.path}`} är ${thing('sv', p.kind)}, inte en fil.`, 'Ange en fil smroi.config.json (smroi init MAPP skapar en).'),
  }),
  CONFIG_NOT_READABLE: entry({
    en: (p: { path: string; given: boolean } & Sys) => words(`${p.given ? `--config ${p.path}` : `the configuration file ${p.path}`} cannot be read: ${systemWords(p.system, 'en')}.`, 'Give smroi read access to it, or pass another file with --config.'),
    de: (p) => words(`${p.given ? `--config ${p.path}` : `die Konfigurationsdatei ${p.path}`} lässt sich nicht lesen: ${systemWords(p.system, 'de')}.`, 'Geben Sie smroi Lesezugriff darauf oder nennen Sie mit --config eine andere Datei.'),
    sv: (p) => words(`${p.given ? `--config ${p.path}` : `konfigurationsfilen ${p.path}`} går inte att läsa: ${systemWords(p.system, 'sv')}.`, 'Ge smroi läsbehörighet till den, eller ange en annan fil med --config.'),
  }),
  CONFIG_EXISTS: entry({
    en: (p: { path: string }) => words(`${p.path} already exists; smroi init does not overwrite it.`, 'Edit it, remove it, or run `smroi init --force` to replace it.'),
    de: (p) => words(`${p.path} gibt es schon; smroi init überschreibt sie nicht.`, 'Bearbeiten oder löschen Sie sie, oder ersetzen Sie sie mit `smroi init --force`.'),
    sv: (p) => words(`${p.path} finns redan; smroi init skriver inte över den.`, 'Redigera eller ta bort den, eller ersätt den med `smroi init --force`.'),
  }),
  HISTORY_NOT_WRITTEN: entry({
    en: (p: { dir: string } & Sys) => words(`--history ${p.dir} could not be created: ${systemWords(p.system, 'en')}.`, 'Choose a folder you can write to.'),
    de: (p) => words(`--history ${p.dir} ließ sich nicht anlegen: ${systemWords(p.system, 'de')}.`, 'Wählen Sie einen Ordner, in den Sie schreiben dürfen.'),
    sv: (p) => words(`--history ${p.dir} gick inte att skapa: ${systemWords(p.system, 'sv')}.`, 'Välj en mapp som du får skriva i.'),
  }),
  HISTORY_NOT_READABLE: entry({
    en: (p: { dir: string } & Sys) => words(`--history ${p.dir} cannot be listed: ${systemWords(p.system, 'en')}.`, 'Give smroi read access to it, or choose another folder.'),
    de: (p) => words(`der Inhalt von --history ${p.dir} lässt sich nicht auflisten: ${systemWords(p.system, 'de')}.`, 'Geben Sie smroi Lesezugriff darauf oder wählen Sie einen anderen Ordner.'),
    sv: (p) => words(`innehållet i --history ${p.dir} går inte att lista: ${systemWords(p.system, 'sv')}.`, 'Ge smroi läsbehörighet till den, eller välj en annan mapp.'),
  }),
  HISTORY_NOT_A_FOLDER: entry({
    en: (p: { dir: string; kind: string }) => words(`--history ${p.dir} is ${thing('en', p.kind)}, not a folder.`, 'Pass a folder; it is created when missing.'),
    de: (p) => words(`--history ${p.dir} ist ${thing('de', p.kind)}, kein Ordner.`, 'Nennen Sie einen Ordner; fehlt er, wird er angelegt.'),
    sv: (p) => words(`--history ${p.dir} är ${thing('sv', p.kind)}, inte en mapp.`, 'Ange en mapp; den skapas om den saknas.'),
  }),
  HISTORY_HOLDS_INPUTS: entry({
    en: (p: { dir: string; name: string; kind: string }) => words(`--history ${p.dir}: ${p.name} there is an input of the audited folder (smroi recognises it: ${p.kind}); keeping the history there would overwrite it or read it as a month.`, 'Keep the history in a folder of its own, outside the exports folder.'),
    de: (p) => words(`--history ${p.dir}: ${p.name} dort ist eine Eingabedatei des geprüften Ordners (smroi erkennt sie: ${title('de', p.kind)}); der Verlauf dort würde sie überschreiben oder als Monat lesen.`, 'Legen Sie den Verlauf in einen eigenen Ordner außerhalb des Export-Ordners.'),
    sv: (p) => words(`--history ${p.dir}: ${p.name} där är en indatafil i den granskade mappen (smroi känner igen den: ${title('sv', p.kind)}); historiken där skulle skriva över den eller läsa den som en månad.`, 'Lägg historiken i en egen mapp, utanför exportmappen.'),
  }),
  'OUTPUT_NOT_WRITTEN.lookedAt': entry({
    en: (p: { option: string; path: string } & Sys) => words(`${p.option} ${p.path} cannot be looked at: ${systemWords(p.system, 'en')}.`, 'Choose another path.'),
    de: (p) => words(`${p.option} ${p.path} lässt sich nicht prüfen: ${systemWords(p.system, 'de')}.`, 'Wählen Sie einen anderen Pfad.'),
    sv: (p) => words(`${p.option} ${p.path} går inte att undersöka: ${systemWords(p.system, 'sv')}.`, 'Välj en annan sökväg.'),
  }),
  'OUTPUT_NOT_WRITTEN.linkLoop': entry({
    en: (p: { option: string; path: string }) => words(`${p.option} ${p.path} is a loop of symbolic links.`, 'Point the link at a file, or choose another path.'),
    de: (p) => words(`${p.option} ${p.path} ist eine Schleife symbolischer Verknüpfungen.`, 'Lassen Sie die Verknüpfung auf eine Datei zeigen oder wählen Sie einen anderen Pfad.'),
    sv: (p) => words(`${p.option} ${p.path} är en slinga av symboliska länkar.`, 'Låt länken peka på en fil, eller välj en annan sökväg.'),
  }),
  'OUTPUT_NOT_WRITTEN.disk': entry({
    en: (p: { option: string; path: string }) => words(`${p.option} ${p.path} is a block device (a disk); smroi does not write reports onto disks.`, 'Name a file.'),
    de: (p) => words(`${p.option} ${p.path} ist ein Blockgerät (eine Festplatte); smroi schreibt keine Berichte direkt auf Datenträger.`, 'Nennen Sie eine Datei.'),
    sv: (p) => words(`${p.option} ${p.path} är en blockenhet (en disk); smroi skriver inga rapporter direkt på diskar.`, 'Ange en fil.'),
  }),
  'OUTPUT_NOT_WRITTEN.file': entry({
    en: (p: { option: string; path: string } & Sys) => words(`${p.option} ${p.path} could not be written (${systemWords(p.system, 'en')}); an existing file was left as it was.`, 'Check that the folder exists and is writable, and that the disk has room.'),
    de: (p) => words(`${p.option} ${p.path} ließ sich nicht schreiben (${systemWords(p.system, 'de')}); eine vorhandene Datei blieb unverändert.`, 'Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob auf dem Datenträger Platz ist.'),
    sv: (p) => words(`${p.option} ${p.path} gick inte att skriva (${systemWords(p.system, 'sv')}); en befintlig fil lämnades orörd.`, 'Kontrollera att mappen finns och är skrivbar och att det finns plats på disken.'),
  }),
  'OUTPUT_NOT_WRITTEN.direct': entry({
    en: (p: { option: string; path: string; kind: string } & Sys) => words(`${p.option} ${p.path} (${thing('en', p.kind)}) could not be written: ${systemWords(p.system, 'en')}.`, 'Choose another path, or make room on the device.'),
    de: (p) => words(`${p.option} ${p.path} (${thing('de', p.kind)}) ließ sich nicht beschreiben: ${systemWords(p.system, 'de')}.`, 'Wählen Sie einen anderen Pfad oder schaffen Sie Platz auf dem Gerät.'),
    sv: (p) => words(`${p.option} ${p.path} (${thing('sv', p.kind)}) gick inte att skriva till: ${systemWords(p.system, 'sv')}.`, 'Välj en annan sökväg, eller frigör plats på enheten.'),
  }),
  OUTPUT_IS_FOLDER: entry({
    en: (p: { option: string; path: string; example: string }) => words(`${p.option} ${p.path} is a folder, not a file.`, `Name a file, for example ${p.example}.`),
    de: (p) => words(`${p.option} ${p.path} ist ein Ordner, keine Datei.`, `Nennen Sie eine Datei, zum Beispiel ${p.example}.`),
    sv: (p) => words(`${p.option} ${p.path} är en mapp, inte en fil.`, `Ange en fil, till exempel ${p.example}.`),
  }),
  OUTPUT_FOLDER_MISSING: entry({
    en: (p: { option: string; path: string; dir: string }) => words(`${p.option} ${p.path}: the folder ${p.dir} does not exist.`, 'Create it first or choose another path.'),
    de: (p) => words(`${p.option} ${p.path}: der Ordner ${p.dir} existiert nicht.`, 'Legen Sie ihn zuerst an oder wählen Sie einen anderen Pfad.'),
    sv: (p) => words(`${p.option} ${p.path}: mappen ${p.dir} finns inte.`, 'Skapa den först, eller välj en annan sökväg.'),
  }),
  OUTPUT_IS_CONFIG: entry({
    en: (p: { output: string; config: string }) => words(`--output ${p.output} is the configuration file ${p.config}; writing the report there would destroy it.`, 'Name another file for the report.'),
    de: (p) => words(`--output ${p.output} ist die Konfigurationsdatei ${p.config}; der Bericht würde sie zerstören.`, 'Nennen Sie für den Bericht eine andere Datei.'),
    sv: (p) => words(`--output ${p.output} är konfigurationsfilen ${p.config}; rapporten skulle förstöra den.`, 'Ange en annan fil för rapporten.'),
  }),
  OUTPUT_IS_INPUT: entry({
    en: (p: { output: string; dir: string; kind: string }) => words(`--output ${p.output} is an input of the audited folder ${p.dir} (smroi recognises it: ${p.kind}); writing the report there would destroy it.`, 'Name a file outside the folder, for example ../report.txt.'),
    de: (p) => words(`--output ${p.output} ist eine Eingabedatei des geprüften Ordners ${p.dir} (smroi erkennt sie: ${title('de', p.kind)}); der Bericht würde sie zerstören.`, 'Nennen Sie eine Datei außerhalb des Ordners, zum Beispiel ../bericht.txt.'),
    sv: (p) => words(`--output ${p.output} är en indatafil i den granskade mappen ${p.dir} (smroi känner igen den: ${title('sv', p.kind)}); rapporten skulle förstöra den.`, 'Ange en fil utanför mappen, till exempel ../rapport.txt.'),
  }),
  // smroi explain: what to explain.
  EXPLAIN_SUBJECT: entry({
    en: () => words('explain needs one of --campaign NAME or --channel NAME.', 'For example: smroi explain ./exports --campaign "Herbst Aktion"; `smroi audit` lists the campaigns.'),
    de: () => words('explain braucht entweder --campaign NAME oder --channel NAME.', 'Zum Beispiel: smroi explain ./exporte --campaign "Herbst Aktion"; `smroi audit` zeigt die Kampagnen.'),
    sv: () => words('explain behöver antingen --campaign NAMN eller --channel NAMN.', 'Till exempel: smroi explain ./exporter --campaign "Höstkampanj"; `smroi audit` visar kampanjerna.'),
  }),
  'UNKNOWN_CHANNEL.notAChannel': entry({
    en: (p: { channel: string; channels: string }) => words(`--channel "${p.channel}" is no channel smroi knows.`, `Use one of: ${p.channels}.`),
    de: (p) => words(`--channel "${p.channel}" ist kein Kanal, den smroi kennt.`, `Verwenden Sie einen von: ${p.channels}.`),
    sv: (p) => words(`--channel "${p.channel}" är ingen kanal som smroi känner till.`, `Använd en av: ${p.channels}.`),
  }),
  'UNKNOWN_CHANNEL.noFigures': entry({
    en: (p: { channel: string; from: string; to: string; listed: string }) => words(`no figures for channel ${p.channel} in ${p.from} to ${p.to}.`, `Channels with figures: ${p.listed}.`),
    de: (p) => words(`für den Kanal ${p.channel} gibt es vom ${p.from} bis ${p.to} keine Zahlen.`, `Kanäle mit Zahlen: ${p.listed}.`),
    sv: (p) => words(`inga siffror för kanalen ${p.channel} från ${p.from} till ${p.to}.`, `Kanaler med siffror: ${p.listed}.`),
  }),
  UNKNOWN_CAMPAIGN: entry({
    en: (p: { name: string; from: string; to: string; closest: string; listed: string }) =>
      words(`no campaign "${p.name}" in ${p.from} to ${p.to}${p.closest ? `; did you mean "${p.closest}"?` : '.'}`, `Known campaigns: ${p.listed}.`),
    de: (p) => words(`keine Kampagne „${p.name}“ vom ${p.from} bis ${p.to}${p.closest ? `; meinten Sie „${p.closest}“?` : '.'}`, `Bekannte Kampagnen: ${p.listed}.`),
    sv: (p) => words(`ingen kampanj ”${p.name}” från ${p.from} till ${p.to}${p.closest ? `; menade du ”${p.closest}”?` : '.'}`, `Kända kampanjer: ${p.listed}.`),
  }),
};
