// Stage 4c: cells become report groups. Campaign tokens resolve to campaign keys (platform IDs to
// the campaign that carries them, configured aliases), unknown channels take their campaign's
// channel, amounts are converted into the report currency, and days outside the period drop out.
import { InputError, say } from '../errors.js';
import { CHANNELS, MONEY_METRICS, type Channel } from '../model/records.js';
import { formatDay } from '../read/dates.js';
import { asciiSpellings, campaignKey, hasFoldableLetters } from './campaign-key.js';
import { CELL_SIZE, ROWS_SLOT, splitCellKey, type Dictionary, type FileAggregate } from './aggregate.js';

const IS_MONEY = Uint8Array.from({ length: CELL_SIZE }, (_, i) => (MONEY_METRICS.includes(i) ? 1 : 0));

export interface CampaignSettings {
  /** Campaign key to configured channel. */
  channels: ReadonlyMap<string, Channel>;
  /** Alias key to campaign key. */
  aliases: ReadonlyMap<string, string>;
  /** Keys of the configured campaigns (they, the ad exports' campaigns and alias targets are the known campaigns). */
  campaigns?: ReadonlySet<string>;
}

export type FxTable = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

export interface ResolveInput {
  files: readonly { relativePath: string; family: string; aggregate: FileAggregate }[];
  dictionary: Dictionary;
  settings: CampaignSettings;
  currency: string;
  fx: FxTable;
  from: number;
  to: number;
  /**
   * `smroi explain` only: told of every cell counted, in the order it is summed, with the campaign key
   * and channel it was counted under and the exchange rate applied (whole-range rows: daily false).
   */
  onCell?: (cell: CountedCell) => void;
}

export interface CountedCell {
  file: string;
  /** The values summed (the aggregate's own array: FileAggregate.onAdd named it). */
  values: Float64Array;
  day: number;
  token: number;
  key: string;
  channel: Channel;
  /** The channel the rows named ('unknown' when they named none: `channel` is then the campaign's, when it has one). */
  rowChannel: Channel;
  /** The currency the rows state ('' when none: the report currency). */
  currency: string;
  rate: number;
  daily: boolean;
}

/** Sums per campaign key ('' = none) and channel, in the report currency, inside the period. */
export interface Resolved {
  groups: Map<string, Map<Channel, Float64Array>>;
  /** Families (ads, ledger, analytics...) that mention each campaign key. */
  familiesByCampaign: Map<string, Set<string>>;
  /** Raw spellings per campaign key. */
  names: Map<string, Set<string>>;
  /** Platform IDs seen in ledgers or analytics that no ad export names. */
  unknownIds: Set<string>;
  rowsOutsidePeriod: number;
  rangesOutsidePeriod: { file: string; rows: number }[];
  /** Exchange rates used: currency -> date -> rate. */
  ratesUsed: Map<string, Map<string, number>>;
  /**
   * The same sums by day, per channel and per campaign key, for time series (the evidence section,
   * breakdowns). Whole-range rows are left out: they cannot be split by day.
   */
  daily: Map<number, Map<Channel, Float64Array>>;
  dailyByCampaign: Map<string, Map<number, Float64Array>>;
  /** The whole-range rows inside the period, converted, for breakdowns (src/series.ts): a range fits a bucket or stays undivided. */
  ranges: { from: number; to: number; key: string; channel: Channel; sums: Float64Array }[];
  /** Keys joined to another campaign because they are the same name with German or Nordic letters folded, sorted by `from`. */
  spellingMerges: { from: string; to: string }[];
}

