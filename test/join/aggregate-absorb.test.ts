// Dictionary.absorb and FileAggregate.absorb (the parallel read's merge, src/parallel): random
// records summed in one aggregate, and the same records cut into parts, each summed with a
// dictionary of its own, then absorbed in order, give the same cells, in the same order, the same
// day fingerprints, whole-range rows, carried metrics, days and dictionary.
import { describe, expect, it } from 'vitest';
import { Dictionary, FileAggregate } from '../../src/join/aggregate.js';
import { M, METRIC_COUNT, newRecord, type CanonicalRecord } from '../../src/model/records.js';
import { mulberry32 } from '../helpers/csv-reference.js';

const COUPONS = new Map([['HERBST10', 'herbst aktion']]);
const CAMPAIGNS = ['Herbst Aktion', 'herbst_aktion', 'Spring Sale', ' spring sale ', '120246849180540612', '', 'Brunch – Familien'];

function randomRecords(random: () => number, count: number): CanonicalRecord[] {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const record = newRecord();
    record.day = 20_000 + Math.floor(random() * 40);
    record.dayTo = random() < 0.05 ? record.day + 6 : record.day;
    record.campaign = pick(CAMPAIGNS);
    record.campaignId = random() < 0.1 ? String(1000 + Math.floor(random() * 5)) : '';
    record.coupon = random() < 0.1 ? 'herbst10' : '';
    record.source = pick(['facebook / paid', 'instagram', 'google / cpc', '']);
    record.channel = random() < 0.1 ? 'tiktok' : '';
    record.currency = pick(['EUR', 'SEK']);
    record.values[M.orders] = 1;
    record.values[M.revenue] = Math.round(random() * 10_000) / 100;
    if (random() < 0.3) record.values[M.refunds] = Math.round(random() * 500) / 100;
    record.ref = random() < 0.9 ? `SO-${n}` : '';
    return record;
  });
}

function summed(records: readonly CanonicalRecord[], dictionary: Dictionary): FileAggregate {
  const aggregate = new FileAggregate(dictionary);
  for (const record of records) aggregate.add(record);
  return aggregate;
}

describe('absorb', () => {
  it.each([1, 2, 3, 4, 5])('gives what one aggregate gives (seed %i)', (seed) => {
    const random = mulberry32(seed);
    const records = randomRecords(random, 2_000);
    // Some tokens and spellings are known before the file, as from an earlier file of the audit.
    const one = new Dictionary(COUPONS);
    const parts = new Dictionary(COUPONS);
    for (const dictionary of [one, parts]) dictionary.token('Spring Sale');
    const whole = summed(records, one);

    const cuts = [0, ...Array.from({ length: 1 + (seed % 3) }, () => Math.floor(random() * records.length)).sort((a, b) => a - b), records.length];
    const merged = new FileAggregate(parts);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const own = new Dictionary(new Map(parts.coupons));
      const part = summed(records.slice(cuts[k], cuts[k + 1]), own);
      merged.absorb(structuredClone(part.state()), parts.absorb(structuredClone(own.state())));
    }

    expect(parts.tokens).toEqual(one.tokens);
    expect([...parts.spellings]).toEqual([...one.spellings]);
    expect([...parts.campaignIds]).toEqual([...one.campaignIds]);
    expect([...parts.campaignChannels]).toEqual([...one.campaignChannels]);
    expect(parts.currencies).toEqual(one.currencies);
    expect([...merged.cells.keys()]).toEqual([...whole.cells.keys()]);
    for (const [key, cell] of whole.cells) {
      const other = merged.cells.get(key)!;
      for (let i = 0; i <= METRIC_COUNT; i++) expect(other[i]).toBeCloseTo(cell[i]!, 9);
    }
    expect(merged.ranges).toEqual(whole.ranges);
    expect([...merged.fingerprints]).toEqual([...whole.fingerprints]);
    expect(merged.carried).toEqual(whole.carried);
    expect([merged.rows, merged.firstDay, merged.lastDay]).toEqual([whole.rows, whole.firstDay, whole.lastDay]);
  });
});
