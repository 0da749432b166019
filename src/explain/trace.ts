// What `smroi explain` collects while the audit runs (AuditTracer in src/audit.ts): every record as it
// is summed into its cell, every record left out, and every cell the audit counts with the campaign
// and channel it was counted under. Only explain creates one; the audit without it does no per-row work.
import type { AuditTracer } from '../audit.js';
import type { Config } from '../config.js';
import type { Dictionary, FileAggregate } from '../join/aggregate.js';
import type { CampaignSettings, CountedCell, Resolved } from '../join/resolve.js';
import { M, type CanonicalRecord, type Channel } from '../model/records.js';
import type { ParsedFile } from '../model/parsed-file.js';
import type { ExcludedRow, ExclusionReason } from '../sources/types.js';

/** A record as explain keeps it: the fields that say where it came from and why it counts. No customer field exists in a record. */
export interface TracedRecord {
  line: number;
  ref: string;
  identity: string;
  day: number;
  dayTo: number;
  campaign: string;
  campaignId: string;
  coupon: string;
  source: string;
  channel: Channel | '';
  currency: string;
  /** The row's order figures (NaN where it carries none); its other metrics are the cell's, listed per cell. */
  orders: number;
  revenue: number;
  refunds: number;
  awaitingOrders: number;
  awaitingRevenue: number;
}

export interface TracedLeftOut {
  record: TracedRecord;
  reason: 'awaitingPaymentOrders' | 'repeatedDownload';
  keptBy: (() => string | undefined) | null;
}

export interface TracedExclusion {
  reason: ExclusionReason;
  count: number;
  ref: string;
  day: number | null;
  /** The physical line being read when the source left the order out (0 when at the end of the file). */
  line: number;
  /** What names the order's campaign, when the ledger read it (generic ledgers, WooCommerce, Etsy). */
  row: ExcludedRow | null;
}

/** One reading of one file. */
export interface TracedFile {
  file: string;
  /** Records by the cell array they were summed into. */
  byCell: Map<Float64Array, TracedRecord[]>;
  leftOut: TracedLeftOut[];
  excluded: TracedExclusion[];
}

export interface JoinedInputs {
  config: Config;
  dictionary: Dictionary;
  settings: CampaignSettings;
  resolved: Resolved;
  parsed: readonly ParsedFile[];
  from: number;
  to: number;
}

export class ExplainTrace implements AuditTracer {
  readonly files = new Map<FileAggregate, TracedFile>();
  readonly cells: CountedCell[] = [];
  inputs: JoinedInputs | null = null;

  opened(file: string, aggregate: FileAggregate): void {
    const traced: TracedFile = { file, byCell: new Map(), leftOut: [], excluded: [] };
    this.files.set(aggregate, traced);
    aggregate.onAdd = (record, cell) => {
      let list = traced.byCell.get(cell);
      if (!list) traced.byCell.set(cell, (list = []));
      list.push(copyRecord(record));
    };
  }

  leftOut(aggregate: FileAggregate, record: CanonicalRecord, reason: TracedLeftOut['reason'], keptBy: TracedLeftOut['keptBy']): void {
    this.files.get(aggregate)?.leftOut.push({ record: copyRecord(record), reason, keptBy });
  }

  excluded(aggregate: FileAggregate, reason: ExclusionReason, count: number, ref: string | undefined, day: number | undefined, line: number, row: ExcludedRow | undefined): void {
    this.files.get(aggregate)?.excluded.push({ reason, count, ref: ref ?? '', day: day !== undefined && Number.isFinite(day) ? day : null, line, row: row ?? null });
  }

  cell(cell: CountedCell): void {
    this.cells.push(cell);
  }

  joined(inputs: JoinedInputs): void {
    this.inputs = inputs;
  }

  /** The readings the audit counts: the last aggregate of every file read. */
  counted(): TracedFile[] {
    const inputs = this.inputs;
    if (!inputs) return [];
    return inputs.parsed.map((file) => this.files.get(file.aggregate)).filter((file): file is TracedFile => file !== undefined);
  }

  /** The records summed into a cell counted (none for a cell a source made itself, e.g. an insights series split). */
  recordsOf(cell: CountedCell): TracedRecord[] {
    for (const traced of this.countedByPath().get(cell.file) ?? []) {
      const records = traced.byCell.get(cell.values);
      if (records) return records;
    }
    return [];
  }

  private byPath: Map<string, TracedFile[]> | null = null;
  private countedByPath(): Map<string, TracedFile[]> {
    if (!this.byPath) {
      this.byPath = new Map();
      for (const traced of this.counted()) this.byPath.set(traced.file, [...(this.byPath.get(traced.file) ?? []), traced]);
    }
    return this.byPath;
  }
}

function copyRecord(record: CanonicalRecord): TracedRecord {
  return {
    line: record.line,
    ref: record.ref,
    identity: record.identity,
    day: record.day,
    dayTo: record.dayTo,
    campaign: record.campaign,
    campaignId: record.campaignId,
    coupon: record.coupon,
    source: record.source,
    channel: record.channel,
    currency: record.currency,
    orders: record.values[M.orders]!,
    revenue: record.values[M.revenue]!,
    refunds: record.values[M.refunds]!,
    awaitingOrders: record.values[M.awaitingOrders]!,
    awaitingRevenue: record.values[M.awaitingRevenue]!,
  };
}
