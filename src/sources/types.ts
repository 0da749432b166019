// The contract every export kind implements. One file per kind in this folder, listed in index.ts.
import type { Finding } from '../i18n/warnings.js';
import type { SkipReason } from '../i18n/skips.js';
import type { CanonicalRecord } from '../model/records.js';
import type { DayCutter } from '../read/dates.js';
import type { DecimalMark } from '../read/numbers.js';

/** What detection sees of a file: decoded text from its start and the rows in it. */
export interface FileSample {
  /** Base name of the file (a hint only: kinds are recognized by content). */
  fileName: string;
  /** Decoded text of the first bytes, BOM removed; '' once the file was detected as a kind (readFolder lets it go: sources read `rows`). */
  text: string;
  /** The first records of the sample (the `sep=` line removed), each with its physical line. */
  rows: { cells: string[]; line: number }[];
  delimiter: string;
  hasSepLine: boolean;
  encoding: string;
  /** Column names the user gave for generic-ledger fields (`--map`, "map" in the config). */
  columnMap?: Readonly<Record<string, string>>;
  /**
   * The decimal mark the user set (`--decimal`, "decimal" in the config): it decides wherever the
   * file's own numbers leave the mark open (`1.000`, or no separator at all). A file whose cells
   * can only be read with the other mark (`12.50` against a comma) keeps that mark.
   */
  decimalOverride?: DecimalMark;
  /**
   * The order of slashed dates the user set (`--date-order`, "dateOrder" in the config): it decides
   * wherever no date of the column has a part over 12 (`10/01/2026`); a column that shows its
   * order (`31/01/2026`) keeps it.
   */
  dateOrderOverride?: SlashOrder;
}

/** Month first (`01/31/2026`) or day first (`31/01/2026`). */
export type SlashOrder = 'mdy' | 'dmy';

/** A header column a kind's detect() needs: its field and the header spellings it accepts, the English one first. */
export interface RequiredColumn {
  readonly field: string;
  readonly aliases: readonly string[];
}

export type ExclusionReason =
  | 'rowsOutsidePeriod'
  | 'summaryRows'
  | 'cancelledOrders'
  | 'failedOrders'
  | 'pendingOrders'
  /** Orders awaiting payment, left out because only paid orders count (--paid-only, "paidOnly"). */
  | 'awaitingPaymentOrders'
  | 'duplicateRowsDropped';

/** A warning an adapter raises: its text as code, variant and params (src/i18n/warnings.ts); the file is added for it. */
export type WarningInput = Finding;
/** What a ledger knows of an order it leaves out: its first line and what names its campaign (as CanonicalRecord has them). */
export interface ExcludedRow {
  line: number;
  campaign?: string;
  campaignId?: string;
  coupon?: string;
  source?: string;
}


/** Everything an adapter may do besides reading its rows. */
export interface SourceContext {
  /** Path relative to the audited folder, for messages. */
  readonly file: string;
  readonly sample: FileSample;
  /** Decimal mark decided for this file from its number cells. */
  readonly decimal: DecimalMark;
  /** Cuts instants (timestamps with an offset) into days of the report's time zone. */
  readonly cutter: DayCutter;
  /** Hands one normalized row to the aggregator; the record may be reused afterwards. */
  emit(record: CanonicalRecord): void;
  warn(warning: WarningInput): void;
  /**
   * Counts rows left out, by reason. A ledger passes the order reference of an order it leaves out
   * (cancelled, pending), so that a Stripe or PayPal payment for that order is not counted either;
   * the order's day, so that the period covers every dated row read (counted or not); and the order's
   * identity (CanonicalRecord.identity), so that an order several downloads hold is left out once,
   * in the state of the most recent download. A ledger that has read them may pass the order's line
   * and the fields that name its campaign (`row`), so that `smroi explain` lists the order under it.
   */
  exclude(reason: ExclusionReason, count?: number, ref?: string, day?: number, identity?: string, row?: ExcludedRow): void;
  /**
   * Declares what the file holds, for overlap detection: files of one dataset describe the same
   * numbers, so a day (or day and campaign) they share is counted from one file only, the one with
   * the highest priority.
   */
  describe(description: { dataset?: string; priority?: number; daily?: boolean; notes?: string }): void;
  /** True the first time a reference (post ID) is seen in a dataset across all files. */
  firstSighting(dataset: string, ref: string): boolean;
  /**
   * The attribution setting an ad export names for the conversions it claims (Meta's `Attribution
   * setting`, e.g. `7-day click, 1-day view`), per campaign as written. Optional: adapters call it
   * as `context.attribution?.(...)`, once per distinct campaign and setting.
   */
  attribution?(entry: AttributionNote): void;
  /**
   * What the adapter decided about the file's dialect, when it decides itself rather than taking
   * `decimal` (decideDecimal and slashOrderOf call it). Optional: `smroi detect` shows it.
   */
  dialect?(decided: { decimal?: DecimalMark; dateOrder?: SlashOrder }): void;
}

