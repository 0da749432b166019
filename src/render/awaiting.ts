// What the terminal and Markdown reports say about orders awaiting payment (confirmed.awaitingPayment) and
// about the orders left out: the same sentences in both, so the two never disagree. Computes nothing.
import type { Language } from '../i18n/language.js';
import { numberStyle } from '../i18n/numbers.js';
import { defineTexts, plural } from '../i18n/texts.js';
import type { Report } from '../report.js';
import { channelName } from './words.js';

const AWAITING_TEXTS = defineTexts({
  en: {
    awaiting: (orders: number, what: string) => {
      const one = orders === 1;
      return `${what} ${one ? 'is' : 'are'} still awaiting payment (cash on delivery, invoice, bank transfer); ${one ? 'it counts as a sale' : 'they count as sales'}. --paid-only leaves ${one ? 'it' : 'them'} out.`;
    },
    ordersWorth: (orders: number, count: string, amount: string) => `${count} order${orders === 1 ? '' : 's'} (${amount})`,
    byChannel: (list: string) => `by channel: ${list}`,
    byCampaign: (list: string) => `by campaign: ${list}`,
    where: (parts: string) => `Awaiting payment ${parts}.`,
    cancelled: (_n: number, count: string) => `${count} cancelled`,
    failed: (_n: number, count: string) => `${count} failed or voided`,
    pending: (_n: number, count: string) => `${count} unfinished (checkout or payment never completed)`,
    awaitingLeftOut: (_n: number, count: string) => `${count} awaiting payment (only paid orders count)`,
    leftOut: (parts: string) => `Orders left out: ${parts}.`,
  },
  de: {
    awaiting: (orders: number, what: string) => {
      const one = orders === 1;
      return `${what} ${one ? 'ist' : 'sind'} noch nicht bezahlt (Nachnahme, Rechnung, Überweisung); ${one ? 'sie zählt' : 'sie zählen'} als Verkauf. Mit --paid-only ${one ? 'bleibt sie' : 'bleiben sie'} draußen.`;
    },
    ordersWorth: (orders: number, count: string, amount: string) => `${count} ${plural('de', orders, { one: 'Bestellung', other: 'Bestellungen' })} (${amount})`,
    byChannel: (list: string) => `nach Kanal: ${list}`,
    byCampaign: (list: string) => `nach Kampagne: ${list}`,
    where: (parts: string) => `Noch nicht bezahlt ${parts}.`,
    cancelled: (_n: number, count: string) => `${count} storniert`,
    failed: (_n: number, count: string) => `${count} fehlgeschlagen oder ungültig`,
    pending: (_n: number, count: string) => `${count} nicht abgeschlossen (Kauf oder Zahlung nie beendet)`,
    awaitingLeftOut: (_n: number, count: string) => `${count} noch nicht bezahlt (nur bezahlte Bestellungen zählen)`,
    leftOut: (parts: string) => `Nicht mitgezählte Bestellungen: ${parts}.`,
  },
  sv: {
    awaiting: (orders: number, what: string) => {
      const one = orders === 1;
      return `${what} är ännu inte ${one ? 'betald' : 'betalda'} (postförskott, faktura, banköverföring); ${one ? 'den räknas' : 'de räknas'} som försäljning. --paid-only räknar inte med ${one ? 'den' : 'dem'}.`;
    },
    ordersWorth: (orders: number, count: string, amount: string) => `${count} ${plural('sv', orders, { one: 'order', other: 'ordrar' })} (${amount})`,
    byChannel: (list: string) => `per kanal: ${list}`,
    byCampaign: (list: string) => `per kampanj: ${list}`,
    where: (parts: string) => `Ännu inte betalt ${parts}.`,
    cancelled: (n: number, count: string) => `${count} ${plural('sv', n, { one: 'avbruten', other: 'avbrutna' })}`,
    failed: (n: number, count: string) => `${count} ${plural('sv', n, { one: 'misslyckad eller makulerad', other: 'misslyckade eller makulerade' })}`,
    pending: (n: number, count: string) => `${count} ${plural('sv', n, { one: 'ofullbordad', other: 'ofullbordade' })} (köpet eller betalningen slutfördes aldrig)`,
    awaitingLeftOut: (n: number, count: string) => `${count} ännu inte ${plural('sv', n, { one: 'betald', other: 'betalda' })} (bara betalda ordrar räknas)`,
    leftOut: (parts: string) => `Ordrar som inte räknas: ${parts}.`,
  },
});

/**
 * One sentence on what is still outstanding, then where it is (channels, campaigns); nothing when no order
 * awaits payment.
 */
export function awaitingLines(report: Report, language: Language = 'en'): string[] {
  const awaiting = report.totals.confirmed.awaitingPayment;
  if (awaiting === null || awaiting.orders === 0) return [];
  const texts = AWAITING_TEXTS[language];
  const numbers = numberStyle(language);
  // English has always left the currency out here (the sentence before names it); German and Swedish write it.
  const inParentheses = (value: number) => (language === 'en' ? numbers.money(value) : numbers.amount(value, report.currency));
  const lines = [texts.awaiting(awaiting.orders, texts.ordersWorth(awaiting.orders, numbers.count(awaiting.orders), numbers.amount(awaiting.revenue, report.currency)))];
  const where = (entries: { name: string; awaiting: { orders: number; revenue: number } | null }[]) =>
    entries
      .filter((entry) => entry.awaiting !== null && entry.awaiting.orders > 0)
      .map((entry) => `${entry.name} ${numbers.count(entry.awaiting!.orders)} (${inParentheses(entry.awaiting!.revenue)})`);
  const channels = where(report.channels.map((channel) => ({ name: channelName(language, channel.channel), awaiting: channel.confirmed.awaitingPayment })));
  const campaigns = where(report.campaigns.map((campaign) => ({ name: campaign.campaign, awaiting: campaign.confirmed.awaitingPayment })));
  const parts = [channels.length ? texts.byChannel(channels.join(', ')) : '', campaigns.length ? texts.byCampaign(campaigns.join(', ')) : ''].filter(Boolean);
  if (parts.length) lines.push(texts.where(parts.join('; ')));
  return lines;
}

/** "Orders left out: 2 cancelled, 1 unfinished …." or null when none was left out. */
export function leftOutLine(report: Report, language: Language = 'en'): string | null {
  const texts = AWAITING_TEXTS[language];
  // English has always written these counts as plain digits.
  const count = (value: number) => (language === 'en' ? String(value) : numberStyle(language).count(value));
  const excluded = report.exclusions;
  const parts = [
    excluded.cancelledOrders && texts.cancelled(excluded.cancelledOrders, count(excluded.cancelledOrders)),
    excluded.failedOrders && texts.failed(excluded.failedOrders, count(excluded.failedOrders)),
    excluded.pendingOrders && texts.pending(excluded.pendingOrders, count(excluded.pendingOrders)),
    excluded.awaitingPaymentOrders && texts.awaitingLeftOut(excluded.awaitingPaymentOrders, count(excluded.awaitingPaymentOrders)),
  ].filter(Boolean);
  return parts.length ? texts.leftOut(parts.join(', ')) : null;
}
