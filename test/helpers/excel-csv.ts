// Reads a CSV as German or Swedish Excel does when it opens a file: the UTF-8 byte-order mark says
// the encoding, ";" (the list separator there) splits the cells, "" inside quotes is one quote, and
// a cell that is a plain number with a decimal comma ("-0,4666", "3833,3") becomes that number;
// everything else stays text. Strict on purpose: a row ending without CRLF, or a number written
// with a thousands separator, is not what Excel would read as numbers, so the test sees it.
export interface ExcelSheet {
  heads: string[];
  rows: (string | number | null)[][];
}

export function readAsExcel(bytes: Buffer): ExcelSheet {
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error('no UTF-8 byte-order mark: Excel would read the file as Windows-1252');
  const text = bytes.subarray(3).toString('utf8');
  if (!text.endsWith('\r\n')) throw new Error('the last line does not end with CRLF');
  const records = splitRecords(text.slice(0, -2));
  const [heads, ...rows] = records;
  return { heads: heads!.map((cell) => cell.text), rows: rows.map((row) => row.map(value)) };
}

interface RawCell {
  text: string;
  quoted: boolean;
}

function splitRecords(text: string): RawCell[][] {
  const records: RawCell[][] = [];
  let row: RawCell[] = [];
  let cell = '';
  let quoted = false;
  let inQuotes = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') inQuotes = false;
      else cell += char;
    } else if (char === '"' && cell === '') {
      inQuotes = true;
      quoted = true;
    } else if (char === ';') {
      row.push({ text: cell, quoted });
      cell = '';
      quoted = false;
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push({ text: cell, quoted });
      records.push(row);
      row = [];
      cell = '';
      quoted = false;
      index++;
    } else if (char === '\n') throw new Error(`a bare LF at character ${index}: Excel expects CRLF`);
    else cell += char;
  }
  row.push({ text: cell, quoted });
  records.push(row);
  return records;
}

function value(cell: RawCell): string | number | null {
  if (cell.text === '' && !cell.quoted) return null;
  if (!cell.quoted && /^-?\d+(,\d+)?$/.test(cell.text)) return Number(cell.text.replace(',', '.'));
  return cell.text;
}
