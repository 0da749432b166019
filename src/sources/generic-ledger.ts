// A generic sales ledger: one row per order (or per line item, rows of one order adjacent), with
// headers matched through an alias table in English, German and Swedish.
import { InputError } from '../errors.js';
import { guessSlashOrder } from '../read/dates.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, hasColumns, mapColumns, missingColumnsError, trimmed, type ColumnSpec } from './columns.js';
import { classifyStatus, type OrderStatus } from './order-status.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';
import { isBlankRow, RawRecord } from '../read/csv.js';
import { datevVatRate, keptTax, vatOfGross } from '../economics/vat.js';
import { isEmptyValue, parseNumber, type DecimalMark } from '../read/numbers.js';

const COLUMNS = {
  date: ['date', 'order_date', 'order date', 'created_at', 'datum', 'bestelldatum', 'rechnungsdatum', 'orderdatum', 'sale date'],
  orderId: ['order_id', 'order id', 'order', 'order_number', 'order number', 'order #', 'order no', 'invoice', 'invoice_number', 'invoice number', 'bestellnummer', 'bestellung', 'auftragsnummer', 'rechnungsnummer', 'ordernummer', 'ordernr', 'fakturanummer', 'id'],
  amount: ['amount', 'total', 'order_total', 'order total', 'revenue', 'gross', 'betrag', 'brutto', 'bruttobetrag', 'umsatz', 'gesamtbetrag', 'summe', 'belopp', 'summa', 'totalt', 'totalbelopp'],
  currency: ['currency', 'order_currency', 'wahrung', 'waehrung', 'valuta'],
  status: ['status', 'order_status', 'order status', 'bestellstatus', 'orderstatus'],
  refunded: ['refunded_amount', 'refunded amount', 'refunded', 'refund', 'amount_refunded', 'erstattet', 'erstattung', 'ruckerstattung', 'erstatteter betrag', 'aterbetalt', 'aterbetalning'],
  source: ['utm_source', 'source', 'quelle', 'kalla', 'utm source'],
  medium: ['utm_medium', 'medium', 'utm medium'],
  campaign: ['utm_campaign', 'campaign', 'kampagne', 'kampanj', 'utm campaign'],
  coupon: ['coupon_code', 'coupon', 'discount_code', 'discount code', 'gutscheincode', 'gutschein', 'rabattcode', 'rabattkod', 'kupong'],
  channel: ['channel', 'kanal'],
  // VAT contained in the amount, as the ledger states it (used by the net revenue basis).
  tax: ['tax', 'taxes', 'tax amount', 'tax_amount', 'vat', 'vat amount', 'vat_amount', 'mwst', 'mwst.', 'mwst-betrag', 'mehrwertsteuer', 'ust', 'ust.', 'umsatzsteuer', 'steuer', 'steuerbetrag', 'moms', 'momsbelopp'],
  // A DATEV tax key (BU-Schlüssel) instead of an amount: the VAT is worked out from the gross amount.
  taxKey: ['bu-schlussel', 'bu-schluessel', 'bu schlussel', 'steuerschlussel', 'steuerschluessel', 'tax key', 'tax_key'],
} satisfies ColumnSpec<string>;

const REQUIRED = ['date', 'orderId', 'amount'] as const;

/** Template field names (as `--map` takes them) to this adapter's fields. */
const MAP_FIELDS: Record<string, keyof typeof COLUMNS> = {
  date: 'date',
  order_id: 'orderId',
  amount: 'amount',
  currency: 'currency',
  status: 'status',
  refunded_amount: 'refunded',
  utm_source: 'source',
  utm_medium: 'medium',
  utm_campaign: 'campaign',
  coupon_code: 'coupon',
  channel: 'channel',
};

