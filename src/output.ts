// Writing report files so that a reader never sees half a file and a failed run never damages the
// last good one: write a temporary file in the same directory, fsync it, rename it over the target
// (atomic on one file system), then fsync the directory so the rename survives a crash.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/** Fails early (exit 2) when the file cannot be written where asked: no such folder, or a folder in the way. */
export async function checkWritableTarget(path: string, option: string): Promise<void> {
  const dir = dirname(path);
  const parent = await stat(dir).catch(() => null);
  if (!parent || !parent.isDirectory()) {
    throw new UsageError('OUTPUT_FOLDER_MISSING', `${option} ${path}: the folder ${dir} does not exist.`, 'Create it first or choose another path.');
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) {
    throw new UsageError('OUTPUT_IS_FOLDER', `${option} ${path} is a folder, not a file.`, `Name a file, for example ${join(path, 'report.json')}.`);
  }
}

/**
 * Replaces `path` with `text` atomically. An existing file keeps its permissions. On any error the
 * temporary file is removed, the target is left as it was, and a UsageError (exit 2) names the path.
 */
export async function writeFileAtomic(path: string, text: string, option = '--output'): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const existingMode = await stat(path).then(
    (info) => info.mode & 0o7777,
    () => null,
  );
  let handle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    if (existingMode !== null) await handle.chmod(existingMode);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError('OUTPUT_NOT_WRITTEN', `${option} ${path} could not be written (${reason}); an existing file was left as it was.`, 'Check that the folder exists and is writable.');
  }
  await syncDirectory(dir);
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
