// `smroi explain`: what one campaign's (or channel's) figures are made of, from what the audit was
// told while it ran (src/explain/trace.ts). Pure: the cells the audit counted, their records, the
// records left out and the configured costs become an Explanation whose `totals` are summed from the
// listed cells and costs in the audit's own order, so they equal the audit's figures to the cent.
import { fileCoversPeriod } from '../coverage.js';
import type { Config } from '../config.js';
import { campaignKey, looksLikeCampaignId } from '../join/campaign-key.js';
import type { CountedCell } from '../join/resolve.js';
import { addInto, buildMetrics, emptySums, monthsInPeriod, roundMoney, type OtherCosts } from '../metrics.js';
import { M, METRIC_COUNT, MONEY_METRICS, type Channel } from '../model/records.js';
import { formatDay } from '../read/dates.js';
import type { Metrics } from '../report.js';
import type { ExclusionReason } from '../sources/types.js';
import { VERSION } from '../version.js';
import type { ExplainTrace, JoinedInputs, TracedExclusion, TracedRecord } from './trace.js';

export const EXPLAIN_SCHEMA = 'smroi.explain/1';

export type Subject = { kind: 'campaign'; key: string } | { kind: 'channel'; channel: Channel };

/** How a row came to its campaign: the field that named it, then each join on the way to the key. */
export type CampaignReason =
  | { via: 'campaign'; text: string }
  | { via: 'coupon'; code: string }
  | { via: 'campaignId'; id: string }
  | { via: 'none' };

export type JoinStep =
  | { step: 'campaignId'; from: string; to: string }
  | { step: 'alias'; from: string; to: string }
  | { step: 'folded'; from: string; to: string };

export type ChannelReason =
  | { via: 'stated'; channel: Channel }
  | { via: 'source'; text: string; channel: Channel }
  | { via: 'campaignChannel'; campaign: string; channel: Channel; configured: boolean }
  | { via: 'none' };

export interface Why {
  campaign: CampaignReason;
  joins: JoinStep[];
  channel: ChannelReason;
}

export interface ExplainedOrder {
  file: string;
  line: number;
  /** The order reference as the ledger writes it ('' when the row has none). */
  ref: string;
  date: string;
  /** Orders the row counts (line items and refund rows of an order count 0). */
  orders: number;
  revenue: number;
  refunds: number;
  awaitingPayment: boolean;
  /** The currency of the amounts as the row states it ('' when the file states none: the report currency). */
  currency: string;
  /** The rate into the report currency, when it is not 1. */
  rate?: number;
  campaign: string;
  channel: Channel;
  why: Why;
}

export type LeftOutReason = 'cancelledOrders' | 'failedOrders' | 'pendingOrders' | 'awaitingPaymentOrders' | 'repeatedDownload';

export interface LeftOutOrder {
  file: string;
  line: number;
  ref: string;
  /** null when the ledger left the order out before reading its date (Etsy). */
  date: string | null;
  /** Absent for an order left out by status: the ledger does not read its amount. */
  revenue?: number;
  currency: string;
  reason: LeftOutReason;
  /** repeatedDownload: the download that counts the order. */
  keptBy?: string;
  why: Why;
}

/** Orders left out by status whose ledger does not say their campaign (Shopify, Stripe, PayPal), per file that counts orders here. */
export interface StatusExclusion {
  file: string;
  reason: ExclusionReason;
  orders: number;
  /** Each order left out: its reference ('' when the row has none), line and day (null when the row has no date read). */
  rows: { ref: string; line: number; date: string | null }[];
}

/** One file's day (or whole range) of ad spend, attention or claimed conversions counted here. */
export interface ActivityLine {
  file: string;
  date: string;
  /** Last day, for a whole-range row. */
  dateTo?: string;
  /** The physical lines summed into it. */
  lines: number[];
  campaign: string;
  channel: Channel;
  currency: string;
  rate?: number;
  /** Non-zero metrics, by their report names (adSpend, impressions, reach, linkClicks, sessions, metaConversions...). */
  metrics: Partial<Record<ActivityMetric, number>>;
}

