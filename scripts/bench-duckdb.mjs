#!/usr/bin/env node
// DuckDB yardstick for scripts/bench.mjs: the same work as `smroi audit` on the
// benchmark files, as one SQL query. Run as a child process so that its wall
// time and peak RSS are measured the same way as smroi's.
//
//   node scripts/bench-duckdb.mjs --ledger orders.csv --meta meta-ads-daily.csv [--threads N]
//
// Prints one JSON line: { version, threads, loadMs, queryMs, totalMs, resultRows, totals }.
// Needs the optional package @duckdb/node-api (npm i --no-save @duckdb/node-api);
// it is not a dependency of smroi.
//
// The campaign key here is lower-case + runs of whitespace, _ . / backslash and dashes -> '-',
// trimmed of '-': the part of smroi's key rule that the generated names exercise
// (NFKC and URL-decoding are no-ops on them).

import { parseArgs } from 'node:util';

const t0 = performance.now();
const { values } = parseArgs({
  options: {
    ledger: { type: 'string' },
    meta: { type: 'string' },
    threads: { type: 'string' },
  },
  strict: true,
});
if (!values.ledger || !values.meta) {
  console.error('usage: node scripts/bench-duckdb.mjs --ledger FILE --meta FILE [--threads N]');
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

const sql = `
WITH ledger AS (
  SELECT * FROM read_csv(${lit(values.ledger)}, header = true, auto_detect = false, delim = ',', quote = '"',
    columns = {
      'date': 'DATE', 'order_id': 'VARCHAR', 'amount': 'DECIMAL(18,2)', 'currency': 'VARCHAR',
      'status': 'VARCHAR', 'refunded_amount': 'DECIMAL(18,2)', 'utm_source': 'VARCHAR',
      'utm_medium': 'VARCHAR', 'utm_campaign': 'VARCHAR', 'coupon_code': 'VARCHAR'
    })
),
orders AS (
  SELECT date, ${key('utm_campaign')} AS campaign,
         sum(amount) AS amount, sum(coalesce(refunded_amount, 0)) AS refunded,
         count(DISTINCT order_id) AS orders
  FROM ledger
  WHERE status IS NULL OR lower(status) NOT IN ('cancelled', 'failed')
  GROUP BY ALL
),
meta AS (
  SELECT "Reporting starts" AS date, ${key('"Campaign name"')} AS campaign,
         sum("Amount spent (EUR)") AS spend, sum(Impressions) AS impressions, sum(Reach) AS reach,
         sum("Link clicks") AS clicks, sum(Purchases) AS purchases,
         sum("Purchases conversion value") AS claimed_value
  FROM read_csv(${lit(values.meta)}, header = true, auto_detect = false, delim = ',', quote = '"',
    columns = {
      'Reporting starts': 'DATE', 'Reporting ends': 'DATE', 'Campaign name': 'VARCHAR',
      'Campaign ID': 'VARCHAR', 'Amount spent (EUR)': 'DECIMAL(18,2)', 'Impressions': 'BIGINT',
      'Reach': 'BIGINT', 'Link clicks': 'BIGINT', 'Purchases': 'BIGINT',
      'Purchases conversion value': 'DECIMAL(18,2)'
    })
  GROUP BY ALL
)
SELECT coalesce(o.date, m.date)::VARCHAR AS date,
       coalesce(o.campaign, m.campaign) AS campaign,
       coalesce(o.orders, 0)::DOUBLE AS orders,
       coalesce(o.amount, 0)::DOUBLE AS amount,
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
let amount = 0;
let refunded = 0;
let spend = 0;
for (const r of rows) {
  orders += r.orders;
  amount += cents(r.amount);
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
    totals: { orders, revenue: (amount - refunded) / 100, refunds: refunded / 100, spend: spend / 100 },
  }),
);
conn.closeSync?.();
instance.closeSync?.();
