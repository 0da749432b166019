// The terminal report: money first (what the ledger confirms against what it cost), attention
// apart, claims apart, then what is not tracked and the warnings. Computes nothing.
import { formatCount, formatMoney, orDash } from './format.js';
import { table, truncate, wrap } from './grid.js';
import { HEADLINE_HEAD, HEADLINE_TITLE, headlineCells, headlineNote, metricRows, moneyCells, vanityCells } from './rows.js';
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import { renderExtrasForTable, type RenderExtras } from './extras.js';
import { renderEconomics } from '../economics/render.js';


export function renderTable(report: Report, style: ChalkInstance, extras: RenderExtras = {}): string {
  const out: string[] = [];
  const { money, count, percent } = orDash;

  out.push(style.bold(`smroi audit · ${report.period.from} to ${report.period.to} (${report.period.timezone}) · amounts in ${report.currency}`));
  out.push(style.dim(`${report.sources.length} file${report.sources.length === 1 ? '' : 's'} read, ${report.skipped.length} skipped`));
  out.push('');

  // h7: the headline first (rows.ts headlineCells); below it the total row is "All sales" (blended).
  out.push(style.bold(HEADLINE_TITLE));
  out.push(table(HEADLINE_HEAD, headlineCells(report, (text, roi) => colourRoi(style, text, roi))));
  out.push(wrap(headlineNote(report)));
  out.push('');

  const rows = metricRows(report, 'All sales');
  out.push(style.bold('Money: what sales confirm against what it cost'));
  out.push(
    table(
      ['', 'Ad spend', 'Time', 'Other', 'Cost', 'Orders', 'Revenue', 'ROI', 'ROAS', 'Per order'],
      rows.map((row) => moneyCells(row, (text, roi) => colourRoi(style, text, roi))),
    ),
  );
  out.push(...renderExtrasForTable(report, style, extras));

  if (report.campaigns.length) {
    out.push('');
    out.push(style.bold('Campaigns'));
    out.push(
      table(
        ['Campaign', 'Cost', 'Orders', 'Revenue', 'ROI', 'Meta', 'GA4', 'Verdict'],
        report.campaigns.map((campaign) => [
          truncate(campaign.campaign, 24),
          money(campaign.cost.total),
          count(campaign.confirmed.orders),
          money(campaign.confirmed.revenue),
          colourRoi(style, percent(campaign.roi), campaign.roi),
          claim(campaign.claimed.meta.conversions, campaign.claimed.meta.value),
          claim(campaign.claimed.ga4.conversions, campaign.claimed.ga4.value),
          verdictText(style, campaign.verdict),
        ]),
      ),
    );
  }
  out.push(...renderEconomics(report, style));

  out.push('');
  out.push(style.bold('Attention (vanity metrics: not sales)'));
  const vanityKnown = Object.values(report.totals.vanity).some((value) => value !== null);
  if (!vanityKnown) out.push('No Meta, Instagram or analytics export was read, so attention is not known.');
  else out.push(
    table(
      ['', 'Impress.', 'Reach*', 'Likes', 'Follows', 'Engagem.', 'Visits', 'Link clicks', 'Sessions'],
      metricRows(report).map(vanityCells),
    ),
  );

  out.push('');
  out.push(style.bold('Not tracked'));
  out.push(wrap(
    `${formatCount(report.unattributed.orders)} order${report.unattributed.orders === 1 ? '' : 's'} worth ${formatMoney(report.unattributed.revenue)} ${report.currency} name no campaign and no known channel.`,
  ));
  const excluded = report.exclusions;
  const parts = [
    excluded.cancelledOrders && `${excluded.cancelledOrders} cancelled`,
    excluded.failedOrders && `${excluded.failedOrders} failed or voided`,
    excluded.pendingOrders && `${excluded.pendingOrders} pending (not yet paid)`,
  ].filter(Boolean);
  if (parts.length) out.push(`Orders left out: ${parts.join(', ')}.`);

  if (report.warnings.length) {
    out.push('');
    out.push(style.bold(style.yellow(`Warnings (${report.warnings.length})`)));
    for (const warning of report.warnings) {
      const where = warning.file && !warning.message.includes(warning.file) ? ` (${warning.file}${warning.line ? `:${warning.line}` : ''})` : '';
      out.push(wrap(`- ${warning.message}${where}`));
    }
  }
  if (report.skipped.length) {
    out.push('');
    out.push(style.bold('Skipped files'));
    for (const skipped of report.skipped) out.push(wrap(`- ${skipped.file}: ${skipped.reason}`));
  }

  out.push('');
  out.push(style.dim('Terms'));
  for (const line of TERMS) out.push(style.dim(line));
  return `${out.join('\n')}\n`;
}

const TERMS = [
  'Social media: orders a campaign or a social channel brought; ROI on them against all cost.',
  'Orders, Revenue: confirmed by your sales ledger; revenue after refunds, cancelled orders left out.',
  'Cost: ad spend + your time (hours × rate) + other costs from smroi.config.json.',
  'ROI: (revenue × margin − cost) ÷ cost. ROAS: revenue ÷ ad spend. Per order: cost ÷ orders.',
  'Meta, GA4: conversions/value the platforms claim for themselves; never added to sales.',
  'Visits: profile and page visits. Engagem.: reactions, comments, shares and saves on posts.',
  'Verdict: profitable (ROI ≥ 0), loss-making, vanity-only (no confirmed order), no-cost.',
  '* Reach is summed over days and files, so one person can count more than once.',
];


function claim(conversions: number | null, value: number | null): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : formatCount(conversions)}/${value === null ? '–' : formatMoney(value)}`;
}

function colourRoi(style: ChalkInstance, text: string, roi: number | null): string {
  if (roi === null) return text;
  return roi >= 0 ? style.green(text) : style.red(text);
}

function verdictText(style: ChalkInstance, verdict: string): string {
  if (verdict === 'profitable') return style.green(verdict);
  if (verdict === 'loss-making') return style.red(verdict);
  if (verdict === 'vanity-only') return style.yellow(verdict);
  return verdict;
}



// Other renderers and commands import these from here too.
export { formatCount, formatMoney } from './format.js';
