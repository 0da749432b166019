// Text from the inputs (file names, campaign names) can hold control characters: an ESC sequence
// that sets the terminal's window title, a bidirectional override that reorders what is shown,
// zero-width characters, a newline that splits a message over two lines. None reaches the output
// raw, in any format or on stderr (issue 15): each is shown as an escape such as \u001b or \n.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeControls, escapeStrings, safeJson, safeOutput } from '../../src/safe-text.js';
import { runCli } from '../helpers/run-cli.js';

// Raw characters that must never be written: C0 but the newline, DEL, C1, bidi, zero-width, separators.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
const TITLE = '\u001b]0;owned\u0007';

describe('escapeControls and friends', () => {
  it('escapes controls, bidi, zero-width and separators, and leaves other text alone', () => {
    expect(escapeControls(`Herbst${TITLE}\u202eA\u2066\u200b\u0085\u2028\n\t\r`)).toBe('Herbst\\u001b]0;owned\\u0007\\u202eA\\u2066\\u200b\\u0085\\u2028\\n\\t\\r');
    expect(escapeControls('Café Grün – 10 € · ½ 日本 😀')).toBe('Café Grün – 10 € · ½ 日本 😀');
  });

  it('keeps the line breaks of the output and, when asked, only colour codes', () => {
    expect(safeOutput('a\u001b[31mred\u001b[39m\nb\u001b]0;x\u0007', true)).toBe('a\u001b[31mred\u001b[39m\nb\\u001b]0;x\\u0007');
    expect(safeOutput('a\u001b[31mred\u001b[39m\n', false)).toBe('a\\u001b[31mred\\u001b[39m\n');
  });

  it('escapes in JSON what JSON.stringify leaves raw, to the same value', () => {
    const value = { name: `x\u0085\u202e\u2028${TITLE}` };
    const text = safeJson(JSON.stringify(value));
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes every string of plain data, keys and numbers as they are', () => {
    expect(escapeStrings({ a: ['x\u202e', 1, null], b: { c: '\n' } })).toEqual({ a: ['x\\u202e', 1, null], b: { c: '\\n' } });
  });
});

describe('smroi on a folder whose names hold control characters', () => {
  const root = mkdtempSync(join(tmpdir(), 'smroi-controls-'));
  const dir = join(root, 'exports');
  mkdirSync(dir);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code,customer_email,note\n';
  writeFileSync(
    join(dir, `ledger${TITLE}\u202e\nseptember.csv`),
    header + `2026-09-01,LK-1,34.90,EUR,paid,,fb,paid,"Herbst${TITLE}\u202eA\u2066\u200b\u0085",,anna@example.com,\n2026-09-02,LK-2,10,EUR,paid,,ig,paid,"Two\nLines",,moritz@example.org,\n`,
  );
  // Unreadable (an impossible time): its name appears in the messages on stderr.
  writeFileSync(join(dir, `broken\u001b[31m\u202e\nname.csv`), header + '2026-09-01 25:61,LK-3,34.90,EUR,paid,,fb,paid,x,,anna@example.com,\n');

  const checkStreams = (run: { stdout: string; stderr: string }) => {
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
    // Every message is one line of its own: a newline in a file name does not split it.
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^smroi: /);
  };

  for (const format of ['table', 'markdown', 'csv', 'json']) {
    it(`--format ${format}: nothing raw on stdout or stderr, the names shown escaped`, () => {
      const run = runCli(['audit', dir, '--format', format]);
      expect(run.status).toBe(4);
      checkStreams(run);
      expect(run.stderr).toContain('broken\\u001b[31m\\u202e\\nname.csv');
      if (format === 'json') {
        const report = JSON.parse(run.stdout);
        expect(report.campaigns.map((campaign: { names: string[] }) => campaign.names).flat()).toContain(`Herbst${TITLE}\u202eA\u2066\u200b\u0085`);
      } else if (format === 'table') {
        // The campaign's key (the terminal has no room for its spellings), cut at the label width.
        expect(run.stdout).toContain('herbst\\u001b]0;owned\\u0007\\u2…');
      } else {
        // Markdown escapes the backslash of the escape (\\u001b shows as \u001b); CSV writes it as it is.
        expect(run.stdout).toMatch(/Herbst\\+u001b\\*\]0;owned\\+u0007\\+u202eA/);
        expect(run.stdout).toMatch(/Two\\+nLines/);
      }
    });
  }

  it('--output: the file holds nothing raw either', () => {
    const path = join(root, 'report.md');
    const run = runCli(['audit', dir, '--format', 'markdown', '--output', path]);
    checkStreams(run);
    expect(readFileSync(path, 'utf8')).not.toMatch(RAW);
  });

  it('in colour, the only escape sequences are the colours smroi adds', () => {
    const run = runCli(['audit', dir], { NO_COLOR: '', FORCE_COLOR: '1' });
    // eslint-disable-next-line no-control-regex
    const sequences = run.stdout.match(/\u001b[^m]*m/g) ?? [];
    expect(sequences.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex
    for (const sequence of sequences) expect(sequence).toMatch(/^\u001b\[[0-9;]*m$/);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
    expect(run.stdout).toContain('┌');
  });

  it('smroi detect, table and JSON', () => {
    const table = runCli(['detect', dir]);
    checkStreams(table);
    expect(table.stdout).toContain('ledger\\u001b]0;owned');
    const json = runCli(['detect', dir, '--json']);
    checkStreams(json);
    expect(JSON.parse(json.stdout).files.map((file: { file: string }) => file.file)).toContain(`ledger${TITLE}\u202e\nseptember.csv`);
  });

  it('smroi init writes the names escaped in the config (the same values) and in its notes', () => {
    const folder = join(root, 'init');
    mkdirSync(folder);
    const header = 'date,order_id,amount,currency,status,refunded_amount,utm_source,utm_medium,utm_campaign,coupon_code,customer_email,note\n';
    writeFileSync(join(folder, 'ledger.csv'), header + `2026-09-01,LK-1,34.90,EUR,paid,,fb,paid,"Herbst${TITLE}\u202eA\u0085",,anna@example.com,\n`);
    const run = runCli(['init', folder]);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW);
    const text = readFileSync(join(folder, 'smroi.config.json'), 'utf8');
    expect(text).not.toMatch(RAW);
    expect(Object.keys(JSON.parse(text).campaigns)).toEqual([`Herbst${TITLE}\u202eA\u0085`]);
    expect(readFileSync(join(folder, 'smroi.config.md'), 'utf8')).not.toMatch(RAW);
  });

  it('an error about a path names it escaped, on one line', () => {
    const run = runCli(['audit', join(root, `missing${TITLE}\u202e\nfolder`)]);
    expect(run.status).toBe(2);
    checkStreams(run);
    expect(run.stderr).toContain('missing\\u001b]0;owned\\u0007\\u202e\\nfolder');
  });
});
