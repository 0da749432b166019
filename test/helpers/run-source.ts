// Runs one fixture through detection and one source, collecting what the source emits.
import { join } from 'node:path';
import { detectKind } from '../../src/detect.js';
import { streamRows } from '../../src/parse.js';
import { DayCutter } from '../../src/read/dates.js';
import { sampleDecimalMark, sampleFile } from '../../src/read/sample.js';
import { SOURCES } from '../../src/sources/index.js';
import { METRIC_NAMES, type CanonicalRecord } from '../../src/model/records.js';
import type { AttributionNote, ExclusionReason, Source } from '../../src/sources/types.js';
import type { Warning } from '../../src/report.js';
import { inEnglish, reasonInEnglish } from './english.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface EmittedRecord extends Omit<CanonicalRecord, 'values'> {
  values: Partial<Record<(typeof METRIC_NAMES)[number], number>>;
}

export interface SourceRun {
  source: Source;
  records: EmittedRecord[];
  warnings: Warning[];
  exclusions: Partial<Record<ExclusionReason, number>>;
  /** Every exclude() call with what it passed: the order reference, day and identity. */
  excluded: { reason: ExclusionReason; count: number; ref?: string; day?: number; identity?: string }[];
  description: { dataset?: string; priority?: number; daily?: boolean; notes?: string };
  /** Attribution settings the adapter passed on (SourceContext.attribution). */
  attribution: AttributionNote[];
}

export async function runSource(relativePath: string, timezone = 'Europe/Berlin'): Promise<SourceRun> {
  const path = join(FIXTURES, relativePath);
  const sampled = await sampleFile(path);
  if ('skip' in sampled) throw new Error(`skipped: ${reasonInEnglish(sampled.skip)}`);
  const detection = detectKind(sampled.sample, SOURCES);
  if ('skip' in detection) throw new Error(`not detected: ${reasonInEnglish(detection.skip)}`);
  const run: SourceRun = { source: detection.source, records: [], warnings: [], exclusions: {}, excluded: [], description: {}, attribution: [] };
  const seen = new Set<string>();
  const parser = detection.source.open({
    file: relativePath,
    sample: sampled.sample,
    decimal: sampleDecimalMark(sampled.sample),
    cutter: new DayCutter(timezone),
    emit(record) {
      const values: EmittedRecord['values'] = {};
      METRIC_NAMES.forEach((name, index) => {
        const value = record.values[index]!;
        if (!Number.isNaN(value)) values[name] = value;
      });
      run.records.push({ ...record, values });
    },
    warn(warning) {
      run.warnings.push(inEnglish(warning));
    },
    exclude(reason, count = 1, ref, day, identity) {
      run.exclusions[reason] = (run.exclusions[reason] ?? 0) + count;
      run.excluded.push({ reason, count, ref, day, identity });
    },
    describe(description) {
      Object.assign(run.description, description);
    },
    attribution(note) {
      run.attribution.push(note);
    },
    firstSighting(dataset, ref) {
      const key = `${dataset}\u0000${ref}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  });
  await streamRows(path, relativePath, sampled.encoding, sampled.sample, parser, undefined, {
    recordLines: detection.source.recordLines,
    title: detection.source.title,
    warn: (warning) => void run.warnings.push(inEnglish(warning)),
  });
  return run;
}

/** Sums one metric over records, rounded to cents to keep float noise out of assertions. */
export function sum(records: EmittedRecord[], metric: (typeof METRIC_NAMES)[number]): number {
  return Math.round(records.reduce((total, record) => total + (record.values[metric] ?? 0), 0) * 100) / 100;
}
