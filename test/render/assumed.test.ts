// The one line that says which currency the amounts were assumed to be in (terminal and Markdown views).
import { describe, expect, it } from 'vitest';
import { currencyAssumptionLine } from '../../src/render/assumed.js';
import type { Report } from '../../src/report.js';

/** The parts of a report the line reads. */
function report(note: string | null, ledgerOrders: number | null, currency = 'EUR'): Report {
  return {
    currency,
    assumptions: note === null ? [] : [{ key: 'currency', value: currency, note }],
    totals: { confirmed: { orders: ledgerOrders } },
  } as unknown as Report;
}

describe('currencyAssumptionLine', () => {
  it('names the assumed currency and the setting when no input states one', () => {
    expect(currencyAssumptionLine(report('no input states a currency; set "currency" to fix it', 4))).toBe(
      'Amounts assumed to be EUR: no input states a currency; set "currency" in smroi.config.json.',
    );
  });

  it('says that sales were taken in the ad account’s currency when their ledger names none', () => {
    expect(currencyAssumptionLine(report('the ad account\'s currency; set "currency" to fix it', 12, 'SEK'))).toBe(
      'Sales amounts assumed to be SEK, the ad account\'s currency: no sales ledger states a currency; set "currency" in smroi.config.json.',
    );
    // Without a ledger no amount was assumed: the ad export states its own currency.
    expect(currencyAssumptionLine(report('the ad account\'s currency; set "currency" to fix it', null))).toBeNull();
  });

  it('recognises the note in the language the report was written in', () => {
    // The German note, exactly as build-report writes it with --lang de (src/i18n/assumptions.ts).
    expect(currencyAssumptionLine(report('keine Eingabe nennt eine Währung; setzen Sie "currency", um sie festzulegen', 4), 'de')).toBe(
      'Beträge als EUR angenommen: keine Datei nennt eine Währung; tragen Sie "currency" in smroi.config.json ein.',
    );
    expect(currencyAssumptionLine(report('annonskontots valuta; ange "currency" för att bestämma den', 3, 'SEK'), 'sv')).toBe(
      'Försäljningsbeloppen antas vara i SEK, annonskontots valuta: ingen försäljningsfil anger någon valuta; ange "currency" i smroi.config.json.',
    );
  });

  it('is null when the ledger or the configuration states the currency', () => {
    expect(currencyAssumptionLine(report('the sales ledger\'s currency; set "currency" to fix it', 4))).toBeNull();
    expect(currencyAssumptionLine(report(null, 4))).toBeNull();
  });
});
