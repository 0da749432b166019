// The fuzzing run (issue 15, item 6): seeded fast-check properties on the readers that take text
// from outside: the CSV tokenizer against csv-parse, the date reader, the configuration loader.
// Every case runs in a worker thread on the built code (test/helpers/fuzz-worker.mjs; `npm test`
// builds first), so a case that hangs is stopped after CASE_MS and fails the run, as does any
// uncaught exception or mismatch. Bounded to a few seconds on two cores; a failure prints its seed
// and path, and `fc.assert(..., { seed, path })` replays it.
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awkwardCuts, mulberry32, randomChunks, randomCsv, reference, type Row } from './helpers/csv-reference.js';

const SEED = 0x15f022;
const CASE_MS = 2_000;
const TEST_MS = 60_000;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: { name: string; typed: boolean; code: string | null; message: string } };

/** One worker, one case at a time; a case over CASE_MS terminates it (and a new one starts) and rejects. */
class Sandbox {
  private worker!: Worker;
  private ready!: Promise<void>;
  private pending = new Map<number, (outcome: Outcome<unknown>) => void>();
  private failed: ((error: Error) => void) | null = null;
  private next = 0;

  constructor() {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(new URL('./helpers/fuzz-worker.mjs', import.meta.url));
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
    this.worker.on('message', ({ id, ...outcome }: { id?: number } & Outcome<unknown>) => {
      if (id === undefined) return;
      this.pending.get(id)?.(outcome as Outcome<unknown>);
      this.pending.delete(id);
    });
    this.worker.on('error', (error) => this.failed?.(error));
  }

  async run<T>(kind: 'csv' | 'date' | 'config' | 'spin', input: unknown): Promise<Outcome<T>> {
    await this.ready;
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        void this.worker.terminate();
        this.start();
        reject(new Error(`a ${kind} case did not finish within ${CASE_MS} ms: ${JSON.stringify(input).slice(0, 300)}`));
      }, CASE_MS);
      this.failed = (error) => {
        clearTimeout(timer);
        reject(error);
      };
      this.pending.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome as Outcome<T>);
      });
      this.worker.postMessage({ id, kind, input });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox();
});
afterAll(() => sandbox.stop());

const expectNoUntypedError = (outcome: Outcome<unknown>, what: string) => {
  if (!outcome.ok) expect(outcome.error.typed, `${what}: an untyped ${outcome.error.name}: ${outcome.error.message}`).toBe(true);
};

describe('the sandbox', () => {
  it('stops a case that never ends, fails it, and runs the next case in a new worker', { timeout: TEST_MS }, async () => {
    await expect(sandbox.run('spin', {})).rejects.toThrow(`did not finish within ${CASE_MS} ms`);
    expect(await sandbox.run('date', { text: '2026-09-01', order: 'mdy', utc: false })).toEqual({ ok: true, value: { day: 20_697, instant: null } });
  });
});

