#!/usr/bin/env node
// Throughput benchmark for `smroi audit DIR --json` (npm run bench).
//
// Generates a generic sales ledger of N orders plus a year of daily Meta Ads
// Manager campaign rows into os.tmpdir()/smroi-bench-<N>/ (reused while the
// files still match what this generator writes), runs the built CLI on it and
// reports wall time, throughput and the child's peak RSS. When the optional
// @duckdb/node-api package is installed, the same group-and-join is timed in
// DuckDB (scripts/bench-duckdb.mjs) as a yardstick, and its totals are compared
// with smroi's.
//
// Dependency-free: node: built-ins only (DuckDB is optional and never installed
// by this script).
//
//   node scripts/bench.mjs                 1,000,000 and 5,000,000 orders
//   node scripts/bench.mjs --quick         100,000 orders
//   node scripts/bench.mjs --sizes 2e5,1e6 chosen sizes
//   node scripts/bench.mjs --runs 3        median of 3 runs per size
//   node scripts/bench.mjs --no-duckdb     smroi only
//   node scripts/bench.mjs --overlap 1e6   also: two overlapping downloads of 1,000,000 orders each
//                                          against one file of their distinct orders (default 1e6;
//                                          100,000 with --quick; 0: skip)
//   node scripts/bench.mjs --clean         delete every generated data set and exit
//   node scripts/bench.mjs --quick --clean run, then delete the data sets it used

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
/** Bump when the generated data change, so that old data sets are regenerated. */
const GENERATOR_VERSION = 2;
const PREFIX = 'smroi-bench-';
const LEDGER_FILE = 'orders.csv';
const META_FILE = 'meta-ads-daily.csv';

const USAGE = `usage: node scripts/bench.mjs [--quick | --sizes 1e6,5e6] [--runs N] [--no-duckdb]
                              [--duckdb-threads N] [--duckdb-dir DIR] [--timeout SECONDS] [--clean]
  --quick            100,000 orders only
  --sizes LIST       comma-separated order counts (default 1e6,5e6)
  --runs N           runs per size, the median is reported (default 1)
  --no-duckdb        do not compare with DuckDB
  --overlap N        orders per download in the repeated-downloads case (default 1e6, --quick 1e5, 0 skips):
                     two overlapping ledger downloads (the later one with refunds and cancellations
                     added) against one file holding their distinct orders in their latest state
  --duckdb-threads N DuckDB worker threads (default: DuckDB's, one per core)
  --duckdb-dir DIR   use @duckdb/node-api installed below DIR (DIR/node_modules) instead of
                     in this repository (default: $SMROI_BENCH_DUCKDB_DIR)
  --timeout S        kill a run after S seconds (default 1800)
  --clean            alone: delete every ${PREFIX}* data set in ${os.tmpdir()} and exit;
                     with --quick/--sizes: delete the data sets used after the run`;

// ---------------------------------------------------------------------------
// Arguments

