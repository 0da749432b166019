// DATEV Buchungsstapel (ledgers.md §7), what German bookkeeping tools (lexoffice, sevDesk, Lexware) hand to the tax
// adviser. Line 1 is the EXTF format header (`"EXTF";510;21;"Buchungsstapel";…`), line 2 the column headings, then
// one booking per line: `Umsatz` always positive with an S/H flag relative to `Konto`, `Belegdatum` as DDMM whose
// year comes from the header's period, `;` separated, decimal comma, Windows-1252 (or UTF-8 with a BOM).
//
// Sales are recognised by account, not by column: only bookings with a revenue account (SKR03 8000–8999, SKR04
// 4000–4999) as Konto or Gegenkonto count. Payments (Bank an Debitor) and other bookings are left out, or every sale
// would be counted again when it is paid. DATEV carries no campaign: the revenue is unattributed. KOST1/KOST2 and
// Buchungstext are a bookkeeper's own tags and are not read. Buchungstext may name a customer; it is never echoed.
import { InputError, say } from '../errors.js';
import { isBlankRow } from '../read/csv.js';
import { dayNumber } from '../read/dates.js';
import { findColumn, foldHeader } from '../read/headers.js';
import { guessDecimalMark, type DecimalMark } from '../read/numbers.js';
import { M, newRecord, resetRecord } from '../model/records.js';
import { CellReader, checkDuplicateColumns, checkWidth, honourDecimal } from './columns.js';
import type { FileSample, RowParser, Source, SourceContext } from './types.js';

const TITLE = 'DATEV Buchungsstapel';

/** Column names, with the position DATEV's format fixes for each (used when a name is unreadable, e.g. mis-decoded). */
const COLUMNS = {
  amount: { names: ['Umsatz (ohne Soll/Haben-Kz)', 'Umsatz'], position: 0 },
  debitCredit: { names: ['Soll/Haben-Kennzeichen', 'Soll-/Haben-Kennzeichen'], position: 1 },
  currency: { names: ['WKZ Umsatz'], position: 2 },
  baseAmount: { names: ['Basis-Umsatz'], position: 4 },
  baseCurrency: { names: ['WKZ Basis-Umsatz'], position: 5 },
  account: { names: ['Konto'], position: 6 },
  contraAccount: { names: ['Gegenkonto (ohne BU-Schlüssel)', 'Gegenkonto'], position: 7 },
  documentDate: { names: ['Belegdatum'], position: 9 },
  document: { names: ['Belegfeld 1'], position: 10 },
  // Only in format 700: a reversal (Storno) booked with the original sides and a negated amount.
  reversal: { names: ['Generalumkehr (GU)', 'Generalumkehr'], position: -1 },
} as const;

type Field = keyof typeof COLUMNS;
type Chart = 'SKR03' | 'SKR04';

/** Fields of the EXTF header line (1-based numbers in DATEV's description, 0-based here). */
const HEADER = { format: 0, category: 2, formatName: 3, fiscalYearStart: 12, accountLength: 13, from: 14, to: 15, currency: 21, chart: 26 } as const;

interface Period {
  fromYear: number;
  fromMonth: number;
  toYear: number;
}

function leadingRows(sample: FileSample): { cells: string[]; line: number }[] {
  return sample.rows.filter((row) => !isBlankRow(row.cells));
}

function isFormatHeader(cells: readonly string[]): boolean {
  const format = (cells[HEADER.format] ?? '').trim().toUpperCase();
  return (
    (format === 'EXTF' || format === 'DTVF') &&
    (cells[HEADER.category] ?? '').trim() === '21' &&
    foldHeader(cells[HEADER.formatName] ?? '') === 'buchungsstapel'
  );
}

