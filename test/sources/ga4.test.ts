// GA4 downloads. Expected numbers are hand-worked from the fixtures (fixtures/ga4/EXPECTED.md for
// the five fixtures of the fixture set; the extra-*.csv files are worked out in comments here).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { channelOfSource } from '../../src/join/channels.js';
import { streamRows } from '../../src/parse.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleDecimalMark, sampleFile } from '../../src/read/sample.js';
import { ga4 } from '../../src/sources/ga4.js';
import { SOURCES } from '../../src/sources/index.js';
import { detectKind } from '../../src/detect.js';
import { METRIC_NAMES } from '../../src/model/records.js';
import type { WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { inEnglish } from '../helpers/english.js';

const FILES = [
  'date-campaign.csv',
  'date-source-medium.csv',
  'exploration-multi-table.csv',
  'french-preamble.csv',
  'no-date-channel.csv',
  'extra-exploration-daily.csv',
  'extra-de-semicolon.csv',
  'extra-custom-channel-group.csv',
];

/** Sessions, key events and revenue of some records, rounded to cents. */
function totals(records: EmittedRecord[]): [number, number, number] {
  return [sum(records, 'sessions'), sum(records, 'ga4Conversions'), sum(records, 'ga4Value')];
}

function by(records: EmittedRecord[], key: (record: EmittedRecord) => string): Record<string, [number, number, number]> {
  const groups: Record<string, EmittedRecord[]> = {};
  for (const record of records) (groups[key(record)] ??= []).push(record);
  return Object.fromEntries(Object.entries(groups).map(([name, group]) => [name, totals(group)]));
}

const perDay = (records: EmittedRecord[]) => by(records, (r) => formatDay(r.day));
const perCampaign = (records: EmittedRecord[]) => by(records, (r) => r.campaign);
const perSource = (records: EmittedRecord[]) => by(records, (r) => r.source);

/** Runs a text written to a temporary file through sampling, detection and the GA4 parser. */
async function runText(text: string, name = 'download.csv') {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-ga4-'));
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
    const parser = ga4.open({
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
  return { claimedByGa4: ga4.detect(sampled.sample), detected: 'skip' in detected ? null : detected.source.kind, parse };
}

describe('ga4 detection', () => {
  it.each(FILES)('recognises %s as a GA4 download', async (file) => {
    const run = await runSource(`ga4/${file}`);
    expect(run.source.kind).toBe('ga4');
    expect(run.source.family).toBe('analytics');
    expect(run.source.overlap).toBe('day');
  });

  it('finds the range by its 8-digit dates, not by English labels (French, Korean, padded lines)', async () => {
    // formats.md §4.1: `# Date de début : 20260701`, `# 시작일:`; UA/GA lines may be padded with commas.
    const korean = await runText('# 속성: lindner-kaffee.de\n# 시작일: 20260901\n# 종료일: 20260930\n\nSession campaign,Sessions\nherbst,12\n');
    expect(korean.claimedByGa4).toBe(true);
    const run = await korean.parse();
    expect(formatDay(run.records[0]!.day)).toBe('2026-09-01');
    expect(formatDay(run.records[0]!.dayTo)).toBe('2026-09-30');

    const padded = await runText('# ----------,,,\n# Start date: 20260903,,,\n# End date: 20260905,,,\n\nSession campaign,Sessions,Key events\nherbst,12,1\n');
    const paddedRun = await padded.parse();
    expect([formatDay(paddedRun.records[0]!.day), formatDay(paddedRun.records[0]!.dayTo)]).toEqual(['2026-09-03', '2026-09-05']);
  });

  it('takes the French preamble dates as the range of a table without Date', async () => {
    // The preamble of fixtures/ga4/french-preamble.csv above a table cut by campaign only.
    const french = await runText(
      '# Acquisition de trafic : Campagne de la session\n# Compte : Kaffeerösterei Lindner\n# \n# Tous les utilisateurs\n# Date de début : 20260901\n# Date de fin : 20260930\n\nSession campaign,Sessions,Key events,Total revenue\nherbst_aktion_2026,97,5,189.7\n',
    );
    expect(french.claimedByGa4).toBe(true);
    const run = await french.parse();
    expect(run.records).toHaveLength(1);
    expect([formatDay(run.records[0]!.day), formatDay(run.records[0]!.dayTo)]).toEqual(['2026-09-01', '2026-09-30']);
  });

  it('never claims Universal Analytics or a Sessions table without a GA preamble', async () => {
    const universal = await runText('# ----------------------------------------\n# All Web Site Data\n# Audience Overview\n# 20150320-20150419\n# ----------------------------------------\n\nDay Index,Sessions\n3/20/15,0\n4/19/15,1612\n,54314\n');
    expect(universal.claimedByGa4).toBe(false);
    const dayIndexOnly = await runText('# Audience Overview\n# 20150320-20150419\n\nDay Index,Sessions\n3/20/15,0\n');
    expect(dayIndexOnly.claimedByGa4).toBe(false);
    const allWebSiteData = await runText('# All Web Site Data\n# 20150320-20150419\n\nSource / Medium,Sessions\ngoogle / organic,10\n');
    expect(allWebSiteData.claimedByGa4).toBe(false);
    const noPreamble = await runText('Date,Session campaign,Sessions\n20260901,herbst,12\n');
    expect(noPreamble.claimedByGa4).toBe(false);
    const noMetric = await runText('# Start date: 20260901\n# End date: 20260930\n\nLanding page,Country\n/,DE\n');
    expect(noMetric.claimedByGa4).toBe(false);
  });

  it('claims an exploration by its `# Free form` line', async () => {
    const freeForm = await runText('# Free form 1\n\nDate,Sessions\n20260901,12\n');
    expect(freeForm.claimedByGa4).toBe(true);
    expect(freeForm.detected).toBe('ga4');
  });
});

describe('ga4 daily tables', () => {
  it('sums date-campaign.csv per campaign and day and drops its Grand total row', async () => {
    const run = await runSource('ga4/date-campaign.csv');
    // EXPECTED.md (fixtures/ga4): 25 data rows (lines 12-36), Grand total on line 37 = 746 / 25 / 865.2.
    expect(run.records).toHaveLength(25);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.description).toEqual({ dataset: 'ga4', priority: 1, daily: true });
    expect(totals(run.records)).toEqual([746, 25, 865.2]);
    expect(perCampaign(run.records)).toEqual({
      '(direct)': [273, 6, 191],
      herbst_aktion_2026: [259, 10, 358.6],
      'brunch-am-sonntag-familien': [129, 1, 23.4],
      '120246849180540612': [48, 8, 292.2],
      '(not set)': [37, 0, 0],
    });
    expect(perDay(run.records)).toEqual({
      '2026-09-01': [81, 2, 64.8],
      '2026-09-02': [88, 3, 110.3],
      '2026-09-03': [86, 1, 42.5],
      '2026-09-04': [113, 6, 206.6],
      '2026-09-05': [155, 5, 152],
      '2026-09-06': [146, 4, 141.8],
      '2026-09-07': [77, 4, 147.2],
    });
    for (const record of run.records) {
      expect(record.dayTo).toBe(record.day);
      expect(record.currency).toBe('');
      expect(record.source).toBe('');
    }
    expect([run.records[0]!.line, run.records[24]!.line]).toEqual([12, 36]);
  });

  it('reads date-source-medium.csv (old `Conversions` name, compact range line)', async () => {
    const run = await runSource('ga4/date-source-medium.csv');
    // EXPECTED.md (fixtures/ga4): 17 rows, no totals row.
    expect(run.records).toHaveLength(17);
    expect(run.exclusions).toEqual({});
    expect(run.warnings).toEqual([]);
    expect(run.description).toEqual({ dataset: 'ga4', priority: 1, daily: true });
    expect(totals(run.records)).toEqual([376, 18, 626.7]);
    expect(perSource(run.records)).toEqual({
      '(direct) / (none)': [121, 5, 164.5],
      'google / organic': [92, 4, 154.8],
      'facebook / paid': [71, 5, 178.1],
      'ig / social': [54, 2, 63.4],
      'newsletter / email': [20, 1, 42.5],
      'l.facebook.com / referral': [18, 1, 23.4],
    });
    expect(perDay(run.records)).toEqual({
      '2026-09-14': [131, 7, 240.5],
      '2026-09-15': [107, 4, 142.2],
      '2026-09-16': [138, 7, 244],
    });
  });

  it('reads french-preamble.csv', async () => {
    const run = await runSource('ga4/french-preamble.csv');
    // EXPECTED.md (fixtures/ga4): 9 rows over 21-23 September.
    expect(run.records).toHaveLength(9);
    expect(run.warnings).toEqual([]);
    expect(totals(run.records)).toEqual([245, 11, 393.9]);
    expect(perCampaign(run.records)).toEqual({
      '(direct)': [115, 3, 92.3],
      herbst_aktion_2026: [97, 5, 189.7],
      'brunch-am-sonntag-familien': [12, 0, 0],
      '120246849180540612': [21, 3, 111.9],
    });
    expect(perDay(run.records)).toEqual({
      '2026-09-21': [86, 3, 104.7],
      '2026-09-22': [78, 4, 138.4],
      '2026-09-23': [81, 4, 150.8],
    });
  });

  it('drops Totals and Grand total rows, reads quoted thousands and warns about missing days (extra-exploration-daily.csv)', async () => {
    const run = await runSource('ga4/extra-exploration-daily.csv');
    // Hand-worked: rows on lines 9-13; `Totals` (line 8) and `Grand total` (line 14) are not data.
    //   sessions 1,204 + 310 + 1,012 + 12 + 130 = 2,668; key events 5+3+4+0+2 = 14;
    //   Purchase revenue 210.5 + 99.8 + 170 + 0 + 32 = 512.3.
    // Days present 01, 02, 05, 08 → missing 03, 04, 06, 07 (4 days; first three 03, 04, 06).
    expect(run.records).toHaveLength(5);
    expect(run.exclusions).toEqual({ summaryRows: 2 });
    expect(totals(run.records)).toEqual([2668, 14, 512.3]);
    expect(perSource(run.records)).toEqual({
      'google / cpc': [1204, 5, 210.5],
      'facebook / paid': [310, 3, 99.8],
      '(direct) / (none)': [1012, 4, 170],
      'instagram / social': [12, 0, 0],
      'newsletter / email': [130, 2, 32],
    });
    expect(perCampaign(run.records)['herbst_aktion_2026']).toEqual([1514, 8, 310.3]);
    expect(perCampaign(run.records)['#kaffeeliebe']).toEqual([12, 0, 0]);
    // Campaign and source/medium: two dimension kinds.
    expect(run.description).toEqual({ dataset: 'ga4', priority: 2, daily: true });
    expect(run.warnings).toHaveLength(1);
    const missing = run.warnings[0]!;
    expect(missing.code).toBe('MISSING_DAYS');
    expect(missing.details).toMatchObject({ count: 4, firstMissing: ['2026-09-03', '2026-09-04', '2026-09-06'] });
    expect(missing.message).toContain('4 days');
  });

  it('maps German headers, a `;` file with decimal commas and a Gesamtsumme row (extra-de-semicolon.csv)', async () => {
    const run = await runSource('ga4/extra-de-semicolon.csv');
    // Hand-worked: Sitzungen 1.050 + 150 + 120 + 82 = 1.402; Schlüsselereignisse 6+1+1+1 = 9;
    //   Gesamtumsatz 208,50 + 34,90 + 29,90 + 38,10 = 311,40 (= the Gesamtsumme row, line 12, excluded).
    expect(run.records).toHaveLength(4);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
    expect(totals(run.records)).toEqual([1402, 9, 311.4]);
    // Campaign, source/medium and channel group: three dimension kinds, the richest GA4 file.
    expect(run.description).toEqual({ dataset: 'ga4', priority: 3, daily: true });
    // With both present, source/medium wins over the channel group label; a social channel group
    // marks its source (`social: …`), which folds into the platform the source names.
    expect(perSource(run.records)).toEqual({
      'social: facebook / paid': [1050, 6, 208.5],
      '(direct) / (none)': [150, 1, 34.9],
      'social: ig / social': [120, 1, 29.9],
      'google / organic': [82, 1, 38.1],
    });
    expect(channelOfSource('social: facebook / paid')).toBe('facebook');
    expect(channelOfSource('social: ig / social')).toBe('instagram');
    expect(perCampaign(run.records)['herbst_aktion_2026']).toEqual([1170, 7, 238.4]);
    expect(perDay(run.records)).toEqual({
      '2026-09-01': [1200, 7, 243.4],
      '2026-09-02': [120, 1, 29.9],
      '2026-09-03': [82, 1, 38.1],
    });
  });

  it('reads a `#` first cell inside a table as data when its metrics hold numbers', async () => {
    const file = await runText('# Free form 1\n# 20260901-20260930\n\nSession campaign,Sessions,Key events\n#sale,12,1\nherbst,30,2\n\n# Free form 1: by date\nDate,Sessions\n20260901,42\n');
    const run = await file.parse();
    expect(run.records.map((r) => [r.campaign, r.values.sessions])).toEqual([
      ['#sale', 12],
      ['herbst', 30],
    ]);
    expect(run.description.notes).toMatch(/^1 further table ignored/);
  });

  it('names file, line and column of a bad number without echoing the cell', async () => {
    const file = await runText('# 20260901-20260930\n\nDate,Session campaign,Sessions\n20260901,herbst,lots-of-secret-text\n');
    const error = await file.parse().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('BAD_NUMBER');
    expect((error as InputError).line).toBe(4);
    expect((error as InputError).message).not.toContain('secret');
  });
});

describe('ga4 tables without Date', () => {
  it('turns no-date-channel.csv into range records with one NO_DAILY_BREAKDOWN warning', async () => {
    const run = await runSource('ga4/no-date-channel.csv');
    // EXPECTED.md (fixtures/ga4): 7 channel rows for 2026-09-01 … 2026-09-30, no totals row.
    expect(run.records).toHaveLength(7);
    expect(run.exclusions).toEqual({});
    expect(totals(run.records)).toEqual([3350, 87, 3109.6]);
    for (const record of run.records) {
      expect(formatDay(record.day)).toBe('2026-09-01');
      expect(formatDay(record.dayTo)).toBe('2026-09-30');
    }
    expect(perSource(run.records)).toEqual({
      Direct: [1180, 31, 1042.6],
      'Paid Social': [930, 27, 1011.5],
      'Organic Search': [655, 18, 684.3],
      'Organic Social': [402, 6, 196.2],
      Email: [88, 4, 151.6],
      Referral: [71, 1, 23.4],
      Unassigned: [24, 0, 0],
    });
    // The channel group label is the source; channelOfSource folds it later.
    expect(channelOfSource('Organic Search')).toBe('google');
    expect(channelOfSource('Email')).toBe('email');
    expect(run.description).toEqual({ dataset: 'ga4', priority: 1, daily: false });
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]!.code).toBe('NO_DAILY_BREAKDOWN');
    expect(run.warnings[0]!.message).toContain('add the Date dimension to join it by day');
  });

  it('takes the campaign table of exploration-multi-table.csv, not its Date,Sessions chart table (the same 746 sessions), and drops its blank-label totals row', async () => {
    const run = await runSource('ga4/exploration-multi-table.csv');
    // EXPECTED.md (fixtures/ga4): first table = 5 campaign rows after a blank-label totals row
    // (line 10: 746 / 461 / 25 / 865.2); the `Date,Sessions` table below repeats the same 746 sessions.
    expect(run.records).toHaveLength(5);
    expect(run.records.map((r) => r.line)).toEqual([11, 12, 13, 14, 15]);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(totals(run.records)).toEqual([746, 25, 865.2]);
    expect(perCampaign(run.records)).toEqual({
      '(direct)': [273, 6, 191],
      herbst_aktion_2026: [259, 10, 358.6],
      'brunch-am-sonntag-familien': [129, 1, 23.4],
      '120246849180540612': [48, 8, 292.2],
      '(not set)': [37, 0, 0],
    });
    for (const record of run.records) {
      expect([formatDay(record.day), formatDay(record.dayTo)]).toEqual(['2026-09-01', '2026-09-07']);
    }
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 1, daily: false });
    expect(run.description.notes).toMatch(/^1 further table ignored/);
    expect(run.description.notes).toContain('Read sessions, key events and total revenue from the table on line 9.');
    expect(run.warnings.map((w) => w.code)).toEqual(['TABLE_CHOSEN', 'NO_DAILY_BREAKDOWN']);
    expect(run.warnings[0]!.message).toContain('sessions from the table on line 9 (by Session campaign), not line 21 (by Date)');
  });

  it('takes a custom channel group column as the source and ignores two later tables (extra-custom-channel-group.csv)', async () => {
    const run = await runSource('ga4/extra-custom-channel-group.csv');
    // Hand-worked: Sessions 520 + 380 + 75 + 900 = 1,875; Key events 12+5+3+20 = 40;
    //   Total revenue 402.6 + 150 + 99.7 + 700.1 = 1,352.4. The `Date,Sessions` and
    //   `Device category,Sessions` tables repeat the 1,875 sessions and are not read.
    expect(run.records).toHaveLength(4);
    expect(totals(run.records)).toEqual([1875, 40, 1352.4]);
    expect(run.records.map((r) => r.source)).toEqual(['Meta Ads', 'Organic', 'Newsletter', 'Direct']);
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 1, daily: false });
    expect(run.description.notes).toMatch(/^2 further tables ignored/);
    for (const record of run.records) {
      expect([formatDay(record.day), formatDay(record.dayTo)]).toEqual(['2026-09-01', '2026-09-30']);
    }
    expect(run.warnings.map((w) => w.code)).toEqual(['TABLE_CHOSEN', 'NO_DAILY_BREAKDOWN']);
  });

  it('fails with NO_DATE_RANGE when neither a Date column nor a preamble range exists', async () => {
    const file = await runText('# Free form 1\n\nSession campaign,Sessions\nherbst,12\n');
    expect(file.claimedByGa4).toBe(true);
    const error = await file.parse().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('NO_DATE_RANGE');
    expect((error as InputError).line).toBe(3);
  });
});

