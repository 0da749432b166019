import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_TEXTS, assumptionNote, type AssumptionNote } from '../../src/i18n/assumptions.js';
import { LANGUAGES } from '../../src/i18n/language.js';
import { SKIP_TEXTS, skipReasonText, type SkipReason } from '../../src/i18n/skips.js';
import { WARNING_TEXTS, warningOf, type WarningText } from '../../src/i18n/warnings.js';
import { ROOT } from '../helpers/run-cli.js';

/** 2026-10-01 as a day number (days since 1970-01-01). */
const OCT_1 = Date.UTC(2026, 9, 1) / 86_400_000;
const option = { flag: '--date-order dmy', config: '"dateOrder": "dmy"' };

// One text of every code and variant, with params of the kind the warning sites pass (typed: the
// compiler checks they are the params the catalogue asks for).
const SAMPLES: WarningText[] = [
  { code: 'QUOTE_SPANS_LINES', params: { file: 'a.csv', line: 4, lines: 9, title: 'sales ledger' } },
  { code: 'POSTS_EXPORT_ERROR_ROWS', params: { title: 'Facebook posts export', count: 12, lines: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] } },
  { code: 'MANGLED_ID', variant: 'postIds', params: { count: 1 } },
  { code: 'MANGLED_ID', variant: 'campaignIds' },
  { code: 'REFUND_EXCEEDS_TOTAL', variant: 'order' },
  { code: 'REFUND_EXCEEDS_TOTAL', variant: 'ledgerRow' },
  { code: 'REFUND_EXCEEDS_TOTAL', variant: 'orderRefunds' },
  { code: 'REFUND_EXCEEDS_TOTAL', variant: 'payment' },
  { code: 'TAX_NOT_READ' },
  { code: 'MISSING_DAYS', variant: 'sessions', params: { file: 'ga.csv', count: 4, first: OCT_1, last: OCT_1 + 20, missing: [OCT_1 + 2, OCT_1 + 3, OCT_1 + 9] } },
  { code: 'MISSING_DAYS', variant: 'insights', params: { block: { title: 'Reichweite', line: 40 }, count: 1, first: OCT_1, last: OCT_1 + 5, missing: [OCT_1 + 1] } },
  { code: 'AMBIGUOUS_PLATFORM', variant: 'block', params: { title: 'Reichweite', line: 3 } },
  { code: 'AMBIGUOUS_PLATFORM', variant: 'file', params: { title: 'Reach' } },
  { code: 'AMBIGUOUS_DATE_ORDER', variant: 'example', params: { file: 'ua.csv', header: 'Date', example: '03/04/2026', readAs: OCT_1, ...option } },
  { code: 'AMBIGUOUS_DATE_ORDER', variant: 'column', params: { file: 'a.csv', column: 'Date', ...option } },
  { code: 'AMBIGUOUS_DATE_ORDER', variant: 'paypalDayFirst', params: { column: 'Fecha', ...option } },
  { code: 'AMBIGUOUS_DATE_ORDER', variant: 'paypalMonthFirst', params: { column: 'Date', ...option } },
  { code: 'NO_DAILY_BREAKDOWN', variant: 'universalAnalytics', params: { file: 'ua.csv', from: OCT_1, to: OCT_1 + 30 } },
  { code: 'NO_DAILY_BREAKDOWN', variant: 'ga4', params: { file: 'ga4.csv', from: OCT_1, to: OCT_1 + 30 } },
  { code: 'NO_DAILY_BREAKDOWN', variant: 'googleAds', params: { from: OCT_1, to: OCT_1 + 30, level: 'adGroup' } },
  { code: 'NO_DAILY_BREAKDOWN', variant: 'metaAds' },
  { code: 'NO_CURRENCY' },
  { code: 'TABLE_CHOSEN', params: { file: 'ga4.csv', choices: [{ metric: 'sessions', table: { line: 9, dimensions: 'Date' }, others: [{ line: 40, dimensions: '' }] }] } },
  { code: 'NO_CHANNEL_BREAKDOWN', params: { file: 'ga4.csv', metrics: ['sessions', 'revenue'], by: ['Country'] } },
  { code: 'UNKNOWN_TIME_ZONE', variant: 'noColumn' },
  { code: 'UNKNOWN_TIME_ZONE', variant: 'unknownZone', params: { zone: 'MESZ' } },
  { code: 'UNKNOWN_TIME_ZONE', variant: 'unnamedZone' },
  { code: 'AMBIGUOUS_DECIMAL', variant: 'amounts', params: { file: 'a.csv', assumed: ',', flag: '--decimal point', config: '"decimal": "point"' } },
  { code: 'AMBIGUOUS_DECIMAL', variant: 'example', params: { file: 'a.csv', assumed: '.', example: '1.500', reading: 1.5, flag: '--decimal comma', config: '"decimal": "comma"' } },
  { code: 'SPEND_UNKNOWN' },
  { code: 'NO_CAMPAIGN_COLUMN' },
  { code: 'DATEV_CHART_ASSUMED' },
  { code: 'DATEV_ACCOUNT_RULE', params: { chart: 'SKR03' } },
  { code: 'TEST_PAYMENTS', params: { count: 2 } },
  { code: 'UNKNOWN_STATUS', params: { count: 1, line: 7 } },
  { code: 'PAYMENTS_MERGED', params: { count: 1234, paymentFile: 'paypal.csv', shopFile: 'shop.csv' } },
  { code: 'OVERLAPPING_EXPORT', variant: 'days', params: { file: 'b.csv', keptFile: 'a.csv', days: 3 } },
  { code: 'OVERLAPPING_EXPORT', variant: 'dailyRows', params: { file: 'b.csv', keptFile: 'a.csv', days: [OCT_1, OCT_1 + 1, OCT_1 + 5], campaigns: null } },
  { code: 'OVERLAPPING_EXPORT', variant: 'orders', params: { file: 'b.csv', keptFile: 'a.csv', orders: 41 } },
  { code: 'REPEATED_ORDERS', params: { count: 5, title: 'Shopify orders export', files: ['a.csv', 'b.csv'], states: [{ file: 'b.csv', orders: 5 }] } },
  { code: 'INSIGHTS_SERIES_DIFFER', params: { file: 'a.csv', otherFile: 'b.csv', shared: 10, differing: 4 } },
  { code: 'OVERLAPPING_LEDGERS_DIFFER', params: { file: 'a.csv', otherFile: 'b.csv', days: 1 } },
  { code: 'ENGAGEMENTS_FROM_INSIGHTS', params: { platforms: [{ platform: 'Facebook', insightsFiles: ['i.csv'], postsFiles: ['p.csv'], leftOut: 120, from: OCT_1, to: OCT_1 + 30 }] } },
  { code: 'PREVIOUS_PERIOD_NOT_COMPARED', params: { from: OCT_1 - 31, to: OCT_1 - 1, problem: 'no rate for USD.' } },
  { code: 'TAX_NOT_STATED', params: { file: 'kasse.csv' } },
  { code: 'KPI_NOT_MEASURABLE', params: { campaign: 'herbst', kpi: 'reach', accountLevelOnly: true } },
  { code: 'OVERCLAIM', params: { platform: 'meta', campaign: 'herbst', currency: 'EUR', conversions: 8, value: 1260, orders: 4, revenue: 103.3, ordersRatio: 2, valueRatio: 12.2, attribution: ['7-day click'] } },
  { code: 'ALL_ROWS_EXCLUDED', params: { file: 'a.csv', excluded: [['cancelledOrders', 3], ['pendingOrders', 1]] } },
  { code: 'UNMATCHED_CAMPAIGN_ID', params: { campaign: '1203', families: ['analytics', 'ledger'] } },
  { code: 'UNMATCHED_CAMPAIGN', params: { campaign: 'herbs', families: ['ledger'], suggestion: 'herbst' } },
  { code: 'SPEND_WITHOUT_ORDERS', params: { campaign: 'herbst' } },
  { code: 'NO_LEDGER' },
  { code: 'RANGE_OUTSIDE_PERIOD', params: { file: 'a.csv', rows: 2 } },
  { code: 'PARTIAL_COVERAGE', params: { family: 'ledger', from: OCT_1, to: OCT_1 + 30, missing: 3, gaps: [[OCT_1, OCT_1 + 1], [OCT_1 + 30, OCT_1 + 30]] } },
  { code: 'MARGIN_NOT_CONFIGURED' },
  { code: 'TIME_NOT_CONFIGURED' },
  { code: 'CAMPAIGN_SPELLINGS_JOINED', params: { joins: [{ into: 'kürbis', from: ['kuerbis', 'kurbis'] }] } },
  { code: 'NOT_COVERED', params: { family: 'ads', first: OCT_1 - 60, last: OCT_1 - 31, from: OCT_1, to: OCT_1 + 30 } },
];

