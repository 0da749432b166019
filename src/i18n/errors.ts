// The error catalogue: every text an InputError, UsageError or ConfigError can say, keyed by its
// stable code (`CODE.case` where one code has several texts), in English, German and Swedish. An
// error carries its key and parameters; the sentence is made where it is shown, in the reader's
// language (formatError, describeProblem). test/i18n/errors.test.ts checks that every key used in
// src/ exists here and that each language uses the same parameters.
import { CONFIG_ERRORS } from './errors-config.js';
import { INPUT_ERRORS } from './errors-input.js';
import { USAGE_ERRORS } from './errors-usage.js';
import type { ErrorParams, ErrorWords } from './error-texts.js';
import type { Language } from './language.js';

export const ERROR_TEXTS = { ...USAGE_ERRORS, ...INPUT_ERRORS, ...CONFIG_ERRORS };

export type ErrorKey = keyof typeof ERROR_TEXTS;
export type ErrorParamsOf<K extends ErrorKey> = Parameters<(typeof ERROR_TEXTS)[K]['en']>[0];

/** An error's text as data: which catalogue entry, with which parameters. */
export interface ErrorText {
  readonly key: ErrorKey;
  readonly params: ErrorParams;
}

/** The text `key` with its parameters (checked against the catalogue by the compiler). */
export function say<K extends ErrorKey>(key: K, ...params: keyof ErrorParamsOf<K> extends never ? [] : [ErrorParamsOf<K>]): ErrorText {
  return { key, params: (params[0] ?? {}) as ErrorParams };
}

/** The stable code of a text: its key up to the first dot. */
export function errorCode(text: ErrorText): string {
  const dot = text.key.indexOf('.');
  return dot === -1 ? text.key : text.key.slice(0, dot);
}

export function errorWords(text: ErrorText, language: Language): ErrorWords {
  return (ERROR_TEXTS[text.key][language] as (params: ErrorParams) => ErrorWords)(text.params);
}

export { systemWords } from './error-texts.js';
