// Universal Analytics exports. Expected numbers are hand-worked in fixtures/universal-analytics/EXPECTED.md;
// inline files are worked out in the comments next to each test.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit.js';
import { detectKind } from '../../src/detect.js';
import { METRIC_NAMES } from '../../src/model/records.js';
import { streamRows } from '../../src/parse.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleDecimalMark, sampleFile } from '../../src/read/sample.js';
import { ga4 } from '../../src/sources/ga4.js';
import { SOURCES } from '../../src/sources/index.js';
import { universalAnalytics } from '../../src/sources/universal-analytics.js';
import type { WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const DIR = 'universal-analytics';
const FILES = readdirSync(join(FIXTURES, DIR)).filter((name) => !name.endsWith('.md'));

function totals(records: EmittedRecord[]): [number, number, number] {
  return [sum(records, 'sessions'), sum(records, 'ga4Conversions'), sum(records, 'ga4Value')];
}

function perDay(records: EmittedRecord[]): Record<string, number> {
  const days: Record<string, number> = {};
  for (const record of records) days[formatDay(record.day)] = (days[formatDay(record.day)] ?? 0) + (record.values.sessions ?? 0);
  return days;
}

/** Writes a text (UTF-8) to a temporary file and runs it through sampling, detection and the UA parser. */
async function runText(text: string, name = 'Analytics All Web Site Data Audience Overview.csv') {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-ua-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  const sampled = await sampleFile(path);
  if ('skip' in sampled) throw new Error(sampled.skip);
  const detected = detectKind(sampled.sample, SOURCES);
  const records: EmittedRecord[] = [];
  const warnings: WarningInput[] = [];
  const exclusions: Record<string, number> = {};
  const description: Record<string, unknown> = {};
  const parse = async () => {
    const parser = universalAnalytics.open({
      file: name,
      sample: sampled.sample,
      decimal: sampleDecimalMark(sampled.sample),
      cutter: new DayCutter('Europe/Berlin'),
      emit(record) {
        const values: EmittedRecord['values'] = {};
        METRIC_NAMES.forEach((metric, index) => {
          if (!Number.isNaN(record.values[index]!)) values[metric] = record.values[index]!;
        });
        records.push({ ...record, values });
      },
      warn: (warning) => void warnings.push(inEnglish(warning)),
      exclude: (reason, count = 1) => void (exclusions[reason] = (exclusions[reason] ?? 0) + count),
      describe: (d) => void Object.assign(description, d),
      firstSighting: () => true,
    });
    await streamRows(path, name, sampled.encoding, sampled.sample, parser);
    return { records, warnings, exclusions, description };
  };
  return { detected: 'skip' in detected ? null : detected.source.kind, claimedByGa4: ga4.detect(sampled.sample), parse };
}

const PREAMBLE = '# ----------------------------------------\n# All Web Site Data\n# Audience Overview\n# 20260901-20260930\n# ----------------------------------------\n\n';

describe('universal-analytics detection', () => {
  it.each(FILES)('recognises %s as a Universal Analytics export, and GA4 refuses it', async (file) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, file));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(universalAnalytics.detect(sampled.sample)).toBe(true);
    expect(ga4.detect(sampled.sample)).toBe(false);
    const run = await runSource(`${DIR}/${file}`);
    expect(run.source.kind).toBe('universal-analytics');
    expect(run.source.family).toBe('analytics');
    expect(run.source.overlap).toBe('day');
    expect(run.description.dataset).toBe('ga4');
  });

  it('refuses every GA4 download', async () => {
    for (const file of readdirSync(join(FIXTURES, 'ga4')).filter((name) => name.endsWith('.csv'))) {
      const sampled = await sampleFile(join(FIXTURES, 'ga4', file));
      if ('skip' in sampled) throw new Error(sampled.skip);
      expect([file, universalAnalytics.detect(sampled.sample)]).toEqual([file, false]);
    }
  });

  it('tells UA from GA4 without the "All Web Site Data" line', async () => {
    // A renamed view: `Day Index` says UA.
    expect((await runText('# Shop (filtered)\n# Audience Overview\n# 20260901-20260930\n\nDay Index,Sessions\n9/1/26,12\n')).detected).toBe('universal-analytics');
    // UA-only metrics (`Goal Completions`, `Pages / Session`) say UA.
    expect((await runText('# Shop\n# Channels\n# 20260901-20260930\n\nDefault Channel Grouping,Sessions,Pages / Session,Goal Completions\nDirect,12,1.5,1\n')).detected).toBe('universal-analytics');
    // Formatted values (`95.43%`, `00:00:17`) say UA when the names do not.
    expect((await runText('# Shop\n# Campaigns\n# 20260901-20260930\n\nCampaign,Sessions,Bounce Rate\nherbst,12,50.00%\n')).detected).toBe('universal-analytics');
    // A labelled GA4 preamble, a session-scoped dimension or a GA4-only metric say GA4.
    expect((await runText('# Start date: 20260901\n# End date: 20260930\n\nCampaign,Sessions\nherbst,12\n')).detected).toBe('ga4');
    expect((await runText('# 20260901-20260930\n\nSession campaign,Sessions\nherbst,12\n')).detected).toBe('ga4');
    expect((await runText('# 20260901-20260930\n\nDate,Sessions,Key events\n20260901,12,1\n')).detected).toBe('ga4');
    // Without a `#` range line it is neither.
    expect((await runText('Day Index,Sessions\n9/1/26,12\n')).detected).toBe(null);
  });

  it('reads the German guesses `# Alle Websitedaten` and `Tagesindex` (dotted dates)', async () => {
    // [GUESS] labels (formats.md §4.4): Tagesindex, Sitzungen, Transaktionen, Umsatz; German numbers.
    const file = await runText(
      '# ----------------------------------------\n# Alle Websitedaten\n# Zielgruppenübersicht\n# 20260901-20260903\n# ----------------------------------------\n\nTagesindex,Sitzungen,Transaktionen,Umsatz\n01.09.26,"1.204",3,"1.234,50 €"\n02.09.26,980,2,"99,90 €"\n03.09.26,"1.010",0,"0,00 €"\n,"3.194",5,"1.334,40 €"\n',
    );
    expect(file.detected).toBe('universal-analytics');
    expect(file.claimedByGa4).toBe(false);
    const run = await file.parse();
    // 1204 + 980 + 1010 = 3194 sessions; 3 + 2 + 0 = 5 transactions; 1234.50 + 99.90 + 0 = 1334.40.
    expect(totals(run.records)).toEqual([3194, 5, 1334.4]);
    expect(perDay(run.records)).toEqual({ '2026-09-01': 1204, '2026-09-02': 980, '2026-09-03': 1010 });
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
  });

  it('reads a real-shaped Dutch export: `Sessies`, `2.546`, `"1,15"`, `"US$ 0,00"`', async () => {
    // Shape quoted from a real export in a public README (GH id 29379166949): the view line stays English.
    const file = await runText(
      "# ----------------------------------------\n# All Web Site Data\n# Browsers\n# 20260901-20260930\n# ----------------------------------------\n\nBrowser,Browserversie,Sessies,% nieuwe sessies,Nieuwe gebruikers,Bouncepercentage,Pagina's/sessie,Gem. sessieduur,Doelconversieratio,Behaalde doelen,Doelwaarde\nChrome,40.0.2214.111,2.546,\"99,88%\",2.543,\"85,98%\",\"1,15\",00:00:31,\"0,00%\",0,\"US$ 0,00\"\nSafari,8.0,449,\"73,05%\",328,\"57,91%\",\"2,16\",00:01:19,\"0,00%\",2,\"US$ 0,00\"\n",
    );
    expect(file.detected).toBe('universal-analytics');
    const run = await file.parse();
    // 2546 + 449 = 2995 sessions (the dot groups thousands: `"1,15"` elsewhere shows the decimal comma);
    // Behaalde doelen (goal completions) 0 + 2 = 2; no revenue column.
    expect(totals(run.records)).toEqual([2995, 2, 0]);
    expect(run.records.every((r) => formatDay(r.day) === '2026-09-01' && formatDay(r.dayTo) === '2026-09-30')).toBe(true);
    expect(run.warnings.map((w) => w.code)).toEqual(['NO_DAILY_BREAKDOWN']);
  });
});

