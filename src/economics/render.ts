// The owner's economics in the terminal report: profit and break-even, claimed versus confirmed,
// the plan, make or buy, exchange rates. Computes nothing: every figure is in the report already.
import type { ChalkInstance } from 'chalk';
import type { Metrics, Report } from '../report.js';
import type { PlanCheck } from './types.js';
import { formatCount, formatMoney, formatPercent, formatRatio, orDash } from '../render/format.js';
import { table, truncate, wrap } from '../render/grid.js';

const { money, count, ratio } = orDash;
const percent = formatPercent;
const percentOrDash = orDash.percent;


/** Lines to print after the Campaigns table; empty when the report carries no economics. */
export function renderEconomics(report: Report, style: ChalkInstance): string[] {
  const economics = report.economics;
  if (!economics) return [];
  const out: string[] = [];

  // Profit: revenue on the basis, gross profit, what is left, ROI, ROAS beside break-even ROAS.
  const basisText = economics.revenueBasis === 'net' ? 'revenue without the VAT your ledgers state' : 'revenue as your ledgers state it (gross)';
  out.push('');
  out.push(style.bold(`Profit: ${basisText}, margin ${percent(economics.margin)}`));
  const rows: { label: string; metrics: Metrics }[] = [
    { label: 'All sales', metrics: report.totals },
    ...report.channels.map((row) => ({ label: row.channel, metrics: row as Metrics })),
    ...report.campaigns.map((row) => ({ label: truncate(row.campaign, 22), metrics: row as Metrics })),
  ];
  out.push(
    table(
      ['', 'Revenue', 'VAT', 'Gross pr.', 'Left', 'ROI', 'ROAS', 'BE ROAS'],
      rows
        .filter(({ metrics }) => metrics.profit)
        .map(({ label, metrics }) => {
          const p = metrics.profit!;
          return [
            label,
            money(p.revenue),
            money(p.tax),
            money(p.grossProfit),
            colour(style, money(p.afterCost), p.afterCost),
            colour(style, percentOrDash(p.roi), p.roi),
            ratio(p.roas),
            ratio(p.breakEvenRoas),
          ];
        }),
    ),
  );
  out.push(
    wrap(
      `Gross pr.: revenue × margin. Left: gross profit minus every cost (Cost above). BE ROAS: break-even ROAS = 1 ÷ margin = ${ratio(economics.breakEvenRoas)}; a lower ROAS does not pay back the ad spend out of gross profit.` +
        (economics.marginConfigured ? '' : ' No margin is configured, so the margin is taken as 100 %.') +
        (economics.revenueBasis === 'net' && economics.taxNotStatedIn.length ? ` Without tax stated (counted gross): ${economics.taxNotStatedIn.join(', ')}.` : ''),
    ),
  );

  // Claimed versus confirmed, per campaign.
  const claimed = report.campaigns.filter((row) => row.overclaim && (row.claimed.meta.conversions !== null || row.claimed.ga4.conversions !== null));
  if (claimed.length) {
    out.push('');
    out.push(style.bold('Claimed by the platforms versus confirmed by your ledger'));
    out.push(
      table(
        ['Campaign', 'Orders', 'Revenue', 'Meta claims', 'Meta ×', 'GA4 claims', 'GA4 ×'],
        claimed.map((row) => [
          truncate(row.campaign, 24),
          count(row.confirmed.orders),
          money(row.confirmed.revenue),
          claim(row.claimed.meta.conversions, row.claimed.meta.value),
          flagged(style, times(row.overclaim!.meta.ordersRatio, row.overclaim!.meta.valueRatio), row.overclaim!.meta.overclaim),
          claim(row.claimed.ga4.conversions, row.claimed.ga4.value),
          flagged(style, times(row.overclaim!.ga4.ordersRatio, row.overclaim!.ga4.valueRatio), row.overclaim!.ga4.overclaim),
        ]),
      ),
    );
    const settings = claimed.filter((row) => row.overclaim!.meta.attribution?.length);
    for (const row of settings) out.push(wrap(`Meta attribution for ${row.campaign}: ${row.overclaim!.meta.attribution!.join('; ')}.`));
    out.push(wrap('×: claimed ÷ confirmed, orders / revenue; over 1.50 (or claims where the ledger confirms nothing) is marked "!".'));
  }

  // The plan.
  const plan = report.plan;
  if (plan && (plan.campaigns.length || plan.unplanned.length)) {
    out.push('');
    out.push(style.bold('The plan: targets and budgets against the results'));
    const withKpi = plan.campaigns.filter((check) => check.kpi !== null || check.target !== null);
    if (withKpi.length) {
      out.push(
        table(
          ['Campaign', 'Owner', 'KPI', 'Target', 'Actual', 'Reached'],
          withKpi.map((check) => [
            truncate(check.campaign, 24),
            truncate(check.owner ?? '–', 12),
            check.kpi === null ? '–' : `${check.kpi}${check.vanityKpi ? '*' : ''}`,
            kpiValue(check, check.target),
            check.measurable === false ? 'n/a' : kpiValue(check, check.actual),
            reachedText(style, check),
          ]),
        ),
      );
    }
    const withBudget = plan.campaigns.filter((check) => check.budget !== null);
    if (withBudget.length) {
      out.push(
        table(
          ['Campaign', 'Budget', 'Ad spend', 'Used', 'Difference'],
          withBudget.map((check) => [
            truncate(check.campaign, 24),
            money(check.budget),
            money(check.adSpend),
            percentOrDash(check.budgetUsed),
            budgetText(style, check),
          ]),
        ),
      );
    }
    if (plan.campaigns.length) {
      for (const check of plan.campaigns) {
        const parts = [check.goal && `goal ${check.goal}`, check.audience && `audience ${check.audience}`].filter(Boolean);
        if (parts.length) out.push(wrap(`${check.campaign}: ${parts.join('; ')}.`));
      }
      if (plan.campaigns.some((check) => check.vanityKpi)) out.push(wrap('* a vanity KPI: attention, not sales; reaching it says nothing about money.'));
      const unmeasurable = plan.campaigns.filter((check) => check.measurable === false);
      if (unmeasurable.length) out.push(wrap(`No input file measures: ${unmeasurable.map((check) => `${check.campaign} (${check.kpi})`).join(', ')}.`));
    }
    if (plan.unplanned.length) {
      out.push(wrap(`Spent without a plan: ${plan.unplanned.map((row) => `${row.campaign} (${money(row.adSpend)} ${report.currency})`).join(', ')}. Add a goal, KPI, target and budget under "campaigns".`));
    }
  }

  // Make or buy.
  const mob = report.makeOrBuy;
  if (mob) {
    out.push('');
    out.push(style.bold(`Make or buy: your time against ${mob.name}`));
    if (mob.ownTime === null) {
      out.push(wrap(`${mob.name} would cost ${money(mob.outsourcing)} ${report.currency} in the period (${money(mob.amountPerMonth)} a month); your own time is not configured, so there is nothing to compare. Set "time" in smroi.config.json.`));
    } else {
      out.push(
        wrap(
          `Your time: ${formatNumber(mob.hours!)} h in the period (${formatNumber(mob.hoursPerMonth!)} h a month) × ${money(mob.hourlyRate)} = ${money(mob.ownTime)} ${report.currency}. ` +
            `${mob.name}: ${money(mob.amountPerMonth)} a month = ${money(mob.outsourcing)} ${report.currency} in the period.`,
        ),
      );
      const verdict =
        mob.cheaper === 'equal'
          ? 'Both cost the same.'
          : mob.cheaper === 'outsourcing'
            ? `Outsourcing is cheaper by ${money(mob.difference)} ${report.currency}.`
            : `Doing it yourself is cheaper by ${money(mob.difference)} ${report.currency}.`;
      const breakEven = mob.breakEvenHourlyRate === null ? '' : ` Outsourcing pays once your hour is worth more than ${money(mob.breakEvenHourlyRate)} ${report.currency}.`;
      out.push(wrap(`${verdict}${breakEven}`));
    }
  }

  // Exchange rates.
  if (report.exchangeRates?.length) {
    out.push('');
    out.push(style.bold('Exchange rates used'));
    for (const rate of report.exchangeRates) {
      out.push(`1 ${rate.currency} = ${rate.rate} ${rate.into}${rate.from ? ` from ${rate.from}` : ''}`);
    }
  }
  return out;
}

