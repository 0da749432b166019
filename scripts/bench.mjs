#!/usr/bin/env node
// Throughput benchmark for `smroi audit DIR --json` against fair peers (npm run bench; issue 14).
//
// Generates data sets into os.tmpdir()/smroi-bench-*/ (reused while they still match what this
// generator writes): generic sales ledgers of N orders plus a year of daily Meta campaign rows, a
// Shopify orders export (line items, 79 columns, quoted addresses), a year of ad-level Meta rows, a
// folder of 500 small files and two overlapping ledger downloads. Each case runs smroi and its peers
// interleaved (smroi, DuckDB, pandas; smroi, DuckDB, pandas; ...), and reports the median wall and
// CPU time, the peak RSS from the OS (GNU time, else /proc), the median of the per-round ratios and
// whether every side computed the same totals. Then the start-up of the small cron case against
// `node -e 0`. It ends with the table README's performance section shows.
//
// Peers, both optional and never installed by this script: DuckDB (@duckdb/node-api, asked the fair
// query of scripts/bench-duckdb.mjs) and pandas (python3, chunked, scripts/bench-pandas.py).
//
//   node scripts/bench.mjs                 every case, 3 rounds each
//   node scripts/bench.mjs --quick         small sizes, 1 round
//   node scripts/bench.mjs --sizes 2e5,1e6 chosen ledger sizes
//   node scripts/bench.mjs --clean         delete every generated data set and exit

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, createWriteStream, existsSync, mkdtempSync, symlinkSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'smroi.js');
const DUCK_SCRIPT = path.join(ROOT, 'scripts', 'bench-duckdb.mjs');
const PANDAS_SCRIPT = path.join(ROOT, 'scripts', 'bench-pandas.py');
/** Bump when the generated data change, so that old data sets are regenerated. */
const GENERATOR_VERSION = 2;
const PREFIX = 'smroi-bench-';
const LEDGER_FILE = 'orders.csv';
const META_FILE = 'meta-ads-daily.csv';

const USAGE = `usage: node scripts/bench.mjs [--quick] [--sizes 1e6,5e6] [--runs N] [--shopify N] [--ads N] [--folder N]
                              [--overlap N] [--no-startup] [--no-duckdb] [--no-pandas] [--duckdb-threads N]
                              [--duckdb-dir DIR] [--timeout SECONDS] [--clean]
  --quick            small sizes (100,000 orders; Shopify 100,000; 100 ads; 50 files; overlap 100,000), 1 round
  --sizes LIST       generic-ledger order counts (default 1e6,5e6)
  --runs N           interleaved rounds per case; medians are reported (default 3, --quick 1)
  --shopify N        orders in the Shopify export case (default 1e6; 0 skips)
  --ads N            ads in the year of ad-level Meta rows (default 500; 0 skips)
  --folder N         files in the folder-of-small-files case (default 500; 0 skips)
  --overlap N        orders per download in the repeated-downloads case (default 1e6; 0 skips):
                     two overlapping ledger downloads (the later one with refunds and cancellations
                     added) against one file holding their distinct orders in their latest state
  --no-startup       skip the start-up case (smroi audit on a bundled scenario against node -e 0)
  --no-duckdb        do not compare with DuckDB
  --no-pandas        do not compare with pandas
  --duckdb-threads N DuckDB worker threads (default: DuckDB's, one per core)
  --duckdb-dir DIR   use @duckdb/node-api installed below DIR (DIR/node_modules) instead of
                     in this repository (default: $SMROI_BENCH_DUCKDB_DIR)
  --timeout S        kill a run after S seconds (default 1800)
  --clean            alone: delete every ${PREFIX}* data set in ${os.tmpdir()} and exit;
                     with other options: delete the data sets used after the run`;

// ---------------------------------------------------------------------------
// Arguments