export const datevBuchungsstapel: Source = {
  kind: 'datev-buchungsstapel',
  title: TITLE,
  family: 'ledger',
  overlap: 'day',
  signature:
    'line 1 the DATEV format header ("EXTF";700;21;"Buchungsstapel";…), line 2 the column headings (Umsatz, Soll/Haben-Kennzeichen, Konto, Gegenkonto, Belegdatum)',

  detect(sample) {
    const first = leadingRows(sample)[0];
    return first !== undefined && isFormatHeader(first.cells);
  },

  open(context: SourceContext): RowParser {
    const record = newRecord();
    let state: 'format' | 'columns' | 'bookings' = 'format';
    let period: Period = { fromYear: 0, fromMonth: 0, toYear: 0 };
    let houseCurrency = '';
    let accountLength = 4;
    let namedChart: Chart | null = null;
    let chart: Chart = 'SKR03';
    let c = {} as Record<Field, number>;
    let reader: CellReader | null = null;
    let width = 0;
    let revenueRows = 0;
    let previousSale: string | null = null;
    let previousRefund: string | null = null;

    const isRevenue = (account: string): boolean => {
      if (!/^\d+$/.test(account)) return false;
      const number = Number(account);
      const base = 10 ** (accountLength - 1);
      const lead = chart === 'SKR03' ? 8 : 4;
      return number >= lead * base && number < (lead + 1) * base;
    };

    return {
      row(cells, line) {
        if (state === 'format') {
          if (isBlankRow(cells)) return;
          if (!isFormatHeader(cells)) {
            throw new InputError(context.file, line, say('DATEV_HEADER'));
          }
          period = readPeriod(cells, context.file, line);
          houseCurrency = (cells[HEADER.currency] ?? '').trim().toUpperCase();
          const length = Number((cells[HEADER.accountLength] ?? '').trim());
          if (Number.isInteger(length) && length >= 4 && length <= 8) accountLength = length;
          const named = (cells[HEADER.chart] ?? '').trim().replace(/^0+/, '');
          namedChart = named === '3' ? 'SKR03' : named === '4' ? 'SKR04' : null;
          state = 'columns';
          return;
        }
        if (state === 'columns') {
          if (isBlankRow(cells)) return;
          const folded = cells.map(foldHeader);
          for (const field of Object.keys(COLUMNS) as Field[]) {
            const spec = COLUMNS[field];
            let index = findColumn(folded, spec.names);
            if (index === -1 && field === 'contraAccount') index = folded.findIndex((name) => name.startsWith('gegenkonto'));
            c[field] = index !== -1 ? index : spec.position < cells.length ? spec.position : -1;
          }
          if (c.amount === -1 || c.debitCredit === -1 || c.account === -1 || c.contraAccount === -1 || c.documentDate === -1) {
            throw new InputError(context.file, line, say('MISSING_COLUMNS.datev'));
          }
          checkDuplicateColumns(context.file, line, cells, c);
          width = cells.length;
          const sampleBookings = context.sample.rows.filter((row) => row.line > line && !isBlankRow(row.cells));
          const amounts = sampleBookings.flatMap((row) => [row.cells[c.amount] ?? '', c.baseAmount >= 0 ? (row.cells[c.baseAmount] ?? '') : '']);
          reader = new CellReader(context.file, cells.slice(), honourDecimal(context, amounts, amountDecimal(amounts)), 'dmy');
          if (namedChart !== null) chart = namedChart;
          else {
            chart = inferChart(sampleBookings, c, accountLength);
            if (chart === 'SKR04') {
              context.warn({
                code: 'DATEV_CHART_ASSUMED',
              });
            }
          }
          context.describe({
            dataset: 'datev-buchungsstapel',
            daily: true,
            notes:
              `DATEV: only bookings with a revenue account as Konto or Gegenkonto count (${chart}${namedChart === null ? ', inferred from the accounts' : ''}: ` +
              `${chart === 'SKR03' ? '8000–8999' : '4000–4999'}); payments, debtor and expense bookings are left out so revenue is not counted twice. ` +
              'A credit to a revenue account is a sale, a debit (credit note, Storno) a refund. Amounts are the booked Umsatz, VAT included where the ' +
              'account or tax key carries it. DATEV holds no campaign data: this revenue is unattributed.',
          });
          state = 'bookings';
          return;
        }
        if (isBlankRow(cells)) return;
        checkWidth(context.file, line, cells, width);
        const read = reader!;
        const onAccount = isRevenue(read.text(cells, c.account));
        const onContra = isRevenue(read.text(cells, c.contraAccount));
        // Neither: a payment, debtor, cash or expense booking. Both: a transfer between revenue accounts, which
        // changes no total. Either way no sale.
        if (onAccount === onContra) return;
        revenueRows++;

        const flag = read.text(cells, c.debitCredit).toUpperCase();
        if (flag !== 'S' && flag !== 'H') {
          throw new InputError(context.file, line, say('BAD_DEBIT_CREDIT'));
        }
        let amount = read.number(cells, c.amount, line);
        if (amount !== amount) {
          throw new InputError(context.file, line, say('MISSING_AMOUNT.datev'));
        }
        // `flag` is the side of Konto; the revenue account is on that side, or on the other one as Gegenkonto.
        let credit = (flag === 'H') === onAccount;
        if (amount < 0) {
          // Not DATEV's format, but some tools write a negative Umsatz instead of swapping S and H.
          amount = -amount;
          credit = !credit;
        }
        if (c.reversal >= 0 && read.text(cells, c.reversal) === '1') credit = !credit;

        let currency = read.text(cells, c.currency).toUpperCase();
        if (currency !== '' && currency !== houseCurrency) {
          // A foreign-currency booking: the converted amount, when the row has it, is in the house currency.
          const base = read.number(cells, c.baseAmount, line);
          if (base === base) {
            amount = Math.abs(base);
            currency = read.text(cells, c.baseCurrency).toUpperCase() || houseCurrency;
          }
        } else currency = houseCurrency;

        const day = documentDay(read.text(cells, c.documentDate), period);
        if (day === null) {
          throw new InputError(context.file, line, say('BAD_DATE.datev'));
        }
        const document = read.text(cells, c.document);

        resetRecord(record);
        record.day = day;
        record.dayTo = day;
        record.currency = currency;
        record.line = line;
        const values = record.values;
        if (credit) {
          // Rows of one invoice split by VAT rate follow each other with the same Belegfeld 1: one order.
          const sameInvoice = document !== '' && document === previousSale;
          previousSale = document;
          values[M.orders] = sameInvoice ? 0 : 1;
          values[M.revenue] = amount;
          values[M.refunds] = 0;
          record.ref = sameInvoice ? '' : document;
        } else {
          const sameNote = document !== '' && document === previousRefund;
          previousRefund = document;
          values[M.orders] = 0;
          values[M.revenue] = -amount;
          values[M.refunds] = amount;
          record.ref = sameNote ? '' : document;
        }
        context.emit(record);
      },
      end() {
        if (state !== 'bookings') {
          throw new InputError(context.file, null, say('EMPTY_FILE.datev', { title: TITLE }));
        }
        if (revenueRows === 0) {
          context.warn({
            code: 'DATEV_ACCOUNT_RULE',
            params: { chart },
          });
        }
      },
    };
  },
};

