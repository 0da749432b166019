// `--map date=Belegdatum,amount=Brutto` (and "map" in smroi.config.json): names the columns of a
// ledger with unusual headers, in the field names of the generic ledger template.
import { say, UsageError } from './errors.js';
import { editDistance } from './join/campaign-key.js';

export const LEDGER_FIELDS = [
  'date',
  'order_id',
  'amount',
  'currency',
  'status',
  'refunded_amount',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'coupon_code',
  'channel',
] as const;

export type LedgerField = (typeof LEDGER_FIELDS)[number];
export type ColumnMap = Partial<Record<LedgerField, string>>;

export function parseMapOption(text: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) {
      throw new UsageError(say('BAD_MAP', { pair: pair.trim() }));
    }
    const field = pair.slice(0, at).trim();
    if (!(LEDGER_FIELDS as readonly string[]).includes(field)) {
      const suggestion = LEDGER_FIELDS.find((known) => editDistance(known, field.toLowerCase()) <= 2);
      throw new UsageError(say('BAD_MAP.unknownField', { field, suggestion: suggestion ?? '', known: LEDGER_FIELDS.join(', ') }));
    }
    map[field as LedgerField] = pair.slice(at + 1).trim();
  }
  return map;
}