function parseCli() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        runs: { type: 'string' },
        shopify: { type: 'string' },
        ads: { type: 'string' },
        folder: { type: 'string' },
        'no-startup': { type: 'boolean', default: false },
        'no-duckdb': { type: 'boolean', default: false },
        'no-pandas': { type: 'boolean', default: false },
        'duckdb-threads': { type: 'string' },
        'duckdb-dir': { type: 'string' },
        timeout: { type: 'string', default: '1800' },
        clean: { type: 'boolean', default: false },
        overlap: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positiveInt = (name, text) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 1) {
      console.error(`--${name}: expected a positive whole number, got "${text}"\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  let sizes;
  if (v.quick) sizes = [100_000];
  else if (v.sizes) sizes = v.sizes.split(',').map((s) => positiveInt('sizes', s.trim()));
  else sizes = [1_000_000, 5_000_000];
  const count = (name, full, quick) => (v[name] === undefined ? (v.quick ? quick : full) : v[name] === '0' ? 0 : positiveInt(name, v[name]));
  const given = ['quick', 'sizes', 'shopify', 'ads', 'folder', 'overlap', 'runs'].some((k) => v[k] !== undefined && v[k] !== false);
  return {
    sizes,
    overlap: count('overlap', 1_000_000, 100_000),
    shopify: count('shopify', 1_000_000, 100_000),
    ads: count('ads', 500, 100),
    folder: count('folder', 500, 50),
    startup: !v['no-startup'],
    cleanOnly: v.clean && !given,
    cleanAfter: v.clean,
    runs: v.runs === undefined ? (v.quick ? 1 : 3) : positiveInt('runs', v.runs),
    duckdb: !v['no-duckdb'],
    pandas: !v['no-pandas'],
    duckdbThreads: v['duckdb-threads'] ? positiveInt('duckdb-threads', v['duckdb-threads']) : undefined,
    duckdbDir: v['duckdb-dir'] ?? process.env.SMROI_BENCH_DUCKDB_DIR ?? null,
    timeoutMs: positiveInt('timeout', v.timeout) * 1000,
  };
}

// ---------------------------------------------------------------------------
// Data generation

/** Small, fast, seeded PRNG (mulberry32), so every run writes identical files. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cents as "12.34" without toFixed (faster, and exact). */
function money(cents) {
  const c = cents % 100;
  return `${(cents - c) / 100}.${c < 10 ? '0' : ''}${c}`;
}

function daysOf2026() {
  const out = [];
  for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/**
 * 40 campaigns: 30 run on Meta (in the Meta export, ledger source fb/ig/facebook.com),
 * 5 on Google and 5 by newsletter (ledger only). The Meta export uses one spelling;
 * the ledger uses that and, for most campaigns, other spellings of the same key
 * (case, `_` / `-` / `.` / space), as real UTM tags do.
 */
function campaigns() {
  const meta = [
    'Herbst_Aktion', 'Sommer Sale', 'Brunch am Sonntag – Familien', 'Black Friday', 'Winter.Teaser',
    'Frühling', 'Ostern Special', 'Muttertag', 'Vatertag Grill', 'Back to School',
    'Neukunden Q1', 'Neukunden Q2', 'Neukunden Q3', 'Neukunden Q4', 'Retargeting Warenkorb',
    'Lookalike Käufer', 'Story Gewinnspiel', 'Reels Rezepte', 'Weihnachtsmarkt', 'Adventskalender',
    'Valentinstag', 'Sommerfest', 'Kaffee Abo', 'Geschenkgutschein', 'Mittagstisch',
    'Catering Firmen', 'Hochzeit Torten', 'Kindergeburtstag', 'Brot des Monats', 'Regional Bio',
  ];
  const google = ['Google Marke', 'Google Torten', 'Google Catering', 'Google Brunch', 'Google Lieferung'];
  const mail = ['Newsletter Januar', 'Newsletter Ostern', 'Newsletter Sommer', 'Newsletter Herbst', 'Newsletter Advent'];
  const r = rng(40);
  const list = [];
  const add = (base, kind, i) => {
    const name = i % 4 === 0 ? base : `${base} 2026`;
    const words = name.split(/[\s_.–-]+/u).filter(Boolean);
    const spellings = [name];
    if (i % 3 !== 2) spellings.push(words.join('-').toLowerCase());
    if (i % 3 === 0) spellings.push(words.join('_'));
    if (i % 5 === 1) spellings.push(name.toUpperCase());
    const coupon = `${words[0].normalize('NFKD').replace(/[^A-Za-z]/g, '').toUpperCase().slice(0, 8)}${10 + (i % 3) * 5}`;
    list.push({
      name,
      spellings: [...new Set(spellings)],
      kind,
      id: `1202${String(4_711_000_000 + i * 7_919).padStart(14, '0')}`,
      coupon,
      dailyBudgetCents: 500 + Math.floor(r() * 5500),
      weight: 1 / Math.pow(i + 1, 0.7),
    });
  };
  meta.forEach((b, i) => add(b, 'meta', i));
  google.forEach((b, i) => add(b, 'google', meta.length + i));
  mail.forEach((b, i) => add(b, 'email', meta.length + google.length + i));
  return list;
}

/** A lookup table of 4096 slots for drawing a campaign by weight in O(1). */
function weightedTable(items) {
  const total = items.reduce((s, c) => s + c.weight, 0);
  const table = [];
  let acc = 0;
  for (const c of items) {
    acc += c.weight;
    while (table.length < Math.round((acc / total) * 4096)) table.push(c);
  }
  while (table.length < 4096) table.push(items[items.length - 1]);
  return table;
}

async function writeChunks(file, produce) {
  const ws = createWriteStream(file);
  const write = async (chunk) => {
    if (!ws.write(chunk)) await once(ws, 'drain');
  };
  await produce(write);
  ws.end();
  await finished(ws);
  return statSync(file).size;
}

const SOURCES_META = ['fb', 'fb', 'fb', 'fb', 'ig', 'ig', 'ig', 'facebook.com', 'facebook.com', ''];
const SOURCES_NONE = ['', '', '', '', '', 'fb', 'ig', 'google', 'google', 'newsletter'];
const MEDIUM = { fb: 'paid-social', ig: 'paid-social', 'facebook.com': 'social', google: 'cpc', newsletter: 'email', '': '' };

async function writeLedger(file, n, camps, days) {
  const r = rng(n);
  const table = weightedTable(camps);
  const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code\n';
  const ROWS_PER_CHUNK = 20_000;
  return writeChunks(file, async (write) => {
    let chunk = header;
    let inChunk = 0;
    for (let i = 0; i < n; i++) {
      const date = days[Math.floor((i * days.length) / n)];
      const { amount, status, refunded } = orderState(r);
      let source;
      let campaign = '';
      let coupon = '';
      const a = r();
      if (a < 0.7) {
        const c = table[Math.floor(r() * 4096)];
        campaign = c.spellings[Math.floor(r() * c.spellings.length)];
        const q = r();
        if (c.kind === 'meta') source = SOURCES_META[Math.floor(q * 10)];
        else if (q < 0.1) source = '';
        else source = c.kind === 'google' ? 'google' : 'newsletter';
        if (q > 0.92) coupon = c.coupon;
      } else {
        source = SOURCES_NONE[Math.floor(r() * 10)];
      }
      chunk += `${date},SO-${1_000_000 + i},${amount},EUR,${status},${refunded},${source},${MEDIUM[source]},${campaign},${coupon}\n`;
      if (++inChunk === ROWS_PER_CHUNK) {
        await write(chunk);
        chunk = '';
        inChunk = 0;
      }
    }
    if (chunk) await write(chunk);
  });
}

/**
 * An order's amount and status, two draws of `r`: 1 % cancelled, 3 % refunded in full. Both
 * generators call it, so the single-file and the repeated-downloads data sets share their mix.
 */
function orderState(r) {
  const x = r();
  const cents = 990 + Math.floor(x * x * 40_000);
  const amount = money(cents);
  const s = r();
  if (s < 0.01) return { cents, amount, status: 'cancelled', refunded: '0.00' };
  if (s < 0.04) return { cents, amount, status: 'refunded', refunded: amount };
  return { cents, amount, status: 'paid', refunded: '0.00' };
}

/**
 * The repeated-downloads case: order i of `total` (SO-<1000000 + i>), drawn from its own seed so that
 * two downloads write the same order alike. `latest`: the state of a later download, where some of
 * the orders `changed` holds got a refund or were cancelled since.
 */
function orderRow(i, total, days, table, latest, changed) {
  const r = rng(Math.imul(i + 1, 0x9e3779b1));
  const date = days[Math.floor((i * days.length) / total)];
  let { cents, amount, status, refunded } = orderState(r);
  if (latest && changed(i) && status === 'paid') {
    if (i % 97 === 0) status = 'cancelled';
    else if (i % 25 === 0) {
      status = 'partially_refunded';
      refunded = money(Math.floor(cents / 2));
    }
  }
  let source = SOURCES_NONE[Math.floor(r() * 10)];
  let campaign = '';
  if (r() < 0.7) {
    const c = table[Math.floor(r() * 4096)];
    campaign = c.spellings[Math.floor(r() * c.spellings.length)];
    source = c.kind === 'meta' ? SOURCES_META[Math.floor(r() * 10)] : c.kind === 'google' ? 'google' : 'newsletter';
  }
  return `${date},SO-${1_000_000 + i},${amount},EUR,${status},${refunded},${source},${MEDIUM[source]},${campaign},\n`;
}

async function writeOrders(file, from, to, total, camps, days, latest, changed) {
  const table = weightedTable(camps);
  const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code\n';
  return writeChunks(file, async (write) => {
    let chunk = header;
    for (let i = from; i < to; i++) {
      chunk += orderRow(i, total, days, table, latest, changed);
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    if (chunk) await write(chunk);
  });
}

/**
 * Two downloads of n orders each, the second starting at order n/2 (half of each repeats the other)
 * and written later (so it is the more recent one, as a browser leaves it); and one file holding
 * the 1.5 n distinct orders in their latest state.
 */
async function ensureOverlapData(n) {
  const key = `overlap-${n}`;
  const dirs = { repeated: `${dataDir(key)}-repeated`, union: `${dataDir(key)}-union` };
  const manifest = `${dataDir(key)}.json`;
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.generator === GENERATOR_VERSION && m.orders === n && Object.entries(m.files).every(([f, b]) => statSync(f).size === b)) {
      console.log(`  data: reusing ${dirs.repeated} and ${dirs.union}`);
      return { ...m, dirs };
    }
  } catch {
    // generate below
  }
  for (const dir of Object.values(dirs)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const camps = campaigns();
  const days = daysOf2026();
  const total = n + n / 2;
  const changed = (i) => i >= n / 2 && i < n;
  const t0 = performance.now();
  const files = {};
  const first = path.join(dirs.repeated, 'orders_export_1.csv');
  const second = path.join(dirs.repeated, 'orders_export_1 (1).csv');
  const union = path.join(dirs.union, 'orders_export_1.csv');
  files[first] = await writeOrders(first, 0, n, total, camps, days, false, changed);
  files[second] = await writeOrders(second, n / 2, total, total, camps, days, true, changed);
  files[union] = await writeOrders(union, 0, total, total, camps, days, true, changed);
  // The first download is the older one, whatever the clock did while writing.
  utimesSync(first, new Date(Date.UTC(2027, 0, 2)), new Date(Date.UTC(2027, 0, 2)));
  utimesSync(second, new Date(Date.UTC(2027, 0, 3)), new Date(Date.UTC(2027, 0, 3)));
  for (const dir of Object.values(dirs)) {
    const meta = path.join(dir, META_FILE);
    files[meta] = (await writeMeta(meta, camps, days)).size;
  }
  const m = { generator: GENERATOR_VERSION, orders: n, distinct: total, files };
  writeFileSync(manifest, `${JSON.stringify(m, null, 2)}\n`);
  console.log(`  data: wrote ${dirs.repeated} and ${dirs.union} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { ...m, dirs };
}

function csvQuote(s) {
  return `"${s.replace(/"/g, '""')}"`;
}

async function writeMeta(file, camps, days) {
  const r = rng(7);
  const header =
    '\uFEFF"Reporting starts","Reporting ends","Campaign name","Campaign ID","Amount spent (EUR)",' +
    'Impressions,Reach,"Link clicks",Purchases,"Purchases conversion value"\n';
  let rows = 0;
  const size = await writeChunks(file, async (write) => {
    let chunk = header;
    for (const day of days) {
      for (const c of camps) {
        if (c.kind !== 'meta') continue;
        const spend = Math.floor(c.dailyBudgetCents * (0.7 + 0.6 * r()));
        const impressions = Math.floor((spend / 100) * (80 + 40 * r()));
        const reach = Math.floor(impressions * (0.6 + 0.2 * r()));
        const clicks = Math.floor(impressions * (0.008 + 0.01 * r()));
        const purchases = Math.floor((spend / 2000) * (0.5 + r()));
        const value = purchases * (3000 + Math.floor(4000 * r()));
        chunk += `${day},${day},${csvQuote(c.name)},${c.id},${money(spend)},${impressions},${reach},${clicks},${purchases},${money(value)}\n`;
        rows++;
      }
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    if (chunk) await write(chunk);
  });
  return { size, rows };
}

function dataDir(n) {
  return path.join(os.tmpdir(), `${PREFIX}${n}`);
}

/** Manifest beside the data folder, so that the folder holds nothing but the exports. */
function manifestPath(n) {
  return `${dataDir(n)}.json`;
}

function reusable(n) {
  try {
    const m = JSON.parse(readFileSync(manifestPath(n), 'utf8'));
    if (m.generator !== GENERATOR_VERSION || m.orders !== n) return null;
    for (const [name, bytes] of Object.entries(m.files)) {
      if (statSync(path.join(dataDir(n), name)).size !== bytes) return null;
    }
    const extra = readdirSync(dataDir(n)).filter((f) => !(f in m.files));
    if (extra.length > 0) return null;
    return m;
  } catch {
    return null;
  }
}

async function ensureData(n) {
  const found = reusable(n);
  if (found) {
    console.log(`  data: reusing ${dataDir(n)}`);
    return found;
  }
  const dir = dataDir(n);
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestPath(n), { force: true });
  mkdirSync(dir, { recursive: true });
  const camps = campaigns();
  const days = daysOf2026();
  const t0 = performance.now();
  const ledgerBytes = await writeLedger(path.join(dir, LEDGER_FILE), n, camps, days);
  const meta = await writeMeta(path.join(dir, META_FILE), camps, days);
  const seconds = (performance.now() - t0) / 1000;
  const m = {
    generator: GENERATOR_VERSION,
    orders: n,
    metaRows: meta.rows,
    campaigns: camps.length,
    spellings: camps.reduce((s, c) => s + c.spellings.length, 0),
    files: { [LEDGER_FILE]: ledgerBytes, [META_FILE]: meta.size },
  };
  writeFileSync(manifestPath(n), `${JSON.stringify(m, null, 2)}\n`);
  const mb = (ledgerBytes + meta.size) / 1e6;
  console.log(
    `  data: wrote ${dir} in ${seconds.toFixed(1)} s (${fmtInt(n)} orders, ${fmtInt(meta.rows)} Meta rows, ` +
      `${mb.toFixed(1)} MB, ${(mb / seconds).toFixed(0)} MB/s)`,
  );
  return m;
}

// ---------------------------------------------------------------------------
// Realistic shapes (issue 14): a Shopify export, a year of ad-level Meta rows, a folder of 500 files

/** The 79 columns of a 2026 Shopify orders export (as fixtures/shopify-orders/orders-2026-79col.csv). */
const SHOPIFY_HEADER =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References';
const SHOPIFY_INDEX = Object.fromEntries(SHOPIFY_HEADER.split(',').map((name, i) => [name, i]));
const PRODUCTS = [
  ['Herbstmischung 500 g', 'KL-HM-500', 1490],
  ['Espresso Lindner 1 kg', 'KL-ESP-1000', 2490],
  ['Filterkaffee Äthiopien Sidamo 250 g', 'KL-ETH-250', 990],
  ['Entkoffeiniert "Nachtruhe" 250 g', 'KL-DEC-250', 1090],
  ['Handmühle, Keramik', 'KL-MUEHLE', 4900],
];
const STREETS = ['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Hauptstraße', 'Kirchweg', 'Bahnhofstraße'];
const CITIES = [['München', '80331'], ['Leipzig', '04109'], ['Frankfurt am Main', '60311'], ['Kassel', '34117'], ['Köln', '50667']];

/**
 * A Shopify orders export of n orders: one row per line item (1 to 3, 1.6 on average), the order's
 * fields on its first row; quoted addresses with commas, a quoted payment line; 35 % of the orders
 * carry their UTM tags in a three-line quoted `Note Attributes`. Statuses: 90 % paid, 3 % partially
 * refunded, 3 % refunded, 2 % pending, 1 % voided, 1 % cancelled (`Cancelled at` set). `Created at`
 * in +0000, so that the day is the same whatever the time zone (the bench runs with TZ=UTC too).
 */
async function writeShopify(file, n, camps, days) {
  const r = rng(n + 11);
  const table = weightedTable(camps.filter((c) => c.kind === 'meta'));
  const width = SHOPIFY_HEADER.split(',').length;
  const cells = new Array(width).fill('');
  const I = SHOPIFY_INDEX;
  let rows = 0;
  const size = await writeChunks(file, async (write) => {
    let chunk = `${SHOPIFY_HEADER}\n`;
    for (let i = 0; i < n; i++) {
      const day = days[Math.floor((i * days.length) / n)];
      const secs = Math.floor((i * 86_400 * days.length) / n) % 86_400;
      const time = `${String(Math.floor(secs / 3600)).padStart(2, '0')}:${String(Math.floor(secs / 60) % 60).padStart(2, '0')}:${String(secs % 60).padStart(2, '0')}`;
      const created = `${day} ${time} +0000`;
      const items = 1 + (r() < 0.45 ? 1 : 0) + (r() < 0.15 ? 1 : 0);
      const lines = [];
      let subtotal = 0;
      for (let k = 0; k < items; k++) {
        const p = PRODUCTS[Math.floor(r() * PRODUCTS.length)];
        const qty = 1 + Math.floor(r() * 2);
        subtotal += p[2] * qty;
        lines.push([p, qty]);
      }
      const shipping = subtotal >= 3500 ? 0 : 490;
      const total = subtotal + shipping;
      const taxes = Math.round((total * 7) / 107);
      const s = r();
      let status = 'paid';
      let refunded = 0;
      let cancelled = '';
      if (s < 0.03) {
        status = 'partially_refunded';
        refunded = Math.floor(total / 2);
      } else if (s < 0.06) {
        status = 'refunded';
        refunded = total;
      } else if (s < 0.08) status = 'pending';
      else if (s < 0.09) status = 'voided';
      else if (s < 0.1) {
        status = 'refunded';
        refunded = total;
        cancelled = `${day} 23:59:00 +0000`;
      }
      let note = '';
      if (r() < 0.35) {
        const c = table[Math.floor(r() * 4096)];
        const spelling = c.spellings[Math.floor(r() * c.spellings.length)];
        note = `"UTM source: facebook\nUTM medium: paid\nUTM campaign: ${spelling.replace(/"/g, '""')}"`;
      }
      const [city, zip] = CITIES[Math.floor(r() * CITIES.length)];
      const street = `${STREETS[Math.floor(r() * STREETS.length)]} ${1 + Math.floor(r() * 80)}`;
      const name = `#${100_000 + i}`;
      const email = `kunde${i}@example.com`;
      const person = `Kundin ${i}`;
      const payRef = `p${(i * 2_654_435_761) >>> 0}x${i}`;
      for (let k = 0; k < items; k++) {
        cells.fill('');
        const [p, qty] = lines[k];
        cells[I.Name] = name;
        cells[I.Email] = email;
        cells[I['Created at']] = created;
        cells[I['Lineitem quantity']] = String(qty);
        cells[I['Lineitem name']] = `"${p[0].replace(/"/g, '""')}"`;
        cells[I['Lineitem price']] = money(p[2]);
        cells[I['Lineitem sku']] = p[1];
        cells[I['Lineitem requires shipping']] = 'true';
        cells[I['Lineitem taxable']] = 'true';
        cells[I['Lineitem fulfillment status']] = 'fulfilled';
        cells[I.Vendor] = 'Kaffeerösterei Lindner';
        cells[I['Lineitem discount']] = '0.00';
        if (k === 0) {
          cells[I['Financial Status']] = status;
          cells[I['Paid at']] = status === 'pending' || status === 'voided' ? '' : created;
          cells[I['Fulfillment Status']] = 'fulfilled';
          cells[I['Accepts Marketing']] = r() < 0.5 ? 'yes' : 'no';
          cells[I.Currency] = 'EUR';
          cells[I.Subtotal] = money(subtotal);
          cells[I.Shipping] = money(shipping);
          cells[I.Taxes] = money(taxes);
          cells[I.Total] = money(total);
          cells[I['Discount Code']] = '""';
          cells[I['Discount Amount']] = '0.00';
          cells[I['Shipping Method']] = shipping ? 'Standardversand (DHL)' : 'Kostenloser Versand (DHL)';
          cells[I['Billing Name']] = person;
          cells[I['Billing Street']] = `"${street}, Hinterhaus"`;
          cells[I['Billing Address1']] = street;
          cells[I['Billing Company']] = '""';
          cells[I['Billing City']] = city;
          cells[I['Billing Zip']] = `'${zip}`;
          cells[I['Billing Country']] = 'DE';
          cells[I['Billing Phone']] = `+49 30 ${2_000_000 + (i % 999_999)}`;
          cells[I['Shipping Name']] = person;
          cells[I['Shipping Street']] = `"${street}, Hinterhaus"`;
          cells[I['Shipping Address1']] = street;
          cells[I['Shipping Company']] = '""';
          cells[I['Shipping City']] = city;
          cells[I['Shipping Zip']] = `'${zip}`;
          cells[I['Shipping Country']] = 'DE';
          cells[I['Shipping Phone']] = cells[I['Billing Phone']];
          cells[I['Note Attributes']] = note || '""';
          cells[I['Cancelled at']] = cancelled;
          cells[I['Payment Method']] = 'Shopify Payments';
          cells[I['Payment Reference']] = payRef;
          cells[I['Refunded Amount']] = money(refunded);
          cells[I['Outstanding Balance']] = '0.00';
          cells[I.Id] = String(6_823_000_000_000 + i * 7);
          cells[I.Tags] = '""';
          cells[I['Risk Level']] = 'Low';
          cells[I.Source] = 'web';
          cells[I['Tax 1 Name']] = 'DE VAT 7%';
          cells[I['Tax 1 Value']] = money(taxes);
          cells[I['Payment ID']] = payRef;
          cells[I['Payment References']] = payRef;
        }
        chunk += `${cells.join(',')}\n`;
        rows++;
      }
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    if (chunk) await write(chunk);
  });
  return { size, rows };
}

/** A year of ad-level Meta rows: `ads` ads in 30 campaigns (5 ad sets each), one row per ad and day. */
async function writeMetaAds(file, camps, days, ads) {
  const r = rng(ads);
  const meta = camps.filter((c) => c.kind === 'meta');
  const header =
    '\uFEFF"Reporting starts","Reporting ends","Campaign name","Campaign ID","Ad set name","Ad set ID","Ad name","Ad ID",' +
    '"Ad delivery","Amount spent (EUR)",Impressions,Reach,"Link clicks",Purchases,"Purchases conversion value","Attribution setting"\n';
  const list = [];
  for (let a = 0; a < ads; a++) {
    const c = meta[a % meta.length];
    const set = Math.floor(a / meta.length) % 5;
    list.push({
      c,
      set: csvQuote(`${c.name} – Zielgruppe ${set + 1}, DE 25–54`),
      setId: `${c.id.slice(0, -2)}${10 + set}`,
      ad: csvQuote(`${c.name} – Anzeige ${a + 1}`),
      adId: `${c.id.slice(0, -3)}${100 + a}`,
      budget: Math.floor(c.dailyBudgetCents / Math.ceil(ads / meta.length)) + 20,
    });
  }
  let rows = 0;
  const size = await writeChunks(file, async (write) => {
    let chunk = header;
    for (const day of days) {
      for (const ad of list) {
        const spend = Math.floor(ad.budget * (0.5 + r()));
        const impressions = Math.floor((spend / 100) * (80 + 40 * r()));
        const reach = Math.floor(impressions * (0.6 + 0.2 * r()));
        const clicks = Math.floor(impressions * (0.008 + 0.01 * r()));
        const purchases = r() < 0.1 ? 1 : 0;
        const value = purchases * (3000 + Math.floor(4000 * r()));
        chunk += `${day},${day},${csvQuote(ad.c.name)},${ad.c.id},${ad.set},${ad.setId},${ad.ad},${ad.adId},active,${money(spend)},${impressions},${reach},${clicks},${purchases},${money(value)},"7-day click, 1-day view"\n`;
        rows++;
      }
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    if (chunk) await write(chunk);
  });
  return { size, rows };
}

/** Generates (or reuses) a named data set; `build(dir)` writes its files and returns { files, rows, ... }. */
async function ensureSet(name, build) {
  const dir = dataDir(name);
  const manifest = manifestPath(name);
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.generator === GENERATOR_VERSION && Object.entries(m.files).every(([f, b]) => statSync(path.join(dir, f)).size === b)) {
      console.log(`  data: reusing ${dir}`);
      return m;
    }
  } catch {
    // generate below
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifest, { force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const m = { generator: GENERATOR_VERSION, ...(await build(dir)) };
  writeFileSync(manifest, `${JSON.stringify(m, null, 2)}\n`);
  const mb = Object.values(m.files).reduce((s, b) => s + b, 0) / 1e6;
  console.log(`  data: wrote ${dir} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${mb.toFixed(1)} MB)`);
  return m;
}

function ensureShopify(n) {
  return ensureSet(`shopify-${n}`, async (dir) => {
    const camps = campaigns();
    const days = daysOf2026();
    const shop = await writeShopify(path.join(dir, 'orders_export_1.csv'), n, camps, days);
    const meta = await writeMeta(path.join(dir, META_FILE), camps, days);
    return { orders: n, rows: shop.rows + meta.rows, files: { 'orders_export_1.csv': shop.size, [META_FILE]: meta.size } };
  });
}

function ensureMetaAds(ads, orders) {
  return ensureSet(`meta-ads-${ads}`, async (dir) => {
    const camps = campaigns();
    const days = daysOf2026();
    const ledger = await writeLedger(path.join(dir, LEDGER_FILE), orders, camps, days);
    const meta = await writeMetaAds(path.join(dir, 'meta-ads-ad-level.csv'), camps, days, ads);
    return { orders, ads, rows: orders + meta.rows, files: { [LEDGER_FILE]: ledger, 'meta-ads-ad-level.csv': meta.size } };
  });
}

/**
 * A folder of `count` small files, as an agency's month of downloads: half daily Meta campaign
 * exports (one a day, each its own day), half ledger downloads (orders of their own, none repeated).
 */
function ensureFolder(count, ordersPerFile) {
  return ensureSet(`folder-${count}`, async (dir) => {
    const camps = campaigns();
    const all = daysOf2026();
    const half = count / 2;
    const files = {};
    let rows = 0;
    const table = weightedTable(camps);
    for (let f = 0; f < half; f++) {
      const day = all[f % all.length];
      const metaName = `meta-campaigns-${day}.csv`;
      const m = await writeMeta(path.join(dir, metaName), camps, [day]);
      files[metaName] = m.size;
      rows += m.rows;
      const ledgerName = `orders-${String(f + 1).padStart(3, '0')}.csv`;
      const r = rng(f + 1);
      let text = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code\n';
      for (let i = 0; i < ordersPerFile; i++) {
        const { amount, status, refunded } = orderState(r);
        let source = SOURCES_NONE[Math.floor(r() * 10)];
        let campaign = '';
        if (r() < 0.7) {
          const c = table[Math.floor(r() * 4096)];
          campaign = c.spellings[Math.floor(r() * c.spellings.length)];
          source = c.kind === 'meta' ? SOURCES_META[Math.floor(r() * 10)] : c.kind === 'google' ? 'google' : 'newsletter';
        }
        text += `${day},F${f + 1}-${1000 + i},${amount},EUR,${status},${refunded},${source},${MEDIUM[source]},${campaign},\n`;
      }
      writeFileSync(path.join(dir, ledgerName), text);
      files[ledgerName] = Buffer.byteLength(text);
      rows += ordersPerFile;
    }
    return { orders: half * ordersPerFile, rows, files };
  });
}

function cleanAll() {
  const tmp = os.tmpdir();
  let removed = 0;
  for (const entry of readdirSync(tmp)) {
    if (!entry.startsWith(PREFIX)) continue;
    rmSync(path.join(tmp, entry), { recursive: true, force: true });
    removed++;
  }
  console.log(`removed ${removed} ${PREFIX}* entr${removed === 1 ? 'y' : 'ies'} from ${tmp}`);
}

// ---------------------------------------------------------------------------
// Measuring a child process

let gnuTime;
function hasGnuTime() {
  if (gnuTime === undefined) {
    gnuTime =
      process.platform === 'linux' &&
      !process.env.SMROI_BENCH_NO_GNU_TIME &&
      existsSync('/usr/bin/time') &&
      spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
  }
  return gnuTime;
}

/** The children run in UTC, so that smroi and its peers cut days alike whatever the machine's zone. */
const CHILD_ENV = { ...process.env, TZ: 'UTC', NO_COLOR: '1' };

/**
 * Runs `cmd ARGS` and returns { code, signal, wallMs, cpuMs, peakKiB, stdout, stderr }.
 * Peak RSS (KiB) and CPU time (user + system) come from GNU time's %M %U %S when /usr/bin/time
 * exists; otherwise (or with SMROI_BENCH_NO_GNU_TIME=1) peak RSS from polling VmHWM in
 * /proc/<pid>/status every 20 ms (a lower bound) and CPU time from /proc/<pid>/stat's utime + stime
 * at the last poll (also a lower bound).
 */
async function measure(command, commandArgs, timeoutMs) {
  let cmd = command;
  let args = commandArgs;
  let timeFile;
  if (hasGnuTime()) {
    timeFile = path.join(os.tmpdir(), `smroi-time-${process.pid}-${Date.now()}.txt`);
    cmd = '/usr/bin/time';
    args = ['-f', '%M %U %S', '-o', timeFile, command, ...commandArgs];
  }
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: ROOT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  let errBytes = 0;
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => {
    if (errBytes < 1 << 20) err.push(b);
    errBytes += b.length;
  });
  let polledKiB = 0;
  let polledCpuMs = 0;
  let poll;
  if (!timeFile && process.platform === 'linux') {
    const tick = 10; // USER_HZ is 100 on Linux
    poll = setInterval(() => {
      try {
        const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polledKiB = Math.max(polledKiB, Number(m[1]));
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        polledCpuMs = (Number(f[11]) + Number(f[12])) * tick;
      } catch {
        // The child is gone; keep the last reading.
      }
    }, 20);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code, signal] = await once(child, 'close');
  const wallMs = performance.now() - t0;
  clearTimeout(timer);
  if (poll) clearInterval(poll);
  let peakKiB = polledKiB || null;
  let cpuMs = polledCpuMs || null;
  if (timeFile) {
    try {
      const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
      const [kib, user, sys] = lines[lines.length - 1].split(' ').map(Number);
      peakKiB = Number.isFinite(kib) ? kib : null;
      cpuMs = Number.isFinite(user) && Number.isFinite(sys) ? (user + sys) * 1000 : null;
    } catch {
      peakKiB = null;
    }
    rmSync(timeFile, { force: true });
  }
  return { code, signal, wallMs, cpuMs, peakKiB, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------------------
// The contenders

function smroiBuilt() {
  return existsSync(BIN) && existsSync(path.join(ROOT, 'dist', 'cli.js'));
}

/** `smroi audit DIR --json` (its totals: report.totals). */
function smroiRunner(dir) {
  return {
    name: 'smroi',
    async run(timeoutMs) {
      const res = await measure(process.execPath, [BIN, 'audit', dir, '--json'], timeoutMs);
      let report = null;
      try {
        report = JSON.parse(res.stdout);
      } catch {
        // reported below
      }
      const ok = res.signal === null && report !== null;
      if (!ok) {
        console.log(`  smroi: FAILED (${res.signal ? `killed by ${res.signal}` : `exit code ${res.code}, stdout is not JSON`})`);
        if (res.stderr.trim()) console.log(indent(tail(res.stderr, 15), '    '));
      }
      const t = report?.totals;
      const totals = t ? { orders: t.confirmed?.orders, revenue: t.confirmed?.revenue, refunds: t.confirmed?.refunds, spend: t.cost?.adSpend } : null;
      return { ...res, ok, report, totals };
    },
  };
}

/**
 * The DuckDB script to run. With --duckdb-dir, a copy of it in a temporary folder whose node_modules
 * links to DIR/node_modules, so that its import of @duckdb/node-api resolves there (ESM resolves
 * packages from the importing file, not from the cwd or NODE_PATH).
 */
let duckScript = DUCK_SCRIPT;

function duckRunner(args, threads) {
  return {
    name: 'DuckDB',
    async run(timeoutMs) {
      const res = await measure(process.execPath, [duckScript, ...args, ...(threads ? ['--threads', String(threads)] : [])], timeoutMs);
      let result = null;
      try {
        result = JSON.parse(res.stdout.trim().split('\n').pop());
      } catch {
        // reported below
      }
      const ok = res.code === 0 && result !== null;
      if (!ok) {
        console.log(`  duckdb: FAILED (exit code ${res.code}${res.signal ? `, ${res.signal}` : ''})`);
        if (res.stderr.trim()) console.log(indent(tail(res.stderr, 15), '    '));
      }
      return { ...res, ok, result, totals: result?.totals ?? null };
    },
  };
}

async function duckdbAvailable(duckdbDir) {
  if (duckdbDir) {
    const root = path.resolve(duckdbDir);
    try {
      createRequire(path.join(root, 'package.json')).resolve('@duckdb/node-api');
    } catch {
      console.log(`duckdb not found below ${root}: npm i --prefix ${root} @duckdb/node-api, or drop --duckdb-dir`);
      return false;
    }
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'smroi-duckdb-'));
    process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
    symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    duckScript = path.join(tmp, 'bench-duckdb.mjs');
    copyFileSync(DUCK_SCRIPT, duckScript);
    return true;
  }
  try {
    await import('@duckdb/node-api');
    return true;
  } catch {
    console.log('note: DuckDB not installed: npm i --no-save @duckdb/node-api (or --duckdb-dir DIR) to compare with it');
    return false;
  }
}

/**
 * The first python with pandas: $SMROI_BENCH_PYTHON, else `python3` on the PATH, else /usr/bin/python3
 * (where apt's python3-pandas lives when pyenv or a venv shadows it). Returns { python, version } or null.
 */
function pandasAvailable() {
  const candidates = [process.env.SMROI_BENCH_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean);
  for (const python of candidates) {
    const res = spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' });
    if (res.status === 0) return { python, version: res.stdout.trim() };
  }
  console.log(`note: pandas not importable by ${candidates.join(' or ')} (apt install python3-pandas, pip install pandas, or SMROI_BENCH_PYTHON): the pandas column is left out`);
  return null;
}

function pandasRunner(python, ledgerGlob, metaGlob) {
  return {
    name: 'pandas',
    async run(timeoutMs) {
      const res = await measure(python, [PANDAS_SCRIPT, '--ledger', ledgerGlob, '--meta', metaGlob], timeoutMs);
      let result = null;
      try {
        result = JSON.parse(res.stdout.trim().split('\n').pop());
      } catch {
        // reported below
      }
      const ok = res.code === 0 && result !== null;
      if (!ok) {
        console.log(`  pandas: FAILED (exit code ${res.code})`);
        if (res.stderr.trim()) console.log(indent(tail(res.stderr, 15), '    '));
      }
      return { ...res, ok, result, totals: result?.totals ?? null };
    },
  };
}

/** Same totals? orders exactly, money to the cent. Returns the differences (empty: all match). */
function totalsDiffer(a, b) {
  if (!a || !b) return ['no totals'];
  const out = [];
  if (a.orders !== b.orders) out.push(`orders ${a.orders} vs ${b.orders}`);
  for (const k of ['revenue', 'refunds', 'spend']) if (!(Math.abs((a[k] ?? NaN) - b[k]) <= 0.011)) out.push(`${k} ${a[k]} vs ${b[k]}`);
  return out;
}

/**
 * Runs the contenders interleaved, `runs` rounds of A B (C): each round runs every contender once,
 * the first contender first, so that a noisy neighbour hits both alike. Returns per contender the
 * median wall and CPU time, the highest peak RSS and every run; and the median of the per-round
 * ratios of each peer's wall time to the first contender's.
 */
async function interleaved(contenders, runs, timeoutMs) {
  const results = contenders.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < contenders.length; i++) results[i].push(await contenders[i].run(timeoutMs));
  }
  return contenders.map((c, i) => {
    const ok = results[i].filter((r) => r.ok);
    const ratios = [];
    if (i > 0) {
      for (let round = 0; round < runs; round++) {
        const mine = results[0][round];
        const theirs = results[i][round];
        if (mine.ok && theirs.ok) ratios.push(mine.wallMs / theirs.wallMs);
      }
    }
    return {
      name: c.name,
      ok: ok.length === runs,
      runs: results[i],
      wallMs: median(ok.map((r) => r.wallMs)),
      cpuMs: median(ok.map((r) => r.cpuMs).filter((x) => x !== null)),
      peakKiB: ok.length ? Math.max(...ok.map((r) => r.peakKiB ?? 0)) || null : null,
      ratio: median(ratios),
      last: ok[ok.length - 1] ?? results[i][results[i].length - 1],
    };
  });
}

