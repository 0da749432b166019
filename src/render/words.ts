// The words every report view shares (column heads, row labels, channel names, verdicts), in the
// reader's language. One catalogue (defineTexts: a word missing in one language does not build);
// the sentences of a section live beside the code that writes them, in the same pattern. English is
// exactly what the report has always printed (channel names and verdicts as the JSON spells them).
import type { Language } from '../i18n/language.js';
import { defineTexts } from '../i18n/texts.js';
import type { Channel } from '../model/records.js';
import type { Verdict } from '../report.js';
import type { Kpi } from '../economics/types.js';

export interface Words {
  orders: string;
  revenue: string;
  cost: string;
  roi: string;
  roas: string;
  costPerOrder: string;
  adSpend: string;
  yourTime: string;
  otherCosts: string;
  impressions: string;
  reachStar: string;
  likes: string;
  follows: string;
  engagements: string;
  visits: string;
  linkClicks: string;
  sessions: string;
  campaign: string;
  verdict: string;
  metaClaims: string;
  ga4Claims: string;
  googleClaims: string;
  namesInInputs: string;
  previous: string;
  current: string;
  change: string;
  /** Row labels. */
  socialMedia: string;
  allSalesBlended: string;
  allSales: string;
  all: string;
  channels: Record<Channel, string>;
  verdicts: Record<Verdict, string>;
  kpis: Record<Kpi, string>;
}

export const WORDS = defineTexts<Words>({
  en: {
    orders: 'Orders',
    revenue: 'Revenue',
    cost: 'Cost',
    roi: 'ROI',
    roas: 'ROAS',
    costPerOrder: 'Cost per order',
    adSpend: 'Ad spend',
    yourTime: 'Your time',
    otherCosts: 'Other costs',
    impressions: 'Impressions',
    reachStar: 'Reach*',
    likes: 'Likes',
    follows: 'Follows',
    engagements: 'Engagements',
    visits: 'Visits',
    linkClicks: 'Link clicks',
    sessions: 'Sessions',
    campaign: 'Campaign',
    verdict: 'Verdict',
    metaClaims: 'Meta claims',
    ga4Claims: 'GA4 claims',
    googleClaims: 'Google claims',
    namesInInputs: 'Names in the inputs',
    previous: 'Previous',
    current: 'Current',
    change: 'Change',
    socialMedia: 'Social media',
    allSalesBlended: 'All sales (blended)',
    allSales: 'All sales',
    all: 'All',
    channels: { facebook: 'facebook', instagram: 'instagram', tiktok: 'tiktok', social: 'social', google: 'google', email: 'email', other: 'other', unknown: 'unknown' },
    verdicts: { profitable: 'profitable', 'loss-making': 'loss-making', 'vanity-only': 'vanity-only', 'no-cost': 'no-cost' },
    kpis: {
      orders: 'orders',
      revenue: 'revenue',
      roi: 'roi',
      roas: 'roas',
      costPerOrder: 'costPerOrder',
      impressions: 'impressions',
      reach: 'reach',
      likes: 'likes',
      follows: 'follows',
      engagements: 'engagements',
      profileVisits: 'profileVisits',
      linkClicks: 'linkClicks',
      sessions: 'sessions',
    },
  },
  de: {
    orders: 'Bestellungen',
    revenue: 'Umsatz',
    cost: 'Kosten',
    roi: 'ROI',
    roas: 'ROAS',
    costPerOrder: 'Kosten pro Bestellung',
    adSpend: 'Werbeausgaben',
    yourTime: 'Ihre Zeit',
    otherCosts: 'Sonstige Kosten',
    impressions: 'Impressionen',
    reachStar: 'Reichweite*',
    likes: 'Likes',
    follows: 'Neue Follower',
    engagements: 'Interaktionen',
    visits: 'Besuche',
    linkClicks: 'Linkklicks',
    sessions: 'Sitzungen',
    campaign: 'Kampagne',
    verdict: 'Bewertung',
    metaClaims: 'Laut Meta',
    ga4Claims: 'Laut GA4',
    googleClaims: 'Laut Google',
    namesInInputs: 'Namen in den Dateien',
    previous: 'Vorher',
    current: 'Jetzt',
    change: 'Veränderung',
    socialMedia: 'Social Media',
    allSalesBlended: 'Alle Verkäufe (gesamt)',
    allSales: 'Alle Verkäufe',
    all: 'Alle',
    channels: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      tiktok: 'TikTok',
      social: 'andere soziale Netzwerke',
      google: 'Google',
      email: 'E-Mail',
      other: 'sonstige',
      unknown: 'unbekannt',
    },
    verdicts: { profitable: 'lohnt sich', 'loss-making': 'Verlust', 'vanity-only': 'nur Aufmerksamkeit', 'no-cost': 'ohne Kosten' },
    kpis: {
      orders: 'Bestellungen',
      revenue: 'Umsatz',
      roi: 'ROI',
      roas: 'ROAS',
      costPerOrder: 'Kosten pro Bestellung',
      impressions: 'Impressionen',
      reach: 'Reichweite',
      likes: 'Likes',
      follows: 'Neue Follower',
      engagements: 'Interaktionen',
      profileVisits: 'Profilbesuche',
      linkClicks: 'Linkklicks',
      sessions: 'Sitzungen',
    },
  },
  sv: {
    orders: 'Ordrar',
    revenue: 'Intäkter',
    cost: 'Kostnad',
    roi: 'ROI',
    roas: 'ROAS',
    costPerOrder: 'Kostnad per order',
    adSpend: 'Annonskostnad',
    yourTime: 'Din tid',
    otherCosts: 'Övriga kostnader',
    impressions: 'Visningar',
    reachStar: 'Räckvidd*',
    likes: 'Gilla-markeringar',
    follows: 'Nya följare',
    engagements: 'Interaktioner',
    visits: 'Besök',
    linkClicks: 'Länkklick',
    sessions: 'Sessioner',
    campaign: 'Kampanj',
    verdict: 'Bedömning',
    metaClaims: 'Enligt Meta',
    ga4Claims: 'Enligt GA4',
    googleClaims: 'Enligt Google',
    namesInInputs: 'Namn i filerna',
    previous: 'Förra',
    current: 'Nu',
    change: 'Förändring',
    socialMedia: 'Sociala medier',
    allSalesBlended: 'All försäljning (totalt)',
    allSales: 'All försäljning',
    all: 'Alla',
    channels: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      tiktok: 'TikTok',
      social: 'andra sociala medier',
      google: 'Google',
      email: 'e-post',
      other: 'övrigt',
      unknown: 'okänd',
    },
    verdicts: { profitable: 'lönsam', 'loss-making': 'förlust', 'vanity-only': 'bara uppmärksamhet', 'no-cost': 'utan kostnad' },
    kpis: {
      orders: 'ordrar',
      revenue: 'intäkter',
      roi: 'ROI',
      roas: 'ROAS',
      costPerOrder: 'kostnad per order',
      impressions: 'visningar',
      reach: 'räckvidd',
      likes: 'gilla-markeringar',
      follows: 'nya följare',
      engagements: 'interaktioner',
      profileVisits: 'profilbesök',
      linkClicks: 'länkklick',
      sessions: 'sessioner',
    },
  },
});

export function words(language: Language = 'en'): Words {
  return WORDS[language];
}

/** A channel as the reader calls it (English: as the JSON spells it); a name no catalogue knows stays as it is. */
export function channelName(language: Language, channel: string): string {
  return (WORDS[language].channels as Record<string, string>)[channel] ?? channel;
}