export const ACTIVITY_METRICS = [
  'adSpend',
  'impressions',
  'reach',
  'likes',
  'follows',
  'engagements',
  'profileVisits',
  'linkClicks',
  'sessions',
  'metaConversions',
  'metaValue',
  'ga4Conversions',
  'ga4Value',
  'googleConversions',
  'googleValue',
] as const;
export type ActivityMetric = (typeof ACTIVITY_METRICS)[number];

/** Rows of a day that another export of the same data holds: counted once, from that export (OVERLAPPING_EXPORT). */
export interface OverlapLine {
  file: string;
  date: string;
  dateTo?: string;
  lines: number[];
  /** Ledger rows: the orders and revenue not counted from this file. */
  orders?: number;
  revenue?: number;
  metrics: Partial<Record<ActivityMetric, number>>;
}

export type CostLine =
  | { kind: 'time'; channel: Channel; hoursPerMonth: number; hourlyRate: number; months: number; amount: number }
  | { kind: 'other'; name: string; per: 'month' | 'once'; months?: number; date?: string; channel?: Channel; campaign?: string; amount: number };

export interface Explanation {
  schema: typeof EXPLAIN_SCHEMA;
  tool: { name: 'smroi'; version: string };
  subject: { campaign: string } | { channel: Channel };
  period: { from: string; to: string };
  currency: string;
  /** Campaign only: the spellings counted under it, as the files write them. */
  names?: string[];
  /** Keys joined into the campaign (or, for a channel, into its campaigns) and why. */
  spellingsJoined: JoinStep[];
  orders: ExplainedOrder[];
  leftOut: LeftOutOrder[];
  statusExclusions: StatusExclusion[];
  activity: ActivityLine[];
  /** Days of a file counted from another export of the same data instead. */
  overlaps: OverlapLine[];
  costs: CostLine[];
  /** The figures, summed from the lines above: equal to the audit's campaign (channel) entry. */
  totals: Metrics;
}

export interface ExplainInput {
  trace: ExplainTrace;
  subject: Subject;
  currency: string;
  names?: readonly string[];
}

