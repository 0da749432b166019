// Audit-level rules for Business Suite insights: downloads of one metric overlap only when they hold
// the same numbers on shared days (src/join/insight-series.ts), and engagements are counted once per
// platform, from the account insights over the posts exports (src/join/engagement-sources.ts).
// Figures from fixtures/meta-insights/EXPECTED.md and fixtures/facebook-posts/EXPECTED.md.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit.js';
import type { Report } from '../../src/report.js';
import { FIXTURES } from '../helpers/run-source.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function audit(...files: string[]): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-insights-'));
  dirs.push(dir);
  // `path>name` copies a fixture under another name.
  for (const entry of files) {
    const [file, name] = entry.split('>') as [string, string | undefined];
    copyFileSync(join(FIXTURES, file), join(dir, name ?? file.split('/').pop()!));
  }
  return runAudit({ dir, from: '2026-09-01', to: '2026-09-30' });
}

const codes = (report: Report) => report.warnings.map((warning) => warning.code);
const datasets = (report: Report) => Object.fromEntries(report.sources.map((source) => [source.file, (source as { dataset?: string }).dataset]));
const channel = (report: Report, name: string) => report.channels.find((c) => c.channel === name)!;

describe('two downloads of one metric are one series only when their shared days agree', () => {
  it('(1) Sep 1–10 and (2) Sep 6–15 differ on all 5 shared days: both count in full, 176 + 280 = 456', async () => {
    // Before: (2) was taken for a repeat of (1) and lost 40 + 35 + 22 + 18 + 25 = 140 engagements (316).
    const report = await audit('meta-insights/Content interactions (1).csv', 'meta-insights/Content interactions (2).csv');
    expect(report.totals.vanity.engagements).toBe(456);
    expect(report.exclusions.duplicateRowsDropped).toBe(0);
    const differ = report.warnings.filter((warning) => warning.code === 'INSIGHTS_SERIES_DIFFER');
    expect(differ).toEqual([
      expect.objectContaining({ file: 'Content interactions (2).csv', details: { otherFile: 'Content interactions (1).csv', sharedDays: 5, differingDays: 5 } }),
    ]);
    expect(datasets(report)).toEqual({
      'Content interactions (1).csv': 'meta-insights:unknown:engagements',
      'Content interactions (2).csv': 'meta-insights:unknown:engagements#2',
    });
  });

  it('(3) repeats (1) on Sep 8–10 (11, 17, 19): those days count once, its Sep 11–12 (16 + 24) are added', async () => {
    const report = await audit('meta-insights/Content interactions (1).csv', 'meta-insights/Content interactions (3).csv');
    expect(report.totals.vanity.engagements).toBe(176 + 40);
    expect(report.exclusions.duplicateRowsDropped).toBe(3);
    expect(codes(report)).toContain('OVERLAPPING_EXPORT');
    expect(codes(report)).not.toContain('INSIGHTS_SERIES_DIFFER');
  });

  it('all three: (3) joins the series of (1), not that of (2) (which it also overlaps): 216 + 280 = 496', async () => {
    const report = await audit(
      'meta-insights/Content interactions (1).csv',
      'meta-insights/Content interactions (2).csv',
      'meta-insights/Content interactions (3).csv',
    );
    expect(report.totals.vanity.engagements).toBe(496);
    expect(datasets(report)['Content interactions (3).csv']).toBe('meta-insights:unknown:engagements');
    expect(codes(report).filter((code) => code === 'INSIGHTS_SERIES_DIFFER')).toHaveLength(1);
  });

  it('a second download of a stacked file (same numbers) counts once: its 14 rows are dropped', async () => {
    const report = await audit('meta-insights/Reach (1).csv', 'meta-insights/Reach (1).csv>Reach (2).csv');
    expect(channel(report, 'facebook').vanity.reach).toBe(1705);
    expect(channel(report, 'instagram').vanity.reach).toBe(3643);
    expect(report.exclusions.duplicateRowsDropped).toBe(14);
    expect(codes(report)).not.toContain('INSIGHTS_SERIES_DIFFER');
  });
});

