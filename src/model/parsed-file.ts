// What the reading stages hand to the report: one parsed file, and the report currency chosen.
// Shared by audit.ts (which fills them), build-report.ts, previous.ts and economics (which read them).
import type { FoundFile } from '../discover.js';
import type { FileAggregate } from '../join/aggregate.js';
import type { ExclusionReason, Source } from '../sources/types.js';

export interface ParsedFile {
  found: FoundFile;
  source: Source;
  aggregate: FileAggregate;
  dataset: string;
  priority: number;
  daily: boolean;
  notes: string[];
  encoding: string;
  delimiter: string;
  exclusions: Partial<Record<ExclusionReason, number>>;
}

export interface CurrencyChoice {
  code: string;
  /** Where it came from, for the report's assumptions. */
  basis: 'config' | 'ledger' | 'ads' | 'default';
}
