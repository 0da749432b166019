// smroi.config.json, as ../shared/config.md defines it, validated with zod. Every problem becomes
// one sentence with its JSON path, the value found and what was expected.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LEDGER_FIELDS } from './column-map.js';
import { systemProblem, UsageError } from './errors.js';
import { ConfigError, crossChecks, describeIssues, jsonSyntaxProblem } from './config-errors.js';
import { checkConfigDepth, duplicateKeys } from './config-text.js';
import { KPI_NAMES } from './economics/types.js';
import { isValidTimeZone } from './read/dates.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as EUR');
const channel = z.enum(['facebook', 'instagram', 'tiktok', 'social', 'google', 'email', 'other']);
const amount = z.number().finite().nonnegative();

const campaignPlan = z.strictObject({
  aliases: z.array(z.string().min(1)).optional(),
  coupons: z.array(z.string().min(1)).optional(),
  channel: channel.optional(),
  goal: z.string().optional(),
  kpi: z.enum(KPI_NAMES).optional(),
  target: z.number().finite().optional(),
  owner: z.string().optional(),
  audience: z.string().optional(),
  budget: amount.optional(),
});

const cost = z
  .strictObject({
    name: z.string().min(1),
    amount,
    per: z.literal('month').optional(),
    date: isoDate.optional(),
    channel: channel.optional(),
    campaign: z.string().min(1).optional(),
  })
  .refine((value) => (value.per === undefined) !== (value.date === undefined), {
    message: 'either "per": "month" or a "date", not both and not neither',
  });

/** `--decimal` and "decimal": comma (`1.234,56`) or point (`1,234.56`). */
export const DECIMAL_NAMES = ['comma', 'point'] as const;
export type DecimalName = (typeof DECIMAL_NAMES)[number];
/** `--date-order` and "dateOrder": day first (`31/01/2026`) or month first (`01/31/2026`). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  currency: currencyCode.optional(),
  timezone: z
    .string()
    .refine(isValidTimeZone, 'an IANA time zone such as Europe/Berlin')
    .optional(),
  margin: z.number().gt(0).max(1).optional(),
  /** Revenue for ROI, ROAS and the plan: as the ledger states it (gross) or without the VAT it states (net). Default gross. */
  revenueBasis: z.enum(['gross', 'net']).optional(),
  fx: z.record(currencyCode, z.union([z.number().positive(), z.record(isoDate, z.number().positive())])).optional(),
  campaigns: z.record(z.string().min(1), campaignPlan).optional(),
  time: z
    .strictObject({
      hourlyRate: amount,
      hoursPerMonth: z.partialRecord(channel, amount),
    })
    .optional(),
  costs: z.array(cost).optional(),
  outsourcing: z.strictObject({ name: z.string().min(1), amountPerMonth: amount }).optional(),
  /** Column names of a ledger with unusual headers, by generic-ledger field (same as --map). */
  map: z.partialRecord(z.enum(LEDGER_FIELDS), z.string().min(1)).optional(),
  /** The decimal mark of files whose numbers do not show it (only `1.000`-like amounts), same as --decimal. */
  decimal: z.enum(DECIMAL_NAMES).optional(),
  /** The order of slashed dates no date of a file decides (`10/01/2026`), same as --date-order. */
  dateOrder: z.enum(DATE_ORDERS).optional(),
  /** Count paid orders only: orders awaiting payment are left out of every figure (same as --paid-only). Default false. */
  paidOnly: z.boolean().optional(),
});

export type Config = z.infer<typeof configSchema>;

export interface LoadedConfig {
  config: Config;
  /** Where it was read from, or null when the defaults apply. */
  path: string | null;
}

export function loadConfig(dir: string, explicitPath: string | undefined): LoadedConfig {
  const path = explicitPath ?? join(dir, 'smroi.config.json');
  if (!existsSync(path)) {
    if (explicitPath) throw new UsageError('CONFIG_NOT_FOUND', `the configuration file ${explicitPath} does not exist.`, 'Check the path given to --config.');
    return { config: {}, path: null };
  }
  return { config: parseConfig(readConfigText(path, explicitPath !== undefined), path), path };
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

/** Validates the text of a configuration file; throws ConfigError (exit 2) naming every problem. */
export function parseConfig(text: string, path: string): Config {
  let raw: unknown;
  const body = text.replace(/^\uFEFF/, '');
  checkConfigDepth(body, path);
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new UsageError('CONFIG_NOT_JSON', `${path} ${jsonSyntaxProblem(body, error as Error)}`, 'Fix the syntax and run again.');
  }
  const duplicates = duplicateKeys(body);
  if (duplicates.length) throw new ConfigError(path, duplicates);
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(path, describeIssues(result.error.issues, raw, { '': Object.keys(configSchema.shape), 'campaigns.*': Object.keys(campaignPlan.shape) }));
  }
  const conflicts = crossChecks(result.data);
  if (conflicts.length) throw new ConfigError(path, conflicts);
  return result.data;
}
