// The sections of the report, in order, for every renderer that lays out a whole report (terminal
// and Markdown). A new figure goes in here (or in rows.ts / economics/render.ts) once, and both
// reports show it. Computes nothing: every figure is in the report already.
// Adding to it: a row is one more entry in a table's rows (labels may be long: they are cut at 30
// characters in the terminal only); a column goes after the columns that matter more, with a
// `group` when it belongs with its neighbours; the terminal splits a table that does not fit the
// width by itself. A heading is words, not an abbreviation; a term a reader may not know is
// explained in terms() (or economicsTerms). A new section is pushed here, not written in a
// renderer, so that the Markdown (the scheduled report) has it too.
// Every text comes from the reader's language: SECTION_TEXTS below, words.ts for the shared words,
// and the catalogue beside each helper (rows.ts, extras.ts, awaiting.ts, economics/render.ts ...).
import type { Language } from '../i18n/language.js';
import { dashed, numberStyle, type NumberStyle } from '../i18n/numbers.js';
import { defineTexts, plural } from '../i18n/texts.js';
import { escapeControls } from '../safe-text.js';
import type { Report, Verdict } from '../report.js';
import { economicsSections, economicsTerms } from '../economics/render.js';
import { evidenceAssumptions, evidenceLines, evidenceTitle } from '../evidence/render.js';
import type { Block, CellValue, Section, Tone } from './document.js';
import { comparisonHeads, comparisonRows, comparisonTitle, trendLines, trendTitle, type RenderExtras } from './extras.js';
import { currencyAssumptionLine } from './assumed.js';
import { seriesSections } from './series-sections.js';
import { awaitingLines, leftOutLine } from './awaiting.js';
import { passedOverFiles, unreadableFiles, unreadablePlace } from './unreadable.js';
import { hasGoogleClaims, headlineCells, headlineColumns, headlineNote, headlineTitle, metricRows, moneyCells, moneyColumns, toned, vanityCells, vanityColumns } from './rows.js';
import { words } from './words.js';

type Term = { term: string; meaning: string };

