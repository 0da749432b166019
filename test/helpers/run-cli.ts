// Runs the built CLI as a user would: `node bin/smroi.js ...`, no colour, a fixed time zone, a minimal environment.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'smroi.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