/** The alias table with the user's mapped column names tried first. */
function columnsFor(sample: FileSample): typeof COLUMNS {
  if (!sample.columnMap) return COLUMNS;
  const columns: Record<string, readonly string[]> = { ...COLUMNS };
  for (const [field, header] of Object.entries(sample.columnMap)) {
    const own = MAP_FIELDS[field];
    if (own) columns[own] = [header, ...COLUMNS[own]];
  }
  return columns as typeof COLUMNS;
}

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export const genericLedger: Source = {
  kind: 'generic-ledger',
  title: 'sales ledger',
  family: 'ledger',
  overlap: 'day',

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 3) return false;
    const columns = columnsFor(sample);
    return hasColumns(header.cells, columns.date, columns.orderId, columns.amount);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let reader: CellReader | null = null;
    let columns: ReturnType<typeof mapColumns<keyof typeof COLUMNS>> | null = null;
    let previousOrder = '';
    let warnedTax = false;
    let width = 0;
    // The fields of the current order (line items of one order share them).
    let orderDay = 0;
    let orderCampaign = '';
    let orderSource = '';
    let orderCoupon = '';
    let orderCurrency = '';
    let orderStatus: OrderStatus = 'counted';
    // Rows are read by position (RawRecord): a cell that equals the one the last row had in that
    // column is not made into a string again (ledgers are often sorted by date; status, currency,
    // source and medium repeat), numbers are parsed in place, and the order ID is compared in place.
    // Each cache holds the raw cell and what was read from it.
    let lastOrderCell: string | null = null; // trimmed, it is previousOrder
    let lastDateCell: string | null = null;
    let lastDay = 0;
    let lastStatusCell: string | null = null;
    let lastStatus: OrderStatus = 'counted';
    const currency = new LastCell();
    const campaign = new LastCell();
    const coupon = new LastCell();
    const channel = new LastCell();
    let lastSourceCell: string | null = null;
    let lastMediumCell: string | null = null;
    let lastSource = '';
    // `source / medium` strings, one instance per pair: no string is built per row, and the
    // aggregator's channel lookup sees the same (already hashed) string again.
    const joinedSources = new Map<string, Map<string, string>>();
    context.describe({ dataset: 'generic-ledger', daily: true });

    const sourceOf = (row: RawRecord, sourceIndex: number, mediumIndex: number): string => {
      if (lastSourceCell !== null && sameCell(row, sourceIndex, lastSourceCell) && sameCell(row, mediumIndex, lastMediumCell!)) return lastSource;
      const sourceCell = rawCell(row, sourceIndex);
      const mediumCell = rawCell(row, mediumIndex);
      const source = trimmed(sourceCell);
      const medium = trimmed(mediumCell);
      let byMedium = joinedSources.get(source);
      if (byMedium === undefined) joinedSources.set(source, (byMedium = new Map()));
      let joined = byMedium.get(medium);
      if (joined === undefined) byMedium.set(medium, (joined = joinSource(source, medium)));
      lastSourceCell = sourceCell;
      lastMediumCell = mediumCell;
      lastSource = joined;
      return joined;
    };
    const currencyOf = (row: RawRecord, index: number): string => {
      if (currency.cell !== null && sameCell(row, index, currency.cell)) return currency.value;
      const cell = rawCell(row, index);
      currency.cell = cell;
      currency.value = trimmed(cell).toUpperCase();
      return currency.value;
    };

    const rawRecord = (row: RawRecord, line: number): void => {
      if (columns === null) {
        const cells = row.cells();
        if (isBlankRow(cells)) return;
        columns = mapColumns(cells, columnsFor(context.sample));
        const missing = REQUIRED.filter((field) => columns![field] === -1);
        if (missing.length) throw missingColumnsError(context.file, line, 'sales ledger', missing.map((m) => COLUMNS[m][0]!));
        width = cells.length;
        const dateIndex = columns.date;
        reader = new CellReader(context.file, cells, context.decimal, guessSlashOrder(context.sample.rows.map((r) => r.cells[dateIndex] ?? '')));
        return;
      }
      if (isBlankFrom(row, 0)) return;
      if (row.count > width && !isBlankFrom(row, width)) {
        // An unquoted delimiter inside a value shifts every column after it: the amount may be read from the wrong cell.
        throw new InputError(
          'RAGGED_ROW',
          context.file,
          line,
          `this row has ${row.count} fields but the header has ${width}.`,
          'A value holding the delimiter without quotes shifts the columns after it; quote that value or export the file again.',
        );
      }
      const c = columns;
      const read = reader!;
      let orderId: string;
      let continuation: boolean;
      if (lastOrderCell !== null && sameCell(row, c.orderId, lastOrderCell)) {
        // The same cell as the last row's, so the same (non-empty) order number.
        orderId = previousOrder;
        continuation = true;
      } else {
        const cell = rawCell(row, c.orderId);
        orderId = trimmed(cell);
        if (orderId === '') {
          throw new InputError('MISSING_ORDER_ID', context.file, line, 'this row has no order number.', 'Every ledger row needs an order or invoice number; fill it in or remove the row.');
        }
        continuation = orderId === previousOrder;
        lastOrderCell = cell;
      }
      if (!continuation) {
        if (lastDateCell === null || !sameCell(row, c.date, lastDateCell)) {
          const cell = rawCell(row, c.date);
          lastDay = context.cutter.dayOfParsed(read.dateOf(cell, c.date, line));
          lastDateCell = cell;
        }
        if (lastStatusCell === null || !sameCell(row, c.status, lastStatusCell)) {
          const cell = rawCell(row, c.status);
          lastStatus = classifyStatus(trimmed(cell));
          lastStatusCell = cell;
        }
        orderDay = lastDay;
        orderCampaign = campaign.text(row, c.campaign);
        orderSource = sourceOf(row, c.source, c.medium);
        orderCoupon = coupon.text(row, c.coupon);
        orderCurrency = currencyOf(row, c.currency);
        orderStatus = lastStatus;
        previousOrder = orderId;
        if (orderStatus === 'cancelled') context.exclude('cancelledOrders');
        else if (orderStatus === 'failed') context.exclude('failedOrders');
        else if (orderStatus === 'pending') context.exclude('pendingOrders');
      }
      if (orderStatus === 'cancelled' || orderStatus === 'failed' || orderStatus === 'pending') return;
      const amount = read.numberAt(row, c.amount, line);
      if (amount !== amount) {
        throw new InputError('MISSING_AMOUNT', context.file, line, 'this order row has no amount.', 'Fill in the amount, or mark the order as cancelled.');
      }
      let refund = read.numberAt(row, c.refunded, line);
      if (refund !== refund) refund = orderStatus === 'refunded' ? Math.max(amount, 0) : 0;
      refund = Math.abs(refund);
      resetRecord(record);
      record.day = orderDay;
      record.dayTo = orderDay;
      if (continuation) {
        // A line item may name its own campaign, source, coupon or currency; else the order's hold.
        record.campaign = campaign.text(row, c.campaign) || orderCampaign;
        record.source = sourceOf(row, c.source, c.medium) || orderSource;
        record.coupon = coupon.text(row, c.coupon) || orderCoupon;
        record.currency = currencyOf(row, c.currency) || orderCurrency;
      } else {
        // The first row of an order: the order's fields were read from this very row.
        record.campaign = orderCampaign;
        record.source = orderSource;
        record.coupon = orderCoupon;
        record.currency = orderCurrency;
      }
      if (c.channel >= 0) {
        const text = channel.text(row, c.channel);
        if (text) record.source = record.source || text;
      }
      // One reference per order: the overlap check fingerprints orders, not line items.
      record.ref = continuation ? '' : orderId;
      record.line = line;
      const values = record.values;
      if (amount < 0) {
        // A negative row is a refund booked as its own row.
        values[M.orders] = 0;
        values[M.refunds] = -amount;
        values[M.revenue] = amount;
      } else {
        if (refund > amount) {
          context.warn({ code: 'REFUND_EXCEEDS_TOTAL', message: `A refund larger than its order total was capped at the order total.`, line });
          refund = amount;
        }
        values[M.orders] = continuation ? 0 : 1;
        values[M.refunds] = refund;
        values[M.revenue] = amount - refund;
      }
      const tax = c.tax < 0 && c.taxKey < 0 ? NaN : taxOf(context.decimal, row, c.tax, c.taxKey, amount);
      if (tax !== null && tax === tax) values[M.tax] = amount < 0 ? -Math.abs(tax) : keptTax(amount, tax, refund);
      else if (tax === null && !warnedTax) {
        warnedTax = true;
        context.warn({ code: 'TAX_NOT_READ', message: 'The tax column holds a value that is not an amount (a rate such as "19 %"?); tax is left unknown for such rows.', line });
      }
      context.emit(record);
    };

    const scratch = new RawRecord();
    return {
      row(cells, line) {
        rawRecord(scratch.setCells(cells), line);
      },
      rawRecord,
      end() {
        if (columns === null) throw new InputError('EMPTY_FILE', context.file, null, 'the ledger has no header row.', 'Export it again with its column headers.');
      },
    };
  },
};

