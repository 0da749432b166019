// The owner's economics as report sections (render/sections.ts): profit and break-even, claimed
// versus confirmed, the plan, make or buy, exchange rates. Computes nothing: every figure is in the
// report already. The terminal and the Markdown report both write these sections.
import type { Metrics, Report } from '../report.js';
import type { PlanCheck } from './types.js';
import type { Block, CellValue, Section } from '../render/document.js';
import { formatCount, formatMoney, formatPercent, formatRatio, orDash } from '../render/format.js';
import { toned } from '../render/rows.js';

const { money, count, ratio } = orDash;
const percent = formatPercent;
const percentOrDash = orDash.percent;

/** The sections after the Campaigns table; none when the report carries no economics. */
export function economicsSections(report: Report): Section[] {
  const economics = report.economics;
  if (!economics) return [];
  const sections: Section[] = [];

  // Profit: revenue on the basis, gross profit, what is left after every cost, ROI, ROAS beside break-even ROAS.
  const basisText = economics.revenueBasis === 'net' ? 'revenue without the VAT your ledgers state' : 'revenue as your ledgers state it (gross)';
  const rows: { label: string; metrics: Metrics }[] = [
    { label: 'All sales', metrics: report.totals },
    ...report.channels.map((row) => ({ label: row.channel, metrics: row as Metrics })),
    ...report.campaigns.map((row) => ({ label: row.campaign, metrics: row as Metrics })),
  ];
  sections.push({
    title: `Profit: ${basisText}, margin ${percent(economics.margin)}`,
    blocks: [
      {
        kind: 'table',
        columns: [
          { head: '' },
          { head: 'Revenue' },
          { head: 'VAT' },
          { head: 'Gross profit' },
          { head: 'Profit after costs' },
          { head: 'ROI' },
          { head: 'ROAS' },
          { head: 'Break-even ROAS' },
        ],
        rows: rows
          .filter(({ metrics }) => metrics.profit)
          .map(({ label, metrics }) => {
            const p = metrics.profit!;
            return [label, money(p.revenue), money(p.tax), money(p.grossProfit), toned(money(p.afterCost), p.afterCost), toned(percentOrDash(p.roi), p.roi), ratio(p.roas), ratio(p.breakEvenRoas)];
          }),
      },
      {
        kind: 'text',
        text:
          `Break-even ROAS here: 1 ÷ ${percent(economics.margin)} = ${ratio(economics.breakEvenRoas)}.` +
          (economics.marginConfigured ? '' : ' No margin is configured, so the margin is taken as 100 %.') +
          (economics.revenueBasis === 'net' && economics.taxNotStatedIn.length ? ` Without tax stated (counted gross): ${economics.taxNotStatedIn.join(', ')}.` : ''),
      },
    ],
  });

  // Claimed versus confirmed, per campaign.
  const claimed = claimedRows(report);
  if (claimed.length) {
    // Google Ads' columns only when a Google Ads report was read.
    const google = claimed.some((row) => row.overclaim!.google !== undefined);
    sections.push({
      title: 'Claimed by the platforms versus confirmed by your ledger',
      blocks: [
        {
          kind: 'table',
          columns: [
            { head: 'Campaign' },
            { head: 'Orders' },
            { head: 'Revenue' },
            { head: 'Meta claims', group: 'meta' },
            { head: 'Meta ratio', group: 'meta' },
            { head: 'GA4 claims', group: 'ga4' },
            { head: 'GA4 ratio', group: 'ga4' },
            ...(google ? [{ head: 'Google claims', group: 'google' }, { head: 'Google ratio', group: 'google' }] : []),
          ],
          rows: claimed.map((row) => [
            row.campaign,
            count(row.confirmed.orders),
            money(row.confirmed.revenue),
            claim(row.claimed.meta.conversions, row.claimed.meta.value),
            flagged(times(row.overclaim!.meta.ordersRatio, row.overclaim!.meta.valueRatio), row.overclaim!.meta.overclaim),
            claim(row.claimed.ga4.conversions, row.claimed.ga4.value),
            flagged(times(row.overclaim!.ga4.ordersRatio, row.overclaim!.ga4.valueRatio), row.overclaim!.ga4.overclaim),
            ...(google
              ? [
                  claim(row.claimed.google.conversions, row.claimed.google.value),
                  row.overclaim!.google ? flagged(times(row.overclaim!.google.ordersRatio, row.overclaim!.google.valueRatio), row.overclaim!.google.overclaim) : '–',
                ]
              : []),
          ]),
        },
        ...claimed
          .filter((row) => row.overclaim!.meta.attribution?.length)
          .map((row): Block => ({ kind: 'text', text: `Meta attribution for ${row.campaign}: ${row.overclaim!.meta.attribution!.join('; ')}.` })),
      ],
    });
  }

  // The plan.
  const plan = report.plan;
  if (plan && (plan.campaigns.length || plan.unplanned.length)) {
    const blocks: Block[] = [];
    const withKpi = plan.campaigns.filter((check) => check.kpi !== null || check.target !== null);
    if (withKpi.length) {
      blocks.push({
        kind: 'table',
        columns: [{ head: 'Campaign' }, { head: 'Owner', align: 'left' }, { head: 'KPI', align: 'left' }, { head: 'Target' }, { head: 'Actual' }, { head: 'Reached', align: 'left' }],
        rows: withKpi.map((check) => [
          check.campaign,
          check.owner ?? '–',
          check.kpi === null ? '–' : `${check.kpi}${check.vanityKpi ? '*' : ''}`,
          kpiValue(check, check.target),
          check.measurable === false ? '–' : kpiValue(check, check.actual),
          reachedText(check),
        ]),
      });
    }
    const withBudget = plan.campaigns.filter((check) => check.budget !== null);
    if (withBudget.length) {
      blocks.push({
        kind: 'table',
        columns: [{ head: 'Campaign' }, { head: 'Budget' }, { head: 'Ad spend' }, { head: 'Budget used' }, { head: 'Difference' }],
        rows: withBudget.map((check) => [check.campaign, money(check.budget), money(check.adSpend), percentOrDash(check.budgetUsed), budgetText(check)]),
      });
    }
    for (const check of plan.campaigns) {
      const parts = [check.goal && `goal ${check.goal}`, check.audience && `audience ${check.audience}`].filter(Boolean);
      if (parts.length) blocks.push({ kind: 'text', text: `${check.campaign}: ${parts.join('; ')}.` });
    }
    if (plan.campaigns.some((check) => check.vanityKpi)) blocks.push({ kind: 'text', text: '* a vanity KPI: attention, not sales; reaching it says nothing about money.' });
    const unmeasurable = plan.campaigns.filter((check) => check.measurable === false);
    if (unmeasurable.length) blocks.push({ kind: 'text', text: `No input file measures: ${unmeasurable.map((check) => `${check.campaign} (${check.kpi})`).join(', ')}.` });
    if (plan.unplanned.length) {
      blocks.push({
        kind: 'text',
        text: `Spent without a plan: ${plan.unplanned.map((row) => `${row.campaign} (${money(row.adSpend)} ${report.currency})`).join(', ')}. Add a goal, KPI, target and budget under "campaigns".`,
      });
    }
    sections.push({ title: 'The plan: targets and budgets against the results', blocks });
  }

  // Make or buy.
  const mob = report.makeOrBuy;
  if (mob) {
    const blocks: Block[] = [];
    if (mob.ownTime === null) {
      blocks.push({
        kind: 'text',
        text: `${mob.name} would cost ${money(mob.outsourcing)} ${report.currency} in the period (${money(mob.amountPerMonth)} a month); your own time is not configured, so there is nothing to compare. Set "time" in smroi.config.json.`,
      });
    } else {
      blocks.push({
        kind: 'text',
        text:
          `Your time: ${formatNumber(mob.hours!)} hours in the period (${formatNumber(mob.hoursPerMonth!)} hours a month) × ${money(mob.hourlyRate)} = ${money(mob.ownTime)} ${report.currency}. ` +
          `${mob.name}: ${money(mob.amountPerMonth)} a month = ${money(mob.outsourcing)} ${report.currency} in the period.`,
      });
      const verdict =
        mob.cheaper === 'equal'
          ? 'Both cost the same.'
          : mob.cheaper === 'outsourcing'
            ? `Outsourcing is cheaper by ${money(mob.difference)} ${report.currency}.`
            : `Doing it yourself is cheaper by ${money(mob.difference)} ${report.currency}.`;
      const breakEven = mob.breakEvenHourlyRate === null ? '' : ` Outsourcing pays once your hour is worth more than ${money(mob.breakEvenHourlyRate)} ${report.currency}.`;
      blocks.push({ kind: 'text', text: `${verdict}${breakEven}` });
    }
    sections.push({ title: `Make or buy: your time against ${mob.name}`, blocks });
  }

  // Exchange rates.
  if (report.exchangeRates?.length) {
    sections.push({
      title: 'Exchange rates used',
      blocks: [{ kind: 'list', items: report.exchangeRates.map((rate) => ({ text: `1 ${rate.currency} = ${rate.rate} ${rate.into}${rate.from ? ` from ${rate.from}` : ''}` })) }],
    });
  }
  return sections;
}

