// Every warning's text, in English, German and Swedish: the ONE place warning texts live. A warning
// site names its code (the stable key of the JSON), a variant where one code has several texts, and
// typed params; buildReport makes the text in the reader's language. Params carry file names, counts,
// days (day numbers), campaign names and header names, never a customer's name, e-mail or address.
// English is exactly what the warnings always said; German and Swedish as a shop owner writes them.
import type { Warning } from '../report.js';
import type { ExclusionReason } from '../sources/types.js';
import type { Language } from './language.js';
import { sayMessage, type MessageOf, type Say, type Texts } from './say.js';
import { defineTexts } from './texts.js';

/** A day number (days since 1970-01-01, as the aggregates count days). */
type Day = number;
/** The option and configuration key that settle a doubt (`--date-order dmy`, `"dateOrder": "dmy"`). */
type FixOption = { flag: string; config: string };
type GaMetric = 'sessions' | 'conversions' | 'revenue';
type Family = 'ledger' | 'ads' | 'analytics' | 'insights' | 'posts';
type Platform = 'meta' | 'ga4' | 'google';
type AdLevel = 'campaign' | 'adGroup' | 'ad';
type GaTable = { line: number; dimensions: string };

/** `2026-10-01 to 2026-10-03` for a run of days, one day alone for a run of one. */
function runs(s: Say, list: readonly (readonly [Day, Day])[], to: string): string[] {
  return list.map(([first, last]) => (first === last ? s.day(first) : `${s.day(first)} ${to} ${s.day(last)}`));
}

/** At most five runs of days, then `…`. */
function dayList(s: Say, days: readonly Day[], to: string): string {
  const pairs: [Day, Day][] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    pairs.push([days[i]!, days[j]!]);
    i = j + 1;
  }
  const parts = runs(s, pairs, to);
  return parts.length > 5 ? `${parts.slice(0, 5).join(', ')}, …` : parts.join(', ');
}

/** The first missing days, with `…` when more are missing. */
function shownDays(s: Say, missing: readonly Day[], count: number): string {
  return `${missing.map(s.day).join(', ')}${count > missing.length ? ', …' : ''}`;
}

const PLATFORM_NAMES: Record<Platform, string> = { meta: 'Meta', ga4: 'GA4', google: 'Google Ads' };