const SECTION_TEXTS = defineTexts({
  en: {
    unreadableTitle: (count: number) => `Files that could not be read (${count})`,
    unreadableNote: (count: number) => `The figures leave ${count === 1 ? 'this file' : 'these files'} out, so the report is incomplete.`,
    moneyTitle: 'Money: what sales confirm against what it cost',
    campaignsTitle: 'Campaigns',
    attentionTitle: 'Attention (vanity metrics: not sales)',
    reachNote: '* Reach is summed over days and files, so one person can count more than once.',
    noAttention: 'No Meta, Instagram or analytics export was read, so attention is not known.',
    notTrackedTitle: 'Not tracked',
    notTracked: (orders: number, count: string, amount: string) => `${count} order${orders === 1 ? '' : 's'} worth ${amount} name no campaign and no known channel.`,
    warningsTitle: (count: number) => `Warnings (${count})`,
    skippedTitle: 'Skipped files',
    inputsTitle: 'Input files',
    inputHeads: ['File', 'Kind', 'Rows', 'From', 'To', 'SHA-256'],
    termsTitle: 'Terms',
    terms: {
      socialMedia: { term: 'Social media', meaning: 'the orders a campaign or a social channel (Facebook, Instagram, TikTok, other social) brought; ROI on them against all cost. All sales (blended): every order of the ledgers.' },
      ordersRevenue: { term: 'Orders, Revenue', meaning: 'confirmed by your sales ledger; revenue after refunds, cancelled orders left out.' },
      cost: { term: 'Cost', meaning: 'ad spend + your time (hours × hourly rate) + other costs from smroi.config.json.' },
      roi: { term: 'ROI', meaning: 'return on investment: (revenue × margin − cost) ÷ cost.' },
      roas: { term: 'ROAS', meaning: 'return on ad spend: revenue ÷ ad spend.' },
      costPerOrder: { term: 'Cost per order', meaning: 'cost ÷ orders.' },
      claimsWithGoogle: { term: 'Meta claims, GA4 claims, Google claims', meaning: 'conversions/value that Meta, Google Analytics 4 and Google Ads claim for themselves; never added to sales.' },
      claims: { term: 'Meta claims, GA4 claims', meaning: 'conversions/value that Meta and Google Analytics 4 claim for themselves; never added to sales.' },
      verdict: { term: 'Verdict', meaning: 'profitable (ROI ≥ 0), loss-making, vanity-only (no confirmed order), no-cost.' },
      visits: { term: 'Visits', meaning: 'profile and page visits.' },
      engagements: { term: 'Engagements', meaning: 'reactions, comments, shares and saves on posts.' },
    } satisfies Record<string, Term>,
  },
  de: {
    unreadableTitle: (count: number) => `${plural('de', count, { one: 'Datei', other: 'Dateien' })}, die nicht gelesen werden ${count === 1 ? 'konnte' : 'konnten'} (${count})`,
    unreadableNote: (count: number) => `Die Zahlen lassen ${count === 1 ? 'diese Datei' : 'diese Dateien'} aus, der Bericht ist also unvollständig.`,
    moneyTitle: 'Geld: was die Verkäufe bestätigen, gegen das, was es gekostet hat',
    campaignsTitle: 'Kampagnen',
    attentionTitle: 'Aufmerksamkeit (schöne Zahlen, aber keine Verkäufe)',
    reachNote: '* Die Reichweite ist über Tage und Dateien addiert, eine Person kann also mehrfach zählen.',
    noAttention: 'Kein Export von Meta, Instagram oder einer Webanalyse gelesen, die Aufmerksamkeit ist also unbekannt.',
    notTrackedTitle: 'Ohne Zuordnung',
    notTracked: (orders: number, count: string, amount: string) =>
      `${count} ${plural('de', orders, { one: 'Bestellung', other: 'Bestellungen' })} über ${amount} ${orders === 1 ? 'nennt' : 'nennen'} keine Kampagne und keinen bekannten Kanal.`,
    warningsTitle: (count: number) => `${plural('de', count, { one: 'Warnung', other: 'Warnungen' })} (${count})`,
    skippedTitle: 'Übersprungene Dateien',
    inputsTitle: 'Gelesene Dateien',
    inputHeads: ['Datei', 'Art', 'Zeilen', 'Von', 'Bis', 'SHA-256'],
    termsTitle: 'Begriffe',
    terms: {
      socialMedia: {
        term: 'Social Media',
        meaning: 'die Bestellungen, die eine Kampagne oder ein soziales Netzwerk (Facebook, Instagram, TikTok, andere) gebracht hat; der ROI darauf gegen alle Kosten. Alle Verkäufe (gesamt): jede Bestellung aus Ihren Verkaufsdaten.',
      },
      ordersRevenue: { term: 'Bestellungen, Umsatz', meaning: 'von Ihren Verkaufsdaten bestätigt; Umsatz nach Erstattungen, stornierte Bestellungen nicht mitgezählt.' },
      cost: { term: 'Kosten', meaning: 'Werbeausgaben + Ihre Zeit (Stunden × Stundensatz) + sonstige Kosten aus smroi.config.json.' },
      roi: { term: 'ROI', meaning: 'Return on Investment, die Rendite: (Umsatz × Marge − Kosten) ÷ Kosten.' },
      roas: { term: 'ROAS', meaning: 'Return on Ad Spend, der Umsatz je ausgegebenem Werbegeld: Umsatz ÷ Werbeausgaben.' },
      costPerOrder: { term: 'Kosten pro Bestellung', meaning: 'Kosten ÷ Bestellungen.' },
      claimsWithGoogle: {
        term: 'Laut Meta, Laut GA4, Laut Google',
        meaning: 'Käufe/Wert, die Meta, Google Analytics 4 (GA4) und Google Ads sich selbst zuschreiben; nie zu den Verkäufen addiert.',
      },
      claims: { term: 'Laut Meta, Laut GA4', meaning: 'Käufe/Wert, die Meta und Google Analytics 4 (GA4) sich selbst zuschreiben; nie zu den Verkäufen addiert.' },
      verdict: { term: 'Bewertung', meaning: 'lohnt sich (ROI ≥ 0), Verlust, nur Aufmerksamkeit (keine bestätigte Bestellung), ohne Kosten.' },
      visits: { term: 'Besuche', meaning: 'Besuche auf Profil und Seite.' },
      engagements: { term: 'Interaktionen', meaning: 'Reaktionen, Kommentare, geteilte und gespeicherte Beiträge.' },
    },
  },
  sv: {
    unreadableTitle: (count: number) => `${plural('sv', count, { one: 'Fil', other: 'Filer' })} som inte kunde läsas (${count})`,
    unreadableNote: (count: number) => `Siffrorna lämnar ${count === 1 ? 'den här filen' : 'de här filerna'} utanför, så rapporten är ofullständig.`,
    moneyTitle: 'Pengar: vad försäljningen bekräftar mot vad det kostade',
    campaignsTitle: 'Kampanjer',
    attentionTitle: 'Uppmärksamhet (fina siffror, men ingen försäljning)',
    reachNote: '* Räckvidden är summerad över dagar och filer, så en person kan räknas mer än en gång.',
    noAttention: 'Ingen export från Meta, Instagram eller webbanalys lästes, så uppmärksamheten är okänd.',
    notTrackedTitle: 'Utan koppling',
    notTracked: (orders: number, count: string, amount: string) => `${count} ${plural('sv', orders, { one: 'order', other: 'ordrar' })} på ${amount} anger ingen kampanj och ingen känd kanal.`,
    warningsTitle: (count: number) => `${plural('sv', count, { one: 'Varning', other: 'Varningar' })} (${count})`,
    skippedTitle: 'Överhoppade filer',
    inputsTitle: 'Lästa filer',
    inputHeads: ['Fil', 'Typ', 'Rader', 'Från', 'Till', 'SHA-256'],
    termsTitle: 'Begrepp',
    terms: {
      socialMedia: {
        term: 'Sociala medier',
        meaning: 'ordrarna som en kampanj eller ett socialt medium (Facebook, Instagram, TikTok, andra) gav; ROI på dem mot alla kostnader. All försäljning (totalt): varje order i försäljningsfilerna.',
      },
      ordersRevenue: { term: 'Ordrar, Intäkter', meaning: 'bekräftade av dina försäljningsfiler; intäkter efter återbetalningar, avbrutna ordrar räknas inte.' },
      cost: { term: 'Kostnad', meaning: 'annonskostnad + din tid (timmar × timpris) + övriga kostnader från smroi.config.json.' },
      roi: { term: 'ROI', meaning: 'avkastning på investeringen (return on investment): (intäkter × marginal − kostnad) ÷ kostnad.' },
      roas: { term: 'ROAS', meaning: 'intäkter per annonskrona (return on ad spend): intäkter ÷ annonskostnad.' },
      costPerOrder: { term: 'Kostnad per order', meaning: 'kostnad ÷ ordrar.' },
      claimsWithGoogle: {
        term: 'Enligt Meta, Enligt GA4, Enligt Google',
        meaning: 'köp/värde som Meta, Google Analytics 4 (GA4) och Google Ads tillskriver sig själva; läggs aldrig till försäljningen.',
      },
      claims: { term: 'Enligt Meta, Enligt GA4', meaning: 'köp/värde som Meta och Google Analytics 4 (GA4) tillskriver sig själva; läggs aldrig till försäljningen.' },
      verdict: { term: 'Bedömning', meaning: 'lönsam (ROI ≥ 0), förlust, bara uppmärksamhet (ingen bekräftad order), utan kostnad.' },
      visits: { term: 'Besök', meaning: 'besök på profil och sida.' },
      engagements: { term: 'Interaktioner', meaning: 'reaktioner, kommentarer, delningar och sparade inlägg.' },
    },
  },
});

