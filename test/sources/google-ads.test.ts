// Google Ads campaign reports. Expected numbers are hand-worked in fixtures/google-ads/EXPECTED.md.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { formatDay } from '../../src/read/dates.js';
import { googleAds, parseLongDate, parseRangeLine } from '../../src/sources/google-ads.js';
import { runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { runText } from '../helpers/run-text.js';
import { tokenize } from '../../src/read/csv.js';
import type { FileSample } from '../../src/sources/types.js';

const sampleOf = (text: string): FileSample => ({ fileName: 'x.csv', text, rows: tokenize(text, ','), delimiter: ',', hasSepLine: false, encoding: 'utf-8' });

const codes = (run: { warnings: { code: string }[] }) => run.warnings.map((warning) => warning.code);

function perCampaign(records: EmittedRecord[]): Record<string, [number, number, number, number, number]> {
  const groups: Record<string, EmittedRecord[]> = {};
  for (const record of records) (groups[record.campaign] ??= []).push(record);
  return Object.fromEntries(
    Object.entries(groups).map(([name, group]) => [
      name,
      [sum(group, 'adSpend'), sum(group, 'impressions'), sum(group, 'linkClicks'), sum(group, 'googleConversions'), sum(group, 'googleValue')],
    ]),
  );
}

describe('google-ads: English campaign report (title line, range line, Total: rows, " --")', () => {
  it('reads three campaigns over the stated range and leaves out the four Total: rows', async () => {
    const run = await runSource('google-ads/Campaign report.csv');
    expect(run.source.kind).toBe('google-ads');
    expect(run.records).toHaveLength(3);
    expect(run.exclusions.summaryRows).toBe(4);
    for (const record of run.records) {
      expect([formatDay(record.day), formatDay(record.dayTo)]).toEqual(['2026-10-01', '2026-10-31']);
      expect(record.channel).toBe('google');
      expect(record.currency).toBe('EUR');
    }
    expect(perCampaign(run.records)).toEqual({
      'Herbst Aktion 2026': [378.82, 12480, 611, 19, 1045.5],
      'Brand Search': [84.42, 3105, 402, 11.4, 612.3],
      // ` --` conversions: no value, so the record does not carry the metric (sum() counts it 0).
      'Display Remarketing': [59.85, 45010, 133, 0, 0],
    });
    const display = run.records.find((record) => record.campaign === 'Display Remarketing')!;
    expect(display.values.googleConversions).toBeUndefined();
    expect(display.values.googleValue).toBeUndefined();
    expect([sum(run.records, 'adSpend'), sum(run.records, 'googleConversions'), sum(run.records, 'googleValue')]).toEqual([523.09, 30.4, 1657.8]);
    expect(run.description).toMatchObject({ dataset: 'google-ads:EUR', priority: 3, daily: false });
    expect(codes(run)).toEqual(['NO_DAILY_BREAKDOWN']);
    expect(run.warnings[0]!.line).toBe(3);
  });
});

describe('google-ads: daily campaign report (Day column)', () => {
  it('books each row on its day, with the campaign ID', async () => {
    const run = await runSource('google-ads/Campaign report (1).csv');
    expect(run.source.kind).toBe('google-ads');
    expect(run.records).toHaveLength(6);
    expect(run.exclusions.summaryRows).toBe(1);
    expect(run.records.every((record) => record.day === record.dayTo)).toBe(true);
    const days: Record<string, number> = {};
    for (const record of run.records) days[formatDay(record.day)] = Math.round(((days[formatDay(record.day)] ?? 0) + (record.values.adSpend ?? 0)) * 100) / 100;
    expect(days).toEqual({ '2026-10-01': 16.11, '2026-10-02': 18.04, '2026-10-03': 14.43 });
    expect(perCampaign(run.records)).toEqual({
      'Herbst Aktion 2026': [40.37, 1253, 66, 3, 154.7],
      'Brand Search': [8.21, 293, 39, 1.5, 57.75],
    });
    expect(run.records[0]!.campaignId).toBe('21458903317');
    expect(run.records[0]!.line).toBe(4);
    expect(run.description).toMatchObject({ dataset: 'google-ads:EUR', daily: true });
    expect(codes(run)).toEqual([]);
  });
});

describe('google-ads: German "Excel CSV" (UTF-16LE, tabs, decimal comma)', () => {
  it('reads German headers and numbers and the German range line', async () => {
    const run = await runSource('google-ads/Kampagnenbericht.csv');
    expect(run.source.kind).toBe('google-ads');
    expect(run.records).toHaveLength(3);
    expect(run.exclusions.summaryRows).toBe(3);
    expect([formatDay(run.records[0]!.day), formatDay(run.records[0]!.dayTo)]).toEqual(['2026-10-01', '2026-10-31']);
    expect(perCampaign(run.records)).toEqual({
      'Herbst Aktion 2026': [378.82, 12480, 611, 19, 1045.5],
      'Brunch am Sonntag \u2013 Familien': [96.3, 2040, 187, 6, 231.6],
      'Display Remarketing': [59.85, 45010, 133, 0, 0],
    });
    expect(sum(run.records, 'adSpend')).toBe(534.97);
  });
});

describe('google-ads: ad report (Ad and Ad group columns)', () => {
  it('reads ads under their campaigns, at ad level, and leaves out Total: Account and Total: Ads', async () => {
    const run = await runSource('google-ads/Ad report.csv');
    expect(run.source.kind).toBe('google-ads');
    expect(run.records).toHaveLength(3);
    expect(run.exclusions.summaryRows).toBe(2);
    // Herbst: 251.36 + 127.46 = 378.82 cost, 8,210 + 4,270 = 12,480 impr., 402 + 209 = 611 clicks,
    // 13 + 6 = 19 conversions, 715.40 + 330.10 = 1,045.50: the same as its row in Campaign report.csv.
    expect(perCampaign(run.records)).toEqual({
      'Herbst Aktion 2026': [378.82, 12480, 611, 19, 1045.5],
      'Brand Search': [84.42, 3105, 402, 11.4, 612.3],
    });
    expect(run.description).toMatchObject({ dataset: 'google-ads:EUR', priority: 1, daily: false });
  });
});

describe('google-ads: dates and errors', () => {
  it('reads the long date forms of the range line', () => {
    const day = (text: string) => {
      const parsed = parseLongDate(text);
      return parsed === null ? null : formatDay(parsed);
    };
    expect(day('1 October 2026')).toBe('2026-10-01');
    expect(day('1. Oktober 2026')).toBe('2026-10-01');
    expect(day('October 31, 2026')).toBe('2026-10-31');
    expect(day('Okt. 3, 2026')).toBe('2026-10-03');
    expect(day('31. März 2026')).toBe('2026-03-31');
    expect(day('Thursday, October 1, 2026')).toBe('2026-10-01');
    expect(day('Donnerstag, 1. Oktober 2026')).toBe('2026-10-01');
    expect(day('2026-10-01')).toBe('2026-10-01');
    expect(day('31 September 2026')).toBeNull();
    expect(day('1 Brumaire 2026')).toBeNull();
    expect(parseRangeLine('1. Oktober 2026 - 31. Oktober 2026')!.map(formatDay)).toEqual(['2026-10-01', '2026-10-31']);
    expect(parseRangeLine('Campaign report')).toBeNull();
  });

  it('refuses a report with neither a Day column nor a range line, naming file and line', async () => {
    const run = runText('Campaign report\nCampaign,Currency code,Impr.,Clicks,Cost\nBrand Search,EUR,10,2,1.50\n');
    await expect(run).rejects.toMatchObject({ code: 'NO_DATE_RANGE', line: 2 });
    await expect(run).rejects.toBeInstanceOf(InputError);
  });

  it('reads day-first slashed Day cells when a day over 12 shows the order', async () => {
    const text = 'Campaign report\n"October 1, 2026 - October 31, 2026"\nDay,Campaign,Currency code,Impr.,Clicks,Cost\n30/10/2026,Brand Search,EUR,10,2,1.50\n05/10/2026,Brand Search,EUR,12,3,2.25\n';
    const run = await runText(text);
    expect(run.records.map((r) => [formatDay(r.day), r.values.adSpend])).toEqual([
      ['2026-10-30', 1.5],
      ['2026-10-05', 2.25],
    ]);
  });

  it('names the line of a cost that is not a number', async () => {
    const text = 'Campaign report\n1 October 2026 - 31 October 2026\nCampaign,Currency code,Impr.,Clicks,Cost\nBrand Search,EUR,10,2,1.50\nHerbst,EUR,10,2,abc\n';
    await expect(runText(text)).rejects.toMatchObject({ code: 'BAD_NUMBER', line: 5 });
  });

  it('is not claimed without a cost column, nor for a Meta export', () => {
    expect(googleAds.detect(sampleOf('Campaign report\n1 October 2026 - 31 October 2026\nCampaign,Impr.,Clicks\nA,1,1\n'))).toBe(false);
    expect(googleAds.detect(sampleOf('Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions\n2026-10-01,2026-10-31,A,1,1\n'))).toBe(false);
    // Without the title lines only a column Google alone writes tells it from a sheet of one's own.
    expect(googleAds.detect(sampleOf('Campaign,Cost,Clicks,Conversions\nHerbst,12.50,40,2\n'))).toBe(false);
    expect(googleAds.detect(sampleOf('Campaign report\nCampaign,Cost,Clicks\nHerbst,12.50,40\n'))).toBe(true);
    expect(googleAds.detect(sampleOf('Day,Campaign,Currency code,Impr.,Clicks,Cost\n2026-10-01,Herbst,EUR,100,4,1.20\n'))).toBe(true);
  });
});
