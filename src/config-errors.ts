// Configuration problems a shop owner can act on: each zod issue becomes one sentence with the JSON
// path, the value found, what is expected (in words, with an example) and, where a near miss is
// likely, a "did you mean". Every kind of mistake has its own code, so tests and scripts can tell
// them apart; the audit stops with exit code 2 on any of them.
import type { z } from 'zod';
import { UsageError } from './errors.js';
import { CONFIG_FIX, EXPECTED, expectation } from './i18n/errors-config.js';
import { errorWords, say, type ErrorText } from './i18n/errors.js';
import type { ErrorWords } from './i18n/error-texts.js';
import type { Language } from './i18n/language.js';
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
  /** The sentence shown to the user, in English (`text` makes it in every language). */
  sentence: string;
  text: ErrorText;
}

/** A problem from its text: the English sentence is made from it. */
export function problem(fields: Omit<ConfigProblem, 'sentence'>): ConfigProblem {
  return { ...fields, sentence: errorWords(fields.text, 'en').problem };
}

/** A configuration that does not validate: the first problem's code, every problem in the message. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(problems[0]!.text, problems[0]!.code);
    this.name = 'ConfigError';
    this.message = this.words('en').problem;
  }

  override words(language: Language): ErrorWords {
    return { problem: `${this.file}: ${this.problems.map((problem) => errorWords(problem.text, language).problem).join(' ')}`, hint: CONFIG_FIX[language] };
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
  const expected = pattern in EXPECTED.en ? pattern : zodExpectation(issue.message);
  type FoundCode = 'CONFIG_WRONG_TYPE' | 'CONFIG_OUT_OF_RANGE' | 'CONFIG_UNKNOWN_VALUE' | 'CONFIG_BAD_FORMAT' | 'CONFIG_CONFLICT' | 'CONFIG_MISSING_KEY';
  const make = (code: FoundCode, found: string, expectedKey: string, suggestion?: string): ConfigProblem =>
    problem({
      code,
      path: where,
      found,
      expected: expectation('en', expectedKey),
      ...(suggestion !== undefined ? { suggestion } : {}),
      text: say(code === 'CONFIG_MISSING_KEY' ? 'CONFIG_MISSING_KEY.found' : code, { path: where, found, expected: expectedKey, suggestion: suggestion ?? '' }),
    });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys[pattern] ?? [];
      return issue.keys.map((key) => {
        const suggestion = suggestValue(key, known);
        const keyPath = formatPath([...path, key]);
        return problem({
          code: 'CONFIG_UNKNOWN_KEY' as const,
          path: keyPath,
          found: JSON.stringify(key),
          expected: known.length ? `one of ${known.map((k) => `"${k}"`).join(', ')}` : 'no further keys',
          ...(suggestion ? { suggestion: JSON.stringify(suggestion) } : {}),
          text: say('CONFIG_UNKNOWN_KEY', { key, at: where, suggestion: suggestion ?? '', known: known.join(', ') }),
        });
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [problem({ code: 'CONFIG_MISSING_KEY', path: where, found: 'nothing', expected: expectation('en', expected), text: say('CONFIG_MISSING_KEY', { path: where, expected }) })];
      }
      return [make('CONFIG_WRONG_TYPE', shown(value), expected, typeSuggestion(value, issue.expected))];
    }
    case 'too_small':
    case 'too_big':
      return [make('CONFIG_OUT_OF_RANGE', shown(value), expected, rangeSuggestion(pattern, value))];
    case 'invalid_value': {
      const options = issue.values.map(String);
      const expectedText = pattern in EXPECTED.en ? pattern : `oneOf:${options.map((o) => JSON.stringify(o)).join(', ')}`;
      const suggestion = typeof value === 'string' ? suggestValue(value, options) : undefined;
      return [make('CONFIG_UNKNOWN_VALUE', shown(value), expectedText, suggestion ? JSON.stringify(suggestion) : undefined)];
    }
    case 'invalid_format':
      return [make('CONFIG_BAD_FORMAT', shown(value), expected, formatSuggestion(pattern, value))];
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const parentPattern = pathPattern(path.slice(0, -1));
      const keyExpected =
        parentPattern === 'fx' ? '*fxKey' : parentPattern === 'fx.*' ? '*fxDateKey' : parentPattern === 'campaigns' ? '*campaignKey' : zodExpectation(issue.issues[0]?.message ?? issue.message);
      const suggestion = parentPattern === 'fx' ? currencySuggestion(key) : parentPattern === 'fx.*' ? dateSuggestion(key) : undefined;
      const shownSuggestion = suggestion ? JSON.stringify(suggestion) : undefined;
      return [
        problem({
          code: 'CONFIG_BAD_KEY',
          path: where,
          found: JSON.stringify(key),
          expected: expectation('en', keyExpected),
          ...(shownSuggestion !== undefined ? { suggestion: shownSuggestion } : {}),
          text: say('CONFIG_BAD_KEY', { path: where, key: JSON.stringify(key), expected: keyExpected, suggestion: shownSuggestion ?? '' }),
        }),
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
      return [make('CONFIG_CONFLICT', shown(value), zodExpectation(issue.message))];
    }
    default:
      return [make('CONFIG_WRONG_TYPE', shown(value), expected)];
  }
}

/** Dates written YYYY-MM-DD that no calendar has (`2026-02-30`, `2026-13-01`): cost dates and the dates of fx rates. */
export function calendarChecks(config: { costs?: readonly { date?: string }[]; fx?: Record<string, number | Record<string, number>> }): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const expected = expectation('en', '*calendarDate');
  const check = (path: PropertyKey[], date: string, asKey: boolean) => {
    if (parseIsoDay(date) !== null) return;
    const where = formatPath(path);
    problems.push(problem({ code: 'CONFIG_BAD_DATE', path: where, found: JSON.stringify(date), expected, text: say('CONFIG_BAD_DATE', { path: where, asKey, value: JSON.stringify(date) }) }));
  };
  for (const [index, cost] of (config.costs ?? []).entries()) if (cost.date !== undefined) check(['costs', index, 'date'], cost.date, false);
  for (const [currency, rates] of Object.entries(config.fx ?? {})) {
    if (typeof rates === 'object') for (const date of Object.keys(rates)) check(['fx', currency, date], date, true);
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
      const path = formatPath(['campaigns', name]);
      problems.push(
        problem({ code: 'CONFIG_DUPLICATE', path, found: JSON.stringify(name), expected: 'one entry per campaign', text: say('CONFIG_DUPLICATE.campaign', { path, name, other, key }) }),
      );
    } else byKey.set(key, name);
    for (const [index, coupon] of (plan.coupons ?? []).entries()) {
      const code = coupon.trim().toUpperCase();
      const owner = coupons.get(code);
      if (owner !== undefined && campaignKey(owner) !== key) {
        const path = formatPath(['campaigns', name, 'coupons', index]);
        problems.push(
          problem({ code: 'CONFIG_DUPLICATE', path, found: JSON.stringify(coupon), expected: 'a discount code that belongs to one campaign only', text: say('CONFIG_DUPLICATE.coupon', { path, coupon, owner }) }),
        );
      } else coupons.set(code, name);
    }
  }
  return problems;
}

/** Where JSON.parse stopped, as line and column (from the position V8 names), and a tip for the likely mistake. */
export function jsonSyntaxText(path: string, text: string, error: Error): ErrorText {
  const match = /position (\d+)/.exec(error.message);
  const lineInfo = match ? lineAndColumn(text, Number(match[1])) : null;
  let tip = '';
  if (/^\s*\/\//m.test(text) || /\/\*/.test(text)) tip = 'comments';
  else if (/,\s*[}\]]/.test(text)) tip = 'trailingComma';
  else if (/'[^'\n]*'\s*:/.test(text)) tip = 'singleQuotes';
  return say('CONFIG_NOT_JSON', { path, line: lineInfo?.line ?? 0, column: lineInfo?.column ?? 0, engine: error.message.replace(/ in JSON at position \d+.*$/, ''), tip });
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

/** An `expected` parameter for a zod message: a text of the catalogue when it is one (the schema's refinements), else zod's own English words. */
function zodExpectation(message: string): string {
  const plain = plainZodMessage(message);
  const known = Object.entries(EXPECTED.en).find(([, text]) => text === plain);
  return known ? known[0] : `=${plain}`;
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
