// Finding and reading smroi.config.json, without zod: a folder without a configuration never loads
// the validator (src/config.ts, zod), which costs more start-up time than the rest of an audit of a
// small folder. Only when there is a file to validate is src/config.ts imported.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { say, systemCode, UsageError } from './errors.js';

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
    if (explicitPath) throw new UsageError(say('CONFIG_NOT_FOUND', { path: explicitPath }));
    return { config: {}, path: null };
  }
  const text = readConfigText(path, explicitPath !== undefined);
  const { parseConfig } = await import('./config.js');
  return { config: parseConfig(text, path), path };
}

/** The file's text; a pipe, a device or a folder is refused (a pipe would never end), as is a file smroi may not read. */
function readConfigText(path: string, given: boolean): string {
  const info = statSync(path);
  if (!info.isFile()) {
    const kind = info.isDirectory() ? 'folder' : info.isFIFO() ? 'pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'special';
    throw new UsageError(say('CONFIG_NOT_A_FILE', { path, given, kind }));
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(say('CONFIG_NOT_READABLE', { path, given, system: systemCode(error) }));
  }
}
