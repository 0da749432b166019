// The evidence section in words, for the terminal and Markdown reports and `smroi evidence`: one
// plain verdict per line, never a bare coefficient, and the assumptions under it; in the reader's
// language (EVIDENCE_TEXTS).
import type { Language } from '../i18n/language.js';
import { numberStyle, type NumberStyle } from '../i18n/numbers.js';
import { defineTexts, plural } from '../i18n/texts.js';
import { channelName } from '../render/words.js';
import type { CampaignEvidence, Evidence, EvidenceLine } from './build.js';

type Driver = EvidenceLine['driver'];

interface EvidenceTexts {
  title: string;
  assumptions: string[];
  nothing: (note: string) => string;
  noteDefault: string;
  /** The JSON's `evidence.note` (English, written by build.ts) as the reader reads it. */
  notes: Record<string, string>;
  /** The line's subject: a channel's ads, reach or posts, or all ads together. */
  label: (who: string | null, driver: Driver) => string;
  campaign: (name: string, from: string, to: string, spend: string, verdict: string) => string;
  /** One unit of the driver: `1.00 EUR of ads`, `1,000 people reached`, `post`. */
  unit: (driver: Driver, oneUnitOfMoney: string, thousand: string) => string;
  weeks: (n: number, count: string) => string;
  daysWeeks: (n: number, count: string, weeks: number, weeksCount: string) => string;
  fewWeeks: (had: string, needed: number) => string;
  wholeWeeks: (n: number, count: string) => string;
  days: (n: number, count: string) => string;
  noVariation: (driver: Driver) => string;
  interval: (lower: string, upper: string) => string;
  evidence: (unit: string, effect: string, interval: string, span: string) => string;
  noEvidence: (atMost: string, unit: string, interval: string, breakEven: string, span: string) => string;
  undecided: (interval: string, unit: string, breakEven: string, moreWeeks: number, currency: string) => string;
  campaignTooShort: (preDays: number) => string;
  extra: (extra: string, preDays: number, interval: string) => string;
  campaignEvidence: (extra: string) => string;
  campaignNoEvidence: (extra: string, breakEven: string) => string;
  campaignUndecided: (extra: string, breakEven: string) => string;
}

