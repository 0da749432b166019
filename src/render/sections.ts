// The sections of the report, in order, for every renderer that lays out a whole report (terminal
// and Markdown). A new figure goes in here (or in rows.ts / economics/render.ts) once, and both
// reports show it. Computes nothing: every figure is in the report already.
// Adding to it: a row is one more entry in a table's rows (labels may be long: they are cut at 30
// characters in the terminal only); a column goes after the columns that matter more, with a
// `group` when it belongs with its neighbours; the terminal splits a table that does not fit the
// width by itself. A heading is words, not an abbreviation; a term a reader may not know is
// explained in terms() (or economicsTerms). A new section is pushed here, not written in a
// renderer, so that the Markdown (the scheduled report) has it too.
import { escapeControls } from '../safe-text.js';
import type { Report } from '../report.js';
import { economicsSections, economicsTerms } from '../economics/render.js';
import { EVIDENCE_ASSUMPTIONS, EVIDENCE_TITLE, evidenceLines } from '../evidence/render.js';
import type { Block, CellValue, Section, Tone } from './document.js';
import { comparisonRows, comparisonTitle, trendLines, trendTitle, type RenderExtras } from './extras.js';
import { formatCount, formatMoney, orDash } from './format.js';
import { currencyAssumptionLine } from './assumed.js';
import { seriesSections } from './series-sections.js';
import { awaitingLines, leftOutLine } from './awaiting.js';
import { passedOverFiles, unreadableFiles, unreadablePlace } from './unreadable.js';
import { hasGoogleClaims, HEADLINE_COLUMNS, HEADLINE_TITLE, headlineCells, headlineNote, metricRows, MONEY_COLUMNS, moneyCells, toned, VANITY_COLUMNS, vanityCells } from './rows.js';

/** The report's sections; every text in them shown with its control characters escaped (safe-text.ts). */
export function reportSections(report: Report, extras: RenderExtras = {}): Section[] {
  return buildSections(report, extras).map(safeSection);
}

function safeSection(section: Section): Section {
  const cell = (value: CellValue): CellValue => (typeof value === 'string' ? escapeControls(value) : { ...value, text: escapeControls(value.text) });
  const block = (item: Block): Block => {
    switch (item.kind) {
      case 'table':
        return { ...item, columns: item.columns.map((column) => ({ ...column, head: escapeControls(column.head) })), rows: item.rows.map((row) => row.map(cell)) };
      case 'text':
        return { ...item, text: escapeControls(item.text) };
      case 'list':
        return { ...item, items: item.items.map((entry) => ({ ...entry, text: escapeControls(entry.text) })) };
      case 'lines':
        return { ...item, lines: item.lines.map(escapeControls) };
      case 'terms':
        return { ...item, items: item.items.map((entry) => ({ term: escapeControls(entry.term), meaning: escapeControls(entry.meaning) })) };
    }
  };
  return { ...section, title: escapeControls(section.title), blocks: section.blocks.map(block) };
}

