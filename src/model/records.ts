// The canonical vocabulary. Every adapter maps its rows onto CanonicalRecord; nothing after the
// adapters knows which export a number came from.

export const METRIC_NAMES = [
  'impressions',
  'reach',
  'likes',
  'follows',
  'engagements',
  'profileVisits',
  'linkClicks',
  'sessions',
  'metaConversions',
  'metaValue',
  'ga4Conversions',
  'ga4Value',
  'orders',
  'revenue',
  'refunds',
  'adSpend',
  // Appended last so that every earlier slot keeps its index. VAT contained in `revenue`, as the
  // ledger states it, scaled to the part of the order that was not refunded.
  'tax',
  // The part of `orders` / `revenue` whose money has not arrived yet (cash on delivery, invoice,
  // bank transfer, an authorised card): an order placed counts, and is reported apart as well.
  'awaitingOrders',
  'awaitingRevenue',
  // What Google Ads itself claims (conversions and conversion value), kept apart like Meta's.
  'googleConversions',
  'googleValue',
  // Posts published (one per post of a posts export, on its publish day): the evidence section sets
  // sales against them. Not a report figure.
  'posts',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];
export const METRIC_COUNT = METRIC_NAMES.length;

/** Slot of each metric in a record's or bucket's Float64Array. */
export const M = Object.fromEntries(METRIC_NAMES.map((name, index) => [name, index])) as {
  readonly [K in MetricName]: number;
};

/** Metrics that are amounts of money and so carry a currency. */
export const MONEY_METRICS: readonly number[] = [M.metaValue, M.ga4Value, M.revenue, M.refunds, M.adSpend, M.tax, M.awaitingRevenue, M.googleValue];

// `social`: a social network the source does not name (GA4's `Organic Social` / `Paid Social`).
// Eight channels at most: the cell key gives the channel three bits (src/join/aggregate.ts).
export const CHANNELS = ['facebook', 'instagram', 'tiktok', 'social', 'google', 'email', 'other', 'unknown'] as const;
/** Channels whose orders social media can be credited with (`totals.attributed`). */
export const SOCIAL_CHANNELS: readonly Channel[] = ['facebook', 'instagram', 'tiktok', 'social'];
export type Channel = (typeof CHANNELS)[number];

/**
 * One row of any export, normalized. Adapters fill one instance per file and pass it to the sink
 * again and again (no allocation per row); the sink copies what it keeps.
 */
export interface CanonicalRecord {
  /** Day number (days since 1970-01-01) in the report's time zone. */
  day: number;
  /** Last day covered; equals `day` for daily rows, later for whole-range rows (no daily breakdown). */
  dayTo: number;
  /** Campaign name or ID as written ('' when the row names none). */
  campaign: string;
  /** The ad platform's campaign ID when the export has one ('' otherwise). */
  campaignId: string;
  /** Discount code ('' when none). */
  coupon: string;
  /** Source / medium / referrer text as written, folded into a channel later ('' when none). */
  source: string;
  /** Channel the adapter knows for certain ('' when it must come from `source` or the campaign). */
  channel: Channel | '';
  /** ISO 4217 code of the money values ('' when the export does not say). */
  currency: string;
  /** One slot per metric (see M); NaN where the row does not carry the metric. */
  values: Float64Array;
  /** Order or post reference, used to recognise the same data in overlapping exports ('' when none). */
  ref: string;
  /**
   * The platform's own identity of the order (or payment) the row belongs to, to count an order that
   * several downloads of one shop hold once (src/join/order-identity.ts): Shopify `Id`, else `Name`;
   * WooCommerce order number; Stripe payment id; PayPal transaction ID; a generic ledger's order
   * number. Every row of one order carries it (line items too); a row that is an event of its own
   * (a refund row on its own day) carries one of its own. '' when the export has none (DATEV).
   */
  identity: string;
  /** Physical line of the row in its file. */
  line: number;
}

export function newRecord(): CanonicalRecord {
  return {
    day: 0,
    dayTo: 0,
    campaign: '',
    campaignId: '',
    coupon: '',
    source: '',
    channel: '',
    currency: '',
    values: new Float64Array(METRIC_COUNT).fill(NaN),
    ref: '',
    identity: '',
    line: 0,
  };
}

/** Clears a reused record before the adapter fills it for the next row. */
export function resetRecord(record: CanonicalRecord): void {
  record.campaign = '';
  record.campaignId = '';
  record.coupon = '';
  record.source = '';
  record.channel = '';
  record.currency = '';
  record.ref = '';
  record.identity = '';
  record.values.fill(NaN);
}
