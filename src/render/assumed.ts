// The report currency, when smroi had to assume it: one line for the terminal and Markdown views
// (the JSON says it in `assumptions`). Computes nothing.
import { assumptionNote } from '../i18n/assumptions.js';
import type { Language } from '../i18n/language.js';
import { defineTexts } from '../i18n/texts.js';
import type { Report } from '../report.js';

const ASSUMED_TEXTS = defineTexts({
  en: {
    noInput: (currency: string) => `Amounts assumed to be ${currency}: no input states a currency; set "currency" in smroi.config.json.`,
    adAccount: (currency: string) => `Sales amounts assumed to be ${currency}, the ad account's currency: no sales ledger states a currency; set "currency" in smroi.config.json.`,
  },
  de: {
    noInput: (currency: string) => `Beträge als ${currency} angenommen: keine Datei nennt eine Währung; tragen Sie "currency" in smroi.config.json ein.`,
    adAccount: (currency: string) =>
      `Verkaufsbeträge als ${currency} angenommen, die Währung des Werbekontos: keine Verkaufsdatei nennt eine Währung; tragen Sie "currency" in smroi.config.json ein.`,
  },
  sv: {
    noInput: (currency: string) => `Beloppen antas vara i ${currency}: ingen fil anger någon valuta; ange "currency" i smroi.config.json.`,
    adAccount: (currency: string) => `Försäljningsbeloppen antas vara i ${currency}, annonskontots valuta: ingen försäljningsfil anger någon valuta; ange "currency" i smroi.config.json.`,
  },
});

/** The line that says which currency the amounts were assumed to be in and how to set it, or null when an input or the configuration states it. */
export function currencyAssumptionLine(report: Report, language: Language = 'en'): string | null {
  const assumed = report.assumptions.find((assumption) => assumption.key === 'currency');
  if (!assumed) return null;
  const texts = ASSUMED_TEXTS[language];
  // The note says which basis was assumed; it is in the report's language (i18n/assumptions.ts writes it).
  const said = (basis: 'default' | 'ads') => assumed.note === assumptionNote({ code: 'currency', params: { basis } }, language);
  if (said('default')) return texts.noInput(report.currency);
  // The ad account's currency, taken for sales whose ledger names none (with no ledger there are no such amounts).
  if (said('ads') && report.totals.confirmed.orders !== null) return texts.adAccount(report.currency);
  return null;
}
