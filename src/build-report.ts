// Stage 5b: resolved sums, costs and findings become the Report of the JSON contract, whole: the
// headline (what social media is credited with), coverage, the owner's economics, provenance and
// the previous period are all built here, so nothing patches the report afterwards.
import type { Language } from './i18n/language.js';
import type { Config } from './config.js';
import { buildCoverage, COVERAGE_FAMILIES, coveredRuns, fileCoversPeriod, uncoveredRuns } from './coverage.js';
import { addEconomics } from './economics/extend.js';
import { buildEvidence } from './evidence/build.js';
import type { Dictionary } from './join/aggregate.js';
import { creditedSums } from './join/credit.js';
import type { ReadStats } from './parse.js';
import { buildPrevious } from './previous.js';
import { addProvenance } from './provenance.js';
import type { AttributionNote } from './sources/types.js';
import { campaignKey, closestKey } from './join/campaign-key.js';
import type { CampaignSettings, Resolved } from './join/resolve.js';
import { addInto, attributedMetrics, bookCosts, buildMetrics, emptySums, verdictOf, type OtherCosts } from './metrics.js';
import { CHANNELS, M, METRIC_COUNT, type Channel } from './model/records.js';
import { formatDay } from './read/dates.js';
import { REPORT_SCHEMA, type Exclusions, type Report } from './report.js';
import type { ExclusionReason } from './sources/types.js';
import type { CurrencyChoice, ParsedFile } from './model/parsed-file.js';
import { VERSION } from './version.js';
import { warningOf, type Finding } from './i18n/warnings.js';
import { skipReasonText, type PendingSkip } from './i18n/skips.js';
import { assumptionNote, type AssumptionNote } from './i18n/assumptions.js';
import { automaticBy, buildSeries, type SeriesBy } from './series.js';

export interface ReportInput {
  config: Config;
  configPath: string | null;
  parsed: ParsedFile[];
  /** Files not used; a reason is a SkipReason (written in the reader's language here) or a text made already (an InputError's). */
  skipped: PendingSkip[];
  warnings: Finding[];
  resolved: Resolved;
  settings: CampaignSettings;
  period: { from: number; to: number; timezone: string; fromSource: boolean };
  timezoneAssumed: boolean;
  currency: CurrencyChoice;
  duplicateRowsDropped: number;
  /** --paid-only / "paidOnly": orders awaiting payment were left out. */
  paidOnly?: boolean;
  /** The language of the warnings' and assumptions' texts (the JSON's codes and values never change). */
  language?: Language;
  /** The interned campaign tokens of the whole read, for the previous period's second resolve. */
  dictionary: Dictionary;
  /** Attribution settings the ad exports named, by file (economics). */
  attribution: ReadonlyMap<string, readonly AttributionNote[]>;
  /** Hash and size of every file read (provenance). */
  readStats: ReadonlyMap<string, ReadStats>;
  /** --revenue-basis: wins over "revenueBasis" in the configuration. */
  revenueBasis?: 'gross' | 'net';
  /** --by: the time series to add (src/series.ts); 'auto' by the period's length. */
  by?: SeriesBy | 'auto';
}

const NO_COSTS: OtherCosts = { time: 0, other: 0 };

