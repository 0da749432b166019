// What `smroi init` says, in the owner's language: its questions, the summary on stderr, and the
// smroi.config.md guide it writes (every key of the configuration explained). defineTexts catalogues:
// a text missing in one language does not build. Key names, values and JSON examples stay as the
// configuration spells them in every language.
import { defineTexts, plural } from '../i18n/texts.js';

export interface KeyHelp {
  key: string;
  short: string;
  long: string;
  example: string;
}

type ConfigKey = 'currency' | 'timezone' | 'margin' | 'revenueBasis' | 'fx' | 'campaigns' | 'time' | 'costs' | 'outsourcing' | 'map' | 'decimal' | 'dateOrder' | 'paidOnly' | 'language' | '$schema';
type KeyTexts = Record<ConfigKey, { short: string; long: string }>;

/** The examples are JSON, the same in every language; in config.md's order. */
const EXAMPLES: readonly [ConfigKey, string][] = [
  ['currency', '"currency": "EUR"'],
  ['timezone', '"timezone": "Europe/Berlin"'],
  ['margin', '"margin": 0.62'],
  ['revenueBasis', '"revenueBasis": "net"'],
  ['fx', '"fx": { "USD": { "2026-09-01": 0.91, "2026-10-01": 0.93 }, "SEK": 0.087 }'],
  ['campaigns', '"campaigns": { "Herbst Aktion 2026": { "aliases": ["HA26"], "coupons": ["HERBST10"], "channel": "facebook", "goal": "sales", "kpi": "orders", "target": 40, "owner": "Anna", "audience": "Familien im Viertel", "budget": 500 } }'],
  ['time', '"time": { "hourlyRate": 45, "hoursPerMonth": { "facebook": 6, "instagram": 10 } }'],
  ['costs', '"costs": [ { "name": "Canva Pro", "amount": 12.99, "per": "month", "channel": "instagram" }, { "name": "Fotoshooting", "amount": 300, "date": "2026-09-05", "campaign": "herbst-aktion-2026" } ]'],
  ['outsourcing', '"outsourcing": { "name": "Agentur Beispiel", "amountPerMonth": 600 }'],
  ['map', '"map": { "date": "Belegdatum", "amount": "Brutto" }'],
  ['decimal', '"decimal": "comma"'],
  ['dateOrder', '"dateOrder": "dmy"'],
  ['paidOnly', '"paidOnly": true'],
  ['language', '"language": "de"'],
  ['$schema', '"$schema": "..."'],
];

