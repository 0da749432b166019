// Meta Business Suite one-metric insights files. Expected numbers are written out literally; for the
// shared fixtures they come from fixtures/meta-insights/EXPECTED.md (hand-worked), for the extra-*.csv
// fixtures added with this adapter they are worked out in the comments next to each test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { InputError } from '../../src/errors.js';
import { streamRows } from '../../src/parse.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleDecimalMark, sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { metaInsights, platformOfFileName } from '../../src/sources/meta-insights.js';
import type { CanonicalRecord, MetricName } from '../../src/model/records.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { runText } from '../helpers/run-text.js';

const DIR = 'meta-insights';
const fixtureFiles = readdirSync(join(FIXTURES, DIR)).filter((name) => name.endsWith('.csv'));

/** Day of September → value, as EXPECTED.md lists them. */
function september(records: EmittedRecord[], metric: MetricName): Record<string, number> {
  return Object.fromEntries(records.map((record) => [formatDay(record.day).slice(8), record.values[metric]!]));
}

/** Sums of consecutive 5-day blocks of a 30-day series (EXPECTED.md "blocks"). */
function blocks(records: EmittedRecord[], metric: MetricName): number[] {
  const result: number[] = [];
  for (let i = 0; i < records.length; i += 5) result.push(sum(records.slice(i, i + 5), metric));
  return result;
}

const codes = (run: { warnings: { code: string }[] }) => run.warnings.map((warning) => warning.code);

describe('meta-insights detection', () => {
  it.each(fixtureFiles)('%s is detected as a Meta Business Suite insights file', async (name) => {
    const sampled = await sampleFile(join(FIXTURES, DIR, name));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect(metaInsights.detect(sampled.sample)).toBe(true);
    const detection = detectKind(sampled.sample, SOURCES);
    expect('source' in detection && detection.source.kind).toBe('meta-insights');
  });

});

