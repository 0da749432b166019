// The small helpers a message catalogue writes with: counts, days, lists and plurals in the reader's
// language. English writes counts and days exactly as the warnings always have (`1234`, `2026-10-31`),
// so the English texts stay byte for byte what they were; German and Swedish use numberStyle().
import { formatDay } from '../read/dates.js';
import type { Language } from './language.js';
import { numberStyle, type NumberStyle } from './numbers.js';
import { plural } from './texts.js';

export interface Say {
  readonly language: Language;
  readonly number: NumberStyle;
  /** A whole number in running text: `1234` in English (as always), `1.234` / `1 234` otherwise. */
  count(value: number): string;
  /** A day number (days since 1970-01-01) as the reader writes a date. */
  day(day: number): string;
  /** A day `YYYY-MM-DD` as the reader writes it. */
  isoDay(isoDay: string): string;
  /** `a, b and c` (`und`, `och`). */
  list(items: readonly string[]): string;
  /** The singular or plural form for `count`. */
  plural(count: number, one: string, other: string): string;
}

const AND: Record<Language, string> = { en: 'and', de: 'und', sv: 'och' };
const says = new Map<Language, Say>();

export function say(language: Language): Say {
  let made = says.get(language);
  if (made) return made;
  const style = numberStyle(language);
  made = {
    language,
    number: style,
    count: language === 'en' ? (value) => String(value) : (value) => style.count(value),
    day: language === 'en' ? formatDay : (day) => style.day(formatDay(day)),
    isoDay: style.day,
    list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${AND[language]} ${items[items.length - 1]}`),
    plural: (count, one, other) => plural(language, count, { one, other }),
  };
  says.set(language, made);
  return made;
}

/** Typed message catalogues: an entry is a text made of its params, or several such texts (variants). */
export type MessageFn = (params: any, say: Say) => string;
export type MessageCatalogue = Record<string, MessageFn | Record<string, MessageFn>>;

type ParamsField<F> = F extends (params: infer P, say: Say) => string ? (unknown extends P ? { params?: undefined } : { params: P }) : never;

/** The shape German and Swedish must give a catalogue: the English params, and a Say to write with. */
export type Texts<C> = {
  [K in keyof C]: C[K] extends (params: infer P, ...rest: never[]) => string
    ? (params: P, say: Say) => string
    : { [V in keyof C[K]]: C[K][V] extends (params: infer P, ...rest: never[]) => string ? (params: P, say: Say) => string : never };
};

/** One message of a catalogue: its key (`code`), its variant where the key has several, its params. */
export type MessageOf<C extends MessageCatalogue> = {
  [K in keyof C & string]: C[K] extends MessageFn
    ? { code: K; variant?: undefined } & ParamsField<C[K]>
    : { [V in keyof C[K] & string]: { code: K; variant: V } & ParamsField<C[K][V]> }[keyof C[K] & string];
}[keyof C & string];

/** The text of `message` from a catalogue in one language. */
export function sayMessage(catalogue: MessageCatalogue, message: { code: string; variant?: string | undefined; params?: unknown }, language: Language): string {
  const entry = catalogue[message.code];
  const fn = typeof entry === 'function' ? entry : entry?.[message.variant ?? ''];
  if (fn === undefined) throw new Error(`no text for ${message.code}${message.variant ? `/${message.variant}` : ''}`);
  return fn(message.params ?? {}, say(language));
}
