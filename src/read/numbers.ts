// Numbers as exports write them: raw (`1234.5`), US-formatted (`"1,234.50"`), German or Swedish
// (`1.234,56`, `1 234,56` with a no-break space), with currency symbols or percent signs.

export type DecimalMark = '.' | ',';

const UNAVAILABLE = new Set(['', '-', '--', '—', 'n/a', 'na', 'null', '(not set)']);

/**
 * Parses one cell. Returns NaN for an empty or "not available" cell and for text that is not a
 * number; callers decide which of the two is an error.
 */
export function parseNumber(cell: string, decimal: DecimalMark): number {
  // Fastest path: `1234`, `-12.5`, `19.99` (`19,99` in a comma file), read digit by digit.
  const plain = parsePlain(cell, decimal === '.' ? DOT : COMMA);
  if (plain === plain) return plain;
  return parseFormatted(cell, decimal);
}

/**
 * Amounts hold at most this many digits before the decimal mark (below ten trillion): every such
 * amount with cents has at most 15 significant digits and so is exact in a double. A longer digit
 * string is no amount (a phone number, an ID, a pasted IBAN).
 */
export const MAX_INTEGER_DIGITS = 13;
/** Digits after the mark: enough for the float artefacts analytics tools write (`0.30000000000000004`). */
const MAX_FRACTION_DIGITS = 20;

const DOT = 46;
const COMMA = 44;

/**
 * An optional minus, digits and at most two decimals after the mark, at most 15 characters; NaN for
 * anything else (the caller then takes the general path). Equal to Number() of the text (with a dot
 * for the mark): the digits form an exact integer below 2^53 and one division by 10 or 100 rounds
 * correctly, as Number() does. A comma mark needs a digit after it (`12,` is no number there).
 */
function parsePlain(cell: string, mark: number): number {
  const end = cell.length;
  if (end === 0 || end > 15) return NaN;
  let i = 0;
  let negative = false;
  if (cell.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  const digitsStart = i;
  let value = 0;
  for (; i < end; i++) {
    const digit = cell.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (i === digitsStart || i - digitsStart > MAX_INTEGER_DIGITS) return NaN;
  if (i < end) {
    if (cell.charCodeAt(i) !== mark) return NaN;
    const decimals = end - i - 1;
    if (decimals > 2 || (decimals === 0 && mark === COMMA)) return NaN;
    for (i++; i < end; i++) {
      const digit = cell.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return NaN;
      value = value * 10 + digit;
    }
    if (decimals === 2) value /= 100;
    else if (decimals === 1) value /= 10;
  }
  return negative ? -value : value;
}

// The grammar of one number, per decimal mark: digits, or groups of three joined by ONE grouping
// character used throughout (`1,234,567`, `1.234.567`, `1 234 567` with a space, no-break space or
// narrow no-break space, `1'234` as Swiss exports write it); one decimal mark; an exponent only on
// ungrouped dot-decimal numbers (`1.2E+05`, as some tools write raw figures). Groups of other sizes
// (`+49 171 5550123`), hex (`0x10`), `Infinity` and two marks are no number.
const BODY: Record<DecimalMark, RegExp> = {
  '.': /^(?:(\d+)|(\d{1,3}(?:([, \u00a0\u202f'])\d{3})(?:\3\d{3})*))?(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/,
  ',': /^(?:(\d+)|(\d{1,3}(?:([. \u00a0\u202f'])\d{3})(?:\3\d{3})*))?(?:,(\d+))?$/,
};

/** Why a cell is no number, for the BAD_NUMBER message (never echoing the cell: it may be personal data). */
export type NumberProblem = 'not-a-number' | 'too-many-digits' | 'out-of-range';

/** The problem parseNumber found with a non-empty cell it could not read (null when it reads, or the cell is empty). */
export function numberProblem(cell: string, decimal: DecimalMark): NumberProblem | null {
  if (isEmptyValue(cell) || !Number.isNaN(parsePlain(cell, decimal === '.' ? DOT : COMMA))) return null;
  const result = readGrammar(cell, decimal);
  return typeof result === 'number' ? null : result;
}

function parseFormatted(cell: string, decimal: DecimalMark): number {
  if (isEmptyValue(cell)) return NaN;
  const result = readGrammar(cell, decimal);
  return typeof result === 'number' ? result : NaN;
}

/** The general path: the value of a cell, or why it is none. */
function readGrammar(cell: string, decimal: DecimalMark): number | NumberProblem {
  let text = cell.trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  // A trailing minus (`12.50-`), before or after a currency symbol or code.
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1).trimEnd();
  }
  // Currency symbols and codes around the number: `€ 12,50`, `-$0.95`, `£0.00`, `12.50 EUR`.
  text = text.replace(/^([+-]?)\s*(?:[€$£¥]|kr|sek|eur|usd|a\$|[a-z]{3}\s)\s*/i, '$1').replace(/\s*(?:[€$£¥]|kr|[a-z]{3})$/i, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (text.endsWith('-') && !cell.trim().endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  const match = BODY[decimal].exec(text.trim());
  if (!match) return 'not-a-number';
  const grouped = match[2];
  const integer = (match[1] ?? grouped ?? '').replace(/\D/g, '');
  const fraction = match[4];
  const exponent = match[5];
  // A bare mark, an exponent alone, or an exponent on grouped digits (`1,234e5`).
  if ((integer === '' && !fraction) || (exponent !== undefined && grouped !== undefined)) return 'not-a-number';
  if (integer.replace(/^0+/, '').length > MAX_INTEGER_DIGITS || (fraction?.length ?? 0) > MAX_FRACTION_DIGITS) return 'too-many-digits';
  const value = Number(`${integer || '0'}.${fraction ?? ''}${exponent !== undefined ? `e${exponent}` : ''}`);
  // An exponent can still leave the range of amounts (`1e309`, `5e20`).
  if (!(Math.abs(value) < 10 ** MAX_INTEGER_DIGITS)) return 'out-of-range';
  return negative ? -value : value;
}

/** True when the cell holds nothing, or a marker that means "no value". */
export function isEmptyValue(cell: string): boolean {
  return UNAVAILABLE.has(cell.trim().toLowerCase());
}

/**
 * Decides the decimal mark of a file from the evidence of its number cells: a comma followed by
 * one, two or more than three digits can only be a decimal comma; `1.234,56` likewise.
 */
export function guessDecimalMark(cells: Iterable<string>): DecimalMark {
  let commaVotes = 0;
  let dotVotes = 0;
  for (const raw of cells) {
    const cell = raw.replace(/[\s\u00a0\u202f€$£]/g, '');
    if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(cell) && !/^-?\d{1,3},\d{3}$/.test(cell)) commaVotes++;
    else if (/^-?\d{1,3}(,\d{3})*\.\d+$/.test(cell) && !/^-?\d{1,3}\.\d{3}$/.test(cell)) dotVotes++;
    else if (/^-?\d+\.\d+$/.test(cell) && !/^-?\d{1,3}\.\d{3}$/.test(cell)) dotVotes++; // `1.000` is ambiguous: no vote
    else if (/^-?\d+,\d+$/.test(cell) && !/^-?\d{1,3},\d{3}$/.test(cell)) commaVotes++;
  }
  return commaVotes > dotVotes ? ',' : '.';
}
