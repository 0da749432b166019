// WooCommerce order exports written by plugins (ledgers.md §2.3), since WooCommerce itself exports no orders:
//  * WebToffee "Order Export & Order Import": `order_id,order_number,order_date,paid_date,status,…,order_total,…`,
//    one row per order; coupons and refunds packed into cells (`code:herbst10|amount:10.00;code:…`,
//    `amount:9.90|reason:…|date:…`), order meta as `meta:<key>` columns, among them WooCommerce's own order
//    attribution (`meta:_wc_order_attribution_utm_source` …, ledgers.md §2.2);
//  * algolplus "Advanced Order Export": `"Order Number","Order Status","Order Date",…`, one row per line item;
//  * any other export that carries the `_wc_order_attribution_*` meta columns.
// Rows of one order are adjacent and share the order number: they are collapsed into one record, on the order
// date, with refunds known at export time subtracted. Billing, shipping, e-mail and note columns are never
// mapped, so never read.
import { InputError, say } from '../errors.js';
import { isBlankRow } from '../read/csv.js';
import { foldHeader } from '../read/headers.js';
import { parseNumber } from '../read/numbers.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, hasColumns, honourDecimal, mapColumns, missingColumnsError, slashOrderOf, type ColumnIndex, type ColumnSpec, checkWidth, splitOnColumn } from './columns.js';
import { exclusionOf, woocommerceStatus, type PaymentState } from './order-status.js';
import type { FileSample, RecordSplit, RowParser, Source, SourceContext } from './types.js';
import { columnDecimal } from './woocommerce-analytics.js';

/** The attribution meta columns as WebToffee (`meta:<key>`) or a custom-field export (`<key>`) names them. */
const attribution = (key: string): string[] => [`meta:_wc_order_attribution_${key}`, `_wc_order_attribution_${key}`, `wc_order_attribution_${key}`];

