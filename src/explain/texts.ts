// The words of `smroi explain` in English, German and Swedish. Numbers come in already laid out by
// numberStyle(language); the JSON's field names and codes never change with the language.
import type { Channel } from '../model/records.js';
import type { ExclusionReason } from '../sources/types.js';
import { defineTexts } from '../i18n/texts.js';
import type { ActivityMetric } from './build.js';

export interface ExplainTexts {
  campaignTitle(name: string): string;
  channelTitle(channel: string): string;
  names(list: readonly string[]): string;
  period(from: string, to: string, currency: string): string;
  orders(count: number): string;
  noOrders: string;
  leftOut(count: number): string;
  statusExclusions: string;
  spellings: string;
  activity(count: number): string;
  noActivity: string;
  overlaps(count: number): string;
  costs: string;
  noCosts: string;
  totals(kind: 'campaign' | 'channel'): string;
  revenue: string;
  refund: string;
  orderCount: string;
  awaiting: string;
  lineItem: string;
  rate(rate: string, currency: string): string;
  // Why a row belongs here.
  viaCampaign(text: string): string;
  viaCoupon(code: string): string;
  viaCampaignId(id: string): string;
  viaNone: string;
  joinCampaignId(id: string, campaign: string): string;
  joinAlias(from: string, to: string): string;
  joinFolded(from: string, to: string): string;
  channelStated(channel: string): string;
  channelSource(text: string, channel: string): string;
  channelOfCampaign(channel: string, configured: boolean): string;
  channelNone: string;
  // Left out.
  repeatedDownload(keptBy: string | undefined): string;
  exclusion: Record<ExclusionReason, string>;
  // Costs.
  timeCost(channel: string, hours: string, rate: string, months: string, amount: string): string;
  monthlyCost(name: string, amount: string, months: string, total: string): string;
  onceCost(name: string, date: string, amount: string): string;
  /** `1 month`, `1.50 months`: the months of the period a monthly cost is booked for. */
  months(text: string, value: number): string;
  metric: Record<ActivityMetric | 'orders' | 'revenue' | 'refunds' | 'awaitingPayment' | 'time' | 'other' | 'costTotal', string>;
  channel: Record<Channel, string>;
  lines: string;
  unknownLine: string;
}

const METRIC_EN = {
  adSpend: 'ad spend',
  impressions: 'impressions',
  reach: 'reach',
  likes: 'likes',
  follows: 'follows',
  engagements: 'engagements',
  profileVisits: 'profile visits',
  linkClicks: 'link clicks',
  sessions: 'visits',
  metaConversions: 'Meta claims (conversions)',
  metaValue: 'Meta claims (value)',
  ga4Conversions: 'GA4 claims (conversions)',
  ga4Value: 'GA4 claims (value)',
  googleConversions: 'Google Ads claims (conversions)',
  googleValue: 'Google Ads claims (value)',
  orders: 'orders',
  revenue: 'revenue',
  refunds: 'refunds',
  awaitingPayment: 'awaiting payment',
  time: 'your time',
  other: 'other costs',
  costTotal: 'total cost',
};