const EVIDENCE_TEXTS = defineTexts<EvidenceTexts>({
  en: {
    title: 'Evidence: did sales move with the ads?',
    assumptions: [
      'How: daily sales (weekly when most days sell nothing) against ad spend (or posts, or reach) that carries over (half of a day\'s effect the next day), allowing for the weekday, a straight-line trend, the other channels\' spend and the posts; 95 % intervals from a bootstrap over whole weeks. Campaigns: their days against what the weeks before predict.',
      'Correlation over time is not proof: seasons, weather, holidays and other promotions move sales too, and are not controlled. "No evidence" means an effect that pays back is ruled out, not that there is none.',
    ],
    nothing: (note) => `Nothing to judge: ${note}.`,
    noteDefault: 'no daily spend or reach',
    notes: {},
    label: (who, driver) => {
      const name = who === null ? 'All ads together' : `${who[0]!.toUpperCase()}${who.slice(1)}`;
      if (driver === 'reach') return `${name} reach`;
      if (driver === 'posts') return `${name} posts`;
      return who === null ? name : `${name} ads`;
    },
    campaign: (name, from, to, spend, verdict) => `Campaign ${name} (${from} to ${to}, ${spend} of ads): ${verdict}`,
    unit: (driver, money, thousand) => (driver === 'reach' ? `${thousand} people reached` : driver === 'posts' ? 'post' : `${money} of ads`),
    weeks: (n, count) => `${count} weeks`,
    daysWeeks: (n, count, weeks, weeksCount) => `${count} days (${weeksCount} weeks)`,
    fewWeeks: (had, needed) => `too little data: only ${had} of sales; at least ${needed} weeks are needed to tell an effect from the weekly ups and downs.`,
    wholeWeeks: (n, count) => `${count} whole week${n === 1 ? '' : 's'}`,
    days: (n, count) => `${count} day${n === 1 ? '' : 's'}`,
    noVariation: (driver) => {
      const what = driver === 'reach' ? 'reach' : driver === 'posts' ? 'number of posts' : 'spend';
      return `too little data: the ${what} barely changed from day to day (beyond the weekday), so its effect cannot be told apart; weeks with more and fewer would tell.`;
    },
    interval: (lower, upper) => `95 % interval ${lower} to ${upper}`,
    evidence: (unit, effect, interval, span) => `evidence of an effect: each ${unit} went with ${effect} of sales (${interval}; ${span}).`,
    noEvidence: (atMost, unit, interval, breakEven, span) => `no evidence of an effect that pays back: at most ${atMost} of sales per ${unit} (${interval}), below the ${breakEven} it would take; ${span}.`,
    undecided: (interval, unit, breakEven, moreWeeks, currency) =>
      `too little data: the ${interval} ${currency} of sales per ${unit} still holds an effect that pays back (${breakEven}) as well as none; about ${moreWeeks} more week${moreWeeks === 1 ? '' : 's'} like these would tell.`,
    campaignTooShort: (preDays) => `too little data: ${preDays} day${preDays === 1 ? '' : 's'} of sales before it; three weeks are needed for a comparison.`,
    extra: (extra, preDays, interval) => `${extra} of sales above what the ${preDays} days before predict (${interval})`,
    campaignEvidence: (extra) => `evidence of an effect: ${extra}.`,
    campaignNoEvidence: (extra, breakEven) => `no evidence of an effect that pays back: ${extra}, below the ${breakEven} it would take.`,
    campaignUndecided: (extra, breakEven) => `too little data: ${extra}; an effect that pays back (${breakEven}) cannot be ruled out.`,
  },
  de: {
    title: 'Nachweis: Hat sich der Umsatz mit der Werbung bewegt?',
    assumptions: [
      'So wird gerechnet: tägliche Verkäufe (wöchentliche, wenn an den meisten Tagen nichts verkauft wird) gegen Werbeausgaben (oder Beiträge, oder Reichweite), die nachwirken (die Hälfte der Wirkung eines Tages am nächsten Tag), unter Berücksichtigung des Wochentags, eines gleichmäßigen Trends, der Werbeausgaben der anderen Kanäle und der Beiträge; 95-%-Intervalle aus einem Bootstrap über ganze Wochen (die Wochen werden vielfach neu gezogen). Kampagnen: ihre Tage gegen das, was die Wochen davor erwarten lassen.',
      'Ein zeitlicher Zusammenhang ist kein Beweis: Jahreszeiten, Wetter, Feiertage und andere Aktionen bewegen die Verkäufe auch und sind nicht herausgerechnet. "Kein Beleg" heißt: Eine Wirkung, die sich auszahlt, ist ausgeschlossen, nicht dass es gar keine gibt.',
    ],
    nothing: (note) => `Nichts zu beurteilen: ${note}.`,
    noteDefault: 'keine täglichen Werbeausgaben oder Reichweiten',
    notes: {
      'no sales ledger: there are no sales to set against the spend': 'keine Verkaufsdaten: es gibt keine Verkäufe, die sich den Werbeausgaben gegenüberstellen lassen',
      'the sales ledgers do not cover the period': 'die Verkaufsdaten decken den Zeitraum nicht ab',
      'no ad spend or reach by day in the period': 'keine Werbeausgaben oder Reichweite nach Tagen im Zeitraum',
    },
    label: (who, driver) => {
      if (driver === 'reach') return who === null ? 'Reichweite insgesamt' : `${who}-Reichweite`;
      if (driver === 'posts') return who === null ? 'Beiträge insgesamt' : `${who}-Beiträge`;
      return who === null ? 'Alle Anzeigen zusammen' : `${who}-Anzeigen`;
    },
    campaign: (name, from, to, spend, verdict) => `Kampagne ${name} (${from} bis ${to}, ${spend} Werbung): ${verdict}`,
    unit: (driver, money, thousand) => (driver === 'reach' ? `${thousand} erreichte Personen` : driver === 'posts' ? 'Beitrag' : `${money} Werbung`),
    weeks: (n, count) => `${count} ${plural('de', n, { one: 'Woche', other: 'Wochen' })}`,
    daysWeeks: (n, count, weeks, weeksCount) => `${count} ${plural('de', n, { one: 'Tag', other: 'Tage' })} (${weeksCount} ${plural('de', weeks, { one: 'Woche', other: 'Wochen' })})`,
    fewWeeks: (had, needed) => `zu wenig Daten: nur ${had} mit Verkäufen; es braucht mindestens ${needed} Wochen, um eine Wirkung vom wöchentlichen Auf und Ab zu unterscheiden.`,
    wholeWeeks: (n, count) => `${count} ${plural('de', n, { one: 'ganze Woche', other: 'ganze Wochen' })}`,
    days: (n, count) => `${count} ${plural('de', n, { one: 'Tag', other: 'Tage' })}`,
    noVariation: (driver) => {
      const what = driver === 'reach' ? 'die Reichweite änderte sich' : driver === 'posts' ? 'die Zahl der Beiträge änderte sich' : 'die Werbeausgaben änderten sich';
      return `zu wenig Daten: ${what} von Tag zu Tag kaum (über den Wochentag hinaus), die Wirkung lässt sich also nicht trennen; Wochen mit mehr und mit weniger würden es zeigen.`;
    },
    interval: (lower, upper) => `95-%-Intervall ${lower} bis ${upper}`,
    evidence: (unit, effect, interval, span) => `Wirkung belegt: ${effect} Umsatz pro ${unit} (${interval}; ${span}).`,
    noEvidence: (atMost, unit, interval, breakEven, span) =>
      `kein Beleg für eine Wirkung, die sich auszahlt: höchstens ${atMost} Umsatz pro ${unit} (${interval}), weniger als die ${breakEven}, die es bräuchte; ${span}.`,
    undecided: (interval, unit, breakEven, moreWeeks, currency) =>
      `zu wenig Daten: das ${interval} (Umsatz in ${currency} pro ${unit}) umfasst eine Wirkung, die sich auszahlt (${breakEven}), ebenso wie gar keine; etwa ${moreWeeks} weitere ${plural('de', moreWeeks, { one: 'Woche', other: 'Wochen' })} wie diese würden es zeigen.`,
    campaignTooShort: (preDays) => `zu wenig Daten: ${preDays} ${plural('de', preDays, { one: 'Tag', other: 'Tage' })} mit Verkäufen davor; für einen Vergleich braucht es drei Wochen.`,
    extra: (extra, preDays, interval) => `${extra} Umsatz über dem, was die ${preDays} Tage davor erwarten lassen (${interval})`,
    campaignEvidence: (extra) => `Wirkung belegt: ${extra}.`,
    campaignNoEvidence: (extra, breakEven) => `kein Beleg für eine Wirkung, die sich auszahlt: ${extra}, weniger als die ${breakEven}, die es bräuchte.`,
    campaignUndecided: (extra, breakEven) => `zu wenig Daten: ${extra}; eine Wirkung, die sich auszahlt (${breakEven}), ist nicht auszuschließen.`,
  },
  sv: {
    title: 'Belägg: följde försäljningen annonserna?',
    assumptions: [
      'Så räknas det: daglig försäljning (veckovis när de flesta dagar inte säljer något) mot annonskostnad (eller inlägg, eller räckvidd) som verkar vidare (hälften av en dags effekt dagen efter), med hänsyn till veckodagen, en rak trend, de andra kanalernas annonskostnad och inläggen; 95 %-intervall från en bootstrap över hela veckor (veckorna dras om många gånger). Kampanjer: deras dagar mot vad veckorna före förutsäger.',
      'Samvariation över tid är inget bevis: säsonger, väder, helgdagar och andra kampanjer påverkar också försäljningen och är inte bortrensade. "Inget belägg" betyder att en effekt som lönar sig är utesluten, inte att det inte finns någon.',
    ],
    nothing: (note) => `Inget att bedöma: ${note}.`,
    noteDefault: 'ingen daglig annonskostnad eller räckvidd',
    notes: {
      'no sales ledger: there are no sales to set against the spend': 'inga försäljningsfiler: det finns ingen försäljning att ställa mot annonskostnaden',
      'the sales ledgers do not cover the period': 'försäljningsfilerna täcker inte perioden',
      'no ad spend or reach by day in the period': 'ingen annonskostnad eller räckvidd per dag under perioden',
    },
    label: (who, driver) => {
      if (driver === 'reach') return who === null ? 'Räckvidd totalt' : `${who}-räckvidd`;
      if (driver === 'posts') return who === null ? 'Inlägg totalt' : `${who}-inlägg`;
      return who === null ? 'Alla annonser tillsammans' : `${who}-annonser`;
    },
    campaign: (name, from, to, spend, verdict) => `Kampanj ${name} (${from} till ${to}, ${spend} i annonser): ${verdict}`,
    unit: (driver, money, thousand) => (driver === 'reach' ? `${thousand} nådda personer` : driver === 'posts' ? 'inlägg' : `${money} i annonser`),
    weeks: (n, count) => `${count} ${plural('sv', n, { one: 'vecka', other: 'veckor' })}`,
    daysWeeks: (n, count, weeks, weeksCount) => `${count} ${plural('sv', n, { one: 'dag', other: 'dagar' })} (${weeksCount} ${plural('sv', weeks, { one: 'vecka', other: 'veckor' })})`,
    fewWeeks: (had, needed) => `för lite data: bara ${had} med försäljning; minst ${needed} veckor behövs för att skilja en effekt från veckans upp- och nedgångar.`,
    wholeWeeks: (n, count) => `${count} ${plural('sv', n, { one: 'hel vecka', other: 'hela veckor' })}`,
    days: (n, count) => `${count} ${plural('sv', n, { one: 'dag', other: 'dagar' })}`,
    noVariation: (driver) => {
      const what = driver === 'reach' ? 'räckvidden' : driver === 'posts' ? 'antalet inlägg' : 'annonskostnaden';
      return `för lite data: ${what} ändrades knappt från dag till dag (utöver veckodagen), så effekten går inte att skilja ut; veckor med mer och med mindre skulle visa det.`;
    },
    interval: (lower, upper) => `95 %-intervall ${lower} till ${upper}`,
    evidence: (unit, effect, interval, span) => `belägg för en effekt: ${effect} i försäljning per ${unit} (${interval}; ${span}).`,
    noEvidence: (atMost, unit, interval, breakEven, span) =>
      `inget belägg för en effekt som lönar sig: högst ${atMost} i försäljning per ${unit} (${interval}), mindre än de ${breakEven} som skulle behövas; ${span}.`,
    undecided: (interval, unit, breakEven, moreWeeks, currency) =>
      `för lite data: ${interval} (försäljning i ${currency} per ${unit}) rymmer både en effekt som lönar sig (${breakEven}) och ingen alls; ungefär ${moreWeeks} ${plural('sv', moreWeeks, { one: 'vecka', other: 'veckor' })} till som dessa skulle visa det.`,
    campaignTooShort: (preDays) => `för lite data: ${preDays} ${plural('sv', preDays, { one: 'dag', other: 'dagar' })} med försäljning före; tre veckor behövs för en jämförelse.`,
    extra: (extra, preDays, interval) => `${extra} i försäljning utöver vad de ${preDays} dagarna före förutsäger (${interval})`,
    campaignEvidence: (extra) => `belägg för en effekt: ${extra}.`,
    campaignNoEvidence: (extra, breakEven) => `inget belägg för en effekt som lönar sig: ${extra}, mindre än de ${breakEven} som skulle behövas.`,
    campaignUndecided: (extra, breakEven) => `för lite data: ${extra}; en effekt som lönar sig (${breakEven}) kan inte uteslutas.`,
  },
});