export function buildExplanation(input: ExplainInput): Explanation {
  const { trace, subject } = input;
  const inputs = trace.inputs;
  if (!inputs) throw new Error('explain: the audit did not reach the join');
  const belongs = (cell: CountedCell) => (subject.kind === 'campaign' ? cell.key === subject.key : cell.channel === subject.channel);
  const family = new Map(inputs.parsed.map((file) => [file.found.relativePath, file.source.family]));
  const explainer = new Reasons(inputs);

  const orders: ExplainedOrder[] = [];
  const activity: ActivityLine[] = [];
  const ledgerFiles = new Set<string>();
  for (const cell of trace.cells) {
    if (!belongs(cell)) continue;
    const records = trace.recordsOf(cell);
    if (family.get(cell.file) === 'ledger') {
      ledgerFiles.add(cell.file);
      for (const record of records) orders.push(explainOrder(cell, record, explainer));
    } else {
      const line = activityLine(cell, records);
      if (line) activity.push(line);
    }
  }
  orders.sort(byFileLine);
  activity.sort((a, b) => compare(a.file, b.file) || compare(a.date, b.date) || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));

  const leftOut: LeftOutOrder[] = [];
  const statusExclusions: StatusExclusion[] = [];
  for (const traced of trace.counted()) {
    for (const item of traced.leftOut) {
      const where = explainer.placeOf(item.record);
      if (subject.kind === 'campaign' ? where.key !== subject.key : where.channel !== subject.channel) continue;
      const keptBy = item.keptBy?.();
      leftOut.push({
        file: traced.file,
        line: item.record.line,
        ref: item.record.ref,
        date: formatDay(item.record.day),
        revenue: amount(item.record.revenue),
        currency: item.record.currency,
        reason: item.reason,
        ...(keptBy ? { keptBy } : {}),
        why: where.why,
      });
    }
    const byReason = new Map<ExclusionReason, StatusExclusion>();
    for (const excluded of traced.excluded) {
      if (excluded.reason !== 'cancelledOrders' && excluded.reason !== 'failedOrders' && excluded.reason !== 'pendingOrders') continue;
      if (excluded.day !== null && (excluded.day < inputs.from || excluded.day > inputs.to)) continue;
      if (excluded.row !== null) {
        // The ledger named the order's campaign: listed under it, like a row counted.
        const where = explainer.placeOf(excludedRecord(excluded));
        if (subject.kind === 'campaign' ? where.key !== subject.key : where.channel !== subject.channel) continue;
        leftOut.push({ file: traced.file, line: excluded.line, ref: excluded.ref, date: excluded.day === null ? null : formatDay(excluded.day), currency: '', reason: excluded.reason, why: where.why });
        continue;
      }
      if (!ledgerFiles.has(traced.file)) continue;
      let entry = byReason.get(excluded.reason);
      if (!entry) byReason.set(excluded.reason, (entry = { file: traced.file, reason: excluded.reason, orders: 0, rows: [] }));
      entry.orders += excluded.count;
      entry.rows.push({ ref: excluded.ref, line: excluded.line, date: excluded.day === null ? null : formatDay(excluded.day) });
    }
    statusExclusions.push(...[...byReason.values()].sort((a, b) => compare(a.reason, b.reason)));
  }
  leftOut.sort(byFileLine);

  // A cell summed while reading but never counted, inside the period: overlap removal dropped it.
  const countedCells = new Set(trace.cells.map((cell) => cell.values));
  const overlaps: OverlapLine[] = [];
  for (const traced of trace.counted()) {
    for (const [values, records] of traced.byCell) {
      const first = records[0];
      if (countedCells.has(values) || !first || first.day < inputs.from || first.dayTo > inputs.to) continue;
      const where = explainer.placeOf(first);
      if ((subject.kind === 'campaign' ? where.key !== subject.key : where.channel !== subject.channel)) continue;
      const ledger = family.get(traced.file) === 'ledger';
      overlaps.push({
        file: traced.file,
        date: formatDay(first.day),
        ...(first.dayTo !== first.day ? { dateTo: formatDay(first.dayTo) } : {}),
        lines: records.map((record) => record.line).sort((a, b) => a - b),
        ...(ledger ? { orders: count(values[M.orders]!), revenue: amount(values[M.revenue]!) } : {}),
        metrics: activityMetrics(values),
      });
    }
  }
  overlaps.sort((a, b) => compare(a.file, b.file) || compare(a.date, b.date) || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  statusExclusions.sort((a, b) => compare(a.file, b.file));

  const costs = costLines(inputs.config, inputs.from, inputs.to, subject);
  return {
    schema: EXPLAIN_SCHEMA,
    tool: { name: 'smroi', version: VERSION },
    subject: subject.kind === 'campaign' ? { campaign: subject.key } : { channel: subject.channel },
    period: { from: formatDay(inputs.from), to: formatDay(inputs.to) },
    currency: input.currency,
    ...(input.names ? { names: [...input.names] } : {}),
    spellingsJoined: spellingsJoined(orders, leftOut, activity, inputs, subject),
    orders,
    leftOut,
    statusExclusions,
    activity,
    overlaps,
    // Each amount to the cent as shown; the totals are summed from the unrounded amounts, as the audit does.
    costs: costs.map((cost) => ({ ...cost, amount: roundMoney(cost.amount) })),
    totals: totalsOf(trace.cells, inputs, subject, costs),
  };
}

/**
 * The figures as build-report.ts sums them: cells into (campaign, channel) groups in the order
 * resolveCells counted them, groups into the campaign (or channel), then buildMetrics with the
 * metrics the files covering the period carry and the cost lines listed.
 */
