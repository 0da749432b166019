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
  if (decimal === '.') {
    // Fast path: raw exports. Number('') is 0, so empty cells must not reach it.
    if (cell.length > 0 && cell.length < 20) {
      const c = cell.charCodeAt(0);
      if ((c >= 48 && c <= 57) || c === 45) {
        const value = Number(cell);
        if (value === value) return value;
      }
    }
  }
  return parseFormatted(cell, decimal);
}

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
  if (i === digitsStart) return NaN;
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

function parseFormatted(cell: string, decimal: DecimalMark): number {
  let text = cell.trim();
  if (UNAVAILABLE.has(text.toLowerCase())) return NaN;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  // Currency symbols and codes around the number: `€ 12,50`, `-$0.95`, `£0.00`, `12.50 EUR`.
  text = text.replace(/^([+-]?)\s*(?:[€$£¥]|kr|sek|eur|usd|a\$|[a-z]{3}\s)\s*/i, '$1').replace(/\s*(?:[€$£¥]|kr|[a-z]{3})$/i, '');
  text = text.replace(/[\s\u00a0\u202f']/g, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  const thousands = decimal === '.' ? ',' : '.';
  if (decimal === '.') {
    if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text) && !/^\.\d+$/.test(text)) return NaN;
  } else if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(text) && !/^,\d+$/.test(text)) return NaN;
  const plain = text.split(thousands).join('').replace(',', '.');
  const value = Number(plain);
  if (value !== value) return NaN;
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
