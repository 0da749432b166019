// Adds the owner's economics to the report buildReport is building (its last steps): profit
// and break-even per Metrics block, claimed versus confirmed, the plan, make or buy, the exchange
// rates used, and the warnings they raise. New fields only; the contract's fields keep their meaning.
import type { ParsedFile } from '../model/parsed-file.js';
import type { Config } from '../config.js';
import { splitCellKey } from '../join/aggregate.js';
import { campaignKey } from '../join/campaign-key.js';
import type { Resolved } from '../join/resolve.js';
import { addInto, emptySums } from '../metrics.js';
import { M, METRIC_COUNT, type Channel } from '../model/records.js';
import type { Metrics, Report } from '../report.js';
import type { AttributionNote } from '../sources/types.js';
import { checkClaims, overclaimWarnings } from './claims.js';
import { listRatesUsed } from './fx.js';
import { makeOrBuy } from './make-or-buy.js';
import { checkPlan, hasPlan, unplannedSpend, type CampaignPlanConfig } from './plan.js';
import { breakEvenRoas, buildProfit } from './profit.js';
import type { PlanReport } from './types.js';
import type { Finding } from '../i18n/warnings.js';

export interface EconomicsInput {
  /** The configuration in effect (with --revenue-basis applied). */
  config: Config;
  parsed: readonly ParsedFile[];
  resolved: Resolved;
  period: { from: number; to: number };
  /** Attribution settings the ad exports named, by file. */
  attribution: ReadonlyMap<string, readonly AttributionNote[]>;
  /** The report's findings so far: the economics' warnings are added to them (buildReport writes them out). */
  warnings: Finding[];
}

export function addEconomics(report: Report, input: EconomicsInput): Report {
  const { config, parsed, resolved } = input;
  const margin = config.margin ?? 1;
  const basis = config.revenueBasis ?? 'gross';

  // Which metrics any file carries, and which a file with a campaign dimension carries.
  const carried = new Uint8Array(METRIC_COUNT);
  const campaignCarried = new Uint8Array(METRIC_COUNT);
  for (const file of parsed) {
    const perCampaign = hasCampaigns(file);
    for (let i = 0; i < METRIC_COUNT; i++) {
      carried[i] ||= file.aggregate.carried[i]!;
      if (perCampaign) campaignCarried[i] ||= file.aggregate.carried[i]!;
    }
  }

  const totalSums = emptySums();
  const channelSums = new Map<Channel, Float64Array>();
  const campaignSums = new Map<string, Float64Array>();
  for (const [key, byChannel] of resolved.groups) {
    for (const [channel, sums] of byChannel) {
      addInto(totalSums, sums);
      addInto(getOrCreate(channelSums, channel), sums);
      if (key) addInto(getOrCreate(campaignSums, key), sums);
    }
  }

  const settingsByKey = attributionByCampaign(input);
  const allSettings = [...new Set([...settingsByKey.values()].flatMap((set) => [...set]))].sort();

  const extend = (metrics: Metrics, sums: Float64Array, attribution?: string[]) => {
    metrics.profit = buildProfit(sums, carried, metrics, margin, basis);
    const overclaim = checkClaims(metrics);
    if (attribution) overclaim.meta.attribution = attribution;
    metrics.overclaim = overclaim;
  };
  extend(report.totals, totalSums, allSettings);
  for (const row of report.channels) extend(row, channelSums.get(row.channel) ?? emptySums());
  for (const row of report.campaigns) extend(row, campaignSums.get(row.campaign) ?? emptySums(), [...(settingsByKey.get(row.campaign) ?? [])].sort());

  const warnings: Finding[] = [...overclaimWarnings(report.campaigns, report.currency)];

  // Ledgers that state tax, and those that do not (their revenue stays gross on the net basis).
  const ledgers = parsed.filter((file) => file.source.family === 'ledger');
  const taxStatedIn = ledgers.filter((file) => file.aggregate.carried[M.tax]).map((file) => file.found.relativePath);
  const taxNotStatedIn = ledgers.filter((file) => !file.aggregate.carried[M.tax]).map((file) => file.found.relativePath);
  if (basis === 'net') {
    for (const file of taxNotStatedIn) {
      warnings.push({
        code: 'TAX_NOT_STATED',
        params: { file },
        file,
      });
    }
  }

  const plan = buildPlan(report, config, campaignCarried, warnings);

  input.warnings.push(...warnings);
  report.economics = {
    revenueBasis: basis,
    margin,
    marginConfigured: config.margin !== undefined,
    breakEvenRoas: breakEvenRoas(margin),
    taxStatedIn,
    taxNotStatedIn,
  };
  report.plan = plan;
  report.makeOrBuy = makeOrBuy(config, input.period.from, input.period.to);
  report.exchangeRates = listRatesUsed(resolved.ratesUsed, report.currency);
  for (const source of report.sources) {
    const settings = [...new Set((input.attribution.get(source.file) ?? []).map((note) => note.setting))].sort();
    if (settings.length) source.attribution = settings;
  }
  return report;
}

