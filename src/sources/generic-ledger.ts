// A generic sales ledger: one row per order (or per line item, rows of one order adjacent), with
// headers matched through an alias table in English, German and Swedish.
import { InputError, say } from '../errors.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, decideDecimal, decideSlashOrder, hasColumns, isBlankCells, mapColumns, missingColumnsError, trimmed, type ColumnSpec, checkWidth, unreadExcept, splitOnColumn } from './columns.js';
import { exclusionOf, ledgerStatus, type PaymentState } from './order-status.js';
import type { FileSample, RecordSplit, RowParser, Source, SourceContext } from './types.js';
import { isBlankRow } from '../read/csv.js';
import { refundIdentity } from '../join/order-identity.js';
import { datevVatRate, keptTax, vatOfGross } from '../economics/vat.js';
import { isEmptyValue, parseNumber, type DecimalMark } from '../read/numbers.js';

const COLUMNS = {
  date: ['date', 'order_date', 'order date', 'created_at', 'datum', 'bestelldatum', 'rechnungsdatum', 'orderdatum', 'sale date'],
  orderId: ['order_id', 'order id', 'order', 'order_number', 'order number', 'order #', 'order no', 'invoice', 'invoice_number', 'invoice number', 'bestellnummer', 'bestellung', 'auftragsnummer', 'rechnungsnummer', 'ordernummer', 'ordernr', 'fakturanummer', 'belegnummer', 'bonnummer', 'kvittonummer', 'receipt number', 'receipt_number', 'id'],
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
  // Fields by their template names, as --map names them.
  required: [
    { field: 'date', aliases: COLUMNS.date },
    { field: 'order_id', aliases: COLUMNS.orderId },
    { field: 'amount', aliases: COLUMNS.amount },
  ],

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 3) return false;
    const columns = columnsFor(sample);
    return hasColumns(header.cells, columns.date, columns.orderId, columns.amount);
  },

  // The parser keeps the open order (`previousOrder`, compared trimmed) and caches of cell values only.
  split(sample): RecordSplit | null {
    const header = headerRow(sample);
    return splitOnColumn(sample, header, header ? mapColumns(header.cells, columnsFor(sample)).orderId : -1);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let reader: CellReader | null = null;
    let columns: ReturnType<typeof mapColumns<keyof typeof COLUMNS>> | null = null;
    let decimal: DecimalMark = context.decimal;
    let previousOrder = '';
    let warnedTax = false;
    let width = 0;
    // The fields of the current order (line items of one order share them).
    let orderDay = 0;
    let orderCampaign = '';
    let orderSource = '';
    let orderCoupon = '';
    let orderCurrency = '';
    let orderStatus: PaymentState = 'paid';
    let orderExcluded = false;
    // Last-value caches keyed by the raw cell: ledgers are often sorted by date, and status,
    // currency and source / medium repeat from row to row. A cell compared with the last one (a
    // native compare) costs less than trimming, hashing and looking it up again.
    let lastDateCell: string | null = null;
    let lastDay = 0;
    let lastStatusCell: string | null = null;
    let lastStatus: PaymentState = 'paid';
    let lastCurrencyCell: string | null = null;
    let lastCurrency = '';
    let lastSourceCell: string | null = null;
    let lastMediumCell: string | null = null;
    let lastSource = '';
    // `source / medium` strings, one instance per pair: no string is built per row, and the
    // aggregator's channel lookup sees the same (already hashed) string again.
    const joinedSources = new Map<string, Map<string, string>>();
    context.describe({ dataset: 'generic-ledger', daily: true });

    const text = (cells: string[], index: number): string => (index < 0 ? '' : trimmed(cells[index] ?? ''));
    const sourceOf = (cells: string[], sourceIndex: number, mediumIndex: number): string => {
      const sourceCell = sourceIndex < 0 ? '' : (cells[sourceIndex] ?? '');
      const mediumCell = mediumIndex < 0 ? '' : (cells[mediumIndex] ?? '');
      if (sourceCell === lastSourceCell && mediumCell === lastMediumCell) return lastSource;
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
    const currencyOf = (cells: string[], index: number): string => {
      const cell = index < 0 ? '' : (cells[index] ?? '');
      if (cell !== lastCurrencyCell) {
        lastCurrencyCell = cell;
        lastCurrency = trimmed(cell).toUpperCase();
      }
      return lastCurrency;
    };

    const row = (cells: string[], line: number): void => {
      if (columns === null) {
        if (isBlankRow(cells)) return;
        columns = mapColumns(cells, columnsFor(context.sample));
        const missing = REQUIRED.filter((field) => columns![field] === -1);
        if (missing.length) throw missingColumnsError(context.file, line, 'sales ledger', missing.map((m) => COLUMNS[m][0]!));
        checkDuplicateColumns(context.file, line, cells, columns);
        width = cells.length;
        // Decimal mark and date order from the sample's amounts and dates (or --decimal, --date-order); never quoting a cell.
        const found = columns;
        const dataRows = context.sample.rows.filter((r) => r.line > line);
        decimal = decideDecimal(context, dataRows, { counts: [], amounts: [found.amount, found.refunded, found.tax].filter((index) => index !== -1) }, line, { quote: false });
        const dateOrder = decideSlashOrder(context, dataRows.map((r) => r.cells[found.date] ?? ''), (cells[found.date] ?? '').replace(/^\uFEFF/, '').trim(), line);
        reader = new CellReader(context.file, cells.slice(), decimal, dateOrder);
        return;
      }
      if (isBlankCells(cells)) return;
      // An unquoted delimiter inside a value shifts every column after it, a missing cell every column
      // before it: the amount may be read from the wrong cell.
      checkWidth(context.file, line, cells, width);
      const c = columns;
      const read = reader!;
      const orderId = trimmed(cells[c.orderId] ?? '');
      if (orderId === '') {
        throw new InputError(context.file, line, say('MISSING_ORDER_ID.ledger'));
      }
      const continuation = orderId === previousOrder;
      if (!continuation) {
        const dateCell = cells[c.date] ?? '';
        if (dateCell !== lastDateCell) {
          lastDay = context.cutter.dayOfParsed(read.date(cells, c.date, line));
          lastDateCell = dateCell;
        }
        const statusCell = c.status < 0 ? '' : (cells[c.status] ?? '');
        if (statusCell !== lastStatusCell) {
          lastStatus = ledgerStatus(trimmed(statusCell));
          lastStatusCell = statusCell;
        }
        orderDay = lastDay;
        orderCampaign = text(cells, c.campaign);
        orderSource = sourceOf(cells, c.source, c.medium);
        orderCoupon = text(cells, c.coupon);
        orderCurrency = currencyOf(cells, c.currency);
        orderStatus = lastStatus;
        orderExcluded = exclusionOf(orderStatus) !== null;
        previousOrder = orderId;
        // Unpaid, invoiced and prepayment orders (offen, Rechnung, Vorkasse, obetald, faktura) count and are
        // reported as awaiting payment; drafts and quotes are no order.
        if (orderExcluded) context.exclude(exclusionOf(orderStatus)!, 1, orderId, orderDay, orderId, { line, campaign: orderCampaign, coupon: orderCoupon, source: orderSource });
      }
      if (orderExcluded) return;
      const amount = read.number(cells, c.amount, line);
      if (amount !== amount) {
        throw new InputError(context.file, line, say('MISSING_AMOUNT.ledger'));
      }
      let refund = read.number(cells, c.refunded, line);
      if (refund !== refund) refund = orderStatus === 'refunded' ? Math.max(amount, 0) : 0;
      refund = Math.abs(refund);
      resetRecord(record);
      record.day = orderDay;
      record.dayTo = orderDay;
      if (continuation) {
        // A line item may name its own campaign, source, coupon or currency; else the order's hold.
        record.campaign = text(cells, c.campaign) || orderCampaign;
        record.source = sourceOf(cells, c.source, c.medium) || orderSource;
        record.coupon = text(cells, c.coupon) || orderCoupon;
        record.currency = currencyOf(cells, c.currency) || orderCurrency;
      } else {
        // The first row of an order: the order's fields were read from this very row.
        record.campaign = orderCampaign;
        record.source = orderSource;
        record.coupon = orderCoupon;
        record.currency = orderCurrency;
      }
      if (c.channel >= 0) {
        const channel = text(cells, c.channel);
        if (channel) record.source = record.source || channel;
      }
      // One reference per order: the overlap check fingerprints orders, not line items.
      record.ref = continuation ? '' : orderId;
      // Every row of an order carries its identity (a repeated download leaves them out together); a
      // refund booked as a row of its own is an event of its own.
      record.identity = amount < 0 && !continuation ? refundIdentity(orderId, orderDay) : orderId;
      record.line = line;
      const values = record.values;
      if (amount < 0) {
        // A negative row is a refund booked as its own row.
        values[M.orders] = 0;
        values[M.refunds] = -amount;
        values[M.revenue] = amount;
      } else {
        if (refund > amount) {
          context.warn({ code: 'REFUND_EXCEEDS_TOTAL', variant: 'ledgerRow', line });
          refund = amount;
        }
        values[M.orders] = continuation ? 0 : 1;
        values[M.refunds] = refund;
        values[M.revenue] = amount - refund;
      }
      if (c.status >= 0) {
        // A ledger with a status column states payment status: every row says how much of it is outstanding.
        const awaiting = orderStatus === 'awaiting';
        values[M.awaitingOrders] = awaiting ? values[M.orders]! : 0;
        values[M.awaitingRevenue] = awaiting ? values[M.revenue]! : 0;
      }
      const tax = c.tax < 0 && c.taxKey < 0 ? NaN : taxOf(read, decimal, cells, c.tax, c.taxKey, amount);
      if (tax !== null && tax === tax) values[M.tax] = amount < 0 ? -Math.abs(tax) : keptTax(amount, tax, refund);
      else if (tax === null && !warnedTax) {
        warnedTax = true;
        context.warn({ code: 'TAX_NOT_READ', line });
      }
      context.emit(record);
    };

    return {
      row,
      end() {
        if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'ledger', again: 'exportHeaders' }));
      },
      // Customer names, e-mails, addresses and notes are never read: the tokenizer need not cut them out.
      unreadColumns() {
        return columns === null ? null : unreadExcept(Object.values(columns), width);
      },
    };
  },
};

/**
 * The VAT of a row: the tax column, else the rate of a DATEV tax key applied to the gross amount;
 * NaN when neither says, null when the tax cell is not an amount (tax is optional: never an error).
 */
function taxOf(read: CellReader, decimal: DecimalMark, cells: string[], taxColumn: number, keyColumn: number, amount: number): number | null {
  const cell = taxColumn < 0 ? '' : (cells[taxColumn] ?? '');
  const tax = parseNumber(cell, decimal);
  if (tax !== tax && !isEmptyValue(cell)) return null;
  if (tax === tax || keyColumn < 0) return tax;
  const rate = datevVatRate(read.text(cells, keyColumn));
  return rate === null ? NaN : vatOfGross(Math.abs(amount), rate);
}

function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}