describe('shared fixtures (EXPECTED.md table)', () => {
  // file, metric, channel, rows, first and last data line, Σ Primary
  const table: [string, MetricName, string, number, number, number, number][] = [
    ['facebook-follows.csv', 'follows', 'facebook', 17, 4, 20, 43],
    ['instagram-follows.csv', 'follows', 'instagram', 16, 4, 19, 73],
    ['facebook-visits.csv', 'profileVisits', 'facebook', 30, 4, 33, 1500],
    ['instagram-profile-visits.csv', 'profileVisits', 'instagram', 30, 4, 33, 472],
    ['instagram-reach.csv', 'reach', 'instagram', 30, 4, 33, 16178],
    ['facebook-link-clicks.csv', 'linkClicks', 'facebook', 30, 4, 33, 143],
    ['facebook-visits-utf8.csv', 'profileVisits', 'facebook', 30, 4, 33, 1500],
    ['views-ambiguous.csv', 'impressions', '', 30, 4, 33, 5590],
  ];

  it.each(table)('%s → %s on "%s": %i rows on lines %i–%i, sum %d', async (file, metric, channel, rows, firstLine, lastLine, total) => {
    const run = await runSource(`${DIR}/${file}`);
    expect(run.source.kind).toBe('meta-insights');
    expect(run.records).toHaveLength(rows);
    expect(run.records[0]!.line).toBe(firstLine);
    expect(run.records.at(-1)!.line).toBe(lastLine);
    expect(sum(run.records, metric)).toBe(total);
    expect(run.description.dataset).toBe(`meta-insights:${channel || 'unknown'}:${metric}`);
    expect(run.description.daily).toBe(true);
    expect(run.exclusions).toEqual({});
    for (const record of run.records) {
      // Only the file's one metric is carried.
      expect(Object.keys(record.values)).toEqual([metric]);
      expect(record.channel).toBe(channel);
      expect(record.dayTo).toBe(record.day);
      expect([record.campaign, record.campaignId, record.currency, record.ref]).toEqual(['', '', '', '']);
    }
    expect(formatDay(run.records[0]!.day)).toBe('2026-09-01');
  });

  it('follows files leave out days without follows: no warning, a note, no invented rows', async () => {
    const facebook = await runSource(`${DIR}/facebook-follows.csv`);
    expect(facebook.warnings).toEqual([]);
    expect(facebook.description.notes).toBe('days missing from a follows file count as 0');
    expect(september(facebook.records, 'follows')).toEqual({
      '01': 2, '02': 1, '04': 3, '05': 5, '06': 4, '09': 1, '12': 2, '13': 6, '14': 3,
      '18': 1, '19': 2, '20': 4, '21': 2, '25': 1, '26': 3, '27': 2, '30': 1,
    });
    const instagram = await runSource(`${DIR}/instagram-follows.csv`);
    expect(instagram.warnings).toEqual([]);
    expect(september(instagram.records, 'follows')).toEqual({
      '01': 4, '03': 2, '05': 7, '06': 9, '07': 3, '10': 1, '12': 5, '13': 8,
      '17': 2, '19': 6, '20': 11, '21': 4, '24': 1, '26': 3, '27': 5, '29': 2,
    });
  });

  it('complete daily series: 5-day blocks and spot checks', async () => {
    const visits = await runSource(`${DIR}/facebook-visits.csv`);
    expect(blocks(visits.records, 'profileVisits')).toEqual([225, 229, 270, 292, 215, 269]);
    expect(visits.records.find((record) => record.line === 8)!.values.profileVisits).toBe(67); // 2026-09-05
    expect(formatDay(visits.records.find((record) => record.line === 8)!.day)).toBe('2026-09-05');

    const profile = await runSource(`${DIR}/instagram-profile-visits.csv`);
    expect(blocks(profile.records, 'profileVisits')).toEqual([68, 68, 86, 99, 62, 89]);

    const reach = await runSource(`${DIR}/instagram-reach.csv`);
    expect(blocks(reach.records, 'reach')).toEqual([2397, 2409, 2990, 3234, 2114, 3034]);
    const line23 = reach.records.find((record) => record.line === 23)!;
    expect([formatDay(line23.day), line23.values.reach]).toEqual(['2026-09-20', 1020]);

    const clicks = await runSource(`${DIR}/facebook-link-clicks.csv`);
    expect(blocks(clicks.records, 'linkClicks')).toEqual([18, 17, 30, 35, 12, 31]);
    // Explicit "0" days are data, not gaps.
    expect(clicks.warnings).toEqual([]);
    expect(september(clicks.records, 'linkClicks')).toMatchObject({ '03': 0, '09': 0, '16': 0 });

    const views = await runSource(`${DIR}/views-ambiguous.csv`);
    expect(blocks(views.records, 'impressions')).toEqual([840, 860, 1060, 1080, 750, 1000]);
  });

  it('views-ambiguous.csv: a title shared by both platforms and a file name naming neither', async () => {
    const run = await runSource(`${DIR}/views-ambiguous.csv`);
    expect(codes(run)).toEqual(['AMBIGUOUS_PLATFORM']);
    expect(run.warnings[0]!.message).toMatch(/"Facebook" or "Instagram" in the file name/);
    expect(run.description.dataset).toBe('meta-insights:unknown:impressions');
  });

  it('UTF-16LE (facebook-visits.csv) and UTF-8 (facebook-visits-utf8.csv) give identical records', async () => {
    const utf16 = await sampleFile(join(FIXTURES, DIR, 'facebook-visits.csv'));
    const utf8 = await sampleFile(join(FIXTURES, DIR, 'facebook-visits-utf8.csv'));
    expect('sample' in utf16 && utf16.sample.encoding).toBe('utf-16le');
    expect('sample' in utf8 && utf8.sample.encoding).toBe('utf-8');
    const a = await runSource(`${DIR}/facebook-visits.csv`);
    const b = await runSource(`${DIR}/facebook-visits-utf8.csv`);
    expect(a.records).toEqual(b.records);
    expect(a.warnings).toEqual(b.warnings);
    expect(a.description).toEqual(b.description);
  });
});