function parseCli() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        runs: { type: 'string', default: '1' },
        'no-duckdb': { type: 'boolean', default: false },
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
  const overlap = v.overlap === undefined ? (v.quick ? 100_000 : 1_000_000) : v.overlap === '0' ? 0 : positiveInt('overlap', v.overlap);
  return {
    sizes,
    overlap,
    cleanOnly: v.clean && !v.quick && !v.sizes,
    cleanAfter: v.clean,
    runs: positiveInt('runs', v.runs),
    duckdb: !v['no-duckdb'],
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

/**
 * Runs `node ARGS` and returns { code, signal, wallMs, peakKiB, peakHow, stdout, stderr }.
 * Peak RSS comes from GNU time's %M (max RSS of the child, KiB) when /usr/bin/time exists,
 * otherwise (or with SMROI_BENCH_NO_GNU_TIME=1) from polling VmHWM in /proc/<pid>/status
 * every 20 ms (a lower bound: the last reading before the child exits).
 */
async function measure(nodeArgs, timeoutMs, env = process.env) {
  let cmd = process.execPath;
  let args = nodeArgs;
  let timeFile;
  if (hasGnuTime()) {
    timeFile = path.join(os.tmpdir(), `smroi-time-${process.pid}-${Date.now()}.txt`);
    cmd = '/usr/bin/time';
    args = ['-f', '%M', '-o', timeFile, process.execPath, ...nodeArgs];
  }
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  let errBytes = 0;
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => {
    if (errBytes < 1 << 20) err.push(b);
    errBytes += b.length;
  });
  let polledKiB = 0;
  let poll;
  if (!timeFile && process.platform === 'linux') {
    poll = setInterval(() => {
      try {
        const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polledKiB = Math.max(polledKiB, Number(m[1]));
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
  let peakHow = poll ? 'VmHWM poll' : 'n/a';
  if (timeFile) {
    try {
      const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
      const kib = Number(lines[lines.length - 1]);
      peakKiB = Number.isFinite(kib) ? kib : null;
      peakHow = 'GNU time %M';
    } catch {
      peakKiB = null;
    }
    rmSync(timeFile, { force: true });
  }
  return {
    code,
    signal,
    wallMs,
    peakKiB,
    peakHow,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `measure` `runs` times; returns the run with the median wall time, plus all wall times. */
async function repeat(runs, fn) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await fn());
  const ok = results.filter((r) => r.ok);
  if (ok.length === 0) return { ...results[results.length - 1], walls: [] };
  const walls = ok.map((r) => r.wallMs);
  const med = median(walls);
  const pick = ok.reduce((best, r) => (Math.abs(r.wallMs - med) < Math.abs(best.wallMs - med) ? r : best));
  return { ...pick, wallMs: med, peakKiB: Math.max(...ok.map((r) => r.peakKiB ?? 0)) || null, walls };
}

// ---------------------------------------------------------------------------
// The runs

function smroiBuilt() {
  return existsSync(BIN) && existsSync(path.join(ROOT, 'dist', 'cli.js'));
}

async function runSmroi(dir, timeoutMs) {
  const res = await measure([BIN, 'audit', dir, '--json'], timeoutMs);
  let report = null;
  try {
    report = JSON.parse(res.stdout);
  } catch {
    // reported below
  }
  const ok = res.signal === null && report !== null;
  if (!ok) {
    const why = res.signal ? `killed by ${res.signal}` : `exit code ${res.code}, stdout is not JSON`;
    console.log(`  smroi: FAILED (${why})`);
    if (res.stderr.trim()) console.log(indent(tail(res.stderr, 15), '    '));
  } else if (res.code !== 0) {
    console.log(`  smroi: note: exit code ${res.code} (report printed)`);
  }
  return { ...res, ok, report };
}

/**
 * The DuckDB script to run. With --duckdb-dir, a copy of it in a temporary folder whose node_modules
 * links to DIR/node_modules, so that its import of @duckdb/node-api resolves there (ESM resolves
 * packages from the importing file, not from the cwd or NODE_PATH).
 */
let duckScript = DUCK_SCRIPT;

async function runDuck(dir, threads, timeoutMs) {
  const args = [duckScript, '--ledger', path.join(dir, LEDGER_FILE), '--meta', path.join(dir, META_FILE)];
  if (threads) args.push('--threads', String(threads));
  const res = await measure(args, timeoutMs);
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
  return { ...res, ok, result };
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
    console.log('duckdb not installed: npm i --no-save @duckdb/node-api to compare (or --duckdb-dir DIR)');
    return false;
  }
}

/** Compares smroi's totals with DuckDB's (same filter: everything but cancelled/failed). */
function crossCheck(report, duck) {
  const t = report?.totals;
  if (!t || !duck) return [];
  const lines = [];
  const cmp = (label, mine, theirs, tol) => {
    if (mine === null || mine === undefined) {
      lines.push(`${label}: smroi null, duckdb ${theirs}`);
      return;
    }
    const same = Math.abs(mine - theirs) <= tol;
    lines.push(`${label}: smroi ${mine}, duckdb ${theirs}${same ? ' (match)' : '  <-- DIFFERENT'}`);
  };
  cmp('orders', t.confirmed?.orders, duck.totals.orders, 0);
  cmp('revenue', t.confirmed?.revenue, duck.totals.revenue, 0.011);
  cmp('refunds', t.confirmed?.refunds, duck.totals.refunds, 0.011);
  cmp('adSpend', t.cost?.adSpend, duck.totals.spend, 0.011);
  return lines;
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
function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
function indent(text, pad) {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function markdownTable(rows, opts) {
  const head = [
    'orders',
    'rows (ledger + Meta)',
    'input MB',
    'smroi s',
    'rows/s',
    'MB/s',
    'smroi peak MiB',
  ];
  if (opts.duckdb) head.push('DuckDB s', 'DuckDB peak MiB', 'smroi / DuckDB');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---:').join('|')}|`];
  for (const r of rows) {
    const cells = [
      fmtInt(r.orders),
      fmtInt(r.rows),
      fmtNum(r.mb, 1),
      r.smroi?.ok ? fmtNum(r.smroi.wallMs / 1000, 2) : 'failed',
      r.smroi?.ok ? fmtInt(r.rows / (r.smroi.wallMs / 1000)) : '–',
      r.smroi?.ok ? fmtNum(r.mb / (r.smroi.wallMs / 1000), 1) : '–',
      r.smroi?.ok ? fmtNum(mib(r.smroi.peakKiB), 0) : '–',
    ];
    if (!r.smroi) cells.splice(3, 4, 'not run', '–', '–', '–');
    if (opts.duckdb) {
      const d = r.duck;
      cells.push(
        d?.ok ? fmtNum(d.wallMs / 1000, 2) : d ? 'failed' : 'not run',
        d?.ok ? fmtNum(mib(d.peakKiB), 0) : '–',
        d?.ok && r.smroi?.ok ? `${(r.smroi.wallMs / d.wallMs).toFixed(1)}×` : '–',
      );
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function duckInfo(rows) {
  const r = rows.find((x) => x.duck?.ok)?.duck.result;
  return r ? `${r.version}, ${r.threads} thread${r.threads === 1 ? '' : 's'}` : '';
}

// ---------------------------------------------------------------------------

async function main() {
  const opts = parseCli();
  if (opts.cleanOnly) {
    cleanAll();
    return;
  }
  const built = smroiBuilt();
  if (!built) console.log(`smroi is not built (${path.relative(ROOT, BIN)} or dist/cli.js missing): run npm run build; skipping the smroi runs`);
  opts.duckdb = opts.duckdb && (await duckdbAvailable(opts.duckdbDir));

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `smroi bench: node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${cpu.trim()}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; runs per size: ${opts.runs}; ` +
      `peak RSS via ${hasGnuTime() ? 'GNU time %M' : process.platform === 'linux' ? '/proc VmHWM poll' : 'n/a'}`,
  );

  const rows = [];
  for (const n of opts.sizes) {
    console.log(`\n== ${fmtInt(n)} orders ==`);
    const m = await ensureData(n);
    const dir = dataDir(n);
    const bytes = Object.values(m.files).reduce((s, b) => s + b, 0);
    const row = { orders: n, rows: n + m.metaRows, mb: bytes / 1e6 };

    if (built) {
      row.smroi = await repeat(opts.runs, () => runSmroi(dir, opts.timeoutMs));
      if (row.smroi.ok) {
        const s = row.smroi.wallMs / 1000;
        const rep = row.smroi.report;
        console.log(
          `  smroi:  rows ${fmtInt(row.rows)}, file ${row.mb.toFixed(1)} MB, wall ${s.toFixed(2)} s, ` +
            `${fmtInt(row.rows / s)} rows/s, ${(row.mb / s).toFixed(1)} MB/s, peak ${fmtNum(mib(row.smroi.peakKiB), 0)} MiB` +
            (opts.runs > 1 ? ` (median of ${row.smroi.walls.map((w) => (w / 1000).toFixed(2)).join(', ')} s)` : ''),
        );
        console.log(
          `          report: ${rep.campaigns?.length ?? '?'} campaigns, ${rep.channels?.length ?? '?'} channels, ` +
            `${rep.warnings?.length ?? '?'} warnings, period ${rep.period?.from}..${rep.period?.to}`,
        );
      }
    }

    if (opts.duckdb) {
      row.duck = await repeat(opts.runs, () => runDuck(dir, opts.duckdbThreads, opts.timeoutMs));
      if (row.duck.ok) {
        const d = row.duck.result;
        console.log(
          `  duckdb: wall ${(row.duck.wallMs / 1000).toFixed(2)} s (query ${(d.queryMs / 1000).toFixed(2)} s, ` +
            `${d.threads} thread${d.threads === 1 ? '' : 's'}, DuckDB ${d.version}), peak ${fmtNum(mib(row.duck.peakKiB), 0)} MiB, ` +
            `${fmtInt(d.resultRows)} date×campaign rows`,
        );
        if (row.smroi?.ok) {
          console.log(`  ratio smroi/duckdb: ${(row.smroi.wallMs / row.duck.wallMs).toFixed(2)}`);
          for (const line of crossCheck(row.smroi.report, d)) console.log(`  check ${line}`);
        } else {
          const t = d.totals;
          console.log(`  duckdb totals: orders ${t.orders}, revenue ${t.revenue}, refunds ${t.refunds}, adSpend ${t.spend}`);
        }
      }
    }
    rows.push(row);
  }

  let overlapFailed = false;
  if (opts.overlap > 0 && built) {
    const n = opts.overlap;
    console.log(`\n== repeated downloads: 2 × ${fmtInt(n)} orders (${fmtInt(n / 2)} in both) against ${fmtInt(n * 1.5)} distinct ==`);
    const m = await ensureOverlapData(n);
    const repeated = await repeat(opts.runs, () => runSmroi(m.dirs.repeated, opts.timeoutMs));
    const union = await repeat(opts.runs, () => runSmroi(m.dirs.union, opts.timeoutMs));
    if (repeated.ok && union.ok) {
      const rowsRepeated = 2 * n;
      const rowsUnion = 1.5 * n;
      const perRow = (r, rows) => r.wallMs / rows;
      const cost = perRow(repeated, rowsRepeated) / perRow(union, rowsUnion) - 1;
      const a = repeated.report.totals;
      const b = union.report.totals;
      const same = ['orders', 'revenue', 'refunds'].every((k) => a.confirmed[k] === b.confirmed[k]) && a.cost.adSpend === b.cost.adSpend;
      console.log(
        `  two downloads: ${fmtInt(rowsRepeated)} ledger rows, wall ${(repeated.wallMs / 1000).toFixed(2)} s, peak ${fmtNum(mib(repeated.peakKiB), 0)} MiB` +
          `, ${repeated.report.exclusions.duplicateRowsDropped} repeated rows dropped`,
      );
      console.log(`  one file:      ${fmtInt(rowsUnion)} ledger rows, wall ${(union.wallMs / 1000).toFixed(2)} s, peak ${fmtNum(mib(union.peakKiB), 0)} MiB`);
      console.log(`  matching by order identity: ${(cost * 100).toFixed(1)} % more wall time per ledger row read`);
      console.log(
        `  check: orders ${a.confirmed.orders} / ${b.confirmed.orders}, revenue ${a.confirmed.revenue} / ${b.confirmed.revenue}, ` +
          `refunds ${a.confirmed.refunds} / ${b.confirmed.refunds}${same ? ' (match)' : '  <-- DIFFERENT'}`,
      );
      if (!same) overlapFailed = true;
    } else overlapFailed = true;
  }

  console.log('\n' + markdownTable(rows, opts));
  console.log(
    `\nnode ${process.version}, ${os.cpus().length} × ${cpu.trim()}; input: generic ledger (one row per order) + ` +
      'daily Meta campaign export (30 campaigns × 365 days), one year; wall time includes process start-up; ' +
      `peak = max RSS of the child process.` +
      (opts.duckdb
        ? ` DuckDB ${duckInfo(rows)}: same CSVs, filter + group by day and campaign key + full join, in a child process.`
        : ''),
  );

  if (opts.cleanAfter) {
    for (const n of opts.sizes) {
      rmSync(dataDir(n), { recursive: true, force: true });
      rmSync(manifestPath(n), { force: true });
    }
    if (opts.overlap > 0) {
      const base = dataDir(`overlap-${opts.overlap}`);
      for (const entry of [`${base}-repeated`, `${base}-union`, `${base}.json`]) rmSync(entry, { recursive: true, force: true });
    }
    console.log(`removed the data sets in ${os.tmpdir()}`);
  }
  if (overlapFailed || rows.some((r) => (r.smroi && !r.smroi.ok) || (r.duck && !r.duck.ok))) process.exitCode = 1;
}

await main();
