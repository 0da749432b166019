// Configuration errors (exit code 2): each problem of smroi.config.json as one sentence with its JSON
// path, the value found, what is expected (in words, with an example) and a "did you mean". The
// `expected` parameter is a path pattern of EXPECTED (what that key takes), `oneOf:` and a list of
// options, or `=` and zod's own English words for a key this table does not describe.
import { entry, words } from './error-texts.js';
import type { Language } from './language.js';
import { defineTexts } from './texts.js';

const CHANNELS = ['facebook', 'instagram', 'tiktok', 'social', 'google', 'email', 'other'].map((c) => `"${c}"`).join(', ');

const AMOUNT = defineTexts({
  en: 'an amount of 0 or more, written as a number without quotes or currency sign',
  de: 'ein Betrag von 0 oder mehr, als Zahl ohne Anführungszeichen und ohne Währungszeichen',
  sv: 'ett belopp på 0 eller mer, skrivet som ett tal utan citattecken och utan valutatecken',
});

/** What each key expects, in words a shop owner understands, by path pattern. */
export const EXPECTED = defineTexts<Record<string, string>>({
  en: {
    '': 'an object in curly braces, such as {"currency": "EUR", "margin": 0.6}',
    $schema: 'text in quotes',
    currency: 'a three-letter currency code in capitals, such as "EUR"',
    timezone: 'an IANA time zone such as "Europe/Berlin"',
    margin: 'the gross margin as a share above 0 and at most 1, such as 0.62 for 62 %',
    revenueBasis: '"gross" (revenue as the ledger states it) or "net" (without the VAT the ledger states)',
    paidOnly: 'true (count paid orders only) or false (orders awaiting payment count too), without quotes',
    language: '"en" (English), "de" (German) or "sv" (Swedish), in quotes',
    fx: 'exchange rates into the report currency, such as {"USD": 0.91}',
    'fx.*': 'a rate above 0 (the value of 1 unit of that currency in the report currency) or dated rates such as {"2026-09-01": 0.91}',
    'fx.*.*': 'a rate above 0, such as 0.91',
    campaigns: 'an object with one entry per campaign name, such as {"Herbst Aktion 2026": {"budget": 500}}',
    'campaigns.*': 'an object with keys such as "aliases", "coupons", "channel", "goal", "kpi", "target", "budget"',
    'campaigns.*.aliases': 'a list of names in quotes, such as ["HA26", "Herbstaktion"]',
    'campaigns.*.aliases.*': 'a name in quotes, not empty',
    'campaigns.*.coupons': 'a list of discount codes in quotes, such as ["HERBST10"]',
    'campaigns.*.coupons.*': 'a discount code in quotes, not empty',
    'campaigns.*.channel': `one of ${CHANNELS}`,
    'campaigns.*.goal': 'text in quotes, such as "sales"',
    'campaigns.*.kpi':
      'one of "orders", "revenue", "roi", "roas", "costPerOrder" (sales) or "impressions", "reach", "likes", "follows", "engagements", "profileVisits", "linkClicks", "sessions" (attention)',
    'campaigns.*.target': 'a number: the value the KPI must reach in the period (for roi a share, 0.2 for 20 %)',
    'campaigns.*.owner': 'a name in quotes',
    'campaigns.*.audience': 'text in quotes',
    'campaigns.*.budget': `${AMOUNT.en} (the planned ad spend for the period)`,
    time: 'an object such as {"hourlyRate": 45, "hoursPerMonth": {"facebook": 6}}',
    'time.hourlyRate': `${AMOUNT.en}, such as 45`,
    'time.hoursPerMonth': 'hours per month by channel, such as {"facebook": 6, "instagram": 10}',
    'time.hoursPerMonth.*': 'a number of hours, 0 or more',
    costs: 'a list of costs, such as [{"name": "Canva Pro", "amount": 12.99, "per": "month"}]',
    'costs.*': 'a cost with "name", "amount" and either "per": "month" or a "date"',
    'costs.*.name': 'a name in quotes, not empty',
    'costs.*.amount': AMOUNT.en,
    'costs.*.per': '"month" (or leave "per" out and give a "date")',
    'costs.*.date': 'a date written YYYY-MM-DD, such as "2026-09-05"',
    'costs.*.channel': `one of ${CHANNELS}`,
    'costs.*.campaign': 'a campaign name in quotes',
    outsourcing: 'an object such as {"name": "Agentur Beispiel", "amountPerMonth": 600}',
    'outsourcing.name': 'a name in quotes, not empty',
    'outsourcing.amountPerMonth': `${AMOUNT.en} (the monthly quote)`,
    '*fxKey': 'a three-letter currency code in capitals as the key, such as "USD"',
    '*fxDateKey': 'a date written YYYY-MM-DD as the key, such as "2026-09-01"',
    '*campaignKey': 'a campaign name as the key, not empty',
    '*calendarDate': 'a date of the calendar written YYYY-MM-DD, such as "2026-09-05"',
    '*perOrDate': 'either "per": "month" or a "date", not both and not neither',
  },
  de: {
    '': 'ein Objekt in geschweiften Klammern, etwa {"currency": "EUR", "margin": 0.6}',
    $schema: 'Text in Anführungszeichen',
    currency: 'ein Währungscode aus drei Großbuchstaben, etwa "EUR"',
    timezone: 'eine IANA-Zeitzone wie "Europe/Berlin"',
    margin: 'die Bruttomarge als Anteil über 0 und höchstens 1, etwa 0.62 für 62 %',
    revenueBasis: '"gross" (Umsatz, wie ihn die Umsatzliste nennt) oder "net" (ohne die Umsatzsteuer, die sie nennt)',
    paidOnly: 'true (nur bezahlte Bestellungen zählen) oder false (auch Bestellungen, deren Zahlung noch aussteht), ohne Anführungszeichen',
    language: '"en" (Englisch), "de" (Deutsch) oder "sv" (Schwedisch), in Anführungszeichen',
    fx: 'Wechselkurse in die Berichtswährung, etwa {"USD": 0.91}',
    'fx.*': 'ein Kurs über 0 (der Wert von 1 Einheit dieser Währung in der Berichtswährung) oder Kurse mit Datum wie {"2026-09-01": 0.91}',
    'fx.*.*': 'ein Kurs über 0, etwa 0.91',
    campaigns: 'ein Objekt mit einem Eintrag je Kampagnenname, etwa {"Herbst Aktion 2026": {"budget": 500}}',
    'campaigns.*': 'ein Objekt mit Schlüsseln wie "aliases", "coupons", "channel", "goal", "kpi", "target", "budget"',
    'campaigns.*.aliases': 'eine Liste von Namen in Anführungszeichen, etwa ["HA26", "Herbstaktion"]',
    'campaigns.*.aliases.*': 'ein Name in Anführungszeichen, nicht leer',
    'campaigns.*.coupons': 'eine Liste von Rabattcodes in Anführungszeichen, etwa ["HERBST10"]',
    'campaigns.*.coupons.*': 'ein Rabattcode in Anführungszeichen, nicht leer',
    'campaigns.*.channel': `einer von ${CHANNELS}`,
    'campaigns.*.goal': 'Text in Anführungszeichen, etwa "sales"',
    'campaigns.*.kpi':
      'einer von "orders", "revenue", "roi", "roas", "costPerOrder" (Verkäufe) oder "impressions", "reach", "likes", "follows", "engagements", "profileVisits", "linkClicks", "sessions" (Aufmerksamkeit)',
    'campaigns.*.target': 'eine Zahl: der Wert, den die Kennzahl im Zeitraum erreichen soll (für roi ein Anteil, 0.2 für 20 %)',
    'campaigns.*.owner': 'ein Name in Anführungszeichen',
    'campaigns.*.audience': 'Text in Anführungszeichen',
    'campaigns.*.budget': `${AMOUNT.de} (die geplanten Werbeausgaben für den Zeitraum)`,
    time: 'ein Objekt wie {"hourlyRate": 45, "hoursPerMonth": {"facebook": 6}}',
    'time.hourlyRate': `${AMOUNT.de}, etwa 45`,
    'time.hoursPerMonth': 'Stunden pro Monat je Kanal, etwa {"facebook": 6, "instagram": 10}',
    'time.hoursPerMonth.*': 'eine Anzahl Stunden, 0 oder mehr',
    costs: 'eine Liste von Kosten, etwa [{"name": "Canva Pro", "amount": 12.99, "per": "month"}]',
    'costs.*': 'ein Kostenposten mit "name", "amount" und entweder "per": "month" oder einem "date"',
    'costs.*.name': 'ein Name in Anführungszeichen, nicht leer',
    'costs.*.amount': AMOUNT.de,
    'costs.*.per': '"month" (oder lassen Sie "per" weg und geben Sie ein "date" an)',
    'costs.*.date': 'ein Datum in der Form JJJJ-MM-TT, etwa "2026-09-05"',
    'costs.*.channel': `einer von ${CHANNELS}`,
    'costs.*.campaign': 'ein Kampagnenname in Anführungszeichen',
    outsourcing: 'ein Objekt wie {"name": "Agentur Beispiel", "amountPerMonth": 600}',
    'outsourcing.name': 'ein Name in Anführungszeichen, nicht leer',
    'outsourcing.amountPerMonth': `${AMOUNT.de} (das monatliche Angebot)`,
    '*fxKey': 'ein Währungscode aus drei Großbuchstaben als Schlüssel, etwa "USD"',
    '*fxDateKey': 'ein Datum in der Form JJJJ-MM-TT als Schlüssel, etwa "2026-09-01"',
    '*campaignKey': 'ein Kampagnenname als Schlüssel, nicht leer',
    '*calendarDate': 'ein Kalenderdatum in der Form JJJJ-MM-TT, etwa "2026-09-05"',
    '*perOrDate': 'entweder "per": "month" oder ein "date", nicht beides und nicht keins von beiden',
  },
  sv: {
    '': 'ett objekt inom klammerparenteser, till exempel {"currency": "SEK", "margin": 0.6}',
    $schema: 'text inom citattecken',
    currency: 'en valutakod med tre versaler, till exempel "SEK"',
    timezone: 'en IANA-tidszon som "Europe/Stockholm"',
    margin: 'bruttomarginalen som en andel över 0 och högst 1, till exempel 0.62 för 62 %',
    revenueBasis: '"gross" (intäkter som försäljningslistan anger dem) eller "net" (utan den moms som listan anger)',
    paidOnly: 'true (räkna bara betalda ordrar) eller false (ordrar som väntar på betalning räknas också), utan citattecken',
    language: '"en" (engelska), "de" (tyska) eller "sv" (svenska), inom citattecken',
    fx: 'växelkurser till rapportens valuta, till exempel {"EUR": 11.2}',
    'fx.*': 'en kurs över 0 (värdet av 1 enhet av den valutan i rapportens valuta) eller daterade kurser som {"2026-09-01": 11.2}',
    'fx.*.*': 'en kurs över 0, till exempel 11.2',
    campaigns: 'ett objekt med en post per kampanjnamn, till exempel {"Höstkampanj 2026": {"budget": 5000}}',
    'campaigns.*': 'ett objekt med nycklar som "aliases", "coupons", "channel", "goal", "kpi", "target", "budget"',
    'campaigns.*.aliases': 'en lista med namn inom citattecken, till exempel ["HK26", "Höstkampanjen"]',
    'campaigns.*.aliases.*': 'ett namn inom citattecken, inte tomt',
    'campaigns.*.coupons': 'en lista med rabattkoder inom citattecken, till exempel ["HOST10"]',
    'campaigns.*.coupons.*': 'en rabattkod inom citattecken, inte tom',
    'campaigns.*.channel': `ett av ${CHANNELS}`,
    'campaigns.*.goal': 'text inom citattecken, till exempel "sales"',
    'campaigns.*.kpi':
      'ett av "orders", "revenue", "roi", "roas", "costPerOrder" (försäljning) eller "impressions", "reach", "likes", "follows", "engagements", "profileVisits", "linkClicks", "sessions" (uppmärksamhet)',
    'campaigns.*.target': 'ett tal: det värde som nyckeltalet ska nå under perioden (för roi en andel, 0.2 för 20 %)',
    'campaigns.*.owner': 'ett namn inom citattecken',
    'campaigns.*.audience': 'text inom citattecken',
    'campaigns.*.budget': `${AMOUNT.sv} (den planerade annonskostnaden för perioden)`,
    time: 'ett objekt som {"hourlyRate": 450, "hoursPerMonth": {"facebook": 6}}',
    'time.hourlyRate': `${AMOUNT.sv}, till exempel 450`,
    'time.hoursPerMonth': 'timmar per månad och kanal, till exempel {"facebook": 6, "instagram": 10}',
    'time.hoursPerMonth.*': 'ett antal timmar, 0 eller mer',
    costs: 'en lista med kostnader, till exempel [{"name": "Canva Pro", "amount": 129, "per": "month"}]',
    'costs.*': 'en kostnad med "name", "amount" och antingen "per": "month" eller ett "date"',
    'costs.*.name': 'ett namn inom citattecken, inte tomt',
    'costs.*.amount': AMOUNT.sv,
    'costs.*.per': '"month" (eller utelämna "per" och ange ett "date")',
    'costs.*.date': 'ett datum skrivet ÅÅÅÅ-MM-DD, till exempel "2026-09-05"',
    'costs.*.channel': `ett av ${CHANNELS}`,
    'costs.*.campaign': 'ett kampanjnamn inom citattecken',
    outsourcing: 'ett objekt som {"name": "Byrå Exempel", "amountPerMonth": 6000}',
    'outsourcing.name': 'ett namn inom citattecken, inte tomt',
    'outsourcing.amountPerMonth': `${AMOUNT.sv} (den månatliga offerten)`,
    '*fxKey': 'en valutakod med tre versaler som nyckel, till exempel "USD"',
    '*fxDateKey': 'ett datum skrivet ÅÅÅÅ-MM-DD som nyckel, till exempel "2026-09-01"',
    '*campaignKey': 'ett kampanjnamn som nyckel, inte tomt',
    '*calendarDate': 'ett datum i kalendern skrivet ÅÅÅÅ-MM-DD, till exempel "2026-09-05"',
    '*perOrDate': 'antingen "per": "month" eller ett "date", inte båda och inte inget av dem',
  },
});