const KEY_TEXTS = defineTexts<KeyTexts>({
  en: {
    currency: { short: 'report currency', long: 'The currency the report is in (ISO 4217 code in capitals). Amounts in other currencies are converted with the rates under "fx". Default: the currency of your sales ledgers.' },
    timezone: { short: 'days are cut in this time zone', long: 'The IANA time zone in which days are cut: a shop order at 23:40 New York time belongs to that day in New York. Default: the computer\'s time zone.' },
    margin: { short: 'gross margin for ROI', long: 'Your gross margin, the share of revenue left after the cost of the goods sold, from 0 to 1 (0.62 = 62 %). ROI is computed on gross profit (revenue × margin), and the break-even ROAS is 1 ÷ margin. Without it ROI is on revenue (margin 1), with a warning.' },
    revenueBasis: { short: 'gross or net of VAT', long: 'Which revenue the profit figures use: "gross" (as the ledger states it, with VAT) or "net" (without the VAT the ledger states: Shopify "Taxes", a tax/MwSt/moms column). The contract field confirmed.revenue stays gross either way. `--revenue-basis` overrides it. Default: "gross".' },
    fx: { short: 'exchange rates', long: 'Rates into the report currency: 1 unit of the key is worth the value in "currency". A single rate, or dated rates where the latest date on or before an amount\'s date applies. An amount in a currency without a rate stops the audit and names the key to add.' },
    campaigns: { short: 'names, coupons and the plan per campaign', long: 'One entry per campaign, keyed by its name (any spelling that folds to the same campaign key). "aliases": further names that mean this campaign. "coupons": discount codes whose orders belong to it. "channel": the channel of orders that name no source. The plan, checked against the results: "goal" (text), "kpi" (orders, revenue, roi, roas, costPerOrder; or the vanity metrics impressions, reach, likes, follows, engagements, profileVisits, linkClicks, sessions, flagged as such), "target" (the value the KPI must reach in the period; for roi a share, 0.2 = 20 %; for costPerOrder an upper limit), "owner", "audience", "budget" (planned ad spend for the period). Campaigns that spend without a plan are listed.' },
    time: { short: 'your own time as a cost', long: 'Your own hours are a cost: hours per month per channel × hourly rate, pro-rated by calendar days over the report period (a period of 1 September to 15 October counts September fully and October as 15/31).' },
    costs: { short: 'tools, freelancers, agencies', long: 'Other costs: monthly ("per": "month", pro-rated like time) or dated ("date": counted when it lies in the period), optionally booked on a "channel" or "campaign" as well as in the totals.' },
    outsourcing: { short: 'a quote to compare your time with', long: 'An agency or freelancer quote per month. The report compares it with your time cost over the period: which is cheaper, by how much, and the hourly rate above which outsourcing pays.' },
    map: { short: 'column names of an unusual ledger', long: 'Column names of a sales ledger whose headers smroi does not recognise, by template field (date, order_id, amount, currency, status, refunded_amount, utm_source, utm_medium, utm_campaign, coupon_code, channel); the same as `--map`.' },
    decimal: { short: 'decimal mark where a file does not show it', long: 'The decimal mark of files whose numbers do not show it: "comma" (1.234,56) or "point" (1,234.56). Only a file with nothing but amounts like 1.000 (one thousand, or one?) is affected; a file whose cells show its mark keeps it. Without it smroi assumes a comma in ";" files and a point otherwise, with an AMBIGUOUS_DECIMAL warning. `--decimal` overrides it; `smroi detect` shows what each file was read as.' },
    dateOrder: { short: 'order of dates like 10/01/2026', long: 'The order of slashed dates in files where no date has a day after the 12th: "dmy" (10/01/2026 is 10 January) or "mdy" (1 October). A file with a date like 31/01/2026 keeps the order it shows. Without it smroi assumes month first, with an AMBIGUOUS_DATE_ORDER warning. `--date-order` overrides it.' },
    paidOnly: { short: 'count paid orders only', long: 'An order placed counts as a sale even while its money is still on its way (cash on delivery, invoice, bank transfer, an authorised card); the report shows how much is still awaiting payment. `true` counts paid orders only: the orders awaiting payment are left out of every figure, counted under exclusions and stated in the assumptions. `--paid-only` overrides it. Default: false.' },
    language: { short: 'language of the report', long: 'The language of the report, its warnings and the terms explained under it: "en" (English), "de" (German) or "sv" (Swedish). The JSON keeps its field names, codes and values in every language; only its message texts follow it. `--lang` overrides it. Default: the language of your system (LC_ALL, LC_MESSAGES or LANG), else English.' },
    $schema: { short: 'editor hint', long: 'Optional: a JSON Schema address for your editor; smroi ignores it.' },
  },
  de: {
    currency: { short: 'Währung des Berichts', long: 'Die Währung des Berichts (der dreibuchstabige Code nach ISO 4217 in Großbuchstaben, etwa EUR). Beträge in anderen Währungen werden mit den Kursen unter "fx" umgerechnet. Standard: die Währung Ihrer Verkaufsdaten.' },
    timezone: { short: 'Zeitzone, in der die Tage enden', long: 'Die Zeitzone (aus der IANA-Liste, etwa "Europe/Berlin"), in der die Tage geschnitten werden: eine Bestellung um 23:40 Uhr New Yorker Zeit gehört in New York zu diesem Tag. Standard: die Zeitzone des Computers.' },
    margin: { short: 'Marge für den ROI', long: 'Ihre Marge: der Anteil am Umsatz, der nach dem Wareneinsatz bleibt, von 0 bis 1, im JSON mit Punkt geschrieben (0.62 = 62 %). Der ROI wird auf den Rohgewinn (Umsatz × Marge) gerechnet, der ROAS für die Gewinnschwelle ist 1 ÷ Marge. Ohne Marge wird der ROI auf den Umsatz gerechnet (Marge 1), mit einer Warnung.' },
    revenueBasis: { short: 'brutto oder ohne Mehrwertsteuer', long: 'Welcher Umsatz in die Gewinnzahlen eingeht: "gross" (wie in den Verkaufsdaten, mit Mehrwertsteuer) oder "net" (ohne die Mehrwertsteuer, die die Verkaufsdaten ausweisen: Shopify "Taxes", eine Spalte tax/MwSt/moms). Das Feld confirmed.revenue im JSON bleibt in jedem Fall brutto. `--revenue-basis` geht vor. Standard: "gross".' },
    fx: { short: 'Wechselkurse', long: 'Kurse in die Berichtswährung: 1 Einheit der Währung im Schlüssel ist den Wert in "currency" wert. Ein einzelner Kurs, oder Kurse mit Datum, von denen der letzte am oder vor dem Datum eines Betrags gilt. Ein Betrag in einer Währung ohne Kurs hält die Auswertung an und nennt den Schlüssel, der fehlt.' },
    campaigns: { short: 'Namen, Rabattcodes und der Plan je Kampagne', long: 'Ein Eintrag je Kampagne, unter ihrem Namen (jede Schreibweise, die zum selben Kampagnenschlüssel wird). "aliases": weitere Namen für diese Kampagne. "coupons": Rabattcodes, deren Bestellungen zu ihr gehören. "channel": der Kanal von Bestellungen, die keine Quelle nennen. Der Plan, mit den Ergebnissen verglichen: "goal" (das Ziel, als Text), "kpi" (die Kennzahl: orders, revenue, roi, roas, costPerOrder; oder die Aufmerksamkeitszahlen impressions, reach, likes, follows, engagements, profileVisits, linkClicks, sessions, als solche markiert), "target" (der Wert, den die Kennzahl im Zeitraum erreichen soll; für roi ein Anteil, 0.2 = 20 %; für costPerOrder eine Obergrenze), "owner" (wer verantwortlich ist), "audience" (die Zielgruppe), "budget" (die geplanten Werbeausgaben für den Zeitraum). Kampagnen, die ohne Plan Geld ausgeben, werden aufgeführt.' },
    time: { short: 'Ihre eigene Zeit als Kosten', long: 'Ihre eigenen Stunden sind Kosten: Stunden pro Monat je Kanal × Stundensatz, nach Kalendertagen auf den Berichtszeitraum umgelegt (der Zeitraum 1. September bis 15. Oktober zählt den September ganz und den Oktober mit 15/31).' },
    costs: { short: 'Werkzeuge, Freiberufler, Agenturen', long: 'Sonstige Kosten: monatlich ("per": "month", umgelegt wie die Zeit) oder mit Datum ("date": gezählt, wenn es im Zeitraum liegt), wahlweise außer in den Summen auch auf einen "channel" oder eine "campaign" gebucht.' },
    outsourcing: { short: 'ein Angebot zum Vergleich mit Ihrer Zeit', long: 'Das Monatsangebot einer Agentur oder eines Freiberuflers. Der Bericht vergleicht es mit den Kosten Ihrer Zeit im Zeitraum: was günstiger ist, um wie viel, und ab welchem Stundensatz sich Einkaufen lohnt.' },
    map: { short: 'Spaltennamen ungewöhnlicher Verkaufsdaten', long: 'Spaltennamen einer Verkaufsdatei, deren Überschriften smroi nicht erkennt, je Feld der Vorlage (date, order_id, amount, currency, status, refunded_amount, utm_source, utm_medium, utm_campaign, coupon_code, channel); dasselbe wie `--map`.' },
    decimal: { short: 'Dezimalzeichen, wo eine Datei es nicht zeigt', long: 'Das Dezimalzeichen von Dateien, deren Zahlen es nicht zeigen: "comma" (1.234,56) oder "point" (1,234.56). Nur eine Datei mit lauter Beträgen wie 1.000 (tausend, oder eins?) ist betroffen; eine Datei, deren Zellen ihr Zeichen zeigen, behält es. Ohne diese Angabe nimmt smroi in ";"-Dateien ein Komma an, sonst einen Punkt, mit der Warnung AMBIGUOUS_DECIMAL. `--decimal` geht vor; `smroi detect` zeigt, wie jede Datei gelesen wurde.' },
    dateOrder: { short: 'Reihenfolge bei Daten wie 10/01/2026', long: 'Die Reihenfolge von Daten mit Schrägstrich in Dateien, in denen kein Tag nach dem 12. vorkommt: "dmy" (10/01/2026 ist der 10. Januar) oder "mdy" (der 1. Oktober). Eine Datei mit einem Datum wie 31/01/2026 behält die Reihenfolge, die sie zeigt. Ohne diese Angabe nimmt smroi den Monat zuerst an, mit der Warnung AMBIGUOUS_DATE_ORDER. `--date-order` geht vor.' },
    paidOnly: { short: 'nur bezahlte Bestellungen zählen', long: 'Eine aufgegebene Bestellung zählt als Verkauf, auch solange ihr Geld noch unterwegs ist (Nachnahme, Rechnung, Überweisung, eine freigegebene Kartenzahlung); der Bericht zeigt, wie viel noch nicht bezahlt ist. `true` zählt nur bezahlte Bestellungen: die noch nicht bezahlten fehlen dann in jeder Zahl, werden unter exclusions gezählt und in den Annahmen genannt. `--paid-only` geht vor. Standard: false.' },
    language: { short: 'Sprache des Berichts', long: 'Die Sprache des Berichts, seiner Warnungen und der Begriffe darunter: "en" (Englisch), "de" (Deutsch) oder "sv" (Schwedisch). Das JSON behält Feldnamen, Codes und Werte in jeder Sprache; nur seine Meldungstexte folgen ihr. `--lang` geht vor. Standard: die Sprache Ihres Systems (LC_ALL, LC_MESSAGES oder LANG), sonst Englisch.' },
    $schema: { short: 'Hinweis für den Editor', long: 'Freiwillig: die Adresse eines JSON-Schemas für Ihren Editor; smroi beachtet sie nicht.' },
  },
  sv: {
    currency: { short: 'rapportens valuta', long: 'Valutan rapporten är i (koden på tre bokstäver enligt ISO 4217, med versaler, till exempel SEK). Belopp i andra valutor räknas om med kurserna under "fx". Standard: valutan i dina försäljningsfiler.' },
    timezone: { short: 'tidszonen där dagarna slutar', long: 'Tidszonen (ur IANA-listan, till exempel "Europe/Stockholm") där dagarna skärs: en order klockan 23.40 New York-tid hör till den dagen i New York. Standard: datorns tidszon.' },
    margin: { short: 'marginal för ROI', long: 'Din bruttomarginal: andelen av intäkterna som blir kvar efter varukostnaden, från 0 till 1, i JSON skriven med punkt (0.62 = 62 %). ROI räknas på bruttovinsten (intäkter × marginal), och ROAS vid nollresultat är 1 ÷ marginal. Utan marginal räknas ROI på intäkterna (marginal 1), med en varning.' },
    revenueBasis: { short: 'brutto eller utan moms', long: 'Vilka intäkter vinstsiffrorna använder: "gross" (som försäljningsfilerna anger dem, med moms) eller "net" (utan den moms försäljningsfilerna anger: Shopify "Taxes", en kolumn tax/MwSt/moms). Fältet confirmed.revenue i JSON förblir brutto i båda fallen. `--revenue-basis` går före. Standard: "gross".' },
    fx: { short: 'växelkurser', long: 'Kurser till rapportens valuta: 1 enhet av valutan i nyckeln är värd värdet i "currency". En enda kurs, eller daterade kurser där den senaste på eller före ett beloppets datum gäller. Ett belopp i en valuta utan kurs stoppar analysen och nämner nyckeln som saknas.' },
    campaigns: { short: 'namn, rabattkoder och planen per kampanj', long: 'En post per kampanj, med dess namn som nyckel (varje stavning som blir samma kampanjnyckel). "aliases": fler namn som betyder den här kampanjen. "coupons": rabattkoder vars ordrar hör till den. "channel": kanalen för ordrar som inte anger någon källa. Planen, jämförd med resultaten: "goal" (målet, som text), "kpi" (nyckeltalet: orders, revenue, roi, roas, costPerOrder; eller uppmärksamhetstalen impressions, reach, likes, follows, engagements, profileVisits, linkClicks, sessions, markerade som sådana), "target" (värdet nyckeltalet ska nå under perioden; för roi en andel, 0.2 = 20 %; för costPerOrder en övre gräns), "owner" (vem som ansvarar), "audience" (målgruppen), "budget" (planerad annonskostnad för perioden). Kampanjer som spenderar utan plan listas.' },
    time: { short: 'din egen tid som kostnad', long: 'Dina egna timmar är en kostnad: timmar per månad per kanal × timpris, fördelat efter kalenderdagar på rapportperioden (perioden 1 september till 15 oktober räknar september helt och oktober som 15/31).' },
    costs: { short: 'verktyg, frilansare, byråer', long: 'Övriga kostnader: per månad ("per": "month", fördelat som tiden) eller daterade ("date": räknas när datumet ligger i perioden), valfritt bokförda också på en "channel" eller en "campaign", utöver summorna.' },
    outsourcing: { short: 'en offert att jämföra din tid med', long: 'En byrås eller frilansares offert per månad. Rapporten jämför den med kostnaden för din tid under perioden: vad som är billigast, med hur mycket, och över vilket timpris det lönar sig att köpa in.' },
    map: { short: 'kolumnnamn i en ovanlig försäljningsfil', long: 'Kolumnnamn i en försäljningsfil vars rubriker smroi inte känner igen, per fält i mallen (date, order_id, amount, currency, status, refunded_amount, utm_source, utm_medium, utm_campaign, coupon_code, channel); samma som `--map`.' },
    decimal: { short: 'decimaltecken där en fil inte visar det', long: 'Decimaltecknet i filer vars tal inte visar det: "comma" (1 234,56) eller "point" (1,234.56). Bara en fil med enbart belopp som 1.000 (tusen, eller ett?) berörs; en fil vars celler visar sitt tecken behåller det. Utan inställningen antar smroi komma i ";"-filer och annars punkt, med varningen AMBIGUOUS_DECIMAL. `--decimal` går före; `smroi detect` visar hur varje fil lästes.' },
    dateOrder: { short: 'ordningen i datum som 10/01/2026', long: 'Ordningen i datum med snedstreck i filer där ingen dag är efter den 12:e: "dmy" (10/01/2026 är 10 januari) eller "mdy" (1 oktober). En fil med ett datum som 31/01/2026 behåller ordningen den visar. Utan inställningen antar smroi månaden först, med varningen AMBIGUOUS_DATE_ORDER. `--date-order` går före.' },
    paidOnly: { short: 'räkna bara betalda ordrar', long: 'En lagd order räknas som försäljning även medan pengarna är på väg (postförskott, faktura, banköverföring, en godkänd kortbetalning); rapporten visar hur mycket som ännu inte är betalt. `true` räknar bara betalda ordrar: de obetalda lämnas utanför varje siffra, räknas under exclusions och nämns i antagandena. `--paid-only` går före. Standard: false.' },
    language: { short: 'rapportens språk', long: 'Språket i rapporten, dess varningar och begreppen under den: "en" (engelska), "de" (tyska) eller "sv" (svenska). JSON behåller fältnamn, koder och värden på alla språk; bara meddelandetexterna följer språket. `--lang` går före. Standard: systemets språk (LC_ALL, LC_MESSAGES eller LANG), annars engelska.' },
    $schema: { short: 'tips till redigeraren', long: 'Valfritt: adressen till ett JSON-schema för din redigerare; smroi bryr sig inte om den.' },
  },
});

