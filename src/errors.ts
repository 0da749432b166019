// Typed errors. Everything below cli.ts throws these; cli.ts alone turns them into exit codes.
// Messages never contain ledger cell values: they name files, lines, columns and what was expected.
import { escapeControls } from './safe-text.js';

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
    return escapeControls(`smroi: ${where}: ${error.problem}${error.hint ? ` ${error.hint}` : ''} [${error.code}]`);
  }
  // One line: a newline in a file name is shown as \n, not a second line.
  return escapeControls(`smroi: ${error.message}${error.hint ? ` ${error.hint}` : ''} [${error.code}]`);
}

/** An InputError as one sentence for a list of files: what is wrong and what to do, without the file and line. */
export function describeProblem(error: InputError): string {
  return escapeControls(`${error.problem}${error.hint ? ` ${error.hint}` : ''}`);
}

const SYSTEM_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file would exceed the file size limit',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENXIO: 'no reader on the other end of the pipe',
  EPIPE: 'the reader on the other end went away',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
};

/** A system error (`EACCES`, `ENOSPC`...) in words, with its code: "permission denied (EACCES)". */
export function systemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code) return SYSTEM_PROBLEMS[code] ? `${SYSTEM_PROBLEMS[code]} (${code})` : code;
  return error instanceof Error ? error.message : String(error);
}

/** True for an error the operating system raised about a file (it has an errno code such as EACCES). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}
