// Stage 2: which export is this? Every source's detect() sees the sample; exactly one must claim it.
import type { FileSample, Source } from './sources/types.js';

export type Detection = { source: Source } | { skip: string };

export function detectKind(sample: FileSample, sources: readonly Source[]): Detection {
  let claims = sources.filter((source) => {
    try {
      return source.detect(sample);
    } catch {
      return false;
    }
  });
  // The generic ledger is the fallback: a file a specific kind recognises is that kind.
  if (claims.length > 1) claims = claims.filter((source) => source.kind !== 'generic-ledger');
  if (claims.length === 1) return { source: claims[0]! };
  if (claims.length > 1) return { skip: `ambiguous: looks like ${claims.map((s) => s.title).join(' and ')}; rename nothing, but report this file to the smroi developers` };
  // Header cells are not echoed: a file without a header would show its first row, which may be a customer's.
  const header = sample.rows.find((row) => row.cells.some((cell) => cell.trim() !== '' && !cell.startsWith('#')));
  const width = header ? `${header.cells.length} column${header.cells.length === 1 ? '' : 's'}` : 'no rows';
  return { skip: `not a known export (${width}; its header matches none of the kinds smroi reads)` };
}
