// The detection matrix: every fixture is claimed by exactly one source, the one named by its folder,
// and refused by every other. The one exception is the generic ledger, which detectKind treats as a
// fallback: it may claim a file a specific kind claims too (a PayPal download has a date, an order
// reference and an amount), and the specific kind wins. fixtures/broken and fixtures/scenarios mix
// kinds on purpose: their files are listed one by one with the kind that must claim them (null: none).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../src/detect.js';
import { sampleFile } from '../src/read/sample.js';
import { SOURCES } from '../src/sources/index.js';
import { FIXTURES } from './helpers/run-source.js';
import { reasonInEnglish } from './helpers/english.js';

/** Folders whose files are not all of one kind. */
const MIXED = ['broken', 'hostile', 'scenarios'];

/** Every file of the mixed folders, with the kind that must claim it. */
const LISTED: Record<string, string | null> = {
  'broken/bad-amount.csv': 'generic-ledger',
  'broken/bad-date.csv': 'generic-ledger',
  'broken/empty.csv': null, // 0 bytes
  'broken/excel-mangled-ids.csv': 'meta-ads', // a Meta export whose IDs Excel rounded: read, with a warning
  'broken/header-only.csv': 'generic-ledger',
  'broken/no-header-customers.csv': null, // a customer list without a header row
  'broken/not-a-csv.csv': null, // a PNG
  'broken/ragged-row.csv': 'generic-ledger',
  'broken/unclosed-quote.csv': 'generic-ledger',
  'broken/unknown-headers.csv': null, // an inventory list
  'hostile/cut-utf16-analytics.tsv': 'universal-analytics', // UTF-16 "TSV for Excel" cut inside its last number
  'hostile/hex-amount.csv': 'generic-ledger',
  'hostile/meta-extra-cell.csv': 'meta-ads', // one row with an extra cell
  'hostile/paypal-short-row.csv': 'paypal-activity', // one row without its last cell
  'hostile/phone-in-amount.csv': 'generic-ledger',
  'hostile/shopify-duplicate-total.csv': 'shopify-orders', // two `Total` columns
  'hostile/stray-quote-ledger.csv': 'generic-ledger', // a stray quote swallows four orders
  'hostile/twenty-digit-amount.csv': 'generic-ledger',
  'scenarios/baeckerei-de/Baeckerei-Hofmann-Kampagnen-1-Okt-2026-31-Okt-2026.csv': 'meta-ads', // Windows-1252, `;`, re-saved by a German Excel
  'scenarios/baeckerei-de/Download.CSV': 'paypal-activity',
  'scenarios/baeckerei-de/EXTF_Buchungsstapel_20261001_20261031.csv': 'datev-buchungsstapel',
  'scenarios/baeckerei-de/Follows (1).csv': 'meta-insights',
  'scenarios/baeckerei-de/Traffic_Akquisition_Sitzung_Kampagne.csv': 'ga4',
  'scenarios/baeckerei-de/kasse-oktober.csv': 'generic-ledger',
  'scenarios/baeckerei-de/smroi.config.json': null,
  'scenarios/bistro-quarter/ledger.csv': 'generic-ledger',
  'scenarios/cod-shop/Dhaka-Handloom-Campaigns-Nov-1-2026-Nov-7-2026.csv': 'meta-ads', // BDT ad account
  'scenarios/cod-shop/orders_export_1.csv': 'shopify-orders', // cash on delivery: most orders pending
  'scenarios/cod-shop/smroi.config.json': null,
  'scenarios/bistro-quarter/meta-ads.csv': 'meta-ads',
  'scenarios/bistro-quarter/smroi.config.json': null,
  'scenarios/cafe-month/.DS_Store': null,
  'scenarios/cafe-month/Facebook-posts-Sep-2026.csv': 'facebook-posts',
  'scenarios/cafe-month/Follows (1).csv': 'meta-insights',
  'scenarios/cafe-month/Instagram-posts-Sep-2026.csv': 'instagram-posts',
  'scenarios/cafe-month/Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-7-2026.csv': 'meta-ads',
  'scenarios/cafe-month/Lindner-US-Account-Campaigns-Sep-20-2026-Oct-20-2026.csv': 'meta-ads',
  'scenarios/cafe-month/Reach (1).csv': 'meta-insights',
  'scenarios/cafe-month/download.csv': 'ga4',
  'scenarios/cafe-month/kasse-herbst.csv': 'generic-ledger',
  'scenarios/cafe-month/notes.txt': null,
  'scenarios/cafe-month/older-download/Follows (1).csv': 'meta-insights',
  'scenarios/cafe-month/orders_export_1.csv': 'shopify-orders',
  'scenarios/cafe-month/smroi.config.json': null,
  'scenarios/cafe-month/wochenmarkt-kasse.csv': 'generic-ledger',
  'scenarios/cafe-week/.DS_Store': null,
  'scenarios/cafe-week/Facebook-posts-Sep-2026.csv': 'facebook-posts',
  'scenarios/cafe-week/Follows (1).csv': 'meta-insights',
  'scenarios/cafe-week/Instagram-posts-Sep-2026.csv': 'instagram-posts',
  'scenarios/cafe-week/Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-7-2026.csv': 'meta-ads',
  'scenarios/cafe-week/Reach (1).csv': 'meta-insights',
  'scenarios/cafe-week/download.csv': 'ga4',
  'scenarios/cafe-week/notes.txt': null,
  'scenarios/cafe-week/older-download/Follows (1).csv': 'meta-insights',
  'scenarios/cafe-week/orders_export_1.csv': 'shopify-orders',
  'scenarios/cafe-week/smroi.config.json': null,
  'scenarios/cafe-week/wochenmarkt-kasse.csv': 'generic-ledger',
  'scenarios/hofladen-quarter/Hofladen-Kampagnen-Jul-6-2026-Oct-4-2026.csv': 'meta-ads',
  'scenarios/hofladen-quarter/smroi.config.json': null,
  'scenarios/hofladen-quarter/kassenexport-q3-2026.csv': 'generic-ledger', // a German till export: Windows-1252, `;`, DD.MM.YYYY
  'scenarios/etsy-paypal-shop/Download (1).CSV': 'paypal-activity', // German
  'scenarios/etsy-paypal-shop/Download.CSV': 'paypal-activity', // English, PayPal Here card reader
  'scenarios/etsy-paypal-shop/EtsySoldOrders2026-9.csv': 'etsy-sold-orders',
  'scenarios/etsy-paypal-shop/smroi.config.json': null,
  'scenarios/kafferosteri-sv/Follows (1).csv': 'meta-insights',
  'scenarios/kafferosteri-sv/Kafferosteriet-Lind-Kampanjer-1-sep-2026-30-sep-2026.csv': 'meta-ads', // Swedish headers, SEK
  'scenarios/kafferosteri-sv/Lind-Agentur-EUR-Campaigns-Sep-1-2026-Sep-30-2026.csv': 'meta-ads',
  'scenarios/kafferosteri-sv/kassa-september.csv': 'generic-ledger',
  'scenarios/kafferosteri-sv/orders_export_1.csv': 'shopify-orders',
  'scenarios/kafferosteri-sv/smroi.config.json': null,
  'scenarios/kafferosteri-sv/unified_payments.csv': 'stripe-payments',
  'scenarios/kuerbis-spellings/ledger.csv': 'generic-ledger',
  'scenarios/kuerbis-spellings/meta-ads.csv': 'meta-ads',
  'scenarios/kuerbis-spellings/smroi.config.json': null,
  'scenarios/mapped-till/kassenbuch.csv': null, // a till ledger with its own headers: read only with --map
  'scenarios/range-and-daily/Teehaus-Nordlicht-Campaigns-Oct-1-2026-Oct-31-2026.csv': 'meta-ads',
  'scenarios/range-and-daily/Teehaus-Nordlicht-Campaigns-Oct-25-2026-Nov-7-2026.csv': 'meta-ads',
  'scenarios/range-and-daily/smroi.config.json': null,
  'scenarios/repeat-downloads/Teehaus-Nordlicht-Campaigns-Oct-1-2026-Oct-31-2026.csv': 'meta-ads',
  'scenarios/repeat-downloads/orders_export_1 (1).csv': 'shopify-orders',
  'scenarios/repeat-downloads/orders_export_1 (2).csv': 'shopify-orders',
  'scenarios/repeat-downloads/orders_export_1.csv': 'shopify-orders',
  'scenarios/repeat-downloads/smroi.config.json': null,
  'scenarios/repeat-downloads-union/Teehaus-Nordlicht-Campaigns-Oct-1-2026-Oct-31-2026.csv': 'meta-ads',
  'scenarios/repeat-downloads-union/orders_export_1.csv': 'shopify-orders',
  'scenarios/repeat-downloads-union/smroi.config.json': null,
  'scenarios/till-walkins/.DS_Store': null,
  'scenarios/till-walkins/Facebook-posts-Sep-2026.csv': 'facebook-posts',
  'scenarios/till-walkins/Follows (1).csv': 'meta-insights',
  'scenarios/till-walkins/Instagram-posts-Sep-2026.csv': 'instagram-posts',
  'scenarios/till-walkins/Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-7-2026.csv': 'meta-ads',
  'scenarios/till-walkins/Reach (1).csv': 'meta-insights',
  'scenarios/till-walkins/download.csv': 'ga4',
  'scenarios/till-walkins/kasse-theke.csv': 'generic-ledger', // the counter till: walk-in sales, no campaign
  'scenarios/till-walkins/notes.txt': null,
  'scenarios/till-walkins/older-download/Follows (1).csv': 'meta-insights',
  'scenarios/till-walkins/orders_export_1.csv': 'shopify-orders',
  'scenarios/till-walkins/smroi.config.json': null,
  'scenarios/till-walkins/wochenmarkt-kasse.csv': 'generic-ledger',
};

