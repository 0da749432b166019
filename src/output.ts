// Writing report files so that nothing is ever destroyed. A regular file is replaced atomically: a
// temporary file in the same directory, fsynced, renamed over the target (atomic on one file
// system), then the directory fsynced so the rename survives a crash; a reader never sees half a
// file and a failed run leaves the last good one as it was. A symbolic link is kept: the file it
// points to is replaced. A character device, a named pipe or a socket (/dev/null, /dev/tty, a FIFO)
// and the process's own streams (/dev/stdout, /dev/fd/N) are written to directly, never renamed
// over. An input of the audited folder, or its configuration, is never a target (guardOutputs).
import { randomBytes } from 'node:crypto';
import { constants, writeSync, type Stats } from 'node:fs';
import { lstat, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { detectKind } from './detect.js';
import { CONFIG_FILE, CONFIG_NOTES_FILE, HISTORY_FILE } from './discover.js';
import { say, systemCode, UsageError } from './errors.js';
import type { ThingKind } from './i18n/errors-usage.js';
import { sampleFile } from './read/sample.js';
import { SOURCES } from './sources/index.js';

/** Where a write to a path lands: a new or existing regular file (atomic), or a stream written directly. */
export type Target =
  | { kind: 'file'; path: string; existing: Stats | null }
  | { kind: 'direct'; path: string; what: ThingKind; fd?: number };

/** The process's own streams, written to through the descriptor it has (a shell's `>>` stays an append). */
function ownStream(path: string): number | null {
  const named = { '/dev/stdout': 1, '/dev/stderr': 2 }[path];
  if (named !== undefined) return named;
  const match = /^\/(?:dev\/fd|proc\/(self|\d+)\/fd)\/(\d+)$/.exec(path);
  if (!match || (match[1] !== undefined && match[1] !== 'self' && Number(match[1]) !== process.pid)) return null;
  return Number(match[2]);
}

/**
 * Follows symbolic links from `path` to what a write lands on. Throws a UsageError (exit 2) for a
 * folder, a loop of links, or a path that cannot be looked at.
 */
export async function resolveTarget(path: string, option: string): Promise<Target> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const fd = ownStream(current);
    if (fd !== null) return { kind: 'direct', path: current, what: 'stream', fd };
    let info: Stats | null;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new UsageError(say('OUTPUT_NOT_WRITTEN.lookedAt', { option, path, system: systemCode(error) }));
      }
      info = null;
    }
    if (info === null) return { kind: 'file', path: current, existing: null };
    if (info.isSymbolicLink()) {
      current = resolve(dirname(current), await readlink(current));
      continue;
    }
    if (info.isDirectory()) {
      throw new UsageError(say('OUTPUT_IS_FOLDER', { option, path, example: join(path, 'report.json') }));
    }
    if (info.isFile()) return { kind: 'file', path: current, existing: info };
    return { kind: 'direct', path: current, what: describeSpecial(info) };
  }
  throw new UsageError(say('OUTPUT_NOT_WRITTEN.linkLoop', { option, path }));
}

function describeSpecial(info: Stats): ThingKind {
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice()) return 'characterDevice';
  if (info.isBlockDevice()) return 'blockDevice';
  if (info.isSocket()) return 'socket';
  return 'special';
}

/** Fails early (exit 2) when the file cannot be written where asked: no such folder, or a folder in the way. */
export async function checkWritableTarget(path: string, option: string): Promise<Target> {
  const target = await resolveTarget(path, option);
  if (target.kind === 'direct') {
    if (target.what === 'blockDevice') {
      throw new UsageError(say('OUTPUT_NOT_WRITTEN.disk', { option, path }));
    }
    return target;
  }
  const dir = dirname(target.path);
  const parent = await stat(dir).catch(() => null);
  if (!parent || !parent.isDirectory()) {
    throw new UsageError(say('OUTPUT_FOLDER_MISSING', { option, path, dir }));
  }
  return target;
}

/**
 * Writes `text` to `path`: a regular file (new, existing, or behind a link, which stays) is
 * replaced atomically and keeps its permissions; a device, pipe or stream is written to directly.
 * On any error the temporary file is removed, the target is left as it was, and a UsageError
 * (exit 2) names the path and the reason.
 */
