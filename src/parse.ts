// Stage 3: streams one detected file through its source's row parser.
import { CsvSyntaxError, CsvTokenizer } from './read/csv.js';
import { readTextChunks, type EncodingGuess } from './read/decode.js';
import { InputError } from './errors.js';
import type { FileSample, RowParser } from './sources/types.js';

export async function streamRows(path: string, file: string, encoding: EncodingGuess, sample: FileSample, parser: RowParser): Promise<void> {
  const skipFirst = sample.hasSepLine;
  const tokenizer = new CsvTokenizer(sample.delimiter, (cells, line) => {
    if (skipFirst && line === 1) return;
    parser.row(cells, line);
  });
  try {
    for await (const chunk of readTextChunks(path, encoding)) tokenizer.push(chunk);
    tokenizer.end();
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new InputError('CSV_SYNTAX', file, error.line, `${error.problem}.`, 'The file may be cut off or hand-edited; export it again.');
    }
    throw error;
  }
  parser.end();
}