describe('a one-platform download and a stacked file', () => {
  it('instagram-reach.csv repeats the Instagram block of Reach (1).csv on Sep 1–7: those 7 rows count once', async () => {
    // Instagram: Sep 1–7 from the stacked file (3643, the same numbers), Sep 8–30 from instagram-reach.csv:
    // 16178 in all. Facebook 1705 from the stacked file only.
    const report = await audit('meta-insights/Reach (1).csv', 'meta-insights/instagram-reach.csv');
    expect(channel(report, 'instagram').vanity.reach).toBe(16178);
    expect(channel(report, 'facebook').vanity.reach).toBe(1705);
    expect(report.exclusions.duplicateRowsDropped).toBe(7);
    expect(report.warnings.find((w) => w.code === 'OVERLAPPING_EXPORT')).toMatchObject({
      file: 'instagram-reach.csv',
      details: { keptFile: 'Reach (1).csv', days: 7 },
    });
  });

  it('with other numbers on the shared days (31, 27 against 55, 48) both count', async () => {
    const report = await audit('meta-insights/Interactions (1).csv', 'meta-insights/extra-ShopIG_ContentInteractions2026.csv');
    expect(channel(report, 'instagram').vanity.engagements).toBe(504 + 58);
    expect(report.exclusions.duplicateRowsDropped).toBe(0);
  });
});

describe('engagements counted once per platform', () => {
  it('Facebook: the insights file is kept; posts published on its days (Sep 2 and 4: 40 + 25) are left out', async () => {
    // Insights: Facebook 183, Instagram 504 (Sep 1–7). Posts: 40 (Sep 2), 25 (Sep 4), 61 (Sep 10, after the insights days).
    const report = await audit('meta-insights/Interactions (1).csv', 'facebook-posts/Facebook-posts-Sep-2026-error-rows.csv');
    expect(channel(report, 'facebook').vanity.engagements).toBe(183 + 61);
    expect(channel(report, 'instagram').vanity.engagements).toBe(504);
    expect(report.totals.vanity.engagements).toBe(748);
    // Likes come from the posts only and stay.
    expect(channel(report, 'facebook').vanity.likes).toBe(100);
    const warning = report.warnings.find((w) => w.code === 'ENGAGEMENTS_FROM_INSIGHTS')!;
    expect(warning.details).toEqual({
      platforms: [
        {
          channel: 'facebook',
          insightsFiles: ['Interactions (1).csv'],
          postsFiles: ['Facebook-posts-Sep-2026-error-rows.csv'],
          engagementsLeftOut: 65,
          from: '2026-09-01',
          to: '2026-09-07',
        },
      ],
    });
  });

  it('both platforms: one warning naming each (Instagram: the posts of Sep 1 and 4 are left out, 248 + 840)', async () => {
    // instagram-posts/en.csv (EXPECTED.md): engagements = likes + comments + shares + saves per post:
    // Sep 1 248, Sep 4 840 (inside the insights days) | Sep 8 146, Sep 12 551, Sep 19 246, Sep 26 173 (kept: 1116).
    const report = await audit(
      'meta-insights/Interactions (1).csv',
      'facebook-posts/Facebook-posts-Sep-2026-error-rows.csv',
      'instagram-posts/en.csv',
    );
    expect(channel(report, 'instagram').vanity.engagements).toBe(504 + 1116);
    expect(channel(report, 'facebook').vanity.engagements).toBe(183 + 61);
    const warnings = report.warnings.filter((w) => w.code === 'ENGAGEMENTS_FROM_INSIGHTS');
    expect(warnings).toHaveLength(1);
    const platforms = (warnings[0]!.details as { platforms: { channel: string; engagementsLeftOut: number }[] }).platforms;
    expect(platforms.map((p) => [p.channel, p.engagementsLeftOut])).toEqual([
      ['facebook', 65],
      ['instagram', 1088],
    ]);
    expect(warnings[0]!.message).toContain('; Instagram from Interactions (1).csv');
  });

  it('an insights file without a platform covers none: posts keep their engagements, no warning', async () => {
    const report = await audit('meta-insights/Content interactions (1).csv', 'facebook-posts/Facebook-posts-Sep-2026-error-rows.csv');
    expect(report.totals.vanity.engagements).toBe(176 + 126);
    expect(codes(report)).not.toContain('ENGAGEMENTS_FROM_INSIGHTS');
  });

  it('insights of another metric (reach) leave the posts engagements alone', async () => {
    const report = await audit('meta-insights/Reach (1).csv', 'facebook-posts/Facebook-posts-Sep-2026-error-rows.csv');
    expect(channel(report, 'facebook').vanity.engagements).toBe(126);
    expect(codes(report)).not.toContain('ENGAGEMENTS_FROM_INSIGHTS');
  });
});
