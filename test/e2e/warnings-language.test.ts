// The built CLI writes warnings, assumption notes and skip reasons in the reader's language; every
// other value of the JSON (codes, files, lines, details) is the same in every language.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report.js';
import { runCli } from '../helpers/run-cli.js';

function audit(args: string[], env: Record<string, string> = {}): Report {
  const result = runCli(['audit', ...args, '--json'], env);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** The report without the texts that follow the language. */
function withoutTexts(report: Report): unknown {
  return {
    ...report,
    warnings: report.warnings.map(({ message, ...rest }) => (expect(message).not.toBe(''), rest)),
    assumptions: report.assumptions.map(({ note, ...rest }) => (expect(note).not.toBe(''), rest)),
    skipped: report.skipped.map(({ reason, ...rest }) => (expect(reason).not.toBe(''), rest)),
  };
}

const messages = (report: Report) => report.warnings.map((warning) => `${warning.code}: ${warning.message}`);

describe('warnings in the reader\'s language', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('baeckerei-de with --lang de: the same report, its warnings in German', () => {
    const args = ['fixtures/scenarios/baeckerei-de', '--month', '2026-10'];
    const en = audit([...args, '--lang', 'en']);
    const de = audit([...args, '--lang', 'de']);
    expect(withoutTexts(de)).toEqual(withoutTexts(en));
    expect(messages(en)).toContain('SPEND_WITHOUT_ORDERS: Campaign "stollen-vorbestellung" spent money in the period but the ledger confirms no order for it.');
    expect(messages(de)).toEqual([
      'MANGLED_ID: Die Spalte „Campaign ID“ wurde von einer Tabellenkalkulation gerundet (wissenschaftliche Schreibweise), daher werden die IDs ignoriert und Kampagnen über ihren Namen zugeordnet. Exportieren Sie die Datei neu und öffnen und speichern Sie sie nicht in Excel.',
      'PAYMENTS_MERGED: 1 Zahlungszeile in Download.CSV gehört zu Bestellungen in EXTF_Buchungsstapel_20261001_20261031.csv; gezählt wie in EXTF_Buchungsstapel_20261001_20261031.csv (einmal, oder gar nicht bei stornierten und offenen Bestellungen).',
      'PAYMENTS_MERGED: 2 Zahlungszeilen in Download.CSV gehören zu Bestellungen in kasse-oktober.csv; gezählt wie in kasse-oktober.csv (einmal, oder gar nicht bei stornierten und offenen Bestellungen).',
      'SPEND_WITHOUT_ORDERS: Die Kampagne „stollen-vorbestellung“ hat im Zeitraum Geld ausgegeben, aber die Verkaufsliste bestätigt keine Bestellung dafür.',
      // October (baeckerei-de.WORKED.md): Meta claims 2 + 1 + 3 + 1 = 7 conversions worth 60 + 45 + 91 + 39 = 235.00 EUR,
      // the ledger confirms 4 orders worth 103.30 EUR: 7 / 4 = 1.75, 235 / 103.30 = 2.27.
      'OVERCLAIM: Meta meldet 7 Conversions im Wert von 235,00\u00a0€ für die Kampagne „kürbiswochen-2026“ (Attribution: 7 Tage nach Klick oder 1 Tag nach Ansehen), aber die Verkaufsliste bestätigt 4 Bestellungen im Wert von 103,30\u00a0€: 1,75-mal so viele Bestellungen und 2,27-mal so viel Umsatz.',
    ]);
  });

  it('the terminal report lists the German warnings too', () => {
    const result = runCli(['audit', 'fixtures/scenarios/baeckerei-de', '--month', '2026-10', '--lang', 'de']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('Die Kampagne „stollen-vorbestellung“ hat im Zeitraum Geld ausgegeben, aber die Verkaufsliste bestätigt keine Bestellung dafür.');
    expect(result.stdout).not.toContain('spent money in the period');
  });

  it('kafferosteri-sv with --lang sv: the same report, its warnings in Swedish', () => {
    const args = ['fixtures/scenarios/kafferosteri-sv', '--month', '2026-09'];
    const en = audit([...args, '--lang', 'en']);
    const sv = audit([...args, '--lang', 'sv']);
    expect(withoutTexts(sv)).toEqual(withoutTexts(en));
    expect(messages(sv)).toEqual([
      'PAYMENTS_MERGED: 5 betalningsrader i unified_payments.csv hör till ordrar i orders_export_1.csv; räknas som orders_export_1.csv räknar dem (en gång, eller inte alls för avbrutna och väntande ordrar).',
      // 4 conversions worth 1889.50 SEK against 2 orders worth 449 SEK: 4 / 2 = 2.00, 1889.50 / 449 = 4.21.
      'OVERCLAIM: Meta anger 4 konverteringar värda 1\u00a0889,50\u00a0kr för kampanjen ”abo-deutschland” (attribuering: 7-day click, 1-day view), men försäljningslistan bekräftar 2 ordrar värda 449,00\u00a0kr: 2,00 gånger så många ordrar och 4,21 gånger så stora intäkter.',
    ]);
  });

  it('writes the notes of the assumptions in the language (cod-shop has no "time" and no "costs")', () => {
    const en = audit(['fixtures/scenarios/cod-shop', '--lang', 'en']);
    const sv = audit(['fixtures/scenarios/cod-shop', '--lang', 'sv']);
    expect(withoutTexts(sv)).toEqual(withoutTexts(en));
    expect(en.assumptions.map((a) => a.note)).toEqual(['the owner\'s time is not counted as a cost; set "time"', 'no tool, freelancer or agency costs; set "costs"']);
    expect(sv.assumptions.map((a) => a.note)).toEqual(['din egen tid räknas inte som en kostnad; ange "time"', 'inga kostnader för verktyg, frilansare eller byråer; ange "costs"']);
    expect(messages(sv)[0]).toBe('TIME_NOT_CONFIGURED: Din egen tid räknas som 0; ange "time" (timpris och timmar per månad) i smroi.config.json för att räkna med den.');
  });

  it('writes why files were skipped in the language; their files and the figures stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-skips-'));
    dirs.push(dir);
    cpSync('fixtures/scenarios/baeckerei-de', dir, { recursive: true });
    writeFileSync(join(dir, 'leer.csv'), '');
    writeFileSync(join(dir, 'foto.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    writeFileSync(join(dir, 'notizen.txt'), 'Brötchen bestellen\nMehl nachkaufen\n');
    const en = audit([dir, '--month', '2026-10', '--lang', 'en']);
    const de = audit([dir, '--month', '2026-10', '--lang', 'de']);
    expect(withoutTexts(de)).toEqual(withoutTexts(en));
    expect(en.skipped).toEqual([
      { file: 'foto.jpg', reason: 'not a text file' },
      { file: 'leer.csv', reason: 'the file is empty' },
      { file: 'notizen.txt', reason: 'not a known export (1 column; its header matches none of the kinds smroi reads)' },
    ]);
    expect(de.skipped).toEqual([
      { file: 'foto.jpg', reason: 'keine Textdatei' },
      { file: 'leer.csv', reason: 'die Datei ist leer' },
      { file: 'notizen.txt', reason: 'kein bekannter Export (1 Spalte; die Kopfzeile passt zu keiner der Dateiarten, die smroi liest)' },
    ]);
  });

  it('takes German from LANG=de_DE.UTF-8 alone, and English without a locale', () => {
    const args = ['fixtures/scenarios/baeckerei-de', '--month', '2026-10'];
    const fromLocale = audit(args, { LANG: 'de_DE.UTF-8' });
    expect(messages(fromLocale)).toEqual(messages(audit([...args, '--lang', 'de'])));
    expect(messages(fromLocale)).toContain('SPEND_WITHOUT_ORDERS: Die Kampagne „stollen-vorbestellung“ hat im Zeitraum Geld ausgegeben, aber die Verkaufsliste bestätigt keine Bestellung dafür.');
    expect(messages(audit(args))).toContain('SPEND_WITHOUT_ORDERS: Campaign "stollen-vorbestellung" spent money in the period but the ledger confirms no order for it.');
  });
});