/** A text column's last raw cell and its trimmed text. */
class LastCell {
  cell: string | null = null;
  value = '';

  /** Trimmed text of cell `index` ('' for a missing column or cell). */
  text(row: RawRecord, index: number): string {
    if (this.cell !== null && sameCell(row, index, this.cell)) return this.value;
    const cell = rawCell(row, index);
    this.cell = cell;
    this.value = trimmed(cell);
    return this.value;
  }
}

/** Cell `index` as written; '' for a missing column (-1) or a short row, as `cells[index] ?? ''`. */
function rawCell(row: RawRecord, index: number): string {
  return index < 0 ? '' : row.cell(index);
}

/** Whether cell `index` (as rawCell reads it) is exactly `value`, without making its string. */
function sameCell(row: RawRecord, index: number, value: string): boolean {
  let start = 0;
  let end = 0;
  if (index >= 0 && index < row.count) {
    start = row.starts[index]!;
    end = row.ends[index]!;
  }
  const length = end - start;
  if (length !== value.length) return false;
  const text = row.text;
  for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** isBlankRow of the cells from `from` on. */
function isBlankFrom(row: RawRecord, from: number): boolean {
  const text = row.text;
  for (let i = from; i < row.count; i++) {
    const start = row.starts[i]!;
    const end = row.ends[i]!;
    if (start === end) continue;
    const first = text.charCodeAt(start);
    if ((first > 32 && first < 160) || text.slice(start, end).trim() !== '') return false;
  }
  return true;
}

/**
 * The VAT of a row: the tax column, else the rate of a DATEV tax key applied to the gross amount;
 * NaN when neither says, null when the tax cell is not an amount (tax is optional: never an error).
 */
function taxOf(decimal: DecimalMark, row: RawRecord, taxColumn: number, keyColumn: number, amount: number): number | null {
  const cell = rawCell(row, taxColumn);
  const tax = parseNumber(cell, decimal);
  if (tax !== tax && !isEmptyValue(cell)) return null;
  if (tax === tax || keyColumn < 0) return tax;
  const rate = datevVatRate(rawCell(row, keyColumn).trim());
  return rate === null ? NaN : vatOfGross(Math.abs(amount), rate);
}

function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}
