// Stripe Dashboard → Payments → Export (ledgers.md §3). One row per payment (charge), in any of the
// three header generations: `Created` (2014), `Created (UTC)`, `Created date (UTC)` (unified payments).
// Timestamps are UTC; refunds are `Amount Refunded` on the payment's own row; metadata keys are trailing
// `<key> (metadata)` columns, where a checkout may have stored UTMs, a coupon and the shop's order number.
// Personal columns (Customer Email, Customer Description, Description, Card *) are never mapped, so never read.
import { InputError } from '../errors.js';
import type { ParsedTime } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, hasColumns, mapColumns, missingColumnsError, slashOrderOf, type ColumnIndex, type ColumnSpec, raggedRow } from './columns.js';
import { classifyStatus } from './order-status.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';
import { keptTax } from '../economics/vat.js';

const COLUMNS = {
  id: ['id'],
  created: ['Created date (UTC)', 'Created (UTC)', 'Created'],
  amount: ['Amount'],
  refunded: ['Amount Refunded'],
  currency: ['Currency'],
  convertedAmount: ['Converted Amount'],
  convertedRefunded: ['Converted Amount Refunded'],
  convertedCurrency: ['Converted Currency'],
  status: ['Status'],
  captured: ['Captured'],
  mode: ['Mode'],
  campaign: ['utm_campaign (metadata)', 'utm campaign (metadata)'],
  source: ['utm_source (metadata)', 'utm source (metadata)'],
  medium: ['utm_medium (metadata)', 'utm medium (metadata)'],
  coupon: ['coupon (metadata)', 'discount_code (metadata)', 'coupon_code (metadata)'],
  orderRef: ['order_id (metadata)', 'order_number (metadata)'],
  // Stripe Tax collected on the charge, in the charge currency (not "Taxes On Fee": that is Stripe's own VAT).
  tax: ['Tax'],
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

const REQUIRED = ['created', 'amount', 'currency'] as const satisfies readonly Field[];

/** The balance-history export (`id,Type,Source,Amount,Fee,Net,…`) and the payouts export are cash ledgers, not payments. */
const BALANCE_HISTORY = [['Type'], ['Source'], ['Fee'], ['Net']] as const;
const PAYOUTS = ['Arrival Date (UTC)', 'Arrival Date'];

type StripeStatus = 'counted' | 'failed' | 'cancelled' | 'pending' | 'unknown';

/** Stripe's own status words (folded); anything else goes through the shared order statuses. */
const STATUS: ReadonlyMap<string, StripeStatus> = new Map([
  ['paid', 'counted'],
  ['succeeded', 'counted'],
  ['refunded', 'counted'],
  ['partially refunded', 'counted'],
  ['partially_refunded', 'counted'],
  ['partial refund', 'counted'],
  ['failed', 'failed'],
  ['blocked', 'failed'],
  ['declined', 'failed'],
  ['canceled', 'cancelled'],
  ['cancelled', 'cancelled'],
  ['uncaptured', 'pending'],
  ['pending', 'pending'],
  ['incomplete', 'pending'],
  ['processing', 'pending'],
  ['requires_payment_method', 'pending'],
  ['requires_action', 'pending'],
  ['requires_capture', 'pending'],
  ['requires_confirmation', 'pending'],
]);

const NOT_CAPTURED = new Set(['false', 'falsch', 'no', 'nein', '0']);

function stripeStatus(raw: string): StripeStatus {
  const folded = foldHeader(raw);
  const known = STATUS.get(folded);
  if (known) return known;
  if (folded === '') return 'unknown';
  const shared = classifyStatus(raw);
  return shared === 'counted' ? 'unknown' : shared === 'refunded' ? 'counted' : shared;
}

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export const stripePayments: Source = {
  kind: 'stripe-payments',
  title: 'Stripe payments export',
  family: 'ledger',
  payments: true,
  overlap: 'day',
  required: [
    { field: 'id', aliases: COLUMNS.id },
    { field: 'created', aliases: COLUMNS.created },
    { field: 'amount', aliases: COLUMNS.amount },
    { field: 'currency', aliases: COLUMNS.currency },
    { field: 'refunded', aliases: [...COLUMNS.refunded, ...COLUMNS.captured, ...COLUMNS.convertedAmount] },
  ],
  signature: 'the first column is "id"; not a balance-history (Type, Source, Fee, Net) or payouts (Arrival Date) export',

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 4) return false;
    const cells = header.cells;
    if (foldHeader(cells[0] ?? '') !== 'id') return false;
    if (!hasColumns(cells, COLUMNS.created, COLUMNS.amount, COLUMNS.currency)) return false;
    if (hasColumns(cells, ...BALANCE_HISTORY) || hasColumns(cells, PAYOUTS)) return false;
    // Every payments export carries at least one of these; balance, payout and fee exports carry none.
    return hasColumns(cells, COLUMNS.refunded) || hasColumns(cells, COLUMNS.captured) || hasColumns(cells, COLUMNS.convertedAmount);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let width = 0;
    let testPayments = 0;
    let unknownStatuses = 0;
    let firstUnknownLine = 0;
    context.describe({ dataset: 'stripe-payments', daily: true });

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing = REQUIRED.filter((field) => mapped[field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'Stripe payments export', missing.map((m) => COLUMNS[m][0]));
          columns = mapped;
          width = cells.length;
          const dateIndex = mapped.created;
          reader = new CellReader(context.file, cells.slice(), context.decimal, slashOrderOf(context, context.sample.rows.map((r) => r.cells[dateIndex] ?? '')));
          return;
        }
        if (isBlankRow(cells)) return;
        if (cells.length > width && !isBlankRow(cells.slice(width))) throw raggedRow(context.file, line, cells.length, width);
        const c = columns;
        const read = reader!;

        if (foldHeader(read.text(cells, c.mode)) === 'test') {
          testPayments++;
          return;
        }
        let status = c.status >= 0 ? stripeStatus(read.text(cells, c.status)) : 'counted';
        if (status === 'unknown') {
          // Counted (Stripe lists payments; an unknown word is more likely a new status of a paid one), but said.
          if (unknownStatuses++ === 0) firstUnknownLine = line;
          status = 'counted';
        }
        const day = context.cutter.dayOfParsed(utcInstant(read.date(cells, c.created, line, true), read.text(cells, c.created)));
        // The payment's identity across downloads: its own id (`ch_…`, `py_…`).
        const identity = read.text(cells, c.id);
        if (status === 'failed') {
          context.exclude('failedOrders', 1, undefined, day, identity);
          return;
        }
        if (status === 'cancelled') {
          context.exclude('cancelledOrders', 1, undefined, day, identity);
          return;
        }
        // An uncaptured payment is an authorisation: it may never be taken.
        if (status === 'pending' || NOT_CAPTURED.has(foldHeader(read.text(cells, c.captured)))) {
          context.exclude('pendingOrders', 1, undefined, day, identity);
          return;
        }

        const amount = read.number(cells, c.amount, line);
        if (amount !== amount) {
          throw new InputError('MISSING_AMOUNT', context.file, line, 'this payment has no "Amount".', 'Export the payments again; every Stripe payment row has an amount.');
        }
        let refunded = read.number(cells, c.refunded, line);
        if (refunded !== refunded) refunded = foldHeader(read.text(cells, c.status)) === 'refunded' ? amount : 0;
        refunded = Math.abs(refunded);

        // The settlement currency is the only one that adds up across charge currencies (ledgers.md §3.3).
        let total = amount;
        let refund = refunded;
        let currency = read.text(cells, c.currency);
        const converted = read.number(cells, c.convertedAmount, line);
        const convertedCurrency = read.text(cells, c.convertedCurrency);
        if (converted === converted && convertedCurrency !== '') {
          total = converted;
          currency = convertedCurrency;
          const convertedRefund = read.number(cells, c.convertedRefunded, line);
          if (convertedRefund === convertedRefund) refund = Math.abs(convertedRefund);
          else refund = refunded === 0 || amount === 0 ? 0 : Math.round((refunded / amount) * converted * 100) / 100;
        }
        if (refund > total) {
          context.warn({ code: 'REFUND_EXCEEDS_TOTAL', message: "A payment's refunded amount is larger than the payment; the refund is capped at the payment.", line });
          refund = Math.max(total, 0);
        }

        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        record.campaign = read.text(cells, c.campaign);
        record.source = joinSource(read.text(cells, c.source), read.text(cells, c.medium));
        record.coupon = read.text(cells, c.coupon);
        record.currency = currency.toUpperCase();
        // The shop's order reference, so the payment can be matched to the shop order; never the charge id.
        record.ref = read.text(cells, c.orderRef);
        record.identity = identity;
        record.line = line;
        const values = record.values;
        values[M.orders] = 1;
        values[M.revenue] = total - refund;
        values[M.refunds] = refund;
        // Tax in the charge currency, scaled like the amount when the total is the converted one.
        const tax = read.number(cells, c.tax, line);
        if (tax === tax) values[M.tax] = keptTax(total, amount > 0 ? (tax * total) / amount : 0, refund);
        context.emit(record);
      },
      end() {
        if (columns === null) throw new InputError('EMPTY_FILE', context.file, null, 'the Stripe payments export has no header row.', 'Export the payments again.');
        if (testPayments > 0) {
          context.warn({
            code: 'TEST_PAYMENTS',
            message: `${testPayments} test-mode payment${testPayments === 1 ? ' was' : 's were'} left out (column "Mode" = Test); they are not sales.`,
          });
        }
        if (unknownStatuses > 0) {
          context.warn({
            code: 'UNKNOWN_STATUS',
            message: `${unknownStatuses} payment${unknownStatuses === 1 ? ' has' : 's have'} a "Status" smroi does not know (first on line ${firstUnknownLine}); counted as paid.`,
            line: firstUnknownLine,
          });
        }
      },
    };
  },
};

/**
 * Stripe writes UTC. ISO timestamps come back as instants (assumeUtc); a date rewritten by Excel
 * (`25.01.2024 13:23`) comes back as a plain day, so its time is added here as UTC too.
 */
function utcInstant(parsed: ParsedTime, cell: string): ParsedTime {
  if (parsed.instant !== null) return parsed;
  const time = /\s(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(cell);
  if (!time) return parsed;
  let hours = +time[1]!;
  const meridiem = time[4]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  else if (meridiem === 'am' && hours === 12) hours = 0;
  return { day: parsed.day, instant: parsed.day * 86_400_000 + ((hours * 60 + +time[2]!) * 60 + +(time[3] ?? 0)) * 1000 };
}

function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}