describe('universal-analytics fixtures (EXPECTED.md)', () => {
  it('audience-overview.csv: 31 days M/D/YY, totals row 54,314 dropped', async () => {
    const run = await runSource(`${DIR}/audience-overview.csv`);
    expect(run.records).toHaveLength(31);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.description).toEqual({ dataset: 'ga4', priority: 0, daily: true });
    expect(totals(run.records)).toEqual([54314, 0, 0]);
    const days = perDay(run.records);
    expect(Object.keys(days)).toHaveLength(31);
    expect([days['2026-03-20'], days['2026-03-23'], days['2026-04-17'], days['2026-04-18'], days['2026-04-19']]).toEqual([0, 1245, 3379, 2212, 1612]);
    expect(sum(run.records.filter((r) => formatDay(r.day) < '2026-04-01'), 'sessions')).toBe(15311);
    expect(sum(run.records.filter((r) => formatDay(r.day) >= '2026-04-01'), 'sessions')).toBe(39003);
    expect([run.records[0]!.line, run.records[30]!.line]).toEqual([8, 38]);
    for (const record of run.records) {
      expect(record.dayTo).toBe(record.day);
      expect(record.currency).toBe('');
      expect(record.values.ga4Conversions).toBeUndefined();
    }
  });

  it('multi-section.csv: the first section only, formatted numbers, whole-range records', async () => {
    const run = await runSource(`${DIR}/multi-section.csv`);
    expect(run.records).toHaveLength(5);
    expect(run.records.map((r) => r.line)).toEqual([8, 9, 10, 11, 12]);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(totals(run.records)).toEqual([3215, 25, 865.2]);
    expect(run.records.map((r) => [r.campaign, r.source, r.values.sessions, r.values.ga4Conversions, r.values.ga4Value])).toEqual([
      ['herbst_aktion_2026', 'facebook / paid', 1204, 10, 358.6],
      ['(not set)', 'google / organic', 873, 6, 191],
      ['brunch-am-sonntag-familien', 'ig / social', 529, 1, 23.4],
      ['(not set)', '(direct) / (none)', 561, 0, 0],
      ['120246849180540612', 'facebook / paid', 48, 8, 292.2],
    ]);
    for (const record of run.records) expect([formatDay(record.day), formatDay(record.dayTo)]).toEqual(['2026-09-01', '2026-09-07']);
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 2, daily: false });
    expect(run.description.notes).toMatch(/^1 further section ignored/);
    expect(run.description.notes).toContain('£');
    expect(run.warnings.map((w) => [w.code, w.line])).toEqual([['NO_DAILY_BREAKDOWN', 7]]);
  });

  it('excel-utf16.tsv: UTF-16LE, tabs, header on line 16, month first decided by the preamble range', async () => {
    const run = await runSource(`${DIR}/excel-utf16.tsv`);
    expect(run.records).toHaveLength(7);
    expect([run.records[0]!.line, run.records[6]!.line]).toEqual([17, 23]);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
    expect(totals(run.records)).toEqual([10215, 25, 1865.2]);
    expect(perDay(run.records)).toEqual({
      '2026-09-01': 1412,
      '2026-09-02': 1455,
      '2026-09-03': 1431,
      '2026-09-04': 1498,
      '2026-09-05': 1523,
      '2026-09-06': 1489,
      '2026-09-07': 1407,
    });
    expect(run.records[3]!.values.ga4Value).toBe(1206.6);
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 0, daily: true });
  });

  it('dmy.csv: DD/MM/YYYY decided by the whole column, not its first cells', async () => {
    const run = await runSource(`${DIR}/dmy.csv`);
    expect(run.records).toHaveLength(9);
    expect(run.warnings).toEqual([]);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(totals(run.records)).toEqual([10670, 0, 0]);
    expect(perDay(run.records)).toEqual({
      '2026-09-08': 1180,
      '2026-09-09': 1244,
      '2026-09-10': 1097,
      '2026-09-11': 1310,
      '2026-09-12': 905,
      '2026-09-13': 876,
      '2026-09-14': 1402,
      '2026-09-15': 1366,
      '2026-09-16': 1290,
    });
  });
});