function totalsOf(cells: readonly CountedCell[], inputs: JoinedInputs, subject: Subject, costs: readonly CostLine[]): Metrics {
  const groups = new Map<string, Map<Channel, Float64Array>>();
  for (const cell of cells) {
    let byChannel = groups.get(cell.key);
    if (!byChannel) groups.set(cell.key, (byChannel = new Map()));
    let sums = byChannel.get(cell.channel);
    if (!sums) byChannel.set(cell.channel, (sums = emptySums()));
    for (let i = 0; i < sums.length; i++) sums[i] += IS_MONEY[i] ? cell.values[i]! * cell.rate : cell.values[i]!;
  }
  const sums = emptySums();
  if (subject.kind === 'campaign') {
    for (const group of groups.get(subject.key)?.values() ?? []) addInto(sums, group);
  } else {
    for (const byChannel of groups.values()) {
      const group = byChannel.get(subject.channel);
      if (group) addInto(sums, group);
    }
  }
  const carried = new Uint8Array(METRIC_COUNT);
  for (const file of inputs.parsed) {
    if (!fileCoversPeriod(file, inputs.from, inputs.to)) continue;
    for (let i = 0; i < METRIC_COUNT; i++) carried[i] ||= file.aggregate.carried[i]!;
  }
  const other: OtherCosts = { time: 0, other: 0 };
  for (const cost of costs) other[cost.kind] += cost.amount;
  return buildMetrics(sums, carried, other, inputs.config.margin ?? 1);
}

const IS_MONEY = Uint8Array.from({ length: METRIC_COUNT + 1 }, (_, i) => (MONEY_METRICS.includes(i) ? 1 : 0));

/** The configured costs booked on the subject, in the order bookCosts (src/metrics.ts) books them. */
export function costLines(config: Config, from: number, to: number, subject: Subject): CostLine[] {
  const months = monthsInPeriod(from, to);
  const lines: CostLine[] = [];
  if (config.time && subject.kind === 'channel') {
    const hours = (config.time.hoursPerMonth as Partial<Record<Channel, number>>)[subject.channel];
    if (hours !== undefined) {
      lines.push({ kind: 'time', channel: subject.channel, hoursPerMonth: hours, hourlyRate: config.time.hourlyRate, months: roundTo(months, 4), amount: hours * config.time.hourlyRate * months });
    }
  }
  for (const cost of config.costs ?? []) {
    let amount = 0;
    if (cost.per === 'month') amount = cost.amount * months;
    else if (cost.date && cost.date >= formatDay(from) && cost.date <= formatDay(to)) amount = cost.amount;
    if (amount === 0) continue;
    const mine = subject.kind === 'campaign' ? cost.campaign !== undefined && campaignKey(cost.campaign) === subject.key : cost.channel === subject.channel;
    if (!mine) continue;
    lines.push({
      kind: 'other',
      name: cost.name,
      per: cost.per === 'month' ? 'month' : 'once',
      ...(cost.per === 'month' ? { months: roundTo(months, 4) } : { date: cost.date! }),
      ...(cost.channel ? { channel: cost.channel } : {}),
      ...(cost.campaign ? { campaign: campaignKey(cost.campaign) } : {}),
      amount,
    });
  }
  return lines;
}

function explainOrder(cell: CountedCell, record: TracedRecord, reasons: Reasons): ExplainedOrder {
  const awaiting = record.awaitingOrders > 0 || (record.awaitingRevenue === record.awaitingRevenue && record.awaitingRevenue !== 0);
  return {
    file: cell.file,
    line: record.line,
    ref: record.ref,
    date: formatDay(record.day),
    orders: count(record.orders),
    revenue: amount(record.revenue),
    refunds: amount(record.refunds),
    awaitingPayment: awaiting,
    currency: record.currency,
    ...(cell.rate !== 1 ? { rate: cell.rate } : {}),
    campaign: cell.key,
    channel: cell.channel,
    why: reasons.why(record, cell.token, cell.key, cell.rowChannel, cell.channel),
  };
}

