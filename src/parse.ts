// Stage 3: streams one detected file through its source's row parser, hashing its bytes on the way.
import { createHash } from 'node:crypto';
import { CsvSyntaxError, CsvTokenizer } from './read/csv.js';
import { readTextChunks, type EncodingGuess } from './read/decode.js';
import { InputError, isSystemError, systemProblem } from './errors.js';
import type { FileSample, RowParser } from './sources/types.js';

/** What was read: the SHA-256 (hex) and size of the file's bytes, taken in the same pass as the rows. */
export interface ReadStats {
  sha256: string;
  size: number;
}

export async function streamRows(
  path: string,
  file: string,
  encoding: EncodingGuess,
  sample: FileSample,
  parser: RowParser,
  onBytes?: (count: number) => void,
): Promise<ReadStats> {
  const hash = createHash('sha256');
  let size = 0;
  const seen = (bytes: Buffer) => {
    hash.update(bytes);
    size += bytes.length;
    onBytes?.(bytes.length);
  };
  const skipFirst = sample.hasSepLine;
  const tokenizer = new CsvTokenizer(sample.delimiter, (cells, line) => {
    if (skipFirst && line === 1) return;
    parser.row(cells, line);
  });
  try {
    for await (const chunk of readTextChunks(path, encoding, seen)) tokenizer.push(chunk);
    tokenizer.end();
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new InputError('CSV_SYNTAX', file, error.line, `${error.problem}.`, 'The file may be cut off or hand-edited; export it again.');
    }
    if (isSystemError(error)) {
      throw new InputError('FILE_NOT_READABLE', file, null, `the file cannot be read: ${systemProblem(error)}.`, 'Give smroi read access to it (chmod +r) or move it out of the folder.');
    }
    throw error;
  }
  parser.end();
  return { sha256: hash.digest('hex'), size };
}
