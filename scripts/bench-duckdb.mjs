#!/usr/bin/env node
// DuckDB yardstick for scripts/bench.mjs: the task `smroi audit` does on the benchmark files, asked
// as one fair SQL query (issue 14). Run as a child process so that its wall time, CPU time and peak
// RSS are measured the same way as smroi's.
//
//   node scripts/bench-duckdb.mjs --ledger 'FILE|GLOB' --meta 'FILE|GLOB' [--meta-shape campaign|ad] [--threads N]
//   node scripts/bench-duckdb.mjs --shopify FILE --meta FILE [--threads N]
//
// Prints one JSON line: { version, threads, loadMs, queryMs, totalMs, resultRows, totals }.
// Needs the optional package @duckdb/node-api (npm i --no-save @duckdb/node-api); not a dependency.
//
// What the query computes (the same result smroi's report is built from): per day and campaign key,
// the confirmed orders (count), revenue (amount - refunds) and refunds of the ledger, everything but
// cancelled and failed orders; the Meta spend, impressions, purchases and claimed value; the two
// joined in full on (day, campaign key). Fair, that is without work the task does not need:
//   - read_csv gets every column with its type (no sniffing, no type detection); the query names
//     only the columns it needs, so DuckDB's projection pushdown skips converting the rest;
//   - orders are counted with count(*): every generated order is in the files once (smroi checks
//     that by order identity; DuckDB is not asked to, count(DISTINCT order_id) alone made it 2.2x slower);
//   - the campaign key (lower case, runs of whitespace _ . / \ and dashes to '-', trimmed of '-', the
//     part of smroi's key rule the generated names exercise) and the status test are applied to the
//     grouped distinct (day, raw spelling, status) rows, not to every row: smroi too cleans each
//     distinct spelling once;
//   - DuckDB's default threads (one per core) unless --threads.
// Shopify (line-item rows, one order's rows adjacent): an order is its first row, the one with a
// `Financial Status`; left out when `Cancelled at` is set or the status is voided/expired; the
// campaign is the `UTM campaign:` line of `Note Attributes`; its day the date part of `Created at`
// (the generator writes +0000 and the bench runs both sides with TZ=UTC).

import { parseArgs } from 'node:util';

const t0 = performance.now();
const { values } = parseArgs({
  options: {
    ledger: { type: 'string' },
    shopify: { type: 'string' },
    meta: { type: 'string' },
    'meta-shape': { type: 'string', default: 'campaign' },
    threads: { type: 'string' },
  },
  strict: true,
});
if ((!values.ledger && !values.shopify) || !values.meta) {
  console.error("usage: node scripts/bench-duckdb.mjs (--ledger 'FILE|GLOB' | --shopify FILE) --meta 'FILE|GLOB' [--meta-shape campaign|ad] [--threads N]");
  process.exit(2);
}

let duckdb;
try {
  duckdb = await import('@duckdb/node-api');
} catch {
  console.error('duckdb not installed: npm i --no-save @duckdb/node-api to compare');
  process.exit(3);
}

const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const key = (col) =>
  `trim(regexp_replace(lower(coalesce(${col}, '')), '[\\s_./\\\\\u2010-\u2015\u2212-]+', '-', 'g'), '-')`;
const csv = (file, columns) =>
  `read_csv(${lit(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${Object.entries(columns)
    .map(([name, type]) => `${lit(name)}: '${type}'`)
    .join(', ')}})`;

const LEDGER_COLUMNS = {
  date: 'DATE', order_id: 'VARCHAR', amount: 'DECIMAL(18,2)', currency: 'VARCHAR', status: 'VARCHAR',
  refunded_amount: 'DECIMAL(18,2)', utm_source: 'VARCHAR', utm_medium: 'VARCHAR', utm_campaign: 'VARCHAR', coupon_code: 'VARCHAR',
};
const META_CAMPAIGN_COLUMNS = {
  'Reporting starts': 'DATE', 'Reporting ends': 'DATE', 'Campaign name': 'VARCHAR', 'Campaign ID': 'VARCHAR',
  'Amount spent (EUR)': 'DECIMAL(18,2)', Impressions: 'BIGINT', Reach: 'BIGINT', 'Link clicks': 'BIGINT',
  Purchases: 'BIGINT', 'Purchases conversion value': 'DECIMAL(18,2)',
};
const META_AD_COLUMNS = {
  'Reporting starts': 'DATE', 'Reporting ends': 'DATE', 'Campaign name': 'VARCHAR', 'Campaign ID': 'VARCHAR',
  'Ad set name': 'VARCHAR', 'Ad set ID': 'VARCHAR', 'Ad name': 'VARCHAR', 'Ad ID': 'VARCHAR', 'Ad delivery': 'VARCHAR',
  'Amount spent (EUR)': 'DECIMAL(18,2)', Impressions: 'BIGINT', Reach: 'BIGINT', 'Link clicks': 'BIGINT',
  Purchases: 'BIGINT', 'Purchases conversion value': 'DECIMAL(18,2)', 'Attribution setting': 'VARCHAR',
};
/** The 79 columns of a 2026 Shopify orders export (fixtures/shopify-orders/orders-2026-79col.csv), all text but the money the query sums. */
const SHOPIFY_HEADER =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References';
const SHOPIFY_COLUMNS = Object.fromEntries(
  SHOPIFY_HEADER.split(',').map((name) => [name, name === 'Total' || name === 'Refunded Amount' ? 'DECIMAL(18,2)' : 'VARCHAR']),
);