describe('ga4 localized downloads (EXPECTED.md § de-date-campaign.csv, § sv-date-source.csv)', () => {
  it('de-date-campaign.csv: an Excel re-save (Windows-1252, ";", padded preamble, 1.204 and 1.234,50)', async () => {
    const sampled = await sampleFile(join(FIXTURES, 'ga4', 'de-date-campaign.csv'));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect([sampled.sample.encoding, sampled.sample.delimiter]).toEqual(['windows-1252', ';']);
    const run = await runSource('ga4/de-date-campaign.csv');
    expect(run.records).toHaveLength(6);
    expect(run.records.map((r) => r.line)).toEqual([12, 13, 14, 15, 16, 17]);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.description).toEqual({ dataset: 'ga4', priority: 1, daily: true });
    expect(totals(run.records)).toEqual([3846, 29, 3244.9]);
    expect(perCampaign(run.records)).toEqual({
      herbst_aktion_2026: [3203, 24, 3069.8],
      '(direct)': [598, 5, 175.1],
      '(not set)': [45, 0, 0],
    });
    expect(perDay(run.records)).toEqual({
      '2026-09-01': [1514, 11, 1299.3],
      '2026-09-02': [1032, 7, 845.3],
      '2026-09-03': [1300, 11, 1100.3],
    });
  });

  it('sv-date-source.csv: guessed Swedish names and a "Totalt" row', async () => {
    const run = await runSource('ga4/sv-date-source.csv');
    expect(run.records).toHaveLength(6);
    expect(run.exclusions).toEqual({ summaryRows: 1 });
    expect(run.warnings).toEqual([]);
    expect(run.description).toEqual({ dataset: 'ga4', priority: 1, daily: true });
    expect(totals(run.records)).toEqual([536, 11, 1617.65]);
    expect(perSource(run.records)).toEqual({
      'google / organic': [252, 7, 1062.75],
      'facebook / paid': [183, 3, 455],
      '(direct) / (none)': [60, 1, 99.9],
      'instagram / social': [41, 0, 0],
    });
    expect(perDay(run.records)).toEqual({ '2026-09-01': [275, 6, 860.4], '2026-09-02': [261, 5, 757.25] });
  });

  it.each([
    ['Sitzung – Quelle/Medium', 'Sitzungen', 'Schlüsselereignisse', 'Gesamtumsatz'],
    ['Sitzung - Quelle / Medium', 'Sitzungen', 'Schlüsselereignisse', 'Gesamtumsatz'],
    ['Sitzung — Quelle/Medium', 'SITZUNGEN', 'SCHLÜSSELEREIGNISSE', 'Gesamtumsatz'],
    ['Sessionens källa/medium', 'Sessioner', 'Nyckelhändelser', 'Totala intäkter'],
    ['Session source / medium', 'Sessions', 'Key events', 'Total revenue'],
  ])('maps %s, %s, %s, %s', async (sourceMedium, sessions, keyEvents, revenue) => {
    const file = await runText(`# 20260901-20260930\n\nDatum,${sourceMedium},${sessions},${keyEvents},${revenue}\n20260901,facebook / paid,12,1,29.9\n`);
    expect(file.detected).toBe('ga4');
    const run = await file.parse();
    expect(run.records.map((r) => [r.source, r.values.sessions, r.values.ga4Conversions, r.values.ga4Value])).toEqual([['facebook / paid', 12, 1, 29.9]]);
  });

  it('reads a Swedish Excel re-save (";", `1 234,56` with a no-break space) and warns when 1.000 stays ambiguous', async () => {
    const swedish = await (
      await runText('# Startdatum: 20260901;;;\n# Slutdatum: 20260902;;;\n;;;\nDatum;Sessionens källa/medium;Sessioner;Totala intäkter\n20260901;facebook / paid;1\u00a0204;1\u00a0234,56\n20260902;google / organic;87;99,5\n')
    ).parse();
    expect(swedish.records.map((r) => [r.values.sessions, r.values.ga4Value])).toEqual([
      [1204, 1234.56],
      [87, 99.5],
    ]);
    expect(swedish.warnings).toEqual([]);
    // Only `2.000` and `1.500` as revenue, sessions without separators: the `;` suggests decimal commas.
    const ambiguous = await (await runText('# Startdatum: 20260901;;\n# Enddatum: 20260902;;\n;;\nDatum;Sitzungen;Gesamtumsatz\n20260901;12;2.000\n20260902;9;1.500\n')).parse();
    expect(ambiguous.records.map((r) => r.values.ga4Value)).toEqual([2000, 1500]);
    expect(ambiguous.warnings.map((w) => [w.code, w.line, w.details])).toEqual([['AMBIGUOUS_DECIMAL', 4, { assumed: ',', example: '2.000' }]]);
  });

  it('maps the German and Swedish channel group and campaign names', async () => {
    const german = await (await runText('# Startdatum: 20260901\n# Enddatum: 20260930\n\nSitzung – primäre Channelgruppe (Standard-Channelgruppe);Sitzungen\nPaid Social;1.204\n')).parse();
    // `1.204` sessions: a count, so the dot groups thousands (no other number decides the mark).
    expect(german.records.map((r) => [r.source, r.values.sessions])).toEqual([['Paid Social', 1204]]);
    expect(german.warnings.map((w) => w.code)).toEqual(['NO_DAILY_BREAKDOWN']);
    const swedish = await (await runText('# Startdatum: 20260901\n# Slutdatum: 20260930\n\nSessionens primära kanalgrupp (standardkanalgrupp),Sessionens kampanj,Sessioner\nPaid Social,höst,12\n')).parse();
    expect(swedish.records.map((r) => [r.source, r.campaign, r.values.sessions])).toEqual([['Paid Social', 'höst', 12]]);
  });
});

