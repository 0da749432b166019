// readFolder (src/audit.ts) with keepGoing: a file that fails half-way is taken back whole, with what
// it taught the shared dictionary (campaign spellings, Meta campaign IDs, channels) and its warnings;
// without keepGoing (--strict) its error ends the read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../src/audit.js';
import { InputError } from '../src/errors.js';
import { Dictionary } from '../src/join/aggregate.js';
import { DayCutter } from '../src/read/dates.js';

const HEADER = '"Reporting starts","Reporting ends","Campaign name","Campaign ID","Amount spent (EUR)",Impressions';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-readfolder-'));
  writeFileSync(join(dir, 'a-good.csv'), `${HEADER}\n2026-10-01,2026-10-01,"Herbst Aktion",120246849180540596,10.00,100\n`);
  writeFileSync(join(dir, 'b-bad.csv'), `${HEADER}\n2026-10-01,2026-10-01,"Winter Brunch",120246849180549999,5.00,50\n2026-10-32,2026-10-32,"Winter Brunch",120246849180549999,5.00,50\n`);
  writeFileSync(join(dir, 'c-till.csv'), 'date,order_id,amount,refunded_amount\n2026-10-02,K-1,10.00,25.00\n2026-10-03,K-2,12x,\n');
  return dir;
}

describe('readFolder with keepGoing', () => {
  it('leaves out the failing files whole: no rows, no campaign name or ID, no warning', async () => {
    const dictionary = new Dictionary(new Map());
    const read = await readFolder({ dir: folder(), cutter: new DayCutter('UTC'), dictionary, keepGoing: true });
    expect(read.parsed.map((file) => file.found.relativePath)).toEqual(['a-good.csv']);
    expect(read.failures.map((error) => [error.file, error.line, error.code])).toEqual([
      ['b-bad.csv', 3, 'BAD_DATE'],
      ['c-till.csv', 3, 'BAD_NUMBER'],
    ]);
    expect(read.skipped).toMatchObject([
      { file: 'b-bad.csv', code: 'BAD_DATE', line: 3, kind: 'meta-ads' },
      { file: 'c-till.csv', code: 'BAD_NUMBER', line: 3, kind: 'generic-ledger' },
    ]);
    expect([...dictionary.campaignIds.keys()]).toEqual(['120246849180540596']);
    expect([...dictionary.spellings.values()].flatMap((names) => [...names])).toEqual(['Herbst Aktion']);
    expect([...dictionary.campaignChannels.keys()]).toEqual(['herbst-aktion']);
    expect(read.warnings.filter((warning) => warning.file !== 'a-good.csv')).toEqual([]);
    expect(read.outcomes.map((outcome) => ('error' in outcome && outcome.error ? outcome.error.code : null))).toEqual([null, 'BAD_DATE', 'BAD_NUMBER']);
  });

  it('without keepGoing the first failure ends the read', async () => {
    await expect(readFolder({ dir: folder(), cutter: new DayCutter('UTC'), dictionary: new Dictionary(new Map()) })).rejects.toMatchObject({
      constructor: InputError,
      file: 'b-bad.csv',
      line: 3,
      code: 'BAD_DATE',
    });
  });
});