const ONE_OF = defineTexts({ en: 'one of', de: 'einer von', sv: 'ett av' });

/** The words of an `expected` parameter (see the head of this file) in a language. */
export function expectation(language: Language, expected: string): string {
  if (expected.startsWith('=')) return expected.slice(1);
  if (expected.startsWith('oneOf:')) return `${ONE_OF[language]} ${expected.slice('oneOf:'.length)}`;
  return EXPECTED[language][expected] ?? EXPECTED.en[expected] ?? expected;
}

const UNQUOTED = defineTexts({ en: ' (without quotes)', de: ' (ohne Anführungszeichen)', sv: ' (utan citattecken)' });

/** A suggestion such as `0.6 (without quotes)` in a language (the value itself is JSON, the same in all). */
function suggestion(language: Language, text: string): string {
  return text.endsWith(UNQUOTED.en) ? `${text.slice(0, -UNQUOTED.en.length)}${UNQUOTED[language]}` : text;
}

const NOTHING = defineTexts({ en: 'nothing', de: 'nichts', sv: 'ingenting' });
const found = (language: Language, value: string) => (value === 'nothing' ? NOTHING[language] : value);

type Found = { path: string; found: string; expected: string; suggestion: string };

/** "path: found X, expected Y. Did you mean Z?": the sentence of most problems, whatever their code. */
const foundExpected = entry({
  en: (p: Found) => words(`${p.path || 'The file'}: found ${p.found}, expected ${expectation('en', p.expected)}.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''}`),
  de: (p) => words(`${p.path || 'Die Datei'}: gefunden ${found('de', p.found)}, erwartet wird ${expectation('de', p.expected)}.${p.suggestion ? ` Meinten Sie ${suggestion('de', p.suggestion)}?` : ''}`),
  sv: (p) => words(`${p.path || 'Filen'}: hittade ${found('sv', p.found)}, väntade ${expectation('sv', p.expected)}.${p.suggestion ? ` Menade du ${suggestion('sv', p.suggestion)}?` : ''}`),
});