describe('extra fixtures (values worked out here)', () => {
  it('extra-fb-views.csv: "Views" takes Facebook from the file name ("fb" as a word)', async () => {
    // 150 + 140 + 130 = 420 over 2026-09-01 … 03, UTF-8 without BOM.
    const run = await runSource(`${DIR}/extra-fb-views.csv`);
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe('meta-insights:facebook:impressions');
    expect(run.records.every((record) => record.channel === 'facebook')).toBe(true);
    expect(sum(run.records, 'impressions')).toBe(420);
  });

  it('extra-ShopIG_ContentInteractions2026.csv: camel-case "IG" names Instagram', async () => {
    // "Content interactions" → engagements; 31 + 27 = 58; UTF-16LE.
    const run = await runSource(`${DIR}/extra-ShopIG_ContentInteractions2026.csv`);
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe('meta-insights:instagram:engagements');
    expect(run.records.map((record) => [record.channel, record.values.engagements])).toEqual([
      ['instagram', 31],
      ['instagram', 27],
    ]);
  });

  it('extra-facebook-and-instagram-viewers.csv: a name with both platforms is ambiguous', async () => {
    // "Viewers" → reach; 10 + 12 = 22; channel ''.
    const run = await runSource(`${DIR}/extra-facebook-and-instagram-viewers.csv`);
    expect(codes(run)).toEqual(['AMBIGUOUS_PLATFORM']);
    expect(run.description.dataset).toBe('meta-insights:unknown:reach');
    expect(run.records.every((record) => record.channel === '')).toBe(true);
    expect(sum(run.records, 'reach')).toBe(22);
  });

  it('extra-instagram-reach-gaps.csv: gaps and an empty Primary give one MISSING_DAYS warning', async () => {
    // "Reach" titled, Instagram from the file name, extra columns after Primary (ignored).
    // Rows 09-01 412, 09-02 380, 09-05 780, 09-06 empty, 09-07 401, 09-09 366, 09-10 420 (lines 4–10).
    // Missing: 03, 04, 06 (empty Primary), 08 → 4 days; first three listed. Sum 2759 over 6 records.
    const run = await runSource(`${DIR}/extra-instagram-reach-gaps.csv`);
    expect(run.description.dataset).toBe('meta-insights:instagram:reach');
    expect(codes(run)).toEqual(['MISSING_DAYS']);
    const message = run.warnings[0]!.message;
    expect(message).toMatch(/^4 days/);
    expect(message).toContain('2026-09-03, 2026-09-04, 2026-09-06');
    expect(message).not.toContain('2026-09-08');
    expect(run.warnings[0]!.details).toEqual({ missingDays: 4, firstMissing: ['2026-09-03', '2026-09-04', '2026-09-06'] });
    expect(run.records.map((record) => record.line)).toEqual([4, 5, 6, 8, 9, 10]);
    expect(sum(run.records, 'reach')).toBe(2759);
  });

  it('extra-facebook-follows-empty-primary.csv: an empty follows cell is 0, gaps stay silent', async () => {
    // 09-01 2, 09-03 empty → 0, 09-04 5, 09-08 1 → 4 records, sum 8, no warning.
    const run = await runSource(`${DIR}/extra-facebook-follows-empty-primary.csv`);
    expect(run.warnings).toEqual([]);
    expect(september(run.records, 'follows')).toEqual({ '01': 2, '03': 0, '04': 5, '08': 1 });
    expect(run.description.notes).toBe('days missing from a follows file count as 0');
  });

  it('extra-bad-number.csv: an InputError on line 6 (UTF-16LE, after the sep= line), never the cell', async () => {
    const error = await runSource(`${DIR}/extra-bad-number.csv`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'BAD_NUMBER', file: `${DIR}/extra-bad-number.csv`, line: 6 });
    expect((error as InputError).problem).toContain('"Primary"');
    expect((error as InputError).message).not.toContain('two');
  });

  it('extra-unknown-metric.csv: an unknown title names itself and the known ones', async () => {
    const error = await runSource(`${DIR}/extra-unknown-metric.csv`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'UNKNOWN_METRIC', line: 2 });
    expect((error as InputError).problem).toContain('"Stars"');
    expect((error as InputError).hint).toContain('Facebook follows');
    expect((error as InputError).hint).toContain('Instagram profile visits');
  });
});

describe('platformOfFileName', () => {
  it.each([
    ['Views (1).csv', ''],
    ['facebook-views.csv', 'facebook'],
    ['FB Reach.csv', 'facebook'],
    ['QuadroDecorPhilippinesFB_Views2025.csv', 'facebook'],
    ['Instagram Content interactions.csv', 'instagram'],
    ['ig_viewers.csv', 'instagram'],
    ['Shop-IG-2026.csv', 'instagram'],
    ['big-views.csv', ''],
    ['fbi-report.csv', ''],
    ['facebook-and-instagram.csv', ''],
  ])('%s → "%s"', (name, platform) => {
    expect(platformOfFileName(name)).toBe(platform);
  });
});

