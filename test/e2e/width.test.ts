// The report fits the terminal, and the scheduled (Markdown) report is the whole report: every
// bundled scenario through the built CLI at 80 and 100 columns (COLUMNS), on a terminal of another
// width, and as Markdown compared with the terminal report section by section.
import { mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SCENARIOS: [string, string[]][] = [
  ['cafe-week', ['--from', '2026-09-01', '--to', '2026-09-07']],
  ['cafe-month', ['--from', '2026-09-01', '--to', '2026-10-15']],
  ['kafferosteri-sv', ['--month', '2026-09']],
  ['baeckerei-de', ['--month', '2026-10']],
  ['bistro-quarter', ['--month', '2026-10']],
  ['mapped-till', ['--map', 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR']],
];

// bistro-quarter with the trend of three kept months: the one section only --history adds.
const history = join(mkdtempSync(join(tmpdir(), 'smroi-width-')), 'history');
const WITH_TREND: [string, string[]] = ['bistro-quarter', ['--month', '2026-10', '--history', history]];
beforeAll(() => {
  for (const month of ['2026-08', '2026-09']) runCli(['audit', 'fixtures/scenarios/bistro-quarter', '--month', month, '--history', history, '--quiet']);
});

function audit([name, args]: [string, string[]], extra: string[] = [], env: Record<string, string> = {}): string {
  const run = runCli(['audit', `fixtures/scenarios/${name}`, ...args, ...extra], env);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const width = (line: string) => [...line].length;
const widest = (text: string) => Math.max(...text.split('\n').map(width));
/** The figures of a text: amounts, counts, percentages, dates, as they are written. */
const figures = (text: string) => new Set(text.match(/\d[\d,.:-]*\d|\d/g) ?? []);

/** The terminal report's sections: blank-line separated, the first line the title (the header dropped). */
function terminalSections(text: string): Map<string, string> {
  const chunks = text.trimEnd().split('\n\n').slice(1);
  return new Map(chunks.map((chunk) => [chunk.split('\n')[0]!, chunk]));
}

/** The Markdown report's sections: "## title" to the next one; titles unescaped. */
function markdownSections(text: string): Map<string, string> {
  const chunks = text.split(/^## /m).slice(1);
  const unescape = (title: string) => title.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return new Map(chunks.map((chunk) => [unescape(chunk.split('\n')[0]!), chunk]));
}

describe('the terminal report fits the width', () => {
  for (const scenario of [...SCENARIOS, WITH_TREND]) {
    const label = scenario === WITH_TREND ? `${scenario[0]} with --history` : scenario[0];
    it(`${label}: no line wider than 80 at COLUMNS=80, nor than 100 at COLUMNS=100; the same figures in both`, () => {
      const narrow = audit(scenario, [], { COLUMNS: '80' });
      const wide = audit(scenario, [], { COLUMNS: '100' });
      expect(widest(narrow)).toBeLessThanOrEqual(80);
      expect(widest(wide)).toBeLessThanOrEqual(100);
      expect(widest(narrow)).toBeGreaterThan(70);
      expect(figures(narrow)).toEqual(figures(wide));
      // Off a terminal and without COLUMNS it is the 80-column report.
      expect(audit(scenario)).toBe(narrow);
    });
  }

  it('uses the room it gets: at 100 columns the Campaigns table of bistro-quarter is one table, at 80 two', () => {
    const tables = (text: string) => terminalSections(text).get('Campaigns')!.split('\n').filter((line) => line.startsWith('┌')).length;
    expect(tables(audit(SCENARIOS[4]!, [], { COLUMNS: '100' }))).toBe(1);
    expect(tables(audit(SCENARIOS[4]!, [], { COLUMNS: '80' }))).toBe(2);
    expect(widest(audit(SCENARIOS[4]!, [], { COLUMNS: '100' }))).toBeGreaterThan(80);
  });

  it('moves the cost breakdown of the money table under it, whole, repeating the row labels', () => {
    const money = terminalSections(audit(SCENARIOS[2]!, [], { COLUMNS: '80' })).get('Money: what sales confirm against what it cost')!;
    const heads = money.split('\n').filter((_, index, lines) => lines[index - 1]?.startsWith('┌'));
    expect(heads).toHaveLength(2);
    expect(heads[0]).toMatch(/│ Orders │ +Revenue │ +Cost │ +ROI │ ROAS │ +Cost per order │$/);
    expect(heads[1]).toMatch(/│ Ad spend │ Your time │ Other costs │$/);
    expect(money.split('\n').filter((line) => line.startsWith('│ instagram '))).toEqual([
      '│ instagram │      4 │  1,327.50 │ 3,869.00 │ -76 % │ 4.43 │         967.25 │',
      '│ instagram │   300.00 │  3,200.00 │      369.00 │',
    ]);
  });

  it('honours the width of a real terminal when COLUMNS is not set', () => {
    if (spawnSync('script', ['--version']).status !== 0) return;
    const bin = join(ROOT, 'bin', 'smroi.js');
    const run = spawnSync('script', ['-qec', `stty cols 60 rows 50; "${process.execPath}" "${bin}" audit fixtures/scenarios/cafe-week --from 2026-09-01 --to 2026-09-07`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', TERM: 'dumb', TZ: 'UTC', NO_COLOR: '1' },
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.replace(/\r/g, '').split('\n');
    expect(lines[0]).toMatch(/^smroi audit · 2026-09-01 to 2026-09-07/);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(60);
    expect(Math.max(...lines.map(width))).toBeGreaterThan(50);
  });
});

describe('the Markdown report is the whole report', () => {
  for (const scenario of [...SCENARIOS, WITH_TREND]) {
    const label = scenario === WITH_TREND ? `${scenario[0]} with --history` : scenario[0];
    it(`${label}: every section of the terminal report, with every figure it shows there; prose within 80 columns`, () => {
      const terminal = terminalSections(audit(scenario, [], { COLUMNS: '80' }));
      const markdownText = audit(scenario, ['--format', 'markdown']);
      const markdown = markdownSections(markdownText);
      expect(terminal.size).toBeGreaterThanOrEqual(scenario[0] === 'mapped-till' ? 4 : 6);
      for (const [title, body] of terminal) {
        expect([...markdown.keys()], `section "${title}"`).toContain(title);
        const inMarkdown = figures(markdown.get(title)!);
        for (const figure of figures(body)) expect(inMarkdown.has(figure), `${figure} of "${title}"`).toBe(true);
      }
      // In the same order; Markdown adds only the input files.
      expect([...markdown.keys()].filter((title) => title !== 'Input files')).toEqual([...terminal.keys()]);
      const prose = markdownText.split('\n').filter((line) => !line.startsWith('|'));
      expect(Math.max(...prose.map(width))).toBeLessThanOrEqual(80);
    });
  }

  it('the economics sections are there for cafe-month', () => {
    const titles = [...markdownSections(audit(SCENARIOS[1]!, ['--format', 'markdown'])).keys()];
    expect(titles).toEqual(
      expect.arrayContaining([
        'Profit: revenue without the VAT your ledgers state, margin 60 %',
        'Claimed by the platforms versus confirmed by your ledger',
        'The plan: targets and budgets against the results',
        'Make or buy: your time against Agentur Beispiel',
        'Exchange rates used',
        'Terms',
      ]),
    );
  });
});

describe('no unexplained abbreviations', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario[0]}: table headings are words; every acronym among them is explained under Terms`, () => {
      const text = audit(scenario, [], { COLUMNS: '80' });
      const lines = text.split('\n');
      const headings: string[] = [];
      lines.forEach((line, index) => {
        if (!line.startsWith('┌')) return;
        for (let row = index + 1; !lines[row]!.startsWith('├'); row++) headings.push(...lines[row]!.split('│').map((cell) => cell.trim()).filter(Boolean));
      });
      expect(headings.length).toBeGreaterThan(10);
      for (const heading of headings) expect(heading, heading).not.toMatch(/\.$/);
      for (const banned of ['Gross pr.', 'BE ROAS', 'Engagem.', 'Impress.', 'Left', 'Per order', 'Meta ×', 'Used']) expect(headings).not.toContain(banned);
      const terms = terminalSections(text).get('Terms')!;
      const acronyms = new Set(headings.flatMap((heading) => heading.match(/\b[A-Z][A-Z0-9]+\b/g) ?? []));
      for (const acronym of acronyms) expect(terms, acronym).toMatch(new RegExp(`(^|\\n)([^\\n:]*\\b)?${acronym}\\b[^\\n:]*:`));
    });
  }
});
