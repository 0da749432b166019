// The parallel read (src/parallel) against the one-pass read: the same report, to the byte of its
// JSON, for random ledgers and for the bundled ledger fixtures grown to many orders, cut at random
// byte offsets into 2 to 5 ranges. Line-item orders straddle the cuts, quoted fields with line
// breaks span them, warnings and errors fall past the first range: wherever the ranges cannot be
// read apart the file is read in one pass, and the test checks both that the parallel read ran
// for most files and that every fallback it reports is one of the documented ones.
// The worker threads run the built code (`npm test` builds first).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit, type AuditOptions } from '../../src/audit.js';
import type { ParallelPlan } from '../../src/parallel/index.js';
import { tokenize } from '../../src/read/csv.js';
import { mulberry32 } from '../helpers/csv-reference.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'smroi-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The reasons src/parallel gives for reading a file in one pass after all. */
const FALLBACKS = new Set(['no line start to cut at', 'one order spans the whole range', 'one order spans the rest of the file', 'a warning past the first range', 'the ranges do not meet', 'InputError', 'RangeFallback', 'a currency cell holds no currency code']);

let folders = 0;
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = join(work, `case-${folders++}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

interface Compared {
  parallel: string;
  plain: string;
  /** What the parallel read said of the file: how many ranges, or why one pass. */
  ran: { file: string; parts: number; fallback: string | null }[];
}

async function compare(dir: string, plan: ParallelPlan, extra: Partial<AuditOptions> = {}): Promise<Compared> {
  const ran: Compared['ran'] = [];
  const base: AuditOptions = { dir, from: '2026-01-01', to: '2026-12-31', env: {}, ...extra };
  const plain = JSON.stringify(await runAudit({ ...base, parallel: null }));
  let total = -1;
  let progress = 0;
  const parallel = JSON.stringify(
    await runAudit({ ...base, parallel: plan, onParallel: (info) => ran.push(info), onReadStart: (bytes) => (total = bytes), onBytes: (count) => (progress += count) }),
  );
  // Progress counts every byte once, whether the ranges were read or the file again in one pass.
  expect(progress).toBe(total);
  for (const { fallback } of ran) if (fallback !== null) expect(FALLBACKS, fallback).toContain(fallback);
  return { parallel, plain, ran };
}

/** 1 to 4 cuts at random byte offsets of a file of `size` bytes. */
function randomCuts(random: () => number, size: number): ParallelPlan {
  const count = 1 + Math.floor(random() * 4);
  const at = Array.from({ length: count }, () => Math.floor(random() * size)).sort((a, b) => a - b);
  return { parts: count + 1, minBytes: 0, at };
}

const CAMPAIGNS = ['Herbst Aktion 2026', 'herbst_aktion_2026', ' HERBST AKTION 2026 ', 'Brunch am Sonntag – Familien', 'spring-sale', 'Spring Sale', '120246849180540612', ''];
const STATUSES = ['paid', 'paid', 'paid', 'bezahlt', 'refunded', 'cancelled', 'storniert', 'unpaid', 'offen', 'pending', 'obetald'];
const SOURCES = [['facebook', 'paid'], ['instagram', 'social'], ['ig', ''], ['google', 'cpc'], ['newsletter', 'email'], ['', '']];

/**
 * A random sales ledger: orders of one to four line items (a continuation may name its own
 * campaign), blank rows, refunds in a column and as rows of their own, statuses that count, wait
 * or leave out, two currencies; comma or semicolon with decimal commas, CRLF or LF, a BOM and a
 * `sep=` line sometimes; `quoted` adds campaign names with a line break inside quotes.
 */
function randomLedger(random: () => number, orders: number, quoted: boolean): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const german = random() < 0.5;
  const d = german ? ';' : ',';
  const eol = random() < 0.5 ? '\r\n' : '\n';
  const money = (value: number) => (german ? value.toFixed(2).replace('.', ',') : value.toFixed(2));
  const cell = (text: string) => (text.includes(d) || text.includes('"') || text.includes('\n') ? `"${text.replaceAll('"', '""')}"` : text);
  const lines: string[] = [];
  if (random() < 0.3) lines.push(`sep=${d}`);
  lines.push(['date', 'order_id', 'amount', 'currency', 'status', 'refunded_amount', 'utm_source', 'utm_medium', 'utm_campaign', 'coupon_code', 'customer_email'].join(d));
  let day = 0;
  for (let n = 0; n < orders; n++) {
    if (random() < 0.3) day = Math.min(day + 1, 360);
    const date = new Date(Date.UTC(2026, 0, 1 + day));
    const written = german ? `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.2026` : date.toISOString().slice(0, 10);
    const id = `SO-${100000 + n}`;
    const status = pick(STATUSES);
    const [source, medium] = pick(SOURCES);
    let campaign = pick(CAMPAIGNS);
    if (quoted && random() < 0.15) campaign = `Winter\nAktion ${n % 3}`;
    const currency = random() < 0.9 ? 'EUR' : 'eur';
    const items = random() < 0.7 ? 1 : 2 + Math.floor(random() * 3);
    for (let item = 0; item < items; item++) {
      const amount = Math.round(random() * 20000) / 100;
      const refund = status === 'refunded' && item === 0 ? money(amount / 2) : random() < 0.05 ? money(Math.min(amount, 5)) : '';
      const ownCampaign = item > 0 && random() < 0.2 ? pick(CAMPAIGNS) : item > 0 ? '' : campaign;
      lines.push([written, id, money(amount), currency, status, refund, item === 0 ? source : '', item === 0 ? medium : '', cell(ownCampaign), random() < 0.05 ? 'HERBST10' : '', `kunde${n}@example.com`].join(d));
    }
    if (random() < 0.03) lines.push([written, id, money(-Math.round(random() * 3000) / 100), currency, 'refunded', '', '', '', '', '', ''].join(d));
    if (random() < 0.02) lines.push('');
  }
  const text = lines.join(eol) + eol;
  return random() < 0.3 ? '\uFEFF' + text : text;
}

