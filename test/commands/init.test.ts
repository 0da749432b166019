// `smroi init DIR`: a starter configuration filled from the exports in DIR, every key explained in
// smroi.config.md beside it; nothing asked when stdin is not a terminal; nothing overwritten unless
// --force. The file it writes loads, and the audit ignores the explanation.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessTimeZone, KEY_HELP, parseAnswer, runInit, zoneOffset } from '../../src/commands/init.js';
import { configSchema, parseConfig } from '../../src/config.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

function copyScenario(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'smroi-init-')), name);
  cpSync(join(ROOT, 'fixtures', 'scenarios', name), dir, { recursive: true });
  rmSync(join(dir, 'smroi.config.json'));
  return dir;
}

describe('smroi init on cafe-week, stdin not a terminal', () => {
  const dir = copyScenario('cafe-week');
  const run = runCli(['init', dir]);
  const configPath = join(dir, 'smroi.config.json');
  const notesPath = join(dir, 'smroi.config.md');

  it('exits 0, asks nothing, prints nothing on stdout and a summary on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `smroi: wrote ${configPath} and ${notesPath} (every key explained there).`,
      '  currency     "EUR": the currency of your sales ledgers',
      '  timezone     "Europe/Berlin": the timestamps in orders_export_1.csv carry +02:00, which matches Europe/Berlin (a EUR country); change it if your shop is elsewhere',
      '  campaigns    3 campaigns: one entry per campaign with ad spend or orders in your exports, under the name the ad export uses, with the channel they show',
      'Still to fill in: margin, time, costs, outsourcing, a plan per campaign (goal, kpi, target, budget).',
      'Check: "herbst-aktoin-2026" looks like "herbst-aktion-2026"; written as its alias, to confirm (remove it there if it is another campaign).',
      'Not proposed (no spend, no order): "HA26".',
      '',
    ]);
  });

  it('writes the campaign names, currency and time zone the exports show, as valid configuration', () => {
    const text = readFileSync(configPath, 'utf8');
    expect(JSON.parse(text)).toEqual({
      currency: 'EUR',
      timezone: 'Europe/Berlin',
      // Only campaigns with spend or orders: HA26 (GA4 sessions only) is not proposed; the ledger's typo
      // herbst-aktoin-2026 (one order) is written as an alias of the ad campaign, to confirm.
      campaigns: {
        'Brunch am Sonntag – Familien': { channel: 'facebook' },
        'Herbst Aktion 2026': { aliases: ['herbst-aktoin-2026'], channel: 'facebook' },
        'Retargeting Warenkorb': { channel: 'facebook' },
      },
    });
    expect(() => parseConfig(text, configPath)).not.toThrow();
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('explains every key in smroi.config.md: those written, with where the value came from, and those to add', () => {
    const notes = readFileSync(notesPath, 'utf8');
    for (const { key } of KEY_HELP) expect(notes).toContain(`### \`${key}\``);
    // Every top-level key of the configuration is explained, paidOnly included.
    expect(KEY_HELP.map(({ key }) => key).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(notes).toContain('`true` counts paid orders only');
    expect(notes).toContain('Value: `"Europe/Berlin"`: the timestamps in orders_export_1.csv carry +02:00');
    expect(notes).toContain('Discount codes in your ledgers: HERBST10 (2 orders)');
    expect(notes).toContain('"herbst-aktoin-2026" (in a ledger or analytics export) looks like the ad campaign "herbst-aktion-2026": written as one of its "aliases", to confirm.');
    expect(notes).toContain('- Not proposed as campaigns (no ad spend and no order in the exports): "HA26".');
    expect(notes).toContain('- `notes.txt`: not used: not a known export');
    expect(notes).toContain('"margin": 0.62');
  });

  it('the audit then runs with it and does not take smroi.config.md for an input', () => {
    const audit = runCli(['audit', dir, '--json']);
    expect(audit.status).toBe(0);
    const report = JSON.parse(audit.stdout);
    expect(report.skipped.map((s: { file: string }) => s.file)).toEqual(['notes.txt']);
    expect(report.period.timezone).toBe('Europe/Berlin');
    expect(report.plan.unplanned.map((u: { campaign: string }) => u.campaign)).toEqual(['brunch-am-sonntag-familien', 'herbst-aktion-2026', 'retargeting-warenkorb']);
  });

  it('never overwrites: exit 2 and the file untouched; --force replaces it', () => {
    writeFileSync(configPath, '{"currency": "SEK"}\n');
    const again = runCli(['init', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`smroi: ${configPath} already exists; smroi init does not overwrite it. Edit it, remove it, or run \`smroi init --force\` to replace it. [CONFIG_EXISTS]\n`);
    expect(readFileSync(configPath, 'utf8')).toBe('{"currency": "SEK"}\n');
    const forced = runCli(['init', dir, '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(configPath, 'utf8')).currency).toBe('EUR');
  });

  it('refuses too when only the explanation exists', () => {
    rmSync(configPath);
    expect(runCli(['init', dir]).status).toBe(2);
    expect(existsSync(configPath)).toBe(false);
  });

  it('exit 2 for a missing folder', () => {
    const missing = runCli(['init', join(dir, 'no-such-folder')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('smroi init on cafe-month', () => {
  it('names the foreign currencies that need a rate', async () => {
    const dir = copyScenario('cafe-month');
    const result = await runInit({ dir, systemZone: 'UTC' });
    expect(result.config.currency).toBe('EUR');
    expect(Object.keys(result.config.campaigns!)).toContain('Oktober Genusswochen');
    expect(result.summary).toContain('Still to fill in: margin, time, costs, outsourcing, fx (SEK, USD), a plan per campaign (goal, kpi, target, budget).');
    expect(readFileSync(result.notesPath, 'utf8')).toContain('Amounts in SEK, USD: the report is in EUR, so add a rate for each under "fx"');
  });
});

describe('on a terminal it asks for what no export holds', () => {
  it('margin, hourly rate, hours per channel the exports show, and a quote; Enter skips, a bad answer is asked again', async () => {
    const dir = copyScenario('cafe-week');
    const answers = ['60 %', 'vierzig', '40', '', '9,5', 'Agentur Beispiel', 'sechshundert', '600'];
    const questions: string[] = [];
    const result = await runInit({
      dir,
      systemZone: 'Europe/Berlin',
      ask: async (question) => {
        questions.push(question);
        return answers.shift() ?? '';
      },
    });
    expect(questions).toEqual([
      'Gross margin: the share of revenue left after the cost of goods, e.g. 0.6 or 60 % (Enter to skip): ',
      'What is an hour of your time worth, in EUR? (Enter to skip): ',
      'What is an hour of your time worth, in EUR? (Enter to skip): ',
      'Hours a month you spend on facebook (Enter to skip): ',
      'Hours a month you spend on instagram (Enter to skip): ',
      'An agency or freelancer quote to compare your time with: their name (Enter to skip): ',
      'Their price a month, in EUR: ',
      'Their price a month, in EUR: ',
    ]);
    expect(result.config).toMatchObject({
      margin: 0.6,
      time: { hourlyRate: 40, hoursPerMonth: { instagram: 9.5 } },
      outsourcing: { name: 'Agentur Beispiel', amountPerMonth: 600 },
    });
    expect(Object.keys(result.config)).toEqual(['currency', 'timezone', 'margin', 'campaigns', 'time', 'outsourcing']);
    expect(() => parseConfig(readFileSync(result.configPath, 'utf8'), result.configPath)).not.toThrow();
    expect(result.summary[1]).toBe('  currency     "EUR": the currency of your sales ledgers');
    expect(result.summary[2]).toContain("which matches this computer's time zone");
  });

  it('reads answers as owners write them', () => {
    expect([parseAnswer('0,6'), parseAnswer('60 %'), parseAnswer('1.234,50'), parseAnswer('45 €'), parseAnswer('12.5'), parseAnswer('viel')]).toEqual([0.6, 60, 1234.5, 45, 12.5, null]);
  });
});

describe('guessTimeZone', () => {
  const at = (iso: string, offset: number) => ({ instant: Date.parse(iso), offset, file: 'orders.csv' });

  it('a New York shop (-04:00 in summer, -05:00 in winter) with USD is America/New_York', () => {
    expect(guessTimeZone([at('2026-07-31T23:40:00-04:00', -240), at('2026-12-01T10:00:00-05:00', -300)], 'USD', 'UTC').zone).toBe('America/New_York');
  });

  it('the computer zone wins when it fits; without offsets it is the computer zone', () => {
    expect(guessTimeZone([at('2026-09-01T10:15:00+02:00', 120)], 'EUR', 'Europe/Paris').zone).toBe('Europe/Paris');
    expect(guessTimeZone([], 'EUR', 'Asia/Tokyo')).toEqual({ zone: 'Asia/Tokyo', reason: "no export states a UTC offset, so this is the computer's time zone" });
  });

  it('zoneOffset reads the offset of a zone at an instant', () => {
    expect(zoneOffset('Europe/Berlin', Date.parse('2026-09-01T00:00:00Z'))).toBe(120);
    expect(zoneOffset('Europe/Berlin', Date.parse('2026-12-01T00:00:00Z'))).toBe(60);
  });
});

describe('smroi init in German and Swedish', () => {
  it('asks in Swedish, and writes the guide and the summary in Swedish with "language": "sv"', async () => {
    const dir = copyScenario('cafe-week');
    const questions: string[] = [];
    const answers = ['0,6', '', 'Byrå Exempel', '600'];
    const result = await runInit({ dir, systemZone: 'Europe/Berlin', language: 'sv', ask: async (question) => (questions.push(question), answers.shift() ?? '') });
    expect(questions).toEqual([
      'Bruttomarginal: andelen av intäkterna som blir kvar efter varukostnaden, till exempel 0,6 eller 60 % (Enter hoppar över): ',
      'Vad är en timme av din tid värd, i EUR? (Enter hoppar över): ',
      'En offert från en byrå eller frilansare att jämföra din tid med: namnet (Enter hoppar över): ',
      'Priset per månad, i EUR: ',
    ]);
    expect(result.config).toMatchObject({ margin: 0.6, outsourcing: { name: 'Byrå Exempel', amountPerMonth: 600 }, language: 'sv' });
    expect(() => parseConfig(readFileSync(result.configPath, 'utf8'), result.configPath)).not.toThrow();
    const notes = readFileSync(result.notesPath, 'utf8');
    expect(notes.startsWith('# smroi.config.json, förklarad\n')).toBe(true);
    expect(notes).toContain('## Nycklar att lägga till själv');
    expect(notes).toContain('Värde: `"sv"`: språket som smroi init kördes på.');
    expect(result.summary).toContain('Kvar att fylla i: time, costs, en plan per kampanj (goal, kpi, target, budget).');
  });

  it('explains every key in every language (a key missing from a guide would not build; this checks they are all written)', async () => {
    for (const language of ['de', 'sv'] as const) {
      const dir = copyScenario('cafe-week');
      const result = await runInit({ dir, systemZone: 'UTC', language });
      const notes = readFileSync(result.notesPath, 'utf8');
      for (const { key } of KEY_HELP) expect(notes, `${language} ${key}`).toContain(`### \`${key}\``);
    }
  });

  it('takes the language from LANG alone, and --lang over it, as the built CLI runs', () => {
    const german = copyScenario('baeckerei-de');
    const run = runCli(['init', german], { LANG: 'de_DE.UTF-8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(`smroi: ${join(german, 'smroi.config.json')} und ${join(german, 'smroi.config.md')} geschrieben (dort ist jeder Schlüssel erklärt).`);
    expect(JSON.parse(readFileSync(join(german, 'smroi.config.json'), 'utf8')).language).toBe('de');
    const notes = readFileSync(join(german, 'smroi.config.md'), 'utf8');
    // baeckerei-de's exports run from 30 September (the Meta export's first day) to 31 October 2026.
    expect(notes).toContain('- Daten vom 30.09.2026 bis 31.10.2026.');
    expect(notes).toContain('- `Kürbiswochen 2026` (gesehen in: Werbung, Verkaufsdaten), Kanal Facebook');
    // The audit then follows the config's "language", with no locale set.
    expect(runCli(['audit', german]).stdout.split('\n')[1]).toBe('6 Dateien gelesen, 0 übersprungen');
    const english = copyScenario('cafe-week');
    const asked = runCli(['init', english, '--lang', 'en'], { LANG: 'sv_SE.UTF-8' });
    expect(asked.stderr).toContain('(every key explained there)');
    expect(JSON.parse(readFileSync(join(english, 'smroi.config.json'), 'utf8')).language).toBeUndefined();
  });
});