function buildSections(report: Report, extras: RenderExtras = {}): Section[] {
  const { money, count, percent } = orDash;
  const sections: Section[] = [];
  const rows = metricRows(report, 'All sales');
  const attentionRows = metricRows(report);

  // Files that could not be read come first: the figures leave them out (exit code 4).
  const unreadable = unreadableFiles(report);
  if (unreadable.length) {
    sections.push({
      title: `Files that could not be read (${unreadable.length})`,
      tone: 'warn',
      blocks: [
        { kind: 'text', text: `The figures leave ${unreadable.length === 1 ? 'this file' : 'these files'} out, so the report is incomplete.` },
        { kind: 'list', items: unreadable.map((file) => ({ text: `${unreadablePlace(file)}: ${file.reason} [${file.code}]` })) },
      ],
    });
  }

  // The headline: what social media can be credited with, then every sale of the ledgers, labelled.
  sections.push({
    title: HEADLINE_TITLE,
    blocks: [
      { kind: 'table', columns: HEADLINE_COLUMNS, rows: headlineCells(report) },
      { kind: 'text', text: headlineNote(report) },
    ],
  });

  const assumedCurrency = currencyAssumptionLine(report);
  const title = comparisonTitle(report);
  const comparison = comparisonRows(report);
  sections.push({
    title: 'Money: what sales confirm against what it cost',
    blocks: [
      { kind: 'table', columns: MONEY_COLUMNS, rows: rows.map(moneyCells) },
      ...awaitingLines(report).map((text) => ({ kind: 'text' as const, text })),
      ...(assumedCurrency ? [{ kind: 'text' as const, text: assumedCurrency }] : []),
      ...(title && !comparison ? [{ kind: 'text' as const, text: title, dim: true }] : []),
    ],
  });
  if (title && comparison) {
    sections.push({
      title,
      blocks: [{ kind: 'table', columns: [{ head: '' }, { head: 'Previous' }, { head: 'Current' }, { head: 'Change' }], rows: comparison }],
    });
  }
  if (extras.trend && extras.trend.points.length) {
    sections.push({ title: trendTitle(extras.trend), blocks: [{ kind: 'lines', lines: trendLines(extras.trend) }] });
  }

  if (report.campaigns.length) {
    const google = hasGoogleClaims(report);
    sections.push({
      title: 'Campaigns',
      blocks: [
        {
          kind: 'table',
          columns: [
            { head: 'Campaign' },
            { head: 'Orders' },
            { head: 'Revenue' },
            { head: 'Cost' },
            { head: 'ROI' },
            { head: 'Verdict', align: 'left' },
            { head: 'Meta claims', group: 'claims' },
            { head: 'GA4 claims', group: 'claims' },
            ...(google ? [{ head: 'Google claims', group: 'claims' }] : []),
            { head: 'Names in the inputs', align: 'left', markdownOnly: true },
          ],
          rows: report.campaigns.map((campaign) => [
            campaign.campaign,
            count(campaign.confirmed.orders),
            money(campaign.confirmed.revenue),
            money(campaign.cost.total),
            toned(percent(campaign.roi), campaign.roi),
            verdict(campaign.verdict),
            claim(campaign.claimed.meta.conversions, campaign.claimed.meta.value),
            claim(campaign.claimed.ga4.conversions, campaign.claimed.ga4.value),
            ...(google ? [claim(campaign.claimed.google.conversions, campaign.claimed.google.value)] : []),
            campaign.names.join(', '),
          ]),
        },
      ],
    });
  }

  sections.push(...economicsSections(report));

  const vanityKnown = Object.values(report.totals.vanity).some((value) => value !== null);
  sections.push({
    title: 'Attention (vanity metrics: not sales)',
    blocks: vanityKnown
      ? [
          { kind: 'table', columns: VANITY_COLUMNS, rows: attentionRows.map(vanityCells) },
          { kind: 'text', text: '* Reach is summed over days and files, so one person can count more than once.' },
        ]
      : [{ kind: 'text', text: 'No Meta, Instagram or analytics export was read, so attention is not known.' }],
  });

  // --by: the breakdown per bucket of time (render/series-sections.ts); nothing without it.
  sections.push(...seriesSections(report, extras.language));

  const leftOut = leftOutLine(report);
  sections.push({
    title: 'Not tracked',
    blocks: [
      {
        kind: 'text',
        text: `${formatCount(report.unattributed.orders)} order${report.unattributed.orders === 1 ? '' : 's'} worth ${formatMoney(report.unattributed.revenue)} ${report.currency} name no campaign and no known channel.`,
      },
      ...(leftOut ? [{ kind: 'text' as const, text: leftOut }] : []),
    ],
  });

  if (report.evidence) {
    sections.push({
      title: EVIDENCE_TITLE,
      blocks: [
        { kind: 'list', items: evidenceLines(report.evidence, report.currency).map((text) => ({ text })) },
        ...EVIDENCE_ASSUMPTIONS.map((text) => ({ kind: 'text' as const, text, dim: true })),
      ],
    });
  }

  if (report.warnings.length) {
    sections.push({
      title: `Warnings (${report.warnings.length})`,
      tone: 'warn',
      blocks: [
        {
          kind: 'list',
          items: report.warnings.map((warning) => {
            const where = warning.file && !warning.message.includes(warning.file) ? ` (${warning.file}${warning.line ? `:${warning.line}` : ''})` : '';
            return { text: `${warning.message}${where}`, code: warning.code };
          }),
        },
      ],
    });
  }
  const passedOver = passedOverFiles(report);
  if (passedOver.length) {
    sections.push({ title: 'Skipped files', blocks: [{ kind: 'list', items: passedOver.map((skipped) => ({ text: `${skipped.file}: ${skipped.reason}` })) }] });
  }

  sections.push({
    title: 'Input files',
    markdownOnly: true,
    blocks: [
      {
        kind: 'table',
        columns: [{ head: 'File' }, { head: 'Kind', align: 'left' }, { head: 'Rows' }, { head: 'From', align: 'left' }, { head: 'To', align: 'left' }, { head: 'SHA-256', align: 'left' }],
        rows: report.sources.map((source) => [
          source.file,
          source.kind,
          formatCount(source.rows),
          source.from ?? '–',
          source.to ?? '–',
          source.sha256 ? { text: `${source.sha256.slice(0, 12)}…`, code: true } : '–',
        ]),
      },
    ],
  });

  sections.push({ title: 'Terms', tone: 'dim', blocks: [{ kind: 'terms', items: terms(report, vanityKnown) }] });
  return sections;
}

