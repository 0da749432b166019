// `smroi init DIR`: a starter smroi.config.json filled from what the exports in DIR show (campaign
// names, currency, time zone), and beside it smroi.config.md explaining every key. JSON has no
// comments and config.md defines no comment key, so the explanations live in that Markdown file
// (which the audit ignores) and in a summary on stderr; the JSON holds contract keys only, so
// every script that reads smroi.config.json keeps working. Asks for the figures no export holds
// (margin, hourly rate, hours, a quote) only when stdin is a terminal; never overwrites a file
// unless forced.
import { skipReasonText } from '../i18n/skips.js';
import { chooseLanguage, type Language } from '../i18n/language.js';
import { numberStyle } from '../i18n/numbers.js';
import { channelName } from '../render/words.js';
import { escapeControls, safeJson, safeOutput } from '../safe-text.js';
import { INIT_TEXTS, keyHelp, type InitTexts } from './init-texts.js';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { detectKind } from '../detect.js';
import { CONFIG_FILE, CONFIG_NOTES_FILE, discoverFiles } from '../discover.js';
import { InputError, say, UsageError } from '../errors.js';
import { campaignKey, closestKey, isNoCampaign, looksLikeCampaignId, transliterationMatches } from '../join/campaign-key.js';
import { channelOfSource } from '../join/channels.js';
import { M, type CanonicalRecord, type Channel } from '../model/records.js';
import { streamRows } from '../parse.js';
import { DayCutter, formatDay, systemTimeZone, validTime } from '../read/dates.js';
import { sampleDecimalMark, sampleFile } from '../read/sample.js';
import { SOURCES } from '../sources/index.js';
import type { Source } from '../sources/types.js';

export const NOTES_FILE = CONFIG_NOTES_FILE;

type Family = Source['family'];

export interface InitOptions {
  dir: string;
  /** Replace existing files. */
  force?: boolean;
  /** Asks one question, returns the answer ('' to skip). Absent when stdin is not a terminal: nothing is asked. */
  ask?: (question: string) => Promise<string>;
  /** The computer's time zone (injected by tests). */
  systemZone?: string;
  sources?: readonly Source[];
  /** The language of the questions, the summary and smroi.config.md (default English); not English, it is written as "language" too. */
  language?: Language;
}

export interface InitResult {
  configPath: string;
  notesPath: string;
  config: Config;
  /** Lines for stderr: what was written and what is left to fill in. */
  summary: string[];
}

interface CampaignSeen {
  key: string;
  /** Raw spellings, by family, with how often they occur. */
  spellings: Map<string, { family: Family; count: number }>;
  families: Set<Family>;
  channels: Map<Channel, number>;
  /** Ad spend the ad exports show for it, and orders the ledgers name it in. */
  spend: number;
  orders: number;
}

/** What the exports in a folder show, for the starter configuration. */
export interface FolderScan {
  files: { file: string; kind: string | null; title: string; note?: string }[];
  campaigns: Map<string, CampaignSeen>;
  currencies: Record<'ledger' | 'ads', Map<string, number>>;
  /** Discount codes in ledgers, with the number of orders. */
  coupons: Map<string, number>;
  /** Channels that ad, insights and post exports carry (where the owner spends time). */
  channels: Set<Channel>;
  /** Timestamps with a UTC offset in the ledgers: instant (ms) and the offset (minutes). */
  offsets: { instant: number; offset: number; file: string }[];
  firstDay: number;
  lastDay: number;
}

