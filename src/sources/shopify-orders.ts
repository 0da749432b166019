// Shopify Admin → Orders → Export. One row per line item; the rows of one order are adjacent, share
// `Name`, and only the first carries the order-level fields (ledgers.md §1). One record per order.
// Personal columns (Email, Billing*, Shipping*, Phone, Notes) are never mapped, so never read.
import { InputError, say } from '../errors.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, hasColumns, mapColumns, missingColumnsError, slashOrderOf, type ColumnIndex, type ColumnSpec, checkWidth, unreadExcept, splitOnColumn } from './columns.js';
import { exclusionOf, shopifyStatus } from './order-status.js';
import type { FileSample, RecordSplit, RowParser, Source, SourceContext } from './types.js';
import { keptTax } from '../economics/vat.js';
import { channelOfSource } from '../join/channels.js';

const COLUMNS = {
  name: ['Name'],
  financialStatus: ['Financial Status'],
  createdAt: ['Created at'],
  lineitemQuantity: ['Lineitem quantity'],
  total: ['Total'],
  taxes: ['Taxes'],
  refunded: ['Refunded Amount'],
  currency: ['Currency'],
  discountCode: ['Discount Code'],
  noteAttributes: ['Note Attributes'],
  cancelledAt: ['Cancelled at'],
  // The sales channel or app that created the order (`web`, `pos`, an app ID), not a marketing source (ledgers.md §1.3).
  salesChannel: ['Source'],
  id: ['Id'],
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

const REQUIRED = ['name', 'financialStatus', 'createdAt', 'total'] as const satisfies readonly Field[];

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export const shopifyOrders: Source = {
  kind: 'shopify-orders',
  title: 'Shopify orders export',
  family: 'ledger',
  // Notes and note attributes hold line breaks: the fixtures' orders span up to 5 lines.
  recordLines: 12,
  overlap: 'day',
  required: [
    { field: 'name', aliases: COLUMNS.name },
    { field: 'financialStatus', aliases: COLUMNS.financialStatus },
    { field: 'lineitemQuantity', aliases: COLUMNS.lineitemQuantity },
    { field: 'createdAt', aliases: COLUMNS.createdAt },
  ],

  detect(sample) {
    const header = headerRow(sample);
    if (!header) return false;
    return hasColumns(header.cells, COLUMNS.name, COLUMNS.financialStatus, COLUMNS.lineitemQuantity, COLUMNS.createdAt);
  },

  // The parser keeps the open order (`openOrder`, its `Name` trimmed) and a cache of one cell's value only.
  split(sample): RecordSplit | null {
    const header = headerRow(sample);
    return splitOnColumn(sample, header, header ? mapColumns(header.cells, COLUMNS).name : -1);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let openOrder: string | null = null;
    let width = 0;
    let lastSalesChannel: string | null = null;
    let lastTikTok = false;
    context.describe({ dataset: 'shopify-orders', daily: true });

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing = REQUIRED.filter((field) => mapped[field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'Shopify orders export', missing.map((m) => COLUMNS[m][0]));
          checkDuplicateColumns(context.file, line, cells, mapped);
          columns = mapped;
          width = cells.length;
          const dateIndex = mapped.createdAt;
          reader = new CellReader(context.file, cells.slice(), context.decimal, slashOrderOf(context, context.sample.rows.map((r) => r.cells[dateIndex] ?? '')));
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const c = columns;
        const read = reader!;
        const name = read.text(cells, c.name);
        if (name === '') {
          throw new InputError(context.file, line, say('MISSING_ORDER_ID.shopify'));
        }
        // Further line items of the open order carry nothing the report needs.
        if (name === openOrder) return;
        openOrder = name;

        const financialStatus = read.text(cells, c.financialStatus);
        if (financialStatus === '') throw malformedOrder(context.file, line, 'Financial Status');
        const total = read.number(cells, c.total, line);
        if (total !== total) throw malformedOrder(context.file, line, 'Total');
        const day = context.cutter.dayOfParsed(read.date(cells, c.createdAt, line));
        let refund = read.number(cells, c.refunded, line);
        refund = refund !== refund ? 0 : Math.abs(refund);
        if (refund > total) {
          // Seen in a real export, on a cancelled order. Warned even when the order is excluded below:
          // it says the file's refund figures cannot be taken at face value.
          context.warn({ code: 'REFUND_EXCEEDS_TOTAL', variant: 'order', line });
          refund = Math.max(total, 0);
        }

        // The order's identity across downloads: `Id`, else `Name` (report-json.md, "One order, once").
        const identity = read.text(cells, c.id) || name;
        if (read.text(cells, c.cancelledAt) !== '') {
          context.exclude('cancelledOrders', 1, name, day, identity);
          return;
        }
        // Pending, authorized and partially paid orders are orders placed whose money has not arrived yet
        // (cash on delivery, bank deposit, an authorised card): they count, and are reported as awaiting payment.
        const status = shopifyStatus(financialStatus);
        const excluded = exclusionOf(status);
        if (excluded !== null) {
          context.exclude(excluded, 1, name, day, identity);
          return;
        }

        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        const utm = c.noteAttributes >= 0 ? readUtm(cells[c.noteAttributes] ?? '') : NO_UTM;
        record.campaign = utm.campaign;
        record.source = joinSource(utm.source, utm.medium);
        // An order placed in TikTok Shop (`Source` = `tiktok`) is TikTok's, whatever else it names; other sales
        // channels (`web`, `pos`, app IDs) say nothing about marketing.
        const salesChannel = c.salesChannel < 0 ? '' : (cells[c.salesChannel] ?? '');
        if (salesChannel !== lastSalesChannel) {
          lastSalesChannel = salesChannel;
          lastTikTok = salesChannel !== '' && channelOfSource(salesChannel) === 'tiktok';
        }
        if (lastTikTok) record.channel = 'tiktok';
        record.coupon = firstCode(read.text(cells, c.discountCode));
        record.currency = read.text(cells, c.currency).toUpperCase();
        record.ref = name;
        record.identity = identity;
        record.line = line;
        const values = record.values;
        values[M.orders] = 1;
        values[M.revenue] = total - refund;
        values[M.refunds] = refund;
        const awaiting = status === 'awaiting';
        values[M.awaitingOrders] = awaiting ? 1 : 0;
        values[M.awaitingRevenue] = awaiting ? total - refund : 0;
        // `Taxes` is the order's VAT (first row); a refund gives back its share of it.
        const taxes = read.number(cells, c.taxes, line);
        if (taxes === taxes) values[M.tax] = keptTax(total, taxes, refund);
        context.emit(record);
      },
      end() {
        if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'Shopify orders export', again: 'exportOrders' }));
      },
      // 13 of the export's 75-79 columns are read: the tokenizer need not cut out the others
      // (addresses, line items, tax lines). The last column is always cut, for the cut-off checks.
      unreadColumns() {
        return columns === null ? null : unreadExcept(Object.values(columns), width);
      },
    };
  },
};

