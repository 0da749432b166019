// End to end (issue 9, Meta side): the built CLI on a folder of Business Suite downloads as Meta writes
// them: a stacked Facebook + Instagram `Reach (1).csv`, a stacked `Interactions (1).csv`, and a Facebook
// posts export holding two "An error occurred" rows; then an Ads Manager export without spend. Every
// figure from fixtures/meta-insights/EXPECTED.md, fixtures/facebook-posts/EXPECTED.md and
// fixtures/meta-ads/EXPECTED.md.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

type Row = Record<string, any>;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function auditFolder(files: string[]): { status: number | null; stderr: string; report: Row } {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-meta-attention-'));
  dirs.push(dir);
  for (const file of files) copyFileSync(join(ROOT, 'fixtures', file), join(dir, file.split('/').pop()!));
  const run = runCli(['audit', dir, '--month', '2026-09', '--json']);
  return { status: run.status, stderr: run.stderr, report: run.stdout ? JSON.parse(run.stdout) : null };
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

describe('stacked insights, an insights engagement file and a posts export with error rows', () => {
  const { status, stderr, report } = auditFolder([
    'meta-insights/Reach (1).csv',
    'meta-insights/Interactions (1).csv',
    'facebook-posts/Facebook-posts-Sep-2026-error-rows.csv',
  ]);
  const channel = (name: string): Row => report.channels.find((c: Row) => c.channel === name);

  it('exits 0 (no UNKNOWN_METRIC, no BAD_DATE on the second title, no MISSING_POST_ID) and validates', () => {
    expect(status, stderr).toBe(0);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.skipped).toEqual([]);
    expect(report.sources.map((s: Row) => [s.file, s.kind, s.rows, s.dataset])).toEqual([
      ['Facebook-posts-Sep-2026-error-rows.csv', 'facebook-posts', 3, 'facebook-posts'],
      ['Interactions (1).csv', 'meta-insights', 14, 'meta-insights:facebook:engagements|instagram:engagements'],
      ['Reach (1).csv', 'meta-insights', 14, 'meta-insights:facebook:reach|instagram:reach'],
    ]);
  });

  it('each block counts for its platform: reach Facebook 1705, Instagram 3643', () => {
    expect(channel('facebook').vanity.reach).toBe(1705);
    expect(channel('instagram').vanity.reach).toBe(3643);
    expect(report.totals.vanity.reach).toBe(5348);
  });

  it('engagements are counted once: Facebook 183 from the insights + 61 of the post after its days; Instagram 504', () => {
    // Without the rule: 183 + 504 + 126 = 813. Left out: the posts of Sep 2 (40) and Sep 4 (25).
    expect(channel('facebook').vanity.engagements).toBe(244);
    expect(channel('instagram').vanity.engagements).toBe(504);
    expect(report.totals.vanity.engagements).toBe(748);
    expect(channel('facebook').vanity.likes).toBe(100);
  });

  it('says so: one ENGAGEMENTS_FROM_INSIGHTS and one POSTS_EXPORT_ERROR_ROWS warning', () => {
    const codes = report.warnings.map((w: Row) => w.code);
    expect(codes.filter((code: string) => code === 'ENGAGEMENTS_FROM_INSIGHTS')).toHaveLength(1);
    expect(codes.filter((code: string) => code === 'POSTS_EXPORT_ERROR_ROWS')).toHaveLength(1);
    const engagements = report.warnings.find((w: Row) => w.code === 'ENGAGEMENTS_FROM_INSIGHTS');
    expect(engagements.message).toContain('Facebook from Interactions (1).csv');
    expect(engagements.details.platforms[0].engagementsLeftOut).toBe(65);
    const errors = report.warnings.find((w: Row) => w.code === 'POSTS_EXPORT_ERROR_ROWS');
    expect(errors).toMatchObject({ file: 'Facebook-posts-Sep-2026-error-rows.csv', line: 3, details: { count: 2, lines: [3, 5] } });
    expect(codes).not.toContain('AMBIGUOUS_PLATFORM');
  });
});

describe('a Meta Ads export without spend', () => {
  const { status, stderr, report } = auditFolder(['meta-ads/Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-2-2026.csv']);

  it('is read for its attention, and its cost is unknown (null), not 0', () => {
    expect(status, stderr).toBe(0);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.sources.map((s: Row) => s.kind)).toEqual(['meta-ads']);
    expect(report.totals.vanity).toMatchObject({ impressions: 5250, reach: 3535, linkClicks: 34 });
    expect(report.totals.cost.adSpend).toBeNull();
    expect(report.totals.roas).toBeNull();
    expect(report.warnings.find((w: Row) => w.code === 'SPEND_UNKNOWN')).toMatchObject({ file: 'Lindner-Ad-Account-Campaigns-Sep-1-2026-Sep-2-2026.csv', line: 1 });
    const herbst = report.campaigns.find((c: Row) => c.campaign === 'herbst-aktion-2026');
    expect([herbst.vanity.reach, herbst.vanity.linkClicks, herbst.cost.adSpend]).toEqual([2315, 25, null]);
  });
});
