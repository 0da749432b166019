// A file smroi may not open (EACCES; tests run as root, who may open anything, so the open call is
// mocked): sampleFile returns a skip with a FILE_NOT_READABLE problem instead of throwing, and the
// audit's folder read lists the file as not readable (its code, no line) and reads the others.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reasonInEnglish } from '../helpers/english.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const openSync = (path: Parameters<typeof actual.openSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith('locked.csv')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', errno: -13, syscall: 'open' });
    }
    return (actual.openSync as (...args: unknown[]) => number)(path, ...rest);
  };
  return { ...actual, default: { ...actual, openSync }, openSync };
});

const { sampleFile } = await import('../../src/read/sample.js');
const { readFolder } = await import('../../src/audit.js');
const { Dictionary } = await import('../../src/join/aggregate.js');
const { DayCutter } = await import('../../src/read/dates.js');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-eacces-'));
  writeFileSync(join(dir, 'locked.csv'), 'date,order_id,amount\n2026-10-05,X-1,99.00\n');
  writeFileSync(join(dir, 'open.csv'), 'date,order_id,amount\n2026-10-06,X-2,10.00\n');
  return dir;
}

describe('a file that cannot be opened (EACCES)', () => {
  it('sampleFile: a skip with the reason and a FILE_NOT_READABLE problem naming the file', async () => {
    const result = await sampleFile(join(folder(), 'locked.csv'), 'locked.csv');
    expect('skip' in result && reasonInEnglish(result.skip)).toBe('cannot be opened: permission denied (EACCES)');
    expect('skip' in result && result.error).toMatchObject({
      code: 'FILE_NOT_READABLE',
      file: 'locked.csv',
      line: null,
      problem: 'the file cannot be opened: permission denied (EACCES).',
    });
  });

  it('readFolder: listed as not readable, the other file read; without keepGoing the problem is thrown', async () => {
    const read = await readFolder({ dir: folder(), cutter: new DayCutter('UTC'), dictionary: new Dictionary(new Map()), keepGoing: true });
    expect(read.parsed.map((file) => file.found.relativePath)).toEqual(['open.csv']);
    expect(read.skipped).toEqual([
      {
        file: 'locked.csv',
        reason: 'the file cannot be opened: permission denied (EACCES). Give smroi read access to it (chmod +r) or move it out of the folder.',
        code: 'FILE_NOT_READABLE',
        line: null,
      },
    ]);
    await expect(readFolder({ dir: folder(), cutter: new DayCutter('UTC'), dictionary: new Dictionary(new Map()) })).rejects.toMatchObject({ code: 'FILE_NOT_READABLE' });
  });
});