/**
 * A bundled ledger fixture grown to `copies` times its orders: its header as written, then its data
 * rows again and again, each copy's order references (and Shopify `Id`s) made its own, written back
 * with the file's delimiter and line ending, quoting what needs it.
 */
function grown(path: string, copies: number, references: (header: string[]) => number[]): string {
  const raw = readFileSync(path);
  const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = text.split('\n')[0]!.includes(';') ? ';' : ',';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const rows = tokenize(text, delimiter).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = rows[0]!.cells;
  const refs = references(header);
  const cell = (value: string) => (/[",\n;\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const out = [header.map(cell).join(delimiter)];
  for (let copy = 0; copy < copies; copy++) {
    for (const row of rows.slice(1)) {
      const cells = row.cells.slice();
      for (const index of refs) if (cells[index]) cells[index] = `${cells[index]}-${copy}`;
      out.push(cells.map(cell).join(delimiter));
    }
  }
  return (bom ? '\uFEFF' : '') + out.join(eol) + eol;
}

describe('the parallel read against the one-pass read', () => {
  it('gives the same report for random ledgers cut at random byte offsets', async () => {
    const random = mulberry32(0x14a11e1);
    let parallelRuns = 0;
    let fallbacks = 0;
    for (let n = 0; n < 24; n++) {
      const text = randomLedger(random, 150 + Math.floor(random() * 600), n % 3 === 2);
      const bytes = Buffer.from(text, 'utf8');
      const dir = folderWith({ 'orders.csv': bytes });
      const { parallel, plain, ran } = await compare(dir, randomCuts(random, bytes.length), n % 4 === 1 ? { paidOnly: true } : {});
      expect(parallel, `case ${n}`).toBe(plain);
      expect(ran).toHaveLength(1);
      if (ran[0]!.fallback === null) parallelRuns++;
      else fallbacks++;
    }
    // Cuts between orders, inside an order's line items and inside quoted campaign names with a line
    // break (every third file) are all read apart.
    expect(parallelRuns).toBeGreaterThanOrEqual(20);
    expect(parallelRuns + fallbacks).toBe(24);
  });

  // Fixtures that warn on a row of every copy (a refund over the order's total, a tax cell that is no
  // amount) are read in one pass: the one-pass read warns once, with the line, where ranges would not.
  const WARNS = 'a warning past the first range';
  it.each([
    ['generic-ledger/de.csv', ['Bestellnummer'], null],
    ['generic-ledger/en.csv', ['order_id'], null],
    ['generic-ledger/sv.csv', ['Ordernummer', 'Ordernr', 'Kvittonummer'], null],
    ['generic-ledger/extra-tax-mwst.csv', ['Bestellnummer', 'order_id', 'Rechnungsnummer'], WARNS],
    ['shopify-orders/orders-2026-79col.csv', ['Name', 'Id'], null],
    ['shopify-orders/orders-2024-75col.csv', ['Name', 'Id'], WARNS],
    ['shopify-orders/extra-statuses-and-utm.csv', ['Name', 'Id'], WARNS],
    ['shopify-orders/extra-tiktok-shop-source.csv', ['Name', 'Id'], null],
    ['shopify-orders/extra-de-excel-resave.csv', ['Name', 'Id'], null],
    ['woocommerce-orders/advanced-order-export.csv', ['Order Number', 'order_number'], null],
    ['woocommerce-orders/webtoffee-attribution.csv', ['order_number', 'order_id'], null],
  ] as const)('gives the same report for %s grown to many orders, cut at random offsets', async (fixture, names, fallback) => {
    const random = mulberry32(fixture.length * 7919);
    const text = grown(join(FIXTURES, fixture), 60, (header) => names.map((name) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase())).filter((i) => i >= 0));
    const bytes = Buffer.from(text, 'utf8');
    const dir = folderWith({ [fixture.split('/')[1]!]: bytes });
    const said = new Set<string | null>();
    for (let n = 0; n < 4; n++) {
      const { parallel, plain, ran } = await compare(dir, randomCuts(random, bytes.length));
      expect(parallel, `cut set ${n}`).toBe(plain);
      said.add(ran[0]!.fallback);
    }
    expect([...said]).toEqual([fallback]);
  });
});

describe('where the ranges meet', () => {
  const header = 'date,order_id,amount,currency,status,utm_campaign\n';
  const order = (n: number, items: number, campaign = 'Herbst Aktion') =>
    Array.from({ length: items }, (_, i) => `2026-03-${String(1 + (n % 28)).padStart(2, '0')},SO-${n},${(10 + n + i).toFixed(2)},EUR,paid,${i === 0 ? campaign : ''}\n`).join('');

  it('reads an order whose line items straddle a cut once, in one range', async () => {
    const before = header + Array.from({ length: 50 }, (_, n) => order(n, 1)).join('');
    const text = before + order(50, 6, 'Spring Sale') + Array.from({ length: 50 }, (_, n) => order(51 + n, 2)).join('');
    // The cut falls after the order's second line item.
    const cut = before.length + order(50, 2).length - 1;
    const { parallel, plain, ran } = await compare(folderWith({ 'orders.csv': text }), { parts: 2, minBytes: 0, at: [cut] });
    expect(ran).toEqual([{ file: 'orders.csv', parts: 2, fallback: null }]);
    expect(parallel).toBe(plain);
    const report = JSON.parse(parallel) as { totals: { confirmed: { orders: number } } };
    expect(report.totals.confirmed.orders).toBe(101);
  });

  it('reads a file cut inside a quoted field with line breaks: the range after it begins at the next order', async () => {
    const before = header + Array.from({ length: 30 }, (_, n) => order(n, 1)).join('');
    const quoted = `2026-03-05,SO-900,12.00,EUR,paid,"Winter\nAktion, drei\nZeilen"\n`;
    const text = before + quoted + Array.from({ length: 30 }, (_, n) => order(31 + n, 1)).join('');
    // Cut after the quoted field's first line break: the next range starts with `Aktion, drei`.
    const cut = before.length + quoted.indexOf('\n') - 1;
    const { parallel, plain, ran } = await compare(folderWith({ 'orders.csv': text }), { parts: 2, minBytes: 0, at: [cut] });
    expect(ran).toEqual([{ file: 'orders.csv', parts: 2, fallback: null }]);
    expect(parallel).toBe(plain);
    const report = JSON.parse(parallel) as { totals: { confirmed: { orders: number } }; campaigns: { name: string }[] };
    expect(report.totals.confirmed.orders).toBe(61);
  });

  it('reads in one pass when a warning falls past the first range, and warns once, with its line', async () => {
    // Order SO-45 (line 47) says more was refunded than it cost.
    const rows = Array.from({ length: 60 }, (_, n) => `2026-03-${String(1 + (n % 28)).padStart(2, '0')},SO-${n},10.00,EUR,paid,${n === 45 ? '25.00' : ''},Herbst Aktion\n`);
    const text = 'date,order_id,amount,currency,status,refunded_amount,utm_campaign\n' + rows.join('');
    const { parallel, plain, ran } = await compare(folderWith({ 'orders.csv': text }), { parts: 2, minBytes: 0, at: [Math.floor(text.length / 3)] });
    expect(ran[0]!.fallback).toBe('a warning past the first range');
    expect(parallel).toBe(plain);
    const report = JSON.parse(parallel) as { warnings: { code: string; line?: number }[] };
    expect(report.warnings.filter((w) => w.code === 'REFUND_EXCEEDS_TOTAL')).toMatchObject([{ line: 47 }]);
  });

  it('reads in one pass when a bad row falls past the first range: the file is listed with its line, as always', async () => {
    const rows = Array.from({ length: 60 }, (_, n) => order(n, 1));
    rows[50] = '2026-03-20,SO-50,,EUR,paid,Herbst Aktion\n';
    const text = header + rows.join('');
    // Another shop's export keeps the audit going (with no data left it would end).
    const dir = folderWith({ 'orders.csv': text, 'shopify.csv': readFileSync(join(FIXTURES, 'shopify-orders', 'orders-2026-79col.csv')) });
    const { parallel, plain, ran } = await compare(dir, { parts: 2, minBytes: 0, at: [Math.floor(text.length / 2)] });
    expect(ran.find((r) => r.file === 'orders.csv')!.fallback).toBe('InputError');
    expect(parallel).toBe(plain);
    const report = JSON.parse(parallel) as { skipped: { file: string; line?: number }[] };
    expect(report.skipped).toMatchObject([{ file: 'orders.csv', line: 52 }]);
  });

  it('keeps to one pass below the size and for a file of one range', async () => {
    const text = header + Array.from({ length: 40 }, (_, n) => order(n, 1)).join('');
    const small = await compare(folderWith({ 'orders.csv': text }), { parts: 2, minBytes: text.length + 1 });
    expect(small.ran).toEqual([]);
    // A cut past the last line break leaves one range.
    const one = await compare(folderWith({ 'orders.csv': text }), { parts: 2, minBytes: 0, at: [text.length - 2] });
    expect(one.ran).toEqual([{ file: 'orders.csv', parts: 1, fallback: 'no line start to cut at' }]);
    expect(one.parallel).toBe(one.plain);
  });
});
