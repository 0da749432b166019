// Source values fold into channels. utm_source spellings for Meta alone run into dozens
// (`fb`, `facebook.com`, `Facebook_Ads`, `FB-Paid`, `Instagram_Stories`, `meta` ...).
import { SOCIAL_CHANNELS, type Channel } from '../model/records.js';

const RULES: readonly [RegExp, Channel][] = [
  // `tiktok`, `tiktok.com`, `vm.tiktok.com`, `tiktok_ads`, `TikTok Shop`, `tiktokshop`, `Tik Tok`.
  [/tik[\s_\-.]?tok/, 'tiktok'],
  [/^(ig|insta|instagram)([\s_\-.].*)?$|instagram/, 'instagram'],
  [/^(fb|fbig|facebook|meta|an|msg|messenger)([\s_\-.].*)?$|facebook|^m\.facebook|^l\.facebook/, 'facebook'],
  [/^(google|adwords|gclid|youtube)([\s_\-.].*)?$|google\.|googleads|^cpc$/, 'google'],
  [/(e-?mail|newsletter|mailchimp|klaviyo|brevo|sendinblue|rapidmail|cleverreach)/, 'email'],
];

/** The channel groups of social networks: GA4's `Organic Social` and `Paid Social`, UA's `Social`. */
const SOCIAL_GROUP = /^\s*(organic[\s_-]?social|paid[\s_-]?social|social)\s*$/i;

/** True for a channel-group value that names social media (GA4 `Organic Social` / `Paid Social`, UA `Social`). No allocation: adapters call it per row. */
export function isSocialGroup(group: string): boolean {
  return SOCIAL_GROUP.test(group);
}

/**
 * Marks the source of a row whose channel group is social: `social: l.instagram.com / referral`.
 * channelOfSource reads it as the platform the source names (facebook, instagram, tiktok), and as
 * `social` (a social network the source does not name) otherwise, never as `other` or unknown.
 */
export const SOCIAL_GROUP_PREFIX = 'social: ';

/**
 * Folds a source (or `source / medium`) value into a channel; '' when the value says nothing.
 * The source part decides; the medium only helps when the source is missing (`(none) / email`).
 */
export function channelOfSource(raw: string): Channel | '' {
  const text = raw.trim().toLowerCase();
  if (text.startsWith(SOCIAL_GROUP_PREFIX)) {
    const named = channelOfSource(text.slice(SOCIAL_GROUP_PREFIX.length));
    return named !== '' && SOCIAL_CHANNELS.includes(named) ? named : 'social';
  }
  if (text === '' || text === '(direct)' || text === '(not set)' || text === '(none)' || text === 'direct' || text === 'unknown') return '';
  const [source = '', medium = ''] = text.split(/\s*\/\s*/);
  const missing = (part: string) => part === '' || part === '(none)' || part === '(direct)' || part === '(not set)';
  // The medium is read only when the source is missing: `bing / cpc` is not Google.
  const candidate = missing(source) ? medium : source;
  if (!missing(candidate)) for (const [pattern, channel] of RULES) if (pattern.test(candidate)) return channel;
  if (/^(organic[\s_-]?search|paid[\s_-]?search)$/.test(text)) return 'google';
  if (SOCIAL_GROUP.test(text)) return 'social';
  if (text.startsWith('source: ')) return channelOfSource(text.slice(8));
  return source === '' || source === '(direct)' ? '' : 'other';
}
