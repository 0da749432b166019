// The campaign key of report-json.md: NFKC, URL-decoded (`+` is a space), trimmed, lower-cased,
// runs of whitespace, underscores, dashes, dots and slashes folded into one `-`. Diacritics stay.
import { describe, expect, it } from 'vitest';
import { asciiSpellings, campaignKey, closestKey, editDistance, isNoCampaign, looksLikeCampaignId, transliterationMatches } from '../../src/join/campaign-key.js';

describe('campaignKey', () => {
  it('the contract examples', () => {
    expect(campaignKey('Herbst Aktion 2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('herbst_aktion_2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('HERBST-AKTION-2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('Brunch am Sonntag – Familien')).toBe('brunch-am-sonntag-familien'); // en dash
  });

  it('folds every kind of dash and runs of separators into one hyphen', () => {
    expect(campaignKey('Brunch am Sonntag — Familien')).toBe('brunch-am-sonntag-familien'); // em dash
    expect(campaignKey('Brunch am Sonntag \u2212 Familien')).toBe('brunch-am-sonntag-familien'); // minus sign
    expect(campaignKey('Brunch am Sonntag \u2011 Familien')).toBe('brunch-am-sonntag-familien'); // non-breaking hyphen
    expect(campaignKey('Herbst__Aktion - - 2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('Herbst\tAktion\u00a02026')).toBe('herbst-aktion-2026'); // tab, no-break space
  });

  it('trims, and drops leading and trailing separators', () => {
    expect(campaignKey('  Herbst Aktion 2026  ')).toBe('herbst-aktion-2026');
    expect(campaignKey('--Herbst Aktion 2026__')).toBe('herbst-aktion-2026');
    expect(campaignKey('_')).toBe('');
    expect(campaignKey('')).toBe('');
  });

  it('URL-decodes, with `+` as a space', () => {
    expect(campaignKey('Herbst%20Aktion%202026')).toBe('herbst-aktion-2026');
    expect(campaignKey('Brunch+am+Sonntag+–+Familien')).toBe('brunch-am-sonntag-familien');
    expect(campaignKey('Brunch+am+Sonntag+%E2%80%93+Familien')).toBe('brunch-am-sonntag-familien');
    expect(campaignKey('Fr%C3%BChling%202026')).toBe('frühling-2026');
    // A `%` that starts no escape is text.
    expect(campaignKey('50% Rabatt')).toBe('50%-rabatt');
  });

  it('applies NFKC: full-width letters and digits, ligatures, composed umlauts', () => {
    expect(campaignKey('Ｈｅｒｂｓｔ　Ａｋｔｉｏｎ　２０２６')).toBe('herbst-aktion-2026'); // full-width, ideographic space
    expect(campaignKey('Herbst％20Aktion')).toBe('herbst-aktion'); // a full-width percent escape, too
    expect(campaignKey('Ofﬁce Sale')).toBe('office-sale'); // ﬁ ligature
    expect(campaignKey('Fru\u0308hling')).toBe(campaignKey('Frühling')); // decomposed ü
    expect(campaignKey('Fru%CC%88hling')).toBe('frühling'); // decomposed ü, URL-encoded
  });

  it('keeps diacritics: Frühling is not fruhling', () => {
    expect(campaignKey('Frühling 2026')).toBe('frühling-2026');
    expect(campaignKey('Fruhling 2026')).toBe('fruhling-2026');
    expect(campaignKey('Frühling 2026')).not.toBe(campaignKey('Fruhling 2026'));
    expect(campaignKey('Kaffeerösterei Öffnung')).toBe('kaffeerösterei-öffnung');
  });

  it('folds dots, slashes and backslashes', () => {
    expect(campaignKey('herbst.aktion.2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('Herbst/Aktion/2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('Herbst \\ Aktion 2026')).toBe('herbst-aktion-2026');
    expect(campaignKey('Sale 09.2026 / DE')).toBe('sale-09-2026-de');
  });

  it('leaves other punctuation alone', () => {
    expect(campaignKey('Promo, Lima')).toBe('promo,-lima');
    expect(campaignKey('Brunch & Co')).toBe('brunch-&-co');
  });
});

describe('looksLikeCampaignId', () => {
  it('is true for 15-20 digit Meta IDs, kept as strings', () => {
    expect(looksLikeCampaignId('120246849180540596')).toBe(true); // above 2^53
    expect(looksLikeCampaignId(' 120246849180540596 ')).toBe(true);
    expect(looksLikeCampaignId('123456789012345')).toBe(true); // 15 digits
    expect(looksLikeCampaignId('12345678901234567890')).toBe(true); // 20 digits
  });

  it('is false for short numbers, Excel-mangled IDs and names', () => {
    expect(looksLikeCampaignId('12345678901234')).toBe(false); // 14 digits
    expect(looksLikeCampaignId('123456789012345678901')).toBe(false); // 21 digits
    expect(looksLikeCampaignId('1.20247E+17')).toBe(false);
    expect(looksLikeCampaignId('2026')).toBe(false);
    expect(looksLikeCampaignId('Herbst Aktion 2026')).toBe(false);
    expect(looksLikeCampaignId('')).toBe(false);
  });
});

describe('isNoCampaign', () => {
  it('recognises the values that mean "no campaign"', () => {
    for (const value of ['', '  ', '(not set)', '(direct)', '(none)', '(organic)', '(referral)', '(not provided)', '-', '(NOT SET)']) {
      expect(isNoCampaign(value), JSON.stringify(value)).toBe(true);
    }
    expect(isNoCampaign('Herbst Aktion 2026')).toBe(false);
    expect(isNoCampaign('none')).toBe(false);
  });
});

describe('did-you-mean suggestions', () => {
  it('editDistance is the Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('herbst-aktion-2026', 'herbst-aktion-2026')).toBe(0);
    expect(editDistance('herbst-aktion-2026', 'herbst-aktion-2062')).toBe(2);
    expect(editDistance('frühling', 'fruhling')).toBe(1);
  });

  const keys = ['herbst-aktion-2026', 'brunch-am-sonntag-familien', 'sommer-sale'];

  it('suggests the closest key within a sixth of the length (at least 2)', () => {
    expect(closestKey('herbst-aktion-2062', keys)).toBe('herbst-aktion-2026');
    expect(closestKey('herbstaktion-2026', keys)).toBe('herbst-aktion-2026');
    expect(closestKey('brunch-am-sonntag', keys)).toBe(null); // 9 edits > 2
    expect(closestKey('brunch-am-sonntag-familie', keys)).toBe('brunch-am-sonntag-familien');
    expect(closestKey('somer-sale', keys)).toBe('sommer-sale');
  });

  it('suggests nothing for unrelated names or an exact match', () => {
    expect(closestKey('winter-gala', keys)).toBe(null);
    expect(closestKey('herbst-aktion-2026', ['herbst-aktion-2026'])).toBe(null);
    expect(closestKey('abc', [])).toBe(null);
  });

  it('the threshold: short keys allow 2 edits, a 24-character key allows 4', () => {
    expect(closestKey('ab', ['xy'])).toBe('xy'); // 2 edits, the floor
    expect(closestKey('abc', ['xyz'])).toBe(null); // 3 edits
    expect(closestKey('herbst-aktion-2026', ['herbst-aktixx-2026'])).toBe('herbst-aktixx-2026'); // 2 edits, 18/6 = 3
    expect(closestKey('herbst-aktion-2026', ['herbst-axxxxn-2026'])).toBe(null); // 4 edits > 3
    expect(closestKey('brunch-am-sonntag-family', ['brunch-am-sonntag-faxxxx'])).toBe('brunch-am-sonntag-faxxxx'); // 4 edits, 24/6 = 4
    // The bench's false hint: 6 edits apart, no suggestion.
    expect(closestKey('google-torten-2026', ['hochzeit-torten-2026'])).toBe(null);
  });

  it('breaks ties by the alphabetically first key, whatever the order', () => {
    expect(closestKey('abcd', ['abce', 'abcc'])).toBe('abcc');
    expect(closestKey('abcd', ['abcc', 'abce'])).toBe('abcc');
  });
});

describe('asciiSpellings and transliterationMatches (German and Nordic letters folded)', () => {
  it('each letter one of its ways: ü ue/u, ä ae/a, ö oe/o, ß ss, å aa/a, æ ae, ø oe/o', () => {
    expect([...asciiSpellings('kürbiswochen')].sort()).toEqual(['kuerbiswochen', 'kurbiswochen']);
    expect([...asciiSpellings('größe')].sort()).toEqual(['groesse', 'grosse']);
    expect([...asciiSpellings('blåbær-smørrebrød')].sort()).toEqual([
      'blaabaer-smoerrebrod', 'blaabaer-smoerrebroed', 'blaabaer-smorrebrod', 'blaabaer-smorrebroed',
      'blabaer-smoerrebrod', 'blabaer-smoerrebroed', 'blabaer-smorrebrod', 'blabaer-smorrebroed',
    ]);
    expect([...asciiSpellings('herbst-aktion-2026')]).toEqual(['herbst-aktion-2026']);
  });

  it('past six such letters only the uniform foldings', () => {
    expect([...asciiSpellings('äöüäöüä')].sort()).toEqual(['aeoeueaeoeueae', 'aouaoua']);
  });

  it('matches a key and its folded spellings, not two foldings of each other', () => {
    expect(transliterationMatches('kuerbiswochen', 'kürbiswochen')).toBe(true);
    expect(transliterationMatches('kürbiswochen', 'kurbiswochen')).toBe(true);
    expect(transliterationMatches('kuerbiswochen', 'kurbiswochen')).toBe(false);
    expect(transliterationMatches('kürbiswochen', 'kürbiswochen')).toBe(false);
    expect(transliterationMatches('bar-tage', 'bär-tage')).toBe(true);
    expect(transliterationMatches('brot-abo', 'brot-abos')).toBe(false);
  });
});
