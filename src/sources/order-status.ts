// Order statuses across shops and languages (ledgers.md §1.5, §2, §12.6). Each platform's words are mapped
// explicitly; a generic ledger's words (English, German, Swedish, French) by what they mean:
//  * paid: the money has arrived (`paid`, `completed`, anything not listed below);
//  * refunded: paid, then paid back (the refund is subtracted from the order);
//  * awaiting: an order placed whose money has not arrived yet (cash on delivery, invoice, bank transfer,
//    an authorised card). It is a sale: it counts, and is reported as awaitingPayment as well;
//  * unfinished: no order was placed (WooCommerce `pending` "Pending payment" is a checkout never completed,
//    a draft, a quote): no sale, left out as `pendingOrders`;
//  * cancelled, failed (voided, declined, expired): no sale.
import { foldHeader } from '../read/headers.js';

export type PaymentState = 'paid' | 'refunded' | 'awaiting' | 'unfinished' | 'cancelled' | 'failed';

/** The older, coarser classification, still used by payment adapters: `pending` is awaiting or unfinished. */
export type OrderStatus = 'counted' | 'refunded' | 'cancelled' | 'failed' | 'pending';

/** Status words of generic ledgers, folded (lower case, no diacritics, `-` and `_` as spaces). */
const LEDGER_WORDS: readonly [PaymentState, readonly string[]][] = [
  ['cancelled', [
    'cancelled', 'canceled', 'trash', 'reversed',
    'storniert', 'storno', 'annulliert', 'abgebrochen',
    'makulerad', 'makulerat', 'avbruten', 'avbrutet', 'annullerad', 'annulerad', 'avbokad',
    'annulee', 'annule',
  ]],
  ['failed', [
    'failed', 'declined', 'voided', 'void', 'denied', 'expired',
    'fehlgeschlagen', 'abgelehnt', 'abgelaufen', 'zahlung fehlgeschlagen',
    'misslyckad', 'misslyckades', 'nekad', 'nekat', 'betalning misslyckades',
    'echouee', 'echoue',
  ]],
  // No order was placed: nothing was bought, nothing is owed.
  ['unfinished', [
    'draft', 'checkout draft', 'abandoned', 'abandoned checkout', 'quote',
    'entwurf', 'angebot',
    'utkast', 'offert',
    'brouillon', 'devis',
  ]],
  // An order placed, its money not arrived yet.
  ['awaiting', [
    'pending', 'payment pending', 'pending payment', 'awaiting payment', 'unpaid', 'not paid', 'on hold',
    'authorized', 'authorised', 'partially paid', 'open', 'due', 'overdue', 'invoiced', 'invoice', 'invoice sent',
    'invoice open', 'cod', 'cash on delivery', 'bank transfer',
    'offen', 'unbezahlt', 'nicht bezahlt', 'ausstehend', 'zahlung ausstehend', 'wartend', 'warte auf zahlung',
    'in wartestellung', 'vorkasse', 'rechnung', 'rechnung offen', 'rechnung gestellt', 'auf rechnung', 'nachnahme',
    'teilbezahlt', 'teilweise bezahlt', 'uberfallig', 'faellig', 'fallig', 'autorisiert',
    'obetald', 'obetalt', 'obetalda', 'ej betald', 'inte betald', 'vantande', 'vantar', 'vantar pa betalning',
    'vantar betalning', 'faktura', 'fakturerad', 'faktura skickad', 'obetald faktura', 'forfallen', 'delbetald',
    'delvis betald', 'postforskott', 'reserverad', 'auktoriserad', 'pausad',
    'en attente', 'attente paiement', 'en attente de paiement', 'impaye', 'impayee',
  ]],
  ['refunded', [
    'refunded', 'returned',
    'erstattet', 'ruckerstattet', 'zuruckerstattet', 'zurueckerstattet', 'retourniert',
    'aterbetald', 'aterbetalad', 'aterbetalt', 'returnerad',
    'remboursee', 'rembourse',
  ]],
];

