// The report as Markdown (GitHub-flavoured tables), for a wiki page, a ticket or an e-mail.
// Same sections and figures as the terminal table; text from the inputs is escaped so that a
// campaign name cannot break a table or inject HTML. Computes nothing.
import type { Report } from '../report.js';
import { comparisonRows, comparisonTitle, trendLines, trendTitle, type RenderExtras } from './extras.js';
import { formatCount, formatMoney, orDash } from './format.js';
import { HEADLINE_HEAD, HEADLINE_TITLE, headlineCells, headlineNote, metricRows, moneyCells, vanityCells } from './rows.js';


export function renderMarkdown(report: Report, extras: RenderExtras = {}): string {
  const out: string[] = [];
  const { money, count, percent } = orDash;

  out.push(`# smroi audit: ${report.period.from} to ${report.period.to}`);
  out.push('');
  out.push(
    `Time zone ${escape(report.period.timezone)} · amounts in ${report.currency} · ${report.sources.length} file${report.sources.length === 1 ? '' : 's'} read, ${report.skipped.length} skipped${report.generatedAt ? ` · generated ${report.generatedAt}` : ''}`,
  );

  // h7: the headline first (rows.ts headlineCells); below it the total row is "All sales" (blended).
  out.push('', `## ${HEADLINE_TITLE}`, '');
  out.push(...table(HEADLINE_HEAD, headlineCells(report)));
  out.push('', escape(headlineNote(report)));

  const rows = metricRows(report, 'All sales');
  out.push('', '## Money: what sales confirm against what it cost', '');
  out.push(
    ...table(
      ['', 'Ad spend', 'Time', 'Other', 'Cost', 'Orders', 'Revenue', 'ROI', 'ROAS', 'Per order'],
      rows.map((row) => moneyCells(row)),
    ),
  );

  const title = comparisonTitle(report);
  const comparison = comparisonRows(report);
  if (title && comparison) out.push('', `## ${title}`, '', ...table(['', 'Previous', 'Current', 'Change'], comparison));
  else if (title) out.push('', `_${title}_`);

  if (extras.trend && extras.trend.points.length) {
    out.push('', `## ${escape(trendTitle(extras.trend))}`, '', '```', ...trendLines(extras.trend), '```');
  }

  if (report.campaigns.length) {
    out.push('', '## Campaigns', '');
    out.push(
      ...table(
        ['Campaign', 'Names', 'Cost', 'Orders', 'Revenue', 'ROI', 'Meta claims', 'GA4 claims', 'Verdict'],
        report.campaigns.map((campaign) => [
          escape(campaign.campaign),
          campaign.names.map(escape).join(', '),
          money(campaign.cost.total),
          count(campaign.confirmed.orders),
          money(campaign.confirmed.revenue),
          percent(campaign.roi),
          claim(campaign.claimed.meta.conversions, campaign.claimed.meta.value),
          claim(campaign.claimed.ga4.conversions, campaign.claimed.ga4.value),
          campaign.verdict,
        ]),
        [0, 1, 8],
      ),
    );
  }

  out.push('', '## Attention (vanity metrics: not sales)', '');
  if (!Object.values(report.totals.vanity).some((value) => value !== null)) {
    out.push('No Meta, Instagram or analytics export was read, so attention is not known.');
  } else {
    out.push(
      ...table(
        ['', 'Impressions', 'Reach*', 'Likes', 'Follows', 'Engagements', 'Visits', 'Link clicks', 'Sessions'],
        metricRows(report).map(vanityCells),
      ),
      '',
      '\\* Reach is summed over days and files, so one person can count more than once.',
    );
  }

  out.push('', '## Not tracked', '');
  out.push(
    `${formatCount(report.unattributed.orders)} order${report.unattributed.orders === 1 ? '' : 's'} worth ${formatMoney(report.unattributed.revenue)} ${report.currency} name no campaign and no known channel.`,
  );
  const excluded = report.exclusions;
  const parts = [
    excluded.cancelledOrders && `${excluded.cancelledOrders} cancelled`,
    excluded.failedOrders && `${excluded.failedOrders} failed or voided`,
    excluded.pendingOrders && `${excluded.pendingOrders} pending (not yet paid)`,
  ].filter(Boolean);
  if (parts.length) out.push('', `Orders left out: ${parts.join(', ')}.`);

  if (report.warnings.length) {
    out.push('', `## Warnings (${report.warnings.length})`, '');
    for (const warning of report.warnings) {
      const where = warning.file && !warning.message.includes(warning.file) ? ` (${warning.file}${warning.line ? `:${warning.line}` : ''})` : '';
      out.push(`- ${escape(`${warning.message}${where}`)} \`${warning.code}\``);
    }
  }
  if (report.skipped.length) {
    out.push('', '## Skipped files', '');
    for (const skipped of report.skipped) out.push(`- ${escape(skipped.file)}: ${escape(skipped.reason)}`);
  }
  out.push('', '## Input files', '');
  out.push(
    ...table(
      ['File', 'Kind', 'Rows', 'From', 'To', 'SHA-256'],
      report.sources.map((source) => [
        escape(source.file),
        source.kind,
        formatCount(source.rows),
        source.from ?? '–',
        source.to ?? '–',
        source.sha256 ? `\`${source.sha256.slice(0, 12)}…\`` : '–',
      ]),
      [0, 1, 3, 4, 5],
    ),
  );
  return `${out.join('\n')}\n`;
}

/** A GFM table; `left` names the columns (by index) that hold text, the rest are right-aligned numbers. */
function table(head: string[], body: string[][], left: readonly number[] = [0]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, index) => (left.includes(index) ? '---' : '---:'))), ...body.map(line)];
}

function claim(conversions: number | null, value: number | null): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : formatCount(conversions)} / ${value === null ? '–' : formatMoney(value)}`;
}

/** Escapes text from the inputs: Markdown syntax, table pipes, HTML, line breaks. */
export function escape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}