export function buildReport(input: ReportInput): Report {
  const { config, parsed, resolved, period } = input;
  // Only files that cover a day of the period say what is known about it: a metric that no such
  // file carries is unknown (null), even when a file of another month carries it.
  const inPeriod = parsed.filter((file) => fileCoversPeriod(file, period.from, period.to));
  const carried = new Uint8Array(METRIC_COUNT);
  for (const file of inPeriod) for (let i = 0; i < METRIC_COUNT; i++) carried[i] ||= file.aggregate.carried[i]!;
  const margin = config.margin ?? 1;
  const costs = bookCosts(config, period.from, period.to, campaignKey);

  const totalSums = emptySums();
  const channelSums = new Map<Channel, Float64Array>();
  const campaignSums = new Map<string, Float64Array>();
  const campaignChannels = new Map<string, Set<Channel>>();
  for (const [key, byChannel] of resolved.groups) {
    for (const [channel, sums] of byChannel) {
      addInto(totalSums, sums);
      addInto(getOrCreate(channelSums, channel), sums);
      if (!key) continue;
      addInto(getOrCreate(campaignSums, key), sums);
      if (channel !== 'unknown') getOrCreateSet(campaignChannels, key).add(channel);
    }
  }
  for (const key of costs.byCampaign.keys()) getOrCreate(campaignSums, key);
  for (const channel of costs.byChannel.keys()) getOrCreate(channelSums, channel);

  const unattributedSums = resolved.groups.get('')?.get('unknown') ?? emptySums();
  // Warnings are findings (code, variant, params) until the report is whole; then they are written in the reader's language.
  const findings: Finding[] = [...input.warnings, ...findingWarnings(input, campaignSums, carried)];
  const language = input.language ?? 'en';
  const totals = buildMetrics(totalSums, carried, costs.total, margin);

  const report: Report = {
    schema: REPORT_SCHEMA,
    tool: { name: 'smroi', version: VERSION },
    period: { from: formatDay(period.from), to: formatDay(period.to), timezone: period.timezone, fromSource: period.fromSource },
    currency: input.currency.code,
    sources: parsed.map((file) => ({
      file: file.found.relativePath,
      kind: file.source.kind,
      rows: file.aggregate.rows + Object.values(file.exclusions).reduce((a, b) => a + (b ?? 0), 0),
      from: Number.isFinite(file.aggregate.firstDay) ? formatDay(file.aggregate.firstDay) : null,
      to: Number.isFinite(file.aggregate.lastDay) ? formatDay(file.aggregate.lastDay) : null,
      dataset: file.dataset,
      encoding: file.encoding,
      delimiter: file.delimiter,
      daily: file.daily,
      excludedRows: Object.values(file.exclusions).reduce((a, b) => a + (b ?? 0), 0),
    })),
    skipped: input.skipped.map((entry) => ({ ...entry, reason: skipReasonText(entry.reason, language) })),
    coverage: buildCoverage(parsed, period.from, period.to),
    totals: { attributed: attributedMetrics(creditedSums(resolved, input.settings, config), carried[M.orders] === 1, totals, margin), ...totals },
    channels: CHANNELS.filter((channel) => channelSums.has(channel)).map((channel) => ({
      channel,
      ...buildMetrics(channelSums.get(channel)!, carried, costs.byChannel.get(channel) ?? NO_COSTS, margin),
    })),
    campaigns: [...campaignSums.keys()].sort().map((key) => {
      const metrics = buildMetrics(campaignSums.get(key)!, carried, costs.byCampaign.get(key) ?? NO_COSTS, margin);
      return {
        campaign: key,
        names: [...(resolved.names.get(key) ?? [])].sort(),
        channels: CHANNELS.filter((channel) => campaignChannels.get(key)?.has(channel)),
        ...metrics,
        verdict: verdictOf(metrics),
      };
    }),
    unattributed: {
      orders: Math.round(unattributedSums[M.orders]!),
      revenue: roundCents(unattributedSums[M.revenue]!),
      refunds: roundCents(unattributedSums[M.refunds]!),
    },
    assumptions: assumptions(input).map(({ note, ...rest }) => ({ ...rest, note: assumptionNote(note, language) })),
    exclusions: exclusions(input),
    warnings: [],
  };
  const economicsConfig = input.revenueBasis ? { ...config, revenueBasis: input.revenueBasis } : config;
  addEconomics(report, { config: economicsConfig, parsed: inPeriod, resolved, period, attribution: input.attribution, warnings: findings });
  addProvenance(report, input.readStats);
  const timeCost = new Map<Channel, number>([...costs.byChannel].map(([channel, booked]) => [channel, booked.time]));
  report.evidence = buildEvidence({ resolved, from: period.from, to: period.to, ledger: ledgerSpan(parsed), margin, timeCost });
  report.previous = buildPrevious({
    parsed,
    dictionary: input.dictionary,
    settings: input.settings,
    currency: input.currency.code,
    config,
    period,
    current: report.totals,
    warnings: findings,
  });
  if (input.by) {
    const by = input.by === 'auto' ? automaticBy(report.period.from, report.period.to) : input.by;
    report.series = buildSeries({ by, report, resolved, parsed, config, from: period.from, to: period.to });
  }
  report.warnings = findings.map((finding) => warningOf(finding, language));
  return report;
}

