// Order statuses across shops and languages. Cancelled, voided and failed orders are no sales;
// pending ones may never be paid, so they are reported apart, not as revenue.
import { foldHeader } from '../read/headers.js';

export type OrderStatus = 'counted' | 'refunded' | 'cancelled' | 'failed' | 'pending';

const STATUS_WORDS: readonly [OrderStatus, readonly string[]][] = [
  ['cancelled', ['cancelled', 'canceled', 'storniert', 'annulliert', 'abgebrochen', 'makulerad', 'avbruten', 'annulerad', 'trash', 'annulee', 'annule']],
  ['failed', ['failed', 'declined', 'voided', 'void', 'denied', 'fehlgeschlagen', 'abgelehnt', 'misslyckad', 'nekad', 'expired', 'echouee', 'echoue', 'misslyckades']],
  ['pending', ['pending', 'unpaid', 'on-hold', 'on hold', 'authorized', 'authorised', 'ausstehend', 'offen', 'wartend', 'vantande', 'obetald', 'draft', 'partially_paid', 'checkout-draft', 'in wartestellung', 'zahlung ausstehend', 'en attente', 'attente paiement', 'en attente de paiement', 'vantar pa betalning', 'pausad']],
  ['refunded', ['refunded', 'erstattet', 'ruckerstattet', 'aterbetald', 'aterbetalad', 'returned', 'zuruckerstattet', 'zurueckerstattet', 'remboursee', 'rembourse']],
];

const cache = new Map<string, OrderStatus>();

export function classifyStatus(raw: string): OrderStatus {
  let status = cache.get(raw);
  if (status === undefined) {
    const folded = foldHeader(raw).replace(/^wc-/, '');
    status = 'counted';
    for (const [result, words] of STATUS_WORDS) {
      if (words.includes(folded)) {
        status = result;
        break;
      }
    }
    cache.set(raw, status);
  }
  return status;
}
