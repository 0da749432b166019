// Manners: what is not a regular file (a named pipe, a link to a folder) is passed over with a
// reason instead of hanging; a --config that is a pipe, a device or a folder is refused in one line;
// a file name that is not UTF-8 and a file smroi may not open are listed as files that could not be
// read (exit 4), never an "internal error". Runs that could hang have a time limit.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'smroi.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000, // a hang fails the test instead of the suite
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.signal === 'SIGTERM' };
}

function bistro(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-manners-'));
  cpSync(join(ROOT, 'fixtures/scenarios/bistro-quarter'), dir, { recursive: true });
  return dir;
}

const month = ['--month', '2026-10', '--quiet'];

describe('inputs that are not regular files', () => {
  it('a named pipe in the folder is passed over with a reason; the audit does not wait for it', () => {
    const dir = bistro();
    expect(spawnSync('mkfifo', [join(dir, 'orders.csv')]).status).toBe(0);
    const result = run(['audit', dir, ...month, '--json']);
    expect(result.timedOut).toBe(false);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).skipped).toEqual([{ file: 'orders.csv', reason: 'not a regular file (a named pipe); smroi reads regular files only' }]);
  });

  it('a link to an export is read as that export; a link to a folder is passed over with a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-links-'));
    const elsewhere = bistro();
    symlinkSync(join(elsewhere, 'ledger.csv'), join(dir, 'ledger.csv'));
    symlinkSync(elsewhere, join(dir, 'more'));
    const result = run(['audit', dir, ...month, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sources.map((source: { file: string }) => source.file)).toEqual(['ledger.csv']);
    const copy = mkdtempSync(join(tmpdir(), 'smroi-links-copy-'));
    cpSync(join(elsewhere, 'ledger.csv'), join(copy, 'ledger.csv'));
    expect(report.totals).toEqual(JSON.parse(run(['audit', copy, ...month, '--json']).stdout).totals);
    expect(report.totals.confirmed.orders).toBeGreaterThan(0);
    expect(report.skipped).toEqual([{ file: 'more', reason: expect.stringMatching(/^a link to a folder; smroi does not follow links to folders/) }]);
  });
});

describe('a --history folder holding a named pipe', () => {
  it('a pipe named like a month is left out of the trend, not waited for', () => {
    const dir = bistro();
    const history = mkdtempSync(join(tmpdir(), 'smroi-history-pipe-'));
    spawnSync('mkfifo', [join(history, '2026-09.json')]);
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'smroi.js'), 'audit', dir, '--month', '2026-10', '--history', history, '-o', join(history, 'report.txt')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
    });
    expect(result.signal).toBe(null);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`smroi: ${history}: left out of the trend (unreadable or in another currency than EUR): 2026-09.json`);
  });
});

describe('--config that is not a regular file', () => {
  it('a named pipe (given, or as DIR/smroi.config.json), a folder: exit 2 in one line, no hang', () => {
    const dir = bistro();
    const fifo = join(dir, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    const piped = run(['audit', dir, ...month, '--config', fifo]);
    expect(piped.timedOut).toBe(false);
    expect(piped.status).toBe(2);
    expect(piped.stderr).toBe(`smroi: --config ${fifo} is a named pipe, not a file. Point it at a smroi.config.json file (smroi init DIR writes one). [CONFIG_NOT_A_FILE]\n`);
    expect(run(['audit', dir, ...month, '--config', dir]).stderr).toBe(
      `smroi: --config ${dir} is a folder, not a file. Point it at a smroi.config.json file (smroi init DIR writes one). [CONFIG_NOT_A_FILE]\n`,
    );
    const other = mkdtempSync(join(tmpdir(), 'smroi-config-pipe-'));
    spawnSync('mkfifo', [join(other, 'smroi.config.json')]);
    const found = run(['audit', other, ...month]);
    expect(found.timedOut).toBe(false);
    expect(found.status).toBe(2);
    expect(found.stderr).toContain('smroi.config.json is a named pipe, not a file.');
    expect(run(['detect', other]).status).toBe(2);
  });
});

describe('files that cannot be opened', () => {
  it('a file name that is not valid UTF-8: listed as not readable (BAD_FILE_NAME), exit 4, no internal error', () => {
    const dir = bistro();
    const name = Buffer.concat([Buffer.from(dir + '/orders-'), Buffer.from([0xff, 0xfe]), Buffer.from('.csv')]);
    writeFileSync(name, 'date,order_id,amount\n2026-10-05,X-1,99.00\n');
    const result = run(['audit', dir, ...month, '--json']);
    expect(result.status, result.stderr).toBe(4);
    expect(result.stderr).not.toContain('internal error');
    const report = JSON.parse(result.stdout);
    expect(report.skipped).toEqual([
      {
        file: 'orders-\uFFFD\uFFFD.csv',
        reason: expect.stringMatching(/^the file name is not valid UTF-8 .*Rename it to a name in UTF-8 and run again\.$/),
        code: 'BAD_FILE_NAME',
        line: null,
      },
    ]);
    expect(report.totals.confirmed.revenue).toBe(450); // the good files are all there
    const listing = run(['detect', dir]);
    expect(listing.status).toBe(0);
    expect(listing.stdout).toContain('orders-\uFFFD\uFFFD.csv');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission: FILE_NOT_READABLE, exit 4 (root reads every file: see test/read/sample-errors.test.ts)', () => {
    const dir = bistro();
    writeFileSync(join(dir, 'locked.csv'), 'date,order_id,amount\n2026-10-05,X-1,99.00\n');
    chmodSync(join(dir, 'locked.csv'), 0);
    const result = run(['audit', dir, ...month, '--json']);
    expect(result.status).toBe(4);
    expect(JSON.parse(result.stdout).skipped).toMatchObject([{ file: 'locked.csv', code: 'FILE_NOT_READABLE', line: null }]);
  });

  it.skipIf(process.getuid?.() === 0)('a subfolder without read permission: FOLDER_NOT_READABLE, exit 4', () => {
    const dir = bistro();
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0);
    const result = run(['audit', dir, ...month, '--json']);
    chmodSync(join(dir, 'locked'), 0o700);
    expect(result.status).toBe(4);
    expect(JSON.parse(result.stdout).skipped).toMatchObject([{ file: 'locked', code: 'FOLDER_NOT_READABLE', line: null }]);
  });
});
