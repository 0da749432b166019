// Determinism and provenance: each input's SHA-256 and size as `sha256sum` and `stat` give them
// (hashed while the file is read, BOM included), byte-identical runs, and a generation time only
// with SOURCE_DATE_EPOCH or --timestamp.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generationTime } from '../../src/provenance.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];

function sha256sum(path: string): string {
  try {
    return execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0]!;
  } catch {
    return execFileSync('shasum', ['-a', '256', path], { encoding: 'utf8' }).split(' ')[0]!; // macOS
  }
}

describe('provenance of the inputs', () => {
  const report = JSON.parse(runCli(['audit', ...CAFE, '--json']).stdout);

  it('lists sha256, size and rows of every file read, equal to sha256sum and stat', () => {
    expect(report.sources).toHaveLength(9);
    for (const source of report.sources) {
      const path = join(ROOT, 'fixtures', 'scenarios', 'cafe-week', source.file);
      expect(source.sha256, source.file).toBe(sha256sum(path));
      expect(source.size, source.file).toBe(statSync(path).size);
      expect(source.rows).toBeGreaterThan(0);
    }
  });

  it('hashes the byte-order mark too (UTF-16 insights file from Meta)', () => {
    const follows = report.sources.find((s: { file: string }) => s.file === 'Follows (1).csv');
    expect(follows.encoding).toBe('utf-16le');
    expect(follows.sha256).toBe('0dd51f96ca964d50f17c148a06a05938ed685e4c767b08a9b85f34fdba8816ae');
  });

  it('skipped files are listed without a hash', () => {
    expect(report.skipped).toEqual([expect.objectContaining({ file: 'notes.txt' })]);
  });
});

describe('determinism', () => {
  it('two runs give byte-identical output in every format, and no time appears', () => {
    for (const format of ['table', 'json', 'markdown', 'csv']) {
      const first = runCli(['audit', ...CAFE, '--format', format]).stdout;
      expect(runCli(['audit', ...CAFE, '--format', format]).stdout).toBe(first);
      expect(first).not.toMatch(/generated|\d{2}:\d{2}:\d{2}/i);
    }
  });

  it('the time zone of the machine (TZ) does not change the report', () => {
    const utc = runCli(['audit', ...CAFE, '--json'], { TZ: 'UTC' }).stdout;
    expect(runCli(['audit', ...CAFE, '--json'], { TZ: 'Pacific/Kiritimati' }).stdout).toBe(utc);
    expect(runCli(['audit', ...CAFE, '--json'], { TZ: 'America/Los_Angeles' }).stdout).toBe(utc);
  });

  it('SOURCE_DATE_EPOCH sets generatedAt reproducibly, also over --timestamp', () => {
    const env = { SOURCE_DATE_EPOCH: '1790000000' };
    const run = runCli(['audit', ...CAFE, '--json'], env);
    expect(JSON.parse(run.stdout).generatedAt).toBe('2026-09-21T14:13:20Z');
    expect(runCli(['audit', ...CAFE, '--json', '--timestamp'], env).stdout).toBe(run.stdout);
    expect(runCli(['audit', ...CAFE, '--format', 'markdown'], env).stdout).toContain('generated 2026-09-21T14:13:20Z');
  });

  it('--timestamp alone states the current time', () => {
    const before = Date.now() - 1000;
    const stamp = JSON.parse(runCli(['audit', ...CAFE, '--json', '--timestamp']).stdout).generatedAt;
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(stamp)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(stamp)).toBeLessThanOrEqual(Date.now());
  });

  it('generationTime: none without either, SOURCE_DATE_EPOCH first, the clock for --timestamp', () => {
    const clock = () => new Date('2026-11-01T08:00:00.123Z');
    expect(generationTime({}, false, clock)).toBeUndefined();
    expect(generationTime({ SOURCE_DATE_EPOCH: '' }, false, clock)).toBeUndefined();
    expect(generationTime({}, true, clock)).toBe('2026-11-01T08:00:00Z');
    expect(generationTime({ SOURCE_DATE_EPOCH: '0' }, true, clock)).toBe('1970-01-01T00:00:00Z');
    expect(() => generationTime({ SOURCE_DATE_EPOCH: '-5' }, false, clock)).toThrow('SOURCE_DATE_EPOCH');
  });
});
