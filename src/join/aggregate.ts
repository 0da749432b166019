// Stage 4a: records are summed into (day, campaign, channel, currency) cells while a file streams,
// so memory grows with days x campaigns, never with rows.
import { CHANNELS, METRIC_COUNT, type CanonicalRecord, type Channel } from '../model/records.js';
import { campaignKey, isNoCampaign, looksLikeCampaignId } from './campaign-key.js';
import { channelOfSource } from './channels.js';

/** Interns campaign tokens and currencies shared by all files of one audit. */
export class Dictionary {
  /** Token strings: a campaign key, `id:<digits>` for a bare platform ID, or '' for none. */
  readonly tokens: string[] = [''];
  private readonly tokenIndex = new Map<string, number>([['', 0]]);
  private readonly rawToToken = new Map<string, number>();
  /** Raw spellings seen per token, for the report's `names`. */
  readonly spellings = new Map<number, Set<string>>();
  /** Platform campaign ID to campaign key, learned from ad exports. */
  readonly campaignIds = new Map<string, string>();
  /** Campaign key to the channel its ads ran on. */
  readonly campaignChannels = new Map<string, Set<Channel>>();
  readonly currencies: string[] = [''];
  private readonly currencyIndex = new Map<string, number>([['', 0]]);
  private readonly sourceChannel = new Map<string, Channel | ''>();

  constructor(private readonly couponCampaigns: ReadonlyMap<string, string>) {}

  token(rawCampaign: string): number {
    let index = this.rawToToken.get(rawCampaign);
    if (index === undefined) {
      let token: string;
      if (isNoCampaign(rawCampaign)) token = '';
      else if (looksLikeCampaignId(rawCampaign)) token = `id:${rawCampaign.trim()}`;
      else token = campaignKey(rawCampaign);
      index = this.intern(token);
      this.rawToToken.set(rawCampaign, index);
      if (token !== '' && !token.startsWith('id:')) {
        let names = this.spellings.get(index);
        if (!names) this.spellings.set(index, (names = new Set()));
        names.add(rawCampaign.trim());
      }
    }
    return index;
  }

  couponToken(coupon: string): number {
    const key = this.couponCampaigns.get(coupon.trim().toUpperCase());
    return key === undefined ? 0 : this.intern(key);
  }

  intern(token: string): number {
    let index = this.tokenIndex.get(token);
    if (index === undefined) {
      index = this.tokens.length;
      this.tokens.push(token);
      this.tokenIndex.set(token, index);
    }
    return index;
  }

  currency(code: string): number {
    let index = this.currencyIndex.get(code);
    if (index === undefined) {
      index = this.currencies.length;
      this.currencies.push(code);
      this.currencyIndex.set(code, index);
    }
    return index;
  }

  channelOf(source: string): Channel | '' {
    let channel = this.sourceChannel.get(source);
    if (channel === undefined) {
      channel = channelOfSource(source);
      this.sourceChannel.set(source, channel);
    }
    return channel;
  }

  learnCampaignId(id: string, name: string, channel: Channel | ''): void {
    const key = this.tokens[this.token(name)]!;
    if (!key) return;
    if (id) this.campaignIds.set(id.trim(), key);
    if (channel) {
      let channels = this.campaignChannels.get(key);
      if (!channels) this.campaignChannels.set(key, (channels = new Set()));
      channels.add(channel);
    }
  }
}

/** Cells hold one slot per metric and, last, the number of rows summed into them. */
export const ROWS_SLOT = METRIC_COUNT;
export const CELL_SIZE = METRIC_COUNT + 1;

export const CHANNEL_INDEX = new Map<Channel | '', number>([...CHANNELS.map((c, i) => [c, i] as const), ['', CHANNELS.indexOf('unknown')]]);