/** Datum von / Datum bis (YYYYMMDD), or the fiscal year start when the period is missing. */
function readPeriod(cells: readonly string[], file: string, line: number): Period {
  const from = compactDate(cells[HEADER.from] ?? '') ?? compactDate(cells[HEADER.fiscalYearStart] ?? '');
  if (from === null) {
    throw new InputError(file, line, say('DATEV_NO_PERIOD'));
  }
  const to = compactDate(cells[HEADER.to] ?? '');
  return { fromYear: from.year, fromMonth: from.month, toYear: to !== null && to.year > from.year ? to.year : from.year };
}

function compactDate(text: string): { year: number; month: number } | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const year = +match[1]!;
  const month = +match[2]!;
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/**
 * Belegdatum `DDMM` (a lost leading zero tolerated: `902`) in the header's period: when the period crosses New Year,
 * a month before the period's first month belongs to the later year. `DDMMYYYY` is taken as written.
 */
export function documentDay(text: string, period: Period): number | null {
  let day: number;
  let month: number;
  let year: number;
  if (/^\d{3,4}$/.test(text)) {
    const padded = text.padStart(4, '0');
    day = +padded.slice(0, 2);
    month = +padded.slice(2, 4);
    year = period.toYear > period.fromYear && month < period.fromMonth ? period.toYear : period.fromYear;
  } else if (/^\d{8}$/.test(text)) {
    day = +text.slice(0, 2);
    month = +text.slice(2, 4);
    year = +text.slice(4, 8);
  } else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const result = dayNumber(year, month, day);
  return new Date(result * 86_400_000).getUTCDate() === day ? result : null;
}

/** DATEV writes a decimal comma; a file re-saved with dot decimals (`12.50`) is read as such. */
function amountDecimal(cells: readonly string[]): DecimalMark {
  return guessDecimalMark(cells) === '.' && cells.some((cell) => /^-?\d+\.\d{1,2}$/.test(cell.trim())) ? '.' : ',';
}

/**
 * The chart when the header names none: accounts 8000–8999 (at the account length) only exist as revenue in SKR03.
 * Without them, accounts 4000–4999 are SKR04 revenue when they are mostly credited; in SKR03 they are expenses,
 * which are debited.
 */
function inferChart(rows: { cells: string[] }[], c: Record<Field, number>, accountLength: number): Chart {
  const base = 10 ** (accountLength - 1);
  const lead = (account: string): number => (/^\d+$/.test(account) && Number(account) < 10 * base ? Math.floor(Number(account) / base) : -1);
  let credits = 0;
  let debits = 0;
  for (const { cells } of rows) {
    const account = lead((cells[c.account] ?? '').trim());
    const contra = lead((cells[c.contraAccount] ?? '').trim());
    if (account === 8 || contra === 8) return 'SKR03';
    const flag = (cells[c.debitCredit] ?? '').trim().toUpperCase();
    if (account === 4) flag === 'H' ? credits++ : debits++;
    if (contra === 4) flag === 'S' ? credits++ : debits++;
  }
  return credits > debits ? 'SKR04' : 'SKR03';
}