describe('fuzzing the CSV tokenizer', () => {
  it('equals csv-parse on random well-formed texts cut into random chunks', { timeout: TEST_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 0x7fffffff }), async (seed) => {
        const random = mulberry32(seed);
        const csv = randomCsv(random);
        const chunks = randomChunks(csv.text, random, awkwardCuts(csv.text));
        const outcome = await sandbox.run<Row[]>('csv', { chunks, delimiter: csv.delimiter });
        expect(outcome).toEqual({ ok: true, value: reference(csv.text, csv.delimiter, 1, csv.eol) });
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  const hostileText = fc
    .array(fc.constantFrom('a', 'b', '1', ' ', ',', ';', '\t', '"', '""', '\r', '\n', '\r\n', 'é', '😀', '\u0000', '\ufeff'), { maxLength: 80 })
    .map((parts) => parts.join(''));

  it('reads any text the same whole and in chunks, and fails only with a CsvSyntaxError', { timeout: TEST_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom(',', ';', '\t'), fc.array(fc.nat(), { maxLength: 10 }), async (text, delimiter, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, index, all) => text.slice(start, all[index + 1] ?? text.length));
        expect(chunks.join('')).toBe(text);
        const whole = await sandbox.run('csv', { chunks: [text], delimiter });
        const split = await sandbox.run('csv', { chunks, delimiter });
        expectNoUntypedError(whole, 'whole');
        expect(split).toEqual(whole);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});

describe('fuzzing the date reader', () => {
  const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const parts = fc.record({
    year: fc.integer({ min: 1890, max: 2210 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    minute: fc.integer({ min: 0, max: 65 }),
    second: fc.option(fc.integer({ min: 0, max: 65 }), { nil: undefined }),
    form: fc.constantFrom('iso', 'isoT', 'isoZ', 'offset', 'ymd', 'dotted', 'mdy', 'dmy'),
    offset: fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 61 })),
    utc: fc.boolean(),
  });

  function written(p: fc.RecordValue<typeof parts> extends infer R ? R : never): { text: string; order: 'mdy' | 'dmy' } {
    const time = p.hour === undefined ? '' : `${pad(p.hour)}:${pad(p.minute)}${p.second === undefined ? '' : `:${pad(p.second)}`}`;
    const iso = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
    const zone = `${p.offset[0]}${pad(p.offset[1])}:${pad(p.offset[2])}`;
    switch (p.form) {
      case 'iso':
        return { text: time ? `${iso} ${time}` : iso, order: 'mdy' };
      case 'isoT':
        return { text: time ? `${iso}T${time}` : iso, order: 'mdy' };
      case 'isoZ':
        return { text: time ? `${iso}T${time}Z` : iso, order: 'mdy' };
      case 'offset':
        return { text: time ? `${iso}T${time}${zone}` : iso, order: 'mdy' };
      case 'ymd':
        return { text: `${p.year}/${p.month}/${p.day}${time ? ` ${time}` : ''}`, order: 'mdy' };
      case 'dotted':
        return { text: `${pad(p.day)}.${pad(p.month)}.${p.year}${time ? ` ${time}` : ''}`, order: 'dmy' };
      case 'mdy':
        return { text: `${pad(p.month)}/${pad(p.day)}/${p.year}${time ? ` ${time}` : ''}`, order: 'mdy' };
      default:
        return { text: `${pad(p.day)}/${pad(p.month)}/${p.year}${time ? ` ${time}` : ''}`, order: 'dmy' };
    }
  }

  it('accepts a written date exactly when it is a real calendar day and time, and reads it back as written', { timeout: TEST_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(parts, async (p) => {
        const { text, order } = written(p);
        const outcome = await sandbox.run<{ day: number; instant: number | null } | null>('date', { text, order, utc: p.utc });
        expect(outcome.ok, text).toBe(true);
        const parsed = (outcome as { value: { day: number; instant: number | null } | null }).value;
        const dateOk = p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= (p.month === 2 && !isLeap(p.year) ? 28 : DAYS_IN_MONTH[p.month - 1]!) && p.year >= 1900 && p.year <= 2200;
        const timeOk = p.hour === undefined || (p.hour <= 23 && p.minute <= 59 && (p.second ?? 0) <= 59);
        const offsetOk = p.form !== 'offset' || p.hour === undefined || (p.offset[1] <= 14 && p.offset[2] <= 59);
        expect(parsed !== null, text).toBe(dateOk && timeOk && offsetOk);
        if (parsed === null) return;
        // The day read is the day written, as a real calendar date.
        expect(new Date(parsed.day * 86_400_000).toISOString().slice(0, 10), text).toBe(`${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`);
        if (parsed.instant !== null) {
          const instant = new Date(parsed.instant);
          expect(Number.isNaN(instant.getTime()), text).toBe(false);
          if (p.form === 'isoZ' || (p.utc && p.form !== 'offset')) {
            expect(instant.toISOString().slice(0, 19), text).toBe(`${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour!)}:${pad(p.minute)}:${pad(p.second ?? 0)}`);
          }
        }
      }),
      { seed: SEED, numRuns: 15_000 },
    );
  });

  it('never throws on any text, and whatever it accepts is a valid day', { timeout: TEST_MS }, async () => {
    const dateish = fc
      .array(fc.constantFrom('2026', '1', '12', '31', '29', '00', '99', '-', '/', '.', ':', ' ', 'T', 'Z', '+', 'UTC', 'PM', 'am', ',', '\u00a0', 'x'), { maxLength: 14 })
      .map((bits) => bits.join(''));
    await fc.assert(
      fc.asyncProperty(fc.oneof(dateish, fc.string({ unit: 'binary', maxLength: 30 })), fc.constantFrom('mdy', 'dmy'), fc.boolean(), async (text, order, utc) => {
        const outcome = await sandbox.run<{ day: number; instant: number | null } | null>('date', { text, order, utc });
        expect(outcome.ok, JSON.stringify(text)).toBe(true);
        const parsed = (outcome as { value: { day: number; instant: number | null } | null }).value;
        if (parsed === null) return;
        expect(Number.isInteger(parsed.day)).toBe(true);
        const day = new Date(parsed.day * 86_400_000);
        expect(day.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
        expect(day.getUTCFullYear()).toBeLessThanOrEqual(2200);
        if (parsed.instant !== null) expect(Number.isFinite(parsed.instant)).toBe(true);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});

describe('fuzzing the configuration loader', () => {
  const dateKey = fc.oneof(
    fc.tuple(fc.integer({ min: 1999, max: 2031 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.string({ maxLength: 12 }),
  );
  const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, 0.5, 1, -1, 1e308));
  const loose = fc.oneof(number, fc.string({ maxLength: 10 }), fc.boolean(), fc.constant(null));
  const configLike = fc.record(
    {
      currency: fc.oneof(fc.constantFrom('EUR', 'eur', '€', 'USD'), fc.string({ maxLength: 5 })),
      timezone: fc.constantFrom('Europe/Berlin', 'UTC', 'Mars/Olympus', '', 'berlin'),
      margin: fc.oneof(number, fc.string({ maxLength: 5 })),
      revenueBasis: fc.constantFrom('gross', 'net', 'brutto'),
      fx: fc.dictionary(fc.constantFrom('USD', 'usd', 'GBP', 'X'), fc.oneof(number, fc.dictionary(dateKey, loose, { maxKeys: 3 })), { maxKeys: 3 }),
      campaigns: fc.dictionary(
        fc.string({ maxLength: 10 }),
        fc.record({ aliases: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), coupons: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), budget: loose, kpi: fc.constantFrom('roi', 'orders', 'x'), target: loose }, { requiredKeys: [] }),
        { maxKeys: 3 },
      ),
      costs: fc.array(fc.record({ name: fc.string({ maxLength: 6 }), amount: loose, per: fc.constantFrom('month', 'week'), date: dateKey, channel: fc.constantFrom('facebook', 'tv') }, { requiredKeys: [] }), { maxLength: 3 }),
      time: fc.record({ hourlyRate: loose, hoursPerMonth: fc.dictionary(fc.constantFrom('facebook', 'instagram', 'radio'), loose, { maxKeys: 2 }) }, { requiredKeys: [] }),
      paidOnly: loose,
      extra: fc.anything({ maxDepth: 3 }),
    },
    { requiredKeys: [] },
  );
  const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '"margin": 0.5, ', '"margin": 0.6, ', '//', '\u0000', '1e999', '-0', 'null', '\ufeff', '\n'];
  const text = fc.oneof(
    configLike.map((value) => JSON.stringify(value)),
    fc.json({ maxDepth: 4 }),
    fc.tuple(configLike, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)), { maxLength: 4 })).map(([value, edits]) => {
      let out = JSON.stringify(value);
      for (const [at, token] of edits) {
        const position = at % (out.length + 1);
        out = out.slice(0, position) + token + out.slice(position);
      }
      return out;
    }),
    fc.tuple(configLike, fc.nat()).map(([value, at]) => {
      const json = JSON.stringify(value);
      return json.slice(0, at % (json.length + 1));
    }),
    fc.integer({ min: 1, max: 5000 }).map((depth) => `{"campaigns": ${'['.repeat(depth)}${']'.repeat(depth)}}`),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

  it('loads a config or fails with a typed CONFIG_ error, never anything else', { timeout: TEST_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(text, async (body) => {
        const outcome = await sandbox.run<string>('config', { text: body });
        expectNoUntypedError(outcome, body.slice(0, 200));
        if (!outcome.ok) expect(outcome.error.code, body.slice(0, 200)).toMatch(/^CONFIG_/);
      }),
      { seed: SEED, numRuns: 4000 },
    );
  });
});