function activityMetrics(values: Float64Array): Partial<Record<ActivityMetric, number>> {
  const metrics: Partial<Record<ActivityMetric, number>> = {};
  for (const name of ACTIVITY_METRICS) {
    const value = values[M[name]]!;
    if (value === value && value !== 0) metrics[name] = MONEY_METRICS.includes(M[name]) ? amount(value) : value;
  }
  return metrics;
}

function activityLine(cell: CountedCell, records: readonly TracedRecord[]): ActivityLine | null {
  const metrics = activityMetrics(cell.values);
  if (Object.keys(metrics).length === 0) return null;
  const range = cell.daily ? undefined : records[0]?.dayTo;
  return {
    file: cell.file,
    date: formatDay(cell.day),
    ...(range !== undefined && range !== cell.day ? { dateTo: formatDay(range) } : {}),
    lines: records.map((record) => record.line).sort((a, b) => a - b),
    campaign: cell.key,
    channel: cell.channel,
    currency: cell.currency,
    ...(cell.rate !== 1 ? { rate: cell.rate } : {}),
    metrics,
  };
}

/** Why a record counts under its campaign key and channel: replays FileAggregate.add and resolveCells' token resolution. */
class Reasons {
  private readonly merges: Map<string, string>;
  constructor(private readonly inputs: JoinedInputs) {
    this.merges = new Map(inputs.resolved.spellingMerges.map((merge) => [merge.from, merge.to]));
  }

  /** The token FileAggregate.add gives the record, and the field that named it. */
  tokenOf(record: TracedRecord): { token: number; reason: CampaignReason } {
    const dictionary = this.inputs.dictionary;
    if (record.campaign) {
      const token = dictionary.token(record.campaign);
      if (token !== 0) return { token, reason: { via: 'campaign', text: record.campaign.trim() } };
    }
    if (record.coupon) {
      const token = dictionary.couponToken(record.coupon);
      if (token !== 0) return { token, reason: { via: 'coupon', code: record.coupon.trim() } };
    }
    if (record.campaignId) {
      const token = dictionary.token(record.campaignId);
      if (token !== 0) return { token, reason: { via: 'campaignId', id: record.campaignId.trim() } };
    }
    return { token: 0, reason: { via: 'none' } };
  }

  /** The joins from a token to its campaign key, as resolveCells makes them. */
  joins(token: number): { key: string; steps: JoinStep[] } {
    const { dictionary, settings } = this.inputs;
    const text = dictionary.tokens[token] ?? '';
    const steps: JoinStep[] = [];
    let key = text;
    if (text.startsWith('id:')) {
      const id = text.slice(3);
      const named = dictionary.campaignIds.get(id);
      if (named) {
        steps.push({ step: 'campaignId', from: id, to: named });
        key = named;
        const aliased = settings.aliases.get(named);
        if (aliased) steps.push({ step: 'alias', from: named, to: (key = aliased) });
      } else {
        key = id;
        const aliased = settings.aliases.get(id);
        if (aliased) steps.push({ step: 'alias', from: id, to: (key = aliased) });
      }
    } else if (text) {
      const aliased = settings.aliases.get(text);
      if (aliased) steps.push({ step: 'alias', from: text, to: (key = aliased) });
    }
    const merged = this.merges.get(key);
    if (merged) steps.push({ step: 'folded', from: key, to: (key = merged) });
    return { key, steps };
  }

  channelReason(record: TracedRecord, key: string, rowChannel: Channel, channel: Channel): ChannelReason {
    if (record.channel) return { via: 'stated', channel: record.channel };
    if (record.source && rowChannel !== 'unknown') return { via: 'source', text: safeSource(record.source), channel: rowChannel };
    if (channel !== 'unknown' && key) return { via: 'campaignChannel', campaign: key, channel, configured: this.inputs.settings.channels.has(key) };
    return { via: 'none' };
  }

  why(record: TracedRecord, cellToken: number, key: string, rowChannel: Channel, channel: Channel): Why {
    const { reason } = this.tokenOf(record);
    return { campaign: reason, joins: this.joins(cellToken).steps, channel: this.channelReason(record, key, rowChannel, channel) };
  }

