// End to end: the whole report in German and Swedish (issue 11), from the built CLI. The goldens
// (fixtures/scenarios/expected/*.de.* and *.sv.*, written by scripts/update-goldens.sh) were read by
// hand; the figures in them are the ones the English goldens and the WORKED files hold, written as
// the reader writes numbers. The language comes from --lang, the config's "language", or the
// locale environment alone; the JSON never changes with it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAsExcel } from '../helpers/excel-csv.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const expected = (name: string) => readFileSync(join(ROOT, 'fixtures', 'scenarios', 'expected', name), 'utf8');
const SCENARIOS = [
  { name: 'baeckerei-de', lang: 'de', period: ['--month', '2026-10'], locale: 'de_DE.UTF-8' },
  { name: 'kafferosteri-sv', lang: 'sv', period: ['--month', '2026-09'], locale: 'sv_SE.UTF-8' },
] as const;

type Row = Record<string, any>;

describe.each(SCENARIOS)('the $name report in its owner\'s language', ({ name, lang, period, locale }) => {
  const dir = `fixtures/scenarios/${name}`;
  const audit = (extra: string[], env: Record<string, string> = {}) => runCli(['audit', dir, ...period, ...extra], env);

  it('matches the table, Markdown and CSV goldens byte for byte', () => {
    const table = audit(['--lang', lang]);
    expect(table.status).toBe(0);
    expect(table.stdout).toBe(expected(`${name}.${lang}.txt`));
    for (const line of table.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(audit(['--lang', lang, '--format', 'markdown']).stdout).toBe(expected(`${name}.${lang}.md`));
    expect(audit(['--lang', lang, '--format', 'csv']).stdout).toBe(expected(`${name}.${lang}.csv`));
  });

  it(`is chosen by the locale alone (LANG=${locale}), and LC_ALL wins over LANG`, () => {
    expect(audit([], { LANG: locale }).stdout).toBe(expected(`${name}.${lang}.txt`));
    expect(audit([], { LANG: locale, LC_ALL: 'C' }).stdout).toBe(expected(`${name}.txt`));
    expect(audit([], { LANG: 'en_GB.UTF-8', LC_ALL: locale }).stdout).toBe(expected(`${name}.${lang}.txt`));
  });

  it('keeps the JSON as it is in English: the same fields, codes and numbers', () => {
    const withoutTexts = (json: string) => JSON.parse(json, (key, value) => (key === 'message' || key === 'note' ? undefined : value));
    expect(withoutTexts(audit(['--lang', lang, '--json']).stdout)).toEqual(withoutTexts(expected(`${name}.json`)));
  });

  it('writes a CSV that Excel in that locale opens in columns, every figure the number the JSON holds', () => {
    const report = JSON.parse(expected(`${name}.json`));
    const sheet = readAsExcel(readFileSync(join(ROOT, 'fixtures', 'scenarios', 'expected', `${name}.${lang}.csv`)));
    expect(sheet.heads).toHaveLength(37);
    for (const row of sheet.rows) expect(row).toHaveLength(37);
    const column = (head: string) => {
      const index = sheet.heads.indexOf(head);
      expect(index, head).toBeGreaterThanOrEqual(0);
      return index;
    };
    const heads = lang === 'de'
      ? { orders: 'Bestellungen', revenue: 'Umsatz', refunds: 'Erstattungen', adSpend: 'Werbeausgaben', time: 'Ihre Zeit', other: 'Sonstige Kosten', total: 'Kosten', roi: 'ROI (1 = 100 %)', roas: 'ROAS', perOrder: 'Kosten pro Bestellung', impressions: 'Impressionen', reach: 'Reichweite', clicks: 'Linkklicks', awaiting: 'Noch nicht bezahlter Umsatz', metaValue: 'Wert laut Meta' }
      : { orders: 'Ordrar', revenue: 'Intäkter', refunds: 'Återbetalningar', adSpend: 'Annonskostnad', time: 'Din tid', other: 'Övriga kostnader', total: 'Kostnad', roi: 'ROI (1 = 100 %)', roas: 'ROAS', perOrder: 'Kostnad per order', impressions: 'Visningar', reach: 'Räckvidd', clicks: 'Länkklick', awaiting: 'Obetalda intäkter', metaValue: 'Värde enligt Meta' };
    const figures = (metrics: Row) => ({
      [heads.orders]: metrics.confirmed.orders,
      [heads.revenue]: metrics.confirmed.revenue,
      [heads.refunds]: metrics.confirmed.refunds,
      [heads.adSpend]: metrics.cost.adSpend,
      [heads.time]: metrics.cost.time,
      [heads.other]: metrics.cost.other,
      [heads.total]: metrics.cost.total,
      [heads.roi]: metrics.roi,
      [heads.roas]: metrics.roas,
      [heads.perOrder]: metrics.costPerOrder,
      [heads.impressions]: metrics.vanity.impressions,
      [heads.reach]: metrics.vanity.reach,
      [heads.clicks]: metrics.vanity.linkClicks,
      [heads.awaiting]: metrics.confirmed.awaitingPayment?.revenue ?? null,
      [heads.metaValue]: metrics.claimed.meta.value,
    });
    const read = (row: (string | number | null)[]) => Object.fromEntries(Object.keys(figures(report.totals)).map((head) => [head, row[column(head)]]));
    // Rows: social media, the blended totals, each channel, each campaign (in the JSON's order).
    const [, total, ...rest] = sheet.rows;
    expect(read(total!)).toEqual(figures(report.totals));
    report.channels.forEach((channel: Row, index: number) => expect(read(rest[index]!), channel.channel).toEqual(figures(channel)));
    report.campaigns.forEach((campaign: Row, index: number) => {
      const row = rest[report.channels.length + index]!;
      expect(row[column(lang === 'de' ? 'Name' : 'Namn')]).toBe(campaign.campaign);
      expect(read(row), campaign.campaign).toEqual(figures(campaign));
    });
  });
});

describe('the German and Swedish figures, as worked out from the fixtures', () => {
  it('writes amounts in sentences with the currency as the reader does, dates as the reader does', () => {
    // Prose is wrapped at 80 columns: read it with the line breaks (and their indent) as spaces. Intl
    // keeps a number and its sign together with a no-break space (U+00A0), as typesetting does.
    const flat = (text: string) => text.replace(/\n */g, ' ');
    const de = flat(expected('baeckerei-de.de.txt'));
    // baeckerei-de.WORKED.md: 12 orders worth 1,313.40 EUR no campaign or social channel brought; 2 orders (54.60) await payment.
    expect(de).toContain('auch die 12 Bestellungen über 1.313,40\u00a0€, die keine Kampagne');
    expect(de).toContain('2 Bestellungen (54,60\u00a0€) sind noch nicht bezahlt');
    expect(de).toContain('Noch nicht bezahlt nach Kanal: unbekannt 2 (54,60\u00a0€).');
    expect(de).toContain('Kein Vergleich: Die Dateien decken den vorigen Zeitraum, 01.09.2026 bis 30.09.2026, nicht ab.');
    expect(de).toContain('smroi audit · 01.10.2026 bis 31.10.2026 (Europe/Berlin) · Beträge in EUR');
    expect(de).toMatch(/│ Social Media +│ +6 │ 3\.833,30 │ 732,00 │ 240\u00a0% │ 18,25 │/);
    expect(de).toContain('│ unbekannt     │           10 │ 1.233,90 │');
    const sv = flat(expected('kafferosteri-sv.sv.txt'));
    // kafferosteri-sv.WORKED.md: 6 orders worth 6,566.50 SEK outside social media; ROI −14 %; 1 EUR = 11.5 SEK.
    expect(sv).toContain('även de 6 ordrar på 6\u00a0566,50\u00a0kr som ingen kampanj');
    expect(sv).toContain('Ordrar som inte räknas: 2 avbrutna, 1 misslyckad eller makulerad.');
    expect(sv).toMatch(/│ All försäljning \(totalt\) │ +17 │ 10\u00a0917,80 │ 8\u00a0929,00 │ −14\u00a0% │ 4,83 │/);
    expect(sv).toContain('- 1 EUR = 11,5 SEK från 2026-09-01');
    expect(sv).toContain('│ okänd           │      4 │  3\u00a0442,00 │');
  });
});

describe('the language from the config, and the CSV dialect chosen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-lang-'));
  cpSync(join(ROOT, 'fixtures', 'scenarios', 'kafferosteri-sv'), dir, { recursive: true });
  const configPath = join(dir, 'smroi.config.json');
  writeFileSync(configPath, JSON.stringify({ ...JSON.parse(readFileSync(configPath, 'utf8')), language: 'sv' }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows "language" in the config over the locale, and --lang over both', () => {
    const swedish = runCli(['audit', dir, '--month', '2026-09'], { LANG: 'de_DE.UTF-8' });
    expect(swedish.stdout).toBe(expected('kafferosteri-sv.sv.txt'));
    expect(runCli(['audit', dir, '--month', '2026-09', '--lang', 'en']).stdout).toBe(expected('kafferosteri-sv.txt'));
  });

  it('writes German heads in rfc4180 when asked, and Excel\'s layout with English heads', () => {
    const rfc = runCli(['audit', 'fixtures/scenarios/baeckerei-de', '--month', '2026-10', '--lang', 'de', '--format', 'csv', '--csv-dialect', 'rfc4180']).stdout;
    expect(rfc.startsWith('Art,Name,Von,Bis,Währung,')).toBe(true);
    expect(rfc).not.toContain('\r');
    expect(rfc).toContain(',5146.7,59,3.5702,');
    const excel = runCli(['audit', 'fixtures/scenarios/baeckerei-de', '--month', '2026-10', '--format', 'csv', '--csv-dialect', 'excel-de']).stdout;
    expect(excel.startsWith('\ufeffrow;name;from;to;currency;')).toBe(true);
    expect(excel).toContain('\r\ntotal;All sales (blended);2026-10-01;2026-10-31;EUR;;;;210;420;102;732;18;5146,7;59;3,5702;');
  });

  it('rejects a dialect it does not know, with exit 2', () => {
    const run = runCli(['audit', 'fixtures/scenarios/baeckerei-de', '--format', 'csv', '--csv-dialect', 'excel-fr']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('excel-fr');
  });
});

