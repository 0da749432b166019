// The README's crontab line, run as cron runs it: `sh -c` in a fresh home directory, a minimal
// environment, PATH holding only the folder of node (with smroi beside it, as npm link puts it)
// and /usr/bin:/bin.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const cronBlock = /```cron\n([\s\S]*?)```/.exec(readme)![1]!;
const job = cronBlock.split('\n').find((line) => /^\d/.test(line))!;
const command = job.split(' ').slice(5).join(' ');

describe('the README cron recipe', () => {
  it('sets PATH for cron, and the job creates its output folder before writing', () => {
    expect(cronBlock).toMatch(/^PATH=\S*node\S*\/bin:\/usr\/bin:\/bin$/m);
    expect(readme).toContain('command -v node');
    expect(command).toMatch(/mkdir -p smroi\/history && smroi audit /);
  });

  it('writes the whole Markdown report on a fresh home directory', () => {
    const home = mkdtempSync(join(tmpdir(), 'smroi-cron-home-'));
    cpSync(join(ROOT, 'fixtures', 'scenarios', 'bistro-quarter'), join(home, 'exports'), { recursive: true });
    const nodeBin = join(home, 'node-bin'); // stands for the folder `command -v node` prints
    mkdirSync(nodeBin);
    symlinkSync(process.execPath, join(nodeBin, 'node'));
    symlinkSync(join(ROOT, 'bin', 'smroi.js'), join(nodeBin, 'smroi'));
    const run = spawnSync('/bin/sh', ['-c', command], {
      cwd: '/',
      encoding: 'utf8',
      env: { HOME: home, PATH: `${nodeBin}:/usr/bin:/bin`, SHELL: '/bin/sh', SMROI_NOW: '2026-11-01', TZ: 'UTC' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    const report = readFileSync(join(home, 'smroi', 'last-month.md'), 'utf8');
    expect(report).toMatch(/^# smroi audit: 2026-10-01 to 2026-10-31\n/);
    for (const section of ['## Money: what sales confirm against what it cost', '## Trend over the months kept with --history, 2026-10', '## Profit: ', '## Terms']) {
      expect(report).toContain(section);
    }
    expect(readFileSync(join(home, 'smroi', 'history', '2026-10.json'), 'utf8')).toBe(runCli(['audit', 'fixtures/scenarios/bistro-quarter', '--month', '2026-10', '--json']).stdout);
    // Without the mkdir the same job fails on a fresh home: --output wants its folder.
    const bare = mkdtempSync(join(tmpdir(), 'smroi-cron-home-'));
    cpSync(join(home, 'exports'), join(bare, 'exports'), { recursive: true });
    const without = spawnSync('/bin/sh', ['-c', command.replace('mkdir -p smroi/history && ', '')], {
      cwd: '/',
      encoding: 'utf8',
      env: { HOME: bare, PATH: `${nodeBin}:/usr/bin:/bin`, SMROI_NOW: '2026-11-01', TZ: 'UTC' },
    });
    expect(without.stderr).toContain('OUTPUT_FOLDER_MISSING');
    expect(without.stdout).toBe('smroi exit 2 - see smroi/last-month.md\n');
  });
});