export async function scanFolder(dir: string, sources: readonly Source[] = SOURCES, zone = systemTimeZone()): Promise<FolderScan> {
  const scan: FolderScan = {
    files: [],
    campaigns: new Map(),
    currencies: { ledger: new Map(), ads: new Map() },
    coupons: new Map(),
    channels: new Set(),
    offsets: [],
    firstDay: Infinity,
    lastDay: -Infinity,
  };
  const cutter = new DayCutter(zone);
  const idToName = new Map<string, string>();
  const pendingIds: { id: string; family: Family; channel: Channel | ''; orders: number }[] = [];
  for (const found of await discoverFiles(dir)) {
    if (found.relativePath === NOTES_FILE) continue;
    const sampled = await sampleFile(found.path);
    if ('skip' in sampled) {
      scan.files.push({ file: found.relativePath, kind: null, title: 'skipped', note: skipReasonText(sampled.skip, 'en') });
      continue;
    }
    const detection = detectKind(sampled.sample, sources);
    if ('skip' in detection) {
      scan.files.push({ file: found.relativePath, kind: null, title: 'skipped', note: skipReasonText(detection.skip, 'en') });
      continue;
    }
    const source = detection.source;
    const entry: FolderScan['files'][number] = { file: found.relativePath, kind: source.kind, title: source.title };
    scan.files.push(entry);
    if (source.family === 'ledger') collectOffsets(sampled.sample.text, found.relativePath, scan.offsets);
    const emit = (record: CanonicalRecord) => {
      if (record.day < scan.firstDay) scan.firstDay = record.day;
      if (record.dayTo > scan.lastDay) scan.lastDay = record.dayTo;
      const family = source.family;
      if (record.currency && (family === 'ledger' || family === 'ads')) bump(scan.currencies[family], record.currency);
      const channel: Channel | '' = record.channel || (record.source ? channelOfSource(record.source) : '');
      if ((family === 'ads' || family === 'insights' || family === 'posts') && record.channel) scan.channels.add(record.channel);
      if (family === 'ledger' && record.coupon) bump(scan.coupons, record.coupon.trim().toUpperCase());
      if (record.campaignId && record.campaign && !looksLikeCampaignId(record.campaign)) idToName.set(record.campaignId.trim(), record.campaign.trim());
      const raw = record.campaign.trim();
      if (isNoCampaign(raw)) return;
      const orders = family === 'ledger' && record.values[M.orders]! > 0 ? record.values[M.orders]! : 0;
      if (looksLikeCampaignId(raw)) {
        pendingIds.push({ id: raw, family, channel, orders });
        return;
      }
      const seen = note(scan, raw, family, channel);
      if (!seen) return;
      if (family === 'ads' && record.values[M.adSpend]! > 0) seen.spend += record.values[M.adSpend]!;
      seen.orders += orders;
    };
    try {
      const parser = source.open({
        file: found.relativePath,
        sample: sampled.sample,
        decimal: sampleDecimalMark(sampled.sample),
        cutter,
        emit,
        warn: () => {},
        exclude: () => {},
        describe: () => {},
        firstSighting: () => true,
      });
      await streamRows(found.path, found.relativePath, sampled.encoding, sampled.sample, parser);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      entry.note = `read in part only: line ${error.line ?? '?'}: ${error.problem}`;
    }
  }
  // A ledger or analytics row that names a Meta campaign ID belongs to the campaign with that ID.
  for (const { id, family, channel, orders } of pendingIds) {
    const name = idToName.get(id);
    const seen = name ? note(scan, name, family, channel, false) : null;
    if (seen) seen.orders += orders;
  }
  return scan;
}

function note(scan: FolderScan, raw: string, family: Family, channel: Channel | '', spelling = true): CampaignSeen | null {
  const key = campaignKey(raw);
  if (!key) return null;
  let seen = scan.campaigns.get(key);
  if (!seen) scan.campaigns.set(key, (seen = { key, spellings: new Map(), families: new Set(), channels: new Map(), spend: 0, orders: 0 }));
  seen.families.add(family);
  if (spelling) {
    const entry = seen.spellings.get(raw) ?? { family, count: 0 };
    entry.count++;
    seen.spellings.set(raw, entry);
  }
  if (channel && channel !== 'unknown') bump(seen.channels, channel);
  return seen;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const OFFSET_TIMESTAMP = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-])(\d{2}):?(\d{2})\b/g;

function collectOffsets(text: string, file: string, into: FolderScan['offsets']): void {
  for (const match of text.matchAll(OFFSET_TIMESTAMP)) {
    if (!validTime(Number(match[4]), Number(match[5]), Number(match[6] ?? 0)) || Number(match[8]) > 14 || Number(match[9]) > 59) continue;
    const offset = (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]));
    const local = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0));
    into.push({ instant: local - offset * 60_000, offset, file });
    if (into.length >= 400) return;
  }
}

