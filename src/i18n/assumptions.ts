// The notes of `assumptions[]`: what the report took for granted where the configuration says
// nothing, in the reader's language (the keys and values stay as they are).
import { sayMessage, type MessageOf, type Texts } from './say.js';
import type { Language } from './language.js';
import { defineTexts } from './texts.js';

type CurrencyBasis = 'ledger' | 'ads' | 'default';

const en = {
  timezone: () => 'the system time zone; set "timezone" in smroi.config.json to fix it',
  currency: (p: { basis: CurrencyBasis }) =>
    `${{ ledger: "the sales ledger's currency", ads: "the ad account's currency", default: 'no input states a currency' }[p.basis]}; set "currency" to fix it`,
  margin: () => 'ROI is computed on revenue, not on gross profit; set "margin" (0..1)',
  time: () => 'the owner\'s time is not counted as a cost; set "time"',
  costs: () => 'no tool, freelancer or agency costs; set "costs"',
  paidOnly: (p: { left: number }) =>
    `only paid orders count (--paid-only or "paidOnly"): ${p.left} order${p.left === 1 ? '' : 's'} still awaiting payment (cash on delivery, invoice, bank transfer) ${p.left === 1 ? 'is' : 'are'} left out of every figure`,
  config: () => 'no smroi.config.json found; all defaults apply',
};

const de: Texts<typeof en> = {
  timezone: () => 'die Zeitzone des Systems; setzen Sie "timezone" in smroi.config.json, um sie festzulegen',
  currency: (p) =>
    `${{ ledger: 'die Währung der Verkaufsliste', ads: 'die Währung des Werbekontos', default: 'keine Eingabe nennt eine Währung' }[p.basis]}; setzen Sie "currency", um sie festzulegen`,
  margin: () => 'der ROI wird auf den Umsatz berechnet, nicht auf den Rohertrag; setzen Sie "margin" (0..1)',
  time: () => 'Ihre eigene Zeit zählt nicht als Kosten; setzen Sie "time"',
  costs: () => 'keine Kosten für Tools, Freelancer oder Agenturen; setzen Sie "costs"',
  paidOnly: (p, s) =>
    `nur bezahlte Bestellungen zählen (--paid-only oder "paidOnly"): ${s.count(p.left)} ${s.plural(p.left, 'Bestellung wartet', 'Bestellungen warten')} noch auf Zahlung (Nachnahme, Rechnung, Überweisung) und ${s.plural(p.left, 'fehlt', 'fehlen')} in jeder Zahl`,
  config: () => 'keine smroi.config.json gefunden; es gelten alle Voreinstellungen',
};

const sv: Texts<typeof en> = {
  timezone: () => 'systemets tidszon; ange "timezone" i smroi.config.json för att bestämma den',
  currency: (p) =>
    `${{ ledger: 'försäljningslistans valuta', ads: 'annonskontots valuta', default: 'ingen indata anger en valuta' }[p.basis]}; ange "currency" för att bestämma den`,
  margin: () => 'ROI beräknas på intäkter, inte på bruttovinst; ange "margin" (0..1)',
  time: () => 'din egen tid räknas inte som en kostnad; ange "time"',
  costs: () => 'inga kostnader för verktyg, frilansare eller byråer; ange "costs"',
  paidOnly: (p, s) =>
    `bara betalda ordrar räknas (--paid-only eller "paidOnly"): ${s.count(p.left)} ${s.plural(p.left, 'order som', 'ordrar som')} fortfarande inväntar betalning (postförskott, faktura, banköverföring) utelämnas ur alla siffror`,
  config: () => 'ingen smroi.config.json hittades; alla standardvärden gäller',
};

export const ASSUMPTION_TEXTS = defineTexts<Texts<typeof en>>({ en, de, sv });

export type AssumptionNote = MessageOf<typeof en>;

export function assumptionNote(note: AssumptionNote, language: Language): string {
  return sayMessage(ASSUMPTION_TEXTS[language], note, language);
}