// ---------------------------------------------------------------------------
// Output helpers

function fmtInt(n) {
  return Math.round(n).toLocaleString('en-US');
}
function fmtNum(n, digits) {
  return n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits);
}
function mib(kib) {
  return kib ? kib / 1024 : null;
}
function secs(ms) {
  return ms === null || ms === undefined ? '–' : (ms / 1000).toFixed(2);
}
function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
function indent(text, pad) {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function describe(stat) {
  if (!stat.ok) return `${stat.name}: FAILED`;
  return (
    `${stat.name.padEnd(6)} wall ${secs(stat.wallMs)} s (runs ${stat.runs.map((r) => secs(r.wallMs)).join(', ')}), ` +
    `CPU ${secs(stat.cpuMs)} s, peak ${fmtNum(mib(stat.peakKiB), 0)} MiB`
  );
}

function markdownTable(rows) {
  const head = ['case', 'input MB', 'rows', 'smroi wall s', 'smroi CPU s', 'smroi peak MiB', 'DuckDB wall s', 'DuckDB CPU s', 'DuckDB peak MiB', 'smroi / DuckDB', 'pandas wall s', 'smroi / pandas', 'totals'];
  const lines = [`| ${head.join(' | ')} |`, `|---|${head.slice(1).map(() => '---:').join('|')}|`];
  for (const r of rows) {
    const [s, d, p] = [r.stats.find((x) => x.name === 'smroi'), r.stats.find((x) => x.name === 'DuckDB'), r.stats.find((x) => x.name === 'pandas')];
    const ratio = (x) => (x?.ratio === null || x?.ratio === undefined ? '–' : `${x.ratio.toFixed(2)}×`);
    lines.push(
      `| ${[
        r.label,
        r.mb === null ? '–' : fmtNum(r.mb, 1),
        r.rows === null ? '–' : fmtInt(r.rows),
        s?.ok ? secs(s.wallMs) : 'failed',
        s?.ok ? secs(s.cpuMs) : '–',
        s?.ok ? fmtNum(mib(s.peakKiB), 0) : '–',
        d ? (d.ok ? secs(d.wallMs) : 'failed') : '–',
        d?.ok ? secs(d.cpuMs) : '–',
        d?.ok ? fmtNum(mib(d.peakKiB), 0) : '–',
        ratio(d),
        p ? (p.ok ? secs(p.wallMs) : 'failed') : '–',
        ratio(p),
        r.check,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------

/** One case: its contenders run interleaved, their totals checked against smroi's. */
async function runCase(label, dataInfo, contenders, opts) {
  const stats = await interleaved(contenders, opts.runs, opts.timeoutMs);
  for (const st of stats) console.log(`  ${describe(st)}${st.ratio !== null && st.ok ? `; smroi / ${st.name} ${st.ratio.toFixed(2)} (median of per-round ratios)` : ''}`);
  const base = stats[0];
  let check = 'n/a';
  let failed = !stats.every((s) => s.ok);
  if (base.ok && stats.length > 1) {
    const diffs = stats.slice(1).filter((s) => s.ok).flatMap((s) => totalsDiffer(base.last.totals, s.last.totals).map((d) => `${s.name}: ${d}`));
    check = diffs.length ? 'DIFFERENT' : 'same';
    const t = base.last.totals;
    console.log(`  totals: orders ${t.orders}, revenue ${t.revenue}, refunds ${t.refunds}, ad spend ${t.spend}: ${diffs.length ? `DIFFERENT: ${diffs.join('; ')}` : 'every side the same'}`);
    if (diffs.length) failed = true;
  }
  return { label, mb: dataInfo.mb, rows: dataInfo.rows, stats, check, failed };
}

function sizeOf(dir, files) {
  return Object.keys(files).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0) / 1e6;
}

/** Start-up: `smroi audit` on a bundled scenario against `node -e 0`, interleaved, many rounds. */
async function startup(opts) {
  const rounds = Math.max(opts.runs * 5, 11);
  const cases = [
    ['cafe-week', [BIN, 'audit', 'fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07']],
    ['bistro-quarter', [BIN, 'audit', 'fixtures/scenarios/bistro-quarter', '--month', '2026-10']],
  ];
  const rows = [];
  for (const [name, args] of cases) {
    const contenders = [
      { name: 'smroi', run: async (t) => ({ ...(await measure(process.execPath, args, t)), ok: true }) },
      { name: 'node -e 0', run: async (t) => ({ ...(await measure(process.execPath, ['-e', '0'], t)), ok: true }) },
    ];
    const [s, n] = await interleaved(contenders, rounds, opts.timeoutMs);
    const code = s.runs[0].code;
    console.log(
      `  smroi audit ${name}: wall ${(s.wallMs).toFixed(0)} ms, CPU ${(s.cpuMs ?? NaN).toFixed(0)} ms, peak ${fmtNum(mib(s.peakKiB), 0)} MiB (exit ${code}); ` +
        `node -e 0: ${n.wallMs.toFixed(0)} ms, CPU ${(n.cpuMs ?? NaN).toFixed(0)} ms; ratio ${n.ratio.toFixed(1)}× (median of ${rounds} interleaved rounds)`,
    );
    rows.push({ name, s, n });
  }
  return rows;
}

async function main() {
  const opts = parseCli();
  if (opts.cleanOnly) {
    cleanAll();
    return;
  }
  const built = smroiBuilt();
  if (!built) {
    console.log(`smroi is not built (${path.relative(ROOT, BIN)} or dist/cli.js missing): run npm run build`);
    process.exit(1);
  }
  opts.duckdb = opts.duckdb && (await duckdbAvailable(opts.duckdbDir));
  const pandas = opts.pandas ? pandasAvailable() : null;

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `smroi bench: node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${cpu.trim()}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ` +
      `${opts.runs} interleaved round${opts.runs === 1 ? '' : 's'} per case; peak RSS and CPU via ${hasGnuTime() ? 'GNU time (%M, %U + %S)' : '/proc polling'}`,
  );

  const rows = [];
  const peers = (ledger, meta, shape) => [
    ...(opts.duckdb ? [duckRunner(['--ledger', ledger, '--meta', meta, ...(shape ? ['--meta-shape', shape] : [])], opts.duckdbThreads)] : []),
    ...(pandas && !shape ? [pandasRunner(pandas.python, ledger, meta)] : []),
  ];

  for (const n of opts.sizes) {
    console.log(`\n== generic ledger of ${fmtInt(n)} orders + a year of daily Meta campaign rows ==`);
    const m = await ensureData(n);
    const dir = dataDir(n);
    const info = { mb: sizeOf(dir, m.files), rows: n + m.metaRows };
    rows.push(await runCase(`${fmtInt(n)} orders (ledger)`, info, [smroiRunner(dir), ...peers(path.join(dir, LEDGER_FILE), path.join(dir, META_FILE))], opts));
  }

  if (opts.shopify > 0) {
    const n = opts.shopify;
    console.log(`\n== Shopify export of ${fmtInt(n)} orders (line items, 79 columns, quoted addresses, UTM notes) + daily Meta rows ==`);
    const m = await ensureShopify(n);
    const dir = dataDir(`shopify-${n}`);
    const duck = opts.duckdb ? [duckRunner(['--shopify', path.join(dir, 'orders_export_1.csv'), '--meta', path.join(dir, META_FILE)], opts.duckdbThreads)] : [];
    rows.push(await runCase(`Shopify ${fmtInt(n)} orders`, { mb: sizeOf(dir, m.files), rows: m.rows }, [smroiRunner(dir), ...duck], opts));
  }

  if (opts.ads > 0) {
    const ads = opts.ads;
    console.log(`\n== a year of ad-level Meta rows for ${fmtInt(ads)} ads + a ledger of 100,000 orders ==`);
    const m = await ensureMetaAds(ads, 100_000);
    const dir = dataDir(`meta-ads-${ads}`);
    rows.push(await runCase(`Meta ad level, ${fmtInt(ads)} ads × 365 days`, { mb: sizeOf(dir, m.files), rows: m.rows }, [smroiRunner(dir), ...peers(path.join(dir, LEDGER_FILE), path.join(dir, 'meta-ads-ad-level.csv'), 'ad')], opts));
  }

  if (opts.folder > 0) {
    const count = opts.folder;
    console.log(`\n== a folder of ${fmtInt(count)} small files (daily Meta exports and ledger downloads of 400 orders) ==`);
    const m = await ensureFolder(count, 400);
    const dir = dataDir(`folder-${count}`);
    rows.push(await runCase(`folder of ${fmtInt(count)} files`, { mb: sizeOf(dir, m.files), rows: m.rows }, [smroiRunner(dir), ...peers(path.join(dir, 'orders-*.csv'), path.join(dir, 'meta-campaigns-*.csv'))], opts));
  }

  let overlapFailed = false;
  if (opts.overlap > 0) {
    const n = opts.overlap;
    console.log(`\n== repeated downloads: 2 × ${fmtInt(n)} orders (${fmtInt(n / 2)} in both) against ${fmtInt(n * 1.5)} distinct ==`);
    const m = await ensureOverlapData(n);
    const [repeated, union] = await interleaved([smroiRunner(m.dirs.repeated), smroiRunner(m.dirs.union)], opts.runs, opts.timeoutMs);
    if (repeated.ok && union.ok) {
      const cost = repeated.wallMs / (2 * n) / (union.wallMs / (1.5 * n)) - 1;
      const a = repeated.last.totals;
      const b = union.last.totals;
      const same = totalsDiffer(a, b).length === 0;
      console.log(`  two downloads: wall ${secs(repeated.wallMs)} s, CPU ${secs(repeated.cpuMs)} s, peak ${fmtNum(mib(repeated.peakKiB), 0)} MiB, ${repeated.last.report.exclusions.duplicateRowsDropped} repeated rows dropped`);
      console.log(`  one file:      wall ${secs(union.wallMs)} s, CPU ${secs(union.cpuMs)} s, peak ${fmtNum(mib(union.peakKiB), 0)} MiB`);
      console.log(`  matching by order identity: ${(cost * 100).toFixed(1)} % more wall time per ledger row read`);
      console.log(`  check: orders ${a.orders} / ${b.orders}, revenue ${a.revenue} / ${b.revenue}, refunds ${a.refunds} / ${b.refunds}${same ? ' (match)' : '  <-- DIFFERENT'}`);
      if (!same) overlapFailed = true;
      rows.push({ label: `2 × ${fmtInt(n)} overlapping downloads`, mb: null, rows: 2 * n, stats: [repeated], check: same ? 'same as one file' : 'DIFFERENT' });
      rows.push({ label: `the same ${fmtInt(1.5 * n)} orders in one file`, mb: null, rows: 1.5 * n, stats: [union], check: '' });
    } else overlapFailed = true;
  }

  let starts = [];
  if (opts.startup) {
    console.log('\n== start-up: the small monthly cron audit of a bundled scenario ==');
    starts = await startup(opts);
  }

  console.log(`\n${markdownTable(rows)}`);
  if (starts.length) {
    console.log('\n| start-up (cron case) | smroi wall ms | smroi CPU ms | `node -e 0` wall ms | smroi / `node -e 0` |\n|---|---:|---:|---:|---:|');
    for (const { name, s, n } of starts) console.log(`| \`smroi audit fixtures/scenarios/${name}\` | ${s.wallMs.toFixed(0)} | ${(s.cpuMs ?? NaN).toFixed(0)} | ${n.wallMs.toFixed(0)} | ${n.ratio.toFixed(1)}× |`);
  }
  const duckVersion = rows.flatMap((r) => r.stats).find((s) => s.name === 'DuckDB' && s.ok)?.last.result;
  console.log(
    `\nnode ${process.version}, ${os.cpus().length} × ${cpu.trim()}, load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ` +
      `medians of ${opts.runs} interleaved round${opts.runs === 1 ? '' : 's'}; wall time includes process start-up; CPU = user + system; ` +
      `peak = max RSS of the child process; ratio = median of the per-round ratios of wall times.` +
      (duckVersion ? ` DuckDB ${duckVersion.version} (${duckVersion.threads} threads), the fair query of scripts/bench-duckdb.mjs.` : '') +
      (pandas ? ` pandas ${pandas.version} (${pandas.python}), chunked (scripts/bench-pandas.py).` : ''),
  );

  if (opts.cleanAfter) {
    for (const n of opts.sizes) {
      rmSync(dataDir(n), { recursive: true, force: true });
      rmSync(manifestPath(n), { force: true });
    }
    for (const name of [`shopify-${opts.shopify}`, `meta-ads-${opts.ads}`, `folder-${opts.folder}`]) {
      rmSync(dataDir(name), { recursive: true, force: true });
      rmSync(manifestPath(name), { force: true });
    }
    if (opts.overlap > 0) {
      const base = dataDir(`overlap-${opts.overlap}`);
      for (const entry of [`${base}-repeated`, `${base}-union`, `${base}.json`]) rmSync(entry, { recursive: true, force: true });
    }
    console.log(`removed the data sets in ${os.tmpdir()}`);
  }
  if (overlapFailed || rows.some((r) => r.failed)) process.exitCode = 1;
}

await main();
