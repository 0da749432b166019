// PayPal Activity → Download (English; Spanish and Portuguese too) / Berichte → Aktivitäten herunterladen (German), ledgers.md §5.
// One row per money movement: payments received, refunds (negative rows pointing to the payment through
// `Reference Txn ID`), and much that is no sale at all: holds and authorisations with their reversals,
// memo rows, withdrawals and bank transfers, currency conversions, fees, payments the business sent.
// Columns are chosen by the user, so every field is found by name. Personal columns (Name, e-mail
// addresses, addresses, phone, Note, Subject, Item Title) are never mapped, so never read.
import { InputError, say } from '../errors.js';
import { isValidTimeZone } from '../read/dates.js';
import { foldHeader } from '../read/headers.js';
import { isBlankRow } from '../read/csv.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, dateOrderOption, hasColumns, mapColumns, missingColumnsError, slashOrderOf, slashOrderEvidence, type ColumnIndex, type ColumnSpec, checkWidth } from './columns.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

// English and German headers are documented (ledgers.md §5.1). Spanish: `Fecha, Hora, Zona horaria, Nombre, Tipo,
// Estado, Divisa, Bruto, Tarifa | Comisión, Neto, Id. de transacción` from two parsers of Spanish downloads; the
// other Spanish names and every Portuguese one are guesses (fixtures/paypal-activity/EXPECTED.md says which).
const COLUMNS = {
  date: ['Date', 'Datum', 'Fecha', 'Data'],
  time: ['Time', 'Uhrzeit', 'Hora'],
  zone: ['TimeZone', 'Time Zone', 'Zeitzone', 'Zona horaria', 'Fuso horário'],
  type: ['Type', 'Typ', 'Tipo'],
  status: ['Status', 'Estado'],
  currency: ['Currency', 'Währung', 'Divisa', 'Moneda', 'Moeda'],
  gross: ['Gross', 'Brutto', 'Bruto'],
  transactionId: ['Transaction ID', 'Transaktionscode', 'Id. de transacción', 'Id. de la transacción', 'Código da transação', 'ID da transação'],
  referenceTxn: ['Reference Txn ID', 'Zugehöriger Transaktionscode', 'Id. de transacción de referencia', 'Código da transação de referência', 'ID da transação de referência'],
  invoice: ['Invoice Number', 'Rechnungsnummer', 'Número de factura', 'Número da fatura'],
  custom: ['Custom Number', 'Zollnummer', 'Número personalizado'],
  balanceImpact: ['Balance Impact', 'Auswirkung auf Guthaben', 'Impacto en el saldo', 'Efecto en el saldo', 'Impacto no saldo'],
} satisfies ColumnSpec<string>;

type Field = keyof typeof COLUMNS;

const REQUIRED = ['date', 'type', 'status', 'currency', 'gross'] as const satisfies readonly Field[];

const MS_PER_DAY = 86_400_000;

// A payment received is told by its status, its balance impact and the sign of its gross, not by its type:
// PayPal has dozens of payment types (`PayPal Here Payment` from the card reader, `Mobile Payment`,
// `eBay-Auktionszahlung`, ...) and a list of them always misses some. The type only picks out what is
// no sale whatever its sign: holds and their release, currency conversions, refunds, transfers and
// top-ups, fees, PayPal's own credits, and requests and invoices (memos of money not yet moved).
// Folded (lower case, no accents).
const HOLD = /\bholds?\b|einbehaltung|authori[sz]ation|autorisierung|reservierung|payment review|\brelease\b|freigabe|retencao|retencion|autorizacao|autorizacion|reserva\b|bloqueio|bloqueo/;
const CONVERSION = /conversion|umrechnung|conversao/;
const REFUND = /refund|ruckzahlung|ruckerstattung|erstattung|reembolso|devolucao|devolucion/;
const TRANSFER = /withdrawal|abbuchung|\bbank|bankgutschrift|bankkonto|uberweisung|transfer|deposit|auszahlung|einzahlung|top ?up|aufladung|saque|retirada|retiro|deposito|recarga|transferencia/;
const FEE = /\bfees?\b|gebuhr|\btarifa\b|\btaxa\b|comision/;
/** PayPal's own credits to the account (cash back, bonuses, interest): money in, but no sale. */
const NOT_INCOME = /cash ?back|\bbonus|reward|pramie|zinsen|interest|\bjuros\b|intereses|recompensa/;
/** Requests and invoices: a note that money is asked for; the payment, when it comes, is a row of its own. */
const REQUEST = /\binvoice\b|\brequest|rechnung|anforderung|anfrage|\bfatura\b|\bfactura\b|solicitacao|solicitud|cobranca/;
const PAYMENT_WORD = /payment|zahlung|pagamento|\bpago\b/;

