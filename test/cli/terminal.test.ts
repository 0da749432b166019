// Terminal manners: the report on stdout and everything else on stderr, colour and progress only on
// a terminal and never under NO_COLOR, FORCE_COLOR honoured, `| head` ends quietly with exit 0.
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit.js';
import { ProgressBar, progressWanted, renderBar } from '../../src/progress.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CAFE = ['fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];
const BIN = join(ROOT, 'bin', 'smroi.js');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe('stdout and stderr', () => {
  it('the table goes to stdout, nothing to stderr', () => {
    const run = runCli(['audit', ...CAFE]);
    expect(run.stdout).toMatch(/^smroi audit/);
    expect(run.stderr).toBe('');
  });

  it('--quiet drops the warning summary; --debug adds per-file lines on stderr only', () => {
    expect(runCli(['audit', ...CAFE, '--json', '--quiet']).stderr).toBe('');
    const debug = runCli(['audit', ...CAFE, '--json', '--debug']);
    expect(debug.stdout).toBe(runCli(['audit', ...CAFE, '--json']).stdout);
    expect(debug.stderr).toMatch(/^smroi debug: read Facebook-posts-Sep-2026\.csv as facebook-posts: 976 bytes, 2 rows, \d+ ms$/m);
    expect(debug.stderr).toContain('smroi debug: period 2026-09-01 to 2026-09-07 (Europe/Berlin), no previous period compared');
  });
});

describe('colour', () => {
  it('none in a pipe; FORCE_COLOR forces it; NO_COLOR and --no-color win over FORCE_COLOR', () => {
    expect(runCli(['audit', ...CAFE], { NO_COLOR: '' }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['audit', ...CAFE], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['audit', ...CAFE], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['audit', ...CAFE, '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
  });

  it('never in JSON, Markdown or CSV, even when forced', () => {
    for (const format of ['json', 'markdown', 'csv']) {
      expect(runCli(['audit', ...CAFE, '--format', format], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
    }
  });

  it.skipIf(!hasScript)('on a terminal: colour, unless NO_COLOR; a quick run leaves no progress behind', () => {
    const onTty = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" audit ${CAFE.join(' ')}`, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', TERM: 'xterm', TZ: 'UTC', ...env },
      });
    const colour = onTty({});
    expect(colour.status).toBe(0);
    expect(colour.stdout).toMatch(/\x1b\[1msmroi audit/);
    expect(colour.stdout).not.toContain('reading');
    const plain = onTty({ NO_COLOR: '1' });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('smroi audit ... | head', () => {
  it('exits 0 without a word on stderr when the reader has gone before the report is written', async () => {
    const child = spawn(process.execPath, [BIN, 'audit', ...CAFE, '--json'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' } });
    child.stdout.destroy(); // close the read end at once: the CLI's write gets EPIPE
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('exits 0 in a real shell pipeline with pipefail', () => {
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `set -o pipefail; "${process.execPath}" "${BIN}" audit ${CAFE.join(' ')} | head -n 2; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
    });
    expect(run.stdout).toBe('smroi audit · 2026-09-01 to 2026-09-07 (Europe/Berlin) · amounts in EUR\n9 files read, 1 skipped\nstatus=0\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 0 when head reads nothing at all', () => {
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `set -o pipefail; "${process.execPath}" "${BIN}" audit ${CAFE.join(' ')} --format csv | head -c 0`], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
    });
    expect(run.status).toBe(0);
    // Whether the write meets the closed pipe (exit at once) or fits the pipe buffer first is a race;
    // either way there is no error, only possibly the usual one-line note.
    expect(['', 'smroi: 2 warnings (--format table or json shows them)\n']).toContain(run.stderr);
  });
});

describe('progress bar', () => {
  const tty = () => {
    const written: string[] = [];
    return { stream: { isTTY: true, columns: 80, write: (text: string) => written.push(text) }, written };
  };

  it('is wanted only on a terminal, without NO_COLOR, --no-color, --quiet or TERM=dumb', () => {
    const stream = { isTTY: true, write: () => true };
    expect(progressWanted({ stream, env: {} })).toBe(true);
    expect(progressWanted({ stream: { write: () => true }, env: {} })).toBe(false);
    expect(progressWanted({ stream, env: { NO_COLOR: '1' } })).toBe(false);
    expect(progressWanted({ stream, env: { TERM: 'dumb' } })).toBe(false);
    expect(progressWanted({ stream, env: {}, quiet: true })).toBe(false);
    expect(progressWanted({ stream, env: {}, color: false })).toBe(false);
    expect(progressWanted({ stream, env: { FORCE_COLOR: '1' }, quiet: false })).toBe(true);
  });

  it('appears only after a second, redraws at most every 100 ms, and erases itself', () => {
    let now = 0;
    const { stream, written } = tty();
    const bar = new ProgressBar(stream, { clock: () => now });
    bar.start(10_000_000);
    bar.fileStarted('orders.csv');
    bar.add(1_000_000);
    now = 900;
    bar.add(1_000_000);
    expect(written).toEqual([]); // a quick run shows nothing
    now = 1000;
    bar.add(1_000_000);
    now = 1050;
    bar.add(1_000_000); // too soon to redraw
    now = 1100;
    bar.add(1_000_000);
    expect(written).toEqual([
      `\r${renderBar(3_000_000, 10_000_000, 'orders.csv', 80)}\x1b[K`,
      `\r${renderBar(5_000_000, 10_000_000, 'orders.csv', 80)}\x1b[K`,
    ]);
    bar.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('draws a bar by bytes, cut to the terminal width', () => {
    expect(renderBar(12_300_000, 29_000_000, 'orders.csv', 100)).toBe('reading  42 % [########............] 12.3 of 29.0 MB  orders.csv');
    expect(renderBar(12_300_000, 29_000_000, 'orders.csv', 100, 'de')).toBe('lese  42 % [########............] 12,3 von 29,0 MB  orders.csv');
    expect(renderBar(12_300_000, 29_000_000, 'orders.csv', 100, 'sv')).toBe('läser  42 % [########............] 12,3 av 29,0 MB  orders.csv');
    expect(renderBar(0, 0, 'x', 80)).toBe('reading   0 % [....................] 0.0 of 0.0 MB  x');
    expect(renderBar(1, 2, 'a-very-long-file-name.csv'.repeat(5), 60)).toHaveLength(59);
  });

  it('is fed the bytes of every file read, adding up to the total announced', async () => {
    let total = -1;
    let bytes = 0;
    const files: string[] = [];
    const report = await runAudit({
      dir: join(ROOT, 'fixtures', 'scenarios', 'cafe-week'),
      from: '2026-09-01',
      to: '2026-09-07',
      onReadStart: (count) => (total = count),
      onFile: (file) => files.push(file.relativePath),
      onBytes: (count) => (bytes += count),
    });
    const sizes = report.sources.reduce((sum, source) => sum + statSync(join(ROOT, 'fixtures', 'scenarios', 'cafe-week', source.file)).size, 0);
    expect(total).toBe(sizes);
    expect(bytes).toBe(sizes);
    expect(files).toHaveLength(report.sources.length);
  });
});
