// commander's own usage errors (unknown option, invalid choice, missing argument...) in the reader's
// language. commander writes them through configureOutput's outputError without their code, so the
// English message of commander 14 is matched here and rewritten; a message this table does not know
// is left in English. English passes through unchanged.
import type { Language } from './language.js';
import { defineTexts } from './texts.js';

type Rewrite = [RegExp, (...parts: string[]) => string];

const REWRITES = defineTexts<Rewrite[]>({
  en: [],
  de: [
    [/^error: unknown option '(.*)'$/, (flag) => `Fehler: unbekannte Option '${flag}'`],
    [/^error: unknown command '(.*)'$/, (name) => `Fehler: unbekannter Befehl '${name}'`],
    [/^error: missing required argument '(.*)'$/, (name) => `Fehler: das Argument '${name}' fehlt (zum Beispiel der Ordner mit den Exporten)`],
    [/^error: option '(.*)' argument missing$/, (flags) => `Fehler: der Option '${flags}' fehlt ihr Wert`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (flags, value, choices) => `Fehler: '${value}' ist kein gültiger Wert für die Option '${flags}'. Erlaubt sind: ${choices}.`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/, (flags, value, why) => `Fehler: '${value}' ist kein gültiger Wert für die Option '${flags}'. ${REASONS.de[why] ?? why}`],
    [/^error: option '(.*)' cannot be used with option '(.*)'$/, (a, b) => `Fehler: die Option '${a}' lässt sich nicht mit der Option '${b}' kombinieren`],
    [/^error: too many arguments(.*)\. Expected (\d+) arguments? but got (\d+)\.$/, (_sub, expected, got) => `Fehler: zu viele Argumente: erwartet ${expected}, erhalten ${got}.`],
    [/^\(Did you mean one of (.*)\?\)$/, (list) => `(Meinten Sie eine von ${list}?)`],
    [/^\(Did you mean (.*)\?\)$/, (one) => `(Meinten Sie ${one}?)`],
  ],
  sv: [
    [/^error: unknown option '(.*)'$/, (flag) => `fel: okänt alternativ '${flag}'`],
    [/^error: unknown command '(.*)'$/, (name) => `fel: okänt kommando '${name}'`],
    [/^error: missing required argument '(.*)'$/, (name) => `fel: argumentet '${name}' saknas (till exempel mappen med exporterna)`],
    [/^error: option '(.*)' argument missing$/, (flags) => `fel: alternativet '${flags}' saknar sitt värde`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (flags, value, choices) => `fel: '${value}' är inget giltigt värde för alternativet '${flags}'. Tillåtna värden: ${choices}.`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/, (flags, value, why) => `fel: '${value}' är inget giltigt värde för alternativet '${flags}'. ${REASONS.sv[why] ?? why}`],
    [/^error: option '(.*)' cannot be used with option '(.*)'$/, (a, b) => `fel: alternativet '${a}' går inte att kombinera med alternativet '${b}'`],
    [/^error: too many arguments(.*)\. Expected (\d+) arguments? but got (\d+)\.$/, (_sub, expected, got) => `fel: för många argument: väntade ${expected}, fick ${got}.`],
    [/^\(Did you mean one of (.*)\?\)$/, (list) => `(Menade du ett av ${list}?)`],
    [/^\(Did you mean (.*)\?\)$/, (one) => `(Menade du ${one}?)`],
  ],
});

/** The reasons smroi's own option parsers give (src/commands/audit-flags.ts), in each language. */
const REASONS = defineTexts<Record<string, string>>({
  en: {},
  de: { 'Write a ratio such as 0 or -0.2, or a percentage such as 10%.': 'Schreiben Sie ein Verhältnis wie 0 oder -0.2, oder einen Prozentsatz wie 10%.' },
  sv: { 'Write a ratio such as 0 or -0.2, or a percentage such as 10%.': 'Skriv ett förhållande som 0 eller -0.2, eller en procentsats som 10%.' },
});

/** commander's error text (one or more lines, ending in a newline) in a language. */
export function commanderMessage(text: string, language: Language): string {
  const rewrites = REWRITES[language];
  if (!rewrites.length) return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, rewrite] of rewrites) {
        const match = pattern.exec(line);
        if (match) return rewrite(...match.slice(1));
      }
      return line;
    })
    .join('\n');
}

/** The language `--lang` names on the command line (before commander parsed it), if it names one. */
export function languageInArgv(argv: readonly string[], isLanguage: (value: unknown) => value is Language): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return isLanguage(value) ? value : undefined;
  }
  return undefined;
}
