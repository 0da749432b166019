// Source values (utm_source, `source / medium`, referrers, GA4 channel groups) fold into channels.
import { describe, expect, it } from 'vitest';
import { channelOfSource, isSocialGroup } from '../../src/join/channels.js';

const cases = (table: [string, string][]) => {
  for (const [source, channel] of table) expect(channelOfSource(source), JSON.stringify(source)).toBe(channel);
};

describe('channelOfSource', () => {
  it('folds the Facebook spellings', () => {
    cases([
      ['fb', 'facebook'],
      ['FB', 'facebook'],
      ['facebook', 'facebook'],
      ['Facebook', 'facebook'],
      ['facebook.com', 'facebook'],
      ['m.facebook.com', 'facebook'],
      ['l.facebook.com', 'facebook'],
      ['lm.facebook.com', 'facebook'],
      ['l.facebook.com / referral', 'facebook'],
      ['FB-Paid', 'facebook'],
      ['Facebook_Ads', 'facebook'],
      ['fb_ads', 'facebook'],
      ['meta', 'facebook'],
      ['Meta Ads', 'facebook'],
      [' fb ', 'facebook'],
    ]);
  });

  it('folds the Instagram spellings', () => {
    cases([
      ['ig', 'instagram'],
      ['IG', 'instagram'],
      ['instagram', 'instagram'],
      ['Instagram_Stories', 'instagram'],
      ['instagram.com', 'instagram'],
      ['l.instagram.com / referral', 'instagram'],
      ['ig / social', 'instagram'],
      ['insta', 'instagram'],
    ]);
  });

  it('folds Google and email', () => {
    cases([
      ['google', 'google'],
      ['google / organic', 'google'],
      ['google / cpc', 'google'],
      ['www.google.de / referral', 'google'],
      ['youtube', 'google'],
      ['newsletter', 'email'],
      ['newsletter / email', 'email'],
      ['Newsletter_September', 'email'],
      ['mailchimp', 'email'],
      ['klaviyo / email', 'email'],
      ['e-mail', 'email'],
    ]);
  });

  it('folds TikTok spellings, TikTok Shop and TikTok ads into tiktok', () => {
    cases([
      ['tiktok', 'tiktok'],
      ['TikTok', 'tiktok'],
      ['tiktok.com', 'tiktok'],
      ['vm.tiktok.com / referral', 'tiktok'],
      ['tiktokshop', 'tiktok'],
      ['TikTok Shop', 'tiktok'],
      ['tiktok_ads / cpc', 'tiktok'],
      ['tiktok-ads', 'tiktok'],
      ['Tik Tok', 'tiktok'],
      ['(none) / tiktok', 'tiktok'],
    ]);
  });

  it('reads the medium only when the source is missing', () => {
    cases([
      ['(none) / email', 'email'],
      ['(not set) / email', 'email'],
      ['(direct) / (none)', ''],
      // The source decides: a Bing or TikTok ad click is not Google because its medium is `cpc`.
      ['bing / cpc', 'other'],
      ['tiktok / cpc', 'tiktok'],
      ['facebook / cpc', 'facebook'],
    ]);
  });

  it('folds GA4 default channel groups; social groups without a source are social, platform unknown', () => {
    cases([
      ['Organic Search', 'google'],
      ['Paid Search', 'google'],
      ['Paid Social', 'social'],
      ['Organic Social', 'social'],
      ['organic_social', 'social'],
      ['Social', 'social'], // UA's Default Channel Grouping
      ['Email', 'email'],
    ]);
  });

  it('reads a social channel group with a source (`social: <source>`) as the platform the source names, else social', () => {
    cases([
      ['social: facebook', 'facebook'],
      ['social: m.facebook.com / referral', 'facebook'],
      ['social: l.instagram.com', 'instagram'],
      ['social: instagram / paid', 'instagram'],
      ['social: ig', 'instagram'],
      // A network smroi has no channel for, a placeholder, a non-social source: never other or unknown.
      ['social: pinterest.com', 'social'],
      ['social: t.co / referral', 'social'],
      ['social: (not set)', 'social'],
      ['social: (direct) / (none)', 'social'],
      ['social: google / cpc', 'social'],
    ]);
    expect(isSocialGroup('Paid Social')).toBe(true);
    expect(isSocialGroup(' Organic Social ')).toBe(true);
    expect(isSocialGroup('Social')).toBe(true);
    expect(isSocialGroup('Organic Search')).toBe(false);
    expect(isSocialGroup('Organic Video')).toBe(false);
  });

  it('reads the `Source: X` form', () => {
    cases([
      ['Source: Facebook', 'facebook'],
      ['Source: fb', 'facebook'],
      ['Source: ig', 'instagram'],
      ['source: newsletter', 'email'],
      ['Source: tiktok', 'tiktok'],
    ]);
  });

  it('gives "" when the value says nothing', () => {
    cases([
      ['', ''],
      ['   ', ''],
      ['(direct)', ''],
      ['(not set)', ''],
      ['(none)', ''],
      ['direct', ''],
      ['Direct', ''],
      ['unknown', ''],
    ]);
  });

  it('gives "other" for sources it does not know', () => {
    cases([
      ['snapchat', 'other'],
      ['bing / organic', 'other'],
      ['duckduckgo', 'other'],
      ['pinterest.com / referral', 'other'],
      ['chatgpt.com / referral', 'other'],
      ['linktree', 'other'],
      ['metadata', 'other'], // `meta` only as a word of its own
      ['analytics', 'other'], // `an` (Audience Network) only as a word of its own
      ['figma', 'other'],
    ]);
  });
});