/** The terms the economics sections use, for the report's "Terms". */
export function economicsTerms(report: Report): { term: string; meaning: string }[] {
  if (!report.economics) return [];
  const items = [
    { term: 'VAT', meaning: 'value-added tax, as your ledgers state it.' },
    { term: 'Gross profit', meaning: 'revenue × margin.' },
    { term: 'Profit after costs', meaning: 'gross profit minus every cost (Cost in the money table).' },
    { term: 'Break-even ROAS', meaning: 'the ROAS at which gross profit pays back the ad spend: 1 ÷ margin; a lower ROAS does not.' },
  ];
  if (claimedRows(report).length) {
    items.push({ term: 'Meta ratio, GA4 ratio', meaning: 'claimed ÷ confirmed, orders/revenue; over 1.50 (or claims where the ledger confirms nothing) is marked "!".' });
  }
  const plan = report.plan;
  if (plan?.campaigns.some((check) => check.kpi !== null || check.target !== null)) {
    items.push({ term: 'KPI', meaning: 'key performance indicator: the figure the target of a campaign is set in.' });
  }
  if (plan?.campaigns.some((check) => check.budget !== null)) items.push({ term: 'Budget used', meaning: 'ad spend ÷ budget.' });
  return items;
}

function claimedRows(report: Report) {
  return report.campaigns.filter((row) => row.overclaim && (row.claimed.meta.conversions !== null || row.claimed.ga4.conversions !== null || (row.claimed.google?.conversions ?? null) !== null));
}

