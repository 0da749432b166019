// The registry: every export kind smroi reads. Adding a kind means one new file and one line here.
import { facebookPosts } from './facebook-posts.js';
import { ga4 } from './ga4.js';
import { genericLedger } from './generic-ledger.js';
import { instagramPosts } from './instagram-posts.js';
import { metaAds } from './meta-ads.js';
import { metaInsights } from './meta-insights.js';
import { shopifyOrders } from './shopify-orders.js';
import type { Source } from './types.js';

export const SOURCES: readonly Source[] = [shopifyOrders, metaAds, metaInsights, ga4, facebookPosts, instagramPosts, genericLedger];
