// The explanation as text: one line per order, per file and day, per cost; the totals last.
import { INTL_LOCALE, type Language } from '../i18n/language.js';
import { numberStyle, type NumberStyle } from '../i18n/numbers.js';
import type { Metrics } from '../report.js';
import { escapeControls } from '../safe-text.js';
import { ACTIVITY_METRICS, type CostLine, type Explanation, type JoinStep, type Why } from './build.js';
import { EXPLAIN_TEXTS, type ExplainTexts } from './texts.js';

export function renderExplanation(explanation: Explanation, language: Language): string {
  const t = EXPLAIN_TEXTS[language];
  const n = numberStyle(language);
  const out: string[] = [];
  const day = (iso: string) => n.day(iso);
  // An exchange rate as configured (up to six decimals), in the language's digits.
  const rates = new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 6, useGrouping: false });
  const rateText = (rate: number) => (language === 'en' ? String(rate) : rates.format(rate));
  const campaignView = 'campaign' in explanation.subject;
  out.push('campaign' in explanation.subject ? t.campaignTitle(explanation.subject.campaign) : t.channelTitle(t.channel[explanation.subject.channel]));
  if (explanation.names?.length) out.push(t.names(explanation.names));
  out.push(t.period(day(explanation.period.from), day(explanation.period.to), explanation.currency));

  out.push('', t.orders(explanation.orders.length));
  if (explanation.orders.length === 0) out.push(`  ${t.noOrders}`);
  for (const order of explanation.orders) {
    const parts = [`${order.file}:${order.line}`, order.ref || '–', day(order.date)];
    const currency = order.currency ? ` ${order.currency}` : '';
    if (order.orders) parts.push(`${n.count(order.orders)} ${t.orderCount}`);
    else parts.push(t.lineItem);
    if (order.revenue) parts.push(`${t.revenue} ${n.money(order.revenue)}${currency}`);
    if (order.refunds) parts.push(`${t.refund} ${n.money(order.refunds)}${currency}`);
    if (order.rate !== undefined) parts.push(t.rate(rateText(order.rate), order.currency));
    if (order.awaitingPayment) parts.push(t.awaiting);
    out.push(`  ${parts.join('  ')}  ← ${why(order.why, campaignView, t)}`);
  }

  if (explanation.leftOut.length) {
    out.push('', t.leftOut(explanation.leftOut.length));
    for (const item of explanation.leftOut) {
      const reason = item.reason === 'repeatedDownload' ? t.repeatedDownload(item.keptBy) : t.exclusion[item.reason];
      const revenue = item.revenue ? `  ${t.revenue} ${n.money(item.revenue)}${item.currency ? ` ${item.currency}` : ''}` : '';
      out.push(`  ${item.file}:${item.line}  ${item.ref || '–'}  ${item.date ? day(item.date) : '–'}${revenue}  ✗ ${reason}  ← ${why(item.why, campaignView, t)}`);
    }
  }
  if (explanation.statusExclusions.length) {
    out.push('', t.statusExclusions);
    for (const item of explanation.statusExclusions) {
      out.push(`  ${item.file}: ${n.count(item.orders)} ${t.exclusion[item.reason]}`);
      for (const row of item.rows) out.push(`    ${item.file}:${row.line || '–'}  ${row.ref || '–'}  ${row.date ? day(row.date) : '–'}`);
    }
  }

  if (explanation.spellingsJoined.length) {
    out.push('', t.spellings);
    for (const step of explanation.spellingsJoined) out.push(`  ${join(step, t)}`);
  }

  out.push('', t.activity(explanation.activity.length));
  if (explanation.activity.length === 0) out.push(`  ${t.noActivity}`);
  for (const line of explanation.activity) {
    const where = `${line.file}${line.lines.length ? `:${compactLines(line.lines)}` : ''}`;
    const when = line.dateTo ? `${day(line.date)}–${day(line.dateTo)}` : day(line.date);
    const figures = metricTexts(line.metrics, line.currency, t, n);
    const label = campaignView ? t.channel[line.channel] : line.campaign || '–';
    const rate = line.rate !== undefined ? `  ${t.rate(rateText(line.rate), line.currency)}` : '';
    out.push(`  ${where}  ${when}  ${label}  ${figures.join(', ')}${rate}`);
  }

  if (explanation.overlaps.length) {
    out.push('', t.overlaps(explanation.overlaps.length));
    for (const line of explanation.overlaps) {
      const where = `${line.file}${line.lines.length ? `:${compactLines(line.lines)}` : ''}`;
      const when = line.dateTo ? `${day(line.date)}–${day(line.dateTo)}` : day(line.date);
      const figures = [
        ...(line.orders ? [`${t.metric.orders} ${n.count(line.orders)}`] : []),
        ...(line.revenue ? [`${t.metric.revenue} ${n.money(line.revenue)}`] : []),
        ...metricTexts(line.metrics, '', t, n),
      ];
      out.push(`  ${where}  ${when}  ${figures.join(', ')}`);
    }
  }

  out.push('', t.costs);
  if (explanation.costs.length === 0) out.push(`  ${t.noCosts}`);
  for (const cost of explanation.costs) out.push(`  ${costText(cost, t, n.money, n.count)}`);

  out.push('', t.totals(campaignView ? 'campaign' : 'channel'));
  out.push(...totals(explanation.totals, t, n.money, n.count).map((line) => `  ${line}`));
  return `${out.map(escapeControls).join('\n')}\n`;
}