type RowKind = 'payment' | 'refund' | 'hold' | 'memo' | 'transfer' | 'conversion' | 'fee' | 'sent' | 'other';
type Impact = 'credit' | 'debit' | 'memo' | '';

const IMPACTS: ReadonlyMap<string, Impact> = new Map([
  ['credit', 'credit'],
  ['haben', 'credit'],
  ['credito', 'credit'],
  ['abono', 'credit'],
  ['debit', 'debit'],
  ['soll', 'debit'],
  ['debito', 'debit'],
  ['cargo', 'debit'],
  ['memo', 'memo'],
  ['memorando', 'memo'],
  ['memorandum', 'memo'],
  ['nota', 'memo'],
]);

function impactOf(folded: string): Impact {
  return IMPACTS.get(folded) ?? '';
}

/** What the type alone says, whatever the row's sign: a kind that is no sale (or a refund), or null. */
type TypeKind = 'refund' | 'hold' | 'memo' | 'transfer' | 'conversion' | 'fee' | 'other' | null;

function typeKind(type: string): TypeKind {
  if (HOLD.test(type)) return 'hold';
  if (CONVERSION.test(type)) return 'conversion';
  if (REFUND.test(type)) return 'refund';
  if (TRANSFER.test(type)) return 'transfer';
  if (FEE.test(type)) return 'fee';
  if (NOT_INCOME.test(type)) return 'other';
  if (REQUEST.test(type) && !PAYMENT_WORD.test(type)) return 'memo';
  return null;
}

function rowKind(byType: TypeKind, gross: number, impact: Impact): RowKind {
  // A gross that is not a number (NaN) keeps its type's kind, so that the row is reported, not skipped.
  if (byType === 'refund') return !(gross >= 0) && impact !== 'credit' ? 'refund' : 'other';
  if (byType !== null) return byType;
  // Money out: a payment the business made (a purchase, a subscription it pays, a chargeback).
  if (gross < 0 || impact === 'debit') return 'sent';
  // No gross: a memo says nothing; a payment without an amount is reported as such.
  if (gross !== gross && impact === 'memo') return 'memo';
  if (gross === 0) return 'other';
  // Money in, or on its way in (a pending payment's impact is `Memo`): the status decides below.
  return 'payment';
}

/**
 * Per-file caches of what a raw cell means: types, statuses and balance impacts repeat from row to row, so each
 * distinct cell is folded and matched once (no string is built per row). Bounded: a file of ever new values
 * (a shifted column) stops caching rather than growing.
 */
class CellMeanings {
  private readonly types = new Map<string, TypeKind>();
  private readonly statuses = new Map<string, PaymentStatus>();
  private readonly impacts = new Map<string, Impact>();

  type(cell: string): TypeKind {
    let kind = this.types.get(cell);
    if (kind === undefined) {
      kind = typeKind(foldHeader(cell));
      if (this.types.size < 500) this.types.set(cell, kind);
    }
    return kind;
  }

  status(cell: string): PaymentStatus {
    let status = this.statuses.get(cell);
    if (status === undefined) {
      status = STATUS.get(foldHeader(cell)) ?? 'other';
      if (this.statuses.size < 500) this.statuses.set(cell, status);
    }
    return status;
  }

  impact(cell: string): Impact {
    let impact = this.impacts.get(cell);
    if (impact === undefined) {
      impact = impactOf(foldHeader(cell));
      if (this.impacts.size < 500) this.impacts.set(cell, impact);
    }
    return impact;
  }
}

type PaymentStatus = 'counted' | 'pending' | 'failed' | 'cancelled' | 'other';

