// What `smroi audit` says on stderr after the report (src/commands/audit.ts, src/exit-status.ts) and
// the progress bar's word, in the reader's language. English is exactly what smroi always printed.
import { defineTexts, plural } from './texts.js';

/** A ratio as given (-0.5676) with the decimal comma German and Swedish write, and U+2212 for minus as the reports do. */
const decimal = (value: number) => String(value).replace('.', ',').replace(/^-/, '\u2212');
/** 2026-10-31 as a German writes it: 31.10.2026. */
const germanDay = (isoDay: string) => isoDay.split('-').reverse().join('.');

export type WarningsWhere = { kind: 'json' } | { kind: 'csv' } | { kind: 'file'; file: string };

export const STATUS = defineTexts({
  en: {
    warnings: (count: number, where: WarningsWhere) =>
      `${count} warning${count === 1 ? '' : 's'} (${where.kind === 'json' ? 'see "warnings" in the JSON' : where.kind === 'csv' ? '--format table or json shows them' : `see the warnings in ${where.file}`})`,
    notStored: (dir: string, name: string, from: string, to: string) => `${dir}: ${name} not stored: no sales ledger covers ${from} to ${to}, so its figures are unknown, not zero.`,
    trendIgnored: (dir: string, currency: string, files: string) => `${dir}: left out of the trend (unreadable or in another currency than ${currency}): ${files}`,
    roiWhat: (blended: boolean): string => (blended ? 'The blended ROI (all sales)' : "Social media's ROI"),
    roiUnknown: (what: string, reason: string, threshold: number) => `${what} is unknown (${reason}), so it cannot be shown to reach ${threshold} (--fail-under-roi)`,
    roiBelow: (what: string, roi: number, threshold: number, blended: boolean) => `${what} ${roi} is below ${threshold} (--fail-under-roi${blended ? ' --roi-basis blended' : ''})`,
    hasWarnings: (count: number, codes: string) => `the report has ${count} warning${count === 1 ? '' : 's'} (${codes}) (--fail-on-warning)`,
    noLedgerCovers: (from: string, to: string) => `no sales ledger covers ${from} to ${to}`,
    noLedger: 'no sales ledger was read',
    noCost: 'no cost is known: no ad export and no configured time or costs',
    leftOut: (place: string, reason: string, code: string) => `smroi: left out of the report: ${place}: ${reason} [${code}]`,
    incomplete: (count: number) => `smroi: the report is incomplete: ${count === 1 ? '1 file' : `${count} files`} could not be read (exit code 4; --strict stops at the first instead)`,
    exitThree: ' (exit code 3)',
    internal: (message: string) => `smroi: internal error: ${message}. Rerun with --debug and report it.`,
    line: 'line',
    reading: 'reading',
    of: 'of',
  },
  de: {
    warnings: (count: number, where: WarningsWhere) =>
      `${count} ${plural('de', count, { one: 'Warnung', other: 'Warnungen' })} (${where.kind === 'json' ? 'siehe "warnings" im JSON' : where.kind === 'csv' ? '--format table oder json zeigt sie' : `siehe die Warnungen in ${where.file}`})`,
    notStored: (dir: string, name: string, from: string, to: string) => `${dir}: ${name} nicht gespeichert: keine Umsatzliste deckt ${germanDay(from)} bis ${germanDay(to)} ab, die Zahlen sind also unbekannt, nicht null.`,
    trendIgnored: (dir: string, currency: string, files: string) => `${dir}: nicht im Verlauf (nicht lesbar oder in einer anderen Währung als ${currency}): ${files}`,
    roiWhat: (blended: boolean) => (blended ? 'Der ROI über alle Verkäufe' : 'Der ROI der sozialen Medien'),
    roiUnknown: (what: string, reason: string, threshold: number) => `${what} ist unbekannt (${reason}), daher lässt sich nicht zeigen, dass er ${decimal(threshold)} erreicht (--fail-under-roi)`,
    roiBelow: (what: string, roi: number, threshold: number, blended: boolean) => `${what} liegt mit ${decimal(roi)} unter ${decimal(threshold)} (--fail-under-roi${blended ? ' --roi-basis blended' : ''})`,
    hasWarnings: (count: number, codes: string) => `der Bericht hat ${count} ${plural('de', count, { one: 'Warnung', other: 'Warnungen' })} (${codes}) (--fail-on-warning)`,
    noLedgerCovers: (from: string, to: string) => `keine Umsatzliste deckt ${germanDay(from)} bis ${germanDay(to)} ab`,
    noLedger: 'es wurde keine Umsatzliste gelesen',
    noCost: 'keine Kosten bekannt: kein Werbeexport und weder Arbeitszeit noch Kosten in der Konfiguration',
    leftOut: (place: string, reason: string, code: string) => `smroi: nicht im Bericht: ${place}: ${reason} [${code}]`,
    incomplete: (count: number) => `smroi: der Bericht ist unvollständig: ${count === 1 ? '1 Datei' : `${count} Dateien`} ${count === 1 ? 'ließ' : 'ließen'} sich nicht lesen (Exit-Code 4; mit --strict bricht smroi stattdessen bei der ersten ab)`,
    exitThree: ' (Exit-Code 3)',
    internal: (message: string) => `smroi: interner Fehler: ${message}. Starten Sie noch einmal mit --debug und melden Sie ihn.`,
    line: 'Zeile',
    reading: 'lese',
    of: 'von',
  },
  sv: {
    warnings: (count: number, where: WarningsWhere) =>
      `${count} ${plural('sv', count, { one: 'varning', other: 'varningar' })} (${where.kind === 'json' ? 'se "warnings" i JSON-filen' : where.kind === 'csv' ? '--format table eller json visar dem' : `se varningarna i ${where.file}`})`,
    notStored: (dir: string, name: string, from: string, to: string) => `${dir}: ${name} sparades inte: ingen försäljningslista täcker ${from} till ${to}, så siffrorna är okända, inte noll.`,
    trendIgnored: (dir: string, currency: string, files: string) => `${dir}: utelämnade ur trenden (olästa eller i en annan valuta än ${currency}): ${files}`,
    roiWhat: (blended: boolean) => (blended ? 'ROI för all försäljning' : 'ROI för sociala medier'),
    roiUnknown: (what: string, reason: string, threshold: number) => `${what} är okänd (${reason}), så det går inte att visa att den når ${decimal(threshold)} (--fail-under-roi)`,
    roiBelow: (what: string, roi: number, threshold: number, blended: boolean) => `${what} är ${decimal(roi)}, under ${decimal(threshold)} (--fail-under-roi${blended ? ' --roi-basis blended' : ''})`,
    hasWarnings: (count: number, codes: string) => `rapporten har ${count} ${plural('sv', count, { one: 'varning', other: 'varningar' })} (${codes}) (--fail-on-warning)`,
    noLedgerCovers: (from: string, to: string) => `ingen försäljningslista täcker ${from} till ${to}`,
    noLedger: 'ingen försäljningslista lästes',
    noCost: 'inga kostnader är kända: ingen annonsexport och varken arbetstid eller kostnader i konfigurationen',
    leftOut: (place: string, reason: string, code: string) => `smroi: utelämnad ur rapporten: ${place}: ${reason} [${code}]`,
    incomplete: (count: number) => `smroi: rapporten är ofullständig: ${count === 1 ? '1 fil' : `${count} filer`} gick inte att läsa (slutkod 4; med --strict stannar smroi i stället vid den första)`,
    exitThree: ' (slutkod 3)',
    internal: (message: string) => `smroi: internt fel: ${message}. Kör igen med --debug och rapportera felet.`,
    line: 'rad',
    reading: 'läser',
    of: 'av',
  },
});