const HEADER_TEXTS = defineTexts({
  en: {
    span: (from: string, to: string) => `${from} to ${to}`,
    amountsIn: (currency: string) => `amounts in ${currency}`,
    files: (read: number, skipped: number) => `${read} file${read === 1 ? '' : 's'} read, ${skipped} skipped`,
    timeZone: (zone: string) => `Time zone ${zone}`,
    generated: (at: string) => `generated ${at}`,
  },
  de: {
    span: (from: string, to: string) => `${from} bis ${to}`,
    amountsIn: (currency: string) => `Beträge in ${currency}`,
    files: (read: number, skipped: number) => `${read} ${plural('de', read, { one: 'Datei', other: 'Dateien' })} gelesen, ${skipped} übersprungen`,
    timeZone: (zone: string) => `Zeitzone ${zone}`,
    generated: (at: string) => `erstellt ${at}`,
  },
  sv: {
    span: (from: string, to: string) => `${from} till ${to}`,
    amountsIn: (currency: string) => `belopp i ${currency}`,
    files: (read: number, skipped: number) => `${read} ${plural('sv', read, { one: 'fil läst', other: 'filer lästa' })}, ${skipped} överhoppade`,
    timeZone: (zone: string) => `Tidszon ${zone}`,
    generated: (at: string) => `skapad ${at}`,
  },
});

