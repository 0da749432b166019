// Typed errors. Everything below cli.ts throws these; cli.ts alone turns them into exit codes.
// Messages never contain ledger cell values: they name files, lines, columns and what was expected.

/** A problem with an input file (exit code 1). */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'InputError';
  }
}

/** A problem with how smroi was called: arguments, folder, configuration (exit code 2). */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export function formatError(error: InputError | UsageError): string {
  if (error instanceof InputError) {
    const where = error.line ? `${error.file}, line ${error.line}` : error.file;
    return `smroi: ${where}: ${error.problem}${error.hint ? ` ${error.hint}` : ''} [${error.code}]`;
  }
  return `smroi: ${error.message}${error.hint ? ` ${error.hint}` : ''} [${error.code}]`;
}
