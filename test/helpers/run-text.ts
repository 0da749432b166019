// Runs an inline file (text written as UTF-8, or exact bytes) through sampling, detection and the
// source that claims it, like run-source.ts does for fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectKind } from '../../src/detect.js';
import { streamRows } from '../../src/parse.js';
import { DayCutter } from '../../src/read/dates.js';
import { sampleDecimalMark, sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { METRIC_NAMES } from '../../src/model/records.js';
import type { FileSample } from '../../src/sources/types.js';
import type { EmittedRecord, SourceRun } from './run-source.js';
import { inEnglish, reasonInEnglish } from './english.js';

/** `overrides` are what --decimal and --date-order set on the sample (FileSample.decimalOverride, dateOrderOverride). */
export async function runText(
  content: string | Uint8Array,
  name = 'inline.csv',
  timezone = 'Europe/Berlin',
  overrides: Pick<FileSample, 'decimalOverride' | 'dateOrderOverride'> = {},
): Promise<SourceRun> {
  const dir = mkdtempSync(join(tmpdir(), 'smroi-inline-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  const sampled = await sampleFile(path);
  if ('skip' in sampled) throw new Error(`skipped: ${reasonInEnglish(sampled.skip)}`);
  Object.assign(sampled.sample, overrides);
  const detection = detectKind(sampled.sample, SOURCES);
  if ('skip' in detection) throw new Error(`not detected: ${reasonInEnglish(detection.skip)}`);
  const run: SourceRun = { source: detection.source, records: [], warnings: [], exclusions: {}, description: {} };
  const parser = detection.source.open({
    file: name,
    sample: sampled.sample,
    decimal: sampleDecimalMark(sampled.sample),
    cutter: new DayCutter(timezone),
    emit(record) {
      const values: EmittedRecord['values'] = {};
      METRIC_NAMES.forEach((metric, index) => {
        if (!Number.isNaN(record.values[index]!)) values[metric] = record.values[index]!;
      });
      run.records.push({ ...record, values });
    },
    warn: (warning) => void run.warnings.push(inEnglish(warning)),
    exclude: (reason, count = 1) => void (run.exclusions[reason] = (run.exclusions[reason] ?? 0) + count),
    describe: (description) => void Object.assign(run.description, description),
    firstSighting: () => true,
  });
  await streamRows(path, name, sampled.encoding, sampled.sample, parser, undefined, {
    recordLines: detection.source.recordLines,
    title: detection.source.title,
    warn: (warning) => void run.warnings.push(inEnglish(warning)),
  });
  return run;
}

/** Text as Windows-1252 bytes (what a German or Swedish Excel writes), for characters that have one. */
export function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const byte = table[char];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${char}`);
    return byte;
  }));
}
