// The fuzzing run's sandbox (test/fuzz.test.ts): runs one case at a time on the built code (dist/,
// which `npm test` builds first) in a worker thread, so that a case that never ends can be stopped
// from the test (the worker is terminated) instead of hanging the run. Answers what came out, or
// the error thrown: its class, whether it is one of smroi's typed errors, and its code.
import { parentPort } from 'node:worker_threads';

const dist = new URL('../../dist/', import.meta.url);
const { CsvTokenizer } = await import(new URL('read/csv.js', dist).href);
const { parseDateTime } = await import(new URL('read/dates.js', dist).href);
const { parseConfig } = await import(new URL('config.js', dist).href);
const { InputError, UsageError } = await import(new URL('errors.js', dist).href);
const { CsvSyntaxError } = await import(new URL('read/csv.js', dist).href);

const RUN = {
  csv({ chunks, delimiter }) {
    const rows = [];
    const tokenizer = new CsvTokenizer(delimiter, (cells, line) => rows.push({ cells: cells.slice(), line }));
    for (const chunk of chunks) tokenizer.push(chunk);
    tokenizer.end();
    return rows;
  },
  date({ text, order, utc }) {
    return parseDateTime(text, order, utc);
  },
  /** A case that never ends: the test of the sandbox's own timeout. */
  spin() {
    for (;;);
  },
  config({ text }) {
    parseConfig(text, 'smroi.config.json');
    return 'ok';
  },
};

parentPort.on('message', ({ id, kind, input }) => {
  try {
    parentPort.postMessage({ id, ok: true, value: RUN[kind](input) });
  } catch (error) {
    const typed = error instanceof UsageError || error instanceof InputError || error instanceof CsvSyntaxError;
    parentPort.postMessage({ id, ok: false, error: { name: error?.name ?? String(error), typed, code: error?.code ?? null, message: String(error?.message ?? error) } });
  }
});
parentPort.postMessage({ ready: true });