/** Files of a kind folder that their kind recognises and skips on purpose (Source.declines): claimed by none. */
const DECLINED: Record<string, string> = {
  'etsy-sold-orders/EtsySoldOrderItems2026-9.csv': 'an Etsy Sold Order Items download', // the same sales as the Sold Orders file
};

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Fixture paths relative to fixtures/, `/`-separated; hand-worked values (*.md) and expected reports left out. */
const FILES = [...walk(FIXTURES)]
  .map((path) => relative(FIXTURES, path).split(sep).join('/'))
  .filter((file) => !file.endsWith('.md') && !file.startsWith('scenarios/expected/'));

function expectedKind(file: string): string | null {
  if (file in DECLINED) return null;
  const folder = file.slice(0, file.indexOf('/'));
  if (MIXED.includes(folder)) {
    if (!(file in LISTED)) throw new Error(`${file} is in a mixed folder: list it in LISTED with its kind (or null)`);
    return LISTED[file]!;
  }
  return folder;
}

/** The kinds whose detect() claims the file (none for a file sampling skips), the generic-ledger fallback left out. */
async function claims(file: string): Promise<string[]> {
  const sampled = await sampleFile(join(FIXTURES, file));
  if ('skip' in sampled) return [];
  let kinds = SOURCES.filter((source) => source.detect(sampled.sample)).map((source) => source.kind);
  if (kinds.length > 1) kinds = kinds.filter((kind) => kind !== 'generic-ledger');
  // detectKind agrees: a single claim is the file's kind, anything else a skip.
  const detection = detectKind(sampled.sample, SOURCES);
  expect('source' in detection ? [detection.source.kind] : kinds.length > 1 ? kinds : []).toEqual(kinds);
  return kinds;
}

describe('detection matrix', () => {
  it('covers every kind folder with a registered source', () => {
    const folders = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory() && !MIXED.includes(name));
    const kinds = SOURCES.map((source) => source.kind);
    expect(folders.filter((folder) => !kinds.includes(folder))).toEqual([]);
  });

  it('lists only files that exist', () => {
    expect(Object.keys(LISTED).filter((file) => !FILES.includes(file))).toEqual([]);
    expect(Object.keys(DECLINED).filter((file) => !FILES.includes(file))).toEqual([]);
  });

  it.each(Object.entries(DECLINED))('%s is skipped by its kind with a reason', async (file, reason) => {
    const sampled = await sampleFile(join(FIXTURES, file));
    if ('skip' in sampled) throw new Error(reasonInEnglish(sampled.skip));
    const detection = detectKind(sampled.sample, SOURCES);
    expect('skip' in detection && reasonInEnglish(detection.skip)).toContain(reason);
  });

  it.each(FILES)('%s is claimed by exactly its kind', async (file) => {
    const expected = expectedKind(file);
    expect(await claims(file)).toEqual(expected === null ? [] : [expected]);
  });
});