/** Zones to try first for a currency, most populous first. */
const CURRENCY_ZONES: Record<string, readonly string[]> = {
  EUR: ['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Vienna', 'Europe/Brussels', 'Europe/Lisbon', 'Europe/Dublin', 'Europe/Helsinki', 'Europe/Athens'],
  CHF: ['Europe/Zurich'],
  SEK: ['Europe/Stockholm'],
  NOK: ['Europe/Oslo'],
  DKK: ['Europe/Copenhagen'],
  GBP: ['Europe/London'],
  PLN: ['Europe/Warsaw'],
  CZK: ['Europe/Prague'],
  USD: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'America/Anchorage', 'Pacific/Honolulu'],
  CAD: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax'],
  AUD: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Adelaide'],
  NZD: ['Pacific/Auckland'],
  JPY: ['Asia/Tokyo'],
};

/** Offset of a zone at an instant, in minutes east of UTC. */
export function zoneOffset(zone: string, instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The time zone the shop's timestamps were written in: the computer's own zone when it fits every
 * offset seen, else the first zone of the report currency's country list that fits, else any zone
 * that fits; the computer's zone when no export states an offset.
 */
export function guessTimeZone(
  offsets: readonly { instant: number; offset: number; file: string }[],
  currency: string | null,
  systemZone: string,
  language: Language = 'en',
): { zone: string; reason: string } {
  const texts = INIT_TEXTS[language];
  if (offsets.length === 0) return { zone: systemZone, reason: texts.zoneNoOffset };
  const distinct = new Map<string, { instant: number; offset: number }>();
  for (const sample of offsets) distinct.set(`${sample.offset}|${Math.floor(sample.instant / 86_400_000)}`, sample);
  const samples = [...distinct.values()].slice(0, 40);
  const fits = (zone: string) => {
    try {
      return samples.every((sample) => zoneOffset(zone, sample.instant) === sample.offset);
    } catch {
      return false;
    }
  };
  const offsetsText = [...new Set(samples.map((sample) => formatOffset(sample.offset)))].join(texts.and);
  const files = [...new Set(offsets.map((sample) => sample.file))].join(', ');
  if (fits(systemZone)) return { zone: systemZone, reason: texts.zoneSystem(files, offsetsText) };
  for (const zone of CURRENCY_ZONES[currency ?? ''] ?? []) {
    if (fits(zone)) return { zone, reason: texts.zoneCurrency(files, offsetsText, zone, currency!) };
  }
  const all: string[] = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const zone = [...all].sort().find(fits);
  if (zone) return { zone, reason: texts.zoneAny(files, offsetsText, zone) };
  return { zone: systemZone, reason: texts.zoneNone(files, offsetsText) };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function mostUsed(map: Map<string, number>): string | null {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** The name a campaign goes by in the configuration: the ad export's spelling, else the most used one. */
function displayName(seen: CampaignSeen): string {
  const spellings = [...seen.spellings].sort((a, b) => {
    const adsA = a[1].family === 'ads' ? 1 : 0;
    const adsB = b[1].family === 'ads' ? 1 : 0;
    return adsB - adsA || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1);
  });
  return spellings[0]?.[0] ?? seen.key;
}

function campaignChannel(seen: CampaignSeen): Channel | null {
  if (seen.families.has('ads')) {
    if (seen.channels.has('facebook')) return 'facebook';
    if (seen.channels.has('instagram')) return 'instagram';
  }
  const best = [...seen.channels].filter(([channel]) => channel !== 'unknown').sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : null;
}

type HoursPerMonth = NonNullable<Config['time']>['hoursPerMonth'];

/** What the owner tells init when asked; every answer may be skipped. */
interface Answers {
  margin?: number;
  hourlyRate?: number;
  hoursPerMonth?: HoursPerMonth;
  outsourcing?: { name: string; amountPerMonth: number };
}

export async function runInit(options: InitOptions): Promise<InitResult> {
  const configPath = join(options.dir, CONFIG_FILE);
  const notesPath = join(options.dir, NOTES_FILE);
  for (const path of [configPath, notesPath]) {
    if (existsSync(path) && !options.force) {
      throw new UsageError(say('CONFIG_EXISTS', { path }));
    }
  }
  const language = options.language ?? 'en';
  const scan = await scanFolder(options.dir, options.sources, options.systemZone);
  const plan = starterConfig(scan, options.systemZone ?? systemTimeZone(), language);
  const answers = options.ask ? await askOwner(options.ask, plan.config.currency ?? 'EUR', scan, language) : {};
  const config = withAnswers(plan.config, answers);
  // The starter must load as it is: validate it with the same schema the audit uses (zod, loaded only here).
  const { configSchema } = await import('../config.js');
  const checked = configSchema.safeParse(config);
  if (!checked.success) throw new Error(`smroi init built an invalid configuration: ${checked.error.message}`);
  // Campaign names come from the inputs: their control and bidi characters are written escaped (the same values).
  writeFileSync(configPath, `${safeJson(JSON.stringify(config, null, 2))}\n`);
  writeFileSync(notesPath, safeOutput(explain(config, plan, scan, options.dir, language)));
  return { configPath, notesPath, config, summary: summarize(config, plan, configPath, notesPath, language) };
}

export interface StarterPlan {
  config: Config;
  /** Why each written key has its value. */
  reasons: Record<string, string>;
  /**
   * Ledger or analytics spellings written as an alias of an ad campaign, to confirm: `umlaut` when
   * they are its name with German or Nordic letters folded, `typo` when they are a few edits from it.
   */
  typos: { key: string; like: string; spelling: string; why: 'umlaut' | 'typo' }[];
  /** Campaign names seen with neither ad spend nor an order (not proposed). */
  notProposed: string[];
  /** Currencies in the exports other than the report currency. */
  foreign: string[];
}

/** The configuration that the folder supports on its own, without asking anything. */
export function starterConfig(scan: FolderScan, systemZone: string, language: Language = 'en'): StarterPlan {
  const texts = INIT_TEXTS[language];
  const config: Config = {};
  const reasons: Record<string, string> = {};
  const ledgerCurrency = mostUsed(scan.currencies.ledger);
  const adsCurrency = mostUsed(scan.currencies.ads);
  const currency = ledgerCurrency ?? adsCurrency;
  if (currency) {
    config.currency = currency;
    reasons.currency = ledgerCurrency ? texts.currencyLedger : texts.currencyAds;
  }
  const zone = guessTimeZone(scan.offsets, currency, systemZone, language);
  config.timezone = zone.zone;
  reasons.timezone = zone.reason;

  const foreign = [...new Set([...scan.currencies.ledger.keys(), ...scan.currencies.ads.keys()])].filter((code) => code !== currency).sort();

  const all = [...scan.campaigns.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const adKeys = all.filter((seen) => seen.families.has('ads')).map((seen) => seen.key);
  // A spelling no ad export uses, that is an ad campaign's name with umlauts folded (exactly one) or
  // a few edits from it, is proposed as that campaign's alias, to confirm; never as a campaign.
  const typos: StarterPlan['typos'] = [];
  const aliasOf = new Map<string, string>();
  for (const seen of all) {
    if (seen.families.has('ads')) continue;
    const folded = adKeys.filter((key) => transliterationMatches(seen.key, key));
    const like = folded.length === 1 ? folded[0]! : closestKey(seen.key, adKeys);
    if (!like) continue;
    aliasOf.set(seen.key, like);
    typos.push({ key: seen.key, like, spelling: displayName(seen), why: folded.length === 1 ? 'umlaut' : 'typo' });
  }
  // Only campaigns that really have spend or orders (their own, or through a spelling of theirs).
  const active = new Set<string>();
  for (const seen of all) if (seen.spend > 0 || seen.orders > 0) active.add(aliasOf.get(seen.key) ?? seen.key);
  const campaigns: NonNullable<Config['campaigns']> = {};
  const notProposed: string[] = [];
  for (const seen of all) {
    if (aliasOf.has(seen.key)) continue;
    if (!active.has(seen.key)) {
      notProposed.push(displayName(seen));
      continue;
    }
    const channel = campaignChannel(seen);
    const aliases = typos.filter((typo) => typo.like === seen.key).map((typo) => typo.spelling);
    campaigns[displayName(seen)] = { ...(aliases.length ? { aliases } : {}), ...(channel && channel !== 'unknown' ? { channel } : {}) };
  }
  // An alias of a campaign that is not proposed is not proposed either.
  const kept = typos.filter((typo) => active.has(typo.like));
  if (Object.keys(campaigns).length) {
    config.campaigns = campaigns;
    reasons.campaigns = texts.campaigns;
  }
  // The owner ran init in German or Swedish: the reports follow, also where the locale is not set (cron).
  if (language !== 'en') {
    config.language = language;
    reasons.language = texts.language;
  }
  return { config, reasons, typos: kept, notProposed, foreign };
}

function withAnswers(config: Config, answers: Answers): Config {
  const result: Config = { ...config };
  if (answers.margin !== undefined) result.margin = answers.margin;
  if (answers.hourlyRate !== undefined && answers.hoursPerMonth && Object.keys(answers.hoursPerMonth).length) {
    result.time = { hourlyRate: answers.hourlyRate, hoursPerMonth: answers.hoursPerMonth };
  }
  if (answers.outsourcing) result.outsourcing = answers.outsourcing;
  // Keep the keys in config.md's order.
  const order = ['currency', 'timezone', 'margin', 'fx', 'campaigns', 'time', 'costs', 'outsourcing', 'language'];
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))) as Config;
}

