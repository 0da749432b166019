// Finding and reading smroi.config.json, without zod: a folder without a configuration never loads
// the validator (src/config.ts, zod), which costs more start-up time than the rest of an audit of a
// small folder. Only when there is a file to validate is src/config.ts imported.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { systemProblem, UsageError } from './errors.js';

/** `--decimal` and "decimal": comma (`1.234,56`) or point (`1,234.56`). */
export const DECIMAL_NAMES = ['comma', 'point'] as const;
export type DecimalName = (typeof DECIMAL_NAMES)[number];
/** `--date-order` and "dateOrder": day first (`31/01/2026`) or month first (`01/31/2026`). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;

export interface LoadedConfig {
  config: Config;
  /** Where it was read from, or null when the defaults apply. */
  path: string | null;
}

/** DIR/smroi.config.json (or --config), validated; the defaults when there is none. */
export async function loadConfig(dir: string, explicitPath: string | undefined): Promise<LoadedConfig> {
  const path = explicitPath ?? join(dir, 'smroi.config.json');
  if (!existsSync(path)) {
    if (explicitPath) throw new UsageError('CONFIG_NOT_FOUND', `the configuration file ${explicitPath} does not exist.`, 'Check the path given to --config.');
    return { config: {}, path: null };
  }
  const text = readConfigText(path, explicitPath !== undefined);
  const { parseConfig } = await import('./config.js');
  return { config: parseConfig(text, path), path };
}

/** The file's text; a pipe, a device or a folder is refused (a pipe would never end), as is a file smroi may not read. */
function readConfigText(path: string, given: boolean): string {
  const where = given ? `--config ${path}` : `the configuration file ${path}`;
  const info = statSync(path);
  if (!info.isFile()) {
    const what = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
    throw new UsageError('CONFIG_NOT_A_FILE', `${where} is ${what}, not a file.`, 'Point it at a smroi.config.json file (smroi init DIR writes one).');
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError('CONFIG_NOT_READABLE', `${where} cannot be read: ${systemProblem(error)}.`, 'Give smroi read access to it, or pass another file with --config.');
  }
}