export function evidenceTitle(language: Language = 'en'): string {
  return EVIDENCE_TEXTS[language].title;
}

export function evidenceAssumptions(language: Language = 'en'): string[] {
  return EVIDENCE_TEXTS[language].assumptions;
}

/** The section's lines (without its title); empty when the report has no evidence block. */
export function evidenceLines(evidence: Evidence | undefined, currency: string, language: Language = 'en'): string[] {
  if (!evidence) return [];
  const texts = EVIDENCE_TEXTS[language];
  const numbers = numberStyle(language);
  if (evidence.channels.length === 0 && evidence.campaigns.length === 0) {
    const note = evidence.note === null ? texts.noteDefault : (texts.notes[evidence.note] ?? evidence.note);
    return [texts.nothing(note)];
  }
  const lines = evidence.channels.map((line) => `${texts.label(line.channel === 'all' ? null : channelName(language, line.channel), line.driver)}: ${lineVerdict(line, currency, texts, numbers)}`);
  for (const campaign of evidence.campaigns) {
    lines.push(texts.campaign(campaign.campaign, numbers.day(campaign.from), numbers.day(campaign.to), numbers.amount(campaign.spend, currency), campaignVerdict(campaign, currency, texts, numbers)));
  }
  return lines;
}

function span(line: EvidenceLine, texts: EvidenceTexts, numbers: NumberStyle): string {
  return line.unit === 'week' ? texts.weeks(line.n, numbers.count(line.n)) : texts.daysWeeks(line.n, numbers.count(line.n), line.weeks, numbers.count(line.weeks));
}