const STATUS: ReadonlyMap<string, PaymentStatus> = new Map([
  ['completed', 'counted'],
  ['abgeschlossen', 'counted'],
  ['cleared', 'counted'],
  ['completado', 'counted'],
  ['completada', 'counted'],
  ['concluido', 'counted'],
  ['concluida', 'counted'],
  // A payment refunded later may carry the refund's status; the refund row subtracts the money.
  ['refunded', 'counted'],
  ['partially refunded', 'counted'],
  ['erstattet', 'counted'],
  ['teilweise erstattet', 'counted'],
  ['reembolsado', 'counted'],
  ['reembolsada', 'counted'],
  ['parcialmente reembolsado', 'counted'],
  ['pending', 'pending'],
  ['ausstehend', 'pending'],
  ['held', 'pending'],
  ['unclaimed', 'pending'],
  ['in bearbeitung', 'pending'],
  ['pendiente', 'pending'],
  ['pendente', 'pending'],
  ['denied', 'failed'],
  ['failed', 'failed'],
  ['abgelehnt', 'failed'],
  ['fehlgeschlagen', 'failed'],
  ['denegado', 'failed'],
  ['denegada', 'failed'],
  ['rechazado', 'failed'],
  ['rechazada', 'failed'],
  ['negado', 'failed'],
  ['negada', 'failed'],
  ['recusado', 'failed'],
  ['recusada', 'failed'],
  ['reversed', 'cancelled'],
  ['canceled', 'cancelled'],
  ['cancelled', 'cancelled'],
  ['storniert', 'cancelled'],
  ['removed', 'cancelled'],
  ['cancelado', 'cancelled'],
  ['cancelada', 'cancelled'],
]);

const NOT_SALES: readonly [RowKind, string, string][] = [
  ['hold', 'hold or authorisation (or its reversal)', 'holds or authorisations (or their reversals)'],
  ['memo', 'memo row (no money moved)', 'memo rows (no money moved)'],
  ['transfer', 'withdrawal, top-up or bank transfer', 'withdrawals, top-ups or bank transfers'],
  ['conversion', 'currency conversion', 'currency conversions'],
  ['fee', 'fee', 'fees'],
  ['sent', 'payment sent by the business', 'payments sent by the business'],
  ['other', 'other row (another type or status)', 'other rows (another type or status)'],
];

/** Headers in Spanish or Portuguese: their dates are day first (`15/09/2026`) unless a date shows otherwise. */
const DAY_FIRST_HEADERS = new Set(['fecha', 'data']);

/** Time-zone abbreviations PayPal writes, in minutes east of UTC. */
const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['UTC', 0],
  ['GMT', 0],
  ['Z', 0],
  ['WET', 0],
  ['WEST', 60],
  ['BST', 60],
  ['CET', 60],
  ['MEZ', 60],
  ['CEST', 120],
  ['MESZ', 120],
  ['EET', 120],
  ['EEST', 180],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  ['AKST', -540],
  ['AKDT', -480],
  ['HST', -600],
  ['BRT', -180],
  ['ART', -180],
]);

/** Turns a wall-clock time (ms as if UTC) of one zone into an instant; null for a zone smroi does not know. */
type ZoneResolver = (localMs: number) => number;

function zoneResolver(zone: string): ZoneResolver | null {
  const upper = zone.toUpperCase();
  const fixed = ZONE_OFFSETS.get(upper);
  if (fixed !== undefined) return (localMs) => localMs - fixed * 60_000;
  const offset = /^(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (+offset[2]! * 60 + +(offset[3] ?? 0));
    return (localMs) => localMs - minutes * 60_000;
  }
  if (!zone.includes('/') || !isValidTimeZone(zone)) return null;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt = (instant: number): number => {
    const parts = format.formatToParts(new Date(instant));
    const get = (type: string) => +parts.find((part) => part.type === type)!.value;
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second')) - instant;
  };
  return (localMs) => {
    const first = offsetAt(localMs);
    const instant = localMs - first;
    const second = offsetAt(instant);
    return second === first ? instant : localMs - second;
  };
}

const SLASHED_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;

