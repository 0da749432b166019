// `smroi explain` as a user runs it (the built CLI): the text listing in three languages, the usage
// errors (exit 2, the known campaigns named), and no customer data in any listing of the scenarios
// whose ledgers hold names, e-mails, addresses and phones.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const KUERBIS = 'fixtures/scenarios/kuerbis-spellings';

describe('smroi explain (text)', () => {
  it('lists the orders, their reasons, the spellings, the spend and the totals of a campaign', () => {
    const run = runCli(['explain', KUERBIS, '--campaign', 'kuerbiswochen']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Campaign "kürbiswochen": what its figures are made of',
      'Spelled in the files as: "Kürbiswochen", "kuerbiswochen", "kurbiswochen"',
      'Period 2026-10-01 to 2026-10-03, amounts in EUR',
      '',
      'Orders the ledgers confirm (3 rows)',
      '  ledger.csv:2  K-1  2026-10-01  1 order  revenue 25.00 EUR  ← campaign "kuerbiswochen" in the row; "kuerbiswochen" is "kürbiswochen" with its letters folded; source "fb / paid" is Facebook',
      '  ledger.csv:3  K-2  2026-10-02  1 order  revenue 35.00 EUR  ← campaign "kurbiswochen" in the row; "kurbiswochen" is "kürbiswochen" with its letters folded; source "ig / social" is Instagram',
      '  ledger.csv:4  K-3  2026-10-02  1 order  revenue 15.00 EUR  ← campaign "Kürbiswochen" in the row; channel Facebook of the campaign (where its ads ran)',
      '',
      'Spellings joined',
      '  "kuerbiswochen" is "kürbiswochen" with its letters folded',
      '  "kurbiswochen" is "kürbiswochen" with its letters folded',
      '',
      'Ad spend and attention, per file and day (2)',
      '  meta-ads.csv:2  2026-10-01  Facebook  ad spend 20.00 EUR, impressions 900, reach 700, link clicks 18',
      '  meta-ads.csv:3  2026-10-02  Facebook  ad spend 30.00 EUR, impressions 1,100, reach 800, link clicks 22',
      '',
      'Configured costs shared out',
      '  No configured cost is booked here.',
      '',
      'Totals (exactly what `smroi audit` reports for this campaign)',
      '  orders 3, revenue 75.00, refunds 0.00, awaiting payment 0 (0.00)',
      '  ad spend 50.00, your time 0.00, other costs 0.00, total cost 50.00',
      '  impressions 2,000, reach 1,500, link clicks 40',
      '',
    ]);
    expect(run.stderr).toBe('');
  });

  it('speaks German and Swedish with their numbers and dates; the JSON stays the same in every language', () => {
    const de = runCli(['explain', KUERBIS, '--campaign', 'Kürbiswochen', '--lang', 'de']).stdout;
    expect(de).toContain('Kampagne „kürbiswochen“: woraus ihre Zahlen bestehen\n');
    expect(de).toContain('  ledger.csv:2  K-1  01.10.2026  1 Bestellung  Umsatz 25,00 EUR  ← Kampagne „kuerbiswochen“ in der Zeile; „kuerbiswochen“ ist „kürbiswochen“ mit umschriebenen Umlauten; Quelle „fb / paid“ ist Facebook\n');
    expect(de).toContain('  meta-ads.csv:3  02.10.2026  Facebook  Werbeausgaben 30,00 EUR, Impressionen 1.100, Reichweite 800, Link-Klicks 22\n');
    expect(de).toContain('  Werbeausgaben 50,00, Ihre Zeit 0,00, sonstige Kosten 0,00, Kosten gesamt 50,00\n');
    const sv = runCli(['explain', KUERBIS, '--campaign', 'Kürbiswochen', '--lang', 'sv']).stdout;
    expect(sv).toContain('Kampanjen ”kürbiswochen”: vad siffrorna består av\n');
    expect(sv).toContain('  meta-ads.csv:3  2026-10-02  Facebook  annonskostnad 30,00 EUR, visningar 1\u00a0100, räckvidd 800, länkklick 22\n');
    expect(sv).toContain('  order 3, intäkter 75,00, återbetalningar 0,00, inväntar betalning 0 (0,00)\n');
    const json = (lang: string) => runCli(['explain', KUERBIS, '--campaign', 'Kürbiswochen', '--json', '--lang', lang]).stdout;
    expect(json('de')).toBe(json('en'));
    expect(JSON.parse(json('sv')).schema).toBe('smroi.explain/1');
  });

  it('lists a channel: its time shared out and every campaign it carries', () => {
    const run = runCli(['explain', 'fixtures/scenarios/bistro-quarter', '--month', '2026-10', '--channel', 'facebook']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Channel Facebook: what its figures are made of\n');
    expect(run.stdout).toContain('  your time on Facebook: 2 h a month × 30.00 × 1 month = 60.00\n');
    expect(run.stdout).toContain('  ad spend 120.00, your time 60.00, other costs 0.00, total cost 180.00\n');
  });
});

