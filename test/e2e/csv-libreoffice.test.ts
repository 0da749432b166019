// The German and Swedish CSV reports opened by a real spreadsheet: LibreOffice Calc, headless, with
// the de-DE and sv-SE locale for the import (the language token of the CSV filter decides how "0,5"
// and "2026-10-01" are read) and ";" as the separator (the list separator of both locales, which
// Excel there splits on by itself). The result is saved as flat OpenDocument XML and read back: every
// figure must be a number cell holding the JSON's value, every text cell intact (umlauts, å ä ö).
// Skips, saying so, where soffice is not installed (Debian: apt-get install -y libreoffice-calc-nogui).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) console.warn('test/e2e/csv-libreoffice.test.ts skipped: soffice (LibreOffice) is not installed; on Debian: apt-get install -y libreoffice-calc-nogui');

type Cell = string | number | null;

/** Rows of the first sheet of a flat ODS file: numbers for float cells, text for the others, null for empty ones. */
export function readFods(xml: string, width: number): Cell[][] {
  const table = xml.slice(xml.indexOf('<table:table '), xml.indexOf('</table:table>'));
  const rows: Cell[][] = [];
  for (const [, rowXml] of table.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const row: Cell[] = [];
    for (const [, attributes, body] of rowXml!.matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes!)?.[1] ?? 1);
      const type = /office:value-type="([^"]+)"/.exec(attributes!)?.[1];
      const value: Cell =
        type === 'float' || type === 'percentage' || type === 'currency'
          ? Number(/office:value="([^"]+)"/.exec(attributes!)![1])
          : type === undefined
            ? null
            : decode([...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((match) => match[1]).join('\n'));
      for (let index = 0; index < Math.min(repeat, width); index++) row.push(value);
    }
    rows.push([...row, ...Array<Cell>(width).fill(null)].slice(0, width));
  }
  // A sheet ends with rows repeated empty to its last line: they are no rows of the CSV.
  while (rows.length && rows.at(-1)!.every((cell) => cell === null)) rows.pop();
  return rows;
}

function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const CASES = [
  { name: 'baeckerei-de', lang: 'de', locale: 'de-DE', languageId: 1031, heads: ['Art', 'Name', 'Von', 'Bis', 'Währung', 'Bewertung', 'Kanäle'], campaign: 'frühstücksbox-büro' },
  { name: 'kafferosteri-sv', lang: 'sv', locale: 'sv-SE', languageId: 1053, heads: ['Typ', 'Namn', 'Från', 'Till', 'Valuta', 'Bedömning', 'Kanaler'], campaign: 'höstkampanj-2026' },
] as const;

describe.skipIf(!soffice).each(CASES)('LibreOffice Calc ($locale) opens the $name CSV in columns', ({ name, lang, languageId, heads, campaign }) => {
  const work = mkdtempSync(join(tmpdir(), 'smroi-soffice-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reads every figure as the number the JSON holds, and every text intact', () => {
    const csv = join(ROOT, 'fixtures', 'scenarios', 'expected', `${name}.${lang}.csv`);
    // Separator 59 (;), text delimiter 34 ("), character set 76 (UTF-8), from line 1, the locale's language id.
    const run = spawnSync(
      soffice!,
      [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', `--infilter=CSV:59,34,76,1,,${languageId}`, '--convert-to', 'fods', '--outdir', work, csv],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const sheet = readFods(readFileSync(join(work, `${name}.${lang}.fods`), 'utf8'), 37);
    const report = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'scenarios', 'expected', `${name}.json`), 'utf8'));
    const csvLines = readFileSync(csv, 'utf8').split('\r\n').filter(Boolean);
    expect(sheet).toHaveLength(csvLines.length);
    expect(sheet[0]!.slice(0, heads.length)).toEqual(heads);
    // Columns (render/csv.ts): 8 ad spend, 11 total cost, 12 orders, 13 revenue, 14 refunds, 15 ROI, 16 ROAS, 17 cost per order, 18 impressions.
    const figures = (metrics: any) => [metrics.cost.adSpend, metrics.cost.total, metrics.confirmed.orders, metrics.confirmed.revenue, metrics.confirmed.refunds, metrics.roi, metrics.roas, metrics.costPerOrder, metrics.vanity.impressions];
    const read = (row: Cell[]) => [row[8], row[11], row[12], row[13], row[14], row[15], row[16], row[17], row[18]];
    expect(read(sheet[2]!)).toEqual(figures(report.totals));
    report.channels.forEach((channel: any, index: number) => expect(read(sheet[3 + index]!), channel.channel).toEqual(figures(channel)));
    const campaignRow = sheet.find((row) => row[1] === campaign)!;
    expect(campaignRow, campaign).toBeDefined();
    expect(read(campaignRow)).toEqual(figures(report.campaigns.find((entry: any) => entry.campaign === campaign)));
    expect(sheet[2]![4]).toBe(report.currency);
  });
});
