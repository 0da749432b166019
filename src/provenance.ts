// Provenance: which bytes a report was computed from (SHA-256 and size of every input file, hashed
// while it was read), and, only when asked for, when it was generated. Without SOURCE_DATE_EPOCH or
// --timestamp the report holds no time at all, so the same inputs give byte-identical output.
import { say, UsageError } from './errors.js';
import type { ReadStats } from './parse.js';
import type { Report } from './report.js';

export function addProvenance(report: Report, stats: ReadonlyMap<string, ReadStats>): void {
  for (const source of report.sources) {
    const read = stats.get(source.file);
    if (!read) continue;
    source.sha256 = read.sha256;
    source.size = read.size;
  }
}

/**
 * The generation time to state in the report, or undefined for none. SOURCE_DATE_EPOCH (seconds
 * since 1970, see reproducible-builds.org) wins over the clock; --timestamp alone uses the clock.
 */
export function generationTime(env: NodeJS.ProcessEnv, timestamp: boolean, clock: () => Date = () => new Date()): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch.trim())) {
      throw new UsageError(say('BAD_SOURCE_DATE_EPOCH', { value: JSON.stringify(epoch) }));
    }
    return new Date(Number(epoch.trim()) * 1000).toISOString().replace('.000Z', 'Z');
  }
  return timestamp ? clock().toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
}