/** The facts at the top of a report (period, currency, files), in the reader's language and numbers. */
export function reportHeader(report: Report, language: Language = 'en') {
  const texts = HEADER_TEXTS[language];
  const { day } = numberStyle(language);
  return {
    period: texts.span(day(report.period.from), day(report.period.to)),
    amountsIn: texts.amountsIn(report.currency),
    files: texts.files(report.sources.length, report.skipped.length),
    timeZone: texts.timeZone(report.period.timezone),
    generated: report.generatedAt ? texts.generated(report.generatedAt) : null,
  };
}

/** The terms explained under the report, by the reader's language (the HTML report shares them). */
export function sectionTexts(language: Language = 'en') {
  return SECTION_TEXTS[language];
}

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
  const language = extras.language ?? 'en';
  const texts = SECTION_TEXTS[language];
  const w = words(language);
  const numbers = numberStyle(language);
  const { money, count, percent } = dashed(numbers);
  const sections: Section[] = [];
  const rows = metricRows(report, w.allSales, language);
  const attentionRows = metricRows(report, undefined, language);

  // Files that could not be read come first: the figures leave them out (exit code 4).
  const unreadable = unreadableFiles(report);
  if (unreadable.length) {
    sections.push({
      title: texts.unreadableTitle(unreadable.length),
      tone: 'warn',
      blocks: [
        { kind: 'text', text: texts.unreadableNote(unreadable.length) },
        { kind: 'list', items: unreadable.map((file) => ({ text: `${unreadablePlace(file, language)}: ${file.reason} [${file.code}]` })) },
      ],
    });
  }

  // The headline: what social media can be credited with, then every sale of the ledgers, labelled.
  sections.push({
    title: headlineTitle(language),
    blocks: [
      { kind: 'table', columns: headlineColumns(language), rows: headlineCells(report, language) },
      { kind: 'text', text: headlineNote(report, language) },
    ],
  });

  const assumedCurrency = currencyAssumptionLine(report, language);
  const title = comparisonTitle(report, language);
  const comparison = comparisonRows(report, language);
  sections.push({
    title: texts.moneyTitle,
    blocks: [
      { kind: 'table', columns: moneyColumns(language), rows: rows.map((row) => moneyCells(row, language)) },
      ...awaitingLines(report, language).map((text) => ({ kind: 'text' as const, text })),
      ...(assumedCurrency ? [{ kind: 'text' as const, text: assumedCurrency }] : []),
      ...(title && !comparison ? [{ kind: 'text' as const, text: title, dim: true }] : []),
    ],
  });
  if (title && comparison) {
    sections.push({
      title,
      blocks: [{ kind: 'table', columns: comparisonHeads(language).map((head) => ({ head })), rows: comparison }],
    });
  }
  if (extras.trend && extras.trend.points.length) {
    sections.push({ title: trendTitle(extras.trend, language), blocks: [{ kind: 'lines', lines: trendLines(extras.trend, language) }] });
  }

  if (report.campaigns.length) {
    const google = hasGoogleClaims(report);
    sections.push({
      title: texts.campaignsTitle,
      blocks: [
        {
          kind: 'table',
          columns: [
            { head: w.campaign },
            { head: w.orders },
            { head: w.revenue },
            { head: w.cost },
            { head: w.roi },
            { head: w.verdict, align: 'left' },
            { head: w.metaClaims, group: 'claims' },
            { head: w.ga4Claims, group: 'claims' },
            ...(google ? [{ head: w.googleClaims, group: 'claims' }] : []),
            { head: w.namesInInputs, align: 'left', markdownOnly: true },
          ],
          rows: report.campaigns.map((campaign) => [
            campaign.campaign,
            count(campaign.confirmed.orders),
            money(campaign.confirmed.revenue),
            money(campaign.cost.total),
            toned(percent(campaign.roi), campaign.roi),
            verdict(campaign.verdict, language),
            claim(campaign.claimed.meta.conversions, campaign.claimed.meta.value, numbers),
            claim(campaign.claimed.ga4.conversions, campaign.claimed.ga4.value, numbers),
            ...(google ? [claim(campaign.claimed.google.conversions, campaign.claimed.google.value, numbers)] : []),
            campaign.names.join(', '),
          ]),
        },
      ],
    });
  }

  sections.push(...economicsSections(report, language));

  const vanityKnown = Object.values(report.totals.vanity).some((value) => value !== null);
  sections.push({
    title: texts.attentionTitle,
    blocks: vanityKnown
      ? [
          { kind: 'table', columns: vanityColumns(language), rows: attentionRows.map((row) => vanityCells(row, language)) },
          { kind: 'text', text: texts.reachNote },
        ]
      : [{ kind: 'text', text: texts.noAttention }],
  });

  // --by: the breakdown per bucket of time (render/series-sections.ts); nothing without it.
  sections.push(...seriesSections(report, language));

  const leftOut = leftOutLine(report, language);
  sections.push({
    title: texts.notTrackedTitle,
    blocks: [
      { kind: 'text', text: texts.notTracked(report.unattributed.orders, numbers.count(report.unattributed.orders), numbers.amount(report.unattributed.revenue, report.currency)) },
      ...(leftOut ? [{ kind: 'text' as const, text: leftOut }] : []),
    ],
  });

  if (report.evidence) {
    sections.push({
      title: evidenceTitle(language),
      blocks: [
        { kind: 'list', items: evidenceLines(report.evidence, report.currency, language).map((text) => ({ text })) },
        ...evidenceAssumptions(language).map((text) => ({ kind: 'text' as const, text, dim: true })),
      ],
    });
  }

  if (report.warnings.length) {
    sections.push({
      title: texts.warningsTitle(report.warnings.length),
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
    sections.push({ title: texts.skippedTitle, blocks: [{ kind: 'list', items: passedOver.map((skipped) => ({ text: `${skipped.file}: ${skipped.reason}` })) }] });
  }

  const [fileHead, kindHead, rowsHead, fromHead, toHead, shaHead] = texts.inputHeads as [string, string, string, string, string, string];
  sections.push({
    title: texts.inputsTitle,
    markdownOnly: true,
    blocks: [
      {
        kind: 'table',
        columns: [{ head: fileHead }, { head: kindHead, align: 'left' }, { head: rowsHead }, { head: fromHead, align: 'left' }, { head: toHead, align: 'left' }, { head: shaHead, align: 'left' }],
        rows: report.sources.map((source) => [
          source.file,
          source.kind,
          numbers.count(source.rows),
          source.from ? numbers.day(source.from) : '–',
          source.to ? numbers.day(source.to) : '–',
          source.sha256 ? { text: `${source.sha256.slice(0, 12)}…`, code: true } : '–',
        ]),
      },
    ],
  });

  sections.push({ title: texts.termsTitle, tone: 'dim', blocks: [{ kind: 'terms', items: terms(report, vanityKnown, language) }] });
  return sections;
}

/** What the words and figures of the report mean; only the terms the report uses. */
function terms(report: Report, vanityKnown: boolean, language: Language): Term[] {
  const t = SECTION_TEXTS[language].terms;
  const items: Term[] = [t.socialMedia, t.ordersRevenue, t.cost, t.roi, t.roas, t.costPerOrder];
  if (report.campaigns.length) items.push(hasGoogleClaims(report) ? t.claimsWithGoogle : t.claims, t.verdict);
  items.push(...economicsTerms(report, language));
  if (vanityKnown) items.push(t.visits, t.engagements);
  return items;
}

function claim(conversions: number | null, value: number | null, numbers: NumberStyle): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : numbers.count(conversions)}/${value === null ? '–' : numbers.money(value)}`;
}

function verdict(value: Verdict, language: Language): CellValue {
  const text = words(language).verdicts[value] ?? value;
  const tone: Tone | undefined = value === 'profitable' ? 'good' : value === 'loss-making' ? 'bad' : value === 'vanity-only' ? 'warn' : undefined;
  return tone ? { text, tone } : text;
}