/** Every key of config.md (and the additions), explained, in one language. */
export function keyHelp(language: keyof typeof KEY_TEXTS): readonly KeyHelp[] {
  return EXAMPLES.map(([key, example]) => ({ key, example, ...KEY_TEXTS[language][key] }));
}

type Family = 'ads' | 'insights' | 'posts' | 'analytics' | 'ledger';

export const INIT_TEXTS = defineTexts({
  en: {
    // Questions (stdin a terminal only).
    margin: 'Gross margin: the share of revenue left after the cost of goods, e.g. 0.6 or 60 % (Enter to skip): ',
    hourlyRate: (currency: string) => `What is an hour of your time worth, in ${currency}? (Enter to skip): `,
    hours: (channel: string) => `Hours a month you spend on ${channel} (Enter to skip): `,
    quoteName: 'An agency or freelancer quote to compare your time with: their name (Enter to skip): ',
    quotePrice: (currency: string) => `Their price a month, in ${currency}: `,
    // Why a key has its value.
    currencyLedger: 'the currency of your sales ledgers',
    currencyAds: 'the currency of your ad account (no sales ledger states one)',
    campaigns: 'One entry per campaign with ad spend or orders in your exports, under the name the ad export uses, with the channel they show',
    language: 'the language smroi init was run in',
    zoneNoOffset: "no export states a UTC offset, so this is the computer's time zone",
    zoneSystem: (files: string, offsets: string) => `the timestamps in ${files} carry ${offsets}, which matches this computer's time zone`,
    zoneCurrency: (files: string, offsets: string, zone: string, currency: string) => `the timestamps in ${files} carry ${offsets}, which matches ${zone} (a ${currency} country); change it if your shop is elsewhere`,
    zoneAny: (files: string, offsets: string, zone: string) => `the timestamps in ${files} carry ${offsets}, which matches ${zone}; change it if your shop is elsewhere`,
    zoneNone: (files: string, offsets: string) => `no time zone fits the offsets ${offsets} in ${files}, so this is the computer's time zone`,
    and: ' and ',
    // smroi.config.md
    title: '# smroi.config.json, explained',
    wrote: (count: number, dir: string) => `\`smroi init\` wrote \`smroi.config.json\` beside this file from the ${count} export${count === 1 ? '' : 's'} it read in \`${dir}\`.`,
    noComments: 'JSON has no comments, so this file explains every key; `smroi audit` ignores it. Edit the JSON, then run `smroi audit` on the folder.',
    found: '## What smroi found',
    notUsed: (note: string | undefined) => `not used: ${note ?? 'not a known export'}`,
    dates: (from: string, to: string) => `- Dates from ${from} to ${to}.`,
    coupon: (code: string, orders: number) => `${code} (${orders} order${orders === 1 ? '' : 's'})`,
    coupons: (list: string) => `- Discount codes in your ledgers: ${list}. Add each under "coupons" of the campaign it belongs to, so its orders count for that campaign.`,
    typo: (spelling: string, like: string, umlaut: boolean) =>
      `- "${spelling}" (in a ledger or analytics export) ${umlaut ? 'is the ad campaign' : 'looks like the ad campaign'} "${like}"${umlaut ? ' with its umlauts written out' : ''}: written as one of its "aliases", to confirm. If it is another campaign, remove it there and give it its own entry.`,
    notProposed: (list: string) => `- Not proposed as campaigns (no ad spend and no order in the exports): ${list}. If one is a spelling of a campaign, add it to that campaign's "aliases".`,
    foreign: (list: string, currency: string, one: boolean) => `- Amounts in ${list}: the report is in ${currency}, so add a rate for ${one ? 'it' : 'each'} under "fx" (the audit stops until you do).`,
    keysWritten: '## Keys written',
    seenIn: (where: string) => ` (seen in: ${where})`,
    families: { ads: 'ads', insights: 'insights', posts: 'posts', analytics: 'analytics', ledger: 'ledger' } satisfies Record<Family, string>,
    channel: (channel: string) => `, channel ${channel}`,
    alsoWritten: (spellings: string) => `; also written ${spellings} (matched automatically)`,
    addPlan: 'Add the plan to each: "goal", "kpi", "target", "owner", "audience", "budget".',
    value: (json: string, reason: string | undefined) => `Value: \`${json}\`${reason ? `: ${reason}.` : ' (your answer).'}`,
    toAdd: '## Keys to add yourself',
    toAddNote: 'No export holds these; add the ones that apply (each is optional).',
    // The summary on stderr.
    summaryWrote: (config: string, notes: string) => `smroi: wrote ${config} and ${notes} (every key explained there).`,
    campaignCount: (count: number) => `${count} campaign${count === 1 ? '' : 's'}`,
    planTodo: 'a plan per campaign (goal, kpi, target, budget)',
    stillToFill: (list: string) => `Still to fill in: ${list}.`,
    check: (spelling: string, like: string, umlaut: boolean) =>
      `Check: "${spelling}" ${umlaut ? 'is' : 'looks like'} "${like}"${umlaut ? ' with umlauts written out' : ''}; written as its alias, to confirm (remove it there if it is another campaign).`,
    notProposedShort: (list: string) => `Not proposed (no spend, no order): ${list}.`,
  },
  de: {
    margin: 'Marge: der Anteil am Umsatz, der nach dem Wareneinsatz bleibt, etwa 0,6 oder 60 % (Enter überspringt): ',
    hourlyRate: (currency: string) => `Was ist eine Stunde Ihrer Zeit wert, in ${currency}? (Enter überspringt): `,
    hours: (channel: string) => `Stunden im Monat, die Sie für ${channel} aufwenden (Enter überspringt): `,
    quoteName: 'Ein Angebot einer Agentur oder eines Freiberuflers zum Vergleich mit Ihrer Zeit: der Name (Enter überspringt): ',
    quotePrice: (currency: string) => `Der Preis im Monat, in ${currency}: `,
    currencyLedger: 'die Währung Ihrer Verkaufsdaten',
    currencyAds: 'die Währung Ihres Werbekontos (keine Verkaufsdatei nennt eine)',
    campaigns: 'Ein Eintrag je Kampagne mit Werbeausgaben oder Bestellungen in Ihren Exporten, unter dem Namen aus dem Werbe-Export, mit dem Kanal, den sie zeigen',
    language: 'die Sprache, in der smroi init lief',
    zoneNoOffset: 'kein Export nennt einen Abstand zu UTC, daher ist das die Zeitzone des Computers',
    zoneSystem: (files: string, offsets: string) => `die Zeitstempel in ${files} tragen ${offsets}, das passt zur Zeitzone dieses Computers`,
    zoneCurrency: (files: string, offsets: string, zone: string, currency: string) => `die Zeitstempel in ${files} tragen ${offsets}, das passt zu ${zone} (ein Land mit ${currency}); ändern Sie es, wenn Ihr Geschäft woanders liegt`,
    zoneAny: (files: string, offsets: string, zone: string) => `die Zeitstempel in ${files} tragen ${offsets}, das passt zu ${zone}; ändern Sie es, wenn Ihr Geschäft woanders liegt`,
    zoneNone: (files: string, offsets: string) => `keine Zeitzone passt zu den Abständen ${offsets} in ${files}, daher ist das die Zeitzone des Computers`,
    and: ' und ',
    title: '# smroi.config.json, erklärt',
    wrote: (count: number, dir: string) => `\`smroi init\` hat \`smroi.config.json\` neben diese Datei geschrieben, aus ${plural('de', count, { one: 'dem Export', other: `den ${count} Exporten` })}, ${count === 1 ? 'den' : 'die'} es in \`${dir}\` gelesen hat.`,
    noComments: 'JSON kennt keine Kommentare, darum erklärt diese Datei jeden Schlüssel; `smroi audit` beachtet sie nicht. Bearbeiten Sie das JSON und führen Sie dann `smroi audit` für den Ordner aus.',
    found: '## Was smroi gefunden hat',
    notUsed: (note: string | undefined) => `nicht verwendet: ${note ?? 'kein bekannter Export'}`,
    dates: (from: string, to: string) => `- Daten vom ${from} bis ${to}.`,
    coupon: (code: string, orders: number) => `${code} (${orders} ${plural('de', orders, { one: 'Bestellung', other: 'Bestellungen' })})`,
    coupons: (list: string) => `- Rabattcodes in Ihren Verkaufsdaten: ${list}. Tragen Sie jeden unter "coupons" der Kampagne ein, zu der er gehört, damit seine Bestellungen für diese Kampagne zählen.`,
    typo: (spelling: string, like: string, umlaut: boolean) =>
      `- "${spelling}" (in Verkaufsdaten oder einer Webanalyse) ${umlaut ? 'ist die Werbekampagne' : 'sieht aus wie die Werbekampagne'} "${like}"${umlaut ? ' mit ausgeschriebenen Umlauten' : ''}: als einer ihrer "aliases" eingetragen, bitte prüfen. Ist es eine andere Kampagne, entfernen Sie den Namen dort und geben Sie ihm einen eigenen Eintrag.`,
    notProposed: (list: string) => `- Nicht als Kampagnen vorgeschlagen (keine Werbeausgaben und keine Bestellung in den Exporten): ${list}. Ist einer davon eine Schreibweise einer Kampagne, tragen Sie ihn unter deren "aliases" ein.`,
    foreign: (list: string, currency: string, one: boolean) => `- Beträge in ${list}: Der Bericht ist in ${currency}, tragen Sie also unter "fx" einen Kurs für ${one ? 'diese Währung' : 'jede dieser Währungen'} ein (die Auswertung hält an, bis Sie es tun).`,
    keysWritten: '## Geschriebene Schlüssel',
    seenIn: (where: string) => ` (gesehen in: ${where})`,
    families: { ads: 'Werbung', insights: 'Statistiken', posts: 'Beiträge', analytics: 'Webanalyse', ledger: 'Verkaufsdaten' } satisfies Record<Family, string>,
    channel: (channel: string) => `, Kanal ${channel}`,
    alsoWritten: (spellings: string) => `; auch geschrieben ${spellings} (wird automatisch zugeordnet)`,
    addPlan: 'Ergänzen Sie bei jeder den Plan: "goal", "kpi", "target", "owner", "audience", "budget".',
    value: (json: string, reason: string | undefined) => `Wert: \`${json}\`${reason ? `: ${reason}.` : ' (Ihre Antwort).'}`,
    toAdd: '## Schlüssel, die Sie selbst ergänzen',
    toAddNote: 'Kein Export enthält diese; ergänzen Sie, was zutrifft (jeder ist freiwillig).',
    summaryWrote: (config: string, notes: string) => `smroi: ${config} und ${notes} geschrieben (dort ist jeder Schlüssel erklärt).`,
    campaignCount: (count: number) => `${count} ${plural('de', count, { one: 'Kampagne', other: 'Kampagnen' })}`,
    planTodo: 'ein Plan je Kampagne (goal, kpi, target, budget)',
    stillToFill: (list: string) => `Noch auszufüllen: ${list}.`,
    check: (spelling: string, like: string, umlaut: boolean) =>
      `Prüfen: "${spelling}" ${umlaut ? 'ist' : 'sieht aus wie'} "${like}"${umlaut ? ' mit ausgeschriebenen Umlauten' : ''}; als Alias eingetragen, bitte bestätigen (entfernen Sie den Namen dort, wenn es eine andere Kampagne ist).`,
    notProposedShort: (list: string) => `Nicht vorgeschlagen (keine Ausgaben, keine Bestellung): ${list}.`,
  },
  sv: {
    margin: 'Bruttomarginal: andelen av intäkterna som blir kvar efter varukostnaden, till exempel 0,6 eller 60 % (Enter hoppar över): ',
    hourlyRate: (currency: string) => `Vad är en timme av din tid värd, i ${currency}? (Enter hoppar över): `,
    hours: (channel: string) => `Timmar i månaden som du lägger på ${channel} (Enter hoppar över): `,
    quoteName: 'En offert från en byrå eller frilansare att jämföra din tid med: namnet (Enter hoppar över): ',
    quotePrice: (currency: string) => `Priset per månad, i ${currency}: `,
    currencyLedger: 'valutan i dina försäljningsfiler',
    currencyAds: 'valutan i ditt annonskonto (ingen försäljningsfil anger någon)',
    campaigns: 'En post per kampanj med annonskostnad eller ordrar i dina exporter, under namnet som annonsexporten använder, med kanalen de visar',
    language: 'språket som smroi init kördes på',
    zoneNoOffset: 'ingen export anger någon skillnad mot UTC, så det här är datorns tidszon',
    zoneSystem: (files: string, offsets: string) => `tidsstämplarna i ${files} har ${offsets}, vilket stämmer med den här datorns tidszon`,
    zoneCurrency: (files: string, offsets: string, zone: string, currency: string) => `tidsstämplarna i ${files} har ${offsets}, vilket stämmer med ${zone} (ett land med ${currency}); ändra det om din butik ligger någon annanstans`,
    zoneAny: (files: string, offsets: string, zone: string) => `tidsstämplarna i ${files} har ${offsets}, vilket stämmer med ${zone}; ändra det om din butik ligger någon annanstans`,
    zoneNone: (files: string, offsets: string) => `ingen tidszon passar skillnaderna ${offsets} i ${files}, så det här är datorns tidszon`,
    and: ' och ',
    title: '# smroi.config.json, förklarad',
    wrote: (count: number, dir: string) => `\`smroi init\` skrev \`smroi.config.json\` bredvid den här filen utifrån ${plural('sv', count, { one: 'den export', other: `de ${count} exporter` })} som lästes i \`${dir}\`.`,
    noComments: 'JSON har inga kommentarer, så den här filen förklarar varje nyckel; `smroi audit` bryr sig inte om den. Redigera JSON-filen och kör sedan `smroi audit` på mappen.',
    found: '## Vad smroi hittade',
    notUsed: (note: string | undefined) => `används inte: ${note ?? 'ingen känd export'}`,
    dates: (from: string, to: string) => `- Datum från ${from} till ${to}.`,
    coupon: (code: string, orders: number) => `${code} (${orders} ${plural('sv', orders, { one: 'order', other: 'ordrar' })})`,
    coupons: (list: string) => `- Rabattkoder i dina försäljningsfiler: ${list}. Lägg till var och en under "coupons" för kampanjen den hör till, så att dess ordrar räknas för den kampanjen.`,
    typo: (spelling: string, like: string, umlaut: boolean) =>
      `- "${spelling}" (i en försäljningsfil eller webbanalys) ${umlaut ? 'är annonskampanjen' : 'ser ut som annonskampanjen'} "${like}"${umlaut ? ' med omljuden utskrivna' : ''}: skrivet som ett av dess "aliases", kontrollera det. Är det en annan kampanj, ta bort namnet där och ge det en egen post.`,
    notProposed: (list: string) => `- Inte föreslagna som kampanjer (ingen annonskostnad och ingen order i exporterna): ${list}. Om något är en stavning av en kampanj, lägg till det under kampanjens "aliases".`,
    foreign: (list: string, currency: string, one: boolean) => `- Belopp i ${list}: rapporten är i ${currency}, så lägg till en kurs för ${one ? 'den valutan' : 'var och en av dem'} under "fx" (analysen stoppar tills du gör det).`,
    keysWritten: '## Skrivna nycklar',
    seenIn: (where: string) => ` (sedd i: ${where})`,
    families: { ads: 'annonser', insights: 'statistik', posts: 'inlägg', analytics: 'webbanalys', ledger: 'försäljning' } satisfies Record<Family, string>,
    channel: (channel: string) => `, kanal ${channel}`,
    alsoWritten: (spellings: string) => `; också skriven ${spellings} (matchas automatiskt)`,
    addPlan: 'Lägg till planen för var och en: "goal", "kpi", "target", "owner", "audience", "budget".',
    value: (json: string, reason: string | undefined) => `Värde: \`${json}\`${reason ? `: ${reason}.` : ' (ditt svar).'}`,
    toAdd: '## Nycklar att lägga till själv',
    toAddNote: 'Ingen export innehåller dessa; lägg till de som passar (alla är valfria).',
    summaryWrote: (config: string, notes: string) => `smroi: skrev ${config} och ${notes} (varje nyckel förklaras där).`,
    campaignCount: (count: number) => `${count} ${plural('sv', count, { one: 'kampanj', other: 'kampanjer' })}`,
    planTodo: 'en plan per kampanj (goal, kpi, target, budget)',
    stillToFill: (list: string) => `Kvar att fylla i: ${list}.`,
    check: (spelling: string, like: string, umlaut: boolean) =>
      `Kontrollera: "${spelling}" ${umlaut ? 'är' : 'ser ut som'} "${like}"${umlaut ? ' med omljuden utskrivna' : ''}; skrivet som dess alias, bekräfta det (ta bort det där om det är en annan kampanj).`,
    notProposedShort: (list: string) => `Inte föreslagna (ingen kostnad, ingen order): ${list}.`,
  },
});

export type InitTexts = (typeof INIT_TEXTS)['en'];