describe('meta-insights open()', () => {
  it('fills one reused record for every row', async () => {
    const path = join(FIXTURES, DIR, 'facebook-follows.csv');
    const sampled = await sampleFile(path);
    if ('skip' in sampled) throw new Error(sampled.skip);
    const seen = new Set<CanonicalRecord>();
    let count = 0;
    const parser = metaInsights.open({
      file: 'facebook-follows.csv',
      sample: sampled.sample,
      decimal: sampleDecimalMark(sampled.sample),
      cutter: new DayCutter('UTC'),
      emit: (record) => {
        seen.add(record);
        count++;
      },
      warn: () => {},
      exclude: () => {},
      describe: () => {},
      firstSighting: () => true,
    });
    await streamRows(path, 'facebook-follows.csv', sampled.encoding, sampled.sample, parser);
    expect(count).toBe(17);
    expect(seen.size).toBe(1);
  });
});

describe('localized titles and header ([GUESS]es, formats.md §2.2 and §7)', () => {
  it('de-follows.csv: "Facebook-Follower" with "Datum","Primär" (UTF-16LE) — EXPECTED.md § de-follows.csv', async () => {
    const run = await runSource(`${DIR}/de-follows.csv`);
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe('meta-insights:facebook:follows');
    expect(september(run.records, 'follows')).toEqual({ '01': 3, '03': 1, '04': 2, '08': 5, '12': 1, '15': 4, '21': 2, '27': 1, '30': 2 });
    expect(sum(run.records, 'follows')).toBe(21);
    expect(run.records.map((record) => record.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it.each([
    ['Instagram-Follower', 'Datum', 'Primär', 'meta-insights:instagram:follows'],
    ['Facebook-Besuche', 'Datum', 'Primär', 'meta-insights:facebook:profileVisits'],
    ['Instagram-Profilaufrufe', 'Date', 'Primary', 'meta-insights:instagram:profileVisits'],
    ['Reichweite auf Instagram', 'Datum', 'Primär', 'meta-insights:instagram:reach'],
    ['Instagram-följare', 'Datum', 'Primär', 'meta-insights:instagram:follows'],
    ['Räckvidd på Instagram', 'Datum', 'Primär', 'meta-insights:instagram:reach'],
    ['Facebook-besök', 'Datum', 'Primär', 'meta-insights:facebook:profileVisits'],
    ['Länkklick på Facebook', 'Datum', 'Primär', 'meta-insights:facebook:linkClicks'],
    ['Visites du profil Instagram', 'Date', 'Principal', 'meta-insights:instagram:profileVisits'],
    ['Seguidores de Instagram', 'Fecha', 'Principal', 'meta-insights:instagram:follows'],
    ['„Gefällt mir“-Angaben auf Facebook', 'Datum', 'Primär', 'meta-insights:facebook:likes'],
    ['J’aime sur Facebook', 'Date', 'Principal', 'meta-insights:facebook:likes'],
  ])('"%s" with "%s","%s" is %s', async (title, date, primary, dataset) => {
    const run = await runText(`sep=,\n"${title}"\n"${date}","${primary}"\n"2026-09-01T00:00:00","4"\n"2026-09-02T00:00:00","6"\n`, 'Export (1).csv');
    expect(run.source.kind).toBe('meta-insights');
    expect(run.description.dataset).toBe(dataset);
    expect(run.records.map((record) => Object.values(record.values))).toEqual([[4], [6]]);
  });

  it('"Aufrufe" (Views) shares the platform rule: the file name decides', async () => {
    const run = await runText('sep=,\n"Aufrufe"\n"Datum","Primär"\n"2026-09-01T00:00:00","1.250"\n', 'Instagram Aufrufe.csv');
    expect(run.description.dataset).toBe('meta-insights:instagram:impressions');
    // A count: `1.250` (a German spreadsheet re-save) is one thousand two hundred and fifty.
    expect(run.records[0]!.values.impressions).toBe(1250);
    expect(run.warnings).toEqual([]);
  });
});

describe('Business Suite downloads as Meta writes them (issue 9): bare titles, stacked blocks, tabs', () => {
  const byChannel = (run: { records: EmittedRecord[] }, channel: string) => run.records.filter((record) => record.channel === channel);

  it('Follows (1).csv: the bare title "Follows" is read; the file name names no platform', async () => {
    // EXPECTED.md § Follows (1).csv: 01:3 04:2 09:1 15:4 22:2 → 12 on lines 4–8.
    const run = await runSource(`${DIR}/Follows (1).csv`);
    expect(codes(run)).toEqual(['AMBIGUOUS_PLATFORM']);
    expect(run.warnings[0]!.line).toBe(2);
    expect(run.description.dataset).toBe('meta-insights:unknown:follows');
    expect(september(run.records, 'follows')).toEqual({ '01': 3, '04': 2, '09': 1, '15': 4, '22': 2 });
    expect(run.records.map((record) => record.line)).toEqual([4, 5, 6, 7, 8]);
  });

  it('Reach (1).csv: a Facebook block, then an Instagram block, no blank line between them', async () => {
    // EXPECTED.md § Reach (1).csv: Facebook lines 4–10 → 1705, Instagram lines 13–19 → 3643.
    const run = await runSource(`${DIR}/Reach (1).csv`);
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe('meta-insights:facebook:reach|instagram:reach');
    expect(run.records).toHaveLength(14);
    const facebook = byChannel(run, 'facebook');
    const instagram = byChannel(run, 'instagram');
    expect(facebook.map((record) => record.line)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(instagram.map((record) => record.line)).toEqual([13, 14, 15, 16, 17, 18, 19]);
    expect(sum(facebook, 'reach')).toBe(1705);
    expect(sum(instagram, 'reach')).toBe(3643);
    expect(september(facebook, 'reach')).toMatchObject({ '01': 210, '06': 355 });
    expect(september(instagram, 'reach')).toMatchObject({ '01': 412, '06': 845 });
  });

  it('Besuche (1).csv: UTF-16LE, tab-delimited, no sep= line, German bare titles, a blank line between blocks', async () => {
    // EXPECTED.md § Besuche (1).csv: Facebook lines 3–7 → 225, Instagram lines 11–15 → 68.
    const sampled = await sampleFile(join(FIXTURES, DIR, 'Besuche (1).csv'));
    if ('skip' in sampled) throw new Error(sampled.skip);
    expect([sampled.sample.encoding, sampled.sample.delimiter, sampled.sample.hasSepLine]).toEqual(['utf-16le', '\t', false]);
    const run = await runSource(`${DIR}/Besuche (1).csv`);
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe('meta-insights:facebook:profileVisits|instagram:profileVisits');
    expect(byChannel(run, 'facebook').map((record) => [record.line, record.values.profileVisits])).toEqual([
      [3, 41],
      [4, 38],
      [5, 35],
      [6, 44],
      [7, 67],
    ]);
    expect(sum(byChannel(run, 'instagram'), 'profileVisits')).toBe(68);
    expect(byChannel(run, 'instagram').map((record) => record.line)).toEqual([11, 12, 13, 14, 15]);
  });

  it('a tab-delimited UTF-16LE file with a `sep=\\t` line and stacked Swedish blocks', async () => {
    const text = 'sep=\t\r\n"Räckvidd"\r\n"Datum"\t"Primär"\r\n"2026-09-01T00:00:00"\t"30"\r\n"Räckvidd"\r\n"Datum"\t"Primär"\r\n"2026-09-01T00:00:00"\t"70"\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const run = await runText(bytes, 'Räckvidd (1).csv');
    expect(run.records.map((record) => [record.channel, record.values.reach, record.line])).toEqual([
      ['facebook', 30, 4],
      ['instagram', 70, 7],
    ]);
  });

  it('Interactions (1).csv: bare "Interactions" blocks are engagements, Facebook 183 and Instagram 504', async () => {
    const run = await runSource(`${DIR}/Interactions (1).csv`);
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe('meta-insights:facebook:engagements|instagram:engagements');
    expect(sum(byChannel(run, 'facebook'), 'engagements')).toBe(183);
    expect(sum(byChannel(run, 'instagram'), 'engagements')).toBe(504);
  });

  it.each([
    ['Content interactions (1).csv', '2026-09-01', '2026-09-10', 176],
    ['Content interactions (2).csv', '2026-09-06', '2026-09-15', 280],
    ['Content interactions (3).csv', '2026-09-08', '2026-09-12', 87],
  ])('%s covers %s to %s, sum %d (EXPECTED.md § Content interactions)', async (file, from, to, total) => {
    const run = await runSource(`${DIR}/${file}`);
    expect(run.description.dataset).toBe('meta-insights:unknown:engagements');
    expect(formatDay(run.records[0]!.day)).toBe(from);
    expect(formatDay(run.records.at(-1)!.day)).toBe(to);
    expect(sum(run.records, 'engagements')).toBe(total);
  });

  it('a titled block names its platform; an untitled block of the same metric takes the other one', async () => {
    const text = 'sep=,\n"Instagram follows"\n"Date","Primary"\n"2026-09-01T00:00:00","4"\n"Follows"\n"Date","Primary"\n"2026-09-01T00:00:00","9"\n';
    const run = await runText(text, 'Follows (1).csv');
    expect(run.warnings).toEqual([]);
    expect(run.records.map((record) => [record.channel, record.values.follows, record.line])).toEqual([
      ['instagram', 4, 4],
      ['facebook', 9, 7],
    ]);
    expect(run.description.dataset).toBe('meta-insights:instagram:follows|facebook:follows');
  });

  it('a sep= line before the next block starts it; blocks of different metrics each take the file name rule', async () => {
    const text = 'sep=,\n"Facebook reach"\n"Date","Primary"\n"2026-09-01T00:00:00","100"\nsep=,\n"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","40"\n';
    const run = await runText(text, 'Reach.csv');
    expect(run.records.map((record) => [record.channel, record.values.reach, record.line])).toEqual([
      ['facebook', 100, 4],
      ['instagram', 40, 8],
    ]);
  });

  it('three untitled blocks of one metric: the third counts for no channel, with a warning naming its line', async () => {
    const block = (value: number) => `"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","${value}"\n`;
    const run = await runText(`sep=,\n${block(1)}${block(2)}${block(3)}`, 'Reach (2).csv');
    expect(run.records.map((record) => [record.channel, record.values.reach])).toEqual([
      ['facebook', 1],
      ['instagram', 2],
      ['', 3],
    ]);
    expect(codes(run)).toEqual(['AMBIGUOUS_PLATFORM']);
    expect(run.warnings[0]!.line).toBe(8);
  });

  it('a gap inside one block of a stacked file is named with the block', async () => {
    const text =
      'sep=,\n"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n"2026-09-03T00:00:00","12"\n"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","5"\n"2026-09-02T00:00:00","6"\n';
    const run = await runText(text, 'Reach (3).csv');
    expect(codes(run)).toEqual(['MISSING_DAYS']);
    expect(run.warnings[0]).toMatchObject({ line: 2, details: { missingDays: 1, firstMissing: ['2026-09-02'] } });
    expect(run.warnings[0]!.message).toMatch(/^The block "Reach" \(line 2\): 1 day is missing/);
  });

  it('a data row with a bad date is not taken for a title: BAD_DATE on its line', async () => {
    const text = 'sep=,\n"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n"yesterday","12"\n';
    await expect(runText(text, 'Reach (6).csv')).rejects.toMatchObject({ code: 'BAD_DATE', line: 5 });
  });

  it('an unknown second title stops with UNKNOWN_METRIC on its line; a title without header with EMPTY_FILE', async () => {
    const unknown = runText('sep=,\n"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n"Stars"\n"Date","Primary"\n', 'Reach (4).csv');
    await expect(unknown).rejects.toMatchObject({ code: 'UNKNOWN_METRIC', line: 5 });
    const headless = runText('sep=,\n"Reach"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n"Reach"\n', 'Reach (5).csv');
    await expect(headless).rejects.toMatchObject({ code: 'EMPTY_FILE', line: 5 });
  });

  it.each([
    ['Follower', 'follows'],
    ['Följare', 'follows'],
    ['Reichweite', 'reach'],
    ['Räckvidd', 'reach'],
    ['Besuche', 'profileVisits'],
    ['Besök', 'profileVisits'],
    ['Visits', 'profileVisits'],
    ['Aufrufe', 'impressions'],
    ['Visningar', 'impressions'],
    ['Interaktionen', 'engagements'],
    ['Interaktioner', 'engagements'],
    ['Link clicks', 'linkClicks'],
    ['Link-Klicks', 'linkClicks'],
    ['Länkklick', 'linkClicks'],
  ])('the bare title "%s" is %s (the file name gives the platform)', async (title, metric) => {
    const run = await runText(`sep=,\n"${title}"\n"Datum","Primär"\n"2026-09-01T00:00:00","7"\n`, 'Instagram (1).csv');
    expect(run.warnings).toEqual([]);
    expect(run.description.dataset).toBe(`meta-insights:instagram:${metric}`);
    expect(run.records.map((record) => record.values)).toEqual([{ [metric]: 7 }]);
  });
});