/** The days the sales ledgers cover (all their dated rows), or null without one. */
function ledgerSpan(parsed: readonly ParsedFile[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const file of parsed) {
    if (file.source.family !== 'ledger') continue;
    from = Math.min(from, file.aggregate.firstDay);
    to = Math.max(to, file.aggregate.lastDay);
  }
  return Number.isFinite(from) ? { from, to } : null;
}

function roundCents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

function getOrCreate<K>(map: Map<K, Float64Array>, key: K): Float64Array {
  let sums = map.get(key);
  if (!sums) map.set(key, (sums = emptySums()));
  return sums;
}

function getOrCreateSet<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function exclusions(input: ReportInput): Exclusions {
  const totals: Exclusions = {
    rowsOutsidePeriod: input.resolved.rowsOutsidePeriod,
    summaryRows: 0,
    cancelledOrders: 0,
    failedOrders: 0,
    pendingOrders: 0,
    awaitingPaymentOrders: 0,
    duplicateRowsDropped: input.duplicateRowsDropped,
  };
  for (const file of input.parsed) {
    for (const [reason, count] of Object.entries(file.exclusions) as [ExclusionReason, number][]) totals[reason] += count;
  }
  return totals;
}

function assumptions(input: ReportInput): { key: string; value: string | number | null; note: AssumptionNote }[] {
  const { config } = input;
  const list: { key: string; value: string | number | null; note: AssumptionNote }[] = [];
  if (input.timezoneAssumed) list.push({ key: 'timezone', value: input.period.timezone, note: { code: 'timezone' } });
  if (input.currency.basis !== 'config') list.push({ key: 'currency', value: input.currency.code, note: { code: 'currency', params: { basis: input.currency.basis } } });
  if (config.margin === undefined) list.push({ key: 'margin', value: 1, note: { code: 'margin' } });
  if (config.time === undefined) list.push({ key: 'time', value: 0, note: { code: 'time' } });
  if (config.costs === undefined) list.push({ key: 'costs', value: 0, note: { code: 'costs' } });
  if (input.paidOnly) {
    const left = input.parsed.reduce((sum, file) => sum + (file.exclusions.awaitingPaymentOrders ?? 0), 0);
    list.push({ key: 'paidOnly', value: left, note: { code: 'paidOnly', params: { left } } });
  }
  if (input.configPath === null) list.push({ key: 'config', value: null, note: { code: 'config' } });
  return list;
}

