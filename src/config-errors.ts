// Configuration problems a shop owner can act on: each zod issue becomes one sentence with the JSON
// path, the value found, what is expected (in words, with an example) and, where a near miss is
// likely, a "did you mean". Every kind of mistake has its own code, so tests and scripts can tell
// them apart; the audit stops with exit code 2 on any of them.
import type { z } from 'zod';
import { UsageError } from './errors.js';
import { campaignKey, editDistance } from './join/campaign-key.js';
import { channelOfSource } from './join/channels.js';
import { parseIsoDay } from './read/dates.js';

export type ConfigProblemCode =
  | 'CONFIG_UNKNOWN_KEY'
  | 'CONFIG_MISSING_KEY'
  | 'CONFIG_WRONG_TYPE'
  | 'CONFIG_OUT_OF_RANGE'
  | 'CONFIG_UNKNOWN_VALUE'
  | 'CONFIG_BAD_FORMAT'
  | 'CONFIG_BAD_KEY'
  | 'CONFIG_CONFLICT'
  | 'CONFIG_DUPLICATE'
  | 'CONFIG_TOO_DEEP'
  | 'CONFIG_BAD_DATE';

export interface ConfigProblem {
  code: ConfigProblemCode;
  /** JSON path of the problem, e.g. `campaigns["Herbst Aktion"].budget` ('' for the whole file). */
  path: string;
  /** The value found, as JSON (`nothing` when the key is missing). */
  found: string;
  expected: string;
  suggestion?: string;
  /** The sentence shown to the user. */
  sentence: string;
}

/** A configuration that does not validate: the first problem's code, every problem in the message. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(problems[0]!.code, `${file}: ${problems.map((problem) => problem.sentence).join(' ')}`, 'Fix the configuration and run again (see the README, "Configuration", or run `smroi init` for a starter file).');
    this.name = 'ConfigError';
  }
}

const CHANNELS = ['facebook', 'instagram', 'tiktok', 'social', 'google', 'email', 'other'];

/** Known keys per object, by path pattern (`*` = any record key or list index). */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': ['$schema', 'currency', 'timezone', 'margin', 'revenueBasis', 'fx', 'campaigns', 'time', 'costs', 'outsourcing', 'map', 'decimal', 'dateOrder', 'paidOnly', 'language'],
  'campaigns.*': ['aliases', 'coupons', 'channel', 'goal', 'kpi', 'target', 'owner', 'audience', 'budget'],
  time: ['hourlyRate', 'hoursPerMonth'],
  'time.hoursPerMonth': CHANNELS,
  'costs.*': ['name', 'amount', 'per', 'date', 'channel', 'campaign'],
  outsourcing: ['name', 'amountPerMonth'],
};

const AMOUNT = 'an amount of 0 or more, written as a number without quotes or currency sign';

/** What each key expects, in words a shop owner understands, by path pattern. */
const EXPECTED: Record<string, string> = {
  '': 'an object in curly braces, such as {"currency": "EUR", "margin": 0.6}',
  $schema: 'text in quotes',
  currency: 'a three-letter currency code in capitals, such as "EUR"',
  timezone: 'an IANA time zone such as "Europe/Berlin"',
  margin: 'the gross margin as a share above 0 and at most 1, such as 0.62 for 62 %',
  revenueBasis: '"gross" (revenue as the ledger states it) or "net" (without the VAT the ledger states)',
  paidOnly: 'true (count paid orders only) or false (orders awaiting payment count too), without quotes',
  language: '"en" (English), "de" (German) or "sv" (Swedish), in quotes',
  fx: 'exchange rates into the report currency, such as {"USD": 0.91}',
  'fx.*': 'a rate above 0 (the value of 1 unit of that currency in the report currency) or dated rates such as {"2026-09-01": 0.91}',
  'fx.*.*': 'a rate above 0, such as 0.91',
  campaigns: 'an object with one entry per campaign name, such as {"Herbst Aktion 2026": {"budget": 500}}',
  'campaigns.*': 'an object with keys such as "aliases", "coupons", "channel", "goal", "kpi", "target", "budget"',
  'campaigns.*.aliases': 'a list of names in quotes, such as ["HA26", "Herbstaktion"]',
  'campaigns.*.aliases.*': 'a name in quotes, not empty',
  'campaigns.*.coupons': 'a list of discount codes in quotes, such as ["HERBST10"]',
  'campaigns.*.coupons.*': 'a discount code in quotes, not empty',
  'campaigns.*.channel': `one of ${CHANNELS.map((c) => `"${c}"`).join(', ')}`,
  'campaigns.*.goal': 'text in quotes, such as "sales"',
  'campaigns.*.kpi':
    'one of "orders", "revenue", "roi", "roas", "costPerOrder" (sales) or "impressions", "reach", "likes", "follows", "engagements", "profileVisits", "linkClicks", "sessions" (attention)',
  'campaigns.*.target': 'a number: the value the KPI must reach in the period (for roi a share, 0.2 for 20 %)',
  'campaigns.*.owner': 'a name in quotes',
  'campaigns.*.audience': 'text in quotes',
  'campaigns.*.budget': `${AMOUNT} (the planned ad spend for the period)`,
  time: 'an object such as {"hourlyRate": 45, "hoursPerMonth": {"facebook": 6}}',
  'time.hourlyRate': `${AMOUNT}, such as 45`,
  'time.hoursPerMonth': 'hours per month by channel, such as {"facebook": 6, "instagram": 10}',
  'time.hoursPerMonth.*': 'a number of hours, 0 or more',
  costs: 'a list of costs, such as [{"name": "Canva Pro", "amount": 12.99, "per": "month"}]',
  'costs.*': 'a cost with "name", "amount" and either "per": "month" or a "date"',
  'costs.*.name': 'a name in quotes, not empty',
  'costs.*.amount': AMOUNT,
  'costs.*.per': '"month" (or leave "per" out and give a "date")',
  'costs.*.date': 'a date written YYYY-MM-DD, such as "2026-09-05"',
  'costs.*.channel': `one of ${CHANNELS.map((c) => `"${c}"`).join(', ')}`,
  'costs.*.campaign': 'a campaign name in quotes',
  outsourcing: 'an object such as {"name": "Agentur Beispiel", "amountPerMonth": 600}',
  'outsourcing.name': 'a name in quotes, not empty',
  'outsourcing.amountPerMonth': `${AMOUNT} (the monthly quote)`,
};