async function askOwner(ask: (question: string) => Promise<string>, currency: string, scan: FolderScan, language: Language): Promise<Answers> {
  const texts = INIT_TEXTS[language];
  const answers: Answers = {};
  const number = async (question: string, check: (value: number) => boolean): Promise<number | undefined> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const text = (await ask(question)).trim();
      if (text === '') return undefined;
      const value = parseAnswer(text);
      if (value !== null && check(value)) return value;
    }
    return undefined;
  };
  const margin = await number(texts.margin, (value) => value > 0 && value <= 100);
  if (margin !== undefined) answers.margin = margin > 1 ? Math.round(margin * 100) / 10_000 : margin;
  const hourlyRate = await number(texts.hourlyRate(currency), (value) => value >= 0);
  if (hourlyRate !== undefined) {
    answers.hourlyRate = hourlyRate;
    const channels = (scan.channels.size ? [...scan.channels] : (['facebook', 'instagram'] as Channel[])).filter((channel): channel is Exclude<Channel, 'unknown'> => channel !== 'unknown').sort();
    const hours: HoursPerMonth = {};
    for (const channel of channels) {
      const value = await number(texts.hours(channelName(language, channel)), (v) => v >= 0);
      if (value !== undefined) hours[channel] = value;
    }
    answers.hoursPerMonth = hours;
  }
  const name = (await ask(texts.quoteName)).trim();
  if (name) {
    const amount = await number(texts.quotePrice(currency), (value) => value >= 0);
    if (amount !== undefined) answers.outsourcing = { name, amountPerMonth: amount };
  }
  return answers;
}