/** What the words and figures of the report mean; only the terms the report uses. */
function terms(report: Report, vanityKnown: boolean): { term: string; meaning: string }[] {
  const items = [
    { term: 'Social media', meaning: 'the orders a campaign or a social channel (Facebook, Instagram, TikTok, other social) brought; ROI on them against all cost. All sales (blended): every order of the ledgers.' },
    { term: 'Orders, Revenue', meaning: 'confirmed by your sales ledger; revenue after refunds, cancelled orders left out.' },
    { term: 'Cost', meaning: 'ad spend + your time (hours × hourly rate) + other costs from smroi.config.json.' },
    { term: 'ROI', meaning: 'return on investment: (revenue × margin − cost) ÷ cost.' },
    { term: 'ROAS', meaning: 'return on ad spend: revenue ÷ ad spend.' },
    { term: 'Cost per order', meaning: 'cost ÷ orders.' },
  ];
  if (report.campaigns.length) {
    items.push(
      hasGoogleClaims(report)
        ? { term: 'Meta claims, GA4 claims, Google claims', meaning: 'conversions/value that Meta, Google Analytics 4 and Google Ads claim for themselves; never added to sales.' }
        : { term: 'Meta claims, GA4 claims', meaning: 'conversions/value that Meta and Google Analytics 4 claim for themselves; never added to sales.' },
      { term: 'Verdict', meaning: 'profitable (ROI ≥ 0), loss-making, vanity-only (no confirmed order), no-cost.' },
    );
  }
  items.push(...economicsTerms(report));
  if (vanityKnown) {
    items.push(
      { term: 'Visits', meaning: 'profile and page visits.' },
      { term: 'Engagements', meaning: 'reactions, comments, shares and saves on posts.' },
    );
  }
  return items;
}

function claim(conversions: number | null, value: number | null): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : formatCount(conversions)}/${value === null ? '–' : formatMoney(value)}`;
}

function verdict(text: string): CellValue {
  const tone: Tone | undefined = text === 'profitable' ? 'good' : text === 'loss-making' ? 'bad' : text === 'vanity-only' ? 'warn' : undefined;
  return tone ? { text, tone } : text;
}