const en = {
  QUOTE_SPANS_LINES: (p: { file: string; line: number; lines: number; title: string | null }) =>
    `${p.file}: the row starting at line ${p.line} spans ${p.lines} lines, more than a row of ${p.title ? `a ${p.title}` : 'this export'} does: a quote opened on that line closes only ${p.lines - 1} lines later, so the rows between may have been read as one cell and not counted. Check the quotes on line ${p.line} (a stray " in a cell), fix them or export the file again.`,
  POSTS_EXPORT_ERROR_ROWS: (p: { title: string; count: number; lines: number[] }) => {
    const one = p.count === 1;
    return `${p.count} row${one ? '' : 's'} of this ${p.title} hold${one ? 's' : ''} Meta's "An error occurred" instead of a post (line${one ? '' : 's'} ${p.lines.join(', ')}${p.count > p.lines.length ? ', …' : ''}) and ${one ? 'is' : 'are'} left out; those posts are missing from the figures. Export the posts again later to include them.`;
  },
  MANGLED_ID: {
    postIds: (p: { count: number }) =>
      `${p.count} post ID${p.count === 1 ? ' was' : 's were'} shortened to scientific notation (a spreadsheet re-saved the file); those posts are counted but cannot be matched against other exports of the same posts. Export the file again and do not open it in a spreadsheet before the audit.`,
    campaignIds: () =>
      'The "Campaign ID" column was rounded by a spreadsheet (scientific notation), so IDs are ignored and campaigns are matched by name. Export the file again and do not open and save it in Excel.',
  },
  REFUND_EXCEEDS_TOTAL: {
    order: () => "An order's refunded amount is larger than its total; the refund is capped at the total.",
    ledgerRow: () => 'A refund larger than its order total was capped at the order total.',
    orderRefunds: () => "An order's refunds add up to more than its total; the refund is capped at the total.",
    payment: () => "A payment's refunded amount is larger than the payment; the refund is capped at the payment.",
  },
  TAX_NOT_READ: () => 'The tax column holds a value that is not an amount (a rate such as "19 %"?); tax is left unknown for such rows.',
  MISSING_DAYS: {
    sessions: (p: { file: string; count: number; first: Day; last: Day; missing: Day[] }, s: Say) =>
      `${p.file} has no rows for ${p.count} day${p.count === 1 ? '' : 's'} between ${s.day(p.first)} and ${s.day(p.last)} (${shownDays(s, p.missing, p.count)}); sessions on those days count as none.`,
    insights: (p: { block: { title: string; line: number } | null; count: number; first: Day; last: Day; missing: Day[] }, s: Say) =>
      `${p.block ? `The block "${p.block.title}" (line ${p.block.line}): ` : ''}${p.count} day${p.count === 1 ? ' is' : 's are'} missing between ${s.day(p.first)} and ${s.day(p.last)} (${shownDays(s, p.missing, p.count)}); totals of this file leave those days out. Export the full range again.`,
  },
  AMBIGUOUS_PLATFORM: {
    block: (p: { title: string; line: number }) =>
      `The block "${p.title}" (line ${p.line}) names no platform and the file holds more blocks of that metric than Facebook and Instagram; its numbers count for no channel.`,
    file: (p: { title: string }) =>
      `"${p.title}" exists for Facebook and for Instagram and the file name does not say which; its numbers count for no channel. Put "Facebook" or "Instagram" in the file name.`,
  },
  AMBIGUOUS_DATE_ORDER: {
    example: (p: { file: string; header: string; example: string; readAs: Day } & FixOption, s: Say) =>
      `${p.file}: dates in "${p.header}" such as ${p.example} could be month first or day first, and neither the dates nor the report range decide; they were read month first (${s.day(p.readAs)}). If they are day first, run again with ${p.flag} (or set ${p.config} in smroi.config.json), or export a range that includes a day after the 12th of a month.`,
    column: (p: { file: string; column: string } & FixOption) =>
      `${p.file}: every date in column "${p.column}" reads both as month/day and as day/month (no day after the 12th); they were read month first (MM/DD/YYYY). If they are day first (DD/MM/YYYY), run again with ${p.flag} (or set ${p.config} in smroi.config.json).`,
    paypalDayFirst: (p: { column: string } & FixOption) =>
      `Every date in column "${p.column}" reads both as month/day and as day/month (no day after the 12th); assumed day first (DD/MM/YYYY), as Spanish and Portuguese PayPal downloads write dates. If this PayPal account writes MM/DD/YYYY, run again with ${p.flag} (or set ${p.config} in smroi.config.json), or download a period that includes a day after the 12th, so that the file decides.`,
    paypalMonthFirst: (p: { column: string } & FixOption) =>
      `Every date in column "${p.column}" reads both as month/day and as day/month (no day after the 12th); assumed month first (MM/DD/YYYY). If this PayPal account writes DD/MM/YYYY, run again with ${p.flag} (or set ${p.config} in smroi.config.json), or download a period that includes a day after the 12th, so that the file decides.`,
  },
  NO_DAILY_BREAKDOWN: {
    universalAnalytics: (p: { file: string; from: Day; to: Day }, s: Say) =>
      `${p.file} sums ${s.day(p.from)} to ${s.day(p.to)} without a breakdown by day; add "Date" as a secondary dimension to join it by day.`,
    ga4: (p: { file: string; from: Day; to: Day }, s: Say) =>
      `${p.file} sums ${s.day(p.from)} to ${s.day(p.to)} without a breakdown by day; add the Date dimension to join it by day.`,
    googleAds: (p: { from: Day; to: Day; level: AdLevel }, s: Say) =>
      `This Google Ads report sums ${s.day(p.from)} to ${s.day(p.to)} in one row per ${{ campaign: 'campaign', adGroup: 'ad group', ad: 'ad' }[p.level]}, so it counts for totals only; segment it by Day (Segment > Time > Day) to join it with sales by day.`,
    metaAds: () =>
      'This Meta Ads Manager export has one row per reporting range, not per day, so it counts for totals only; export with a daily breakdown (Breakdown > By time > Day) to join it with sales by day.',
  },
  NO_CURRENCY: () =>
    'This Google Ads report has no "Currency code" column, so its cost is taken to be in the report currency; add the column to the report to be sure.',
  TABLE_CHOSEN: (p: { file: string; choices: { metric: GaMetric; table: GaTable; others: GaTable[] }[] }) => {
    const word = { sessions: 'sessions', conversions: 'key events', revenue: 'total revenue' };
    const by = (t: GaTable) => `line ${t.line} (${t.dimensions ? `by ${t.dimensions}` : 'no breakdown'})`;
    const parts = p.choices.map(({ metric, table, others }) => `${word[metric]} from the table on ${by(table)}, not ${others.map(by).join(' or ')}`);
    return `${p.file} holds several tables that split the same figures; each figure is counted from one table only: ${parts.join('; ')}.`;
  },
  NO_CHANNEL_BREAKDOWN: (p: { file: string; metrics: GaMetric[]; by: string[] }, s: Say) => {
    const word = { sessions: 'sessions', conversions: 'key events', revenue: 'total revenue' };
    return `${p.file} breaks ${s.list(p.metrics.map((metric) => word[metric]))} down by ${s.list(p.by.map((name) => `"${name}"`))} only, not by channel or campaign: they count for the totals, under channel "unknown". Download the report by Session source / medium or Session primary channel group to attribute them.`;
  },
  UNKNOWN_TIME_ZONE: {
    noColumn: () => 'The PayPal file has no time-zone column; such dates were taken as written, so a payment close to midnight may land on the neighbouring day.',
    unknownZone: (p: { zone: string }) =>
      `"${p.zone}" is a time zone smroi does not know; such dates were taken as written, so a payment close to midnight may land on the neighbouring day.`,
    unnamedZone: () => 'A row names no time zone smroi knows; such dates were taken as written, so a payment close to midnight may land on the neighbouring day.',
  },
  AMBIGUOUS_DECIMAL: {
    amounts: (p: { file: string; assumed: ',' | '.' } & FixOption) =>
      `${p.file}: no amount in it shows which mark is the decimal one (an amount like 1.000 could be one thousand or one); amounts were read with a ${decimalHow.en(p.assumed)}. ${decimalFix.en(p)}`,
    example: (p: { file: string; assumed: ',' | '.'; example: string; reading: number } & FixOption) =>
      `${p.file}: no number in it shows which mark is the decimal one, so "${p.example}" could be one thousand or one; it was read as ${p.reading} (${decimalHow.en(p.assumed)}). ${decimalFix.en(p)}`,
  },
  SPEND_UNKNOWN: () =>
    'This Meta Ads Manager export has no "Amount spent" column: its impressions, reach and clicks count, but what its ads cost is unknown (not 0), so cost, ROI and ROAS leave it out. Export it again with "Amount spent" among the columns.',
  NO_CAMPAIGN_COLUMN: () =>
    'This Meta Ads Manager export has no campaign column: its spend counts for the channel but for no campaign. Export it with "Campaign name" to see it per campaign.',
  DATEV_CHART_ASSUMED: () =>
    'The Buchungsstapel header names no chart of accounts and no account 8000–8999 appears, but accounts 4000–4999 are mostly credited: they are read as SKR04 revenue accounts. If the books use SKR03, these are expenses; set the chart (SKR) in the export.',
  DATEV_ACCOUNT_RULE: (p: { chart: 'SKR03' | 'SKR04' }) =>
    `No booking in this Buchungsstapel has a revenue account (${p.chart}: ${p.chart === 'SKR03' ? '8000–8999' : '4000–4999'}) as Konto or Gegenkonto, so it adds no revenue. ` +
    'Only revenue bookings count; payments and debtor bookings are left out so that revenue is not counted twice.',
  TEST_PAYMENTS: (p: { count: number }) => `${p.count} test-mode payment${p.count === 1 ? ' was' : 's were'} left out (column "Mode" = Test); they are not sales.`,
  UNKNOWN_STATUS: (p: { count: number; line: number }) =>
    `${p.count} payment${p.count === 1 ? ' has' : 's have'} a "Status" smroi does not know (first on line ${p.line}); counted as paid.`,
  PAYMENTS_MERGED: (p: { count: number; paymentFile: string; shopFile: string }) =>
    `${p.count} payment row${p.count === 1 ? '' : 's'} in ${p.paymentFile} belong${p.count === 1 ? 's' : ''} to orders in ${p.shopFile}; counted as ${p.shopFile} counts them (once, or not at all for cancelled and pending orders).`,
  OVERLAPPING_EXPORT: {
    days: (p: { file: string; keptFile: string; days: number }) =>
      `${p.file} repeats data of ${p.keptFile} on ${p.days} day${p.days === 1 ? '' : 's'}; those days are counted once, from ${p.keptFile}.`,
    dailyRows: (p: { file: string; keptFile: string; days: Day[]; campaigns: { name: string; days: Day[] }[] | null }, s: Say) => {
      const what = p.campaigns === null
        ? `daily rows on ${p.days.length} day${p.days.length === 1 ? '' : 's'} (${dayList(s, p.days, 'to')})`
        : `daily rows of ${p.campaigns.map((c) => `"${c.name}" on ${dayList(s, c.days, 'to')}`).join('; ')}`;
      return `${p.file} has ${what}, which the whole-range rows of ${p.keptFile} already cover; those days are counted once, from ${p.keptFile}, and the daily rows add only the days outside its range.`;
    },
    orders: (p: { file: string; keptFile: string; orders: number }) => {
      const one = p.orders === 1;
      return `${p.file} repeats ${one ? 'the order' : `all ${p.orders} orders`} of ${p.keptFile} (a copy or an earlier download); ${one ? 'it is' : 'they are'} counted once, as ${p.keptFile} has ${one ? 'it' : 'them'}.`;
    },
  },
  REPEATED_ORDERS: (p: { count: number; title: string; files: string[]; states: { file: string; orders: number }[] }) =>
    `${p.count} order${p.count === 1 ? ' appears' : 's appear'} in several downloads of ${p.title} (${p.files.join(', ')}); ` +
    `${p.count === 1 ? 'it is' : 'each is'} counted once, in its state in the most recent download holding it: ` +
    p.states.map((state) => `${state.file} (${state.orders})`).join(', ') +
    '.',
  INSIGHTS_SERIES_DIFFER: (p: { file: string; otherFile: string; shared: number; differing: number }) =>
    `${p.file} and ${p.otherFile} hold the same metric and share ${p.shared} day${p.shared === 1 ? '' : 's'}, but with different numbers on ${p.differing} of them: they are two series (two pages or accounts, or Facebook and Instagram), so both are counted in full. If one is an older download of the other, remove it.`,
  OVERLAPPING_LEDGERS_DIFFER: (p: { file: string; otherFile: string; days: number }) =>
    `${p.file} and ${p.otherFile} both hold orders on ${p.days} day${p.days === 1 ? '' : 's'} but not the same orders; both are counted. If they are exports of one shop, remove one of them.`,
  ENGAGEMENTS_FROM_INSIGHTS: (p: { platforms: { platform: string; insightsFiles: string[]; postsFiles: string[]; leftOut: number; from: Day; to: Day }[] }, s: Say) => {
    const parts = p.platforms.map(
      (x) =>
        `${x.platform} from ${x.insightsFiles.join(', ')}, leaving out the ${x.leftOut} engagement${x.leftOut === 1 ? '' : 's'} that ${x.postsFiles.join(', ')} count${x.postsFiles.length === 1 ? 's' : ''} for posts published ${s.day(x.from)} to ${s.day(x.to)}`,
    );
    return `Posts exports and account insights count the same interactions, so engagements are counted once, from the account insights (they cover every post): ${parts.join('; ')}.`;
  },
  PREVIOUS_PERIOD_NOT_COMPARED: (p: { from: Day; to: Day; problem: string }, s: Say) => `The previous period ${s.day(p.from)} to ${s.day(p.to)} is not compared: ${p.problem}`,
  TAX_NOT_STATED: (p: { file: string }) =>
    `The revenue basis is net, but ${p.file} states no tax; its revenue counts as written (gross). Add a tax column (tax, MwSt, moms) to the export to take the VAT out.`,
  KPI_NOT_MEASURABLE: (p: { campaign: string; kpi: string; accountLevelOnly: boolean }) =>
    `The plan for "${p.campaign}" measures success by ${p.kpi}, but no input file reports ${p.kpi} per campaign${p.accountLevelOnly ? ' (account-level insights are not broken down by campaign)' : ''}; add an export that does, or choose another KPI.`,
  OVERCLAIM: (p: OverclaimParams, s: Say) => {
    const times = [
      p.ordersRatio !== null ? `${s.number.ratio(p.ordersRatio)}× the orders` : null,
      p.valueRatio !== null ? `${s.number.ratio(p.valueRatio)}× the revenue` : null,
    ].filter(Boolean);
    const attribution = p.attribution.length ? ` (attribution: ${p.attribution.join('; ')})` : '';
    return (
      `${PLATFORM_NAMES[p.platform]} claims ${p.conversions} conversion${p.conversions === 1 ? '' : 's'} worth ${s.number.ratio(p.value)} ${p.currency} ` +
      `for campaign "${p.campaign}"${attribution}, but the ledger confirms ${p.orders} order${p.orders === 1 ? '' : 's'} worth ${s.number.ratio(p.revenue)} ${p.currency}` +
      `${times.length ? `: ${times.join(' and ')}` : ''}.`
    );
  },
  ALL_ROWS_EXCLUDED: (p: { file: string; excluded: [ExclusionReason, number][] }) =>
    `Every row of ${p.file} was left out (${p.excluded.map(([reason, count]) => `${count} ${EXCLUSION_WORDS.en[reason]}`).join(', ')}); the file counts no sales.`,
  UNMATCHED_CAMPAIGN_ID: (p: { campaign: string; families: string[] }) =>
    `Campaign ID ${p.campaign} appears in ${FAMILY_NAMES.en(p.families)} but in no Meta ad export; its sales cannot be set against any spend.`,
  UNMATCHED_CAMPAIGN: (p: { campaign: string; families: string[]; suggestion: string | null }) =>
    `Campaign "${p.campaign}" in ${FAMILY_NAMES.en(p.families)} matches no ad campaign${p.suggestion ? `; did you mean "${p.suggestion}"? Add it under "aliases" in smroi.config.json if so` : ''}.`,
  SPEND_WITHOUT_ORDERS: (p: { campaign: string }) => `Campaign "${p.campaign}" spent money in the period but the ledger confirms no order for it.`,
  NO_LEDGER: () => 'No sales ledger was found, so no sale is confirmed; ROI cannot be computed. Add a shop or bookkeeping export to the folder.',
  RANGE_OUTSIDE_PERIOD: (p: { file: string; rows: number }) =>
    `${p.rows} row${p.rows === 1 ? '' : 's'} of ${p.file} cover${p.rows === 1 ? 's' : ''} a date range reaching outside the report period and cannot be split by day; left out.`,
  PARTIAL_COVERAGE: (p: { family: 'ledger' | 'analytics'; from: Day; to: Day; missing: number; gaps: [Day, Day][] }, s: Say) => {
    const one = p.missing === 1;
    const what = p.family === 'ledger' ? 'The sales ledgers' : 'The analytics exports';
    return `${what} cover only part of the period ${s.day(p.from)} to ${s.day(p.to)}: ${p.missing} day${one ? '' : 's'} (${s.list(runs(s, p.gaps, 'to'))}) ${one ? 'is' : 'are'} not covered, and figures for ${one ? 'it' : 'them'} are not zero but unknown.`;
  },
  MARGIN_NOT_CONFIGURED: () => 'ROI is computed on revenue, not on gross profit, because no margin is configured; set "margin" in smroi.config.json.',
  TIME_NOT_CONFIGURED: () => 'Your own time is counted as 0; set "time" (hourly rate and hours per month) in smroi.config.json to count it.',
  CAMPAIGN_SPELLINGS_JOINED: (p: { joins: { into: string; from: string[] }[] }) =>
    `Campaign names that differ only in how umlauts or Nordic letters are written were joined: ${p.joins.map(({ into, from }) => `${from.map((name) => `"${name}"`).join(' and ')} into "${into}"`).join('; ')}. If one of them is another campaign, give it another name in the export, or list the spelling under "aliases" in smroi.config.json to confirm the join.`,
  NOT_COVERED: (p: { family: Family; first: Day; last: Day; from: Day; to: Day }, s: Say) => {
    const words = {
      ledger: { files: 'sales ledgers', unknown: 'orders, revenue, ROI and ROAS are unknown, not zero' },
      ads: { files: 'ad exports', unknown: 'ad spend and what Meta claims are unknown, not zero' },
      analytics: { files: 'analytics exports', unknown: 'sessions and what GA4 claims are unknown, not zero' },
      insights: { files: 'insights files', unknown: 'their attention figures are unknown, not zero' },
      posts: { files: 'post exports', unknown: 'their attention figures are unknown, not zero' },
    }[p.family];
    return `The ${words.files} cover ${s.day(p.first)} to ${s.day(p.last)}, no day of the period ${s.day(p.from)} to ${s.day(p.to)}, so ${words.unknown}. Add the exports for the period.`;
  },
};

