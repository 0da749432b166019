// Source values fold into channels. utm_source spellings for Meta alone run into dozens
// (`fb`, `facebook.com`, `Facebook_Ads`, `FB-Paid`, `Instagram_Stories`, `meta` ...).
import type { Channel } from '../model/records.js';

const RULES: readonly [RegExp, Channel][] = [
  // `tiktok`, `tiktok.com`, `vm.tiktok.com`, `tiktok_ads`, `TikTok Shop`, `tiktokshop`, `Tik Tok`.
  [/tik[\s_\-.]?tok/, 'tiktok'],
  [/^(ig|insta|instagram)([\s_\-.].*)?$|instagram/, 'instagram'],
  [/^(fb|fbig|facebook|meta|an|msg|messenger)([\s_\-.].*)?$|facebook|^m\.facebook|^l\.facebook/, 'facebook'],
  [/^(google|adwords|gclid|youtube)([\s_\-.].*)?$|google\.|googleads|^cpc$/, 'google'],
  [/(e-?mail|newsletter|mailchimp|klaviyo|brevo|sendinblue|rapidmail|cleverreach)/, 'email'],
];

/**
 * Folds a source (or `source / medium`) value into a channel; '' when the value says nothing.
 * The source part decides; the medium only helps when the source is missing (`(none) / email`).
 */
export function channelOfSource(raw: string): Channel | '' {
  const text = raw.trim().toLowerCase();
  if (text === '' || text === '(direct)' || text === '(not set)' || text === '(none)' || text === 'direct' || text === 'unknown') return '';
  const [source = '', medium = ''] = text.split(/\s*\/\s*/);
  const missing = (part: string) => part === '' || part === '(none)' || part === '(direct)' || part === '(not set)';
  // The medium is read only when the source is missing: `bing / cpc` is not Google.
  const candidate = missing(source) ? medium : source;
  if (!missing(candidate)) for (const [pattern, channel] of RULES) if (pattern.test(candidate)) return channel;
  if (/^(organic[\s_-]?search|paid[\s_-]?search)$/.test(text)) return 'google';
  if (/^(organic[\s_-]?social|paid[\s_-]?social)$/.test(text)) return '';
  if (text.startsWith('source: ')) return channelOfSource(text.slice(8));
  return source === '' || source === '(direct)' ? '' : 'other';
}
