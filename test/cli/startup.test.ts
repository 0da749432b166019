// Start-up: what a run of the built CLI imports. zod (the configuration's validator, the slowest
// module to load) only when there is a configuration file to validate; the renderer of the chosen
// format only. Checked on the modules the run actually imports (a resolve hook records them), never
// on times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const TRACE_HOOK = join(ROOT, 'test', 'helpers', 'module-trace', 'register.mjs');
const work = mkdtempSync(join(tmpdir(), 'smroi-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** Runs the built CLI; returns its exit status and the URLs of every module it imported. */
function traced(args: string[]): { status: number | null; stderr: string; modules: string[] } {
  const trace = join(work, `trace-${++runs}.txt`);
  const result = spawnSync(process.execPath, ['--import', TRACE_HOOK, join(ROOT, 'bin', 'smroi.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC', SMROI_MODULE_TRACE: trace },
  });
  let modules: string[] = [];
  try {
    modules = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  } catch {
    // no module recorded: the assertions below say so
  }
  return { status: result.status, stderr: result.stderr, modules };
}

const zod = (modules: string[]) => modules.filter((url) => /\/node_modules\/zod\//.test(url));
const MAPPED_TILL = ['fixtures/scenarios/mapped-till', '--map', 'date=Belegdatum,order_id=Beleg-Nr.,amount=Brutto EUR'];

describe('start-up: zod only with a configuration file', () => {
  it('an audit of a folder without smroi.config.json does not import zod', () => {
    const run = traced(['audit', ...MAPPED_TILL]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.modules.some((url) => url.endsWith('/dist/cli.js'))).toBe(true); // the hook saw the run
    expect(zod(run.modules)).toEqual([]);
  });

  it.each([
    ['detect', ['detect', ...MAPPED_TILL]],
    ['--help', ['--help']],
    ['audit --help', ['audit', '--help']],
    ['schema', ['schema']],
    ['--version', ['--version']],
  ])('smroi %s does not import zod', (_name, args) => {
    const run = traced(args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.modules.length).toBeGreaterThan(0);
    expect(zod(run.modules)).toEqual([]);
  });

  it('an audit of a folder with smroi.config.json imports zod (so the check above can see it)', () => {
    const run = traced(['audit', 'fixtures/scenarios/bistro-quarter', '--month', '2026-10']);
    expect(run.status, run.stderr).toBe(0);
    expect(zod(run.modules).length).toBeGreaterThan(0);
  });
});

describe('start-up: only what the command and the format need', () => {
  const ours = (modules: string[]) => modules.filter((url) => url.includes('/dist/')).map((url) => url.replace(/^.*\/dist\//, ''));
  const RENDERERS = ['render/table.js', 'render/markdown.js', 'render/csv.js'];

  it.each([
    ['json', []],
    ['csv', ['render/csv.js']],
    ['markdown', ['render/markdown.js']],
    ['table', ['render/table.js']],
  ])('--format %s imports its renderer only', (format, expected) => {
    const run = traced(['audit', ...MAPPED_TILL, '--format', format]);
    expect(run.status, run.stderr).toBe(0);
    expect(ours(run.modules).filter((module) => RENDERERS.includes(module))).toEqual(expected);
  });

  it('a report without colour (a pipe, NO_COLOR) does not import chalk', () => {
    const run = traced(['audit', ...MAPPED_TILL]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.modules.filter((url) => /\/node_modules\/chalk\//.test(url))).toEqual([]);
  });

  it.each([['--help'], ['schema'], ['--version']])('smroi %s imports no command and no renderer', (arg) => {
    const run = traced([arg]);
    expect(run.status, run.stderr).toBe(0);
    const modules = ours(run.modules);
    expect(modules).toContain('cli.js');
    expect(modules.filter((module) => module.startsWith('commands/') && module !== 'commands/audit-flags.js')).toEqual([]);
    expect(modules.filter((module) => RENDERERS.includes(module) || module === 'audit.js')).toEqual([]);
  });
});