// The plugins' own names first; then names another export with the attribution meta columns may use.
const COLUMNS = {
  orderNumber: ['order_number', 'Order Number', 'order_id', 'Order ID', 'Order #', 'Bestellnummer', 'Bestellnr.', 'Ordernummer'],
  date: ['order_date', 'Order Date', 'date_created', 'Date', 'Datum', 'Bestelldatum', 'Orderdatum'],
  status: ['status', 'Order Status', 'order_status', 'Bestellstatus', 'Orderstatus'],
  total: ['order_total', 'Order Total Amount', 'Order Total', 'Total', 'Gesamtsumme', 'Summe', 'Betrag', 'Summa', 'Belopp'],
  currency: ['order_currency', 'Currency', 'Währung', 'Valuta'],
  couponItems: ['coupon_items'],
  couponCode: ['Coupon Code', 'coupon_code'],
  refundItems: ['refund_items'],
  orderRefund: ['Order Refund Amount', 'order_refund'],
  lineRefund: ['Order Line Total Refunded', 'item_refunded'],
  utmCampaign: attribution('utm_campaign'),
  utmSource: attribution('utm_source'),
  utmMedium: attribution('utm_medium'),
  sourceType: attribution('source_type'),
  referrer: attribution('referrer'),
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

const REQUIRED = ['orderNumber', 'date', 'total'] as const satisfies readonly Field[];

const NOTES =
  'WooCommerce order totals include tax and shipping, after coupons. Refunds known at export time are subtracted from their order on the ' +
  "order's day; attribution comes from WooCommerce's order attribution meta columns (UTM campaign, source and medium, else source type and referrer).";

const ATTRIBUTION_META = /^(meta:)?_?wc_order_attribution_/;

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

/** The columns that make a WebToffee order export. */
const WEBTOFFEE = ['order_id', 'order_number', 'order_date', 'paid_date', 'order_total'] as const;

function isWebToffee(header: readonly string[]): boolean {
  return hasColumns(header, ...WEBTOFFEE.map((name) => [name]));
}

function isAdvancedOrderExport(header: readonly string[]): boolean {
  if (!hasColumns(header, ['Order Number'], ['Order Status'], ['Order Date'])) return false;
  return ['Order Total Amount', 'Order Subtotal Amount', 'Order Line Total', 'Item #', 'Item Cost'].some((name) => hasColumns(header, [name]));
}

function hasAttributionMeta(header: readonly string[]): boolean {
  const folded = header.map(foldHeader);
  if (folded.some((name) => name.startsWith('meta:_wc_order_attribution_'))) return true;
  // Without WebToffee's `meta:` prefix the key alone is less telling: an order column must be there too.
  return folded.some((name) => ATTRIBUTION_META.test(name)) && hasColumns(header, COLUMNS.orderNumber, COLUMNS.date);
}

interface OpenOrder {
  number: string;
  line: number;
  day: number;
  status: PaymentState;
  /** False when the export has no status column: the file then states no payment status. */
  statusKnown: boolean;
  total: number;
  currency: string;
  coupon: string;
  campaign: string;
  source: string;
  /** Order-level refund (`Order Refund Amount`, `refund_items`), NaN when the file has none. */
  refund: number;
  /** Sum of line-level refunds (`Order Line Total Refunded`), NaN when the file has none. */
  lineRefunds: number;
}

export const woocommerceOrders: Source = {
  kind: 'woocommerce-orders',
  title: 'WooCommerce order export (plugin)',
  family: 'ledger',
  overlap: 'day',
  // WebToffee's header; the other shapes are in the signature.
  required: WEBTOFFEE.map((name) => ({ field: name, aliases: [name] })),
  signature:
    "WebToffee's order_id, order_number, order_date, paid_date and order_total; or Advanced Order Export's Order Number, Order Status, Order Date and an order total or item column; or WooCommerce order attribution columns (meta:_wc_order_attribution_*) beside an order number and date",

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 3) return false;
    return isWebToffee(header.cells) || isAdvancedOrderExport(header.cells) || hasAttributionMeta(header.cells);
  },

  // The parser keeps the open order only (its number, compared trimmed; a row without a number is one of its line items).
  split(sample): RecordSplit | null {
    const header = headerRow(sample);
    return splitOnColumn(sample, header, header ? mapColumns(header.cells, COLUMNS).orderNumber : -1);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let width = 0;
    let open: OpenOrder | null = null;
    context.describe({ dataset: 'woocommerce-orders', daily: true, notes: NOTES });

    const flush = (): void => {
      const order = open;
      open = null;
      if (order === null) return;
      // `pending` ("Pending payment") is a checkout never completed: no sale. `on-hold` waits for a bank transfer
      // or cheque: an order, counted and reported as awaiting payment.
      const excluded = exclusionOf(order.status);
      if (excluded !== null) return context.exclude(excluded, 1, order.number, order.day, order.number, { line: order.line, campaign: order.campaign, coupon: order.coupon, source: order.source });
      let refund = order.refund === order.refund ? order.refund : order.lineRefunds;
      if (refund !== refund) refund = order.status === 'refunded' ? Math.max(order.total, 0) : 0;
      if (refund > order.total) {
        context.warn({ code: 'REFUND_EXCEEDS_TOTAL', variant: 'orderRefunds', line: order.line });
        refund = Math.max(order.total, 0);
      }
      resetRecord(record);
      record.day = order.day;
      record.dayTo = order.day;
      record.campaign = order.campaign;
      record.source = order.source;
      record.coupon = order.coupon;
      record.currency = order.currency;
      record.ref = order.number;
      record.identity = order.number;
      record.line = order.line;
      const values = record.values;
      values[M.orders] = 1;
      values[M.revenue] = order.total - refund;
      values[M.refunds] = refund;
      if (order.statusKnown) {
        const awaiting = order.status === 'awaiting';
        values[M.awaitingOrders] = awaiting ? 1 : 0;
        values[M.awaitingRevenue] = awaiting ? order.total - refund : 0;
      }
      context.emit(record);
    };

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing = REQUIRED.filter((field) => mapped[field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'WooCommerce order export', missing.map((m) => COLUMNS[m][0]));
          checkDuplicateColumns(context.file, line, cells, mapped);
          columns = mapped;
          width = cells.length;
          const dataRows = context.sample.rows.filter((row) => row.line > line);
          // Money columns decide the decimal mark; address and phone cells must not vote.
          const moneyColumns = [mapped.total, mapped.orderRefund, mapped.lineRefund].filter((index) => index >= 0);
          const amounts = dataRows.flatMap((row) => moneyColumns.map((index) => row.cells[index] ?? ''));
          const decimal = honourDecimal(context, amounts, columnDecimal(amounts, context.decimal));
          reader = new CellReader(context.file, cells.slice(), decimal, slashOrderOf(context, dataRows.map((row) => row.cells[mapped.date] ?? '')));
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const c = columns;
        const read = reader!;
        let number = read.text(cells, c.orderNumber);
        // Advanced Order Export can fill the order columns on an order's first row only: a row without order
        // number and without total is a further line item of the open order.
        if (number === '' && open !== null && read.text(cells, c.total) === '') number = open.number;
        if (number === '') {
          throw new InputError(context.file, line, say('MISSING_ORDER_ID.woocommerce'));
        }
        if (open !== null && number === open.number) {
          // A further line item of the open order: only what a later row may add is read.
          const extra: OpenOrder = open;
          if (extra.coupon === '') extra.coupon = firstCouponCode(read.text(cells, c.couponItems)) || read.text(cells, c.couponCode);
          if (extra.refund !== extra.refund) extra.refund = readRefund(read, cells, c, line, context.file);
          const lineRefund = read.number(cells, c.lineRefund, line);
          if (lineRefund === lineRefund) extra.lineRefunds = (extra.lineRefunds === extra.lineRefunds ? extra.lineRefunds : 0) + Math.abs(lineRefund);
          return;
        }
        flush();

        const status = woocommerceStatus(read.text(cells, c.status));
        const total = read.number(cells, c.total, line);
        if (total !== total) {
          throw new InputError(context.file, line, say('MALFORMED_ORDER.woocommerce'));
        }
        const lineRefund = read.number(cells, c.lineRefund, line);
        open = {
          number,
          line,
          day: context.cutter.dayOfParsed(read.date(cells, c.date, line)),
          status,
          statusKnown: c.status >= 0,
          total,
          currency: read.text(cells, c.currency).toUpperCase(),
          coupon: firstCouponCode(read.text(cells, c.couponItems)) || read.text(cells, c.couponCode),
          campaign: noneToEmpty(read.text(cells, c.utmCampaign)),
          source: attributedSource(
            noneToEmpty(read.text(cells, c.utmSource)),
            noneToEmpty(read.text(cells, c.utmMedium)),
            noneToEmpty(read.text(cells, c.sourceType)),
            noneToEmpty(read.text(cells, c.referrer)),
          ),
          refund: readRefund(read, cells, c, line, context.file),
          lineRefunds: lineRefund === lineRefund ? Math.abs(lineRefund) : NaN,
        };
      },
      end() {
        if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'WooCommerce order export', again: 'exportOrders' }));
        flush();
      },
    };
  },
};