const SKIPS: SkipReason[] = [
  { code: 'nameNotUtf8' },
  { code: 'missingLinkTarget' },
  { code: 'cannotOpen', params: { problem: 'permission denied (EACCES)' } },
  { code: 'folderLink' },
  { code: 'folderNotListed', params: { problem: 'permission denied (EACCES)' } },
  { code: 'notRegularFile', params: { type: 'fifo' } },
  { code: 'ownReport' },
  { code: 'ownHistory' },
  { code: 'empty' },
  { code: 'notText' },
  { code: 'noText' },
  { code: 'ambiguous', params: { titles: ['Shopify orders export', 'sales ledger'] } },
  { code: 'unknownKind', params: { columns: 1 } },
  { code: 'etsyOrderItems' },
];

const NOTES: AssumptionNote[] = [
  { code: 'timezone' },
  { code: 'currency', params: { basis: 'ads' } },
  { code: 'margin' },
  { code: 'time' },
  { code: 'costs' },
  { code: 'paidOnly', params: { left: 2 } },
  { code: 'config' },
];

/** `CODE` or `CODE/variant` for every text of a catalogue. */
function keysOf(catalogue: Record<string, unknown>): string[] {
  return Object.entries(catalogue).flatMap(([code, entry]) => (typeof entry === 'function' ? [code] : Object.keys(entry as object).map((variant) => `${code}/${variant}`)));
}

