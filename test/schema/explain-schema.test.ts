// schema/explain.schema.json against what `smroi explain --json` (the built CLI) prints for every
// campaign and channel of a few scenarios (line items, refunds, copies left out, a whole-range row,
// an exchange rate, --paid-only), and against mutations the contract forbids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { runCli } from '../helpers/run-cli.js';

interface AjvLike {
  addSchema(schema: object): unknown;
  compile(schema: object): ValidateFunction;
  errors?: ErrorObject[] | null;
}
type AjvClass = new (options?: Options) => AjvLike;
const ajvModule = Ajv2020 as unknown as AjvClass & { default?: AjvClass };
const AjvCtor: AjvClass = ajvModule.default ?? ajvModule;

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new AjvCtor({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addSchema(read('report.schema.json'));
const validate = ajv.compile(read('explain.schema.json'));

function explainJson(args: string[]): Record<string, unknown> {
  const run = runCli(['explain', ...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('schema/explain.schema.json', () => {
  const cases: string[][] = [
    ['fixtures/scenarios/repeat-downloads', '--campaign', 'herbst-tee-2026'],
    ['fixtures/scenarios/repeat-downloads', '--channel', 'unknown'],
    ['fixtures/scenarios/range-and-daily', '--campaign', 'herbst-tee-2026'],
    ['fixtures/scenarios/cod-shop', '--campaign', 'winter-shawl-sale', '--paid-only'],
    ['fixtures/scenarios/etsy-paypal-shop', '--channel', 'unknown'],
    ['fixtures/scenarios/bistro-quarter', '--month', '2026-10', '--channel', 'instagram'],
    ['fixtures/scenarios/bistro-quarter', '--month', '2026-10', '--channel', 'facebook'],
    ['fixtures/scenarios/kafferosteri-sv', '--month', '2026-09', '--campaign', 'abo-deutschland'],
  ];
  for (const args of cases) {
    it(`accepts ${args.slice(1).join(' ')} of ${args[0]!.split('/').at(-1)}`, () => {
      const json = explainJson(args);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('rejects another schema version, an unknown reason and a missing total', () => {
    const json = explainJson(cases[0]!);
    expect(validate({ ...json, schema: 'smroi.explain/2' })).toBe(false);
    const leftOut = (json.leftOut as Record<string, unknown>[]).map((item) => ({ ...item, reason: 'lost' }));
    expect(validate({ ...json, leftOut })).toBe(false);
    const { totals: _totals, ...rest } = json;
    expect(validate(rest)).toBe(false);
  });
});
