// The reader's language: en, de or sv. Chosen once per run (flag, then config, then the locale
// environment) and passed down explicitly; nothing reads it from a global.

export const LANGUAGES = ['en', 'de', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a POSIX locale asks for. LC_ALL wins over LC_MESSAGES, which wins over LANG (the
 * first one set and not empty decides, as setlocale does). `de_DE.UTF-8`, `de_AT`, `de` are German,
 * `sv_SE.UTF-8`, `sv_FI` Swedish; `C`, `POSIX` and every other language are English.
 */
export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (!locale) return 'en';
  const language = locale.split(/[_.@-]/)[0]!.toLowerCase();
  return isLanguage(language) ? language : 'en';
}

/** `--lang` wins, then the config's `language`, then the locale environment. */
export function chooseLanguage(choice: { flag?: Language | undefined; config?: Language | undefined; env?: NodeJS.ProcessEnv }): Language {
  return choice.flag ?? choice.config ?? languageFromEnv(choice.env);
}

/** The BCP 47 tag used for Intl formatting in each language. */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };
