// Instagram posts exports. Expected numbers are hand-worked from the fixtures
// (fixtures/instagram-posts/EXPECTED.md for en.csv and de.csv; extra-*.csv worked out here).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect.js';
import { METRIC_NAMES } from '../../src/model/records.js';
import { streamRows } from '../../src/parse.js';
import { DayCutter, formatDay } from '../../src/read/dates.js';
import { sampleDecimalMark, sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import type { ExclusionReason, WarningInput } from '../../src/sources/types.js';
import { FIXTURES, runSource, sum, type EmittedRecord } from '../helpers/run-source.js';
import { runText } from '../helpers/run-text.js';
import { inEnglish } from '../helpers/english.js';

/** Likes and engagements per publish day. */
function perDay(records: EmittedRecord[]): Record<string, [number, number]> {
  const days: Record<string, [number, number]> = {};
  for (const record of records) {
    const day = (days[formatDay(record.day)] ??= [0, 0]);
    day[0] += record.values.likes ?? 0;
    day[1] += record.values.engagements ?? 0;
  }
  return days;
}

/** Several files of one audit: post IDs seen in an earlier file are repeats in a later one. */
async function runAudit(files: string[]) {
  const seen = new Set<string>();
  const records: EmittedRecord[] = [];
  const warnings: WarningInput[] = [];
  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  for (const file of files) {
    const path = join(FIXTURES, file);
    const sampled = await sampleFile(path);
    if ('skip' in sampled) throw new Error(sampled.skip);
    const detection = detectKind(sampled.sample, SOURCES);
    if ('skip' in detection) throw new Error(detection.skip);
    const parser = detection.source.open({
      file,
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
      describe: () => {},
      firstSighting(dataset, ref) {
        const key = `${dataset}\u0000${ref}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      },
    });
    await streamRows(path, file, sampled.encoding, sampled.sample, parser);
  }
  return { records, warnings, exclusions };
}

// EXPECTED.md (fixtures/instagram-posts): en.csv and de.csv hold the same 6 posts.
// Likes 188+612+121+405+176+139 = 1,641; engagements = likes + comments + shares + saves = 2,204.
const SEPTEMBER_POSTS = {
  '2026-09-01': [188, 248],
  '2026-09-04': [612, 840],
  '2026-09-08': [121, 146],
  '2026-09-12': [405, 551],
  '2026-09-19': [176, 246],
  '2026-09-26': [139, 173],
};

describe('instagram-posts', () => {
  it.each(['en.csv', 'de.csv', 'extra-account-id-duplicates.csv'])('recognises %s', async (file) => {
    const run = await runSource(`instagram-posts/${file}`);
    expect(run.source.kind).toBe('instagram-posts');
    expect(run.source.title).toBe('Instagram posts export');
    expect(run.source.family).toBe('posts');
    expect(run.source.overlap).toBe('none');
  });

  it('books each post of en.csv on its publish day with likes and engagements only', async () => {
    const run = await runSource('instagram-posts/en.csv');
    expect(run.records).toHaveLength(6);
    expect(sum(run.records, 'likes')).toBe(1641);
    expect(sum(run.records, 'engagements')).toBe(2204);
    expect(perDay(run.records)).toEqual(SEPTEMBER_POSTS);
    for (const record of run.records) {
      expect(record.channel).toBe('instagram');
      expect(record.dayTo).toBe(record.day);
      expect(record.ref).toBe('');
      // Views ("12,400"), reach and follows stay out: the account insights count those people already.
      expect(Object.keys(record.values).sort()).toEqual(['engagements', 'likes', 'posts']); // posts: one per post, for the evidence section
      expect(record.values.posts).toBe(1);
    }
    expect(run.warnings).toEqual([]);
    expect(run.exclusions).toEqual({});
  });

  it('maps the German header („Gefällt mir“-Angaben, DD.MM.YYYY publish times) of de.csv', async () => {
    const run = await runSource('instagram-posts/de.csv');
    expect(run.records).toHaveLength(6);
    expect(sum(run.records, 'likes')).toBe(1641);
    expect(sum(run.records, 'engagements')).toBe(2204);
    expect(perDay(run.records)).toEqual(SEPTEMBER_POSTS);
    expect(run.records.every((r) => r.channel === 'instagram')).toBe(true);
  });

  it('counts the same posts in the English and German exports once', async () => {
    const run = await runAudit(['instagram-posts/en.csv', 'instagram-posts/de.csv']);
    expect(run.records).toHaveLength(6);
    expect(run.exclusions).toEqual({ duplicateRowsDropped: 6 });
    expect(sum(run.records, 'likes')).toBe(1641);
  });

  it('detects by Account ID, drops a repeated post and warns about a mangled ID (extra-account-id-duplicates.csv)', async () => {
    const run = await runSource('instagram-posts/extra-account-id-duplicates.csv');
    // Hand-worked: line 2 likes "1,250", engagements 1,250 + 96 comments + 140 shares + 210 saves = 1,696;
    //   line 3 likes 64, 64+5+2+9 = 80; line 4 repeats line 2's post: dropped;
    //   line 5 `1.79901E+16` likes 45, 45+3+1+6 = 55 (counted, MANGLED_ID).
    //   Likes 1,250 + 64 + 45 = 1,359; engagements 1,696 + 80 + 55 = 1,831.
    expect(run.records).toHaveLength(3);
    expect(run.exclusions).toEqual({ duplicateRowsDropped: 1 });
    expect(sum(run.records, 'likes')).toBe(1359);
    expect(sum(run.records, 'engagements')).toBe(1831);
    expect(perDay(run.records)).toEqual({
      '2026-09-28': [1250, 1696],
      '2026-09-29': [64, 80],
      '2026-09-30': [45, 55],
    });
    expect(run.warnings.map((w) => [w.code, w.line, w.details])).toEqual([['MANGLED_ID', 5, { count: 1 }]]);
  });
});

describe('instagram-posts German headers (formats.md §3 table)', () => {
  const row = '17912345678901234,17841401234567890,kaffeeroesterei.lindner,01.09.2026 18:00,3.120,"1.188",12,17,31';

  it.each(['„Gefällt mir“-Angaben', '"""Gefällt mir""-Angaben"', '“Gefällt mir”-Angaben', 'Gefällt mir'])('reads likes from %s', async (likes) => {
    // A German spreadsheet re-save: `1.188` likes is a count, so one thousand one hundred and eighty-eight.
    const run = await runText(`Beitrags-ID,Konto-ID,Konto-Benutzername,Veröffentlichungszeitpunkt,Aufrufe,${likes},Geteilte Inhalte,Kommentare,Gespeicherte Beiträge\n${row}\n`);
    expect(run.source.kind).toBe('instagram-posts');
    expect(run.warnings).toEqual([]);
    // Engagements = likes + comments + shares + saves = 1188 + 17 + 12 + 31 = 1248.
    expect(run.records.map((r) => [formatDay(r.day), r.values.likes, r.values.engagements])).toEqual([['2026-09-01', 1188, 1248]]);
  });
});