describe('smroi explain (usage errors, exit 2)', () => {
  it('an unknown campaign: the closest and every known campaign named, no stack', () => {
    const run = runCli(['explain', KUERBIS, '--campaign', 'Kürbiswoche']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'smroi: no campaign "Kürbiswoche" in 2026-10-01 to 2026-10-03; did you mean "kürbiswochen"? Known campaigns: "brot-abo", "herbstmarkt-teaser", "kürbiswochen". [UNKNOWN_CAMPAIGN]\n',
    );
  });

  it('neither --campaign nor --channel', () => {
    const run = runCli(['explain', KUERBIS]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('explain needs one of --campaign NAME or --channel NAME.');
  });

  it('a channel smroi does not know, and both flags at once', () => {
    const bad = runCli(['explain', KUERBIS, '--channel', 'myspace']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Allowed choices are facebook, instagram, tiktok, social, google, email, other, unknown.");
    const none = runCli(['explain', KUERBIS, '--channel', 'tiktok']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('smroi: no figures for channel tiktok in 2026-10-01 to 2026-10-03. Channels with figures: facebook, instagram, email, unknown. [UNKNOWN_CHANNEL]\n');
    const both = runCli(['explain', KUERBIS, '--channel', 'facebook', '--campaign', 'brot-abo']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('cannot be used with option');
  });

  it('finds a campaign by a spelling the files write, by a configured alias and by its Meta campaign ID', () => {
    const key = (args: string[]) => JSON.parse(runCli(['explain', ...args, '--json']).stdout).subject.campaign;
    expect(key([KUERBIS, '--campaign', 'kurbiswochen'])).toBe('kürbiswochen');
    expect(key(['fixtures/scenarios/till-walkins', '--campaign', 'HA26'])).toBe('herbst-aktion-2026');
    expect(key(['fixtures/scenarios/till-walkins', '--campaign', '120246849180540596'])).toBe('herbst-aktion-2026');
  });
});

describe('smroi explain beside files that cannot be read', () => {
  it('lists the good files only, names the others on stderr and exits 4, as the audit does', () => {
    // The bistro's exports and a till ledger whose line 4 holds no number (as in test/e2e/unreadable.test.ts).
    const dir = mkdtempSync(join(tmpdir(), 'smroi-explain-unreadable-'));
    cpSync(join(ROOT, 'fixtures/scenarios/bistro-quarter'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'till.csv'),
      ['date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code', '2026-10-02,K-1,10.00,EUR,paid,,fb,paid,Herbst Aktion 2026,', '2026-10-04,K-3,"12,3x",EUR,paid,,fb,paid,Herbst Aktion 2026,', ''].join('\n'),
    );
    const run = runCli(['explain', dir, '--month', '2026-10', '--campaign', 'Herbst Aktion 2026', '--json']);
    expect(run.status).toBe(4);
    const explanation = JSON.parse(run.stdout);
    expect(explanation.orders.map((o: { ref: string }) => o.ref)).toEqual(['B-302', 'B-305']);
    expect(run.stderr).toContain('smroi: left out of the report: till.csv, line 3 (generic-ledger): column "amount" does not hold a number.');
    const strict = runCli(['explain', dir, '--month', '2026-10', '--campaign', 'Herbst Aktion 2026', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    expect(run.stderr).toContain('[BAD_NUMBER]');
  });
});

describe('smroi explain never prints customer data', () => {
  const cases: [string, string[], string[]][] = [
    ['cod-shop', [], ['Nusrat Jahan', 'Farhana Akter', 'Tanvir Hasan', 'Ayesha Siddiqua', 'House 12, Road 5', 'Dhanmondi', '+880', 'tanvir.hasan@example.com']],
    [
      'baeckerei-de',
      ['--month', '2026-10'],
      ['Petra Sommerfeld', 'Anja Brenneisen', 'Rothmund', 'Nowakowski', 'Benedikt Ulrichs', 'Clara Wendtland', 'Dieter Haasbach', 'Krämerling', 'Langenfeld', 'Fritz Jahnke', 'Greta Buschmann', 'Jana Kellermeier', 'Markus Obermaier', 'Sebastian Wimmerer', 'Theresa Fuchsberger', 'St. Anna', 'Domplatz', 'Innstraße', 'Ilzleite', 'Kapuzinerstraße', '+49 851', 'Alles Gute', 'Für Oma', 'baeckerei-hofmann.example'],
    ],
    [
      'kafferosteri-sv',
      ['--month', '2026-09'],
      ['Astrid Wennberg', 'Björn Lindqvist', 'Cecilia Östman', 'David Åkesson', 'Emma Sjöberg', 'Felix Brandauer', 'Greta Nyman', 'Henrik Ahlgren', 'Ida Forsberg', 'Jonas Kreutzer', 'Karin Lundmark', 'Linnea Berglöf', 'Maja Rosengren', 'Ingrid Holmström', 'Kungsgatan', 'Vasagatan', 'Schillerstraße', '+46 31', '+49 40', 'cus_', 'card_'],
    ],
    ['repeat-downloads', [], ['Lena Sommer', 'sophie.keller@example.org', 'Kastanienallee', '+49 30 23125', "'10435"]],
    ['cafe-week', ['--from', '2026-09-01', '--to', '2026-09-07'], ['tobias.lang@example', '@example.']],
    ['etsy-paypal-shop', [], ['Clara Schmid', 'clara.s']],
  ];
  for (const [scenario, args, secrets] of cases) {
    it(`${scenario}: every campaign and channel, text and JSON`, () => {
      const dir = `fixtures/scenarios/${scenario}`;
      const report = JSON.parse(runCli(['audit', dir, ...args, '--json']).stdout) as Report;
      const subjects = [...report.campaigns.map((c) => ['--campaign', c.campaign]), ...report.channels.map((c) => ['--channel', c.channel])];
      expect(subjects.length).toBeGreaterThan(2);
      for (const subject of subjects) {
        for (const format of [[], ['--json']]) {
          const run = runCli(['explain', dir, ...args, ...subject, ...format]);
          expect(run.status, run.stderr).toBe(0);
          for (const secret of secrets) expect(run.stdout + run.stderr, `${subject.join(' ')} ${format.join('')}: ${secret}`).not.toContain(secret);
        }
      }
    }, 180_000);
  }
});