const keyOf = (text: { code: string; variant?: string | undefined }) => (text.variant ? `${text.code}/${text.variant}` : text.code);

/** Every .ts file below src/. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the warning catalogue', () => {
  it('has every text in every language, with the same variants', () => {
    for (const language of LANGUAGES) {
      expect(keysOf(WARNING_TEXTS[language])).toEqual(keysOf(WARNING_TEXTS.en));
      expect(keysOf(SKIP_TEXTS[language])).toEqual(keysOf(SKIP_TEXTS.en));
      expect(keysOf(ASSUMPTION_TEXTS[language])).toEqual(keysOf(ASSUMPTION_TEXTS.en));
    }
  });

  it('has a text for every warning code raised anywhere in src', () => {
    // A warning is raised as an object literal `code: 'SOME_CODE'` passed to warn() or pushed to a
    // warnings list; config problems (CONFIG_*) and currency codes are no warnings.
    const raised = new Set<string>();
    for (const file of sourceFiles()) {
      if (file.includes(join('src', 'i18n')) || /config-(errors|text)\.ts$/.test(file)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/\bcode: '([A-Z][A-Z0-9_]+)'/g)) if (!/^[A-Z]{3}$/.test(match[1]!)) raised.add(match[1]!);
    }
    expect(raised.size).toBeGreaterThan(40);
    for (const code of raised) expect(Object.keys(WARNING_TEXTS.en), code).toContain(code);
    // And the catalogue holds no text for a code nothing raises.
    expect(Object.keys(WARNING_TEXTS.en).filter((code) => !raised.has(code))).toEqual([]);
  });

  it('writes every text of every catalogue in all three languages, German and Swedish not English', () => {
    expect(SAMPLES.map(keyOf).sort()).toEqual(keysOf(WARNING_TEXTS.en).sort());
    expect(SKIPS.map(keyOf).sort()).toEqual(keysOf(SKIP_TEXTS.en).sort());
    expect(NOTES.map(keyOf).sort()).toEqual(keysOf(ASSUMPTION_TEXTS.en).sort());
    const texts = (language: 'en' | 'de' | 'sv') => [
      ...SAMPLES.map((text) => warningOf(text, language).message),
      ...SKIPS.map((reason) => skipReasonText(reason, language)),
      ...NOTES.map((note) => assumptionNote(note, language)),
    ];
    const en = texts('en');
    for (const language of ['de', 'sv'] as const) {
      const translated = texts(language);
      translated.forEach((text, i) => {
        expect(text, en[i]).not.toMatch(/undefined|NaN|\[object/);
        expect(text, `${language}: ${en[i]}`).not.toBe(en[i]);
      });
    }
  });

  it('keeps code, file, line, campaign and details, in their order, and writes only the message', () => {
    const finding = { code: 'UNKNOWN_STATUS', params: { count: 2, line: 7 }, line: 7, details: { n: 2 }, file: 'stripe.csv' } as const;
    const en = warningOf(finding, 'en');
    const de = warningOf(finding, 'de');
    expect(Object.keys(en)).toEqual(['code', 'message', 'line', 'details', 'file']);
    expect(en.message).toBe('2 payments have a "Status" smroi does not know (first on line 7); counted as paid.');
    expect(de).toEqual({ ...en, message: '2 Zahlungen haben einen „Status“, den smroi nicht kennt (zuerst in Zeile 7); als bezahlt gezählt.' });
  });

  it('writes counts, days and amounts as the reader does, and plurals by the language', () => {
    const merged = SAMPLES.find((text) => text.code === 'PAYMENTS_MERGED')!;
    expect(warningOf(merged, 'en').message).toMatch(/^1234 payment rows in paypal.csv belong to orders/);
    expect(warningOf(merged, 'de').message).toMatch(/^1\.234 Zahlungszeilen in paypal.csv gehören zu Bestellungen in shop.csv;/);
    expect(warningOf(merged, 'sv').message).toMatch(/^1\u00a0234 betalningsrader i paypal.csv hör till ordrar i shop.csv;/);
    const coverage = SAMPLES.find((text) => text.code === 'PARTIAL_COVERAGE')!;
    expect(warningOf(coverage, 'en').message).toBe(
      'The sales ledgers cover only part of the period 2026-10-01 to 2026-10-31: 3 days (2026-10-01 to 2026-10-02 and 2026-10-31) are not covered, and figures for them are not zero but unknown.',
    );
    expect(warningOf(coverage, 'de').message).toBe(
      'Die Verkaufslisten decken nur einen Teil des Zeitraums 01.10.2026 bis 31.10.2026 ab: 3 Tage (01.10.2026 bis 02.10.2026 und 31.10.2026) sind nicht abgedeckt, und die Zahlen dafür sind nicht null, sondern unbekannt.',
    );
    expect(warningOf({ code: 'TEST_PAYMENTS', params: { count: 1 } }, 'sv').message).toBe('1 betalning i testläge räknades inte (kolumnen ”Mode” = Test); den är ingen försäljning.');
    const overclaim = SAMPLES.find((text) => text.code === 'OVERCLAIM')!;
    expect(warningOf(overclaim, 'en').message).toBe(
      'Meta claims 8 conversions worth 1260.00 EUR for campaign "herbst" (attribution: 7-day click), but the ledger confirms 4 orders worth 103.30 EUR: 2.00× the orders and 12.20× the revenue.',
    );
    expect(warningOf(overclaim, 'de').message).toContain('im Wert von 1.260,00\u00a0€');
  });
});