  /** Where a record left out would have counted (its campaign key and channel), or null. */
  placeOf(record: TracedRecord): { key: string; channel: Channel; why: Why } {
    const { token, reason } = this.tokenOf(record);
    const { key, steps } = this.joins(token);
    const dictionary = this.inputs.dictionary;
    let rowChannel: Channel = record.channel || (record.source ? dictionary.channelOf(record.source) || 'unknown' : 'unknown');
    if (rowChannel === ('' as Channel)) rowChannel = 'unknown';
    let channel = rowChannel;
    if (channel === 'unknown' && key) channel = campaignChannelOf(key, this.inputs) ?? 'unknown';
    return { key, channel, why: { campaign: reason, joins: steps, channel: this.channelReason(record, key, rowChannel, channel) } };
  }
}

/** An order a ledger left out, as a record: what names its campaign, no figures. */
function excludedRecord(excluded: TracedExclusion): TracedRecord {
  const row = excluded.row!;
  return {
    line: excluded.line,
    ref: excluded.ref,
    identity: '',
    day: excluded.day ?? NaN,
    dayTo: excluded.day ?? NaN,
    campaign: row.campaign ?? '',
    campaignId: row.campaignId ?? '',
    coupon: row.coupon ?? '',
    source: row.source ?? '',
    channel: '',
    currency: '',
    orders: NaN,
    revenue: NaN,
    refunds: NaN,
    awaitingOrders: NaN,
    awaitingRevenue: NaN,
  };
}

function campaignChannelOf(key: string, inputs: JoinedInputs): Channel | null {
  const configured = inputs.settings.channels.get(key);
  if (configured) return configured;
  const fromAds = inputs.dictionary.campaignChannels.get(key);
  if (!fromAds || fromAds.size === 0) return null;
  return fromAds.has('facebook') ? 'facebook' : [...fromAds].sort()[0]!;
}

/** Every join into the subject's key(s) seen among the lines listed, once, sorted. */
function spellingsJoined(orders: readonly ExplainedOrder[], leftOut: readonly LeftOutOrder[], activity: readonly ActivityLine[], inputs: JoinedInputs, subject: Subject): JoinStep[] {
  const seen = new Map<string, JoinStep>();
  const note = (step: JoinStep) => {
    const id = JSON.stringify(step);
    if (!seen.has(id)) seen.set(id, step);
  };
  for (const item of [...orders, ...leftOut]) for (const step of item.why.joins) note(step);
  // Activity lines (ad exports) are joined too: an ID or an alias spelled there.
  const reasons = new Reasons(inputs);
  const keys = new Set(activity.map((line) => line.campaign));
  if (subject.kind === 'campaign') keys.add(subject.key);
  for (const merge of inputs.resolved.spellingMerges) if (keys.has(merge.to)) note({ step: 'folded', from: merge.from, to: merge.to });
  for (const [alias, target] of inputs.settings.aliases) {
    if (!keys.has(target)) continue;
    // Only aliases some row used: a token with the alias's text exists.
    const token = inputs.dictionary.tokens.indexOf(looksLikeCampaignId(alias) ? `id:${alias}` : alias);
    if (token > 0 && reasons.joins(token).key === target) note({ step: 'alias', from: alias, to: target });
  }
  return [...seen.values()].sort((a, b) => compare(a.to, b.to) || compare(a.step, b.step) || compare(a.from, b.from));
}

/** A source text as shown: the channel words only, never a URL's query (which may carry an address or a click ID). */
export function safeSource(text: string): string {
  const cut = text.split(/[?#]/, 1)[0]!.trim();
  return cut.includes('@') ? '' : cut;
}

function count(value: number): number {
  return value === value ? value : 0;
}

function amount(value: number): number {
  if (value !== value) return 0;
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

function byFileLine(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return compare(a.file, b.file) || a.line - b.line;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
