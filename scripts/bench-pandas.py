#!/usr/bin/env python3
"""pandas yardstick for scripts/bench.mjs: the same result as scripts/bench-duckdb.mjs for a generic
ledger and a Meta campaign (or ad-level) export, read in chunks so that memory stays bounded.

  python3 scripts/bench-pandas.py --ledger 'FILE|GLOB' --meta 'FILE|GLOB'

Prints one JSON line: { version, resultRows, totals }. Needs pandas (apt install python3-pandas).

Per chunk of 500,000 rows: only the needed columns (usecols) with their types given (dtype), grouped
by (date, raw campaign spelling, status); the chunk groups are summed, then the campaign key
(lower case, runs of whitespace _ . / \\ and dashes to '-', trimmed of '-') and the status filter
(everything but cancelled and failed) are applied to the distinct groups, and ledger and Meta are
joined in full on (date, campaign key). Orders are counted with a row count (each is in the files once).
"""
import argparse
import glob
import json
import re
import sys

import pandas as pd

KEY = re.compile(r"[\s_./\\\u2010-\u2015\u2212-]+")
CHUNK = 500_000


def key(spelling):
    return KEY.sub("-", str(spelling).lower()).strip("-")


def cents(series):
    # Money as integer cents, so that the sums are exact.
    return (series.astype("float64") * 100).round().astype("int64")


def grouped(files, columns, by, sums):
    parts = []
    for name in files:
        for chunk in pd.read_csv(name, usecols=list(columns), dtype=columns, keep_default_na=False,
                                 chunksize=CHUNK, encoding="utf-8-sig"):
            for column in sums:
                if columns[column] == "float64":
                    chunk[column] = cents(chunk[column])
            chunk["n"] = 1
            parts.append(chunk.groupby(by, sort=False)[list(sums) + ["n"]].sum())
    return pd.concat(parts).groupby(level=list(range(len(by)))).sum().reset_index()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ledger", required=True)
    parser.add_argument("--meta", required=True)
    args = parser.parse_args()
    ledger_files = sorted(glob.glob(args.ledger))
    meta_files = sorted(glob.glob(args.meta))
    if not ledger_files or not meta_files:
        sys.exit("no files match")

    ledger = grouped(ledger_files,
                     {"date": "str", "amount": "float64", "refunded_amount": "float64", "status": "str", "utm_campaign": "str"},
                     ["date", "utm_campaign", "status"], ["amount", "refunded_amount"])
    ledger = ledger[~ledger["status"].str.lower().isin(["cancelled", "failed"])]
    spellings = ledger["utm_campaign"].unique()
    ledger["campaign"] = ledger["utm_campaign"].map(dict(zip(spellings, map(key, spellings))))
    orders = ledger.groupby(["date", "campaign"], sort=False).agg(
        orders=("n", "sum"), amount=("amount", "sum"), refunded=("refunded_amount", "sum")).reset_index()
    orders["revenue"] = orders["amount"] - orders["refunded"]

    meta = grouped(meta_files,
                   {"Reporting starts": "str", "Campaign name": "str", "Amount spent (EUR)": "float64",
                    "Impressions": "int64", "Purchases": "int64", "Purchases conversion value": "float64"},
                   ["Reporting starts", "Campaign name"],
                   ["Amount spent (EUR)", "Impressions", "Purchases", "Purchases conversion value"])
    names = meta["Campaign name"].unique()
    meta["campaign"] = meta["Campaign name"].map(dict(zip(names, map(key, names))))
    meta = meta.rename(columns={"Reporting starts": "date", "Amount spent (EUR)": "spend"})
    meta = meta.groupby(["date", "campaign"], sort=False)[["spend", "Impressions", "Purchases", "Purchases conversion value"]].sum().reset_index()

    joined = orders.merge(meta, on=["date", "campaign"], how="outer").fillna(0).sort_values(["date", "campaign"])
    totals = {
        "orders": int(joined["orders"].sum()),
        "revenue": int(joined["revenue"].sum()) / 100,
        "refunds": int(joined["refunded"].sum()) / 100,
        "spend": int(joined["spend"].sum()) / 100,
    }
    print(json.dumps({"version": pd.__version__, "resultRows": len(joined), "totals": totals}))


main()
