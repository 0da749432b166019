// smroi.config.json, as ../shared/config.md defines it, validated with zod. Every problem becomes
// one sentence with its JSON path, the value found and what was expected. Imported only when there
// is a file to validate (loadConfig in src/config-file.ts imports it then): zod is slow to load.
import { LANGUAGES } from './i18n/language.js';
import { z } from 'zod';
import { LEDGER_FIELDS } from './column-map.js';
import { DATE_ORDERS, DECIMAL_NAMES, type DecimalName } from './config-file.js';
import { UsageError } from './errors.js';
import { ConfigError, crossChecks, describeIssues, jsonSyntaxText } from './config-errors.js';
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

export { DATE_ORDERS, DECIMAL_NAMES, type DecimalName };

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
  /** The language of the report, its warnings and `init`: en, de or sv (same as --lang). Default: the locale environment. */
  language: z.enum(LANGUAGES).optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Validates the text of a configuration file; throws ConfigError (exit 2) naming every problem. */
export function parseConfig(text: string, path: string): Config {
  let raw: unknown;
  const body = text.replace(/^\uFEFF/, '');
  checkConfigDepth(body, path);
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new UsageError(jsonSyntaxText(path, body, error as Error));
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
