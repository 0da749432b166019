// WooCommerce Analytics → Orders → Download (ledgers.md §2.1): one row per order on its date, and one row per
// refund on the refund's date with a negative `Net sales` that carries the order's number. The browser download
// writes the raw values (`completed`, `new`, `35.82`) under translated headers and guards values that start with
// `-` against CSV injection by prefixing an apostrophe (`"'-20.92"`); the e-mailed server export (older versions:
// `N. Revenue`) does the same through WC_CSV_Exporter. The `Customer` column (a name) is never mapped, so never read.
import { InputError, say } from '../errors.js';
import { isBlankRow } from '../read/csv.js';
import { foldHeader } from '../read/headers.js';
import { guessDecimalMark, type DecimalMark } from '../read/numbers.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, hasColumns, honourDecimal, mapColumns, missingColumnsError, slashOrderOf, type ColumnIndex, type ColumnSpec, checkWidth } from './columns.js';
import { exclusionOf, woocommerceStatus } from './order-status.js';
import { refundIdentity } from '../join/order-identity.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

// English labels are WooCommerce's own (table.js / Orders Controller get_export_columns); French from a real
// download header (ledgers.md §2.1). German and Swedish labels are GUESSES: no such file has been seen
// (Datum, Bestellung #, Bestellnr., Kunde, Kundentyp, Produkt(e), Verkaufte Artikel, Gutschein(e), Nettoumsatz,
// Herkunft; Kund, Kundtyp, Produkt(er), Sålda artiklar, Kupong(er), Nettoförsäljning, Ursprung).
const COLUMNS = {
  date: ['Date', 'Datum'],
  order: ['Order #', 'Commande n°', 'N° de commande', 'Bestellung #', 'Bestellnr.', 'Bestellnummer', 'Order nr', 'Ordernummer'],
  status: ['Status', 'État', 'Statut'],
  customerType: ['Customer type', 'Type de client', 'Kundentyp', 'Kundtyp'],
  products: ['Product(s)', 'Produit(s)', 'Produkt(e)', 'Produkt(er)'],
  itemsSold: ['Items sold', 'Articles vendus', 'Verkaufte Artikel', 'Sålda artiklar'],
  coupons: ['Coupon(s)', 'Code(s) promo', 'Gutschein(e)', 'Gutscheine', 'Kupong(er)', 'Rabattkod(er)'],
  // `N. Revenue (formatted)` (server export) is the order total as display text, never the amount.
  netSales: ['Net sales', 'N. Revenue', 'Ventes nettes', 'Nettoumsatz', 'Nettoumsätze', 'Netto-Umsatz', 'Nettoförsäljning'],
  // `Origin` in the versions that added order attribution, `Attribution` in later ones (and in French).
  origin: ['Origin', 'Attribution', 'Origine', 'Herkunft', 'Zuordnung', 'Ursprung', 'Attribuering'],
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

const REQUIRED = ['date', 'order', 'netSales'] as const satisfies readonly Field[];

const NOTES =
  'WooCommerce Analytics reports net sales: without tax and shipping, after coupons. Refunds are negative rows on the day of the refund ' +
  '(not the order day) and carry no attribution of their own; the Origin label gives the source, never a campaign.';

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export const woocommerceAnalytics: Source = {
  kind: 'woocommerce-analytics',
  title: 'WooCommerce Analytics orders download',
  family: 'ledger',
  overlap: 'day',
  required: [
    { field: 'date', aliases: COLUMNS.date },
    { field: 'order', aliases: COLUMNS.order },
    { field: 'netSales', aliases: COLUMNS.netSales },
    { field: 'customerType', aliases: [...COLUMNS.customerType, ...COLUMNS.products, ...COLUMNS.itemsSold] },
  ],

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 4) return false;
    if (!hasColumns(header.cells, COLUMNS.date, COLUMNS.order, COLUMNS.netSales)) return false;
    // Date, order number and an amount alone would be any ledger: one of the report's own columns decides.
    return hasColumns(header.cells, COLUMNS.customerType) || hasColumns(header.cells, COLUMNS.products) || hasColumns(header.cells, COLUMNS.itemsSold);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let width = 0;
    context.describe({ dataset: 'woocommerce-analytics', daily: true, notes: NOTES });

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing = REQUIRED.filter((field) => mapped[field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'WooCommerce Analytics orders download', missing.map((m) => COLUMNS[m][0]));
          checkDuplicateColumns(context.file, line, cells, mapped);
          columns = mapped;
          width = cells.length;
          const dataRows = context.sample.rows.filter((row) => row.line > line);
          // The amount column decides the decimal mark: the server export's `N. Revenue (formatted)` writes the
          // shop's display format (`29,50 €`) next to raw amounts (`25.07`).
          const amounts = dataRows.map((row) => unguard(row.cells[mapped.netSales] ?? ''));
          const decimal = honourDecimal(context, amounts, columnDecimal(amounts, context.decimal));
          reader = new CellReader(context.file, cells.slice(), decimal, slashOrderOf(context, dataRows.map((row) => row.cells[mapped.date] ?? '')));
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const c = columns;
        const read = reader!;
        const order = unguard(read.text(cells, c.order));
        if (order === '') {
          throw new InputError(context.file, line, say('MISSING_ORDER_ID.wooAnalytics'));
        }
        // `pending` ("Pending payment") is a checkout never completed: no sale. `on-hold` waits for a bank
        // transfer or cheque: an order, counted and reported as awaiting payment.
        const status = woocommerceStatus(read.text(cells, c.status));
        const day = context.cutter.dayOfParsed(read.date(cells, c.date, line));
        const excluded = exclusionOf(status);
        if (excluded !== null) return context.exclude(excluded, 1, order, day, order);

        cells[c.netSales] = unguard(cells[c.netSales] ?? '');
        const amount = read.number(cells, c.netSales, line);
        if (amount !== amount) {
          throw new InputError(context.file, line, say('MISSING_AMOUNT.wooAnalytics'));
        }

        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        record.source = sourceOfOrigin(read.text(cells, c.origin));
        record.coupon = firstCode(read.text(cells, c.coupons));
        record.ref = order;
        record.line = line;
        const values = record.values;
        record.identity = order;
        if (amount < 0) {
          // A refund: its own row on the refund date. A fully refunded order keeps its positive row (status
          // `refunded`), so the status never turns a positive row into a refund. It is an event of its
          // own: a later download may hold it without the order row (identity: order, refund and day).
          record.identity = refundIdentity(order, day);
          values[M.orders] = 0;
          values[M.revenue] = amount;
          values[M.refunds] = -amount;
        } else {
          values[M.orders] = 1;
          values[M.revenue] = amount;
          values[M.refunds] = 0;
        }
        if (c.status >= 0) {
          // A refund row of an order still awaiting payment is rare; it lowers what is outstanding like the revenue.
          const awaiting = status === 'awaiting';
          values[M.awaitingOrders] = awaiting && amount >= 0 ? 1 : 0;
          values[M.awaitingRevenue] = awaiting ? amount : 0;
        }
        context.emit(record);
      },
      end() {
        if (columns === null) {
          throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'WooCommerce Analytics orders download', again: 'downloadReport' }));
        }
      },
    };
  },
};

