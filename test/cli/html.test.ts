// `--format html` through the built CLI: the page on stdout or in the --output file, the warnings in
// it (stderr only says where they are when the page goes to a file), the JSON of the same run
// unchanged by the HTML's own timeline.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CAFE = ['audit', 'fixtures/scenarios/cafe-week', '--from', '2026-09-01', '--to', '2026-09-07'];
const WORK = mkdtempSync(join(tmpdir(), 'smroi-html-cli-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('--format html', () => {
  it('writes one page to stdout, the warnings in it', () => {
    const result = runCli([...CAFE, '--format', 'html']);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(result.stdout.trimEnd().endsWith('</html>')).toBe(true);
    expect(result.stdout).toContain('<h2>Warnings (2)</h2>');
    expect(result.stderr).toBe('');
  });

  it('with -o: the file holds the page, stderr says where the warnings are', () => {
    const file = join(WORK, 'report.html');
    const result = runCli([...CAFE, '--format', 'html', '-o', file]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`smroi: 2 warnings (see the warnings in ${file})\n`);
    expect(readFileSync(file, 'utf8')).toContain('<title>smroi audit: 2026-09-01 to 2026-09-07</title>');
  });

  it('the HTML draws a timeline without --by, but --history keeps the JSON as without --by', () => {
    const history = join(WORK, 'history');
    const html = runCli([...CAFE, '--format', 'html', '--history', history]).stdout;
    expect(html).toContain('Per day: Ad spend, attention and confirmed sales over time');
    const kept = readFileSync(join(history, '2026-09.json'), 'utf8');
    expect(kept).not.toContain('"series"');
    expect(kept).toBe(runCli([...CAFE, '--json']).stdout);
  });
});
