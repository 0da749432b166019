// Each platform's order statuses mapped explicitly (ledgers.md §1.3, §1.5, §2, §12.6; report-json.md "Additions"):
// paid, refunded, awaiting payment (an order placed, its money not arrived: counts), unfinished (no order placed),
// cancelled and failed (no sale).
import { describe, expect, it } from 'vitest';
import { classifyStatus, exclusionOf, ledgerStatus, shopifyStatus, woocommerceStatus, type PaymentState } from '../../src/sources/order-status.js';

function mapped(classify: (raw: string) => PaymentState, words: string[]): Record<string, PaymentState> {
  return Object.fromEntries(words.map((word) => [word, classify(word)]));
}

describe('Shopify Financial Status (its API enum)', () => {
  it('pending, authorized and partially_paid await payment; paid and refunds are paid; voided is no sale', () => {
    expect(mapped(shopifyStatus, ['paid', 'partially_refunded', 'refunded', 'pending', 'authorized', 'partially_paid', 'voided', 'expired'])).toEqual({
      paid: 'paid',
      partially_refunded: 'paid',
      refunded: 'refunded',
      pending: 'awaiting',
      authorized: 'awaiting',
      partially_paid: 'awaiting',
      voided: 'failed',
      expired: 'failed',
    });
    // Case and spacing as a re-saved file may write them.
    expect(mapped(shopifyStatus, ['Pending', ' PARTIALLY_PAID ', 'Partially refunded'])).toEqual({ Pending: 'awaiting', ' PARTIALLY_PAID ': 'awaiting', 'Partially refunded': 'paid' });
  });
});

describe('WooCommerce order status (slugs and translated labels)', () => {
  it('on-hold awaits payment; pending ("Pending payment") and checkout-draft are unfinished checkouts', () => {
    expect(mapped(woocommerceStatus, ['on-hold', 'wc-on-hold', 'On hold', 'In Wartestellung', 'Pausad', 'En attente'])).toEqual({
      'on-hold': 'awaiting',
      'wc-on-hold': 'awaiting',
      'On hold': 'awaiting',
      'In Wartestellung': 'awaiting',
      Pausad: 'awaiting',
      'En attente': 'awaiting',
    });
    expect(mapped(woocommerceStatus, ['pending', 'wc-pending', 'Pending payment', 'Zahlung ausstehend', 'Väntar på betalning', 'Attente paiement', 'checkout-draft'])).toEqual({
      pending: 'unfinished',
      'wc-pending': 'unfinished',
      'Pending payment': 'unfinished',
      'Zahlung ausstehend': 'unfinished',
      'Väntar på betalning': 'unfinished',
      'Attente paiement': 'unfinished',
      'checkout-draft': 'unfinished',
    });
    expect(mapped(woocommerceStatus, ['processing', 'completed', 'Abgeschlossen', 'Slutförd', 'refunded', 'cancelled', 'Storniert', 'failed', 'trash'])).toEqual({
      processing: 'paid',
      completed: 'paid',
      Abgeschlossen: 'paid',
      Slutförd: 'paid',
      refunded: 'refunded',
      cancelled: 'cancelled',
      Storniert: 'cancelled',
      failed: 'failed',
      trash: 'cancelled',
    });
  });
});

describe('generic ledger status words (en, de, sv)', () => {
  it('money not yet arrived is an order awaiting payment, in any language; outside a WooCommerce export too', () => {
    for (const word of ['pending', 'Unpaid', 'Awaiting payment', 'Payment pending', 'Invoiced', 'on_hold', 'Cash on delivery', 'offen', 'Unbezahlt', 'Vorkasse', 'Rechnung offen', 'Zahlung ausstehend', 'Nachnahme', 'Überfällig', 'obetald', 'Faktura', 'Väntar på betalning', 'Förfallen', 'Postförskott']) {
      expect(ledgerStatus(word), word).toBe('awaiting');
    }
  });

  it('drafts and quotes are no order; cancelled and failed are no sale; anything else is paid', () => {
    expect(mapped(ledgerStatus, ['draft', 'Entwurf', 'Angebot', 'utkast', 'Offert'])).toEqual({ draft: 'unfinished', Entwurf: 'unfinished', Angebot: 'unfinished', utkast: 'unfinished', Offert: 'unfinished' });
    expect(mapped(ledgerStatus, ['storniert', 'Makulerad', 'canceled', 'fehlgeschlagen', 'Misslyckad', 'declined'])).toEqual({
      storniert: 'cancelled',
      Makulerad: 'cancelled',
      canceled: 'cancelled',
      fehlgeschlagen: 'failed',
      Misslyckad: 'failed',
      declined: 'failed',
    });
    expect(mapped(ledgerStatus, ['paid', 'bezahlt', 'betald', 'shipped', 'erstattet', ''])).toEqual({ paid: 'paid', bezahlt: 'paid', betald: 'paid', shipped: 'paid', erstattet: 'refunded', '': 'paid' });
  });
});

describe('exclusions and the older classification', () => {
  it('only no-sale states are left out, each under its reason', () => {
    expect((['paid', 'refunded', 'awaiting', 'unfinished', 'cancelled', 'failed'] as const).map(exclusionOf)).toEqual([null, null, null, 'pendingOrders', 'cancelledOrders', 'failedOrders']);
  });

  it('classifyStatus (the payment adapters\' fallback) keeps its meaning: awaiting and unfinished are both pending', () => {
    expect(['paid', 'refunded', 'pending', 'on-hold', 'draft', 'cancelled', 'voided'].map(classifyStatus)).toEqual(['counted', 'refunded', 'pending', 'pending', 'pending', 'cancelled', 'failed']);
  });
});
