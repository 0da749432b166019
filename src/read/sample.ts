// Reads the start of a file into a FileSample for detection: encoding, dialect, first rows.
import type { SkipReason } from '../i18n/skips.js';
import { basename } from 'node:path';
import { InputError, isSystemError, say, systemCode, systemProblem } from '../errors.js';
import { tokenizePrefix } from './csv.js';
import { containsBinary, decodeSample, readHead, sniffEncoding, type EncodingGuess } from './decode.js';
import { sniffDialect } from './dialect.js';
import { overrideDecimal } from '../sources/columns.js';
import type { FileSample } from '../sources/types.js';
import { guessDecimalMark, type DecimalMark } from './numbers.js';

const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_ROWS = 200;

/** A skip with `error` is a file that may hold data but cannot be opened (permission denied...). */
export type SampleResult = { sample: FileSample; encoding: EncodingGuess } | { skip: SkipReason; error?: InputError };

export async function sampleFile(path: string, name = path): Promise<SampleResult> {
  let head: Uint8Array;
  try {
    head = await readHead(path, SAMPLE_BYTES);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const problem = systemProblem(error);
    return {
      skip: { code: 'cannotOpen', params: { problem } },
      error: new InputError(name, null, say('FILE_NOT_READABLE.open', { system: systemCode(error) })),
    };
  }
  if (head.length === 0) return { skip: { code: 'empty' } };
  const encoding = sniffEncoding(head);
  if (containsBinary(head, encoding.encoding)) return { skip: { code: 'notText' } };
  const text = decodeSample(head, encoding);
  if (text.trim() === '') return { skip: { code: 'noText' } };
  const dialect = sniffDialect(text);
  const rows = tokenizePrefix(text, dialect.delimiter, SAMPLE_ROWS).filter((row) => !(dialect.hasSepLine && row.line === 1));
  return {
    sample: { fileName: basename(path), text, rows, delimiter: dialect.delimiter, hasSepLine: dialect.hasSepLine, encoding: encoding.encoding },
    encoding,
  };
}

/**
 * Lets a detected file's sample text go, keeping its rows (what reading the file needs), each cell a
 * string of its own: a cell cut from the text would keep all 64 KiB of it alive. A folder of 500
 * exports held some 22 MiB of sample text until every file was read.
 */
export function releaseSampleText(sample: FileSample): void {
  sample.text = '';
  // JSON.parse makes new strings: none of them is a slice of the text. (Cheaper-looking copies, such
  // as slicing a concatenation, come back as slices of the cell and kept 8 MiB more alive.)
  sample.rows = JSON.parse(JSON.stringify(sample.rows)) as FileSample['rows'];
}

/**
 * The decimal mark of a file, decided from every number-like cell of its sample; the mark the user
 * set (`sample.decimalOverride`) unless the cells can only be read with the other one.
 */
export function sampleDecimalMark(sample: FileSample): DecimalMark {
  const cells = sample.rows.flatMap((row) => row.cells);
  return overrideDecimal(sample.decimalOverride, cells, guessDecimalMark(cells));
}
