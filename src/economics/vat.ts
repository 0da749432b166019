// VAT as ledgers state it. Revenue in the report is gross (contract); the net basis takes out the
// tax the ledger states for each order, scaled to the part of the order that was not refunded
// (a refund gives back its share of the tax too).

/**
 * The tax that remains in an order's revenue after a refund: `tax × (total − refund) / total`.
 * An order refunded in full keeps no tax; an order with a total of 0 or less keeps none either.
 */
export function keptTax(total: number, tax: number, refund: number): number {
  if (!(total > 0) || !(tax === tax)) return 0;
  const kept = Math.min(Math.max(total - refund, 0), total);
  return (tax * kept) / total;
}

/** The VAT contained in a gross amount at a rate (0.19 for 19 %): `gross × rate / (1 + rate)`. */
export function vatOfGross(gross: number, rate: number): number {
  return (gross * rate) / (1 + rate);
}

/**
 * DATEV tax keys (Steuerschlüssel, "BU-Schlüssel") for output VAT on sales: 1 tax-free, 2 = 7 %,
 * 3 = 19 %, 5 = 16 % (second half of 2020). Input-tax keys (7, 8, 9) do not occur on revenue and
 * give null, as do unknown keys; the four-digit spellings (`0003`) are read as their number.
 */
const DATEV_SALES_KEYS: ReadonlyMap<number, number> = new Map([
  [1, 0],
  [2, 0.07],
  [3, 0.19],
  [5, 0.16],
]);

export function datevVatRate(key: string): number | null {
  const text = key.trim();
  if (!/^\d{1,4}$/.test(text)) return null;
  return DATEV_SALES_KEYS.get(Number(text)) ?? null;
}

/** Revenue on a basis: gross as stated, or net = gross minus the tax the ledgers state. */
export type RevenueBasis = 'gross' | 'net';

export function revenueOnBasis(grossRevenue: number, tax: number, basis: RevenueBasis): number {
  return basis === 'net' ? grossRevenue - (tax === tax ? tax : 0) : grossRevenue;
}