/** Objects whose keys are the user's (currencies, dates, campaign names, channels, ledger fields). */
const RECORD_PARENTS = new Set(['fx', 'fx.*', 'campaigns', 'time.hoursPerMonth', 'map']);

/** The path pattern of a concrete path: record keys and list indexes become `*`. */
export function pathPattern(path: readonly PropertyKey[]): string {
  let pattern = '';
  for (const key of path) {
    const part = typeof key === 'number' || RECORD_PARENTS.has(pattern) ? '*' : String(key);
    pattern = pattern ? `${pattern}.${part}` : part;
  }
  return pattern;
}

/** A JSON path as a reader writes it: `costs[0].per`, `campaigns["Herbst Aktion 2026"].budget`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) text += text ? `.${String(key)}` : String(key);
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** `knownKeys` overrides KNOWN_KEYS per path pattern (the schema's own key lists stay the truth). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown, knownKeys: Record<string, readonly string[]> = {}): ConfigProblem[] {
  const known = { ...KNOWN_KEYS, ...knownKeys };
  return issues.flatMap((issue) => describeIssue(issue, raw, [], known));
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, prefix: readonly PropertyKey[], knownKeys: Record<string, readonly string[]>): ConfigProblem[] {
  const path = [...prefix, ...issue.path];
  const pattern = pathPattern(path);
  const where = formatPath(path);
  const value = valueAt(raw, path);
  const expected = EXPECTED[pattern] ?? plainZodMessage(issue.message);
  const make = (code: ConfigProblemCode, found: string, expectedText: string, suggestion?: string, sentence?: string): ConfigProblem => ({
    code,
    path: where,
    found,
    expected: expectedText,
    ...(suggestion !== undefined ? { suggestion } : {}),
    sentence: sentence ?? `${where || 'The file'}: found ${found}, expected ${expectedText}.${suggestion !== undefined ? ` Did you mean ${suggestion}?` : ''}`,
  });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys[pattern] ?? [];
      return issue.keys.map((key) => {
        const suggestion = suggestValue(key, known);
        const at = where ? `at ${where}` : 'at the top level';
        const keyPath = formatPath([...path, key]);
        return {
          code: 'CONFIG_UNKNOWN_KEY' as const,
          path: keyPath,
          found: JSON.stringify(key),
          expected: known.length ? `one of ${known.map((k) => `"${k}"`).join(', ')}` : 'no further keys',
          ...(suggestion ? { suggestion: JSON.stringify(suggestion) } : {}),
          sentence: `Unknown key "${key}" ${at}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys there: ${known.join(', ')}.`,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) return [make('CONFIG_MISSING_KEY', 'nothing', expected, undefined, `${where}: missing; expected ${expected}.`)];
      return [make('CONFIG_WRONG_TYPE', shown(value), expected, typeSuggestion(value, issue.expected))];
    }
    case 'too_small':
    case 'too_big':
      return [make('CONFIG_OUT_OF_RANGE', shown(value), expected, rangeSuggestion(pattern, value))];
    case 'invalid_value': {
      const options = issue.values.map(String);
      const expectedText = EXPECTED[pattern] ?? `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
      const suggestion = typeof value === 'string' ? suggestValue(value, options) : undefined;
      return [make('CONFIG_UNKNOWN_VALUE', shown(value), expectedText, suggestion ? JSON.stringify(suggestion) : undefined)];
    }
    case 'invalid_format':
      return [make('CONFIG_BAD_FORMAT', shown(value), expected, formatSuggestion(pattern, value))];
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const parentPattern = pathPattern(path.slice(0, -1));
      const keyExpected =
        parentPattern === 'fx'
          ? 'a three-letter currency code in capitals as the key, such as "USD"'
          : parentPattern === 'fx.*'
            ? 'a date written YYYY-MM-DD as the key, such as "2026-09-01"'
            : parentPattern === 'campaigns'
              ? 'a campaign name as the key, not empty'
              : plainZodMessage(issue.issues[0]?.message ?? issue.message);
      const suggestion = parentPattern === 'fx' ? currencySuggestion(key) : parentPattern === 'fx.*' ? dateSuggestion(key) : undefined;
      return [
        make('CONFIG_BAD_KEY', JSON.stringify(key), keyExpected, suggestion ? JSON.stringify(suggestion) : undefined, `${where}: the key ${JSON.stringify(key)} is not ${keyExpected.replace(/ as the key/, '')}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`),
      ];
    }
    case 'invalid_union': {
      // fx rates: a number or dated rates. An object went wrong inside; anything else is the wrong type.
      const branches = 'errors' in issue ? issue.errors : [];
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const objectBranch = branches.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
        if (objectBranch) return objectBranch.flatMap((inner) => describeIssue(inner, raw, path, knownKeys));
      }
      return [make(value === undefined ? 'CONFIG_MISSING_KEY' : 'CONFIG_WRONG_TYPE', shown(value), expected, typeSuggestion(value, 'number'))];
    }
    case 'custom': {
      if (pattern === 'timezone' || pattern === 'currency') return [make('CONFIG_BAD_FORMAT', shown(value), expected, formatSuggestion(pattern, value))];
      return [make('CONFIG_CONFLICT', shown(value), plainZodMessage(issue.message))];
    }
    default:
      return [make('CONFIG_WRONG_TYPE', shown(value), expected)];
  }
}

/** Dates written YYYY-MM-DD that no calendar has (`2026-02-30`, `2026-13-01`): cost dates and the dates of fx rates. */
export function calendarChecks(config: { costs?: readonly { date?: string }[]; fx?: Record<string, number | Record<string, number>> }): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const expected = 'a date of the calendar written YYYY-MM-DD, such as "2026-09-05"';
  const check = (path: PropertyKey[], date: string, what: string) => {
    if (parseIsoDay(date) !== null) return;
    const where = formatPath(path);
    problems.push({ code: 'CONFIG_BAD_DATE', path: where, found: JSON.stringify(date), expected, sentence: `${where}: ${what} ${JSON.stringify(date)} is not a day of the calendar; expected ${expected}.` });
  };
  for (const [index, cost] of (config.costs ?? []).entries()) if (cost.date !== undefined) check(['costs', index, 'date'], cost.date, 'the date');
  for (const [currency, rates] of Object.entries(config.fx ?? {})) {
    if (typeof rates === 'object') for (const date of Object.keys(rates)) check(['fx', currency, date], date, 'the key');
  }
  return problems;
}