export async function writeFileAtomic(path: string, text: string, option = '--output'): Promise<void> {
  const target = await resolveTarget(path, option);
  if (target.kind === 'direct') return writeDirect(path, target, text, option);
  const dir = dirname(target.path);
  const temp = join(dir, `.${basename(target.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const existingMode = target.existing ? target.existing.mode & 0o7777 : null;
  let handle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    if (existingMode !== null) await handle.chmod(existingMode);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target.path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new UsageError(say('OUTPUT_NOT_WRITTEN.file', { option, path, system: systemCode(error) }));
  }
  await syncDirectory(dir);
}

async function writeDirect(path: string, target: Extract<Target, { kind: 'direct' }>, text: string, option: string): Promise<void> {
  let handle;
  try {
    if (target.fd !== undefined) return await writeDescriptor(target.fd, text);
    // No O_CREAT, no O_TRUNC: the device or pipe is used as it is. A pipe's open waits for a reader.
    handle = await open(target.path, constants.O_WRONLY | constants.O_NOCTTY);
    await handle.writeFile(text, 'utf8');
  } catch (error) {
    throw new UsageError(say('OUTPUT_NOT_WRITTEN.direct', { option, path, kind: target.what, system: systemCode(error) }));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes to a descriptor the process already has: stdout and stderr through their streams. */
async function writeDescriptor(fd: number, text: string): Promise<void> {
  const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
  if (stream) {
    await new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

async function syncDirectory(dir: string): Promise<void> {
  // Not every platform can open a directory for fsync (Windows cannot); the rename is done either way.
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // ignored: best effort
  } finally {
    await handle.close();
  }
}

export interface OutputPlan {
  /** The audited folder. */
  dir: string;
  output?: string;
  history?: string;
  /** --config, when given. */
  config?: string;
}

/**
 * Before anything is read: refuses (exit 2) an --output that is an input of the audited folder (a
 * file below it that smroi recognises as an export) or its configuration, and a --history folder
 * that is not a folder or whose months would be read as inputs. What remains is written later and
 * left out of the inputs (discovery passes over smroi's own outputs).
 */
export async function guardOutputs(plan: OutputPlan): Promise<void> {
  const root = await realpath(plan.dir).catch(() => null);
  if (plan.output) {
    const target = await checkWritableTarget(plan.output, '--output');
    if (target.kind === 'file' && target.existing) {
      const real = await realpath(target.path);
      const configs = [plan.config, ...(root ? [join(root, CONFIG_FILE), join(root, CONFIG_NOTES_FILE)] : [])];
      for (const config of configs) {
        if (config && (await realpath(config).catch(() => null)) === real) {
          throw new UsageError(say('OUTPUT_IS_CONFIG', { output: plan.output, config }));
        }
      }
      if (root && inside(root, real) && (await readAsInput(real))) {
        throw new UsageError(say('OUTPUT_IS_INPUT', { output: plan.output, dir: plan.dir, kind: (await readAsInput(real)) ?? '' }));
      }
    }
  }
  if (plan.history) await guardHistory(plan.history, root);
}

async function guardHistory(dir: string, root: string | null): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new UsageError(say('HISTORY_NOT_A_FOLDER', { dir, kind: info.isFile() ? 'file' : describeSpecial(info) }));
  }
  if (!info || !root) return;
  const real = await realpath(dir);
  if (!inside(root, real) && real !== root) return;
  for (const name of await readdir(real).catch(() => [] as string[])) {
    if (!HISTORY_FILE.test(name)) continue;
    const kind = await readAsInput(join(real, name));
    if (kind) {
      throw new UsageError(say('HISTORY_HOLDS_INPUTS', { dir, name, kind }));
    }
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !rel.split(sep).some((part) => part.startsWith('.'));
}

/** The kind smroi would read a regular file as, or null (not a known export, or not a regular file). */
async function readAsInput(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const sampled = await sampleFile(path);
  if ('skip' in sampled) return null;
  const detection = detectKind(sampled.sample, SOURCES);
  return 'source' in detection ? detection.source.title : null;
}