function lineVerdict(line: EvidenceLine, currency: string, texts: EvidenceTexts, numbers: NumberStyle): string {
  if (line.reason === 'few-weeks') {
    const had = line.unit === 'week' ? texts.wholeWeeks(line.n, numbers.count(line.n)) : texts.days(line.n, numbers.count(line.n));
    return texts.fewWeeks(had, line.unit === 'week' ? 8 : 4);
  }
  if (line.reason === 'no-variation') return texts.noVariation(line.driver);
  const [lower, upper] = line.interval!;
  const interval = texts.interval(numbers.money(lower), numbers.money(upper));
  const unit = texts.unit(line.driver, numbers.amount(1, currency), numbers.count(1000));
  if (line.verdict === 'evidence') return texts.evidence(unit, numbers.amount(line.effect!, currency), interval, span(line, texts, numbers));
  if (line.verdict === 'no-evidence') return texts.noEvidence(numbers.amount(Math.max(upper, 0), currency), unit, interval, numbers.money(line.breakEven), span(line, texts, numbers));
  return texts.undecided(interval, unit, numbers.money(line.breakEven), line.moreWeeks!, currency);
}

function campaignVerdict(campaign: CampaignEvidence, currency: string, texts: EvidenceTexts, numbers: NumberStyle): string {
  if (campaign.expected === null) return texts.campaignTooShort(campaign.preDays);
  const interval = texts.interval(numbers.money(campaign.interval![0]), numbers.money(campaign.interval![1]));
  const extra = texts.extra(numbers.amount(campaign.extra!, currency), campaign.preDays, interval);
  if (campaign.verdict === 'evidence') return texts.campaignEvidence(extra);
  if (campaign.verdict === 'no-evidence') return texts.campaignNoEvidence(extra, numbers.amount(campaign.breakEven, currency));
  return texts.campaignUndecided(extra, numbers.amount(campaign.breakEven, currency));
}
