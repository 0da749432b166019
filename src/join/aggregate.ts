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
  // Last-value caches: rows of one export often repeat a campaign, source or currency, and the
  // cells arrive as fresh strings, so a compare with the last value is cheaper than a Map lookup
  // (which hashes the string first).
  private lastRaw: string | null = null;
  private lastRawIndex = 0;
  private lastSource: string | null = null;
  private lastSourceChannel: Channel | '' = '';
  private lastCurrency: string | null = null;
  private lastCurrencyIndex = 0;

  constructor(private readonly couponCampaigns: ReadonlyMap<string, string>) {}

  token(rawCampaign: string): number {
    if (rawCampaign === this.lastRaw) return this.lastRawIndex;
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
    this.lastRaw = rawCampaign;
    this.lastRawIndex = index;
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
    if (code === this.lastCurrency) return this.lastCurrencyIndex;
    let index = this.currencyIndex.get(code);
    if (index === undefined) {
      index = this.currencies.length;
      this.currencies.push(code);
      this.currencyIndex.set(code, index);
    }
    this.lastCurrency = code;
    this.lastCurrencyIndex = index;
    return index;
  }

  channelOf(source: string): Channel | '' {
    if (source === this.lastSource) return this.lastSourceChannel;
    let channel = this.sourceChannel.get(source);
    if (channel === undefined) {
      channel = channelOfSource(source);
      this.sourceChannel.set(source, channel);
    }
    this.lastSource = source;
    this.lastSourceChannel = channel;
    return channel;
  }

  /** What a file may add to the dictionary, to take it back when the file cannot be read to the end. */
  snapshot(): () => void {
    const spellings = new Map([...this.spellings].map(([index, names]) => [index, new Set(names)]));
    const campaignIds = new Map(this.campaignIds);
    const campaignChannels = new Map([...this.campaignChannels].map(([key, channels]) => [key, new Set(channels)]));
    return () => {
      // Tokens and currencies interned meanwhile stay: an index without sums adds nothing.
      this.spellings.clear();
      for (const [index, names] of spellings) this.spellings.set(index, names);
      this.campaignIds.clear();
      for (const [id, key] of campaignIds) this.campaignIds.set(id, key);
      this.campaignChannels.clear();
      for (const [key, channels] of campaignChannels) this.campaignChannels.set(key, channels);
    };
  }

  /** The coupon codes the configuration ties to campaigns (code upper-cased, campaign key). */
  get coupons(): ReadonlyMap<string, string> {
    return this.couponCampaigns;
  }

  /** What this dictionary learned, in the order it learned it: another thread's, for absorb(). */
  state(): DictionaryState {
    return {
      tokens: this.tokens.slice(),
      raws: [...this.rawToToken.keys()],
      campaignIds: [...this.campaignIds],
      campaignChannels: [...this.campaignChannels].map(([key, channels]) => [key, [...channels]]),
      currencies: this.currencies.slice(),
    };
  }

  /**
   * Learns what another dictionary learned (its state()) as if the rows it saw were read here after
   * the rows read so far: tokens interned and spellings noted in the same order. Returns where its
   * token and currency indices are in this one.
   */
  absorb(other: DictionaryState): { tokens: Int32Array; currencies: Int32Array } {
    const tokens = new Int32Array(other.tokens.length);
    for (let i = 1; i < other.tokens.length; i++) tokens[i] = this.intern(other.tokens[i]!);
    for (const raw of other.raws) this.token(raw);
    for (const [id, key] of other.campaignIds) this.campaignIds.set(id, key);
    for (const [key, channels] of other.campaignChannels) {
      let known = this.campaignChannels.get(key);
      if (!known) this.campaignChannels.set(key, (known = new Set()));
      for (const channel of channels) known.add(channel);
    }
    const currencies = new Int32Array(other.currencies.length);
    for (let i = 1; i < other.currencies.length; i++) currencies[i] = this.currency(other.currencies[i]!);
    return { tokens, currencies };
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

/** A Dictionary's learning as plain data (it crosses threads). */
export interface DictionaryState {
  tokens: string[];
  /** Raw campaign texts, in the order first seen. */
  raws: string[];
  campaignIds: [string, string][];
  campaignChannels: [string, Channel[]][];
  currencies: string[];
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

/** A FileAggregate's sums as plain data. */
export interface AggregateState {
  cells: Map<number, Float64Array>;
  ranges: RangeCell[];
  carried: Uint8Array;
  fingerprints: Map<number, DayFingerprint>;
  rows: number;
  firstDay: number;
  lastDay: number;
}

export class FileAggregate {
  readonly cells = new Map<number, Float64Array>();
  readonly ranges: RangeCell[] = [];
  /** Which metrics this file carries (any row with a value). */
  readonly carried = new Uint8Array(METRIC_COUNT);
  readonly fingerprints = new Map<number, DayFingerprint>();
  rows = 0;
  /** First and last day of every dated row read (counted or left out): the span the file covers. */
  firstDay = Infinity;
  lastDay = -Infinity;
  /**
   * Orders of this file were matched with other downloads of the same shop by their identity
   * (src/join/order-identity.ts): day-level overlap detection leaves the file alone.
   */
  byIdentity = false;
  /**
   * Whether order references are fingerprinted per day: only day-level overlap detection between
   * two files of one dataset reads the prints, so a ledger alone of its kind in the folder is not
   * (readFolder decides; 3 % of a large ledger's read).
   */
  fingerprinting = true;
  /** `smroi explain` only: told of every record summed, with the cell (or whole-range values) it went into. */
  onAdd: ((record: CanonicalRecord, cell: Float64Array) => void) | null = null;
  // The hot path's index into `cells`: per day, a map keyed by token, channel and currency (a small
  // integer, where the full cell key is a double); rows usually come day by day, so the day's map
  // is kept at hand. `cellCount` notices cells deleted from outside (overlap removal), which would
  // make the index stale.
  private readonly dayCells = new Map<number, Map<number, Float64Array>>();
  private hotDay = NaN;
  private hotCells: Map<number, Float64Array> | null = null;
  private cellCount = 0;
  // Channel slot per source text (the ledger passes one string instance per source / medium pair).
  private readonly sourceChannels = new Map<string, number>();
  private hotSource: string | null = null;
  private hotSourceChannel = 0;

  constructor(readonly dictionary: Dictionary) {}

  add(record: CanonicalRecord): void {
    const dictionary = this.dictionary;
    this.rows++;
    let token = record.campaign ? dictionary.token(record.campaign) : 0;
    if (token === 0 && record.coupon) token = dictionary.couponToken(record.coupon);
    if (token === 0 && record.campaignId) token = dictionary.token(record.campaignId);
    const channel = record.channel ? CHANNEL_INDEX.get(record.channel)! : this.sourceChannel(record.source);
    if (record.campaignId && record.campaign) dictionary.learnCampaignId(record.campaignId, record.campaign, record.channel);
    else if (record.channel && token !== 0) dictionary.learnCampaignId('', record.campaign, record.channel);
    const currency = dictionary.currency(record.currency);
    const values = record.values;
    const carried = this.carried;
    const day = record.day;
    if (day < this.firstDay) this.firstDay = day;
    if (record.dayTo > this.lastDay) this.lastDay = record.dayTo;

    if (record.dayTo !== day) {
      for (let i = 0; i < METRIC_COUNT; i++) if (values[i] === values[i]) carried[i] = 1;
      const rangeValues = new Float64Array(CELL_SIZE);
      for (let i = 0; i < METRIC_COUNT; i++) if (values[i] === values[i]) rangeValues[i] = values[i]!;
      rangeValues[ROWS_SLOT] = 1;
      this.ranges.push({ from: record.day, to: record.dayTo, token, channel, currency, values: rangeValues });
      if (this.onAdd !== null) this.onAdd(record, rangeValues);
      return;
    }
    if (this.cells.size !== this.cellCount) this.reindex();
    let dayCells = this.hotCells;
    if (day !== this.hotDay || dayCells === null) {
      let found = this.dayCells.get(day);
      if (found === undefined) this.dayCells.set(day, (found = new Map()));
      this.hotDay = day;
      this.hotCells = dayCells = found;
    }
    // The low part of cellKey: below 2^31, so a small integer.
    const slot = (token * 8 + channel) * 256 + currency;
    let cell = dayCells.get(slot);
    if (cell === undefined) {
      cell = new Float64Array(CELL_SIZE);
      dayCells.set(slot, cell);
      this.cells.set(cellKey(day, token, channel, currency), cell);
      this.cellCount = this.cells.size;
    }
    for (let i = 0; i < METRIC_COUNT; i++) {
      const v = values[i]!;
      if (v === v) {
        cell[i] += v;
        carried[i] = 1;
      }
    }
    cell[ROWS_SLOT] += 1;
    if (record.ref && this.fingerprinting) this.fingerprint(day, record.ref);
    if (this.onAdd !== null) this.onAdd(record, cell);
  }

  /** The sums as plain data (they cross threads; the arrays are this aggregate's own). */
  state(): AggregateState {
    return { cells: this.cells, ranges: this.ranges, carried: this.carried, fingerprints: this.fingerprints, rows: this.rows, firstDay: this.firstDay, lastDay: this.lastDay };
  }

  /**
   * Adds the sums of another file part (its state(), token and currency indices mapped by
   * Dictionary.absorb) as if its rows were read here after the rows read so far: new cells in the
   * order first seen. Sums of one cell are added part by part, so the last bits of a sum may
   * differ from a row-by-row sum (the report rounds money to cents).
   */
  absorb(other: AggregateState, map: { tokens: Int32Array; currencies: Int32Array }): void {
    for (const [key, values] of other.cells) {
      const { day, token, channel, currency } = splitCellKey(key);
      const own = cellKey(day, map.tokens[token]!, channel, map.currencies[currency]!);
      const cell = this.cells.get(own);
      if (cell === undefined) this.cells.set(own, values);
      else for (let i = 0; i < CELL_SIZE; i++) cell[i] += values[i]!;
    }
    for (const range of other.ranges) this.ranges.push({ ...range, token: map.tokens[range.token]!, currency: map.currencies[range.currency]! });
    for (let i = 0; i < METRIC_COUNT; i++) if (other.carried[i]) this.carried[i] = 1;
    for (const [day, print] of other.fingerprints) {
      const own = this.fingerprints.get(day);
      if (own === undefined) this.fingerprints.set(day, { ...print });
      else {
        own.count += print.count;
        own.xor = (own.xor ^ print.xor) >>> 0;
        const sum = own.sum + print.sum;
        own.sum = sum >= 4294967296 ? sum - 4294967296 : sum;
      }
    }
    this.rows += other.rows;
    if (other.firstDay < this.firstDay) this.firstDay = other.firstDay;
    if (other.lastDay > this.lastDay) this.lastDay = other.lastDay;
  }

  /** A dated row left out (a cancelled order): it counts nothing but the file covers its day. */
  noteDay(day: number): void {
    if (!Number.isFinite(day)) return;
    if (day < this.firstDay) this.firstDay = day;
    if (day > this.lastDay) this.lastDay = day;
  }

  private sourceChannel(source: string): number {
    if (source === this.hotSource) return this.hotSourceChannel;
    let channel = this.sourceChannels.get(source);
    if (channel === undefined) {
      channel = CHANNEL_INDEX.get(source ? this.dictionary.channelOf(source) : '')!;
      this.sourceChannels.set(source, channel);
    }
    this.hotSource = source;
    this.hotSourceChannel = channel;
    return channel;
  }

  /** Rebuilds the day index from `cells` (after cells were deleted from outside). */
  private reindex(): void {
    this.dayCells.clear();
    this.hotDay = NaN;
    this.hotCells = null;
    for (const [key, cell] of this.cells) {
      const { day, token, channel, currency } = splitCellKey(key);
      let dayCells = this.dayCells.get(day);
      if (dayCells === undefined) this.dayCells.set(day, (dayCells = new Map()));
      dayCells.set((token * 8 + channel) * 256 + currency, cell);
    }
    this.cellCount = this.cells.size;
  }

  private printDay = NaN;
  private print: DayFingerprint | null = null;

  private fingerprint(day: number, ref: string): void {
    let print = day === this.printDay ? this.print : this.fingerprints.get(day);
    if (print == null) this.fingerprints.set(day, (print = { count: 0, xor: 0, sum: 0 }));
    this.printDay = day;
    this.print = print;
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
    // Both terms are below 2^32: one subtraction is the modulo (a floating-point % is a slow call).
    const sum = print.sum + (h2 >>> 0);
    print.sum = sum >= 4294967296 ? sum - 4294967296 : sum;
  }
}
