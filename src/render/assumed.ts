// The report currency, when smroi had to assume it: one line for the terminal and Markdown views
// (the JSON says it in `assumptions`). Computes nothing.
import type { Report } from '../report.js';

/** The line that says which currency the amounts were assumed to be in and how to set it, or null when an input or the configuration states it. */
export function currencyAssumptionLine(report: Report): string | null {
  const assumed = report.assumptions.find((assumption) => assumption.key === 'currency');
  if (!assumed) return null;
  const fix = 'set "currency" in smroi.config.json.';
  if (assumed.note.startsWith('no input states a currency')) return `Amounts assumed to be ${report.currency}: no input states a currency; ${fix}`;
  // The ad account's currency, taken for sales whose ledger names none (with no ledger there are no such amounts).
  if (assumed.note.startsWith("the ad account's currency") && report.totals.confirmed.orders !== null) {
    return `Sales amounts assumed to be ${report.currency}, the ad account's currency: no sales ledger states a currency; ${fix}`;
  }
  return null;
}
