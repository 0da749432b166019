// The HTML report (--format html) of every bundled scenario, opened from file:// in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core; never a downloaded browser): the
// headline figures read in the page equal the JSON's, every chart drew marks, nothing but the page
// itself was requested, no console error and no page error, the page fits a phone's width (tables
// scroll inside their box), and a screenshot at 390 and 1280 px is kept in
// test-artifacts/screenshots/ (gitignored) to be looked at. One browser for the file, a page per
// scenario. Without /usr/bin/chromium the tests are skipped, saying so (.ci/run installs it).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { Report } from '../../src/report.js';
import { formatCount, formatMoney, formatPercent, formatRatio } from '../../src/render/format.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`html-browser.test.ts: ${CHROMIUM} not found, the browser tests are skipped (apt-get install chromium).`);

/** The scenarios with the arguments update-goldens.sh gives them; the others over the days their inputs cover. */
const ARGS: Record<string, string[]> = {
  'cafe-week': ['--from', '2026-09-01', '--to', '2026-09-07'],
  'cafe-month': ['--from', '2026-09-01', '--to', '2026-10-15'],
  'baeckerei-de': ['--month', '2026-10'],
  'kafferosteri-sv': ['--month', '2026-09'],
  'mapped-till': ['--map', 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR'],
};
const SCENARIOS = readdirSync(join(ROOT, 'fixtures', 'scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'expected')
  .map((entry) => entry.name);
const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');

let context: BrowserContext;
let work: string;
let profile: string;
/** Each scenario's HTML file and JSON report, rendered before the browser starts, three CLI runs at a time. */
const rendered = new Map<string, Promise<{ file: string; report: Report }>>();

beforeAll(async () => {
  if (!available) return;
  work = mkdtempSync(join(tmpdir(), 'smroi-html-'));
  profile = mkdtempSync(join(tmpdir(), 'smroi-chromium-'));
  mkdirSync(SHOTS, { recursive: true });
  const queue = SCENARIOS.map((name) => () => renderAsync(name, ARGS[name] ?? []));
  const runners = Array.from({ length: 3 }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  });
  const { chromium } = await import('playwright-core');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  await Promise.all(runners);
}, 120_000);

afterAll(async () => {
  await context?.close();
  for (const dir of [work, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes the scenario's HTML with the built CLI (-o), and returns it with the JSON of the same run. */
function render(name: string, args: string[], extra: string[] = []): { file: string; report: Report } {
  const file = join(work, `${name}.html`);
  const html = runCli(['audit', `fixtures/scenarios/${name}`, ...args, ...extra, '--format', 'html', '-o', file]);
  expect([0, 4], html.stderr).toContain(html.status);
  const json = runCli(['audit', `fixtures/scenarios/${name}`, ...args, ...extra, '--json']);
  return { file, report: JSON.parse(json.stdout) as Report };
}

const execute = promisify(execFile);

/** The same as render(), run asynchronously (so that several scenarios render at once); kept in `rendered`. */
function renderAsync(name: string, args: string[]): Promise<void> {
  const file = join(work, `${name}.html`);
  const cli = (more: string[]) =>
    execute(process.execPath, [join(ROOT, 'bin', 'smroi.js'), 'audit', `fixtures/scenarios/${name}`, ...args, ...more], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { code?: number; stdout?: string }) => {
      // Exit 4 (some file unreadable) still writes the report.
      if (error.code === 4) return { stdout: error.stdout ?? '' };
      throw error;
    });
  const done = Promise.all([cli(['--format', 'html', '-o', file]), cli(['--json'])]).then(([, json]) => ({ file, report: JSON.parse(json.stdout) as Report }));
  rendered.set(name, done);
  return done.then(() => undefined);
}

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(file: string, width: number): Promise<Visit> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const visit: Visit = { page, requests: [], problems: [] };
  page.on('request', (request) => visit.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') visit.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.problems.push(`page error: ${error.message}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return visit;
}

/** The rows of the table under the section heading `title`, as the reader sees their cells. */
async function tableUnder(page: Page, title: string): Promise<string[][]> {
  return page.$$eval(
    'section',
    (sections, heading) => {
      const section = sections.find((entry) => entry.querySelector('h2')?.textContent === heading);
      return [...(section?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim()));
    },
    title,
  );
}

/** Per chart: its label and how many marks (rect, path, circle) it drew with a visible size. */
async function chartMarks(page: Page): Promise<{ label: string; marks: number }[]> {
  return page.$$eval('svg.chart', (charts) =>
    charts.map((chart) => ({
      label: chart.getAttribute('aria-label') ?? '',
      marks: [...chart.querySelectorAll('rect, path, circle')].filter((mark) => {
        const box = mark.getBoundingClientRect();
        return box.width > 0 || box.height > 0;
      }).length,
    })),
  );
}

const orDash = <T>(value: T | null, format: (value: T) => string) => (value === null ? '–' : format(value));

describe.skipIf(!available)('the HTML report in Chromium', () => {
  it.each(SCENARIOS)('%s: headline as in the JSON, charts drawn, no request, no error, screenshots', async (name) => {
    const { file, report } = await rendered.get(name)!;
    const visit = await open(file, 1280);
    const { page } = visit;
    try {
      // The headline table: Social media, then All sales (blended), each cell as the JSON has it.
      const totals = report.totals;
      const credited = totals.attributed!;
      const rows = await tableUnder(page, 'Social media: what it returned');
      expect(rows).toEqual([
        ['Social media', orDash(credited.orders, formatCount), orDash(credited.revenue, formatMoney), formatMoney(totals.cost.total), orDash(credited.roi, formatPercent), orDash(credited.roas, formatRatio), orDash(credited.costPerOrder, formatMoney)],
        ['All sales (blended)', orDash(totals.confirmed.orders, formatCount), orDash(totals.confirmed.revenue, formatMoney), formatMoney(totals.cost.total), orDash(totals.roi, formatPercent), orDash(totals.roas, formatRatio), orDash(totals.costPerOrder, formatMoney)],
      ]);
      // The campaign table: name, orders, revenue, cost and ROI of each campaign as in the JSON.
      const campaigns = await tableUnder(page, 'Campaigns');
      expect(campaigns.map((row) => row.slice(0, 5))).toEqual(
        report.campaigns.map((campaign) => [campaign.campaign, orDash(campaign.confirmed.orders, formatCount), orDash(campaign.confirmed.revenue, formatMoney), formatMoney(campaign.cost.total), orDash(campaign.roi, formatPercent)]),
      );
      const text = await page.innerText('body');
      if (report.warnings.length) expect(text).toContain(`Warnings (${report.warnings.length})`);

      const charts = await chartMarks(page);
      // The timeline of all channels, the ROI per campaign (when there are campaigns), a funnel per platform that claims.
      expect(charts.length).toBeGreaterThanOrEqual(1 + (report.campaigns.length ? 1 : 0));
      for (const chart of charts) expect(chart.marks, chart.label).toBeGreaterThan(0);

      await page.screenshot({ path: join(SHOTS, `${name}-1280.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      // At a phone's width nothing sticks out of the page: wide tables scroll in their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: true });

      expect(visit.requests).toEqual([pathToFileURL(file).href]);
      expect(visit.problems).toEqual([]);
      expect(await page.$$eval('script, img, link, iframe, object', (found) => found.length)).toBe(0);
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    } finally {
      await page.close();
    }
  });

  it('cafe-month --by week --lang de: a week per bucket in the timeline and the tables, in German', async () => {
    const { file, report } = render('cafe-month', ARGS['cafe-month']!, ['--by', 'week', '--lang', 'de']);
    const visit = await open(file, 1280);
    try {
      const text = await visit.page.innerText('body');
      expect(text).toContain('Pro Woche: Werbeausgaben, Aufmerksamkeit und bestätigte Verkäufe im Zeitverlauf');
      // 1 September (a Tuesday) to 15 October: 7 weeks, the first and last clipped.
      expect(report.series!.totals.buckets.length).toBe(7);
      const weeks = await tableUnder(visit.page, 'Nach Woche: alle Kanäle');
      expect(weeks.map((row) => row[0])).toEqual(report.series!.totals.buckets.map((bucket) => `${german(bucket.from)} – ${german(bucket.to)}`));
      // The timeline's ad spend lane: one hatched bar per week with spend.
      const bars = await visit.page.$$eval('svg.chart', (charts) => charts[0]!.querySelectorAll('rect.mark-hatch').length);
      expect(bars).toBe(report.series!.totals.buckets.filter((bucket) => (bucket.cost.adSpend ?? 0) > 0).length);
      expect(visit.problems).toEqual([]);
    } finally {
      await visit.page.close();
    }
  });

  it('cafe-week printed: the print style shows tables whole (no scroll box) and keeps each chart on one page', async () => {
    const { file } = await rendered.get('cafe-week')!;
    const visit = await open(file, 1280);
    try {
      await visit.page.emulateMedia({ media: 'print' });
      expect(await visit.page.$eval('.table-wrap', (box) => getComputedStyle(box).overflowX)).toBe('visible');
      expect(await visit.page.$eval('.figure', (box) => getComputedStyle(box).breakInside)).toBe('avoid');
      // Black text on white paper.
      expect(await visit.page.$eval('body', (body) => getComputedStyle(body).color)).toBe('rgb(0, 0, 0)');
      expect(visit.problems).toEqual([]);
    } finally {
      await visit.page.close();
    }
  });

  it('cafe-month with --history: the trend chart draws the kept months', async () => {
    const history = join(work, 'history');
    runCli(['audit', 'fixtures/scenarios/cafe-month', '--month', '2026-09', '--history', history, '--json']);
    const { file } = render('cafe-month', ['--month', '2026-10'], ['--history', history]);
    const visit = await open(file, 1280);
    try {
      const trend = await visit.page.$$eval('svg.chart', (charts) => {
        const chart = charts.find((entry) => entry.getAttribute('aria-label')?.startsWith('Trend'));
        return chart ? { points: chart.querySelectorAll('circle').length, text: chart.textContent ?? '' } : null;
      });
      // Two months, five figures each (three money lines, two ROI lines), each known month a point.
      expect(trend).not.toBeNull();
      expect(trend!.points).toBeGreaterThanOrEqual(2 * 3);
      expect(trend!.text).toContain('2026-09');
      expect(trend!.text).toContain('2026-10');
      expect(visit.problems).toEqual([]);
    } finally {
      await visit.page.close();
    }
  });
});

function german(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