export const CONFIG_ERRORS = {
  CONFIG_NOT_JSON: entry({
    en: (p: { path: string; line: number; column: number; engine: string; tip: string }) =>
      words(`${p.path} is not valid JSON${p.line ? ` at line ${p.line}, column ${p.column}` : ''} (${p.engine}).${JSON_TIPS.en[p.tip as JsonTip] ?? ''}`, 'Fix the syntax and run again.'),
    de: (p) => words(`${p.path} ist kein gültiges JSON${p.line ? ` in Zeile ${p.line}, Spalte ${p.column}` : ''} (${p.engine}).${JSON_TIPS.de[p.tip as JsonTip] ?? ''}`, 'Korrigieren Sie die Schreibweise und starten Sie noch einmal.'),
    sv: (p) => words(`${p.path} är inte giltig JSON${p.line ? ` på rad ${p.line}, kolumn ${p.column}` : ''} (${p.engine}).${JSON_TIPS.sv[p.tip as JsonTip] ?? ''}`, 'Rätta syntaxen och kör igen.'),
  }),
  CONFIG_UNKNOWN_KEY: entry({
    en: (p: { key: string; at: string; suggestion: string; known: string }) =>
      words(`Unknown key "${p.key}" ${p.at ? `at ${p.at}` : 'at the top level'}${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}; known keys there: ${p.known}.`),
    de: (p) => words(`Unbekannter Schlüssel "${p.key}" ${p.at ? `in ${p.at}` : 'auf oberster Ebene'}${p.suggestion ? ` (meinten Sie "${p.suggestion}"?)` : ''}; bekannte Schlüssel dort: ${p.known}.`),
    sv: (p) => words(`Okänd nyckel "${p.key}" ${p.at ? `i ${p.at}` : 'på översta nivån'}${p.suggestion ? ` (menade du "${p.suggestion}"?)` : ''}; kända nycklar där: ${p.known}.`),
  }),
  CONFIG_MISSING_KEY: entry({
    en: (p: { path: string; expected: string }) => words(`${p.path}: missing; expected ${expectation('en', p.expected)}.`),
    de: (p) => words(`${p.path}: fehlt; erwartet wird ${expectation('de', p.expected)}.`),
    sv: (p) => words(`${p.path}: saknas; väntade ${expectation('sv', p.expected)}.`),
  }),
  'CONFIG_MISSING_KEY.found': foundExpected,
  CONFIG_WRONG_TYPE: foundExpected,
  CONFIG_OUT_OF_RANGE: foundExpected,
  CONFIG_UNKNOWN_VALUE: foundExpected,
  CONFIG_BAD_FORMAT: foundExpected,
  CONFIG_CONFLICT: foundExpected,
  CONFIG_BAD_KEY: entry({
    en: (p: { path: string; key: string; expected: string; suggestion: string }) => words(`${p.path}: the key ${p.key} is not ${expectation('en', p.expected).replace(/ as the key/, '')}.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''}`),
    de: (p) => words(`${p.path}: der Schlüssel ${p.key} passt nicht; erwartet wird ${expectation('de', p.expected)}.${p.suggestion ? ` Meinten Sie ${p.suggestion}?` : ''}`),
    sv: (p) => words(`${p.path}: nyckeln ${p.key} är ogiltig; väntade ${expectation('sv', p.expected)}.${p.suggestion ? ` Menade du ${p.suggestion}?` : ''}`),
  }),
  CONFIG_BAD_DATE: entry({
    en: (p: { path: string; asKey: boolean; value: string }) => words(`${p.path}: ${p.asKey ? 'the key' : 'the date'} ${p.value} is not a day of the calendar; expected ${expectation('en', '*calendarDate')}.`),
    de: (p) => words(`${p.path}: ${p.asKey ? 'der Schlüssel' : 'das Datum'} ${p.value} ist kein Tag des Kalenders; erwartet wird ${expectation('de', '*calendarDate')}.`),
    sv: (p) => words(`${p.path}: ${p.asKey ? 'nyckeln' : 'datumet'} ${p.value} är ingen dag i kalendern; väntade ${expectation('sv', '*calendarDate')}.`),
  }),
  'CONFIG_DUPLICATE.campaign': entry({
    en: (p: { path: string; name: string; other: string; key: string }) => words(`${p.path}: "${p.name}" and "${p.other}" are the same campaign (key "${p.key}"); merge the two entries into one.`),
    de: (p) => words(`${p.path}: "${p.name}" und "${p.other}" sind dieselbe Kampagne (Schlüssel "${p.key}"); fassen Sie die beiden Einträge zu einem zusammen.`),
    sv: (p) => words(`${p.path}: "${p.name}" och "${p.other}" är samma kampanj (nyckel "${p.key}"); slå ihop de två posterna till en.`),
  }),
  'CONFIG_DUPLICATE.coupon': entry({
    en: (p: { path: string; coupon: string; owner: string }) => words(`${p.path}: the code "${p.coupon}" is also listed under "${p.owner}"; an order with it cannot belong to both, so keep it under one.`),
    de: (p) => words(`${p.path}: der Code "${p.coupon}" steht auch unter "${p.owner}"; eine Bestellung damit kann nicht zu beiden gehören, lassen Sie ihn also nur bei einer stehen.`),
    sv: (p) => words(`${p.path}: koden "${p.coupon}" står också under "${p.owner}"; en order med den kan inte höra till båda, så behåll den under en av dem.`),
  }),
  'CONFIG_DUPLICATE.key': entry({
    en: (p: { path: string; key: string }) => words(`${p.path}: the key ${p.key} is written twice in one object; JSON keeps only the last, so remove one of them.`),
    de: (p) => words(`${p.path}: der Schlüssel ${p.key} steht zweimal in einem Objekt; JSON behält nur den letzten, löschen Sie also einen davon.`),
    sv: (p) => words(`${p.path}: nyckeln ${p.key} står två gånger i samma objekt; JSON behåller bara den sista, så ta bort en av dem.`),
  }),
  CONFIG_TOO_DEEP: entry({
    en: (p: { depth: number; line: number; column: number }) => words(`The file nests objects or lists more than ${p.depth} levels deep (at line ${p.line}, column ${p.column}); a configuration is a few levels deep.`),
    de: (p) => words(`Die Datei verschachtelt Objekte oder Listen mehr als ${p.depth} Ebenen tief (in Zeile ${p.line}, Spalte ${p.column}); eine Konfiguration ist nur wenige Ebenen tief.`),
    sv: (p) => words(`Filen nästlar objekt eller listor mer än ${p.depth} nivåer djupt (på rad ${p.line}, kolumn ${p.column}); en konfiguration är bara några nivåer djup.`),
  }),
};