/** Seconds since midnight, or null when the cell is not a time of day. */
function secondsOfDay(cell: string): number | null {
  const match = TIME.exec(cell);
  if (!match) return null;
  let hours = +match[1]!;
  const minutes = +match[2]!;
  const seconds = +(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    if (meridiem === 'pm' && hours < 12) hours += 12;
    else if (meridiem === 'am' && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return (hours * 60 + minutes) * 60 + seconds;
}

function headerRow(sample: FileSample): { cells: string[]; line: number } | undefined {
  return sample.rows.find((row) => !isBlankRow(row.cells));
}

export const paypalActivity: Source = {
  kind: 'paypal-activity',
  title: 'PayPal activity download',
  family: 'ledger',
  payments: true,
  overlap: 'day',
  required: [
    { field: 'date', aliases: COLUMNS.date },
    { field: 'time', aliases: COLUMNS.time },
    { field: 'type', aliases: COLUMNS.type },
    { field: 'status', aliases: COLUMNS.status },
    { field: 'currency', aliases: COLUMNS.currency },
    { field: 'gross', aliases: COLUMNS.gross },
    { field: 'zone', aliases: [...COLUMNS.zone, ...COLUMNS.transactionId] },
  ],

  detect(sample) {
    const header = headerRow(sample);
    if (!header || header.cells.length < 6) return false;
    const c = COLUMNS;
    return hasColumns(header.cells, c.date, c.time, c.type, c.status, c.currency, c.gross) && (hasColumns(header.cells, c.zone) || hasColumns(header.cells, c.transactionId));
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let columns: ColumnIndex<Field> | null = null;
    let reader: CellReader | null = null;
    let width = 0;
    /** Transaction ID → order reference of the payments seen so far, for the refunds pointing to them. */
    const paymentRefs = new Map<string, string>();
    const resolvers = new Map<string, ZoneResolver | null>();
    const notSales = new Map<RowKind, number>();
    const meanings = new CellMeanings();
    let zoneWarned = false;
    let columnsHeader: string[] = [];
    context.describe({ dataset: 'paypal-activity', daily: true });

    const dayOf = (cells: string[], line: number): number => {
      const c = columns!;
      const read = reader!;
      const date = read.date(cells, c.date, line);
      const timeCell = read.text(cells, c.time);
      if (c.time < 0 || timeCell === '') return date.day;
      const seconds = secondsOfDay(timeCell);
      if (seconds === null) {
        throw new InputError(context.file, line, say('BAD_DATE.time', { column: columnsHeader[c.time] }));
      }
      const zone = read.text(cells, c.zone);
      let resolve = resolvers.get(zone);
      if (resolve === undefined) {
        resolve = zone === '' ? null : zoneResolver(zone);
        resolvers.set(zone, resolve);
      }
      if (resolve === null) {
        if (!zoneWarned) {
          zoneWarned = true;
          // The zone is named only when it looks like one (a shifted row could put other text there).
          const what =
            c.zone < 0
              ? ({ variant: 'noColumn' } as const)
              : /^[A-Za-z0-9_/+:\- ]{1,40}$/.test(zone)
                ? ({ variant: 'unknownZone', params: { zone } } as const)
                : ({ variant: 'unnamedZone' } as const);
          context.warn({
            code: 'UNKNOWN_TIME_ZONE',
            ...what,
            line,
          });
        }
        return date.day;
      }
      return context.cutter.dayOf(resolve(date.day * MS_PER_DAY + seconds * 1000));
    };

    return {
      row(cells, line) {
        if (columns === null) {
          if (isBlankRow(cells)) return;
          const mapped = mapColumns(cells, COLUMNS);
          const missing = REQUIRED.filter((field) => mapped[field] === -1);
          if (missing.length) throw missingColumnsError(context.file, line, 'PayPal activity download', missing.map((m) => COLUMNS[m][0]));
          checkDuplicateColumns(context.file, line, cells, mapped);
          columns = mapped;
          width = cells.length;
          columnsHeader = cells.map((cell) => cell.replace(/^\uFEFF/, ''));
          const dateColumn = columnsHeader[mapped.date] ?? 'Date';
          const dateIndex = mapped.date;
          const dates = context.sample.rows.filter((r) => r.line > line).map((r) => r.cells[dateIndex] ?? '');
          // Month/day order from every date of the sample: a part over 12 decides; else the order the
          // user set (--date-order); else day first for a Spanish or Portuguese download and month
          // first for the others, said once.
          const evidence = slashOrderEvidence(dates);
          const dayFirst = DAY_FIRST_HEADERS.has(foldHeader(dateColumn));
          let order = slashOrderOf(context, dates);
          if (evidence === null && context.sample.dateOrderOverride === undefined && dates.some((date) => SLASHED_DATE.test(date))) {
            if (dayFirst) {
              order = 'dmy';
              context.dialect?.({ dateOrder: order });
            }
            const option = dateOrderOption(dayFirst ? 'mdy' : 'dmy');
            const assumed = dayFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
            context.warn({
              code: 'AMBIGUOUS_DATE_ORDER',
              variant: dayFirst ? 'paypalDayFirst' : 'paypalMonthFirst',
              params: { column: dateColumn, ...option },
              details: { assumed, column: dateColumn },
            });
          }
          reader = new CellReader(context.file, columnsHeader, context.decimal, order);
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const c = columns;
        const read = reader!;
        const gross = read.number(cells, c.gross, line);
        const impact = c.balanceImpact < 0 ? '' : meanings.impact(cells[c.balanceImpact] ?? '');
        const kind = rowKind(meanings.type(cells[c.type] ?? ''), gross, impact);
        if (kind !== 'payment' && kind !== 'refund') {
          notSales.set(kind, (notSales.get(kind) ?? 0) + 1);
          return;
        }
        if (gross !== gross) {
          throw new InputError(context.file, line, say('MISSING_AMOUNT.paypal', { column: columnsHeader[c.gross] }));
        }
        const status = meanings.status(cells[c.status] ?? '');
        if (kind === 'refund') {
          // Only refunds that moved money; a pending or denied refund may never happen.
          if (status !== 'counted') {
            notSales.set('other', (notSales.get('other') ?? 0) + 1);
            return;
          }
        } else if (status === 'counted' && impact === 'memo') {
          // Completed but no money moved (Balance Impact `Memo`).
          notSales.set('memo', (notSales.get('memo') ?? 0) + 1);
          return;
        } else if (status === 'failed' || status === 'cancelled') {
          context.exclude(status === 'failed' ? 'failedOrders' : 'cancelledOrders', 1, undefined, dayOf(cells, line), read.text(cells, c.transactionId));
          return;
        } else if (status === 'other') {
          notSales.set('other', (notSales.get('other') ?? 0) + 1);
          return;
        }
        // A pending payment is money on its way: it counts, and is reported as awaiting payment too.
        const awaiting = kind === 'payment' && status === 'pending';

        const day = dayOf(cells, line);
        const ownRef = read.text(cells, c.invoice) || read.text(cells, c.custom);
        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        record.currency = read.text(cells, c.currency).toUpperCase();
        // The row's identity across downloads: its own transaction ID (a refund has one of its own).
        record.identity = read.text(cells, c.transactionId);
        record.line = line;
        const values = record.values;
        if (kind === 'payment') {
          record.ref = ownRef;
          const id = read.text(cells, c.transactionId);
          if (id !== '') paymentRefs.set(id, ownRef);
          values[M.orders] = 1;
          values[M.revenue] = gross;
          values[M.refunds] = 0;
          values[M.awaitingOrders] = awaiting ? 1 : 0;
          values[M.awaitingRevenue] = awaiting ? gross : 0;
        } else {
          // Booked on the refund's own day, under the order of the payment it refunds when that is in the file.
          const original = paymentRefs.get(read.text(cells, c.referenceTxn));
          record.ref = original || ownRef;
          values[M.orders] = 0;
          values[M.revenue] = gross;
          values[M.refunds] = -gross;
          values[M.awaitingOrders] = 0;
          values[M.awaitingRevenue] = 0;
        }
        context.emit(record);
      },
      end() {
        if (columns === null) throw new InputError(context.file, null, say('EMPTY_FILE', { title: 'PayPal activity download', again: 'downloadActivity' }));
        let total = 0;
        const parts: string[] = [];
        for (const [kind, singular, plural] of NOT_SALES) {
          const count = notSales.get(kind) ?? 0;
          if (count === 0) continue;
          total += count;
          parts.push(`${count} ${count === 1 ? singular : plural}`);
        }
        if (total > 0) context.describe({ notes: `${total} PayPal row${total === 1 ? ' is' : 's are'} no sale and not counted: ${parts.join(', ')}` });
      },
    };
  },
};