/** The decimal mark the cells of the amount columns show; the file's own guess when none has a separator. */
export function columnDecimal(cells: readonly string[], fallback: DecimalMark): DecimalMark {
  return cells.some((cell) => /\d[.,]\d/.test(cell)) ? guessDecimalMark(cells) : fallback;
}

/** Removes the apostrophe WooCommerce puts before values starting with `-`, `+`, `=` or `@` (CSV injection guard). */
function unguard(cell: string): string {
  const text = cell.trim();
  return /^'[-+=@]/.test(text) ? text.slice(1) : text;
}

/**
 * The source named by an Origin label: `Source: Facebook` → `Facebook`, `Organic: Google` → `Google`,
 * `Referral: L.instagram.com` → `L.instagram.com` (WooCommerce upper-cases the first letter). Labels without a
 * source (`Direct`, `Web admin`, `Mobile app`, `Unknown` and their translations) give ''. The labels are
 * translated with the site language (`Quelle: Facebook`, `Source : Facebook`); only the colon is relied on.
 */
export function sourceOfOrigin(label: string): string {
  const colon = label.search(/[:：]/);
  if (colon === -1) return '';
  const source = label.slice(colon + 1).trim();
  return foldHeader(source) === 'unknown' ? '' : source;
}

/** `Coupon(s)` lists the order's codes, comma separated; the first one is the order's coupon. */
function firstCode(codes: string): string {
  const comma = codes.indexOf(',');
  return (comma === -1 ? codes : codes.slice(0, comma)).trim();
}