describe('ga4 downloads with several tables (fixtures/ga4/EXPECTED.md § Traffic_acquisition…, § Reports_snapshot.csv, § Demographic_details_City.csv)', () => {
  const perChannel = (records: EmittedRecord[]) => by(records, (r) => channelOfSource(r.source) || 'unknown');

  it('reads the channel-group table further down, not the Date,Sessions chart table above it, and folds Organic / Paid Social', async () => {
    const run = await runSource('ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv');
    expect(run.source.kind).toBe('ga4');
    // 12 rows on lines 25–36, one record each.
    expect(run.records.map((r) => r.line)).toEqual([25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
    expect(totals(run.records)).toEqual([1317, 25, 813.7]);
    for (const record of run.records) expect([formatDay(record.day), formatDay(record.dayTo)]).toEqual(['2026-10-01', '2026-10-07']);
    expect(perChannel(run.records)).toEqual({
      unknown: [421, 9, 318.4], // Direct (direct) 412 + Unassigned (not set) 9
      google: [361, 8, 266.5], // Organic Search 286 + Paid Search 75
      instagram: [202, 3, 81.7], // Organic Social l.instagram.com 148 + Paid Social ig 54
      facebook: [216, 4, 114.6], // Organic Social m.facebook.com 96 + Paid Social facebook 120
      social: [55, 0, 0], // Organic Social linktr.ee 37 + Paid Social (not set) 18: platform unknown
      email: [40, 1, 32.5],
      other: [22, 0, 0],
    });
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 2, daily: false });
    expect(run.description.notes).toBe(
      '1 further table ignored (the same figures cut another way, or no metric smroi reads). Read sessions, key events and total revenue from the table on line 24.',
    );
    expect(run.warnings.map((w) => [w.code, w.line])).toEqual([
      ['TABLE_CHOSEN', 24],
      ['NO_DAILY_BREAKDOWN', 24],
    ]);
    expect(run.warnings[0]!.message).toBe(
      'ga4/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv holds several tables that split the same figures; each figure is counted from one table only: sessions from the table on line 24 (by Session primary channel group (Default Channel Group), Session source), not line 11 (by Date).',
    );
  });

  it('takes each metric from its best table: by date and source beats by source beats by date alone', async () => {
    // Tab 1 by date only (rank: daily), tab 2 by channel group without date (attributed), tab 3 by
    // date and source (attributed and daily), which carries sessions only. Sessions come from tab 3
    // (40 + 25 + 15 = 80; tab 1 and tab 2 state the same 80), key events and revenue from tab 2
    // (3 + 1 = 4; 90 + 19.5 = 109.5), the only table with them. Nothing is added twice.
    const file = await runText(
      '# Free form 1\n# Start date: 20261001\n# End date: 20261002\n\nDate,Sessions\n20261001,50\n20261002,30\n\n' +
        '# Free form 1: Channels\nSession primary channel group (Default Channel Group),Sessions,Key events,Total revenue\nPaid Social,55,3,90\nOrganic Search,25,1,19.5\n\n' +
        '# Free form 1: Daily sources\nDate,Session source / medium,Sessions\n20261001,facebook / paid,40\n20261001,google / organic,10\n20261002,google / organic,15\n20261002,pinterest / social,15\n',
    );
    const run = await file.parse();
    expect(totals(run.records)).toEqual([80, 4, 109.5]);
    const sessions = run.records.filter((r) => r.values.sessions !== undefined);
    expect(sessions.every((r) => r.day === r.dayTo && r.line >= 16)).toBe(true);
    expect(by(sessions, (r) => `${formatDay(r.day)} ${r.source}`)).toEqual({
      '2026-10-01 facebook / paid': [40, 0, 0],
      '2026-10-01 google / organic': [10, 0, 0],
      '2026-10-02 google / organic': [15, 0, 0],
      '2026-10-02 pinterest / social': [15, 0, 0],
    });
    const claims = run.records.filter((r) => r.values.ga4Conversions !== undefined);
    expect(claims.map((r) => [r.source, r.values.sessions, r.values.ga4Conversions, r.values.ga4Value])).toEqual([
      ['Paid Social', undefined, 3, 90],
      ['Organic Search', undefined, 1, 19.5],
    ]);
    expect(run.description).toMatchObject({ priority: 1, daily: false });
    expect(run.warnings.find((w) => w.code === 'TABLE_CHOSEN')!.message).toContain(
      'sessions from the table on line 15 (by Date, Session source / medium), not line 5 (by Date) or line 10 (by Session primary channel group (Default Channel Group)).',
    );
    expect(run.description.notes).toBe(
      '1 further table ignored (the same figures cut another way, or no metric smroi reads). Read key events and total revenue from the table on line 10 and sessions from the table on line 15.',
    );
  });

  it('reads the Reports snapshot: sessions by channel group, key events by event name, total revenue by Nth day', async () => {
    const run = await runSource('ga4/Reports_snapshot.csv');
    expect(run.source.kind).toBe('ga4');
    expect(totals(run.records)).toEqual([1317, 25, 813.7]);
    // Total revenue: `Nth day` 0000 … 0006 counted from the start date 2026-10-01, one record a day.
    const revenue = run.records.filter((r) => r.values.ga4Value !== undefined);
    expect(revenue.map((r) => [formatDay(r.day), formatDay(r.dayTo), r.values.ga4Value])).toEqual([
      ['2026-10-01', '2026-10-01', 110.3],
      ['2026-10-02', '2026-10-02', 95.2],
      ['2026-10-03', '2026-10-03', 132.6],
      ['2026-10-04', '2026-10-04', 101.4],
      ['2026-10-05', '2026-10-05', 148.9],
      ['2026-10-06', '2026-10-06', 127.1],
      ['2026-10-07', '2026-10-07', 98.2],
    ]);
    // Sessions from the channel-group card (line 59), not the campaign card (line 69) that splits the same 1,317.
    const sessions = run.records.filter((r) => r.values.sessions !== undefined);
    expect(sessions.map((r) => r.line)).toEqual([60, 61, 62, 63, 64, 65, 66, 67]);
    expect(perChannel(sessions)).toEqual({
      unknown: [412, 0, 0],
      google: [361, 0, 0],
      social: [473, 0, 0], // Organic Social 281 + Paid Social 192: no source names the platform
      email: [40, 0, 0],
      other: [31, 0, 0], // Referral 22 + Unassigned 9
    });
    for (const record of sessions) expect([formatDay(record.day), formatDay(record.dayTo)]).toEqual(['2026-10-01', '2026-10-07']);
    // Key events: purchase 19 + generate_lead 6, whole-range records without a channel.
    const events = run.records.filter((r) => r.values.ga4Conversions !== undefined);
    expect(events.map((r) => [r.source, r.values.ga4Conversions, formatDay(r.dayTo), r.line])).toEqual([
      ['', 19, '2026-10-07', 93],
      ['', 6, '2026-10-07', 94],
    ]);
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 1, daily: false });
    expect(run.description.notes).toMatch(/^9 further tables ignored/);
    expect(run.warnings.map((w) => [w.code, w.line])).toEqual([
      ['TABLE_CHOSEN', 59],
      ['NO_DAILY_BREAKDOWN', 59],
      ['NO_CHANNEL_BREAKDOWN', 92],
    ]);
    expect(run.warnings[0]!.message).toContain('sessions from the table on line 59 (by Session primary channel group (Default Channel Group)), not line 69 (by Session campaign).');
    expect(run.warnings[2]!.message).toContain('breaks key events down by "Event name" only');
  });

  it('counts a download whose tables are all by city for the totals, channel unknown, with a warning', async () => {
    const run = await runSource('ga4/Demographic_details_City.csv');
    expect(run.source.kind).toBe('ga4');
    // Berlin 436 + Hamburg 165 + München 134 + (not set) 44 = 779 sessions; 9 + 3 + 2 = 14 key events;
    // 296.4 + 98.7 + 61.2 = 456.3. The `Nth day,City,Active users` chart above holds nothing smroi reads.
    expect(totals(run.records)).toEqual([779, 14, 456.3]);
    expect(run.records.every((r) => r.source === '' && r.campaign === '')).toBe(true);
    expect(run.records.map((r) => [r.line, formatDay(r.day), formatDay(r.dayTo)])).toEqual([
      [18, '2026-10-01', '2026-10-07'],
      [19, '2026-10-01', '2026-10-07'],
      [20, '2026-10-01', '2026-10-07'],
      [21, '2026-10-01', '2026-10-07'],
    ]);
    expect(run.warnings.map((w) => [w.code, w.line])).toEqual([
      ['NO_DAILY_BREAKDOWN', 17],
      ['NO_CHANNEL_BREAKDOWN', 17],
    ]);
    expect(run.warnings[1]!.message).toContain('breaks sessions, key events and total revenue down by "City" only');
    expect(run.description).toMatchObject({ dataset: 'ga4', priority: 0, daily: false });
  });

  it('names the line of an `Nth day` cell that is not a day number', async () => {
    const file = await runText('# Reports snapshot\n# Start date: 20261001\n# End date: 20261007\n\nNth day,Total revenue\n0000,12.5\nmonday,3\n');
    const error = await file.parse().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('BAD_DATE');
    expect((error as InputError).line).toBe(7);
  });
});