describe('universal-analytics columns and rows', () => {
  it('sums `(Goal N Completions)` columns when neither Transactions nor Goal Completions is there', async () => {
    const file = await runText(
      `${PREAMBLE}Source / Medium,Sessions,Newsletter (Goal 1 Completions),Newsletter (Goal 1 Value),Kontakt (Goal 2 Completions)\nfacebook / paid,120,3,£0.00,1\ngoogle / organic,80,0,£0.00,2\n,200,3,£0.00,3\n`,
    );
    const run = await file.parse();
    // Goal 1 + Goal 2: (3 + 1) + (0 + 2) = 6; the Goal 1 Value column is no revenue.
    expect(totals(run.records)).toEqual([200, 6, 0]);
    expect(run.records.map((r) => r.values.ga4Value)).toEqual([undefined, undefined]);
  });

  it('prefers Transactions over Goal Completions', async () => {
    const file = await runText(`${PREAMBLE}Date,Sessions,Goal Completions,Transactions,Revenue\n20260901,100,9,2,$50.00\n20260902,90,7,1,"$1,000.00"\n,190,16,3,"$1,050.00"\n`);
    const run = await file.parse();
    expect(totals(run.records)).toEqual([190, 3, 1050]);
    expect(perDay(run.records)).toEqual({ '2026-09-01': 100, '2026-09-02': 90 });
  });

  it('turns `Hour Index` rows into days from the range start', async () => {
    // Hours 0-23 are 1 September, 24-47 2 September ("Hour Index, Sessions" with a space, as exported).
    const hours = Array.from({ length: 48 }, (_, hour) => `${hour}, ${hour < 24 ? 1 : 2}`).join('\n');
    const run = await (await runText(`${PREAMBLE}Hour Index, Sessions\n${hours}\n`)).parse();
    expect(run.records).toHaveLength(48);
    expect(perDay(run.records)).toEqual({ '2026-09-01': 24, '2026-09-02': 48 });
  });

  it('warns AMBIGUOUS_DATE_ORDER when neither the dates nor the range decide', async () => {
    // Range January to December: 1/2/26 and 1/3/26 are 2 and 3 January or 1 February and 1 March.
    const run = await (await runText('# All Web Site Data\n# 20260101-20261231\n\nDay Index,Sessions\n1/2/26,5\n1/3/26,7\n')).parse();
    expect(run.warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_DATE_ORDER']);
    expect(run.warnings[0]!.message).toContain('month first (2026-01-02)');
    expect(perDay(run.records)).toEqual({ '2026-01-02': 5, '2026-01-03': 7 });
  });

  it('keeps a campaign named `#sale` and names file and line of a bad number', async () => {
    const run = await (await runText(`${PREAMBLE}Campaign,Sessions\n#sale,12\nherbst,30\n,42\n`)).parse();
    expect(run.records.map((r) => [r.campaign, r.values.sessions])).toEqual([
      ['#sale', 12],
      ['herbst', 30],
    ]);
    const bad = await runText(`${PREAMBLE}Campaign,Sessions\nherbst,lots-of-secret-text\n`);
    const error = await bad.parse().then(
      () => null,
      (e: unknown) => e as { code: string; line: number; message: string },
    );
    expect(error).toMatchObject({ code: 'BAD_NUMBER', line: 8 });
    expect(error!.message).not.toContain('secret');
  });
});

describe('universal-analytics next to GA4', () => {
  it('counts the days a UA and a GA4 file share once (dataset ga4; the GA4 file has the higher priority)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-ua-ga4-'));
    copyFileSync(join(FIXTURES, 'ga4', 'date-campaign.csv'), join(dir, 'date-campaign.csv'));
    copyFileSync(join(FIXTURES, DIR, 'excel-utf16.tsv'), join(dir, 'excel-utf16.tsv'));
    const report = await runAudit({ dir, from: '2026-09-01', to: '2026-09-07' });
    expect(report.sources.map((s) => [s.file, s.kind, s.dataset]).sort()).toEqual([
      ['date-campaign.csv', 'ga4', 'ga4'],
      ['excel-utf16.tsv', 'universal-analytics', 'ga4'],
    ]);
    // GA4 date-campaign.csv (campaign column, priority 1) holds 1-7 September: 746 sessions, 25 key
    // events, 865.2 revenue; the UA file (no campaign, priority 0) repeats those days and drops out.
    expect(report.totals.vanity.sessions).toBe(746);
    expect(report.totals.claimed.ga4).toEqual({ conversions: 25, value: 865.2 });
  });
});