const ordersCte = values.shopify
  ? `
raw_orders AS (
  SELECT "Created at"[1:10] AS day, regexp_extract("Note Attributes", 'UTM campaign: ([^\\n]*)', 1) AS spelling,
         "Financial Status" AS status, sum("Total") AS total, sum(coalesce("Refunded Amount", 0)) AS refunded, count(*) AS n
  FROM ${csv(values.shopify, SHOPIFY_COLUMNS)}
  WHERE "Financial Status" IS NOT NULL AND "Cancelled at" IS NULL
  GROUP BY ALL
),
orders AS (
  SELECT day::DATE AS date, ${key('spelling')} AS campaign,
         sum(total - refunded) AS revenue, sum(refunded) AS refunded, sum(n) AS orders
  FROM raw_orders WHERE lower(status) NOT IN ('voided', 'expired')
  GROUP BY ALL
)`
  : `
raw_orders AS (
  SELECT date, utm_campaign AS spelling, status, sum(amount) AS amount, sum(coalesce(refunded_amount, 0)) AS refunded, count(*) AS n
  FROM ${csv(values.ledger, LEDGER_COLUMNS)}
  GROUP BY ALL
),
orders AS (
  SELECT date, ${key('spelling')} AS campaign,
         sum(amount - refunded) AS revenue, sum(refunded) AS refunded, sum(n) AS orders
  FROM raw_orders WHERE status IS NULL OR lower(status) NOT IN ('cancelled', 'failed')
  GROUP BY ALL
)`;

const metaColumns = values['meta-shape'] === 'ad' ? META_AD_COLUMNS : META_CAMPAIGN_COLUMNS;
const sql = `
WITH ${ordersCte},
raw_meta AS (
  SELECT "Reporting starts" AS date, "Campaign name" AS spelling,
         sum("Amount spent (EUR)") AS spend, sum(Impressions) AS impressions,
         sum(Purchases) AS purchases, sum("Purchases conversion value") AS claimed_value
  FROM ${csv(values.meta, metaColumns)}
  GROUP BY ALL
),
meta AS (
  SELECT date, ${key('spelling')} AS campaign, sum(spend) AS spend, sum(impressions) AS impressions,
         sum(purchases) AS purchases, sum(claimed_value) AS claimed_value
  FROM raw_meta GROUP BY ALL
)
SELECT coalesce(o.date, m.date)::VARCHAR AS date,
       coalesce(o.campaign, m.campaign) AS campaign,
       coalesce(o.orders, 0)::DOUBLE AS orders,
       coalesce(o.revenue, 0)::DOUBLE AS revenue,
       coalesce(o.refunded, 0)::DOUBLE AS refunded,
       coalesce(m.spend, 0)::DOUBLE AS spend,
       coalesce(m.impressions, 0)::DOUBLE AS impressions,
       coalesce(m.purchases, 0)::DOUBLE AS purchases,
       coalesce(m.claimed_value, 0)::DOUBLE AS claimed_value
FROM orders o FULL OUTER JOIN meta m ON o.date = m.date AND o.campaign = m.campaign
ORDER BY 1, 2`;

const instance = await duckdb.DuckDBInstance.create(':memory:');
const conn = await instance.connect();
if (values.threads) await conn.run(`SET threads = ${Number(values.threads)}`);
const info = (await conn.runAndReadAll("SELECT version() AS v, current_setting('threads')::INTEGER AS t")).getRowObjectsJS()[0];
const t1 = performance.now();
const reader = await conn.runAndReadAll(sql);
const rows = reader.getRowObjectsJS();
const t2 = performance.now();

// Totals in integer cents, so that the sums are exact.
const cents = (x) => Math.round(x * 100);
let orders = 0;
let revenue = 0;
let refunded = 0;
let spend = 0;
for (const r of rows) {
  orders += r.orders;
  revenue += cents(r.revenue);
  refunded += cents(r.refunded);
  spend += cents(r.spend);
}
console.log(
  JSON.stringify({
    version: info.v,
    threads: Number(info.t),
    loadMs: Math.round(t1 - t0),
    queryMs: Math.round(t2 - t1),
    totalMs: Math.round(performance.now() - t0),
    resultRows: rows.length,
    totals: { orders, revenue: revenue / 100, refunds: refunded / 100, spend: spend / 100 },
  }),
);
conn.closeSync?.();
instance.closeSync?.();
