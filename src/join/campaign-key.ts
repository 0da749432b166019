// The campaign key of report-json.md: NFKC, URL-decoded (`+` is a space), trimmed, lower-cased,
// runs of whitespace, underscores, dashes, dots and slashes folded into one `-`. Diacritics stay.

const SEPARATORS = /[\s_\-\u2010-\u2015\u2212./\\]+/g;

export function campaignKey(name: string): string {
  let text = name.normalize('NFKC');
  if (text.includes('%') || text.includes('+')) text = urlDecode(text).normalize('NFKC'); // escapes may spell decomposed letters
  return text
    .trim()
    .toLowerCase()
    .replace(SEPARATORS, '-')
    .replace(/^-+|-+$/g, '');
}

function urlDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced; // a lone `%` is text, not an escape
  }
}

/** Meta campaign IDs are 15-20 digit numbers; kept as strings, never as JS numbers. */
export function looksLikeCampaignId(value: string): boolean {
  return /^\d{15,20}$/.test(value.trim());
}

/** Campaign values that mean "no campaign" in analytics and shop exports. */
export function isNoCampaign(value: string): boolean {
  const text = value.trim().toLowerCase();
  return text === '' || text === '(not set)' || text === '(direct)' || text === '(none)' || text === '(organic)' || text === '(referral)' || text === '(not provided)' || text === '-';
}

/** Levenshtein distance, for did-you-mean suggestions between campaign keys. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest key within a few edits of the name, or null. */
export function closestKey(key: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === key) continue;
    const distance = editDistance(key, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A typo is one or two edits; a sixth of the name allows a little more for long names without
  // suggesting `hochzeit-torten-2026` for `google-torten-2026`.
  return best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 6)) ? best : null;
}