describe('smroi evidence --lang', () => {
  it('writes the evidence in German, dates and amounts as a German reader writes them', () => {
    const run = runCli(['evidence', 'fixtures/scenarios/baeckerei-de', '--month', '2026-10', '--lang', 'de']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const flat = run.stdout.replace(/\n */g, ' ');
    expect(lines[0]).toBe('smroi evidence · 01.10.2026 bis 31.10.2026 (Europe/Berlin) · Beträge in EUR');
    expect(lines[2]).toBe('Nachweis: Hat sich der Umsatz mit der Werbung bewegt?');
    // The same verdicts as the report's evidence section (baeckerei-de.de.txt).
    expect(flat).toContain('- Kampagne frühstücksbox-büro (07.10.2026 bis 14.10.2026, 75,00\u00a0€ Werbung): zu wenig Daten: 6 Tage mit Verkäufen davor;');
    expect(runCli(['evidence', 'fixtures/scenarios/baeckerei-de', '--month', '2026-10'], { LANG: 'sv_SE.UTF-8' }).stdout).toContain('Belägg: följde försäljningen annonserna?');
  });

  it('says why there is nothing to judge in the reader\'s language (a ledger, no ad export)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-evidence-'));
    try {
      writeFileSync(join(dir, 'ledger.csv'), 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code\n2026-09-01,X-1,10.00,EUR,paid,,fb,paid,herbst,\n');
      const text = (lang: string) => runCli(['evidence', dir, '--lang', lang]).stdout.replace(/\n */g, ' ');
      expect(text('en')).toContain('- Nothing to judge: no ad spend or reach by day in the period.');
      expect(text('de')).toContain('- Nichts zu beurteilen: keine Werbeausgaben oder Reichweite nach Tagen im Zeitraum.');
      expect(text('sv')).toContain('- Inget att bedöma: ingen annonskostnad eller räckvidd per dag under perioden.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