function kpiValue(check: PlanCheck, value: number | null): string {
  if (value === null) return '–';
  if (check.kpi === 'roi') return formatPercent(value);
  if (check.kpi === 'roas') return formatRatio(value);
  if (check.kpi === 'revenue' || check.kpi === 'costPerOrder') return money(value);
  return formatNumber(value);
}

function reachedText(style: ChalkInstance, check: PlanCheck): string {
  if (check.reached === null) return '–';
  return check.reached ? style.green('yes') : style.red('no');
}

function budgetText(style: ChalkInstance, check: PlanCheck): string {
  if (check.budgetStatus === null) return '–';
  if (check.budgetStatus === 'on') return 'on budget';
  const amount = money(Math.abs(check.budgetDifference!));
  return check.budgetStatus === 'over' ? style.red(`${amount} over`) : `${amount} under`;
}

function claim(conversions: number | null, value: number | null): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : formatNumber(conversions)}/${money(value)}`;
}

function times(orders: number | null, value: number | null): string {
  if (orders === null && value === null) return '–';
  return `${ratio(orders)}/${ratio(value)}`;
}

function flagged(style: ChalkInstance, text: string, flag: boolean): string {
  return flag ? style.red(`${text} !`) : text;
}

function colour(style: ChalkInstance, text: string, value: number | null): string {
  if (value === null) return text;
  return value >= 0 ? style.green(text) : style.red(text);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatMoney(value);
}
