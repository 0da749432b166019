// Configuration errors a shop owner can act on: one test per kind of mistake, each with its own code,
// the JSON path, the value found, what is expected and, where a near miss is likely, a did-you-mean.
// The CLI stops with exit code 2 on any of them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, formatPath } from '../src/config-errors.js';
import { parseConfig } from '../src/config.js';
import { UsageError } from '../src/errors.js';
import { ROOT, runCli } from './helpers/run-cli.js';

const FILE = 'smroi.config.json';

function problem(config: unknown): ConfigError {
  try {
    parseConfig(typeof config === 'string' ? config : JSON.stringify(config), FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('a valid configuration', () => {
  it('cafe-month uses every key of config.md (and revenueBasis) and loads', () => {
    const text = readFileSync(join(ROOT, 'fixtures/scenarios/cafe-month/smroi.config.json'), 'utf8');
    const config = parseConfig(text, FILE);
    expect(Object.keys(config).sort()).toEqual(['campaigns', 'costs', 'currency', 'fx', 'margin', 'outsourcing', 'revenueBasis', 'time', 'timezone']);
    const campaignKeys = new Set(Object.values(config.campaigns!).flatMap((plan) => Object.keys(plan)));
    expect([...campaignKeys].sort()).toEqual(['aliases', 'audience', 'budget', 'channel', 'coupons', 'goal', 'kpi', 'owner', 'target']);
    const costKeys = new Set(config.costs!.flatMap((cost) => Object.keys(cost)));
    expect([...costKeys].sort()).toEqual(['amount', 'campaign', 'channel', 'date', 'name', 'per']);
    expect(config.fx).toEqual({ USD: { '2026-09-01': 0.91, '2026-10-01': 0.93 }, SEK: 0.087 });
  });

  it('a file with a byte order mark is read', () => {
    expect(parseConfig('\uFEFF{"currency": "EUR"}', FILE)).toEqual({ currency: 'EUR' });
  });
});

describe('one code per kind of mistake', () => {
  it('CONFIG_NOT_JSON: a comment, with line and column', () => {
    let error: unknown;
    try {
      parseConfig('{\n  "currency": "EUR",\n  // Marge\n  "margin": 0.6\n}\n', FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('CONFIG_NOT_JSON');
    expect((error as UsageError).message).toMatch(/^smroi\.config\.json is not valid JSON at line 3, column 3 \(.+\)\. JSON allows no comments/);
  });

  it('CONFIG_NOT_JSON: a trailing comma', () => {
    expect(() => parseConfig('{"margin": 0.6,}', FILE)).toThrow(/JSON allows no comma before a closing \} or \]/);
  });

  it('CONFIG_UNKNOWN_KEY: a typo at the top level, with did-you-mean and the known keys', () => {
    const error = problem({ currncy: 'EUR' });
    expect(error.code).toBe('CONFIG_UNKNOWN_KEY');
    expect(error.problems).toEqual([expect.objectContaining({ code: 'CONFIG_UNKNOWN_KEY', path: 'currncy', found: '"currncy"', suggestion: '"currency"' })]);
    expect(error.message).toMatch(/^smroi\.config\.json: Unknown key "currncy" at the top level \(did you mean "currency"\?\); known keys there: \$schema, currency, timezone, margin, revenueBasis,/);
  });

  it('CONFIG_UNKNOWN_KEY: inside a campaign (JSON path with the campaign name) and a channel spelt as a source', () => {
    const error = problem({ campaigns: { 'Herbst Aktion 2026': { budgt: 500 } }, time: { hourlyRate: 40, hoursPerMonth: { fb: 6 } } });
    expect(error.problems.map((p) => [p.code, p.path, p.suggestion])).toEqual([
      ['CONFIG_UNKNOWN_KEY', 'campaigns["Herbst Aktion 2026"].budgt', '"budget"'],
      ['CONFIG_UNKNOWN_KEY', 'time.hoursPerMonth.fb', '"facebook"'],
    ]);
  });

  it('paidOnly: true or false; a typo gets a did-you-mean, text a type error', () => {
    expect(parseConfig('{"paidOnly": true}', FILE)).toEqual({ paidOnly: true });
    expect(parseConfig('{"paidOnly": false}', FILE)).toEqual({ paidOnly: false });
    const typo = problem({ paidonly: true });
    expect(typo.problems).toEqual([expect.objectContaining({ code: 'CONFIG_UNKNOWN_KEY', path: 'paidonly', suggestion: '"paidOnly"' })]);
    expect(typo.message).toContain('known keys there: $schema, currency, timezone, margin, revenueBasis, fx, campaigns, time, costs, outsourcing, map, decimal, dateOrder, paidOnly, language.');
    const text = problem({ paidOnly: 'yes' });
    expect(text.problems[0]).toMatchObject({ code: 'CONFIG_WRONG_TYPE', path: 'paidOnly', found: '"yes"' });
    expect(text.message).toContain('expected true (count paid orders only) or false (orders awaiting payment count too), without quotes');
  });

  it('CONFIG_MISSING_KEY: a required key left out', () => {
    const error = problem({ time: { hourlyRate: 40 } });
    expect(error.code).toBe('CONFIG_MISSING_KEY');
    expect(error.message).toBe(
      'smroi.config.json: time.hoursPerMonth: missing; expected hours per month by channel, such as {"facebook": 6, "instagram": 10}.',
    );
  });

  it('CONFIG_WRONG_TYPE: a number written as text, with the number to write instead', () => {
    const error = problem({ margin: '0,62' });
    expect(error.code).toBe('CONFIG_WRONG_TYPE');
    expect(error.problems[0]).toMatchObject({ path: 'margin', found: '"0,62"', suggestion: '0.62 (without quotes)' });
    expect(error.message).toBe(
      'smroi.config.json: margin: found "0,62", expected the gross margin as a share above 0 and at most 1, such as 0.62 for 62 %. Did you mean 0.62 (without quotes)?',
    );
    expect(problem({ campaigns: { A: { coupons: 'HERBST10' } } }).problems[0]).toMatchObject({ code: 'CONFIG_WRONG_TYPE', path: 'campaigns.A.coupons', suggestion: '["HERBST10"]' });
  });

  it('CONFIG_OUT_OF_RANGE: a margin written as a percentage, a negative amount', () => {
    const error = problem({ margin: 62, costs: [{ name: 'Canva', amount: -12.99, per: 'month' }] });
    expect(error.code).toBe('CONFIG_OUT_OF_RANGE');
    expect(error.problems.map((p) => [p.path, p.found, p.suggestion])).toEqual([
      ['margin', '62', '0.62 (62 %)'],
      ['costs[0].amount', '-12.99', undefined],
    ]);
  });

  it('CONFIG_UNKNOWN_VALUE: a value outside its list, with the closest one', () => {
    const error = problem({ revenueBasis: 'netto', campaigns: { A: { channel: 'Facebook', kpi: 'cost per order' }, B: { kpi: 'Umsatz' } } });
    expect(error.code).toBe('CONFIG_UNKNOWN_VALUE');
    expect(error.problems.map((p) => [p.path, p.found, p.suggestion])).toEqual([
      ['revenueBasis', '"netto"', '"net"'],
      ['campaigns.A.channel', '"Facebook"', '"facebook"'],
      ['campaigns.A.kpi', '"cost per order"', '"costPerOrder"'],
      ['campaigns.B.kpi', '"Umsatz"', undefined],
    ]);
    expect(error.problems[3]!.expected).toMatch(/^one of "orders", "revenue", "roi", "roas", "costPerOrder" \(sales\) or "impressions", .* \(attention\)$/);
  });

  it('CONFIG_BAD_FORMAT: currency, time zone and dates in the wrong form', () => {
    const error = problem({ currency: 'eur', timezone: 'Berlin', costs: [{ name: 'Foto', amount: 300, date: '05.09.2026' }] });
    expect(error.code).toBe('CONFIG_BAD_FORMAT');
    expect(error.problems.map((p) => [p.path, p.found, p.suggestion])).toEqual([
      ['currency', '"eur"', '"EUR"'],
      ['timezone', '"Berlin"', '"Europe/Berlin"'],
      ['costs[0].date', '"05.09.2026"', '"2026-09-05"'],
    ]);
  });

  it('CONFIG_BAD_KEY: a currency or a date used as a key in the wrong form', () => {
    const error = problem({ fx: { usd: 0.91, SEK: { '01.09.2026': 0.087 } } });
    expect(error.code).toBe('CONFIG_BAD_KEY');
    expect(error.message).toBe(
      'smroi.config.json: fx.usd: the key "usd" is not a three-letter currency code in capitals, such as "USD". Did you mean "USD"? ' +
        'fx.SEK["01.09.2026"]: the key "01.09.2026" is not a date written YYYY-MM-DD, such as "2026-09-01". Did you mean "2026-09-01"?',
    );
  });

  it('CONFIG_CONFLICT: a cost both monthly and dated', () => {
    const error = problem({ costs: [{ name: 'Canva', amount: 12.99, per: 'month', date: '2026-09-01' }] });
    expect(error.code).toBe('CONFIG_CONFLICT');
    expect(error.problems[0]).toMatchObject({ path: 'costs[0]', expected: 'either "per": "month" or a "date", not both and not neither' });
  });

  it('CONFIG_DUPLICATE: two entries for one campaign key, one coupon in two campaigns', () => {
    const error = problem({ campaigns: { 'Herbst Aktion 2026': { coupons: ['HERBST10'] }, herbst_aktion_2026: { budget: 80 }, Brunch: { coupons: ['herbst10'] } } });
    expect(error.code).toBe('CONFIG_DUPLICATE');
    expect(error.problems.map((p) => p.sentence)).toEqual([
      'campaigns.herbst_aktion_2026: "herbst_aktion_2026" and "Herbst Aktion 2026" are the same campaign (key "herbst-aktion-2026"); merge the two entries into one.',
      'campaigns.Brunch.coupons[0]: the code "herbst10" is also listed under "Herbst Aktion 2026"; an order with it cannot belong to both, so keep it under one.',
    ]);
  });

  it('the whole file must be an object', () => {
    expect(problem([]).problems[0]).toMatchObject({ code: 'CONFIG_WRONG_TYPE', path: '', found: '[]' });
  });

  it('JSON paths are written as a reader writes them', () => {
    expect(formatPath(['campaigns', 'Brunch am Sonntag – Familien', 'coupons', 0])).toBe('campaigns["Brunch am Sonntag – Familien"].coupons[0]');
    expect(formatPath(['fx', 'USD', '2026-09-01'])).toBe('fx.USD["2026-09-01"]');
  });
});

describe('the CLI', () => {
  it('stops the audit with exit code 2 and one line naming file, path, value, expectation and code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smroi-config-'));
    writeFileSync(join(dir, 'orders.csv'), 'date,order_id,amount\n2026-09-01,A-1,10.00\n');
    writeFileSync(join(dir, FILE), JSON.stringify({ margin: 62 }));
    const run = runCli(['audit', dir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `smroi: ${join(dir, FILE)}: margin: found 62, expected the gross margin as a share above 0 and at most 1, such as 0.62 for 62 %. Did you mean 0.62 (62 %)? ` +
        'Fix the configuration and run again (see the README, "Configuration", or run `smroi init` for a starter file). [CONFIG_OUT_OF_RANGE]\n',
    );
  });

  it('a missing --config file is exit code 2 too', () => {
    const run = runCli(['audit', 'fixtures/scenarios/cafe-week', '--config', 'no-such.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[CONFIG_NOT_FOUND]');
  });

  it('--revenue-basis takes gross or net only', () => {
    const run = runCli(['audit', 'fixtures/scenarios/cafe-week', '--revenue-basis', 'netto']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("argument 'netto' is invalid. Allowed choices are gross, net.");
  });
});