function metricTexts(metrics: Explanation['activity'][number]['metrics'], currency: string, t: ExplainTexts, n: NumberStyle): string[] {
  return ACTIVITY_METRICS.filter((name) => metrics[name] !== undefined).map((name) => {
    const value = metrics[name]!;
    const money = name === 'adSpend' || name.endsWith('Value');
    return `${t.metric[name]} ${money ? n.money(value) : n.count(value)}${money && currency ? ` ${currency}` : ''}`;
  });
}

function why(reason: Why, campaignView: boolean, t: ExplainTexts): string {
  const campaign =
    reason.campaign.via === 'campaign'
      ? t.viaCampaign(reason.campaign.text)
      : reason.campaign.via === 'coupon'
        ? t.viaCoupon(reason.campaign.code)
        : reason.campaign.via === 'campaignId'
          ? t.viaCampaignId(reason.campaign.id)
          : t.viaNone;
  const channel =
    reason.channel.via === 'stated'
      ? t.channelStated(t.channel[reason.channel.channel])
      : reason.channel.via === 'source'
        ? t.channelSource(reason.channel.text, t.channel[reason.channel.channel])
        : reason.channel.via === 'campaignChannel'
          ? t.channelOfCampaign(t.channel[reason.channel.channel], reason.channel.configured)
          : t.channelNone;
  const joins = reason.joins.map((step) => join(step, t));
  const first = campaignView ? [campaign, ...joins, channel] : [channel, campaign, ...joins];
  return first.join('; ');
}

function join(step: JoinStep, t: ExplainTexts): string {
  if (step.step === 'campaignId') return t.joinCampaignId(step.from, step.to);
  if (step.step === 'alias') return t.joinAlias(step.from, step.to);
  return t.joinFolded(step.from, step.to);
}

function costText(cost: CostLine, t: ExplainTexts, money: (v: number) => string, count: (v: number) => string): string {
  const months = (value: number) => t.months(Number.isInteger(value) ? count(value) : money(value), value);
  if (cost.kind === 'time') return t.timeCost(t.channel[cost.channel], count(cost.hoursPerMonth), money(cost.hourlyRate), months(cost.months), money(cost.amount));
  if (cost.per === 'month') return t.monthlyCost(cost.name, money(cost.amount / (cost.months || 1)), months(cost.months!), money(cost.amount));
  return t.onceCost(cost.name, cost.date!, money(cost.amount));
}

function totals(metrics: Metrics, t: ExplainTexts, money: (v: number) => string, count: (v: number) => string): string[] {
  const lines: string[] = [];
  const c = metrics.confirmed;
  const sales: string[] = [];
  if (c.orders !== null) sales.push(`${t.metric.orders} ${count(c.orders)}`);
  if (c.revenue !== null) sales.push(`${t.metric.revenue} ${money(c.revenue)}`);
  if (c.refunds !== null) sales.push(`${t.metric.refunds} ${money(c.refunds)}`);
  if (c.awaitingPayment) sales.push(`${t.metric.awaitingPayment} ${count(c.awaitingPayment.orders)} (${money(c.awaitingPayment.revenue)})`);
  if (sales.length) lines.push(sales.join(', '));
  const cost = metrics.cost;
  lines.push(
    [cost.adSpend !== null ? `${t.metric.adSpend} ${money(cost.adSpend)}` : null, `${t.metric.time} ${money(cost.time)}`, `${t.metric.other} ${money(cost.other)}`, `${t.metric.costTotal} ${money(cost.total)}`]
      .filter((part) => part !== null)
      .join(', '),
  );
  const v = metrics.vanity;
  const attention = (['impressions', 'reach', 'likes', 'follows', 'engagements', 'profileVisits', 'linkClicks', 'sessions'] as const)
    .filter((name) => v[name] !== null)
    .map((name) => `${t.metric[name]} ${count(v[name]!)}`);
  if (attention.length) lines.push(attention.join(', '));
  const claims: string[] = [];
  const claimed = metrics.claimed;
  for (const [conversions, value, platform] of [
    [t.metric.metaConversions, t.metric.metaValue, claimed.meta],
    [t.metric.ga4Conversions, t.metric.ga4Value, claimed.ga4],
    [t.metric.googleConversions, t.metric.googleValue, claimed.google],
  ] as const) {
    if (platform.conversions !== null) claims.push(`${conversions} ${count(platform.conversions)}`);
    if (platform.value !== null) claims.push(`${value} ${money(platform.value)}`);
  }
  if (claims.length) lines.push(claims.join(', '));
  return lines;
}

/** 4, 5, 6, 9 as `4-6, 9`. */
function compactLines(lines: readonly number[]): string {
  const parts: string[] = [];
  let start = lines[0]!;
  let previous = start;
  for (const line of [...lines.slice(1), NaN]) {
    if (line === previous + 1) {
      previous = line;
      continue;
    }
    parts.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = previous = line;
  }
  return parts.join(',');
}