export interface AttributionNote {
  /** Campaign name as written ('' when the row names none). */
  campaign: string;
  /** The platform's campaign ID ('' when none). */
  campaignId: string;
  setting: string;
}

export interface RowParser {
  /** One record of the file; `cells` is reused by the tokenizer, copy what you keep. */
  row(cells: string[], line: number): void;
  end(): void;
  /**
   * Optional, asked after each record until it answers: the columns this parser never reads (1 =
   * unread; an index past the end is read), once its header is known, else null. The tokenizer then
   * does not cut their text out; they hold '' when blank, else a placeholder (csv.ts UNREAD_CELL).
   */
  unreadColumns?(): Uint8Array | null;
}

export type OverlapGrain = 'day' | 'day+campaign' | 'none';

export interface Source {
  /** Stable id: the JSON `kind` and the fixture folder name. */
  readonly kind: string;
  /** Human name used in messages. */
  readonly title: string;
  /** What the kind contributes: attention, ad cost and claims, analytics, or confirmed sales. */
  readonly family: 'ads' | 'insights' | 'posts' | 'analytics' | 'ledger';
  /**
   * Payment ledgers (Stripe, PayPal) record payments for orders a shop export may hold too. Their
   * records carry the shop's order reference in `ref`; a payment whose reference matches an order
   * of a shop ledger in the same audit is counted once, from the shop ledger.
   */
  readonly payments?: boolean;
  /**
   * The most physical lines one record of this kind normally spans (a quoted field holding line
   * breaks: an order note, a post's text). A record spanning more, a stray quote swallowing the
   * rows after it, is warned about (QUOTE_SPANS_LINES). Default DEFAULT_RECORD_LINES in parse.ts.
   */
  readonly recordLines?: number;
  /** How overlapping files of this kind are recognised (see SourceContext.describe). */
  readonly overlap: OverlapGrain;
  /**
   * Data only, for `smroi detect`: the header columns detect() needs, each with the spellings it
   * accepts (first the English one, used to name a missing column). A field whose aliases list
   * several columns needs one of them. Absent for kinds not recognised by their header.
   */
  readonly required?: readonly RequiredColumn[];
  /** Data only, for `smroi detect`: what detect() looks for besides (or instead of) header columns. */
  readonly signature?: string;
  /** Pure and cheap: true when the sample is this kind of export. Never throws. */
  detect(sample: FileSample): boolean;
  /**
   * Optional, pure and cheap: the reason a file this kind recognises is not read (it holds the same sales as
   * another download of the kind, say), or null. A reason skips the file with it, whatever claims the file.
   */
  declines?(sample: FileSample): SkipReason | null;
  /** Starts reading one file. Throws InputError for rows it cannot read. */
  open(context: SourceContext): RowParser;
  /**
   * How a large file of the kind can be read in byte ranges, one thread each (src/parallel): the
   * number of sample records up to its header (handed to each range's parser first) and the key
   * that ties records together (an order's reference: the rows of one order are read by one
   * thread); null when this file cannot be. Only for kinds whose parser keeps no state from one
   * record to the next but the order open, and that order's key. Absent: always one pass.
   */
  split?(sample: FileSample): RecordSplit | null;
}

/** See Source.split. */
export interface RecordSplit {
  /** Sample records up to and including the header. */
  replay: number;
  /** The key of a record: what the parser compares to tell a further line item of the open order; '' for a blank row. */
  group(cells: string[]): string;
}