/** Shopify's `Financial Status` (its API enum, written in English by every shop; ledgers.md §1.3). */
const SHOPIFY: ReadonlyMap<string, PaymentState> = new Map([
  ['paid', 'paid'],
  ['partially refunded', 'paid'],
  ['refunded', 'refunded'],
  ['pending', 'awaiting'],
  ['authorized', 'awaiting'],
  ['partially paid', 'awaiting'],
  ['voided', 'failed'],
  ['expired', 'failed'],
]);

/**
 * WooCommerce order statuses, as slugs (`on-hold`, `wc-on-hold`) and as the labels of a translated shop.
 * `pending` ("Pending payment", de "Zahlung ausstehend", sv "Väntar på betalning", fr "Attente paiement") is a
 * checkout whose payment was never made: no order. `on-hold` ("On hold", "In Wartestellung", "Pausad",
 * "En attente") waits for a bank transfer or cheque: an order.
 */
const WOOCOMMERCE: ReadonlyMap<string, PaymentState> = new Map([
  ...(['processing', 'completed', 'in bearbeitung', 'abgeschlossen', 'fertiggestellt', 'behandlas', 'behandlar', 'slutford', 'en cours', 'terminee'] as const).map(
    (word) => [word, 'paid'] as const,
  ),
  ...(['on hold', 'in wartestellung', 'wartend', 'pausad', 'vantande', 'en attente', 'in attesa'] as const).map((word) => [word, 'awaiting'] as const),
  ...(['pending', 'pending payment', 'zahlung ausstehend', 'ausstehende zahlung', 'vantar pa betalning', 'attente paiement', 'en attente de paiement', 'checkout draft', 'draft', 'entwurf'] as const).map(
    (word) => [word, 'unfinished'] as const,
  ),
]);

function fold(raw: string): string {
  return foldHeader(raw).replace(/^wc-/, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const ledgerCache = new Map<string, PaymentState>();

/** A generic ledger's status word; a word not listed is a paid order. */
export function ledgerStatus(raw: string): PaymentState {
  let state = ledgerCache.get(raw);
  if (state === undefined) {
    const folded = fold(raw);
    state = 'paid';
    for (const [result, words] of LEDGER_WORDS) {
      if (words.includes(folded)) {
        state = result;
        break;
      }
    }
    ledgerCache.set(raw, state);
  }
  return state;
}

const shopifyCache = new Map<string, PaymentState>();

/** Shopify `Financial Status`; a value outside Shopify's enum is read as a ledger word. */
export function shopifyStatus(raw: string): PaymentState {
  let state = shopifyCache.get(raw);
  if (state === undefined) {
    state = SHOPIFY.get(fold(raw)) ?? ledgerStatus(raw);
    shopifyCache.set(raw, state);
  }
  return state;
}

const wooCache = new Map<string, PaymentState>();

/** WooCommerce order status (plugin exports and Analytics); other words are read as ledger words. */
export function woocommerceStatus(raw: string): PaymentState {
  let state = wooCache.get(raw);
  if (state === undefined) {
    state = WOOCOMMERCE.get(fold(raw)) ?? ledgerStatus(raw);
    wooCache.set(raw, state);
  }
  return state;
}

/** The older classification (Stripe's fallback): awaiting and unfinished are both `pending`. */
export function classifyStatus(raw: string): OrderStatus {
  const state = ledgerStatus(raw);
  return state === 'paid' ? 'counted' : state === 'awaiting' || state === 'unfinished' ? 'pending' : state;
}

/** True for the states that are no sale and are left out (with their exclusion reason). */
export function exclusionOf(state: PaymentState): 'cancelledOrders' | 'failedOrders' | 'pendingOrders' | null {
  if (state === 'cancelled') return 'cancelledOrders';
  if (state === 'failed') return 'failedOrders';
  if (state === 'unfinished') return 'pendingOrders';
  return null;
}
