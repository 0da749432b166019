// A configuration no one writes by hand (nested 100,000 deep, a key written twice, a date no
// calendar has) is a configuration error with its JSON path and exit code 2 (issue 15), never a
// stack overflow or a silently dropped value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config-errors.js';
import { parseConfig } from '../../src/config.js';
import { MAX_CONFIG_DEPTH } from '../../src/config-text.js';
import { runCli, ROOT } from '../helpers/run-cli.js';

function problemsOf(text: string) {
  try {
    parseConfig(text, 'smroi.config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('duplicated keys', () => {
  it('names the key and its path, at the top and deep inside', () => {
    expect(problemsOf('{"margin": 0.5, "margin": 0.6}')).toMatchObject([{ code: 'CONFIG_DUPLICATE', path: 'margin' }]);
    expect(problemsOf('{"campaigns": {"Herbst Aktion": {"budget": 1, "goal": "x", "budget": 2}}}')).toMatchObject([
      { code: 'CONFIG_DUPLICATE', path: 'campaigns["Herbst Aktion"].budget' },
    ]);
    const [problem] = problemsOf('{"costs": [{"name": "a", "amount": 1, "per": "month"}, {"name": "b", "amount": 1, "per": "month", "amount": 2}]}');
    expect(problem).toMatchObject({ code: 'CONFIG_DUPLICATE', path: 'costs[1].amount' });
    expect(problem!.sentence).toContain('"amount" is written twice');
  });

  it('does not take the same key in two objects, a key-like string value or an escaped key for a duplicate', () => {
    expect(() =>
      parseConfig('{"campaigns": {"A": {"budget": 1, "goal": "budget"}, "B": {"budget": 2, "owner": "\\"budget\\": 3"}}, "currency": "EUR"}', 'c.json'),
    ).not.toThrow();
    // An empty object inside a list, then a string: no key there ("[{}, \"\"]" was a TypeError, found by test/fuzz.test.ts).
    expect(problemsOf('[{}, ""]')).toMatchObject([{ code: 'CONFIG_WRONG_TYPE' }]);
    expect(problemsOf('{"costs": [{}, "x", {"name": "a", "name": "b"}]}')).toMatchObject([{ code: 'CONFIG_DUPLICATE', path: 'costs[2].name' }]);
    // "\u006dargin" is "margin" written with an escape: the same key to JSON.parse.
    expect(problemsOf('{"margin": 0.5, "\\u006dargin": 0.6}')).toMatchObject([{ code: 'CONFIG_DUPLICATE', path: 'margin' }]);
  });
});

describe('nesting', () => {
  it('refuses a file nested deeper than any configuration, before parsing it', () => {
    const deep = `{"campaigns": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(problemsOf(deep)).toMatchObject([{ code: 'CONFIG_TOO_DEEP', path: '' }]);
    // Brackets inside strings do not count.
    expect(() => parseConfig(`{"$schema": "${'['.repeat(MAX_CONFIG_DEPTH * 2)}"}`, 'c.json')).not.toThrow();
  });
});

describe('impossible dates', () => {
  it('are a config error with their path, for costs and dated fx rates', () => {
    expect(problemsOf('{"costs": [{"name": "Fotograf", "amount": 90, "date": "2026-02-30"}]}')).toMatchObject([{ code: 'CONFIG_BAD_DATE', path: 'costs[0].date' }]);
    expect(problemsOf('{"fx": {"USD": {"2026-09-01": 0.9, "2026-13-01": 0.91}}}')).toMatchObject([{ code: 'CONFIG_BAD_DATE', path: 'fx.USD["2026-13-01"]' }]);
    expect(() => parseConfig('{"costs": [{"name": "Fotograf", "amount": 90, "date": "2028-02-29"}], "fx": {"USD": {"2026-09-30": 0.9}}}', 'c.json')).not.toThrow();
  });
});

describe('smroi audit --config with a hostile file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ledger = join(ROOT, 'fixtures', 'generic-ledger');

  it('exits 2 with CONFIG_TOO_DEEP for a file nested 100,000 deep', () => {
    const path = join(dir, 'deep.json');
    writeFileSync(path, `{"campaigns": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const run = runCli(['audit', ledger, '--config', path]);
    expect(run.stderr).toContain('[CONFIG_TOO_DEEP]');
    expect(run.stderr).not.toMatch(/internal error|call stack/i);
    expect(run.status).toBe(2);
  });

  it('exits 2 with CONFIG_DUPLICATE for a margin written twice', () => {
    const path = join(dir, 'twice.json');
    writeFileSync(path, '{"margin": 0.5, "margin": 0.6}');
    const run = runCli(['audit', ledger, '--config', path]);
    expect(run.stderr).toMatch(/margin: the key "margin" is written twice.*\[CONFIG_DUPLICATE\]/);
    expect(run.status).toBe(2);
  });

  it('shows a config key holding an escape sequence or a bidi override escaped, on one line', () => {
    const path = join(dir, 'keys.json');
    writeFileSync(path, JSON.stringify({ [`mar\u001b]0;owned\u0007gin\u202e\n`]: 0.5 }));
    const run = runCli(['audit', ledger, '--config', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown key "mar\\u001b]0;owned\\u0007gin\\u202e\\n"');
    // eslint-disable-next-line no-control-regex
    expect(run.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