interface OverclaimParams {
  platform: Platform;
  campaign: string;
  currency: string;
  conversions: number;
  value: number;
  orders: number | null;
  revenue: number;
  ordersRatio: number | null;
  valueRatio: number | null;
  attribution: string[];
}

const decimalHow = defineTexts<(assumed: ',' | '.') => string>({
  en: (assumed) => (assumed === ',' ? 'decimal comma, as the ";" delimiter suggests' : 'decimal point'),
  de: (assumed) => (assumed === ',' ? 'Dezimalkomma (wie es das Trennzeichen „;“ nahelegt)' : 'Dezimalpunkt'),
  sv: (assumed) => (assumed === ',' ? 'decimalkomma, som avgränsaren ”;” antyder' : 'decimalpunkt'),
});

const decimalFix = defineTexts<(option: FixOption) => string>({
  en: (o) => `If that is wrong, run again with ${o.flag} (or set ${o.config} in smroi.config.json), or export the file again without opening it in a spreadsheet.`,
  de: (o) => `Stimmt das nicht, starten Sie erneut mit ${o.flag} (oder setzen Sie ${o.config} in smroi.config.json) oder exportieren Sie die Datei neu, ohne sie in einer Tabellenkalkulation zu öffnen.`,
  sv: (o) => `Om det är fel, kör igen med ${o.flag} (eller ange ${o.config} i smroi.config.json), eller exportera filen igen utan att öppna den i ett kalkylprogram.`,
});

const EXCLUSION_WORDS = defineTexts<Record<ExclusionReason, string>>({
  en: {
    rowsOutsidePeriod: 'outside the period',
    summaryRows: 'summary rows',
    cancelledOrders: 'cancelled',
    failedOrders: 'failed',
    pendingOrders: 'unfinished (checkout or payment never completed)',
    awaitingPaymentOrders: 'awaiting payment (--paid-only)',
    duplicateRowsDropped: 'repeated',
  },
  de: {
    rowsOutsidePeriod: 'außerhalb des Zeitraums',
    summaryRows: 'Summenzeilen',
    cancelledOrders: 'storniert',
    failedOrders: 'fehlgeschlagen',
    pendingOrders: 'nicht abgeschlossen (Kasse oder Zahlung nie beendet)',
    awaitingPaymentOrders: 'noch nicht bezahlt (--paid-only)',
    duplicateRowsDropped: 'doppelt',
  },
  sv: {
    rowsOutsidePeriod: 'utanför perioden',
    summaryRows: 'summeringsrader',
    cancelledOrders: 'avbrutna',
    failedOrders: 'misslyckade',
    pendingOrders: 'ej slutförda (kassan eller betalningen avslutades aldrig)',
    awaitingPaymentOrders: 'inväntar betalning (--paid-only)',
    duplicateRowsDropped: 'upprepade',
  },
});

/** The kinds of files a campaign appears in, `the sales ledger and the analytics export`. */
const FAMILY_NAMES = defineTexts<(families: readonly string[]) => string>({
  en: (families) => {
    const words: Record<string, string> = { ledger: 'the sales ledger', analytics: 'the analytics export', posts: 'the post exports', insights: 'the insights files' };
    return families.map((family) => words[family] ?? family).join(' and ');
  },
  de: (families) => {
    const words: Record<string, string> = { ledger: 'der Verkaufsliste', analytics: 'dem Analytics-Export', posts: 'den Beitragsexporten', insights: 'den Insights-Dateien' };
    return families.map((family) => words[family] ?? family).join(' und ');
  },
  sv: (families) => {
    const words: Record<string, string> = { ledger: 'försäljningslistan', analytics: 'analysexporten', posts: 'inläggsexporterna', insights: 'insiktsfilerna' };
    return families.map((family) => words[family] ?? family).join(' och ');
  },
});

export type WarningText = MessageOf<typeof en>;