describe('universal-analytics: the Social channel grouping', () => {
  it('folds Social rows into the platform their source names, else into social (platform unknown)', async () => {
    const { runText } = await import('../helpers/run-text.js');
    const { channelOfSource } = await import('../../src/join/channels.js');
    // Acquisition > All Traffic > Channels with Source as secondary dimension. Sessions: facebook.com 120
    // + m.facebook.com 30 = 150 facebook; instagram.com 44 instagram; pinterest.com 9 social (a network
    // smroi has no channel for); Organic Search / google 210 google; the `,,413` totals row is left out.
    const run = await runText(
      '# ----------------------------------------\n# All Web Site Data\n# Channels\n# 20261001-20261031\n# ----------------------------------------\n\n' +
        'Default Channel Grouping,Source,Sessions\nSocial,facebook.com,120\nSocial,m.facebook.com,30\nSocial,instagram.com,44\nSocial,pinterest.com,9\nOrganic Search,google,210\n,,413\n',
    );
    expect(run.source.kind).toBe('universal-analytics');
    const channels: Record<string, number> = {};
    for (const record of run.records) {
      const channel = channelOfSource(record.source) || 'unknown';
      channels[channel] = (channels[channel] ?? 0) + (record.values.sessions ?? 0);
    }
    expect(channels).toEqual({ facebook: 150, instagram: 44, social: 9, google: 210 });
    expect(channelOfSource('Social')).toBe('social');
  });
});
