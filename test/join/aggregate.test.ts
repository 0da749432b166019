// Stage 4a: records summed into (day, campaign, channel, currency) cells.
import { describe, expect, it } from 'vitest';
import { CELL_SIZE, CHANNEL_INDEX, Dictionary, FileAggregate, ROWS_SLOT, cellKey, splitCellKey } from '../../src/join/aggregate.js';
import { CHANNELS, M, METRIC_COUNT, newRecord, type CanonicalRecord, type MetricName } from '../../src/model/records.js';
import { dayNumber } from '../../src/read/dates.js';

const SEP_1 = dayNumber(2026, 9, 1);

type RecordInput = Partial<Omit<CanonicalRecord, 'values'>> & { values?: Partial<Record<MetricName, number>> };

function record(input: RecordInput): CanonicalRecord {
  const result = newRecord();
  const { values, ...rest } = input;
  Object.assign(result, { day: SEP_1, dayTo: input.dayTo ?? input.day ?? SEP_1 }, rest);
  for (const [name, value] of Object.entries(values ?? {})) result.values[M[name as MetricName]] = value;
  return result;
}

describe('cellKey / splitCellKey', () => {
  const extremes = {
    day: [0, 1, SEP_1, dayNumber(2200, 12, 31), 65_535, -1, dayNumber(1900, 1, 1)],
    token: [0, 1, 2 ** 20 - 1],
    channel: [0, 5, 7],
    currency: [0, 1, 255],
  };

  it('round-trips every combination of extreme parts, the key staying a safe integer', () => {
    let checked = 0;
    for (const day of extremes.day)
      for (const token of extremes.token)
        for (const channel of extremes.channel)
          for (const currency of extremes.currency) {
            const key = cellKey(day, token, channel, currency);
            expect(Number.isSafeInteger(key)).toBe(true);
            expect(splitCellKey(key), `${day}/${token}/${channel}/${currency}`).toEqual({ day, token, channel, currency });
            checked++;
          }
    expect(checked).toBe(7 * 3 * 3 * 3);
  });

  it('gives distinct keys to neighbouring cells and orders keys by day first', () => {
    const keys = new Set([
      cellKey(SEP_1, 0, 0, 0),
      cellKey(SEP_1, 0, 0, 1),
      cellKey(SEP_1, 0, 1, 0),
      cellKey(SEP_1, 1, 0, 0),
      cellKey(SEP_1 + 1, 0, 0, 0),
    ]);
    expect(keys.size).toBe(5);
    expect(cellKey(SEP_1 + 1, 0, 0, 0)).toBeGreaterThan(cellKey(SEP_1, 2 ** 20 - 1, 7, 255));
    expect(cellKey(0, 0, 0, 0)).toBe(0);
    expect(cellKey(1, 0, 0, 0)).toBe(2 ** 31);
  });
});

describe('Dictionary', () => {
  const coupons = new Map([['HERBST10', 'herbst-aktion-2026']]);

  it('interns every spelling of a campaign under one key and remembers the spellings', () => {
    const dictionary = new Dictionary(coupons);
    const a = dictionary.token('Herbst Aktion 2026');
    expect(dictionary.token('herbst_aktion_2026')).toBe(a);
    expect(dictionary.token(' HERBST-AKTION-2026 ')).toBe(a);
    expect(dictionary.tokens[a]).toBe('herbst-aktion-2026');
    expect([...dictionary.spellings.get(a)!].sort()).toEqual(['HERBST-AKTION-2026', 'Herbst Aktion 2026', 'herbst_aktion_2026']);
    expect(dictionary.token('Brunch am Sonntag – Familien')).not.toBe(a);
  });

  it('maps "no campaign" values to token 0 and bare IDs to `id:` tokens', () => {
    const dictionary = new Dictionary(coupons);
    expect(dictionary.token('(not set)')).toBe(0);
    expect(dictionary.token('')).toBe(0);
    const id = dictionary.token('120246849180540596');
    expect(dictionary.tokens[id]).toBe('id:120246849180540596');
    expect(dictionary.spellings.has(id)).toBe(false);
  });

  it('looks coupons up case-insensitively', () => {
    const dictionary = new Dictionary(coupons);
    expect(dictionary.tokens[dictionary.couponToken(' herbst10 ')]).toBe('herbst-aktion-2026');
    expect(dictionary.couponToken('SOMMER5')).toBe(0);
  });

  it('interns currencies, index 0 being "not stated"', () => {
    const dictionary = new Dictionary(coupons);
    expect(dictionary.currency('')).toBe(0);
    expect(dictionary.currency('EUR')).toBe(1);
    expect(dictionary.currency('USD')).toBe(2);
    expect(dictionary.currency('EUR')).toBe(1);
    expect(dictionary.currencies).toEqual(['', 'EUR', 'USD']);
  });
});

