// Stage 1: every file below the folder, in a stable order. Hidden files and the configuration are no inputs.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface FoundFile {
  path: string;
  /** Path relative to the audited folder, with `/` separators (stable across systems). */
  relativePath: string;
  size: number;
}

export const CONFIG_FILE = 'smroi.config.json';
/** Written by `smroi init` beside the configuration to explain it; no input either. */
export const CONFIG_NOTES_FILE = 'smroi.config.md';

export async function discoverFiles(dir: string): Promise<FoundFile[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new UsageError('NO_SUCH_FOLDER', `the folder ${dir} does not exist.`, 'Pass the folder that holds your exports: smroi audit ./exports');
  }
  if (!info.isDirectory()) throw new UsageError('NOT_A_FOLDER', `${dir} is a file, not a folder.`, 'Pass the folder that holds your exports: smroi audit ./exports');
  const found: FoundFile[] = [];
  await walk(dir, dir, found);
  return found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

async function walk(root: string, dir: string, found: FoundFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, path, found);
    else if (entry.isFile() && !(dir === root && (entry.name === CONFIG_FILE || entry.name === CONFIG_NOTES_FILE))) {
      const { size } = await stat(path);
      found.push({ path, relativePath: relative(root, path).split(sep).join('/'), size });
    }
  }
}
