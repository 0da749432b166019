// Checks schema/report.schema.json (the machine-readable form of the JSON
// report contract in shared/report-json.md) against a hand-written report that
// uses every field, and against mutations of it that the contract forbids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';

const schemaUrl = new URL('../../schema/report.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, unknown>;

// ajv is CommonJS: under NodeNext typing the default import is the module
// object (class at `.default`), at run time it is the class itself (which also
// carries `.default`). Accept both so the file type-checks and runs either way.
interface AjvLike {
  compile(schema: object): ValidateFunction;
  validateSchema(schema: object): boolean | Promise<unknown>;
  errors?: ErrorObject[] | null;
}
type AjvClass = new (options?: Options) => AjvLike;
const ajvModule = Ajv2020 as unknown as AjvClass & { default?: AjvClass };
const AjvCtor: AjvClass = ajvModule.default ?? ajvModule;

function compile(): ValidateFunction {
  // strict: unknown keywords or formats in the schema are errors;
  // allowUnionTypes: the schema uses ["integer", "null"] for "unknown" metrics.
  const ajv = new AjvCtor({ strict: true, allErrors: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

const validate = compile();

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

function metrics(over: Partial<Obj> = {}): Obj {
  return {
    vanity: {
      impressions: 48210,
      reach: 30112,
      likes: 412,
      follows: 37,
      engagements: 1290,
      profileVisits: 220,
      linkClicks: 903,
      sessions: 1104,
    },
    claimed: {
      meta: { conversions: 41, value: 2480.5 },
      ga4: { conversions: 29, value: 1710 },
    },
    confirmed: { orders: 23, revenue: 1395.4, refunds: 49.9, awaitingPayment: { orders: 4, revenue: 212.5 } },
    cost: { adSpend: 420, time: 270, other: 12.99, total: 702.99 },
    roi: 0.985,
    roas: 3.3224,
    costPerOrder: 30.57,
    ...over,
  } as Obj;
}

/** Metrics where no input carried the figure: null, not 0. */
function unknownMetrics(over: Partial<Obj> = {}): Obj {
  return {
    vanity: {
      impressions: null,
      reach: null,
      likes: 96,
      follows: 4,
      engagements: 130,
      profileVisits: 18,
      linkClicks: null,
      sessions: null,
    },
    claimed: {
      meta: { conversions: null, value: null },
      ga4: { conversions: null, value: null },
    },
    confirmed: { orders: 0, revenue: 0, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } },
    cost: { adSpend: null, time: 90, other: 0, total: 90 },
    roi: -1,
    roas: null,
    costPerOrder: null,
    ...over,
  } as Obj;
}

/** A report that uses every field of the contract and every implementation addition. */
function fullReport(): Obj {
  return {
    schema: 'smroi.report/1',
    tool: { name: 'smroi', version: '0.1.0' },
    period: { from: '2026-08-01', to: '2026-10-31', timezone: 'Europe/Berlin', fromSource: false },
    currency: 'EUR',
    sources: [
      {
        file: 'meta/ads-daily.csv',
        kind: 'meta-ads',
        rows: 184,
        from: '2026-08-01',
        to: '2026-10-31',
        dataset: 'meta-ads-campaigns',
        encoding: 'utf-8',
        delimiter: ',',
        daily: true,
        excludedRows: 1,
      },
      {
        file: 'shop/orders.csv',
        kind: 'ledger-generic',
        rows: 61,
        from: '2026-08-02',
        to: '2026-10-30',
        dataset: 'ledger',
        encoding: 'windows-1252',
        delimiter: ';',
        daily: true,
        excludedRows: 5,
      },
      {
        file: 'ig/empty-insights.csv',
        kind: 'instagram-insights',
        rows: 0,
        from: null,
        to: null,
      },
    ],
    skipped: [
      { file: 'notes/todo.csv', reason: 'Not a recognised export: no date, order or metric columns.' },
      { file: 'shop/broken.csv', reason: 'a quoted field is never closed. Export it again.', code: 'CSV_SYNTAX', line: 17, kind: 'generic-ledger' },
      { file: 'shop/locked.csv', reason: 'the file cannot be opened: permission denied (EACCES).', code: 'FILE_NOT_READABLE', line: null },
    ],
    coverage: {
      ads: { from: '2026-08-01', to: '2026-10-30', days: 91 },
      insights: { from: '2026-08-01', to: '2026-10-31', days: 92 },
      posts: null,
      analytics: { from: '2026-08-01', to: '2026-10-31', days: 92 },
      ledger: { from: '2026-08-02', to: '2026-10-30', days: 90 },
    },
    totals: metrics({
      attributed: { orders: 23, revenue: 1395.4, roi: 0.0558, roas: 3.3224, costPerOrder: 34.48, notCredited: { orders: 8, revenue: 590.5 } },
      confirmed: { orders: 31, revenue: 1985.9, refunds: 49.9, awaitingPayment: { orders: 4, revenue: 212.5 } },
      cost: { adSpend: 420, time: 360, other: 12.99, total: 792.99 },
      roi: 1.5043,
      roas: 4.7283,
      costPerOrder: 25.58,
    }),
    channels: [
      { channel: 'facebook', ...metrics() },
      { channel: 'instagram', ...unknownMetrics() },
      {
        channel: 'unknown',
        ...unknownMetrics({
          vanity: {
            impressions: null,
            reach: null,
            likes: null,
            follows: null,
            engagements: null,
            profileVisits: null,
            linkClicks: null,
            sessions: null,
          },
          confirmed: { orders: 8, revenue: 590.5, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } },
          cost: { adSpend: null, time: 0, other: 0, total: 0 },
          roi: null,
        }),
      },
    ],
    campaigns: [
      {
        campaign: 'brunch-am-sonntag-familien',
        names: ['Brunch am Sonntag – Familien'],
        channels: ['instagram'],
        ...unknownMetrics(),
        verdict: 'vanity-only',
      },
      {
        campaign: 'frühling-2026',
        names: ['Frühling 2026'],
        channels: [],
        ...unknownMetrics({
          confirmed: { orders: 3, revenue: 120, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } },
          cost: { adSpend: null, time: 0, other: 0, total: 0 },
          roi: null,
        }),
        verdict: 'no-cost',
      },
      {
        campaign: 'herbst-aktion-2026',
        names: ['HERBST-AKTION-2026', 'Herbst Aktion 2026', 'herbst_aktion_2026'],
        channels: ['facebook', 'instagram'],
        ...metrics(),
        verdict: 'profitable',
      },
      {
        campaign: 'winter-teaser',
        names: ['Winter.Teaser'],
        channels: ['facebook'],
        ...metrics({
          confirmed: { orders: 1, revenue: 19.9, refunds: 0, awaitingPayment: { orders: 0, revenue: 0 } },
          roi: -0.9717,
          roas: 0.0474,
          costPerOrder: 702.99,
        }),
        verdict: 'loss-making',
      },
    ],
    unattributed: { orders: 8, revenue: 590.5, refunds: 0 },
    warnings: [
      {
        code: 'UNMATCHED_CAMPAIGN',
        message: 'Campaign "Winter Teaser 2" in the Meta export matches no order.',
        file: 'meta/ads-daily.csv',
        line: 12,
        campaign: 'winter-teaser-2',
        details: { spend: 35.5, names: ['Winter Teaser 2'] },
      },
      { code: 'MARGIN_ASSUMED', message: 'No margin configured: ROI is on revenue, not profit.' },
      { code: 'MISSING_DAYS', message: 'Days 2026-09-03 to 2026-09-05 are missing.', file: 'meta/ads-daily.csv' },
    ],
    assumptions: [
      { key: 'margin', value: 1, note: 'ROI on revenue, not profit.' },
      { key: 'timezone', value: 'Europe/Berlin', note: 'System time zone.' },
      { key: 'hourlyRate', value: null, note: 'No hourly rate configured: time cost is 0.' },
    ],
    exclusions: {
      rowsOutsidePeriod: 2,
      summaryRows: 1,
      cancelledOrders: 2,
      failedOrders: 1,
      pendingOrders: 1,
      awaitingPaymentOrders: 0,
      duplicateRowsDropped: 0,
    },
  };
}

/** Only what the contract requires: the implementation additions are optional. */
function contractOnlyReport(): Obj {
  const r = fullReport();
  delete r.tool;
  delete r.assumptions;
  delete r.exclusions;
  delete (r.period as Obj).fromSource;
  delete (r.unattributed as Obj).refunds;
  r.sources = [{ file: 'orders.csv', kind: 'ledger', rows: 3, from: '2026-08-02', to: '2026-08-09' }];
  r.skipped = [];
  r.warnings = [{ code: 'NO_TIME_COST', message: 'No hourly rate configured.' }];
  return r;
}

function errorsOf(report: unknown): ErrorObject[] {
  return validate(report) ? [] : [...(validate.errors ?? [])];
}

function explain(errors: ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
}

/** Applies `mutate` to a fresh full report and returns the validation errors. */
function mutated(mutate: (r: any) => void): ErrorObject[] {
  const r = structuredClone(fullReport());
  mutate(r);
  return errorsOf(r);
}

function paths(errors: ErrorObject[]): string[] {
  return errors.map((e) => e.instancePath);
}

describe('report.schema.json', () => {
  it('is a valid draft 2020-12 schema with the agreed $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://smroi.dev/schema/report-1.json');
    const ajv = new AjvCtor({ strict: true, allowUnionTypes: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts a report that uses every field', () => {
    const errors = errorsOf(fullReport());
    expect(errors, explain(errors)).toEqual([]);
  });

  it('accepts a report with only the contract fields', () => {
    const errors = errorsOf(contractOnlyReport());
    expect(errors, explain(errors)).toEqual([]);
  });

  it('accepts null metrics ("we don\'t know") and free-form warning details', () => {
    const errors = mutated((r) => {
      r.totals = unknownMetrics({
        attributed: { orders: null, revenue: null, roi: null, roas: null, costPerOrder: null, notCredited: { orders: null, revenue: null } },
        confirmed: { orders: null, revenue: null, refunds: null, awaitingPayment: null },
        cost: { adSpend: null, time: 0, other: 0, total: 0 },
        roi: null,
      });
      r.unattributed = { orders: null, revenue: null, refunds: null };
      r.warnings[0].details = { nested: { deep: [1, 'two', null] } };
    });
    expect(errors, explain(errors)).toEqual([]);
  });

  it("accepts Google Ads' claims (claimed.google, overclaim.google), and reports written before them", () => {
    const withGoogle = mutated((r) => {
      r.totals.claimed.google = { conversions: 30, value: 1657.8 };
      r.channels[0].claimed.google = { conversions: null, value: null };
    });
    expect(withGoogle, explain(withGoogle)).toEqual([]);
    const without = mutated((r) => delete r.totals.claimed.google);
    expect(without, explain(without)).toEqual([]);
    expect(paths(mutated((r) => (r.totals.claimed.google = { conversions: 30.4, value: 1657.8 })))).toContain('/totals/claimed/google/conversions');
    expect(paths(mutated((r) => (r.totals.claimed.google = { conversions: 30 })))).toContain('/totals/claimed/google');
    expect(paths(mutated((r) => (r.totals.claimed.bing = { conversions: 1, value: 2 })))).toContain('/totals/claimed');
  });

  describe('rejects', () => {
    it('a wrong schema string', () => {
      const errors = mutated((r) => {
        r.schema = 'smroi.report/2';
      });
      expect(paths(errors)).toContain('/schema');
    });

    it('a negative count', () => {
      expect(paths(mutated((r) => (r.totals.confirmed.orders = -1)))).toContain('/totals/confirmed/orders');
      expect(paths(mutated((r) => (r.campaigns[2].vanity.impressions = -5)))).toContain(
        '/campaigns/2/vanity/impressions',
      );
      expect(paths(mutated((r) => (r.sources[0].rows = -3)))).toContain('/sources/0/rows');
      expect(paths(mutated((r) => (r.exclusions.summaryRows = -1)))).toContain('/exclusions/summaryRows');
    });

    it('a fractional count', () => {
      expect(paths(mutated((r) => (r.totals.vanity.likes = 1.5)))).toContain('/totals/vanity/likes');
    });

    it('an unknown verdict', () => {
      const errors = mutated((r) => {
        r.campaigns[0].verdict = 'break-even';
      });
      expect(paths(errors)).toContain('/campaigns/0/verdict');
    });

    it('a campaign without `confirmed`', () => {
      const errors = mutated((r) => {
        delete r.campaigns[1].confirmed;
      });
      expect(errors.some((e) => e.instancePath === '/campaigns/1' && e.keyword === 'required')).toBe(true);
    });

    it('totals without `confirmed`', () => {
      const errors = mutated((r) => {
        delete r.totals.confirmed;
      });
      expect(errors.some((e) => e.instancePath === '/totals' && e.keyword === 'required')).toBe(true);
    });

    it('an unknown top-level property', () => {
      const errors = mutated((r) => {
        r.createdAt = '2026-11-01T00:00:00Z'; // the report's time is "generatedAt"
      });
      expect(
        errors.some(
          (e) =>
            e.instancePath === '' &&
            e.keyword === 'additionalProperties' &&
            (e.params as { additionalProperty?: string }).additionalProperty === 'createdAt',
        ),
      ).toBe(true);
    });

    it('unknown properties inside metrics, channels and campaigns', () => {
      expect(paths(mutated((r) => (r.totals.vanity.shares = 3)))).toContain('/totals/vanity');
      expect(paths(mutated((r) => (r.channels[0].spend = 3)))).toContain('/channels/0');
      expect(paths(mutated((r) => (r.campaigns[0].budget = 500)))).toContain('/campaigns/0');
      expect(paths(mutated((r) => (r.claimed = {})))).toContain('');
    });

    it('each missing contract field', () => {
      for (const key of [
        'schema',
        'period',
        'currency',
        'sources',
        'skipped',
        'coverage',
        'totals',
        'channels',
        'campaigns',
        'unattributed',
        'warnings',
      ]) {
        const errors = mutated((r) => {
          delete r[key];
        });
        expect(errors.length, `missing ${key}`).toBeGreaterThan(0);
      }
    });

    it('confirmed without awaitingPayment, or an ill-formed one', () => {
      expect(paths(mutated((r) => delete r.totals.confirmed.awaitingPayment))).toContain('/totals/confirmed');
      expect(paths(mutated((r) => delete r.channels[0].confirmed.awaitingPayment))).toContain('/channels/0/confirmed');
      expect(paths(mutated((r) => delete r.campaigns[2].confirmed.awaitingPayment))).toContain('/campaigns/2/confirmed');
      expect(paths(mutated((r) => (r.totals.confirmed.awaitingPayment = { orders: -1, revenue: 0 })))).toContain('/totals/confirmed/awaitingPayment/orders');
      expect(paths(mutated((r) => (r.totals.confirmed.awaitingPayment = { orders: 1 })))).toContain('/totals/confirmed/awaitingPayment');
      expect(paths(mutated((r) => (r.totals.confirmed.awaitingPayment = { orders: 1, revenue: '9.90' })))).toContain('/totals/confirmed/awaitingPayment/revenue');
      expect(paths(mutated((r) => (r.totals.confirmed.awaitingPayment = { orders: 1, revenue: 9.9, method: 'cod' })))).toContain('/totals/confirmed/awaitingPayment');
      expect(paths(mutated((r) => (r.exclusions.awaitingPaymentOrders = 1.5)))).toContain('/exclusions/awaitingPaymentOrders');
    });

    it('a headline or coverage of the wrong shape (contract additions)', () => {
      expect(paths(mutated((r) => delete r.totals.attributed))).toContain('/totals');
      expect(paths(mutated((r) => (r.totals.attributed.revenue = '1395.40')))).toContain('/totals/attributed/revenue');
      expect(paths(mutated((r) => (r.totals.attributed.orders = 2.5)))).toContain('/totals/attributed/orders');
      expect(paths(mutated((r) => (r.channels[0].attributed = r.totals.attributed)))).toContain('/channels/0');
      expect(paths(mutated((r) => delete r.coverage.posts))).toContain('/coverage');
      expect(paths(mutated((r) => (r.coverage.ledger = { from: '2026-08-02', to: '2026-10-30', days: 0 })))).toContain('/coverage/ledger');
      expect(paths(mutated((r) => (r.coverage.ledger = 0)))).toContain('/coverage/ledger');
    });

    it('a date that is not YYYY-MM-DD', () => {
      expect(paths(mutated((r) => (r.period.from = '01.08.2026')))).toContain('/period/from');
      expect(paths(mutated((r) => (r.sources[0].to = '2026-10-31T00:00:00Z')))).toContain('/sources/0/to');
    });

    it('an unknown channel', () => {
      expect(paths(mutated((r) => (r.channels[0].channel = 'myspace')))).toContain('/channels/0/channel');
      expect(paths(mutated((r) => (r.campaigns[2].channels = ['facebook', 'fb'])))).toContain(
        '/campaigns/2/channels/1',
      );
    });

    it('a file that could not be read without its code or line, a bad code, line 0', () => {
      expect(paths(mutated((r) => delete r.skipped[1].code))).toContain('/skipped/1');
      expect(paths(mutated((r) => delete r.skipped[1].line))).toContain('/skipped/1');
      expect(paths(mutated((r) => (r.skipped[1].code = 'bad date')))).toContain('/skipped/1/code');
      expect(paths(mutated((r) => (r.skipped[1].line = 0)))).toContain('/skipped/1/line');
      expect(paths(mutated((r) => (r.skipped[0].line = 3)))).toContain('/skipped/0');
    });

    it('a warning code that is not UPPER_SNAKE', () => {
      expect(paths(mutated((r) => (r.warnings[0].code = 'unmatched-campaign')))).toContain('/warnings/0/code');
      expect(paths(mutated((r) => (r.warnings[0].line = 0)))).toContain('/warnings/0/line');
    });

    it('a campaign that is not a normalised key', () => {
      for (const bad of ['Herbst Aktion 2026', 'herbst_aktion', '-herbst', 'herbst-', 'herbst--aktion', 'a–b']) {
        expect(paths(mutated((r) => (r.campaigns[2].campaign = bad))), bad).toContain('/campaigns/2/campaign');
      }
    });

    it('a money value given as a string, and a claim summed into one number', () => {
      expect(paths(mutated((r) => (r.totals.confirmed.revenue = '1395.40')))).toContain(
        '/totals/confirmed/revenue',
      );
      expect(paths(mutated((r) => (r.totals.claimed = { conversions: 70, value: 4190.5 })))).toContain(
        '/totals/claimed',
      );
    });

    it('a wrong tool name or an ill-typed assumption', () => {
      expect(paths(mutated((r) => (r.tool.name = 'other')))).toContain('/tool/name');
      expect(paths(mutated((r) => (r.assumptions[0].value = true)))).toContain('/assumptions/0/value');
      expect(paths(mutated((r) => (r.period.fromSource = 'yes')))).toContain('/period/fromSource');
    });
  });
});
