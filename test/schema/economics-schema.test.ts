// schema/report.schema.json for the owner's economics: the cafe-month golden report (which carries
// every addition) validates in strict mode, the additions stay optional, and what they forbid is rejected.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Options, ValidateFunction } from 'ajv';

type AjvClass = new (options?: Options) => { compile(schema: object): ValidateFunction };
const ajvModule = Ajv2020 as unknown as AjvClass & { default?: AjvClass };
const AjvCtor: AjvClass = ajvModule.default ?? ajvModule;
const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
const validate = new AjvCtor({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
const golden = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/expected/cafe-month.json', import.meta.url), 'utf8'));

function errorsAfter(mutate: (report: any) => void): string[] {
  const report = structuredClone(golden);
  mutate(report);
  return validate(report) ? [] : validate.errors!.map((error) => error.instancePath);
}

describe('the economics additions in report.schema.json', () => {
  it('the cafe-month report, which carries all of them, validates in strict mode', () => {
    expect(errorsAfter(() => {})).toEqual([]);
    expect(Object.keys(golden)).toEqual(expect.arrayContaining(['economics', 'plan', 'makeOrBuy', 'exchangeRates']));
  });

  it('they are optional: a report without them validates', () => {
    expect(
      errorsAfter((r) => {
        for (const key of ['economics', 'plan', 'makeOrBuy', 'exchangeRates']) delete r[key];
        for (const block of [r.totals, ...r.channels, ...r.campaigns]) {
          delete block.profit;
          delete block.overclaim;
        }
        for (const source of r.sources) delete source.attribution;
      }),
    ).toEqual([]);
    expect(errorsAfter((r) => (r.makeOrBuy = null))).toEqual([]);
  });

  it('rejects an unknown basis, KPI, budget status or cheaper side, and unknown properties', () => {
    expect(errorsAfter((r) => (r.totals.profit.basis = 'netto'))).toContain('/totals/profit/basis');
    expect(errorsAfter((r) => (r.plan.campaigns[0].kpi = 'umsatz'))).toContain('/plan/campaigns/0/kpi');
    expect(errorsAfter((r) => (r.plan.campaigns[0].budgetStatus = 'fine'))).toContain('/plan/campaigns/0/budgetStatus');
    expect(errorsAfter((r) => (r.makeOrBuy.cheaper = 'agency'))).toContain('/makeOrBuy/cheaper');
    expect(errorsAfter((r) => (r.campaigns[0].profit.margin = 0.6))).toContain('/campaigns/0/profit');
    expect(errorsAfter((r) => (r.channels[0].overclaim.meta.flag = true))).toContain('/channels/0/overclaim/meta');
  });

  it('rejects a missing ratio, a rate of 0 and a break-even ROAS below 1', () => {
    expect(errorsAfter((r) => delete r.campaigns[0].overclaim.ga4.valueRatio)).toContain('/campaigns/0/overclaim/ga4');
    expect(errorsAfter((r) => (r.exchangeRates[0].rate = 0))).toContain('/exchangeRates/0/rate');
    expect(errorsAfter((r) => (r.economics.breakEvenRoas = 0.6))).toContain('/economics/breakEvenRoas');
  });
});
