// The registry: every export kind smroi reads. Adding a kind means one new file and one line here.
import { datevBuchungsstapel } from './datev-buchungsstapel.js';
import { etsySoldOrders } from './etsy-sold-orders.js';
import { facebookPosts } from './facebook-posts.js';
import { ga4 } from './ga4.js';
import { genericLedger } from './generic-ledger.js';
import { googleAds } from './google-ads.js';
import { instagramPosts } from './instagram-posts.js';
import { metaAds } from './meta-ads.js';
import { metaInsights } from './meta-insights.js';
import { paypalActivity } from './paypal-activity.js';
import { shopifyOrders } from './shopify-orders.js';
import { stripePayments } from './stripe-payments.js';
import type { Source } from './types.js';
import { universalAnalytics } from './universal-analytics.js';
import { woocommerceAnalytics } from './woocommerce-analytics.js';
import { woocommerceOrders } from './woocommerce-orders.js';

export const SOURCES: readonly Source[] = [shopifyOrders, metaAds, googleAds, metaInsights, ga4, universalAnalytics, facebookPosts, instagramPosts, stripePayments, paypalActivity, woocommerceAnalytics, woocommerceOrders, datevBuchungsstapel, etsySoldOrders, genericLedger];