export function resolveCells(input: ResolveInput): Resolved {
  const { dictionary, settings, from, to } = input;
  const resolved: Resolved = {
    groups: new Map(),
    familiesByCampaign: new Map(),
    names: new Map(),
    unknownIds: new Set(),
    rowsOutsidePeriod: 0,
    rangesOutsidePeriod: [],
    ratesUsed: new Map(),
    daily: new Map(),
    dailyByCampaign: new Map(),
    ranges: [],
    spellingMerges: [],
  };
  const keyOfToken = dictionary.tokens.map((token) => resolveToken(token, dictionary, settings, resolved.unknownIds));
  const merges = spellingMerges(keyOfToken, input);
  for (let i = 0; i < keyOfToken.length; i++) keyOfToken[i] = merges.get(keyOfToken[i]!) ?? keyOfToken[i]!;
  resolved.spellingMerges = [...merges].map(([from, to]) => ({ from, to }));
  for (const [index, spellings] of dictionary.spellings) {
    const key = keyOfToken[index]!;
    if (!key) continue;
    const names = resolved.names.get(key) ?? new Set<string>();
    for (const name of spellings) names.add(name);
    resolved.names.set(key, names);
  }

  const add = (file: { relativePath: string; family: string }, day: number, token: number, channelIndex: number, currencyIndex: number, values: Float64Array, daily: boolean, rangeTo = day) => {
    const key = keyOfToken[token]!;
    let channel = CHANNELS[channelIndex]!;
    if (channel === 'unknown' && key) channel = campaignChannel(key, dictionary, settings) ?? 'unknown';
    const rate = rateFor(input, file.relativePath, dictionary.currencies[currencyIndex]!, day, resolved.ratesUsed);
    let byChannel = resolved.groups.get(key);
    if (!byChannel) resolved.groups.set(key, (byChannel = new Map()));
    addConverted(getOrCreate(byChannel, channel), values, rate);
    input.onCell?.({ file: file.relativePath, values, day, token, key, channel, rowChannel: CHANNELS[channelIndex]!, currency: dictionary.currencies[currencyIndex]!, rate, daily });
    if (daily) {
      let dayChannels = resolved.daily.get(day);
      if (!dayChannels) resolved.daily.set(day, (dayChannels = new Map()));
      addConverted(getOrCreate(dayChannels, channel), values, rate);
      if (key) {
        let days = resolved.dailyByCampaign.get(key);
        if (!days) resolved.dailyByCampaign.set(key, (days = new Map()));
        addConverted(getOrCreate(days, day), values, rate);
      }
    } else {
      const sums = new Float64Array(CELL_SIZE);
      addConverted(sums, values, rate);
      resolved.ranges.push({ from: day, to: rangeTo, key, channel, sums });
    }
    if (key) {
      const families = resolved.familiesByCampaign.get(key) ?? new Set<string>();
      families.add(file.family);
      resolved.familiesByCampaign.set(key, families);
    }
  };

  for (const file of input.files) {
    for (const [cellKey, values] of file.aggregate.cells) {
      const { day, token, channel, currency } = splitCellKey(cellKey);
      if (day < from || day > to) {
        resolved.rowsOutsidePeriod += values[ROWS_SLOT]!;
        continue;
      }
      add(file, day, token, channel, currency, values, true);
    }
    let outside = 0;
    for (const range of file.aggregate.ranges) {
      // A whole-range row cannot be split by day: it counts only when its range lies inside the period.
      if (range.from < from || range.to > to) {
        outside += 1;
        continue;
      }
      add(file, range.from, range.token, range.channel, range.currency, range.values, false, range.to);
    }
    if (outside) {
      resolved.rowsOutsidePeriod += outside;
      resolved.rangesOutsidePeriod.push({ file: file.relativePath, rows: outside });
    }
  }
  return resolved;
}

function addConverted(sums: Float64Array, values: Float64Array, rate: number): void {
  for (let i = 0; i < CELL_SIZE; i++) sums[i] += IS_MONEY[i] ? values[i]! * rate : values[i]!;
}

function getOrCreate<K>(map: Map<K, Float64Array>, key: K): Float64Array {
  let sums = map.get(key);
  if (!sums) map.set(key, (sums = new Float64Array(CELL_SIZE)));
  return sums;
}

/**
 * Spellings that mean one campaign: a key that no ad export, configuration or alias names joins the
 * one known campaign that is the same name after folding German and Nordic letters to ASCII
 * (`kuerbiswochen` and `kurbiswochen` join `kürbiswochen`). Without a known match, an ASCII key joins
 * the one other key with such letters that folds to it. Two candidates or more: no join (the
 * did-you-mean of UNMATCHED_CAMPAIGN still suggests one). Returns from-key -> to-key, sorted.
 */
