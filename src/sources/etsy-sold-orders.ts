// Etsy Shop Manager → Settings → Options → Download Data → Orders (ledgers.md §6): `EtsySoldOrders<year>-<month>.csv`,
// one row per order. The order identity is `Order ID`, the money `Order Total` (goods after the coupon, shipping and
// sales tax), a later partial refund shows in `Adjusted Order Total`, and `Coupon Code` is the only campaign hook.
// Dates are `MM/DD/YY`. Etsy's companion `EtsySoldOrderItems…csv` lists the same orders item by item, without
// the adjusted totals: it is recognised and skipped with a reason (see `declines`), so no sale counts twice.
// Personal columns (Buyer User ID, Full Name, First Name, Last Name, Street 1/2, Ship City/State/Zipcode/Country,
// Buyer) are never mapped, so never read.
import { InputError, say } from '../errors.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { keptTax } from '../economics/vat.js';
import { CellReader, checkDuplicateColumns, hasColumns, mapColumns, missingColumnsError, checkWidth, slashOrderEvidence, type ColumnIndex, type ColumnSpec } from './columns.js';
import { classifyStatus } from './order-status.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

const COLUMNS = {
  saleDate: ['Sale Date'],
  orderId: ['Order ID'],
  total: ['Order Total'],
  value: ['Order Value'],
  currency: ['Currency'],
  coupon: ['Coupon Code'],
  salesTax: ['Sales Tax'],
  status: ['Status'],
  adjustedTotal: ['Adjusted Order Total'],
  datePaid: ['Date Paid'],
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

/** Columns of the Sold Orders file that no other ledger has (one of them is needed besides date, order and total). */
const ETSY_COLUMNS = [['Buyer User ID'], ['Adjusted Order Total'], ['Adjusted Net Order Amount'], ['Coupon Details'], ['Card Processing Fees'], ['InPerson Location']] as const;

/** The Sold Order Items file: the same sales, one row per item. */
const ITEMS_COLUMNS = [['Sale Date'], ['Item Name'], ['Order ID']] as const;
const ITEMS_SIGNATURE = [['Item Total'], ['Listing ID'], ['Transaction ID']] as const;

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export const etsySoldOrders: Source = {
  kind: 'etsy-sold-orders',
  title: 'Etsy sold orders download',
  family: 'ledger',
  overlap: 'day',
  required: [
    { field: 'saleDate', aliases: COLUMNS.saleDate },
    { field: 'orderId', aliases: COLUMNS.orderId },
    { field: 'total', aliases: [...COLUMNS.total, ...COLUMNS.value] },
    { field: 'etsy', aliases: ETSY_COLUMNS.map((aliases) => aliases[0]) },
  ],
  signature: 'Sale Date, Order ID and Order Total (or Order Value) with a column only Etsy writes (Buyer User ID, Adjusted Order Total, Coupon Details, Card Processing Fees, ...); the Sold Order Items file (Item Name, Item Total) is skipped',

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 4) return false;
    const cells = header.cells;
    if (!hasColumns(cells, COLUMNS.saleDate, COLUMNS.orderId)) return false;
    if (!hasColumns(cells, COLUMNS.total) && !hasColumns(cells, COLUMNS.value)) return false;
    if (hasColumns(cells, ['Item Name'])) return false;
    return ETSY_COLUMNS.some((aliases) => hasColumns(cells, aliases));
  },

  declines(sample) {
    const header = headerRow(sample);
    if (!header) return null;
    const cells = header.cells;
    if (!hasColumns(cells, ...ITEMS_COLUMNS) || !ITEMS_SIGNATURE.some((aliases) => hasColumns(cells, aliases))) return null;
    return { code: 'etsyOrderItems' };
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let width = 0;
    let amountColumn = -1;
    const seen = new Set<string>();
    context.describe({ dataset: 'etsy-sold-orders', daily: true });

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing: string[] = [];
          if (mapped.saleDate === -1) missing.push(COLUMNS.saleDate[0]);
          if (mapped.orderId === -1) missing.push(COLUMNS.orderId[0]);
          if (mapped.total === -1 && mapped.value === -1) missing.push(COLUMNS.total[0]);
          if (missing.length) throw missingColumnsError(context.file, line, 'Etsy sold orders download', missing);
          checkDuplicateColumns(context.file, line, cells, mapped);
          columns = mapped;
          width = cells.length;
          amountColumn = mapped.total >= 0 ? mapped.total : mapped.value;
          const dateIndex = mapped.saleDate;
          // Etsy writes month first (`09/15/26`) whatever the shop's country; only a date that cannot be month first says otherwise.
          const order = slashOrderEvidence(context.sample.rows.filter((r) => r.line > line).map((r) => r.cells[dateIndex] ?? '')) ?? 'mdy';
          context.dialect?.({ dateOrder: order });
          reader = new CellReader(context.file, cells.map((cell) => cell.replace(/^\uFEFF/, '')), context.decimal, order);
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const c = columns;
        const read = reader!;
        const orderId = read.text(cells, c.orderId);
        if (orderId === '') {
          throw new InputError(context.file, line, say('MISSING_ORDER_ID.etsy'));
        }
        // The same order twice in one file (two downloads pasted together): counted once.
        if (seen.has(orderId)) {
          context.exclude('duplicateRowsDropped', 1);
          return;
        }
        seen.add(orderId);
        const day = context.cutter.dayOfParsed(read.date(cells, c.saleDate, line));
        const total = read.number(cells, amountColumn, line);
        if (total !== total) {
          throw new InputError(context.file, line, say('MISSING_AMOUNT.etsy', { column: amountColumn === c.total ? COLUMNS.total[0] : COLUMNS.value[0] }));
        }
        const status = classifyStatus(read.text(cells, c.status));
        if (status === 'cancelled' || status === 'failed') {
          context.exclude(status === 'cancelled' ? 'cancelledOrders' : 'failedOrders', 1, orderId, undefined, undefined, { line, coupon: firstCode(read.text(cells, c.coupon)) });
          return;
        }
        // A partial refund lowers `Adjusted Order Total` below `Order Total`; Etsy writes 0.00 there, or the
        // total itself, when nothing was adjusted (ledgers.md §6).
        let refund = 0;
        if (status === 'refunded') refund = Math.max(total, 0);
        else {
          const adjusted = read.number(cells, c.adjustedTotal, line);
          if (adjusted === adjusted && adjusted > 0 && adjusted < total) refund = Math.round((total - adjusted) * 100) / 100;
        }
        // Paid at checkout; a file with `Date Paid` says when an order's money has not arrived yet.
        const awaiting = status === 'pending' || (c.datePaid >= 0 && read.text(cells, c.datePaid) === '');

        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        record.coupon = firstCode(read.text(cells, c.coupon));
        record.currency = read.text(cells, c.currency).toUpperCase();
        record.ref = orderId;
        record.line = line;
        const values = record.values;
        values[M.orders] = 1;
        values[M.revenue] = total - refund;
        values[M.refunds] = refund;
        if (c.datePaid >= 0 || status === 'pending') {
          values[M.awaitingOrders] = awaiting ? 1 : 0;
          values[M.awaitingRevenue] = awaiting ? total - refund : 0;
        }
        const tax = read.number(cells, c.salesTax, line);
        if (tax === tax) values[M.tax] = keptTax(total, tax, refund);
        context.emit(record);
      },
      end() {
        if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'Etsy sold orders download', again: 'downloadOrders' }));
      },
    };
  },
};

/** `Coupon Code` may name several codes, comma separated; the first one is the order's coupon. */
function firstCode(codes: string): string {
  const comma = codes.indexOf(',');
  return (comma === -1 ? codes : codes.slice(0, comma)).trim();
}