/** Findings that need the whole picture: unmatched names, spend without sales, gaps. */
function findingWarnings(input: ReportInput, campaignSums: Map<string, Float64Array>, carried: Uint8Array): Finding[] {
  const { resolved, config, parsed, period } = input;
  const warnings: Finding[] = [];
  const configured = new Set(Object.keys(config.campaigns ?? {}).map(campaignKey));
  const adCampaigns = [...resolved.familiesByCampaign].filter(([, families]) => families.has('ads')).map(([key]) => key);
  const known = new Set([...adCampaigns, ...configured]);
  const hasAds = parsed.some((file) => file.source.family === 'ads');
  const hasLedger = carried[M.orders] === 1;

  if (resolved.spellingMerges.length) warnings.push(spellingNote(resolved.spellingMerges));
  for (const [key, families] of [...resolved.familiesByCampaign].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (known.has(key) || !hasAds) continue;
    if (resolved.unknownIds.has(key)) {
      warnings.push({
        code: 'UNMATCHED_CAMPAIGN_ID',
        params: { campaign: key, families: otherFamilies(families) },
        campaign: key,
      });
      continue;
    }
    const suggestion = closestKey(key, known);
    warnings.push({
      code: 'UNMATCHED_CAMPAIGN',
      params: { campaign: key, families: otherFamilies(families), suggestion: suggestion ?? null },
      campaign: key,
      ...(suggestion ? { details: { suggestion } } : {}),
    });
  }
  if (hasLedger) {
    for (const key of adCampaigns.sort()) {
      const sums = campaignSums.get(key);
      if (sums && sums[M.adSpend]! > 0 && sums[M.orders]! === 0) {
        warnings.push({
          code: 'SPEND_WITHOUT_ORDERS',
          params: { campaign: key },
          campaign: key,
        });
      }
    }
  } else if (!parsed.some((file) => file.source.family === 'ledger')) {
    warnings.push({ code: 'NO_LEDGER' });
  }
  warnings.push(...notCoveredWarnings(parsed, period));
  for (const { file, rows } of resolved.rangesOutsidePeriod) {
    warnings.push({
      code: 'RANGE_OUTSIDE_PERIOD',
      params: { file, rows },
      file,
    });
  }
  // Only ledgers and analytics: ad exports leave out days without delivery and posts are booked on
  // the day they went out, so their span says nothing about the days they miss.
  for (const family of ['ledger', 'analytics'] as const) {
    const runs = coveredRuns(parsed, family, period.from, period.to);
    if (runs.length === 0) continue;
    const gaps = uncoveredRuns(runs, period.from, period.to);
    if (gaps.length === 0) continue;
    const missing = gaps.reduce((sum, [first, last]) => sum + last - first + 1, 0);
    warnings.push({
      code: 'PARTIAL_COVERAGE',
      params: { family, from: period.from, to: period.to, missing, gaps },
      details: { family, uncovered: gaps.map(([first, last]) => ({ from: formatDay(first), to: formatDay(last) })) },
    });
  }
  if (config.margin === undefined && hasLedger) {
    warnings.push({ code: 'MARGIN_NOT_CONFIGURED' });
  }
  if (config.time === undefined) {
    warnings.push({ code: 'TIME_NOT_CONFIGURED' });
  }
  return warnings;
}

/** CAMPAIGN_SPELLINGS_JOINED: one note for every key joined by folding umlauts (never a silent merge). */
function spellingNote(merges: readonly { from: string; to: string }[]): Finding {
  const byTarget = new Map<string, string[]>();
  for (const { from, to } of merges) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  const joins = [...byTarget].sort(([a], [b]) => (a < b ? -1 : 1)).map(([into, from]) => ({ into, from }));
  return {
    code: 'CAMPAIGN_SPELLINGS_JOINED',
    params: { joins },
    details: { joined: merges.map(({ from, to }) => ({ from, to })) },
  };
}

/** NOT_COVERED: a family has files, but none of them holds a day of the period. */
function notCoveredWarnings(parsed: readonly ParsedFile[], period: { from: number; to: number }): Finding[] {
  const warnings: Finding[] = [];
  for (const family of COVERAGE_FAMILIES) {
    const files = parsed.filter((file) => file.source.family === family && Number.isFinite(file.aggregate.firstDay));
    if (files.length === 0 || files.some((file) => fileCoversPeriod(file, period.from, period.to))) continue;
    const first = Math.min(...files.map((file) => file.aggregate.firstDay));
    const last = Math.max(...files.map((file) => file.aggregate.lastDay));
    warnings.push({
      code: 'NOT_COVERED',
      params: { family, first, last, from: period.from, to: period.to },
      details: { family, from: formatDay(first), to: formatDay(last) },
    });
  }
  return warnings;
}

/** The kinds of file besides ad exports a campaign appears in, sorted (the warning names them). */
function otherFamilies(families: ReadonlySet<string>): string[] {
  return [...families].filter((family) => family !== 'ads').sort();
}