function malformedOrder(file: string, line: number, column: string): InputError {
  return new InputError(file, line, say('MALFORMED_ORDER.shopify', { column }));
}

interface Utm {
  campaign: string;
  source: string;
  medium: string;
}

const NO_UTM: Utm = { campaign: '', source: '', medium: '' };

/** `Note Attributes` holds one `key: value` per line, as checkout apps write them (`UTM campaign: 1202…`). */
export function readUtm(noteAttributes: string): Utm {
  if (noteAttributes === '' || !/utm/i.test(noteAttributes)) return NO_UTM;
  const utm = { campaign: '', source: '', medium: '' };
  for (const entry of noteAttributes.split(/\r?\n|\r/)) {
    const colon = entry.indexOf(':');
    if (colon === -1) continue;
    const key = entry.slice(0, colon).trim().toLowerCase().replace(/[\s_-]+/g, ' ');
    const value = entry.slice(colon + 1).trim();
    if (value === '') continue;
    if (key === 'utm campaign') utm.campaign ||= value;
    else if (key === 'utm source') utm.source ||= value;
    else if (key === 'utm medium') utm.medium ||= value;
  }
  return utm;
}

/** `Discount Code` may list several codes, comma separated; the first one is the order's coupon. */
function firstCode(codes: string): string {
  const comma = codes.indexOf(',');
  return (comma === -1 ? codes : codes.slice(0, comma)).trim();
}

function joinSource(source: string, medium: string): string {
  if (!medium) return source;
  return `${source} / ${medium}`;
}
