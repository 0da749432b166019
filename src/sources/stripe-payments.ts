// Stripe Dashboard → Payments → Export (ledgers.md §3). One row per payment (charge), in any of the
// three header generations: `Created` (2014), `Created (UTC)`, `Created date (UTC)` (unified payments).
// Timestamps are UTC; refunds are `Amount Refunded` on the payment's own row; metadata keys are trailing
// `<key> (metadata)` columns, where a checkout may have stored UTMs, a coupon and the shop's order number.
// Personal columns (Customer Email, Customer Description, Description, Card *) are never mapped, so never read.
import { InputError, say } from '../errors.js';
import { validTime, type ParsedTime } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, hasColumns, mapColumns, missingColumnsError, slashOrderOf, type ColumnIndex, type ColumnSpec, checkWidth } from './columns.js';
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

/**
 * Columns only a Stripe payments export has (ledgers.md §3.1). The user picks and orders the columns in the
 * Dashboard's export dialog, so the file is told by how many of them it holds, not by `id` coming first.
 */
const STRIPE_COLUMNS: readonly (readonly string[])[] = [
  ['id'],
  ['Amount Refunded'],
  ['Captured'],
  ['Converted Amount'],
  ['Converted Currency'],
  ['Converted Amount Refunded'],
  ['Seller Message'],
  ['Statement Descriptor'],
  ['Decline Reason'],
  ['Taxes On Fee'],
  ['Refunded date (UTC)'],
  ['PaymentIntent ID'],
  ['Card ID'],
  ['Customer ID'],
  ['Payment Source Type'],
  ['Created date (UTC)', 'Created (UTC)'],
];
/** Stripe columns a payments export must hold besides Created, Amount and Currency. */
const STRIPE_SIGNALS = 2;

/** How many Stripe-only columns a header holds; every `<key> (metadata)` column counts once. */
function stripeSignals(cells: readonly string[]): number {
  let signals = 0;
  for (const aliases of STRIPE_COLUMNS) if (hasColumns(cells, aliases)) signals++;
  if (cells.some((cell) => /\(metadata\)\s*$/i.test(cell))) signals++;
  return signals;
}

// `awaiting`: the payment is made and its money on its way (a bank debit or transfer still processing):
// an order placed, counted and reported as awaiting payment (ledgers.md §12.6). `pending`: an
// authorisation not captured or a checkout never completed, which may never become a payment: left out.
type StripeStatus = 'counted' | 'awaiting' | 'failed' | 'cancelled' | 'pending' | 'unknown';

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
  ['pending', 'awaiting'],
  ['processing', 'awaiting'],
  ['uncaptured', 'pending'],
  ['incomplete', 'pending'],
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
    { field: 'created', aliases: COLUMNS.created },
    { field: 'amount', aliases: COLUMNS.amount },
    { field: 'currency', aliases: COLUMNS.currency },
    { field: 'refunded', aliases: [...COLUMNS.refunded, ...COLUMNS.captured, ...COLUMNS.convertedAmount, 'Seller Message', 'Statement Descriptor', 'PaymentIntent ID'] },
  ],
  signature: `Created, Amount and Currency plus ${STRIPE_SIGNALS} columns only Stripe writes (id, Amount Refunded, Captured, Converted Amount, Seller Message, Statement Descriptor, "(metadata)" columns, ...), in any order; not a balance-history (Type, Source, Fee, Net) or payouts (Arrival Date) export`,

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 4) return false;
    const cells = header.cells;
    if (!hasColumns(cells, COLUMNS.created, COLUMNS.amount, COLUMNS.currency)) return false;
    if (hasColumns(cells, ...BALANCE_HISTORY) || hasColumns(cells, PAYOUTS)) return false;
    return stripeSignals(cells) >= STRIPE_SIGNALS;
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let width = 0;
    let testPayments = 0;
    let unknownStatuses = 0;
    let firstUnknownLine = 0;
    // Status, Mode and Captured cells repeat from row to row: each distinct cell is folded once (bounded).
    const foldedCells = new Map<string, string>();
    const folded = (cells: string[], index: number): string => {
      if (index < 0) return '';
      const cell = cells[index] ?? '';
      let fold = foldedCells.get(cell);
      if (fold === undefined) {
        fold = foldHeader(cell);
        if (foldedCells.size < 500) foldedCells.set(cell, fold);
      }
      return fold;
    };
    const statuses = new Map<string, StripeStatus>();
    context.describe({ dataset: 'stripe-payments', daily: true });

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing = REQUIRED.filter((field) => mapped[field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'Stripe payments export', missing.map((m) => COLUMNS[m][0]));
          checkDuplicateColumns(context.file, line, cells, mapped);
          columns = mapped;
          width = cells.length;
          const dateIndex = mapped.created;
          reader = new CellReader(context.file, cells.slice(), context.decimal, slashOrderOf(context, context.sample.rows.map((r) => r.cells[dateIndex] ?? '')));
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const c = columns;
        const read = reader!;

        if (folded(cells, c.mode) === 'test') {
          testPayments++;
          return;
        }
        let status: StripeStatus = 'counted';
        if (c.status >= 0) {
          const cell = cells[c.status] ?? '';
          const known = statuses.get(cell);
          if (known !== undefined) status = known;
          else {
            status = stripeStatus(cell.trim());
            if (statuses.size < 500) statuses.set(cell, status);
          }
        }
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
        if (status === 'pending' || NOT_CAPTURED.has(folded(cells, c.captured))) {
          context.exclude('pendingOrders', 1, undefined, day, identity);
          return;
        }

        const amount = read.number(cells, c.amount, line);
        if (amount !== amount) {
          throw new InputError(context.file, line, say('MISSING_AMOUNT.stripe'));
        }
        let refunded = read.number(cells, c.refunded, line);
        if (refunded !== refunded) refunded = folded(cells, c.status) === 'refunded' ? amount : 0;
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
          context.warn({ code: 'REFUND_EXCEEDS_TOTAL', variant: 'payment', line });
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
        values[M.awaitingOrders] = status === 'awaiting' ? 1 : 0;
        values[M.awaitingRevenue] = status === 'awaiting' ? total - refund : 0;
        // Tax in the charge currency, scaled like the amount when the total is the converted one.
        const tax = read.number(cells, c.tax, line);
        if (tax === tax) values[M.tax] = keptTax(total, amount > 0 ? (tax * total) / amount : 0, refund);
        context.emit(record);
      },
      end() {
        if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'Stripe payments export', again: 'exportPayments' }));
        if (testPayments > 0) {
          context.warn({
            code: 'TEST_PAYMENTS',
            params: { count: testPayments },
          });
        }
        if (unknownStatuses > 0) {
          context.warn({
            code: 'UNKNOWN_STATUS',
            params: { count: unknownStatuses, line: firstUnknownLine },
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
  if (!validTime(+time[1]!, +time[2]!, +(time[3] ?? 0), time[4])) return parsed;
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