/** The order-level refund: `Order Refund Amount`, or the sum of the `amount:` parts of `refund_items`. */
function readRefund(read: CellReader, cells: string[], c: ColumnIndex<Field>, line: number, file: string): number {
  const orderRefund = read.number(cells, c.orderRefund, line);
  if (orderRefund === orderRefund) return Math.abs(orderRefund);
  const packed = read.text(cells, c.refundItems);
  if (packed === '') return NaN;
  let total = 0;
  let found = false;
  for (const match of packed.matchAll(/(?:^|[;|])\s*amount:([^|;]*)/g)) {
    const amount = packedNumber(match[1]!);
    if (amount !== amount) {
      throw new InputError(file, line, say('BAD_NUMBER.refundItems'));
    }
    total += Math.abs(amount);
    found = true;
  }
  return found ? total : NaN;
}

/** Packed cells are written by PHP (`wc_format_decimal`): a dot decimal, whatever the file's locale. */
function packedNumber(text: string): number {
  const value = parseNumber(text.trim(), '.');
  return value === value ? value : parseNumber(text.trim(), ',');
}

/** `code:herbst10|amount:10.00;code:stammkunde5|amount:5.00` → `herbst10`. */
function firstCouponCode(packed: string): string {
  if (packed === '') return '';
  const match = /(?:^|[;|])\s*code:([^|;]*)/.exec(packed);
  return match ? match[1]!.trim() : '';
}

/** WooCommerce stores `(none)` as no value; older data may still hold it. */
function noneToEmpty(value: string): string {
  return value === '(none)' ? '' : value;
}

/**
 * UTM source and medium when the order has them (`facebook / paid`); otherwise the referrer's host and the
 * source type (`l.instagram.com / referral`), `(direct)` for a typed-in visit, '' for admin and unknown orders.
 */
export function attributedSource(utmSource: string, utmMedium: string, sourceType: string, referrer: string): string {
  if (utmSource !== '') return utmMedium ? `${utmSource} / ${utmMedium}` : utmSource;
  if (referrer !== '') {
    const host = hostOf(referrer);
    return sourceType ? `${host} / ${sourceType}` : host;
  }
  return sourceType === 'typein' ? '(direct)' : '';
}

function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase() : url.trim();
}

