// Currencies: every amount is converted into the report currency with the rate of its date, the
// rates used are listed, and an amount without a rate stops the audit naming the key to add.
import { describe, expect, it } from 'vitest';
import { listRatesUsed } from '../../src/economics/fx.js';
import { InputError } from '../../src/errors.js';
import { Dictionary, FileAggregate } from '../../src/join/aggregate.js';
import { buildCampaignSettings, resolveCells, type FxTable } from '../../src/join/resolve.js';
import { M, newRecord, type MetricName } from '../../src/model/records.js';
import { dayNumber } from '../../src/read/dates.js';
import { runSource } from '../helpers/run-source.js';

const FX: FxTable = { USD: { '2026-09-01': 0.91, '2026-10-01': 0.93 }, SEK: 0.087 };

function ledger(rows: { day: number; currency: string; values: Partial<Record<MetricName, number>>; campaign?: string }[]) {
  const dictionary = new Dictionary(new Map());
  const aggregate = new FileAggregate(dictionary);
  for (const row of rows) {
    const record = newRecord();
    record.day = row.day;
    record.dayTo = row.day;
    record.currency = row.currency;
    record.campaign = row.campaign ?? '';
    record.channel = 'facebook';
    for (const [name, value] of Object.entries(row.values)) record.values[M[name as MetricName]] = value;
    aggregate.add(record);
  }
  return { dictionary, aggregate };
}

function resolve(rows: Parameters<typeof ledger>[0], fx: FxTable = FX, from = dayNumber(2026, 9, 1), to = dayNumber(2026, 10, 15)) {
  const { dictionary, aggregate } = ledger(rows);
  return resolveCells({
    files: [{ relativePath: 'ads.csv', family: 'ads', aggregate }],
    dictionary,
    settings: buildCampaignSettings(undefined),
    currency: 'EUR',
    fx,
    from,
    to,
  });
}

const total = (resolved: ReturnType<typeof resolve>, slot: number) => {
  let sum = 0;
  for (const byChannel of resolved.groups.values()) for (const sums of byChannel.values()) sum += sums[slot]!;
  return Math.round(sum * 100) / 100;
};

describe('dated exchange rates', () => {
  it('the latest rate on or before each day applies: 09-20 and 09-30 at 0.91, 10-01 and 10-05 at 0.93', () => {
    const resolved = resolve([
      { day: dayNumber(2026, 9, 20), currency: 'USD', values: { adSpend: 50, metaValue: 100 } }, // 45.50, 91.00
      { day: dayNumber(2026, 9, 30), currency: 'USD', values: { adSpend: 20, metaValue: 40 } }, // 18.20, 36.40
      { day: dayNumber(2026, 10, 1), currency: 'USD', values: { adSpend: 10 } }, // 9.30
      { day: dayNumber(2026, 10, 5), currency: 'USD', values: { adSpend: 100, metaValue: 260 } }, // 93.00, 241.80
      { day: dayNumber(2026, 10, 12), currency: 'SEK', values: { revenue: 500, tax: 100, orders: 1 } }, // 43.50, 8.70
      { day: dayNumber(2026, 10, 12), currency: 'EUR', values: { revenue: 53.5, tax: 3.5, orders: 1 } },
    ]);
    expect(total(resolved, M.adSpend)).toBe(166); // 45.50 + 18.20 + 9.30 + 93.00
    expect(total(resolved, M.metaValue)).toBe(369.2); // 91.00 + 36.40 + 241.80
    expect(total(resolved, M.revenue)).toBe(97); // 43.50 + 53.50
    expect(total(resolved, M.tax)).toBe(12.2); // 8.70 + 3.50: tax is money and is converted too
    expect(total(resolved, M.orders)).toBe(2); // counts are not converted
    expect(listRatesUsed(resolved.ratesUsed, 'EUR')).toEqual([
      { currency: 'SEK', into: 'EUR', from: null, rate: 0.087 },
      { currency: 'USD', into: 'EUR', from: '2026-09-01', rate: 0.91 },
      { currency: 'USD', into: 'EUR', from: '2026-10-01', rate: 0.93 },
    ]);
  });

  it('lists only the rates used: a period in September never touches the October rate', () => {
    const resolved = resolve([{ day: dayNumber(2026, 9, 20), currency: 'USD', values: { adSpend: 50 } }], FX, dayNumber(2026, 9, 1), dayNumber(2026, 9, 30));
    expect(listRatesUsed(resolved.ratesUsed, 'EUR')).toEqual([{ currency: 'USD', into: 'EUR', from: '2026-09-01', rate: 0.91 }]);
  });

  it('a currency without a rate stops with MISSING_FX_RATE, naming the file and the key to add', () => {
    let error: unknown;
    try {
      resolve([{ day: dayNumber(2026, 9, 20), currency: 'CHF', values: { adSpend: 50 } }]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'MISSING_FX_RATE', file: 'ads.csv' });
    expect((error as InputError).problem).toBe('holds amounts in CHF but the report is in EUR and no exchange rate for CHF on 2026-09-20 is configured.');
    expect((error as InputError).hint).toContain('"fx": { "CHF": <value of 1 CHF in EUR> }');
  });

  it('a day before the first dated rate has no rate either, and the hint names that date', () => {
    expect(() => resolve([{ day: dayNumber(2026, 8, 31), currency: 'USD', values: { adSpend: 50 } }], FX, dayNumber(2026, 8, 1), dayNumber(2026, 9, 30))).toThrow(
      /no exchange rate for USD on 2026-08-31/,
    );
  });
});

describe('the Meta adapter passes on the attribution setting an export names', () => {
  it('once per campaign and setting, with the campaign as written', async () => {
    const run = await runSource('scenarios/cafe-month/Lindner-US-Account-Campaigns-Sep-20-2026-Oct-20-2026.csv');
    expect(run.attribution).toEqual([
      { campaign: 'Herbst Aktion 2026', campaignId: '120246849180540596', setting: '7-day click, 1-day view' },
      { campaign: 'Oktober Genusswochen', campaignId: '120246849180540777', setting: '7-day click, 1-day view' },
    ]);
    expect(run.records.map((r) => [r.currency, r.channel])).toContainEqual(['USD', 'instagram']);
  });

  it('as Ads Manager writes it in a real export', async () => {
    const run = await runSource('meta-ads/en-campaign-daily.csv');
    expect(run.attribution.map((note) => [note.campaign, note.setting])).toEqual([
      ['Herbst Aktion 2026', '7-day click, 1-day view, or 1-day engaged-view'],
      ['Retargeting Warenkorb', '7-day click, 1-day view, or 1-day engaged-view'],
      ['Brunch am Sonntag – Familien', '7-day click, 1-day view, or 1-day engaged-view'],
    ]);
  });

  it('passes nothing for an export without the column', async () => {
    const run = await runSource('scenarios/cafe-week/Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-7-2026.csv');
    expect(run.attribution).toEqual([]);
  });
});