/** "0,6", "60 %", "1.234,50", "45 €" → a number; null when it is none. */
export function parseAnswer(text: string): number | null {
  let cleaned = text.replace(/[€$£%\s]|EUR|USD|CHF|SEK/gi, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  else cleaned = cleaned.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Every key of config.md (and the additions), explained for the Markdown file and stderr (English; keyHelp(language) for the others). */
export const KEY_HELP = keyHelp('en');

function explain(config: Config, plan: StarterPlan, scan: FolderScan, dir: string, language: Language): string {
  const texts = INIT_TEXTS[language];
  const help = keyHelp(language);
  const { day } = numberStyle(language);
  const lines: string[] = [];
  const read = scan.files.filter((file) => file.kind !== null);
  lines.push(texts.title, '');
  lines.push(texts.wrote(read.length, dir), texts.noComments, '', texts.found, '');
  for (const file of scan.files) lines.push(`- \`${file.file}\`: ${file.kind ? `${file.title} (${file.kind})${file.note ? `, ${file.note}` : ''}` : texts.notUsed(file.note)}`);
  if (Number.isFinite(scan.firstDay)) lines.push(texts.dates(day(formatDay(scan.firstDay)), day(formatDay(scan.lastDay))));
  if (scan.coupons.size) {
    lines.push(texts.coupons([...scan.coupons].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([code, orders]) => texts.coupon(code, orders)).join(', ')));
  }
  for (const typo of plan.typos) lines.push(texts.typo(typo.spelling, typo.like, typo.why === 'umlaut'));
  if (plan.notProposed.length) lines.push(texts.notProposed(plan.notProposed.map((name) => `"${name}"`).join(', ')));
  if (plan.foreign.length) lines.push(texts.foreign(plan.foreign.join(', '), config.currency ?? 'EUR', plan.foreign.length === 1));
  lines.push('', texts.keysWritten, '');
  for (const [key, value] of Object.entries(config)) {
    const entry = help.find((item) => item.key === key);
    lines.push(`### \`${key}\``, '');
    if (key === 'campaigns') lines.push(...campaignLines(value as NonNullable<Config['campaigns']>, plan, scan, texts, language));
    else lines.push(texts.value(JSON.stringify(value), plan.reasons[key]), '');
    if (entry) lines.push(entry.long, '');
  }
  const missing = help.filter((entry) => !(entry.key in config));
  if (missing.length) {
    lines.push(texts.toAdd, '', texts.toAddNote, '');
    for (const entry of missing) lines.push(`### \`${entry.key}\``, '', entry.long, '', '```json', entry.example, '```', '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** The campaigns written: where each was seen, its channel, the other spellings matched to it. */
function campaignLines(campaigns: NonNullable<Config['campaigns']>, plan: StarterPlan, scan: FolderScan, texts: InitTexts, language: Language): string[] {
  const lines = [`${plan.reasons.campaigns ?? ''}:`, ''];
  for (const [name, entry] of Object.entries(campaigns)) {
    const seen = scan.campaigns.get(campaignKey(name));
    // English lists the families as the code names them (sorted by them), the others in words.
    const where = seen ? [...seen.families].sort().map((family) => texts.families[family]).join(', ') : '';
    const spellings = seen ? [...seen.spellings.keys()].filter((spelling) => spelling !== name).sort() : [];
    const channel = entry.channel ? texts.channel(language === 'en' ? entry.channel : channelName(language, entry.channel)) : '';
    lines.push(`- \`${name}\`${where ? texts.seenIn(where) : ''}${channel}${spellings.length ? texts.alsoWritten(spellings.map((s) => `"${s}"`).join(', ')) : ''}`);
  }
  lines.push('', texts.addPlan, '');
  return lines;
}

function summarize(config: Config, plan: StarterPlan, configPath: string, notesPath: string, language: Language): string[] {
  const texts = INIT_TEXTS[language];
  const help = keyHelp(language);
  const lines = [texts.summaryWrote(configPath, notesPath)];
  for (const [key, value] of Object.entries(config)) {
    const shown = key === 'campaigns' ? texts.campaignCount(Object.keys(value as object).length) : JSON.stringify(value);
    const why = plan.reasons[key] ?? help.find((entry) => entry.key === key)?.short ?? '';
    lines.push(`  ${key.padEnd(12)} ${shown}: ${why.charAt(0).toLowerCase()}${why.slice(1)}`);
  }
  const missing = ['margin', 'time', 'costs', 'outsourcing'].filter((key) => !(key in config));
  const todo = [...missing, ...(plan.foreign.length ? [`fx (${plan.foreign.join(', ')})`] : []), texts.planTodo];
  lines.push(texts.stillToFill(todo.join(', ')));
  for (const typo of plan.typos) lines.push(texts.check(typo.spelling, typo.like, typo.why === 'umlaut'));
  if (plan.notProposed.length) lines.push(texts.notProposedShort(plan.notProposed.map((name) => `"${name}"`).join(', ')));
  return lines;
}

/** `smroi init DIR [--force]` on a terminal: asks only when stdin is a TTY; the summary goes to stderr. */
export async function initCommand(
  dir: string,
  flags: { force?: boolean; lang?: Language },
  terminal: { stdin: NodeJS.ReadStream; stderr: NodeJS.WriteStream; env?: NodeJS.ProcessEnv },
): Promise<number> {
  // No configuration exists yet to name a language: --lang, else the locale environment.
  const language = chooseLanguage({ flag: flags.lang, env: terminal.env ?? {} });
  let close = () => {};
  let ask: InitOptions['ask'];
  if (terminal.stdin.isTTY === true) {
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: terminal.stdin, output: terminal.stderr });
    ask = (question) => rl.question(question);
    close = () => rl.close();
  }
  try {
    const result = await runInit({ dir, force: flags.force === true, ask, language });
    terminal.stderr.write(`${result.summary.map((line) => escapeControls(line)).join('\n')}\n`);
    return 0;
  } finally {
    close();
  }
}