/** Checks zod cannot express: impossible dates, two entries for one campaign key, one coupon in two campaigns. */
export function crossChecks(config: {
  campaigns?: Record<string, { coupons?: string[]; aliases?: string[] }>;
  costs?: readonly { date?: string }[];
  fx?: Record<string, number | Record<string, number>>;
}): ConfigProblem[] {
  const problems: ConfigProblem[] = calendarChecks(config);
  const byKey = new Map<string, string>();
  const coupons = new Map<string, string>();
  for (const [name, plan] of Object.entries(config.campaigns ?? {})) {
    const key = campaignKey(name);
    const other = byKey.get(key);
    if (other !== undefined) {
      problems.push({
        code: 'CONFIG_DUPLICATE',
        path: formatPath(['campaigns', name]),
        found: JSON.stringify(name),
        expected: 'one entry per campaign',
        sentence: `${formatPath(['campaigns', name])}: "${name}" and "${other}" are the same campaign (key "${key}"); merge the two entries into one.`,
      });
    } else byKey.set(key, name);
    for (const [index, coupon] of (plan.coupons ?? []).entries()) {
      const code = coupon.trim().toUpperCase();
      const owner = coupons.get(code);
      if (owner !== undefined && campaignKey(owner) !== key) {
        problems.push({
          code: 'CONFIG_DUPLICATE',
          path: formatPath(['campaigns', name, 'coupons', index]),
          found: JSON.stringify(coupon),
          expected: 'a discount code that belongs to one campaign only',
          sentence: `${formatPath(['campaigns', name, 'coupons', index])}: the code "${coupon}" is also listed under "${owner}"; an order with it cannot belong to both, so keep it under one.`,
        });
      } else coupons.set(code, name);
    }
  }
  return problems;
}

