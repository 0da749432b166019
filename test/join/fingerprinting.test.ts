// Day fingerprints of order references (src/join/aggregate.ts) feed only the day-level overlap check
// between two files of one dataset: a ledger alone of its kind in the folder is not fingerprinted,
// two files of a kind are (two DATEV downloads, which have no order identity, are compared by them).
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFolder } from '../../src/audit.js';
import { Dictionary } from '../../src/join/aggregate.js';
import { DayCutter } from '../../src/read/dates.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-prints-'));
  dirs.push(dir);
  for (const [name, from] of Object.entries(files)) cpSync(join(FIXTURES, from), join(dir, name));
  return dir;
}

async function prints(dir: string): Promise<Record<string, number>> {
  const read = await readFolder({ dir, cutter: new DayCutter('Europe/Berlin'), dictionary: new Dictionary(new Map()), keepGoing: true });
  return Object.fromEntries(read.parsed.map((file) => [file.found.relativePath, file.aggregate.fingerprints.size]));
}

describe('day fingerprints', () => {
  it('are left out for a ledger alone of its kind, kept for two files of a kind', async () => {
    expect(await prints(folder({ 'orders.csv': 'generic-ledger/en.csv' }))).toEqual({ 'orders.csv': 0 });
    const two = await prints(folder({ 'a.csv': 'generic-ledger/en.csv', 'b.csv': 'generic-ledger/de.csv' }));
    expect(two['a.csv']).toBeGreaterThan(0);
    expect(two['b.csv']).toBeGreaterThan(0);
  });

  it('are kept for two copies of a DATEV export (no order identity: the day-level check compares them)', async () => {
    const datev = readdirSync(join(FIXTURES, 'datev-buchungsstapel')).find((name) => name.endsWith('.csv'))!;
    const dir = folder({ 'a.csv': `datev-buchungsstapel/${datev}`, 'b.csv': `datev-buchungsstapel/${datev}` });
    const read = await readFolder({ dir, cutter: new DayCutter('Europe/Berlin'), dictionary: new Dictionary(new Map()), keepGoing: true });
    expect(read.parsed.every((file) => file.aggregate.fingerprints.size > 0)).toBe(true);
  });
});
