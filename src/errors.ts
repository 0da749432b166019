// Typed errors. Everything below cli.ts throws these; cli.ts alone turns them into exit codes.
// An error is data: its code, file and line, and a key of the error catalogue with its parameters
// (src/i18n/errors.ts). The sentence is made at the edge, in the reader's language; `problem`,
// `hint` and `message` are the English, as before.
// Messages never contain ledger cell values: they name files, lines, columns and what was expected.
import { errorCode, errorWords, systemWords, type ErrorText } from './i18n/errors.js';
import type { ErrorWords } from './i18n/error-texts.js';
import type { Language } from './i18n/language.js';
import { defineTexts } from './i18n/texts.js';
import { escapeControls } from './safe-text.js';

export { say, systemWords, type ErrorText } from './i18n/errors.js';

/** A problem with an input file (exit code 1). */
export class InputError extends Error {
  readonly code: string;
  readonly problem: string;
  readonly hint: string;
  /** The language the run chose once its configuration was read (cli.ts falls back to --lang, then the locale). */
  language?: Language;

  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly text: ErrorText,
  ) {
    const english = errorWords(text, 'en');
    super(`${file}${line ? `:${line}` : ''}: ${english.problem}`);
    this.name = 'InputError';
    this.code = errorCode(text);
    this.problem = english.problem;
    this.hint = english.hint ?? '';
  }

  words(language: Language): ErrorWords {
    return errorWords(this.text, language);
  }
}

/** A problem with how smroi was called: arguments, folder, configuration (exit code 2). */
export class UsageError extends Error {
  readonly code: string;
  readonly hint?: string;
  /** As for InputError. */
  language?: Language;

  /** `code` is the text's own unless given (a ConfigError states several problems under the first one's code). */
  constructor(
    readonly text: ErrorText,
    code?: string,
  ) {
    const english = errorWords(text, 'en');
    super(english.problem);
    this.name = 'UsageError';
    this.code = code ?? errorCode(text);
    if (english.hint !== undefined) this.hint = english.hint;
  }

  /** The message (`problem`) and the hint in a language. */
  words(language: Language): ErrorWords {
    return errorWords(this.text, language);
  }
}

const WHERE = defineTexts({
  en: (file: string, line: number) => `${file}, line ${line}`,
  de: (file: string, line: number) => `${file}, Zeile ${line}`,
  sv: (file: string, line: number) => `${file}, rad ${line}`,
});

export function formatError(error: InputError | UsageError, language: Language = 'en'): string {
  const { problem, hint } = error.words(language);
  if (error instanceof InputError) {
    const where = error.line ? WHERE[language](error.file, error.line) : error.file;
    return escapeControls(`smroi: ${where}: ${problem}${hint ? ` ${hint}` : ''} [${error.code}]`);
  }
  // One line: a newline in a file name is shown as \n, not a second line.
  return escapeControls(`smroi: ${problem}${hint ? ` ${hint}` : ''} [${error.code}]`);
}

/** An InputError as one sentence for a list of files: what is wrong and what to do, without the file and line. */
export function describeProblem(error: InputError, language: Language = 'en'): string {
  const { problem, hint } = error.words(language);
  return escapeControls(`${problem}${hint ? ` ${hint}` : ''}`);
}

/** Marks an error of this run with the run's language, so cli.ts states it in that language. */
export function inLanguage(error: unknown, language: Language): unknown {
  if ((error instanceof InputError || error instanceof UsageError) && error.language === undefined) error.language = language;
  return error;
}

/** What a system error names, for an error's parameters: its errno code (`EACCES`), else its message. */
export function systemCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code) return code;
  return error instanceof Error ? error.message : String(error);
}

/** A system error (`EACCES`, `ENOSPC`...) in words, with its code: "permission denied (EACCES)". */
export function systemProblem(error: unknown, language: Language = 'en'): string {
  return systemWords(systemCode(error), language);
}

/** True for an error the operating system raised about a file (it has an errno code such as EACCES). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}
