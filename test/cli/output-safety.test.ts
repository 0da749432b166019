// Outputs never destroy anything: --output and --history refuse an input of the audited folder and
// its configuration; a named pipe or a device is written to directly (never renamed over); a
// symbolic link stays a link (the file it points to is replaced atomically); /dev/full is a clear
// write error (exit 2); smroi's own outputs inside the folder are never read back as inputs.
// Devices are tested safely: pipes and links live in temporary folders; /dev/full only fails;
// /dev/null is only checked to still be a character device after `-o /dev/null`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07', '--quiet'];
const expected = runCli(['audit', ...CAFE, '--json']).stdout;
const temp = (name: string) => mkdtempSync(join(tmpdir(), `smroi-${name}-`));

function bistroCopy(): string {
  const dir = temp('bistro');
  cpSync(join(ROOT, 'fixtures/scenarios/bistro-quarter'), dir, { recursive: true });
  return dir;
}

afterAll(() => {
  // A safety net, should a bug ever rename a file over /dev/null: put the device back (as root).
  if (!statSync('/dev/null').isCharacterDevice() && process.getuid?.() === 0) {
    spawnSync('sh', ['-c', 'rm -f /dev/null && mknod -m 666 /dev/null c 1 3']);
    throw new Error('/dev/null had been replaced by a regular file');
  }
});

describe('--output to a pipe or a device: written directly, never renamed over', () => {
  it('a named pipe gets the report and stays a named pipe', async () => {
    const dir = temp('fifo');
    const fifo = join(dir, 'report.pipe');
    const got = join(dir, 'got.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, got]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const run = runCli(['audit', ...CAFE, '--json', '-o', fifo]);
    await done;
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(got, 'utf8')).toBe(expected);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('-o /dev/null: exit 0, and /dev/null is still a character device', () => {
    const run = runCli(['audit', ...CAFE, '-o', '/dev/null']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-o /dev/full: exit 2 with one clear line (ENOSPC), and /dev/full is still a device', () => {
    const run = runCli(['audit', ...CAFE, '-o', '/dev/full']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'smroi: --output /dev/full (a character device) could not be written: no space left on the device (ENOSPC). Choose another path, or make room on the device. [OUTPUT_NOT_WRITTEN]\n',
    );
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('-o /dev/stdout writes to stdout, and appends where the shell appends (>>)', () => {
    expect(runCli(['audit', ...CAFE, '--json', '-o', '/dev/stdout']).stdout).toBe(expected);
    const dir = temp('stdout');
    const file = join(dir, 'log.txt');
    writeFileSync(file, 'earlier line\n');
    const run = spawnSync('sh', ['-c', 'exec "$0" bin/smroi.js "$@" >> "$LOG"', process.execPath, 'audit', ...CAFE, '--json', '-o', '/dev/stdout'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LOG: file },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`earlier line\n${expected}`);
    expect(statSync(file).isFile()).toBe(true);
  });
});

describe('--output through a symbolic link: the link stays, its target is replaced atomically', () => {
  it('an existing target: new inode, same permissions, link unchanged', () => {
    const dir = temp('link');
    writeFileSync(join(dir, 'real.json'), 'old\n', { mode: 0o640 });
    symlinkSync('real.json', join(dir, 'report.json'));
    const before = statSync(join(dir, 'real.json'));
    const run = runCli(['audit', ...CAFE, '--json', '-o', join(dir, 'report.json')]);
    expect(run.status, run.stderr).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'report.json'))).toBe('real.json');
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe(expected);
    const after = statSync(join(dir, 'real.json'));
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
  });

  it('a link to a file not there yet creates that file; a link into a missing folder is exit 2', () => {
    const dir = temp('dangling');
    symlinkSync('made.json', join(dir, 'report.json'));
    expect(runCli(['audit', ...CAFE, '--json', '-o', join(dir, 'report.json')]).status).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.json'), 'utf8')).toBe(expected);
    symlinkSync('missing/x.json', join(dir, 'broken.json'));
    const run = runCli(['audit', ...CAFE, '-o', join(dir, 'broken.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('OUTPUT_FOLDER_MISSING');
  });
});

describe('--output and --history never overwrite an input or the configuration', () => {
  it('an export of the audited folder (also through a link) is refused, exit 2, untouched', () => {
    const dir = bistroCopy();
    const before = readFileSync(join(dir, 'meta-ads.csv'), 'utf8');
    const run = runCli(['audit', dir, '--month', '2026-10', '-o', join(dir, 'meta-ads.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^smroi: --output .*meta-ads\.csv is an input of the audited folder .*\(smroi recognises it: Meta Ads Manager export\); writing the report there would destroy it\. .*\[OUTPUT_IS_INPUT\]\n$/);
    const outside = temp('outside-link');
    symlinkSync(join(dir, 'ledger.csv'), join(outside, 'report.txt'));
    expect(runCli(['audit', dir, '--month', '2026-10', '-o', join(outside, 'report.txt')]).stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'meta-ads.csv'), 'utf8')).toBe(before);
    expect(lstatSync(join(outside, 'report.txt')).isSymbolicLink()).toBe(true);
  });

  it('the configuration file is refused, exit 2', () => {
    const dir = bistroCopy();
    const run = runCli(['audit', dir, '--month', '2026-10', '-o', join(dir, 'smroi.config.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[OUTPUT_IS_CONFIG]');
    expect(JSON.parse(readFileSync(join(dir, 'smroi.config.json'), 'utf8')).currency).toBe('EUR');
  });

  it('a --history folder whose month file is an export of the folder is refused; a pipe is not a folder', () => {
    const dir = bistroCopy();
    mkdirSync(join(dir, 'kept'));
    cpSync(join(dir, 'ledger.csv'), join(dir, 'kept', '2026-09.json'));
    const run = runCli(['audit', dir, '--month', '2026-10', '--history', join(dir, 'kept')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[HISTORY_HOLDS_INPUTS]');
    const fifo = join(temp('history-fifo'), 'history');
    spawnSync('mkfifo', [fifo]);
    const piped = runCli(['audit', dir, '--month', '2026-10', '--history', fifo]);
    expect(piped.status).toBe(2);
    expect(piped.stderr).toContain('is a named pipe, not a folder.');
  });
});

describe('smroi never reads its own outputs back as inputs', () => {
  it('an --output file and a --history folder inside the audited folder: the second run has the same figures', () => {
    const dir = bistroCopy();
    const args = ['audit', dir, '--month', '2026-10', '--quiet', '--history', join(dir, 'history')];
    const first = runCli([...args, '--json', '-o', join(dir, 'report.json')]);
    expect(first.status, first.stderr).toBe(0);
    const second = runCli([...args, '--json', '-o', join(dir, 'report.json')]);
    expect(second.status, second.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.sources.map((source: { file: string }) => source.file)).toEqual(['ledger.csv', 'meta-ads.csv']);
    expect(report.skipped).toEqual([
      { file: 'history/2026-10.json', reason: 'a month smroi keeps there (--history); its own output is never read as an input' },
      { file: 'report.json', reason: 'the report smroi writes there (--output); its own output is never read as an input' },
    ]);
    expect(report.totals.confirmed.revenue).toBe(450);
    // A report of another format inside the folder is rewritten too, month after month.
    for (const format of ['csv', 'markdown', 'table']) {
      for (let run = 0; run < 2; run++) expect(runCli([...args, '--format', format, '-o', join(dir, `report.${format}`)]).status).toBe(0);
    }
  });
});