function kpiValue(check: PlanCheck, value: number | null): string {
  if (value === null) return '–';
  if (check.kpi === 'roi') return formatPercent(value);
  if (check.kpi === 'roas') return formatRatio(value);
  if (check.kpi === 'revenue' || check.kpi === 'costPerOrder') return money(value);
  return formatNumber(value);
}

function reachedText(check: PlanCheck): CellValue {
  if (check.reached === null) return '–';
  return check.reached ? { text: 'yes', tone: 'good' } : { text: 'no', tone: 'bad' };
}

function budgetText(check: PlanCheck): CellValue {
  if (check.budgetStatus === null) return '–';
  if (check.budgetStatus === 'on') return 'on budget';
  const amount = money(Math.abs(check.budgetDifference!));
  return check.budgetStatus === 'over' ? { text: `${amount} over`, tone: 'bad' } : `${amount} under`;
}

function claim(conversions: number | null, value: number | null): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : formatNumber(conversions)}/${money(value)}`;
}

function times(orders: number | null, value: number | null): string {
  if (orders === null && value === null) return '–';
  return `${ratio(orders)}/${ratio(value)}`;
}

function flagged(text: string, flag: boolean): CellValue {
  return flag ? { text: `${text} !`, tone: 'bad' } : text;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatMoney(value);
}