export type JsonTip = 'comments' | 'trailingComma' | 'singleQuotes';

const JSON_TIPS = defineTexts<Partial<Record<JsonTip, string>>>({
  en: {
    comments: ' JSON allows no comments: remove the // or /* */ lines.',
    trailingComma: ' JSON allows no comma before a closing } or ].',
    singleQuotes: ' Keys and text need double quotes ("), not single quotes.',
  },
  de: {
    comments: ' JSON erlaubt keine Kommentare: löschen Sie die Zeilen mit // oder /* */.',
    trailingComma: ' JSON erlaubt kein Komma vor einer schließenden } oder ].',
    singleQuotes: ' Schlüssel und Text brauchen doppelte Anführungszeichen ("), keine einfachen.',
  },
  sv: {
    comments: ' JSON tillåter inga kommentarer: ta bort raderna med // eller /* */.',
    trailingComma: ' JSON tillåter inget kommatecken före en avslutande } eller ].',
    singleQuotes: ' Nycklar och text behöver dubbla citattecken ("), inte enkla.',
  },
});

/** The hint under every configuration error. */
export const CONFIG_FIX = defineTexts({
  en: 'Fix the configuration and run again (see the README, "Configuration", or run `smroi init` for a starter file).',
  de: 'Korrigieren Sie die Konfiguration und starten Sie noch einmal (siehe README, "Configuration", oder lassen Sie mit `smroi init` eine Vorlage anlegen).',
  sv: 'Rätta konfigurationen och kör igen (se README, "Configuration", eller kör `smroi init` för att få en startfil).',
});