function buildPlan(report: Report, config: Config, campaignCarried: Uint8Array, warnings: Finding[]): PlanReport {
  const configured = new Map<string, CampaignPlanConfig>();
  const names = new Map<string, string>();
  for (const [name, entry] of Object.entries(config.campaigns ?? {})) {
    configured.set(campaignKey(name), entry);
    names.set(campaignKey(name), name);
  }
  const rows = new Map(report.campaigns.map((row) => [row.campaign, row]));
  const checks = [...configured]
    .filter(([, entry]) => hasPlan(entry))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, entry]) => {
      // A planned campaign no input mentions: nothing confirmed, nothing spent, no attention.
      const results = rows.get(key) ?? silentCampaign(report.totals);
      const check = checkPlan(key, names.get(key)!, entry, results, (metric) => campaignCarried[M[metric]] === 1);
      if (check.kpi !== null && check.measurable === false) {
        warnings.push({
          code: 'KPI_NOT_MEASURABLE',
          params: { campaign: key, kpi: check.kpi, accountLevelOnly: Boolean(check.vanityKpi) },
          campaign: key,
          details: { kpi: check.kpi },
        });
      }
      return check;
    });
  return { campaigns: checks, unplanned: unplannedSpend(report.campaigns, configured) };
}

/** The Metrics of a campaign that appears in no input: zero where a file carries the metric, else null. */
function silentCampaign(totals: Metrics): Metrics {
  const zeroOrNull = (value: number | null) => (value === null ? null : 0);
  return {
    vanity: Object.fromEntries(Object.entries(totals.vanity).map(([key, value]) => [key, zeroOrNull(value)])) as Metrics['vanity'],
    claimed: {
      meta: { conversions: zeroOrNull(totals.claimed.meta.conversions), value: zeroOrNull(totals.claimed.meta.value) },
      ga4: { conversions: zeroOrNull(totals.claimed.ga4.conversions), value: zeroOrNull(totals.claimed.ga4.value) },
      google: { conversions: zeroOrNull(totals.claimed.google.conversions), value: zeroOrNull(totals.claimed.google.value) },
    },
    confirmed: {
      orders: zeroOrNull(totals.confirmed.orders),
      revenue: zeroOrNull(totals.confirmed.revenue),
      refunds: zeroOrNull(totals.confirmed.refunds),
      awaitingPayment: totals.confirmed.awaitingPayment === null ? null : { orders: 0, revenue: 0 },
    },
    cost: { adSpend: zeroOrNull(totals.cost.adSpend), time: 0, other: 0, total: 0 },
    roi: null,
    roas: null,
    costPerOrder: null,
  };
}

/** Attribution settings per campaign key: each note's campaign name resolved like the report's names. */
function attributionByCampaign(input: EconomicsInput): Map<string, Set<string>> {
  const keyOfSpelling = new Map<string, string>();
  for (const [key, spellings] of input.resolved.names) for (const spelling of spellings) keyOfSpelling.set(spelling, key);
  const byKey = new Map<string, Set<string>>();
  for (const notes of input.attribution.values()) {
    for (const note of notes) {
      const key = keyOfSpelling.get(note.campaign.trim()) ?? (note.campaign.trim() ? campaignKey(note.campaign) : '');
      if (!key) continue;
      let set = byKey.get(key);
      if (!set) byKey.set(key, (set = new Set()));
      set.add(note.setting);
    }
  }
  return byKey;
}

/** Whether a file has any row that names a campaign (token 0 is "no campaign"). */
function hasCampaigns(file: ParsedFile): boolean {
  for (const key of file.aggregate.cells.keys()) if (splitCellKey(key).token !== 0) return true;
  return file.aggregate.ranges.some((range) => range.token !== 0);
}

function getOrCreate<K>(map: Map<K, Float64Array>, key: K): Float64Array {
  let sums = map.get(key);
  if (!sums) map.set(key, (sums = emptySums()));
  return sums;
}