describe('FileAggregate', () => {
  const coupons = new Map([['HERBST10', 'herbst-aktion-2026']]);

  it('sums rows of one day, campaign, channel and currency into one cell, and counts them', () => {
    const dictionary = new Dictionary(coupons);
    const aggregate = new FileAggregate(dictionary);
    aggregate.add(record({ campaign: 'Herbst Aktion 2026', source: 'fb', currency: 'EUR', ref: 'LK-1', values: { orders: 1, revenue: 34.9 } }));
    aggregate.add(record({ campaign: 'herbst_aktion_2026', source: 'facebook.com / referral', currency: 'EUR', ref: 'LK-2', values: { orders: 1, revenue: 71.8, refunds: 0 } }));
    aggregate.add(record({ campaign: 'HERBST-AKTION-2026', source: 'ig', currency: 'EUR', ref: 'LK-3', values: { orders: 1, revenue: 42.5 } }));
    aggregate.add(record({ day: SEP_1 + 1, coupon: 'herbst10', currency: 'EUR', ref: 'LK-4', values: { orders: 1, revenue: 49.8 } }));

    expect(aggregate.rows).toBe(4);
    expect(aggregate.cells.size).toBe(3);
    const token = dictionary.tokens.indexOf('herbst-aktion-2026');
    const eur = dictionary.currency('EUR');
    const facebook = aggregate.cells.get(cellKey(SEP_1, token, CHANNEL_INDEX.get('facebook')!, eur))!;
    expect(facebook.length).toBe(CELL_SIZE);
    expect(facebook[M.orders]).toBe(2);
    expect(facebook[M.revenue]).toBeCloseTo(106.7, 10);
    expect(facebook[M.refunds]).toBe(0);
    expect(facebook[M.adSpend]).toBe(0); // NaN (not carried) is never added
    expect(facebook[ROWS_SLOT]).toBe(2);
    const instagram = aggregate.cells.get(cellKey(SEP_1, token, CHANNEL_INDEX.get('instagram')!, eur))!;
    expect([instagram[M.orders], instagram[M.revenue], instagram[ROWS_SLOT]]).toEqual([1, 42.5, 1]);
    // The coupon row: no source, so the channel is unknown.
    const coupon = aggregate.cells.get(cellKey(SEP_1 + 1, token, CHANNEL_INDEX.get('unknown')!, eur))!;
    expect([coupon[M.orders], coupon[M.revenue], coupon[ROWS_SLOT]]).toEqual([1, 49.8, 1]);
  });

  it('flags carried metrics: zero is carried, NaN is not', () => {
    const aggregate = new FileAggregate(new Dictionary(coupons));
    aggregate.add(record({ campaign: 'x', values: { adSpend: 0, impressions: 100 } }));
    aggregate.add(record({ campaign: 'x', values: { impressions: 50, linkClicks: Number.NaN } }));
    const carried = [...aggregate.carried];
    expect(carried.length).toBe(METRIC_COUNT);
    expect(carried[M.adSpend]).toBe(1);
    expect(carried[M.impressions]).toBe(1);
    expect(carried[M.linkClicks]).toBe(0);
    expect(carried.reduce((a, b) => a + b, 0)).toBe(2);
    const [cell] = aggregate.cells.values();
    expect(cell![M.impressions]).toBe(150);
  });

  it('keeps an adapter channel over the source, and a campaign ID when the name is missing', () => {
    const dictionary = new Dictionary(coupons);
    const aggregate = new FileAggregate(dictionary);
    aggregate.add(record({ campaign: 'Herbst Aktion 2026', campaignId: '120246849180540596', channel: 'instagram', source: 'fb', values: { adSpend: 18.42 } }));
    aggregate.add(record({ campaignId: '120246849180540596', values: { adSpend: 1 } }));
    expect(dictionary.campaignIds.get('120246849180540596')).toBe('herbst-aktion-2026');
    expect([...dictionary.campaignChannels.get('herbst-aktion-2026')!]).toEqual(['instagram']);
    const keys = [...aggregate.cells.keys()].map(splitCellKey);
    expect(keys.map((k) => [dictionary.tokens[k.token], CHANNELS[k.channel]])).toEqual([
      ['herbst-aktion-2026', 'instagram'],
      ['id:120246849180540596', 'unknown'],
    ]);
  });

  it('keeps whole-range rows apart and tracks the first and last day', () => {
    const aggregate = new FileAggregate(new Dictionary(coupons));
    expect(aggregate.firstDay).toBe(Infinity);
    expect(aggregate.lastDay).toBe(-Infinity);
    aggregate.add(record({ day: SEP_1 + 3, campaign: 'a', values: { impressions: 10 } }));
    aggregate.add(record({ day: SEP_1, dayTo: SEP_1 + 29, campaign: 'a', values: { impressions: 1000, adSpend: 120.5 } }));
    aggregate.add(record({ day: SEP_1 + 5, campaign: 'a', values: { impressions: 5 } }));
    expect(aggregate.firstDay).toBe(SEP_1);
    expect(aggregate.lastDay).toBe(SEP_1 + 29);
    expect(aggregate.cells.size).toBe(2);
    expect(aggregate.ranges.length).toBe(1);
    const range = aggregate.ranges[0]!;
    expect([range.from, range.to]).toEqual([SEP_1, SEP_1 + 29]);
    expect(range.values[M.impressions]).toBe(1000);
    expect(range.values[M.adSpend]).toBe(120.5);
    expect(range.values[M.reach]).toBe(0);
    expect(range.values[ROWS_SLOT]).toBe(1);
    expect(aggregate.rows).toBe(3);
  });

  it('the hot-path index (day at hand, last campaign, source and currency) sums as a plain map would', () => {
    // Days out of order, returning days, alternating sources and currencies: every row lands in the
    // cell of its own key, compared against a straightforward per-key sum.
    const dictionary = new Dictionary(coupons);
    const aggregate = new FileAggregate(dictionary);
    const expected = new Map<string, { revenue: number; rows: number }>();
    const campaigns = ['Herbst Aktion', 'herbst_aktion', 'Sommer', '', 'Sommer'];
    const sources = ['fb', 'ig', 'google / cpc', '', 'ig'];
    const currencies = ['EUR', 'EUR', 'SEK', ''];
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 2000; i++) {
      const day = SEP_1 + (i < 1000 ? Math.floor(i / 100) : next(12));
      const campaign = campaigns[next(campaigns.length)]!;
      const source = sources[next(sources.length)]!;
      const currency = currencies[next(currencies.length)]!;
      const revenue = next(1000) / 100;
      aggregate.add(record({ day, campaign, source, currency, values: { orders: 1, revenue } }));
      const channel = CHANNEL_INDEX.get(source === '' ? '' : dictionary.channelOf(source))!;
      const key = `${day}/${dictionary.token(campaign)}/${channel}/${dictionary.currency(currency)}`;
      const sum = expected.get(key) ?? { revenue: 0, rows: 0 };
      sum.revenue += revenue;
      sum.rows++;
      expected.set(key, sum);
    }
    expect(aggregate.cells.size).toBe(expected.size);
    for (const [key, cell] of aggregate.cells) {
      const { day, token, channel, currency } = splitCellKey(key);
      const sum = expected.get(`${day}/${token}/${channel}/${currency}`)!;
      expect(cell[ROWS_SLOT]).toBe(sum.rows);
      expect(cell[M.revenue]).toBeCloseTo(sum.revenue, 8);
    }
  });

  it('a cell deleted from outside (overlap removal) is started afresh by the next row, not revived', () => {
    const aggregate = new FileAggregate(new Dictionary(coupons));
    aggregate.add(record({ campaign: 'a', values: { orders: 1 } }));
    aggregate.add(record({ campaign: 'a', values: { orders: 1 } }));
    const [key] = aggregate.cells.keys();
    aggregate.cells.delete(key!);
    aggregate.add(record({ campaign: 'a', values: { orders: 1 } }));
    expect(aggregate.cells.size).toBe(1);
    expect(aggregate.cells.get(key!)![M.orders]).toBe(1);
    expect(aggregate.cells.get(key!)![ROWS_SLOT]).toBe(1);
  });

  it('fingerprints the order references of a day, independent of their order', () => {
    const one = new FileAggregate(new Dictionary(coupons));
    const two = new FileAggregate(new Dictionary(coupons));
    const three = new FileAggregate(new Dictionary(coupons));
    for (const ref of ['LK-5001', 'LK-5002', 'LK-5003']) one.add(record({ ref, values: { orders: 1 } }));
    for (const ref of ['LK-5003', 'LK-5001', 'LK-5002']) two.add(record({ ref, values: { orders: 1 } }));
    for (const ref of ['LK-5001', 'LK-5002', 'LK-5004']) three.add(record({ ref, values: { orders: 1 } }));
    const a = one.fingerprints.get(SEP_1)!;
    expect(a.count).toBe(3);
    expect(two.fingerprints.get(SEP_1)).toEqual(a);
    const c = three.fingerprints.get(SEP_1)!;
    expect(c.count).toBe(3);
    expect(c.xor === a.xor && c.sum === a.sum).toBe(false);
    // Rows without a reference leave no fingerprint.
    const none = new FileAggregate(new Dictionary(coupons));
    none.add(record({ values: { impressions: 1 } }));
    expect(none.fingerprints.size).toBe(0);
  });
});