/** Where JSON.parse stopped, as line and column, from the position V8 names in its message. */
export function jsonSyntaxProblem(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  const lineInfo = match ? lineAndColumn(text, Number(match[1])) : null;
  const where = lineInfo ? ` at line ${lineInfo.line}, column ${lineInfo.column}` : '';
  let hint = '';
  if (/^\s*\/\//m.test(text) || /\/\*/.test(text)) hint = ' JSON allows no comments: remove the // or /* */ lines.';
  else if (/,\s*[}\]]/.test(text)) hint = ' JSON allows no comma before a closing } or ].';
  else if (/'[^'\n]*'\s*:/.test(text)) hint = ' Keys and text need double quotes ("), not single quotes.';
  return `is not valid JSON${where} (${error.message.replace(/ in JSON at position \d+.*$/, '')}).${hint}`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: position - start + 1 };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** zod's own wording, for keys this table does not describe. */
function plainZodMessage(message: string): string {
  return message
    .replace(/^Invalid input: expected /, '')
    .replace(/^Too (small|big): expected (\w+) to be /, '$2 ')
    .replace(/^Invalid option: expected one of /, 'one of ');
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_\-.]+/g, '');
}

function suggestValue(value: string, options: readonly string[]): string | undefined {
  const folded = fold(value);
  const exact = options.find((option) => fold(option) === folded);
  if (exact) return exact;
  // Channels fold like sources do: "fb" is facebook, "ig" instagram, anything else "other".
  const channel = options.includes('facebook') ? channelOfSource(value) : '';
  if (channel && channel !== 'other' && options.includes(channel)) return channel;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(fold(option), folded);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  if (bestDistance <= Math.max(2, Math.floor(folded.length / 4))) return best;
  return channel === 'other' && options.includes('other') ? 'other' : undefined;
}

function typeSuggestion(value: unknown, expected: string): string | undefined {
  // "0.6", "12,99 €", "45 EUR": a number written as text.
  if (typeof value === 'string' && (expected === 'number' || expected === 'int')) {
    const cleaned = value.replace(/[€$£\s]|EUR|USD|SEK|%/gi, '').replace(',', '.');
    if (cleaned !== '' && Number.isFinite(Number(cleaned))) return `${Number(cleaned)} (without quotes)`;
  }
  if (typeof value === 'string' && expected === 'array') return `[${JSON.stringify(value)}]`;
  return undefined;
}

function rangeSuggestion(pattern: string, value: unknown): string | undefined {
  if (pattern === 'margin' && typeof value === 'number' && value > 1 && value <= 100) return `${value / 100} (${value} %)`;
  return undefined;
}

function formatSuggestion(pattern: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (pattern === 'currency') {
    const suggestion = currencySuggestion(value);
    return suggestion ? JSON.stringify(suggestion) : undefined;
  }
  if (pattern === 'timezone') {
    const suggestion = timeZoneSuggestion(value);
    return suggestion ? JSON.stringify(suggestion) : undefined;
  }
  if (pattern.endsWith('date')) {
    const suggestion = dateSuggestion(value);
    return suggestion ? JSON.stringify(suggestion) : undefined;
  }
  return undefined;
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', kr: 'SEK' };

function currencySuggestion(value: string): string | undefined {
  const text = value.trim();
  if (/^[a-z]{3}$/i.test(text) && text !== text.toUpperCase()) return text.toUpperCase();
  return SYMBOLS[text.toLowerCase()];
}

function dateSuggestion(value: string): string | undefined {
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value.trim());
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return undefined;
}

function timeZoneSuggestion(value: string): string | undefined {
  const zones: string[] = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const wanted = fold(value.replace(/ /g, '_'));
  const byCity = zones.filter((zone) => fold(zone.slice(zone.lastIndexOf('/') + 1)) === wanted);
  if (byCity.length) return byCity.sort()[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const zone of zones) {
    const distance = editDistance(fold(zone), wanted);
    if (distance < bestDistance) {
      best = zone;
      bestDistance = distance;
    }
  }
  return bestDistance <= 2 ? best : undefined;
}
