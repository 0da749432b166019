// smroi.config.json, as ../shared/config.md defines it, validated with zod. Every problem becomes
// one sentence with its JSON path, the value found and what was expected.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LEDGER_FIELDS } from './column-map.js';
import { UsageError } from './errors.js';
import { editDistance } from './join/campaign-key.js';
import { isValidTimeZone } from './read/dates.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as EUR');
const channel = z.enum(['facebook', 'instagram', 'google', 'email', 'other']);
const amount = z.number().finite().nonnegative();

const campaignPlan = z.strictObject({
  aliases: z.array(z.string().min(1)).optional(),
  coupons: z.array(z.string().min(1)).optional(),
  channel: channel.optional(),
  goal: z.string().optional(),
  kpi: z.string().optional(),
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

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  currency: currencyCode.optional(),
  timezone: z
    .string()
    .refine(isValidTimeZone, 'an IANA time zone such as Europe/Berlin')
    .optional(),
  margin: z.number().gt(0).max(1).optional(),
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
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError('CONFIG_NOT_JSON', `${path} is not valid JSON (${(error as Error).message}).`, 'Fix the syntax; comments and trailing commas are not allowed in JSON.');
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const sentences = result.error.issues.map((issue) => describeIssue(issue, raw));
    throw new UsageError('CONFIG_INVALID', `${path}: ${sentences.join(' ')}`, 'Fix the configuration and run again (see the README, "Configuration").');
  }
  return { config: result.data, path };
}

const KNOWN_KEYS: Record<string, string[]> = {
  '': Object.keys(configSchema.shape),
  time: ['hourlyRate', 'hoursPerMonth'],
  outsourcing: ['name', 'amountPerMonth'],
  campaign: Object.keys(campaignPlan.shape),
  cost: ['name', 'amount', 'per', 'date', 'channel', 'campaign'],
};

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = issue.path.map(String);
  const where = path.length ? path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const family = path[0] === 'campaigns' ? 'campaign' : path[0] === 'costs' ? 'cost' : (path[0] ?? '');
    const known = KNOWN_KEYS[family] ?? [];
    return issue.keys
      .map((key) => {
        const suggestion = known.filter((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 3).sort((a, b) => editDistance(a, key) - editDistance(b, key))[0];
        return `Unknown key "${key}" at ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`;
      })
      .join(' ');
  }
  const found = valueAt(raw, issue.path);
  const shown = found === undefined ? 'nothing' : JSON.stringify(found);
  return `${where}: found ${shown}, expected ${issue.message.replace(/^Invalid input: expected /, '')}.`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
