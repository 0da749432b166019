// Stage 1: every file below the folder, in a stable order. Hidden files and the configuration are no
// inputs, nor are smroi's own outputs (the --output file, the --history months). Only regular files
// are read (a link to one counts as that file): a named pipe or a device would never end, so they
// are passed over with a reason, as are links to folders; a name that is not valid UTF-8, or a file
// or folder smroi may not open, cannot be read and says so (see readFolder).
import type { SkipReason } from './i18n/skips.js';
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError, say, systemCode, systemProblem, UsageError } from './errors.js';

export interface FoundFile {
  path: string;
  /** Path relative to the audited folder, with `/` separators (stable across systems). */
  relativePath: string;
  size: number;
}

/** A file below the folder that is not read: why, and (for one that may hold data) the problem. */
export interface PassedFile {
  found: FoundFile;
  reason: SkipReason;
  /** Set when the file could hold data but cannot be read (the report is then incomplete). */
  error?: InputError;
}

/** What smroi itself writes: never read back as an input. */
export interface OwnOutputs {
  /** The --output file (any path to it: a link, or a hard link, is the same file). */
  output?: string;
  /** The --history folder: its YYYY-MM.json files are smroi's. */
  history?: string;
}

export const CONFIG_FILE = 'smroi.config.json';
/** Written by `smroi init` beside the configuration to explain it; no input either. */
export const CONFIG_NOTES_FILE = 'smroi.config.md';
/** The files --history keeps (src/history.ts). */
export const HISTORY_FILE = /^\d{4}-\d{2}\.json$/;

export async function discoverFiles(dir: string): Promise<FoundFile[]> {
  return (await discoverFolder(dir)).files;
}

/** The files to read, and the files passed over (sorted by path), each with its reason. */
export async function discoverFolder(dir: string, own: OwnOutputs = {}): Promise<{ files: FoundFile[]; passed: PassedFile[] }> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new UsageError(say('NO_SUCH_FOLDER', { dir }));
  }
  if (!info.isDirectory()) throw new UsageError(say('NOT_A_FOLDER', { dir }));
  const walker = new Walker(dir, await identity(own.output), await identity(own.history));
  try {
    await walker.walk(dir, true);
  } catch (error) {
    throw new UsageError(say('FOLDER_NOT_READABLE', { dir, system: systemCode(error) }));
  }
  const byPath = (a: { relativePath: string }, b: { relativePath: string }) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0);
  return { files: walker.found.sort(byPath), passed: walker.passed.sort((a, b) => byPath(a.found, b.found)) };
}

/** Device and inode of a path, following links; null when it does not exist. */
async function identity(path: string | undefined): Promise<{ dev: number; ino: number } | null> {
  if (path === undefined) return null;
  const info = await stat(path).catch(() => null);
  return info ? { dev: info.dev, ino: info.ino } : null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOSSY = new TextDecoder('utf-8');

class Walker {
  readonly found: FoundFile[] = [];
  readonly passed: PassedFile[] = [];

  constructor(
    private readonly root: string,
    private readonly output: { dev: number; ino: number } | null,
    private readonly history: { dev: number; ino: number } | null,
  ) {}

  async walk(dir: string, atRoot: boolean): Promise<void> {
    // Names as bytes: a name that is not UTF-8 would otherwise be decoded into a path that does not exist.
    const entries = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' })) as unknown as Dirent<Buffer>[];
    const inHistory = this.history !== null && (await stat(dir).then((info) => same(info, this.history), () => false));
    for (const entry of entries) {
      if (entry.name[0] === 0x2e) continue; // hidden
      let name: string;
      try {
        name = UTF8.decode(entry.name);
      } catch {
        const shown = LOSSY.decode(entry.name);
        this.pass(join(dir, shown), { code: 'nameNotUtf8' }, new InputError(this.relative(join(dir, shown)), null, say('BAD_FILE_NAME', { folder: entry.isDirectory() })));
        continue;
      }
      const path = join(dir, name);
      if (atRoot && (name === CONFIG_FILE || name === CONFIG_NOTES_FILE)) continue;
      let info: Stats;
      try {
        info = await stat(path);
      } catch (error) {
        if (entry.isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT') this.pass(path, { code: 'missingLinkTarget' });
        else this.pass(path, { code: 'cannotOpen', params: { problem: systemProblem(error) } }, this.unreadable(path, error));
        continue;
      }
      if (info.isDirectory()) {
        if (entry.isSymbolicLink()) {
          this.pass(path, { code: 'folderLink' });
          continue;
        }
        try {
          await this.walk(path, false);
        } catch (error) {
          this.pass(path, { code: 'folderNotListed', params: { problem: systemProblem(error) } }, new InputError(this.relative(path), null, say('FOLDER_NOT_READABLE.subfolder', { system: systemCode(error) })));
        }
        continue;
      }
      if (!info.isFile()) {
        this.pass(path, { code: 'notRegularFile', params: { type: fileType(info) } });
        continue;
      }
      if (same(info, this.output)) {
        this.pass(path, { code: 'ownReport' });
        continue;
      }
      if (inHistory && HISTORY_FILE.test(name)) {
        this.pass(path, { code: 'ownHistory' });
        continue;
      }
      this.found.push({ path, relativePath: this.relative(path), size: info.size });
    }
  }

  private relative(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  private pass(path: string, reason: SkipReason, error?: InputError): void {
    this.passed.push({ found: { path, relativePath: this.relative(path), size: 0 }, reason, ...(error ? { error } : {}) });
  }

  private unreadable(path: string, error: unknown): InputError {
    return new InputError(this.relative(path), null, say('FILE_NOT_READABLE.open', { system: systemCode(error) }));
  }
}

function same(info: Stats, id: { dev: number; ino: number } | null): boolean {
  return id !== null && info.dev === id.dev && info.ino === id.ino;
}

function fileType(info: Stats): 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other' {
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'characterDevice';
  if (info.isBlockDevice()) return 'blockDevice';
  return 'other';
}