// Cell key layout: day (up to 2^16) x token (2^20) x channel (2^3) x currency (2^8) < 2^53.
const TOKEN_SPAN = 2 ** 20;
export function cellKey(day: number, token: number, channel: number, currency: number): number {
  return ((day * TOKEN_SPAN + token) * 8 + channel) * 256 + currency;
}
export function splitCellKey(key: number): { day: number; token: number; channel: number; currency: number } {
  // Floored remainders: a day before 1970 is negative and makes the whole key negative.
  const currency = ((key % 256) + 256) % 256;
  let rest = (key - currency) / 256;
  const channel = ((rest % 8) + 8) % 8;
  rest = (rest - channel) / 8;
  const token = ((rest % TOKEN_SPAN) + TOKEN_SPAN) % TOKEN_SPAN;
  const day = (rest - token) / TOKEN_SPAN;
  return { day, token, channel, currency };
}

/** A row that covers a date range instead of a day (exports without a daily breakdown). */
export interface RangeCell {
  from: number;
  to: number;
  token: number;
  channel: number;
  currency: number;
  values: Float64Array;
}

/** Per-day fingerprint of the order references in a file, to spot the same orders in two exports. */
export interface DayFingerprint {
  count: number;
  xor: number;
  sum: number;
}

export class FileAggregate {
  readonly cells = new Map<number, Float64Array>();
  readonly ranges: RangeCell[] = [];
  /** Which metrics this file carries (any row with a value). */
  readonly carried = new Uint8Array(METRIC_COUNT);
  readonly fingerprints = new Map<number, DayFingerprint>();
  rows = 0;
  firstDay = Infinity;
  lastDay = -Infinity;
  private lastKey = -1;
  private lastCell: Float64Array | null = null;

  constructor(private readonly dictionary: Dictionary) {}

  add(record: CanonicalRecord): void {
    const dictionary = this.dictionary;
    this.rows++;
    let token = record.campaign ? dictionary.token(record.campaign) : 0;
    if (token === 0 && record.coupon) token = dictionary.couponToken(record.coupon);
    if (token === 0 && record.campaignId) token = dictionary.token(record.campaignId);
    const channelName = record.channel || (record.source ? dictionary.channelOf(record.source) : '');
    if (record.campaignId && record.campaign) dictionary.learnCampaignId(record.campaignId, record.campaign, record.channel);
    else if (record.channel && token !== 0) dictionary.learnCampaignId('', record.campaign, record.channel);
    const channel = CHANNEL_INDEX.get(channelName)!;
    const currency = dictionary.currency(record.currency);
    const values = record.values;
    for (let i = 0; i < METRIC_COUNT; i++) if (values[i] === values[i]) this.carried[i] = 1;
    if (record.day < this.firstDay) this.firstDay = record.day;
    if (record.dayTo > this.lastDay) this.lastDay = record.dayTo;

    if (record.dayTo !== record.day) {
      const rangeValues = new Float64Array(CELL_SIZE);
      for (let i = 0; i < METRIC_COUNT; i++) if (values[i] === values[i]) rangeValues[i] = values[i]!;
      rangeValues[ROWS_SLOT] = 1;
      this.ranges.push({ from: record.day, to: record.dayTo, token, channel, currency, values: rangeValues });
      return;
    }
    const key = cellKey(record.day, token, channel, currency);
    let cell = key === this.lastKey ? this.lastCell! : this.cells.get(key);
    if (cell === undefined) {
      cell = new Float64Array(CELL_SIZE);
      this.cells.set(key, cell);
    }
    this.lastKey = key;
    this.lastCell = cell;
    for (let i = 0; i < METRIC_COUNT; i++) {
      const v = values[i]!;
      if (v === v) cell[i] += v;
    }
    cell[ROWS_SLOT] += 1;
    if (record.ref) this.fingerprint(record.day, record.ref);
  }

  private fingerprint(day: number, ref: string): void {
    let print = this.fingerprints.get(day);
    if (print === undefined) this.fingerprints.set(day, (print = { count: 0, xor: 0, sum: 0 }));
    // Two independent 32-bit hashes: equal sets of references give equal prints, order aside.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < ref.length; i++) {
      const c = ref.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    print.count++;
    print.xor = (print.xor ^ h1) >>> 0;
    print.sum = (print.sum + (h2 >>> 0)) % 4294967296;
  }
}
