// A generic sales ledger: one row per order (or per line item, rows of one order adjacent), with
// headers matched through an alias table in English, German and Swedish.
import { InputError } from '../errors.js';
import { guessSlashOrder } from '../read/dates.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, hasColumns, mapColumns, missingColumnsError, type ColumnSpec } from './columns.js';
import { classifyStatus } from './order-status.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';
import { isBlankRow } from '../read/csv.js';

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
    let width = 0;
    let orderFields = { day: 0, campaign: '', source: '', coupon: '', currency: '', status: 'counted' as ReturnType<typeof classifyStatus> };
    context.describe({ dataset: 'generic-ledger', daily: true });

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          columns = mapColumns(cells, columnsFor(context.sample));
          const missing = REQUIRED.filter((field) => columns![field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'sales ledger', missing.map((m) => COLUMNS[m][0]!));
          width = cells.length;
          const dateIndex = columns.date;
          reader = new CellReader(context.file, cells.slice(), context.decimal, guessSlashOrder(context.sample.rows.map((r) => r.cells[dateIndex] ?? '')));
          return;
        }
        if (isBlankRow(cells)) return;
        if (cells.length > width && !isBlankRow(cells.slice(width))) {
          // An unquoted delimiter inside a value shifts every column after it: the amount may be read from the wrong cell.
          throw new InputError(
            'RAGGED_ROW',
            context.file,
            line,
            `this row has ${cells.length} fields but the header has ${width}.`,
            'A value holding the delimiter without quotes shifts the columns after it; quote that value or export the file again.',
          );
        }
        const c = columns;
        const read = reader!;
        const orderId = read.text(cells, c.orderId);
        if (orderId === '') {
          throw new InputError('MISSING_ORDER_ID', context.file, line, 'this row has no order number.', 'Every ledger row needs an order or invoice number; fill it in or remove the row.');
        }
        const continuation = orderId === previousOrder;
        if (!continuation) {
          const rawStatus = read.text(cells, c.status);
          orderFields = {
            day: context.cutter.dayOfParsed(read.date(cells, c.date, line)),
            campaign: read.text(cells, c.campaign),
            source: joinSource(read.text(cells, c.source), read.text(cells, c.medium)),
            coupon: read.text(cells, c.coupon),
            currency: read.text(cells, c.currency).toUpperCase(),
            status: classifyStatus(rawStatus),
          };
          previousOrder = orderId;
          if (orderFields.status === 'cancelled') context.exclude('cancelledOrders');
          else if (orderFields.status === 'failed') context.exclude('failedOrders');
          else if (orderFields.status === 'pending') context.exclude('pendingOrders');
        }
        if (orderFields.status === 'cancelled' || orderFields.status === 'failed' || orderFields.status === 'pending') return;
        const amount = read.number(cells, c.amount, line);
        if (amount !== amount) {
          throw new InputError('MISSING_AMOUNT', context.file, line, 'this order row has no amount.', 'Fill in the amount, or mark the order as cancelled.');
        }
        let refund = read.number(cells, c.refunded, line);
        if (refund !== refund) refund = orderFields.status === 'refunded' ? Math.max(amount, 0) : 0;
        refund = Math.abs(refund);
        resetRecord(record);
        record.day = orderFields.day;
        record.dayTo = orderFields.day;
        record.campaign = read.text(cells, c.campaign) || orderFields.campaign;
        record.source = joinSource(read.text(cells, c.source), read.text(cells, c.medium)) || orderFields.source;
        record.coupon = read.text(cells, c.coupon) || orderFields.coupon;
        record.currency = read.text(cells, c.currency).toUpperCase() || orderFields.currency;
        const channel = read.text(cells, c.channel);
        if (channel) record.source = record.source || channel;
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
        context.emit(record);
      },
      end() {
        if (columns === null) throw new InputError('EMPTY_FILE', context.file, null, 'the ledger has no header row.', 'Export it again with its column headers.');
      },
    };
  },
};

function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}
