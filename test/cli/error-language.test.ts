// Errors in the reader's language, on the built CLI: the same failures in English, German and
// Swedish give the same [CODE] and exit status, each sentence as a shop owner writes it (checked by
// hand). --lang wins; LANG alone decides without it; LC_ALL=C is English. No cell value is echoed.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-lang-'));
  for (const [name, from] of Object.entries(files)) {
    if (from.startsWith('{')) writeFileSync(join(dir, name), from);
    else copyFileSync(join(ROOT, from), join(dir, name));
  }
  return dir;
}

const code = (stderr: string) => /\[([A-Z_]+)\]\n$/.exec(stderr)?.[1];

describe('error messages in German and Swedish', () => {
  it('a ledger with a bad date on line 5 (--strict): file, line, what was expected, what to do', () => {
    const dir = folder({ 'kasse.csv': 'fixtures/broken/bad-date.csv' });
    const en = runCli(['audit', dir, '--strict']);
    const de = runCli(['audit', dir, '--strict', '--lang', 'de']);
    const sv = runCli(['audit', dir, '--strict', '--lang', 'sv']);
    expect(en.stderr).toBe('smroi: kasse.csv, line 5: column "date" does not hold a valid date. Expected a date such as 2026-01-31, 31.01.2026 or 20260131; fix that row and run again. [BAD_DATE]\n');
    expect(de.stderr).toBe('smroi: kasse.csv, Zeile 5: die Spalte "date" enthält kein gültiges Datum. Erwartet wird ein Datum wie 2026-01-31, 31.01.2026 oder 20260131; korrigieren Sie diese Zeile und starten Sie noch einmal. [BAD_DATE]\n');
    expect(sv.stderr).toBe('smroi: kasse.csv, rad 5: kolumnen "date" innehåller inget giltigt datum. Ett datum som 2026-01-31, 31.01.2026 eller 20260131 väntades; rätta raden och kör igen. [BAD_DATE]\n');
    for (const run of [en, de, sv]) expect([run.status, run.stdout]).toEqual([1, '']);
  });

  it('a phone number in an amount cell: BAD_NUMBER on line 4 in each language, the number never shown', () => {
    const dir = folder({ 'kasse.csv': 'fixtures/hostile/phone-in-amount.csv' });
    const de = runCli(['audit', dir, '--strict', '--lang', 'de']);
    const sv = runCli(['audit', dir, '--strict', '--lang', 'sv']);
    expect(de.stderr).toBe(
      'smroi: kasse.csv, Zeile 4: die Spalte "amount" enthält keine Zahl. Erwartet wird ein Betrag wie 1234.56, mit höchstens 13 Stellen vor dem Komma; korrigieren oder löschen Sie diese Zeile und starten Sie noch einmal. [BAD_NUMBER]\n',
    );
    expect(sv.stderr).toBe('smroi: kasse.csv, rad 4: kolumnen "amount" innehåller inget tal. Ett belopp som 1234.56 väntades, med högst 13 siffror före decimaltecknet; rätta eller ta bort raden och kör igen. [BAD_NUMBER]\n');
    for (const run of [de, sv]) {
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/5550123|171/);
    }
  });

  it('without --strict: the skipped reason in the JSON and the stderr lines follow the language, exit 4 as in English', () => {
    const dir = folder({ 'kasse.csv': 'fixtures/broken/bad-date.csv', 'shop.csv': 'fixtures/generic-ledger/en.csv' });
    const en = runCli(['audit', dir, '--json']);
    const de = runCli(['audit', dir, '--json', '--lang', 'de']);
    const sv = runCli(['audit', dir, '--json'], { LANG: 'sv_SE.UTF-8' });
    for (const run of [en, de, sv]) expect(run.status).toBe(4);
    const skipped = (run: { stdout: string }) => (JSON.parse(run.stdout) as { skipped: { file: string; reason: string; code: string; line: number }[] }).skipped;
    expect(skipped(de)).toEqual([
      { file: 'kasse.csv', code: 'BAD_DATE', line: 5, kind: 'generic-ledger', reason: 'die Spalte "date" enthält kein gültiges Datum. Erwartet wird ein Datum wie 2026-01-31, 31.01.2026 oder 20260131; korrigieren Sie diese Zeile und starten Sie noch einmal.' },
    ]);
    expect(skipped(sv)[0]!.reason).toBe('kolumnen "date" innehåller inget giltigt datum. Ett datum som 2026-01-31, 31.01.2026 eller 20260131 väntades; rätta raden och kör igen.');
    expect(skipped(en)[0]!.reason).toBe('column "date" does not hold a valid date. Expected a date such as 2026-01-31, 31.01.2026 or 20260131; fix that row and run again.');
    expect(de.stderr).toContain('smroi: der Bericht ist unvollständig: 1 Datei ließ sich nicht lesen (Exit-Code 4; mit --strict bricht smroi stattdessen bei der ersten ab)\n');
    expect(sv.stderr).toContain('smroi: utelämnad ur rapporten: kasse.csv, rad 5 (generic-ledger): kolumnen "date" innehåller inget giltigt datum.');
    expect(sv.stderr).toContain('smroi: rapporten är ofullständig: 1 fil gick inte att läsa (slutkod 4; med --strict stannar smroi i stället vid den första)\n');
    expect(en.stderr).toContain('smroi: the report is incomplete: 1 file could not be read (exit code 4; --strict stops at the first instead)\n');
  });

  it('a configuration with a typo key: CONFIG_UNKNOWN_KEY, exit 2, with the "did you mean"', () => {
    const dir = folder({ 'kasse.csv': 'fixtures/generic-ledger/en.csv', 'smroi.config.json': '{"currency": "EUR", "margn": 0.6}' });
    const runs = { en: runCli(['audit', dir]), de: runCli(['audit', dir, '--lang', 'de']), sv: runCli(['audit', dir], { LANG: 'sv_SE.UTF-8' }) };
    const known = '$schema, currency, timezone, margin, revenueBasis, fx, campaigns, time, costs, outsourcing, map, decimal, dateOrder, paidOnly, language';
    const config = join(dir, 'smroi.config.json');
    expect(runs.de.stderr).toBe(
      `smroi: ${config}: Unbekannter Schlüssel "margn" auf oberster Ebene (meinten Sie "margin"?); bekannte Schlüssel dort: ${known}. Korrigieren Sie die Konfiguration und starten Sie noch einmal (siehe README, "Configuration", oder lassen Sie mit \`smroi init\` eine Vorlage anlegen). [CONFIG_UNKNOWN_KEY]\n`,
    );
    expect(runs.sv.stderr).toBe(
      `smroi: ${config}: Okänd nyckel "margn" på översta nivån (menade du "margin"?); kända nycklar där: ${known}. Rätta konfigurationen och kör igen (se README, "Configuration", eller kör \`smroi init\` för att få en startfil). [CONFIG_UNKNOWN_KEY]\n`,
    );
    for (const run of Object.values(runs)) expect([run.status, code(run.stderr)]).toEqual([2, 'CONFIG_UNKNOWN_KEY']);
  });

  it('a broken configuration that names "language" itself is told in the flag\'s or the locale\'s language', () => {
    const dir = folder({ 'smroi.config.json': '{"language": "de", "margin": "60 %"}' });
    const sv = runCli(['audit', dir], { LANG: 'sv_SE.UTF-8' });
    expect(sv.stderr).toBe(
      `smroi: ${join(dir, 'smroi.config.json')}: margin: hittade "60 %", väntade bruttomarginalen som en andel över 0 och högst 1, till exempel 0.62 för 62 %. Menade du 60 (utan citattecken)? Rätta konfigurationen och kör igen (se README, "Configuration", eller kör \`smroi init\` för att få en startfil). [CONFIG_WRONG_TYPE]\n`,
    );
    expect(sv.status).toBe(2);
  });

  it('a valid configuration\'s "language" decides for errors after it was read', () => {
    const dir = folder({ 'kasse.csv': 'fixtures/broken/bad-date.csv', 'smroi.config.json': '{"language": "sv"}' });
    const run = runCli(['audit', dir, '--strict'], { LANG: 'de_DE.UTF-8' });
    expect(run.stderr).toMatch(/^smroi: kasse\.csv, rad 5: kolumnen "date" innehåller inget giltigt datum\./);
    expect(runCli(['audit', dir, '--strict', '--lang', 'de']).stderr).toMatch(/^smroi: kasse\.csv, Zeile 5: die Spalte "date"/);
  });

  it('a missing folder: NO_SUCH_FOLDER, exit 2', () => {
    const de = runCli(['audit', 'gibt-es-nicht', '--lang', 'de']);
    const sv = runCli(['audit', 'finns-inte'], { LANG: 'sv_SE.UTF-8' });
    expect(de.stderr).toBe('smroi: der Ordner gibt-es-nicht existiert nicht. Geben Sie den Ordner mit Ihren Exporten an: smroi audit ./exporte [NO_SUCH_FOLDER]\n');
    expect(sv.stderr).toBe('smroi: mappen finns-inte finns inte. Ange mappen där dina exporter ligger: smroi audit ./exporter [NO_SUCH_FOLDER]\n');
    expect([de.status, sv.status]).toEqual([2, 2]);
  });

  it("commander's usage errors: an invalid --lang choice, an unknown option, a missing argument (exit 2)", () => {
    expect(runCli(['audit', 'x', '--lang', 'fr']).stderr).toBe("error: option '--lang <language>' argument 'fr' is invalid. Allowed choices are en, de, sv.\n");
    const sv = runCli(['audit', 'x', '--lang', 'fr'], { LANG: 'sv_SE.UTF-8' });
    expect(sv.stderr).toBe("fel: 'fr' är inget giltigt värde för alternativet '--lang <language>'. Tillåtna värden: en, de, sv.\n");
    const de = runCli(['audit', 'x', '--lang', 'fr'], { LANG: 'de_DE.UTF-8' });
    expect(de.stderr).toBe("Fehler: 'fr' ist kein gültiger Wert für die Option '--lang <language>'. Erlaubt sind: en, de, sv.\n");
    const unknown = runCli(['audit', 'x', '--lang', 'de', '--montth', '2026-10']);
    expect(unknown.stderr).toBe("Fehler: unbekannte Option '--montth'\n(Meinten Sie --month?)\n");
    const missing = runCli(['audit'], { LANG: 'sv_SE.UTF-8' });
    expect(missing.stderr).toBe("fel: argumentet 'dir' saknas (till exempel mappen med exporterna)\n");
    for (const run of [sv, de, unknown, missing]) expect(run.status).toBe(2);
  });

  it('LANG=sv_SE.UTF-8 alone gives Swedish; LC_ALL=C over it gives English', () => {
    const dir = folder({ 'kasse.csv': 'fixtures/broken/bad-date.csv' });
    expect(runCli(['audit', dir, '--strict'], { LANG: 'sv_SE.UTF-8' }).stderr).toMatch(/^smroi: kasse\.csv, rad 5: kolumnen "date" innehåller inget giltigt datum\./);
    const c = runCli(['audit', dir, '--strict'], { LANG: 'sv_SE.UTF-8', LC_ALL: 'C' });
    expect(c.stderr).toBe('smroi: kasse.csv, line 5: column "date" does not hold a valid date. Expected a date such as 2026-01-31, 31.01.2026 or 20260131; fix that row and run again. [BAD_DATE]\n');
    expect(c.status).toBe(1);
  });

  it('thresholds breached (cafe-week: social media\'s ROI -0.5676, 2 warnings): the same exit 3, the lines in each language', () => {
    const args = ['audit', 'fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07', '--fail-under-roi', '0', '--fail-on-warning', '--json'];
    const en = runCli(args);
    const de = runCli([...args, '--lang', 'de']);
    const sv = runCli(args, { LANG: 'sv_SE.UTF-8' });
    expect(en.stderr).toBe(
      'smroi: 2 warnings (see "warnings" in the JSON)\n' +
        "smroi: Social media's ROI -0.5676 is below 0 (--fail-under-roi) (exit code 3)\n" +
        'smroi: the report has 2 warnings (OVERLAPPING_EXPORT, UNMATCHED_CAMPAIGN) (--fail-on-warning) (exit code 3)\n',
    );
    expect(de.stderr).toBe(
      'smroi: 2 Warnungen (siehe "warnings" im JSON)\n' +
        'smroi: Der ROI der sozialen Medien liegt mit \u22120,5676 unter 0 (--fail-under-roi) (Exit-Code 3)\n' +
        'smroi: der Bericht hat 2 Warnungen (OVERLAPPING_EXPORT, UNMATCHED_CAMPAIGN) (--fail-on-warning) (Exit-Code 3)\n',
    );
    expect(sv.stderr).toBe(
      'smroi: 2 varningar (se "warnings" i JSON-filen)\n' +
        'smroi: ROI för sociala medier är \u22120,5676, under 0 (--fail-under-roi) (slutkod 3)\n' +
        'smroi: rapporten har 2 varningar (OVERLAPPING_EXPORT, UNMATCHED_CAMPAIGN) (--fail-on-warning) (slutkod 3)\n',
    );
    for (const run of [en, de, sv]) expect(run.status).toBe(3);
    // The JSON keeps its codes and numbers whatever the language.
    expect((JSON.parse(de.stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual(['OVERLAPPING_EXPORT', 'UNMATCHED_CAMPAIGN']);
  });

  it('a month no ledger covers is not stored in --history, said in German with German dates', () => {
    const history = mkdtempSync(join(tmpdir(), 'smroi-lang-history-'));
    const run = runCli(['audit', 'fixtures/scenarios/bistro-quarter', '--month', '2026-11', '--history', history, '--quiet', '--lang', 'de']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`smroi: ${history}: 2026-11.json nicht gespeichert: keine Umsatzliste deckt 01.11.2026 bis 30.11.2026 ab, die Zahlen sind also unbekannt, nicht null.\n`);
  });

  it('a configuration with three mistakes: each named with its path, what was found and expected, and a "did you mean"', () => {
    const dir = folder({ 'smroi.config.json': '{"campaigns": {"Herbst": {"budgett": 500, "channel": "fb"}}, "fx": {"usd": 0.9}}' });
    const config = join(dir, 'smroi.config.json');
    const de = runCli(['audit', dir, '--lang', 'de']);
    expect(de.stderr).toBe(
      `smroi: ${config}: fx.usd: der Schlüssel "usd" passt nicht; erwartet wird ein Währungscode aus drei Großbuchstaben als Schlüssel, etwa "USD". Meinten Sie "USD"? ` +
        'campaigns.Herbst.channel: gefunden "fb", erwartet wird einer von "facebook", "instagram", "tiktok", "social", "google", "email", "other". Meinten Sie "facebook"? ' +
        'Unbekannter Schlüssel "budgett" in campaigns.Herbst (meinten Sie "budget"?); bekannte Schlüssel dort: aliases, coupons, channel, goal, kpi, target, owner, audience, budget. ' +
        'Korrigieren Sie die Konfiguration und starten Sie noch einmal (siehe README, "Configuration", oder lassen Sie mit `smroi init` eine Vorlage anlegen). [CONFIG_BAD_KEY]\n',
    );
    const en = runCli(['audit', dir]);
    expect([en.status, code(en.stderr), de.status]).toEqual([2, 'CONFIG_BAD_KEY', 2]);
  });

  it('a configuration that is no JSON: line and column, the likely mistake (Swedish)', () => {
    const dir = folder({ 'smroi.config.json': '{"currency": "SEK",\n}\n' });
    const sv = runCli(['audit', dir, '--lang', 'sv']);
    expect(sv.stderr).toBe(
      `smroi: ${join(dir, 'smroi.config.json')} är inte giltig JSON på rad 2, kolumn 1 (Expected double-quoted property name). JSON tillåter inget kommatecken före en avslutande } eller ]. Rätta syntaxen och kör igen. [CONFIG_NOT_JSON]\n`,
    );
    expect(sv.status).toBe(2);
  });

  it('an --output whose folder does not exist (Swedish): OUTPUT_FOLDER_MISSING, exit 2, nothing read', () => {
    const sv = runCli(['audit', 'fixtures/scenarios/cafe-week', '-o', '/finns/inte/rapport.txt', '--lang', 'sv']);
    expect(sv.stderr).toBe('smroi: --output /finns/inte/rapport.txt: mappen /finns/inte finns inte. Skapa den först, eller välj en annan sökväg. [OUTPUT_FOLDER_MISSING]\n');
    expect(sv.status).toBe(2);
  });
});