export const EXPLAIN_TEXTS = defineTexts<ExplainTexts>({
  en: {
    campaignTitle: (name) => `Campaign "${name}": what its figures are made of`,
    channelTitle: (channel) => `Channel ${channel}: what its figures are made of`,
    names: (list) => `Spelled in the files as: ${list.map((name) => `"${name}"`).join(', ')}`,
    period: (from, to, currency) => `Period ${from} to ${to}, amounts in ${currency}`,
    orders: (count) => `Orders the ledgers confirm (${count} row${count === 1 ? '' : 's'})`,
    noOrders: 'No ledger row counts here.',
    leftOut: (count) => `Orders left out (${count})`,
    statusExclusions: 'Left out by their status in these ledgers, which do not say the campaign of such an order',
    spellings: 'Spellings joined',
    activity: (count) => `Ad spend and attention, per file and day (${count})`,
    noActivity: 'No ad spend or attention counts here.',
    overlaps: (count) => `Counted from another export of the same data instead (${count}; see OVERLAPPING_EXPORT)`,
    costs: 'Configured costs shared out',
    noCosts: 'No configured cost is booked here.',
    totals: (kind) => `Totals (exactly what \`smroi audit\` reports for this ${kind})`,
    revenue: 'revenue',
    refund: 'refund',
    orderCount: 'order',
    awaiting: 'awaiting payment',
    lineItem: 'further row of an order',
    rate: (rate, currency) => `at ${rate} per ${currency}`,
    viaCampaign: (text) => `campaign "${text}" in the row`,
    viaCoupon: (code) => `coupon ${code}`,
    viaCampaignId: (id) => `campaign ID ${id}`,
    viaNone: 'names no campaign',
    joinCampaignId: (id, campaign) => `ID ${id} is "${campaign}" in the ad export`,
    joinAlias: (from, to) => `"${from}" is a configured alias of "${to}"`,
    joinFolded: (from, to) => `"${from}" is "${to}" with its letters folded`,
    channelStated: (channel) => `channel ${channel} as the file states it`,
    channelSource: (text, channel) => `source "${text}" is ${channel}`,
    channelOfCampaign: (channel, configured) => `channel ${channel} of the campaign (${configured ? 'configured' : 'where its ads ran'})`,
    channelNone: 'no channel stated',
    repeatedDownload: (keptBy) => (keptBy ? `also in ${keptBy}, a more recent download that counts it` : 'also in a more recent download that counts it'),
    exclusion: {
      rowsOutsidePeriod: 'outside the period',
      summaryRows: 'summary rows',
      cancelledOrders: 'cancelled',
      failedOrders: 'failed',
      pendingOrders: 'unfinished checkout',
      awaitingPaymentOrders: 'awaiting payment (--paid-only)',
      duplicateRowsDropped: 'repeated',
    },
    timeCost: (channel, hours, rate, months, amount) => `your time on ${channel}: ${hours} h a month × ${rate} × ${months} = ${amount}`,
    monthlyCost: (name, amount, months, total) => `"${name}": ${amount} a month × ${months} = ${total}`,
    onceCost: (name, date, amount) => `"${name}" on ${date}: ${amount}`,
    months: (text, value) => `${text} ${value === 1 ? 'month' : 'months'}`,
    metric: METRIC_EN,
    channel: { facebook: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok', social: 'social (unnamed)', google: 'Google', email: 'e-mail', other: 'other', unknown: 'unknown' },
    lines: 'lines',
    unknownLine: 'no line',
  },
  de: {
    campaignTitle: (name) => `Kampagne „${name}“: woraus ihre Zahlen bestehen`,
    channelTitle: (channel) => `Kanal ${channel}: woraus seine Zahlen bestehen`,
    names: (list) => `In den Dateien geschrieben als: ${list.map((name) => `„${name}“`).join(', ')}`,
    period: (from, to, currency) => `Zeitraum ${from} bis ${to}, Beträge in ${currency}`,
    orders: (count) => `Bestellungen, die die Verkaufslisten bestätigen (${count} ${count === 1 ? 'Zeile' : 'Zeilen'})`,
    noOrders: 'Keine Zeile einer Verkaufsliste zählt hier.',
    leftOut: (count) => `Nicht gezählte Bestellungen (${count})`,
    statusExclusions: 'Wegen ihres Status nicht gezählt, in diesen Verkaufslisten, die für solche Bestellungen keine Kampagne nennen',
    spellings: 'Zusammengeführte Schreibweisen',
    activity: (count) => `Werbeausgaben und Aufmerksamkeit, je Datei und Tag (${count})`,
    noActivity: 'Hier zählen keine Werbeausgaben und keine Aufmerksamkeit.',
    overlaps: (count) => `Stattdessen aus einem anderen Export derselben Daten gezählt (${count}; siehe OVERLAPPING_EXPORT)`,
    costs: 'Eingetragene Kosten, anteilig',
    noCosts: 'Hier sind keine eingetragenen Kosten gebucht.',
    totals: (kind) => `Summen (genau, was \`smroi audit\` für ${kind === 'campaign' ? 'diese Kampagne' : 'diesen Kanal'} ausweist)`,
    revenue: 'Umsatz',
    refund: 'Erstattung',
    orderCount: 'Bestellung',
    awaiting: 'Zahlung ausstehend',
    lineItem: 'weitere Zeile einer Bestellung',
    rate: (rate, currency) => `zu ${rate} je ${currency}`,
    viaCampaign: (text) => `Kampagne „${text}“ in der Zeile`,
    viaCoupon: (code) => `Gutscheincode ${code}`,
    viaCampaignId: (id) => `Kampagnen-ID ${id}`,
    viaNone: 'nennt keine Kampagne',
    joinCampaignId: (id, campaign) => `ID ${id} ist „${campaign}“ im Werbekonto-Export`,
    joinAlias: (from, to) => `„${from}“ ist als anderer Name von „${to}“ eingetragen`,
    joinFolded: (from, to) => `„${from}“ ist „${to}“ mit umschriebenen Umlauten`,
    channelStated: (channel) => `Kanal ${channel}, wie die Datei ihn nennt`,
    channelSource: (text, channel) => `Quelle „${text}“ ist ${channel}`,
    channelOfCampaign: (channel, configured) => `Kanal ${channel} der Kampagne (${configured ? 'eingetragen' : 'wo ihre Anzeigen liefen'})`,
    channelNone: 'kein Kanal genannt',
    repeatedDownload: (keptBy) => (keptBy ? `auch in ${keptBy}, einem neueren Download, der sie zählt` : 'auch in einem neueren Download, der sie zählt'),
    exclusion: {
      rowsOutsidePeriod: 'außerhalb des Zeitraums',
      summaryRows: 'Summenzeilen',
      cancelledOrders: 'storniert',
      failedOrders: 'fehlgeschlagen',
      pendingOrders: 'Kauf nicht abgeschlossen',
      awaitingPaymentOrders: 'Zahlung ausstehend (--paid-only)',
      duplicateRowsDropped: 'doppelt',
    },
    timeCost: (channel, hours, rate, months, amount) => `Ihre Zeit für ${channel}: ${hours} Std. im Monat × ${rate} × ${months} = ${amount}`,
    monthlyCost: (name, amount, months, total) => `„${name}“: ${amount} im Monat × ${months} = ${total}`,
    onceCost: (name, date, amount) => `„${name}“ am ${date}: ${amount}`,
    months: (text, value) => `${text} ${value === 1 ? 'Monat' : 'Monate'}`,
    metric: {
      adSpend: 'Werbeausgaben',
      impressions: 'Impressionen',
      reach: 'Reichweite',
      likes: 'Likes',
      follows: 'neue Follower',
      engagements: 'Interaktionen',
      profileVisits: 'Profilaufrufe',
      linkClicks: 'Link-Klicks',
      sessions: 'Besuche',
      metaConversions: 'von Meta beansprucht (Conversions)',
      metaValue: 'von Meta beansprucht (Wert)',
      ga4Conversions: 'von GA4 beansprucht (Conversions)',
      ga4Value: 'von GA4 beansprucht (Wert)',
      googleConversions: 'von Google Ads beansprucht (Conversions)',
      googleValue: 'von Google Ads beansprucht (Wert)',
      orders: 'Bestellungen',
      revenue: 'Umsatz',
      refunds: 'Erstattungen',
      awaitingPayment: 'Zahlung ausstehend',
      time: 'Ihre Zeit',
      other: 'sonstige Kosten',
      costTotal: 'Kosten gesamt',
    },
    channel: { facebook: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok', social: 'soziale Netzwerke (ohne Namen)', google: 'Google', email: 'E-Mail', other: 'sonstige', unknown: 'unbekannt' },
    lines: 'Zeilen',
    unknownLine: 'keine Zeile',
  },
  sv: {
    campaignTitle: (name) => `Kampanjen ”${name}”: vad siffrorna består av`,
    channelTitle: (channel) => `Kanalen ${channel}: vad siffrorna består av`,
    names: (list) => `Stavad i filerna som: ${list.map((name) => `”${name}”`).join(', ')}`,
    period: (from, to, currency) => `Period ${from} till ${to}, belopp i ${currency}`,
    orders: (count) => `Order som försäljningslistorna bekräftar (${count} ${count === 1 ? 'rad' : 'rader'})`,
    noOrders: 'Ingen rad i en försäljningslista räknas här.',
    leftOut: (count) => `Order som inte räknas (${count})`,
    statusExclusions: 'Inte räknade på grund av status, i dessa försäljningslistor, som inte anger kampanj för sådana order',
    spellings: 'Sammanslagna stavningar',
    activity: (count) => `Annonskostnad och uppmärksamhet, per fil och dag (${count})`,
    noActivity: 'Ingen annonskostnad eller uppmärksamhet räknas här.',
    overlaps: (count) => `Räknas i stället från en annan export av samma data (${count}; se OVERLAPPING_EXPORT)`,
    costs: 'Inlagda kostnader, fördelade',
    noCosts: 'Inga inlagda kostnader bokas här.',
    totals: (kind) => `Summor (exakt vad \`smroi audit\` redovisar för ${kind === 'campaign' ? 'kampanjen' : 'kanalen'})`,
    revenue: 'intäkter',
    refund: 'återbetalning',
    orderCount: 'order',
    awaiting: 'inväntar betalning',
    lineItem: 'ytterligare rad i en order',
    rate: (rate, currency) => `till ${rate} per ${currency}`,
    viaCampaign: (text) => `kampanjen ”${text}” på raden`,
    viaCoupon: (code) => `rabattkod ${code}`,
    viaCampaignId: (id) => `kampanj-ID ${id}`,
    viaNone: 'anger ingen kampanj',
    joinCampaignId: (id, campaign) => `ID ${id} är ”${campaign}” i annonsexporten`,
    joinAlias: (from, to) => `”${from}” är inlagt som ett annat namn för ”${to}”`,
    joinFolded: (from, to) => `”${from}” är ”${to}” med å, ä, ö utskrivna`,
    channelStated: (channel) => `kanalen ${channel} som filen anger`,
    channelSource: (text, channel) => `källan ”${text}” är ${channel}`,
    channelOfCampaign: (channel, configured) => `kampanjens kanal ${channel} (${configured ? 'inlagd' : 'där annonserna visades'})`,
    channelNone: 'ingen kanal angiven',
    repeatedDownload: (keptBy) => (keptBy ? `finns även i ${keptBy}, en senare nedladdning som räknar den` : 'finns även i en senare nedladdning som räknar den'),
    exclusion: {
      rowsOutsidePeriod: 'utanför perioden',
      summaryRows: 'summarader',
      cancelledOrders: 'avbeställd',
      failedOrders: 'misslyckad',
      pendingOrders: 'ej slutfört köp',
      awaitingPaymentOrders: 'inväntar betalning (--paid-only)',
      duplicateRowsDropped: 'upprepad',
    },
    timeCost: (channel, hours, rate, months, amount) => `din tid på ${channel}: ${hours} h i månaden × ${rate} × ${months} = ${amount}`,
    monthlyCost: (name, amount, months, total) => `”${name}”: ${amount} i månaden × ${months} = ${total}`,
    onceCost: (name, date, amount) => `”${name}” den ${date}: ${amount}`,
    months: (text, value) => `${text} ${value === 1 ? 'månad' : 'månader'}`,
    metric: {
      adSpend: 'annonskostnad',
      impressions: 'visningar',
      reach: 'räckvidd',
      likes: 'gilla-markeringar',
      follows: 'nya följare',
      engagements: 'interaktioner',
      profileVisits: 'profilbesök',
      linkClicks: 'länkklick',
      sessions: 'besök',
      metaConversions: 'Meta hävdar (konverteringar)',
      metaValue: 'Meta hävdar (värde)',
      ga4Conversions: 'GA4 hävdar (konverteringar)',
      ga4Value: 'GA4 hävdar (värde)',
      googleConversions: 'Google Ads hävdar (konverteringar)',
      googleValue: 'Google Ads hävdar (värde)',
      orders: 'order',
      revenue: 'intäkter',
      refunds: 'återbetalningar',
      awaitingPayment: 'inväntar betalning',
      time: 'din tid',
      other: 'övriga kostnader',
      costTotal: 'total kostnad',
    },
    channel: { facebook: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok', social: 'sociala medier (ej namngivna)', google: 'Google', email: 'e-post', other: 'övrigt', unknown: 'okänd' },
    lines: 'rader',
    unknownLine: 'ingen rad',
  },
});
