// --output writes atomically: the file appears whole or not at all, a failing run leaves an existing
// file untouched, no temporary files are left behind; and unit tests of writeFileAtomic.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/output.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];

describe('--output FILE', () => {
  it('writes the report to the file, nothing to stdout, and equals what stdout would get', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-out-'));
    for (const format of ['table', 'json', 'markdown', 'csv']) {
      const file = join(dir, `report.${format}`);
      const run = runCli(['audit', ...CAFE, '--format', format, '--output', file, '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(runCli(['audit', ...CAFE, '--format', format]).stdout);
    }
    expect(readdirSync(dir).sort()).toEqual(['report.csv', 'report.json', 'report.markdown', 'report.table']);
  });

  it('the table in a file has no colour, even though stdout is a terminal-less pipe either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-out-'));
    runCli(['audit', ...CAFE, '-o', join(dir, 'r.txt')]);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toMatch(/\x1b\[/);
  });

  it('says on stderr that there are warnings, since the terminal does not show the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-out-'));
    const file = join(dir, 'r.txt');
    expect(runCli(['audit', ...CAFE, '-o', file]).stderr).toBe(`smroi: 2 warnings (see the warnings in ${file})\n`);
  });

  it('a failing run (input error, usage error) leaves an existing file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-keep-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, 'last month\n');
    const before = statSync(file);

    const broken = runCli(['audit', 'fixtures/broken', '--strict', '--json', '--output', file]);
    expect(broken.status).toBe(1);
    const badMonth = runCli(['audit', 'fixtures/scenarios/cafe-week', '--month', '2026-13', '--output', file]);
    expect(badMonth.status).toBe(2);
    const badConfig = runCli(['audit', ...CAFE, '--config', join(dir, 'nope.json'), '--output', file]);
    expect(badConfig.status).toBe(2);

    expect(readFileSync(file, 'utf8')).toBe('last month\n');
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual(['report.json']); // no temporary file left behind
  });

  it('a run whose write fails half-way (file size limit: EFBIG) exits 2 and leaves the file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-efbig-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, 'last month\n');
    // ulimit -f 2: no file may grow beyond 2 KiB, so writing the 20 KB report fails in the middle.
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', 'ulimit -f 2; exec "$0" "$@"', process.execPath, join(ROOT, 'bin', 'smroi.js'), 'audit', ...CAFE, '--json', '--output', file], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
    });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('OUTPUT_NOT_WRITTEN');
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('last month\n');
    expect(readdirSync(dir)).toEqual(['report.json']); // the temporary file was removed
  });

  it('a successful run replaces the file by rename (a new inode), keeping its permissions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-replace-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    const before = statSync(file);
    expect(runCli(['audit', ...CAFE, '--json', '-o', file, '-q']).status).toBe(0);
    const after = statSync(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe('smroi.report/1');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

describe('writeFileAtomic', () => {
  it('leaves the target and the folder as they were when the write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-atomic-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, 'keep\n');
    chmodSync(dir, 0o500); // no new files in the folder
    try {
      if (process.getuid?.() === 0) return; // root writes anyway
      await expect(writeFileAtomic(file, 'new\n')).rejects.toBeInstanceOf(UsageError);
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readFileSync(file, 'utf8')).toBe('keep\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('throws a UsageError when the folder is not a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-atomic-'));
    writeFileSync(join(dir, 'file'), 'x');
    await expect(writeFileAtomic(join(dir, 'file', 'report.json'), 'new\n')).rejects.toBeInstanceOf(UsageError);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('creates a new file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-atomic-'));
    await writeFileAtomic(join(dir, 'a.txt'), 'x');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('x');
    expect(existsSync(join(dir, 'a.txt'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
