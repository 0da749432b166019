// Catalogues of words: one object per language with the same keys, checked by the compiler (a key
// missing in one language does not build). Parameterised texts are functions.
import { INTL_LOCALE, type Language } from './language.js';

/** A catalogue: the English texts define the shape that German and Swedish must match. */
export function defineTexts<T>(catalogue: { en: T; de: NoInfer<T>; sv: NoInfer<T> }): Record<Language, T> {
  return catalogue;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form for `count` by the language's plural rules (Intl.PluralRules: en, de and sv have one/other). */
export function plural(language: Language, count: number, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(INTL_LOCALE[language])));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
