// The campaign key of report-json.md: NFKC, URL-decoded (`+` is a space), trimmed, lower-cased,
// runs of whitespace, underscores, dashes, dots and slashes folded into one `-`. Diacritics stay in
// the key; spellings that differ only by a folded umlaut join in src/join/resolve.ts.

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

// German and Nordic letters and the ASCII spellings people type for them (report-json.md keeps
// diacritics in the key; the join also accepts these foldings, see transliterationMatches).
const FOLDS: Readonly<Record<string, readonly string[]>> = {
  ä: ['ae', 'a'],
  ö: ['oe', 'o'],
  ü: ['ue', 'u'],
  ß: ['ss'],
  å: ['aa', 'a'],
  æ: ['ae'],
  ø: ['oe', 'o'],
};
const FOLDABLE = /[äöüßåæø]/;
/** Beyond this many foldable letters only the two uniform foldings are tried (2^n grows fast). */
const MAX_MIXED_FOLDS = 6;

/**
 * Every ASCII spelling of a key: each German or Nordic letter folded one of its ways (ü → ue or u,
 * ä → ae or a, ö → oe or o, ß → ss, å → aa or a, æ → ae, ø → oe or o). A key without such letters
 * is its only spelling.
 */
export function asciiSpellings(key: string): Set<string> {
  if (!FOLDABLE.test(key)) return new Set([key]);
  const letters = [...key];
  const foldable = letters.filter((letter) => letter in FOLDS).length;
  if (foldable > MAX_MIXED_FOLDS) {
    const uniform = (choice: number) => letters.map((letter) => FOLDS[letter]?.[Math.min(choice, FOLDS[letter]!.length - 1)] ?? letter).join('');
    return new Set([uniform(0), uniform(1)]);
  }
  let spellings = [''];
  for (const letter of letters) {
    const options = FOLDS[letter] ?? [letter];
    spellings = spellings.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return new Set(spellings);
}

/** Whether two different keys are one name once German and Nordic letters are folded to ASCII. */
export function transliterationMatches(a: string, b: string): boolean {
  if (a === b) return false;
  const spellings = asciiSpellings(a);
  for (const spelling of asciiSpellings(b)) if (spellings.has(spelling)) return true;
  return false;
}

export function hasFoldableLetters(key: string): boolean {
  return FOLDABLE.test(key);
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