function spellingMerges(keyOfToken: readonly string[], input: ResolveInput): Map<string, string> {
  const { settings } = input;
  const known = new Set<string>([...(settings.campaigns ?? []), ...settings.aliases.values()]);
  for (const file of input.files) {
    if (file.family !== 'ads') continue;
    for (const cellKey of file.aggregate.cells.keys()) {
      const key = keyOfToken[splitCellKey(cellKey).token];
      if (key) known.add(key);
    }
    for (const range of file.aggregate.ranges) {
      const key = keyOfToken[range.token];
      if (key) known.add(key);
    }
  }
  const keys = [...new Set(keyOfToken.filter((key) => key !== ''))].sort();
  const index = (candidates: Iterable<string>) => {
    const bySpelling = new Map<string, Set<string>>();
    for (const key of candidates) {
      for (const spelling of asciiSpellings(key)) {
        let set = bySpelling.get(spelling);
        if (!set) bySpelling.set(spelling, (set = new Set()));
        set.add(key);
      }
    }
    return bySpelling;
  };
  const knownBySpelling = index(known);
  const foldableBySpelling = index(keys.filter((key) => !known.has(key) && hasFoldableLetters(key)));
  const matches = (key: string, bySpelling: Map<string, Set<string>>) => {
    const found = new Set<string>();
    for (const spelling of asciiSpellings(key)) for (const other of bySpelling.get(spelling) ?? []) if (other !== key) found.add(other);
    return [...found];
  };
  const merges = new Map<string, string>();
  for (const key of keys) {
    if (known.has(key)) continue;
    let targets = matches(key, knownBySpelling);
    if (targets.length === 0 && !hasFoldableLetters(key)) targets = matches(key, foldableBySpelling);
    if (targets.length === 1) merges.set(key, targets[0]!);
  }
  return merges;
}

function resolveToken(token: string, dictionary: Dictionary, settings: CampaignSettings, unknownIds: Set<string>): string {
  if (token === '') return '';
  if (token.startsWith('id:')) {
    const id = token.slice(3);
    const key = dictionary.campaignIds.get(id);
    if (key) return settings.aliases.get(key) ?? key;
    const aliased = settings.aliases.get(id);
    if (aliased) return aliased;
    unknownIds.add(id);
    return id;
  }
  return settings.aliases.get(token) ?? token;
}

function campaignChannel(key: string, dictionary: Dictionary, settings: CampaignSettings): Channel | null {
  const configured = settings.channels.get(key);
  if (configured) return configured;
  const fromAds = dictionary.campaignChannels.get(key);
  if (!fromAds || fromAds.size === 0) return null;
  // A Meta campaign delivered on both platforms books its unsourced orders under facebook.
  return fromAds.has('facebook') ? 'facebook' : [...fromAds].sort()[0]!;
}

function rateFor(input: ResolveInput, file: string, currency: string, day: number, used: Map<string, Map<string, number>>): number {
  if (currency === '' || currency === input.currency) return 1;
  const entry = input.fx[currency];
  let rate: number | undefined;
  let date = '';
  if (typeof entry === 'number') {
    rate = entry;
    date = 'any';
  } else if (entry) {
    const dayText = formatDay(day);
    for (const [from, value] of Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (from <= dayText) {
        rate = value;
        date = from;
      }
    }
  }
  if (rate === undefined) {
    throw new InputError(file, null, say('MISSING_FX_RATE', { currency, reportCurrency: input.currency, day: formatDay(day) }));
  }
  let dates = used.get(currency);
  if (!dates) used.set(currency, (dates = new Map()));
  dates.set(date, rate);
  return rate;
}

export function buildCampaignSettings(campaigns: Readonly<Record<string, { aliases?: string[]; channel?: Channel }>> | undefined): CampaignSettings {
  const channels = new Map<string, Channel>();
  const aliases = new Map<string, string>();
  const configured = new Set<string>();
  for (const [name, plan] of Object.entries(campaigns ?? {})) {
    const key = campaignKey(name);
    configured.add(key);
    if (plan.channel) channels.set(key, plan.channel);
    for (const alias of plan.aliases ?? []) {
      const aliasKey = /^\d{15,20}$/.test(alias.trim()) ? alias.trim() : campaignKey(alias);
      if (aliasKey !== key) aliases.set(aliasKey, key);
    }
  }
  return { channels, aliases, campaigns: configured };
}
