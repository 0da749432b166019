// Memory stays flat for large audits: V8's young generation (its semi-spaces) is sized for speed,
// not for a streaming reader whose garbage is short-lived strings, and accounts for some 20–40 MB of
// peak RSS. The limit can only be set when Node starts, so an audit of a large folder runs itself
// again in a child process with `--max-semi-space-size=4`: measured on the 5M-order bench, peak RSS
// 143 → 120 MiB at the same speed (1–2 % either way), and 170 → 139 MiB for two overlapping 1M-order
// downloads. So is a folder of many small files (an agency's month). Small folders (the monthly
// cron case) never pay the ~50 ms of a second start.
import { spawn } from 'node:child_process';
import { discoverFolder } from './discover.js';

const FLAG = '--max-semi-space-size=4';
/** Folders with less input than this are audited in place... */
const LEAN_FROM_BYTES = 64 * 1024 * 1024;
/**
 * ...unless they hold this many files: an agency's month of 500 small exports peaked at 145 MiB in
 * place, 124 MiB lean (and took 0.2 s longer, of 1.4 s).
 */
const LEAN_FROM_FILES = 256;

/** True when this process should hand the audit to a lean child: a large folder, not already lean. */
export async function wantsLeanHeap(dir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (env.SMROI_LEAN === '0' || process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size'))) return false;
  const threshold = env.SMROI_LEAN_BYTES !== undefined ? Number(env.SMROI_LEAN_BYTES) : LEAN_FROM_BYTES;
  if (!Number.isFinite(threshold)) return false;
  // Discovery only stats files (and refuses a missing folder as the audit would: the child says so).
  const found = await discoverFolder(dir).catch(() => null);
  if (found === null) return false;
  return found.files.reduce((sum, file) => sum + file.size, 0) >= threshold || found.files.length >= LEAN_FROM_FILES;
}

/** Runs this very command again with the lean flag, sharing stdin, stdout and stderr; resolves to its exit code. */
export function runLean(): Promise<number> {
  return new Promise((resolve, reject) => {
    // Two malloc arenas (glibc; ignored elsewhere) instead of one per thread: the threads of a parallel
    // read (src/parallel) otherwise leave some 6-8 MiB more of freed memory in the process's RSS.
    const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
    const child = spawn(process.execPath, [FLAG, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
}