const de: Texts<typeof en> = {
  QUOTE_SPANS_LINES: (p) =>
    `${p.file}: Die Zeile, die in Zeile ${p.line} beginnt, reicht über ${p.lines} Zeilen, mehr als eine Zeile dieses Exports${p.title ? ` (${p.title})` : ''} umfasst: Ein Anführungszeichen in dieser Zeile schließt erst ${p.lines - 1} Zeilen später, daher wurden die Zeilen dazwischen womöglich als eine Zelle gelesen und nicht gezählt. Prüfen Sie die Anführungszeichen in Zeile ${p.line} (ein einzelnes " in einer Zelle), korrigieren Sie sie oder exportieren Sie die Datei neu.`,
  POSTS_EXPORT_ERROR_ROWS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'Zeile', 'Zeilen')} dieses Exports (${p.title}) ${s.plural(p.count, 'enthält', 'enthalten')} statt eines Beitrags Metas „An error occurred“ (${s.plural(p.count, 'Zeile', 'Zeilen')} ${p.lines.join(', ')}${p.count > p.lines.length ? ', …' : ''}) und ${s.plural(p.count, 'bleibt', 'bleiben')} außen vor; diese Beiträge fehlen in den Zahlen. Exportieren Sie die Beiträge später noch einmal, um sie mitzuzählen.`,
  MANGLED_ID: {
    postIds: (p, s) =>
      `${s.count(p.count)} ${s.plural(p.count, 'Beitrags-ID wurde', 'Beitrags-IDs wurden')} zur wissenschaftlichen Schreibweise gekürzt (eine Tabellenkalkulation hat die Datei neu gespeichert); diese Beiträge werden gezählt, lassen sich aber nicht mit anderen Exporten derselben Beiträge abgleichen. Exportieren Sie die Datei neu und öffnen Sie sie vor der Prüfung nicht in einer Tabellenkalkulation.`,
    campaignIds: () =>
      'Die Spalte „Campaign ID“ wurde von einer Tabellenkalkulation gerundet (wissenschaftliche Schreibweise), daher werden die IDs ignoriert und Kampagnen über ihren Namen zugeordnet. Exportieren Sie die Datei neu und öffnen und speichern Sie sie nicht in Excel.',
  },
  REFUND_EXCEEDS_TOTAL: {
    order: () => 'Der erstattete Betrag einer Bestellung ist größer als ihr Gesamtbetrag; die Erstattung wird auf den Gesamtbetrag begrenzt.',
    ledgerRow: () => 'Eine Erstattung, die größer als der Gesamtbetrag ihrer Bestellung war, wurde auf den Gesamtbetrag begrenzt.',
    orderRefunds: () => 'Die Erstattungen einer Bestellung ergeben zusammen mehr als ihren Gesamtbetrag; die Erstattung wird auf den Gesamtbetrag begrenzt.',
    payment: () => 'Der erstattete Betrag einer Zahlung ist größer als die Zahlung; die Erstattung wird auf den Zahlungsbetrag begrenzt.',
  },
  TAX_NOT_READ: () => 'Die Steuerspalte enthält einen Wert, der kein Betrag ist (ein Satz wie „19 %“?); für solche Zeilen bleibt die Steuer unbekannt.',
  MISSING_DAYS: {
    sessions: (p, s) =>
      `${p.file} hat für ${s.count(p.count)} ${s.plural(p.count, 'Tag', 'Tage')} zwischen ${s.day(p.first)} und ${s.day(p.last)} keine Zeilen (${shownDays(s, p.missing, p.count)}); Sitzungen an ${s.plural(p.count, 'diesem Tag zählen', 'diesen Tagen zählen')} als keine.`,
    insights: (p, s) =>
      `${p.block ? `Der Block „${p.block.title}“ (Zeile ${p.block.line}): ` : ''}Zwischen ${s.day(p.first)} und ${s.day(p.last)} ${s.plural(p.count, 'fehlt', 'fehlen')} ${s.count(p.count)} ${s.plural(p.count, 'Tag', 'Tage')} (${shownDays(s, p.missing, p.count)}); die Summen dieser Datei lassen ${s.plural(p.count, 'diesen Tag', 'diese Tage')} aus. Exportieren Sie den ganzen Zeitraum noch einmal.`,
  },
  AMBIGUOUS_PLATFORM: {
    block: (p) =>
      `Der Block „${p.title}“ (Zeile ${p.line}) nennt keine Plattform, und die Datei enthält mehr Blöcke dieser Kennzahl als Facebook und Instagram; seine Zahlen zählen für keinen Kanal.`,
    file: (p) =>
      `„${p.title}“ gibt es für Facebook und für Instagram, und der Dateiname sagt nicht, welches gemeint ist; die Zahlen zählen für keinen Kanal. Schreiben Sie „Facebook“ oder „Instagram“ in den Dateinamen.`,
  },
  AMBIGUOUS_DATE_ORDER: {
    example: (p, s) =>
      `${p.file}: Daten in „${p.header}“ wie ${p.example} können Monat zuerst oder Tag zuerst sein, und weder die Daten noch der Berichtszeitraum entscheiden das; sie wurden mit dem Monat zuerst gelesen (${s.day(p.readAs)}). Steht der Tag zuerst, starten Sie erneut mit ${p.flag} (oder setzen Sie ${p.config} in smroi.config.json) oder exportieren Sie einen Zeitraum, der einen Tag nach dem 12. eines Monats enthält.`,
    column: (p) =>
      `${p.file}: Jedes Datum in der Spalte „${p.column}“ lässt sich als Monat/Tag und als Tag/Monat lesen (kein Tag nach dem 12.); sie wurden mit dem Monat zuerst gelesen (MM/TT/JJJJ). Steht der Tag zuerst (TT/MM/JJJJ), starten Sie erneut mit ${p.flag} (oder setzen Sie ${p.config} in smroi.config.json).`,
    paypalDayFirst: (p) =>
      `Jedes Datum in der Spalte „${p.column}“ lässt sich als Monat/Tag und als Tag/Monat lesen (kein Tag nach dem 12.); angenommen wurde Tag zuerst (TT/MM/JJJJ), wie spanische und portugiesische PayPal-Downloads Daten schreiben. Schreibt dieses PayPal-Konto MM/TT/JJJJ, starten Sie erneut mit ${p.flag} (oder setzen Sie ${p.config} in smroi.config.json) oder laden Sie einen Zeitraum mit einem Tag nach dem 12. herunter, damit die Datei es entscheidet.`,
    paypalMonthFirst: (p) =>
      `Jedes Datum in der Spalte „${p.column}“ lässt sich als Monat/Tag und als Tag/Monat lesen (kein Tag nach dem 12.); angenommen wurde Monat zuerst (MM/TT/JJJJ). Schreibt dieses PayPal-Konto TT/MM/JJJJ, starten Sie erneut mit ${p.flag} (oder setzen Sie ${p.config} in smroi.config.json) oder laden Sie einen Zeitraum mit einem Tag nach dem 12. herunter, damit die Datei es entscheidet.`,
  },
  NO_DAILY_BREAKDOWN: {
    universalAnalytics: (p, s) =>
      `${p.file} fasst ${s.day(p.from)} bis ${s.day(p.to)} ohne Aufschlüsselung nach Tagen zusammen; fügen Sie „Date“ als sekundäre Dimension hinzu, um die Datei tageweise zuzuordnen.`,
    ga4: (p, s) =>
      `${p.file} fasst ${s.day(p.from)} bis ${s.day(p.to)} ohne Aufschlüsselung nach Tagen zusammen; fügen Sie die Dimension „Datum“ hinzu, um die Datei tageweise zuzuordnen.`,
    googleAds: (p, s) =>
      `Dieser Google-Ads-Bericht fasst ${s.day(p.from)} bis ${s.day(p.to)} in einer Zeile pro ${{ campaign: 'Kampagne', adGroup: 'Anzeigengruppe', ad: 'Anzeige' }[p.level]} zusammen und zählt daher nur für die Summen; segmentieren Sie ihn nach Tag (Segment > Zeit > Tag), um ihn tageweise mit den Verkäufen zusammenzuführen.`,
    metaAds: () =>
      'Dieser Export aus dem Meta-Werbeanzeigenmanager hat eine Zeile pro Berichtszeitraum, nicht pro Tag, und zählt daher nur für die Summen; exportieren Sie ihn mit Aufschlüsselung nach Tag (Aufschlüsselung > Nach Zeit > Tag), um ihn tageweise mit den Verkäufen zusammenzuführen.',
  },
  NO_CURRENCY: () =>
    'Dieser Google-Ads-Bericht hat keine Spalte „Currency code“, daher gelten seine Kosten als in der Berichtswährung; nehmen Sie die Spalte in den Bericht auf, um sicherzugehen.',
  TABLE_CHOSEN: (p) => {
    const word = { sessions: 'Sitzungen', conversions: 'Schlüsselereignisse', revenue: 'Gesamtumsatz' };
    const by = (t: GaTable) => `Zeile ${t.line} (${t.dimensions ? `nach ${t.dimensions}` : 'ohne Aufschlüsselung'})`;
    const parts = p.choices.map(({ metric, table, others }) => `${word[metric]} aus der Tabelle in ${by(table)}, nicht ${others.map(by).join(' oder ')}`);
    return `${p.file} enthält mehrere Tabellen, die dieselben Zahlen aufteilen; jede Zahl wird nur aus einer Tabelle gezählt: ${parts.join('; ')}.`;
  },
  NO_CHANNEL_BREAKDOWN: (p, s) => {
    const word = { sessions: 'Sitzungen', conversions: 'Schlüsselereignisse', revenue: 'Gesamtumsatz' };
    return `${p.file} schlüsselt ${s.list(p.metrics.map((metric) => word[metric]))} nur nach ${s.list(p.by.map((name) => `„${name}“`))} auf, nicht nach Kanal oder Kampagne: Sie zählen für die Summen, unter dem Kanal „unknown“. Laden Sie den Bericht nach „Sitzungsquelle/-medium“ oder „Primäre Channelgruppe der Sitzung“ herunter, um sie zuzuordnen.`;
  },
  UNKNOWN_TIME_ZONE: {
    noColumn: () => 'Die PayPal-Datei hat keine Zeitzonen-Spalte; solche Daten wurden so genommen, wie sie dastehen, daher kann eine Zahlung kurz vor oder nach Mitternacht auf den Nachbartag fallen.',
    unknownZone: (p) =>
      `„${p.zone}“ ist eine Zeitzone, die smroi nicht kennt; solche Daten wurden so genommen, wie sie dastehen, daher kann eine Zahlung kurz vor oder nach Mitternacht auf den Nachbartag fallen.`,
    unnamedZone: () => 'Eine Zeile nennt keine Zeitzone, die smroi kennt; solche Daten wurden so genommen, wie sie dastehen, daher kann eine Zahlung kurz vor oder nach Mitternacht auf den Nachbartag fallen.',
  },
  AMBIGUOUS_DECIMAL: {
    amounts: (p) =>
      `${p.file}: Kein Betrag darin zeigt, welches Zeichen das Dezimalzeichen ist (ein Betrag wie 1.000 kann tausend oder eins sein); die Beträge wurden mit ${decimalHow.de(p.assumed)} gelesen. ${decimalFix.de(p)}`,
    example: (p) =>
      `${p.file}: Keine Zahl darin zeigt, welches Zeichen das Dezimalzeichen ist, daher kann „${p.example}“ tausend oder eins sein; gelesen wurde ${plainNumber('de', p.reading)}, mit ${decimalHow.de(p.assumed)}. ${decimalFix.de(p)}`,
  },
  SPEND_UNKNOWN: () =>
    'Dieser Export aus dem Meta-Werbeanzeigenmanager hat keine Spalte „Amount spent“ (ausgegebener Betrag): Impressionen, Reichweite und Klicks zählen, aber was die Anzeigen gekostet haben, ist unbekannt (nicht 0), daher lassen Kosten, ROI und ROAS ihn außen vor. Exportieren Sie ihn erneut mit „Amount spent“ unter den Spalten.',
  NO_CAMPAIGN_COLUMN: () =>
    'Dieser Export aus dem Meta-Werbeanzeigenmanager hat keine Kampagnenspalte: Seine Werbeausgaben zählen für den Kanal, aber für keine Kampagne. Exportieren Sie ihn mit „Campaign name“ (Kampagnenname), um sie pro Kampagne zu sehen.',
  DATEV_CHART_ASSUMED: () =>
    'Der Kopf des Buchungsstapels nennt keinen Kontenrahmen, und kein Konto 8000–8999 kommt vor, aber die Konten 4000–4999 stehen meist im Haben: Sie werden als Erlöskonten nach SKR04 gelesen. Bucht die Buchhaltung nach SKR03, sind das Aufwände; geben Sie den Kontenrahmen (SKR) im Export an.',
  DATEV_ACCOUNT_RULE: (p) =>
    `Keine Buchung in diesem Buchungsstapel hat ein Erlöskonto (${p.chart}: ${p.chart === 'SKR03' ? '8000–8999' : '4000–4999'}) als Konto oder Gegenkonto, daher trägt er keinen Umsatz bei. ` +
    'Nur Erlösbuchungen zählen; Zahlungen und Debitorenbuchungen bleiben außen vor, damit kein Umsatz doppelt gezählt wird.',
  TEST_PAYMENTS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'Zahlung im Testmodus wurde', 'Zahlungen im Testmodus wurden')} nicht gezählt (Spalte „Mode“ = Test); das sind keine Verkäufe.`,
  UNKNOWN_STATUS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'Zahlung hat', 'Zahlungen haben')} einen „Status“, den smroi nicht kennt (zuerst in Zeile ${p.line}); als bezahlt gezählt.`,
  PAYMENTS_MERGED: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'Zahlungszeile', 'Zahlungszeilen')} in ${p.paymentFile} ${s.plural(p.count, 'gehört', 'gehören')} zu Bestellungen in ${p.shopFile}; gezählt wie in ${p.shopFile} (einmal, oder gar nicht bei stornierten und offenen Bestellungen).`,
  OVERLAPPING_EXPORT: {
    days: (p, s) =>
      `${p.file} wiederholt Daten aus ${p.keptFile} an ${s.count(p.days)} ${s.plural(p.days, 'Tag', 'Tagen')}; diese Tage werden einmal gezählt, aus ${p.keptFile}.`,
    dailyRows: (p, s) => {
      const what = p.campaigns === null
        ? `Tageszeilen an ${s.count(p.days.length)} ${s.plural(p.days.length, 'Tag', 'Tagen')} (${dayList(s, p.days, 'bis')})`
        : `Tageszeilen von ${p.campaigns.map((c) => `„${c.name}“ (${dayList(s, c.days, 'bis')})`).join('; ')}`;
      return `${p.file} hat ${what}, die die Zeilen für den ganzen Zeitraum in ${p.keptFile} schon abdecken; diese Tage werden einmal gezählt, aus ${p.keptFile}, und die Tageszeilen ergänzen nur die Tage außerhalb dieses Zeitraums.`;
    },
    orders: (p, s) =>
      p.orders === 1
        ? `${p.file} wiederholt die Bestellung aus ${p.keptFile} (eine Kopie oder ein früherer Download); sie wird einmal gezählt, so wie ${p.keptFile} sie enthält.`
        : `${p.file} wiederholt alle ${s.count(p.orders)} Bestellungen aus ${p.keptFile} (eine Kopie oder ein früherer Download); sie werden einmal gezählt, so wie ${p.keptFile} sie enthält.`,
  },
  REPEATED_ORDERS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'Bestellung steht', 'Bestellungen stehen')} in mehreren Downloads (${p.title}: ${p.files.join(', ')}); ` +
    `${s.plural(p.count, 'sie wird', 'jede wird')} einmal gezählt, im Stand des neuesten Downloads, der sie enthält: ` +
    p.states.map((state) => `${state.file} (${s.count(state.orders)})`).join(', ') +
    '.',
  INSIGHTS_SERIES_DIFFER: (p, s) =>
    `${p.file} und ${p.otherFile} enthalten dieselbe Kennzahl und teilen ${s.count(p.shared)} ${s.plural(p.shared, 'Tag', 'Tage')}, aber mit anderen Zahlen an ${s.count(p.differing)} davon: Das sind zwei Reihen (zwei Seiten oder Konten, oder Facebook und Instagram), daher werden beide voll gezählt. Ist eine davon ein älterer Download der anderen, entfernen Sie sie.`,
  OVERLAPPING_LEDGERS_DIFFER: (p, s) =>
    `${p.file} und ${p.otherFile} enthalten beide Bestellungen an ${s.count(p.days)} ${s.plural(p.days, 'Tag', 'Tagen')}, aber nicht dieselben Bestellungen; beide werden gezählt. Stammen beide Exporte aus einem Shop, entfernen Sie einen davon.`,
  ENGAGEMENTS_FROM_INSIGHTS: (p, s) => {
    const parts = p.platforms.map(
      (x) =>
        `${x.platform} aus ${x.insightsFiles.join(', ')}, ohne die ${s.count(x.leftOut)} ${s.plural(x.leftOut, 'Interaktion', 'Interaktionen')}, die ${x.postsFiles.join(', ')} für Beiträge vom ${s.day(x.from)} bis ${s.day(x.to)} ${s.plural(x.postsFiles.length, 'zählt', 'zählen')}`,
    );
    return `Beitragsexporte und Konto-Insights zählen dieselben Interaktionen, daher werden Interaktionen einmal gezählt, aus den Konto-Insights (sie decken jeden Beitrag ab): ${parts.join('; ')}.`;
  },
  PREVIOUS_PERIOD_NOT_COMPARED: (p, s) => `Der Vorzeitraum ${s.day(p.from)} bis ${s.day(p.to)} wird nicht verglichen: ${p.problem}`,
  TAX_NOT_STATED: (p) =>
    `Die Umsatzbasis ist netto, aber ${p.file} nennt keine Steuer; der Umsatz zählt wie angegeben (brutto). Nehmen Sie eine Steuerspalte (tax, MwSt, moms) in den Export auf, um die Umsatzsteuer herauszurechnen.`,
  KPI_NOT_MEASURABLE: (p) =>
    `Der Plan für „${p.campaign}“ misst den Erfolg an „${p.kpi}“, aber keine Eingabedatei nennt „${p.kpi}“ pro Kampagne${p.accountLevelOnly ? ' (Insights auf Kontoebene sind nicht nach Kampagnen aufgeschlüsselt)' : ''}; fügen Sie einen Export hinzu, der das tut, oder wählen Sie eine andere Kennzahl.`,
  OVERCLAIM: (p, s) => {
    const times = [
      p.ordersRatio !== null ? `${s.number.ratio(p.ordersRatio)}-mal so viele Bestellungen` : null,
      p.valueRatio !== null ? `${s.number.ratio(p.valueRatio)}-mal so viel Umsatz` : null,
    ].filter(Boolean);
    const attribution = p.attribution.length ? ` (Attribution: ${p.attribution.join('; ')})` : '';
    return (
      `${PLATFORM_NAMES[p.platform]} meldet ${s.count(p.conversions)} ${s.plural(p.conversions, 'Conversion', 'Conversions')} im Wert von ${s.number.amount(p.value, p.currency)} ` +
      `für die Kampagne „${p.campaign}“${attribution}, aber die Verkaufsliste bestätigt ${s.count(p.orders ?? 0)} ${s.plural(p.orders ?? 0, 'Bestellung', 'Bestellungen')} im Wert von ${s.number.amount(p.revenue, p.currency)}` +
      `${times.length ? `: ${times.join(' und ')}` : ''}.`
    );
  },
  ALL_ROWS_EXCLUDED: (p, s) =>
    `Jede Zeile von ${p.file} blieb außen vor (${p.excluded.map(([reason, count]) => `${s.count(count)} ${EXCLUSION_WORDS.de[reason]}`).join(', ')}); die Datei zählt keine Verkäufe.`,
  UNMATCHED_CAMPAIGN_ID: (p) =>
    `Die Kampagnen-ID ${p.campaign} steht in ${FAMILY_NAMES.de(p.families)}, aber in keinem Meta-Werbeexport; ihre Verkäufe lassen sich keinen Werbeausgaben gegenüberstellen.`,
  UNMATCHED_CAMPAIGN: (p) =>
    `Die Kampagne „${p.campaign}“ in ${FAMILY_NAMES.de(p.families)} passt zu keiner Werbekampagne${p.suggestion ? `; meinten Sie „${p.suggestion}“? Dann tragen Sie sie unter "aliases" in smroi.config.json ein` : ''}.`,
  SPEND_WITHOUT_ORDERS: (p) => `Die Kampagne „${p.campaign}“ hat im Zeitraum Geld ausgegeben, aber die Verkaufsliste bestätigt keine Bestellung dafür.`,
  NO_LEDGER: () =>
    'Es wurde keine Verkaufsliste gefunden, daher ist kein Verkauf bestätigt; der ROI lässt sich nicht berechnen. Legen Sie einen Export aus dem Shop oder der Buchhaltung in den Ordner.',
  RANGE_OUTSIDE_PERIOD: (p, s) =>
    `${s.count(p.rows)} ${s.plural(p.rows, 'Zeile', 'Zeilen')} von ${p.file} ${s.plural(p.rows, 'umfasst', 'umfassen')} einen Zeitraum, der über den Berichtszeitraum hinausreicht und sich nicht nach Tagen aufteilen lässt; nicht gezählt.`,
  PARTIAL_COVERAGE: (p, s) => {
    const what = p.family === 'ledger' ? 'Die Verkaufslisten decken' : 'Die Analytics-Exporte decken';
    return `${what} nur einen Teil des Zeitraums ${s.day(p.from)} bis ${s.day(p.to)} ab: ${s.count(p.missing)} ${s.plural(p.missing, 'Tag', 'Tage')} (${s.list(runs(s, p.gaps, 'bis'))}) ${s.plural(p.missing, 'ist', 'sind')} nicht abgedeckt, und die Zahlen dafür sind nicht null, sondern unbekannt.`;
  },
  MARGIN_NOT_CONFIGURED: () =>
    'Der ROI wird auf den Umsatz berechnet, nicht auf den Rohertrag, weil keine Marge eingestellt ist; setzen Sie "margin" in smroi.config.json.',
  TIME_NOT_CONFIGURED: () =>
    'Ihre eigene Zeit zählt als 0; setzen Sie "time" (Stundensatz und Stunden pro Monat) in smroi.config.json, um sie mitzuzählen.',
  CAMPAIGN_SPELLINGS_JOINED: (p) =>
    `Kampagnennamen, die sich nur in der Schreibweise von Umlauten oder nordischen Buchstaben unterscheiden, wurden zusammengeführt: ${p.joins.map(({ into, from }) => `${from.map((name) => `„${name}“`).join(' und ')} in „${into}“`).join('; ')}. Ist einer davon eine andere Kampagne, geben Sie ihr im Export einen anderen Namen, oder tragen Sie die Schreibweise unter "aliases" in smroi.config.json ein, um die Zusammenführung zu bestätigen.`,
  NOT_COVERED: (p, s) => {
    const words = {
      ledger: { files: 'Verkaufslisten', unknown: 'sind Bestellungen, Umsatz, ROI und ROAS unbekannt, nicht null' },
      ads: { files: 'Werbeexporte', unknown: 'sind Werbeausgaben und was Meta meldet unbekannt, nicht null' },
      analytics: { files: 'Analytics-Exporte', unknown: 'sind Sitzungen und was GA4 meldet unbekannt, nicht null' },
      insights: { files: 'Insights-Dateien', unknown: 'sind ihre Aufmerksamkeitszahlen unbekannt, nicht null' },
      posts: { files: 'Beitragsexporte', unknown: 'sind ihre Aufmerksamkeitszahlen unbekannt, nicht null' },
    }[p.family];
    return `Die ${words.files} decken ${s.day(p.first)} bis ${s.day(p.last)} ab, keinen Tag des Zeitraums ${s.day(p.from)} bis ${s.day(p.to)}, daher ${words.unknown}. Legen Sie die Exporte für den Zeitraum dazu.`;
  },
};

const sv: Texts<typeof en> = {
  QUOTE_SPANS_LINES: (p) =>
    `${p.file}: raden som börjar på rad ${p.line} sträcker sig över ${p.lines} rader, fler än en rad i den här exporten${p.title ? ` (${p.title})` : ''} har: ett citattecken som öppnas på den raden stängs först ${p.lines - 1} rader senare, så raderna däremellan kan ha lästs som en cell och inte räknats. Kontrollera citattecknen på rad ${p.line} (ett ensamt " i en cell), rätta dem eller exportera filen igen.`,
  POSTS_EXPORT_ERROR_ROWS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'rad', 'rader')} i den här exporten (${p.title}) innehåller Metas ”An error occurred” i stället för ett inlägg (rad ${p.lines.join(', ')}${p.count > p.lines.length ? ', …' : ''}) och räknas inte; de inläggen saknas i siffrorna. Exportera inläggen igen senare för att få med dem.`,
  MANGLED_ID: {
    postIds: (p, s) =>
      `${s.count(p.count)} inläggs-id kortades till grundpotensform (ett kalkylprogram sparade om filen); de inläggen räknas men kan inte matchas mot andra exporter av samma inlägg. Exportera filen igen och öppna den inte i ett kalkylprogram före granskningen.`,
    campaignIds: () =>
      'Kolumnen ”Campaign ID” har avrundats av ett kalkylprogram (grundpotensform), så id:n ignoreras och kampanjer matchas på namn. Exportera filen igen och öppna och spara den inte i Excel.',
  },
  REFUND_EXCEEDS_TOTAL: {
    order: () => 'En orders återbetalda belopp är större än orderns totalbelopp; återbetalningen begränsas till totalbeloppet.',
    ledgerRow: () => 'En återbetalning som var större än orderns totalbelopp begränsades till totalbeloppet.',
    orderRefunds: () => 'En orders återbetalningar blir sammanlagt mer än dess totalbelopp; återbetalningen begränsas till totalbeloppet.',
    payment: () => 'En betalnings återbetalda belopp är större än betalningen; återbetalningen begränsas till betalningens belopp.',
  },
  TAX_NOT_READ: () => 'Momskolumnen innehåller ett värde som inte är ett belopp (en sats som ”25 %”?); momsen är okänd för sådana rader.',
  MISSING_DAYS: {
    sessions: (p, s) =>
      `${p.file} har inga rader för ${s.count(p.count)} ${s.plural(p.count, 'dag', 'dagar')} mellan ${s.day(p.first)} och ${s.day(p.last)} (${shownDays(s, p.missing, p.count)}); sessioner ${s.plural(p.count, 'den dagen', 'de dagarna')} räknas som inga.`,
    insights: (p, s) =>
      `${p.block ? `Blocket ”${p.block.title}” (rad ${p.block.line}): ` : ''}${s.count(p.count)} ${s.plural(p.count, 'dag saknas', 'dagar saknas')} mellan ${s.day(p.first)} och ${s.day(p.last)} (${shownDays(s, p.missing, p.count)}); filens summor utelämnar ${s.plural(p.count, 'den dagen', 'de dagarna')}. Exportera hela perioden igen.`,
  },
  AMBIGUOUS_PLATFORM: {
    block: (p) =>
      `Blocket ”${p.title}” (rad ${p.line}) anger ingen plattform och filen har fler block av det måttet än Facebook och Instagram; dess siffror räknas inte till någon kanal.`,
    file: (p) =>
      `”${p.title}” finns för både Facebook och Instagram och filnamnet säger inte vilken; siffrorna räknas inte till någon kanal. Skriv ”Facebook” eller ”Instagram” i filnamnet.`,
  },
  AMBIGUOUS_DATE_ORDER: {
    example: (p, s) =>
      `${p.file}: datum i ”${p.header}” som ${p.example} kan ha månaden eller dagen först, och varken datumen eller rapportperioden avgör det; de lästes med månaden först (${s.day(p.readAs)}). Om dagen står först, kör igen med ${p.flag} (eller ange ${p.config} i smroi.config.json), eller exportera en period som innehåller en dag efter den 12:e i en månad.`,
    column: (p) =>
      `${p.file}: varje datum i kolumnen ”${p.column}” kan läsas både som månad/dag och som dag/månad (ingen dag efter den 12:e); de lästes med månaden först (MM/DD/ÅÅÅÅ). Om dagen står först (DD/MM/ÅÅÅÅ), kör igen med ${p.flag} (eller ange ${p.config} i smroi.config.json).`,
    paypalDayFirst: (p) =>
      `Varje datum i kolumnen ”${p.column}” kan läsas både som månad/dag och som dag/månad (ingen dag efter den 12:e); dagen antogs stå först (DD/MM/ÅÅÅÅ), så som spanska och portugisiska PayPal-nedladdningar skriver datum. Om det här PayPal-kontot skriver MM/DD/ÅÅÅÅ, kör igen med ${p.flag} (eller ange ${p.config} i smroi.config.json), eller ladda ner en period som innehåller en dag efter den 12:e, så att filen avgör.`,
    paypalMonthFirst: (p) =>
      `Varje datum i kolumnen ”${p.column}” kan läsas både som månad/dag och som dag/månad (ingen dag efter den 12:e); månaden antogs stå först (MM/DD/ÅÅÅÅ). Om det här PayPal-kontot skriver DD/MM/ÅÅÅÅ, kör igen med ${p.flag} (eller ange ${p.config} i smroi.config.json), eller ladda ner en period som innehåller en dag efter den 12:e, så att filen avgör.`,
  },
  NO_DAILY_BREAKDOWN: {
    universalAnalytics: (p, s) =>
      `${p.file} summerar ${s.day(p.from)} till ${s.day(p.to)} utan uppdelning per dag; lägg till ”Date” som sekundär dimension för att koppla den per dag.`,
    ga4: (p, s) =>
      `${p.file} summerar ${s.day(p.from)} till ${s.day(p.to)} utan uppdelning per dag; lägg till dimensionen Datum för att koppla den per dag.`,
    googleAds: (p, s) =>
      `Den här Google Ads-rapporten summerar ${s.day(p.from)} till ${s.day(p.to)} på en rad per ${{ campaign: 'kampanj', adGroup: 'annonsgrupp', ad: 'annons' }[p.level]}, så den räknas bara i totalerna; segmentera den per dag (Segment > Tid > Dag) för att koppla den till försäljningen per dag.`,
    metaAds: () =>
      'Den här exporten från Metas annonshanterare har en rad per rapportperiod, inte per dag, så den räknas bara i totalerna; exportera med uppdelning per dag (Uppdelning > Efter tid > Dag) för att koppla den till försäljningen per dag.',
  },
  NO_CURRENCY: () =>
    'Den här Google Ads-rapporten har ingen kolumn ”Currency code”, så kostnaden antas vara i rapportens valuta; lägg till kolumnen i rapporten för att vara säker.',
  TABLE_CHOSEN: (p) => {
    const word = { sessions: 'sessioner', conversions: 'nyckelhändelser', revenue: 'total intäkt' };
    const by = (t: GaTable) => `rad ${t.line} (${t.dimensions ? `per ${t.dimensions}` : 'utan uppdelning'})`;
    const parts = p.choices.map(({ metric, table, others }) => `${word[metric]} från tabellen på ${by(table)}, inte ${others.map(by).join(' eller ')}`);
    return `${p.file} innehåller flera tabeller som delar upp samma siffror; varje siffra räknas bara från en tabell: ${parts.join('; ')}.`;
  },
  NO_CHANNEL_BREAKDOWN: (p, s) => {
    const word = { sessions: 'sessioner', conversions: 'nyckelhändelser', revenue: 'total intäkt' };
    return `${p.file} delar bara upp ${s.list(p.metrics.map((metric) => word[metric]))} per ${s.list(p.by.map((name) => `”${name}”`))}, inte per kanal eller kampanj: de räknas i totalerna, under kanalen ”unknown”. Ladda ner rapporten per ”Sessionskälla/medium” eller ”Sessionens primära kanalgrupp” för att fördela dem.`;
  },
  UNKNOWN_TIME_ZONE: {
    noColumn: () => 'PayPal-filen har ingen tidszonskolumn; sådana datum togs som de står, så en betalning nära midnatt kan hamna på dagen intill.',
    unknownZone: (p) => `”${p.zone}” är en tidszon som smroi inte känner till; sådana datum togs som de står, så en betalning nära midnatt kan hamna på dagen intill.`,
    unnamedZone: () => 'En rad anger ingen tidszon som smroi känner till; sådana datum togs som de står, så en betalning nära midnatt kan hamna på dagen intill.',
  },
  AMBIGUOUS_DECIMAL: {
    amounts: (p) =>
      `${p.file}: inget belopp i filen visar vilket tecken som är decimaltecknet (ett belopp som 1.000 kan vara tusen eller ett); beloppen lästes med ${decimalHow.sv(p.assumed)}. ${decimalFix.sv(p)}`,
    example: (p) =>
      `${p.file}: inget tal i filen visar vilket tecken som är decimaltecknet, så ”${p.example}” kan vara tusen eller ett; det lästes som ${plainNumber('sv', p.reading)} (${decimalHow.sv(p.assumed)}). ${decimalFix.sv(p)}`,
  },
  SPEND_UNKNOWN: () =>
    'Den här exporten från Metas annonshanterare har ingen kolumn ”Amount spent” (spenderat belopp): visningar, räckvidd och klick räknas, men vad annonserna kostade är okänt (inte 0), så kostnad, ROI och ROAS utelämnar den. Exportera den igen med ”Amount spent” bland kolumnerna.',
  NO_CAMPAIGN_COLUMN: () =>
    'Den här exporten från Metas annonshanterare har ingen kampanjkolumn: annonskostnaden räknas för kanalen men inte för någon kampanj. Exportera den med ”Campaign name” (kampanjnamn) för att se den per kampanj.',
  DATEV_CHART_ASSUMED: () =>
    'Buchungsstapelns huvud anger ingen kontoplan och inget konto 8000–8999 förekommer, men konton 4000–4999 krediteras mest: de läses som intäktskonton enligt SKR04. Om bokföringen använder SKR03 är detta kostnader; ange kontoplanen (SKR) i exporten.',
  DATEV_ACCOUNT_RULE: (p) =>
    `Ingen bokning i den här Buchungsstapeln har ett intäktskonto (${p.chart}: ${p.chart === 'SKR03' ? '8000–8999' : '4000–4999'}) som Konto eller Gegenkonto, så den bidrar inte med några intäkter. ` +
    'Bara intäktsbokningar räknas; betalningar och kundreskontrabokningar utelämnas så att inga intäkter räknas två gånger.',
  TEST_PAYMENTS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'betalning i testläge räknades', 'betalningar i testläge räknades')} inte (kolumnen ”Mode” = Test); ${s.plural(p.count, 'den är', 'de är')} ingen försäljning.`,
  UNKNOWN_STATUS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'betalning har', 'betalningar har')} en ”Status” som smroi inte känner till (först på rad ${p.line}); räknas som betald.`,
  PAYMENTS_MERGED: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'betalningsrad', 'betalningsrader')} i ${p.paymentFile} hör till ordrar i ${p.shopFile}; räknas som ${p.shopFile} räknar dem (en gång, eller inte alls för avbrutna och väntande ordrar).`,
  OVERLAPPING_EXPORT: {
    days: (p, s) =>
      `${p.file} upprepar data från ${p.keptFile} under ${s.count(p.days)} ${s.plural(p.days, 'dag', 'dagar')}; de dagarna räknas en gång, från ${p.keptFile}.`,
    dailyRows: (p, s) => {
      const what = p.campaigns === null
        ? `dagsrader för ${s.count(p.days.length)} ${s.plural(p.days.length, 'dag', 'dagar')} (${dayList(s, p.days, 'till')})`
        : `dagsrader för ${p.campaigns.map((c) => `”${c.name}” (${dayList(s, c.days, 'till')})`).join('; ')}`;
      return `${p.file} har ${what}, som raderna för hela perioden i ${p.keptFile} redan täcker; de dagarna räknas en gång, från ${p.keptFile}, och dagsraderna lägger bara till dagarna utanför dess period.`;
    },
    orders: (p, s) =>
      p.orders === 1
        ? `${p.file} upprepar ordern i ${p.keptFile} (en kopia eller en tidigare nedladdning); den räknas en gång, så som ${p.keptFile} har den.`
        : `${p.file} upprepar alla ${s.count(p.orders)} ordrar i ${p.keptFile} (en kopia eller en tidigare nedladdning); de räknas en gång, så som ${p.keptFile} har dem.`,
  },
  REPEATED_ORDERS: (p, s) =>
    `${s.count(p.count)} ${s.plural(p.count, 'order finns', 'ordrar finns')} i flera nedladdningar (${p.title}: ${p.files.join(', ')}); ` +
    `${s.plural(p.count, 'den räknas', 'var och en räknas')} en gång, i sitt läge i den senaste nedladdningen som har den: ` +
    p.states.map((state) => `${state.file} (${s.count(state.orders)})`).join(', ') +
    '.',
  INSIGHTS_SERIES_DIFFER: (p, s) =>
    `${p.file} och ${p.otherFile} har samma mått och delar ${s.count(p.shared)} ${s.plural(p.shared, 'dag', 'dagar')}, men med olika siffror på ${s.count(p.differing)} av dem: det är två serier (två sidor eller konton, eller Facebook och Instagram), så båda räknas fullt ut. Om den ena är en äldre nedladdning av den andra, ta bort den.`,
  OVERLAPPING_LEDGERS_DIFFER: (p, s) =>
    `${p.file} och ${p.otherFile} har båda ordrar under ${s.count(p.days)} ${s.plural(p.days, 'dag', 'dagar')} men inte samma ordrar; båda räknas. Om de är exporter från samma butik, ta bort en av dem.`,
  ENGAGEMENTS_FROM_INSIGHTS: (p, s) => {
    const parts = p.platforms.map(
      (x) =>
        `${x.platform} från ${x.insightsFiles.join(', ')}, utan de ${s.count(x.leftOut)} ${s.plural(x.leftOut, 'interaktion', 'interaktioner')} som ${x.postsFiles.join(', ')} räknar för inlägg publicerade ${s.day(x.from)} till ${s.day(x.to)}`,
    );
    return `Inläggsexporter och kontoinsikter räknar samma interaktioner, så interaktionerna räknas en gång, från kontoinsikterna (de täcker varje inlägg): ${parts.join('; ')}.`;
  },
  PREVIOUS_PERIOD_NOT_COMPARED: (p, s) => `Föregående period ${s.day(p.from)} till ${s.day(p.to)} jämförs inte: ${p.problem}`,
  TAX_NOT_STATED: (p) =>
    `Intäktsbasen är netto, men ${p.file} anger ingen moms; dess intäkter räknas som de står (brutto). Lägg till en momskolumn (tax, MwSt, moms) i exporten för att räkna bort momsen.`,
  KPI_NOT_MEASURABLE: (p) =>
    `Planen för ”${p.campaign}” mäter framgång med ”${p.kpi}”, men ingen indatafil anger ”${p.kpi}” per kampanj${p.accountLevelOnly ? ' (insikter på kontonivå är inte uppdelade per kampanj)' : ''}; lägg till en export som gör det, eller välj ett annat nyckeltal.`,
  OVERCLAIM: (p, s) => {
    const times = [
      p.ordersRatio !== null ? `${s.number.ratio(p.ordersRatio)} gånger så många ordrar` : null,
      p.valueRatio !== null ? `${s.number.ratio(p.valueRatio)} gånger så stora intäkter` : null,
    ].filter(Boolean);
    const attribution = p.attribution.length ? ` (attribuering: ${p.attribution.join('; ')})` : '';
    return (
      `${PLATFORM_NAMES[p.platform]} anger ${s.count(p.conversions)} ${s.plural(p.conversions, 'konvertering värd', 'konverteringar värda')} ${s.number.amount(p.value, p.currency)} ` +
      `för kampanjen ”${p.campaign}”${attribution}, men försäljningslistan bekräftar ${s.count(p.orders ?? 0)} ${s.plural(p.orders ?? 0, 'order värd', 'ordrar värda')} ${s.number.amount(p.revenue, p.currency)}` +
      `${times.length ? `: ${times.join(' och ')}` : ''}.`
    );
  },
  ALL_ROWS_EXCLUDED: (p, s) =>
    `Varje rad i ${p.file} utelämnades (${p.excluded.map(([reason, count]) => `${s.count(count)} ${EXCLUSION_WORDS.sv[reason]}`).join(', ')}); filen räknar ingen försäljning.`,
  UNMATCHED_CAMPAIGN_ID: (p) =>
    `Kampanj-id ${p.campaign} finns i ${FAMILY_NAMES.sv(p.families)} men i ingen annonsexport från Meta; dess försäljning kan inte ställas mot någon annonskostnad.`,
  UNMATCHED_CAMPAIGN: (p) =>
    `Kampanjen ”${p.campaign}” i ${FAMILY_NAMES.sv(p.families)} matchar ingen annonskampanj${p.suggestion ? `; menade du ”${p.suggestion}”? Lägg i så fall till den under "aliases" i smroi.config.json` : ''}.`,
  SPEND_WITHOUT_ORDERS: (p) => `Kampanjen ”${p.campaign}” kostade pengar under perioden men försäljningslistan bekräftar ingen order för den.`,
  NO_LEDGER: () =>
    'Ingen försäljningslista hittades, så ingen försäljning är bekräftad; ROI kan inte beräknas. Lägg en export från butiken eller bokföringen i mappen.',
  RANGE_OUTSIDE_PERIOD: (p, s) =>
    `${s.count(p.rows)} ${s.plural(p.rows, 'rad', 'rader')} i ${p.file} täcker ett datumintervall som sträcker sig utanför rapportperioden och inte kan delas upp per dag; utelämnade.`,
  PARTIAL_COVERAGE: (p, s) => {
    const what = p.family === 'ledger' ? 'Försäljningslistorna' : 'Analysexporterna';
    return `${what} täcker bara en del av perioden ${s.day(p.from)} till ${s.day(p.to)}: ${s.count(p.missing)} ${s.plural(p.missing, 'dag', 'dagar')} (${s.list(runs(s, p.gaps, 'till'))}) täcks inte, och siffrorna för ${s.plural(p.missing, 'den', 'dem')} är inte noll utan okända.`;
  },
  MARGIN_NOT_CONFIGURED: () =>
    'ROI beräknas på intäkter, inte på bruttovinst, eftersom ingen marginal är inställd; ange "margin" i smroi.config.json.',
  TIME_NOT_CONFIGURED: () =>
    'Din egen tid räknas som 0; ange "time" (timpris och timmar per månad) i smroi.config.json för att räkna med den.',
  CAMPAIGN_SPELLINGS_JOINED: (p) =>
    `Kampanjnamn som bara skiljer sig i hur omljud eller nordiska bokstäver skrivs slogs ihop: ${p.joins.map(({ into, from }) => `${from.map((name) => `”${name}”`).join(' och ')} till ”${into}”`).join('; ')}. Om ett av dem är en annan kampanj, ge den ett annat namn i exporten, eller lägg stavningen under "aliases" i smroi.config.json för att bekräfta sammanslagningen.`,
  NOT_COVERED: (p, s) => {
    const words = {
      ledger: { files: 'Försäljningslistorna', unknown: 'ordrar, intäkter, ROI och ROAS okända, inte noll' },
      ads: { files: 'Annonsexporterna', unknown: 'annonskostnad och vad Meta anger okända, inte noll' },
      analytics: { files: 'Analysexporterna', unknown: 'sessioner och vad GA4 anger okända, inte noll' },
      insights: { files: 'Insiktsfilerna', unknown: 'deras uppmärksamhetssiffror okända, inte noll' },
      posts: { files: 'Inläggsexporterna', unknown: 'deras uppmärksamhetssiffror okända, inte noll' },
    }[p.family];
    return `${words.files} täcker ${s.day(p.first)} till ${s.day(p.last)}, ingen dag av perioden ${s.day(p.from)} till ${s.day(p.to)}, så är ${words.unknown}. Lägg till exporterna för perioden.`;
  },
};

/** A number as read from a cell, without grouping (a grouped `1.000` is the very doubt the warning names). */
function plainNumber(language: Language, value: number): string {
  return value.toLocaleString(language === 'de' ? 'de-DE' : 'sv-SE', { useGrouping: false, maximumFractionDigits: 20 }).replace('-', '\u2212');
}

export const WARNING_TEXTS = defineTexts<Texts<typeof en>>({ en, de, sv });

/** A warning as a finding makes it: its text (code, variant, params) and where it points. */
export type Finding = WarningText & { file?: string; line?: number; campaign?: string; details?: Record<string, unknown> };

/** A warning of the report: its text in `language`; code, file, line, campaign and details as they were, in their order. */
export function warningOf(finding: Finding, language: Language): Warning {
  const { code, variant, params, ...rest } = finding as Finding & { variant?: string; params?: unknown };
  return { code, message: sayMessage(WARNING_TEXTS[language], { code, variant, params }, language), ...rest };
}
