// Header matching is table-driven: each source lists the spellings it accepts per field, and
// headers are compared after folding case, accents, quote and dash styles and spacing.

const QUOTES = /["'„“”‚‘’«»`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const COMBINING = /[\u0300-\u036f]/g;

// Folded spellings, remembered: every detection folds the aliases of every kind again, and a folder
// of 500 exports folded the same few hundred strings some 400,000 times.
const folded = new Map<string, string>();
const FOLDED_KEPT = 10_000;

export function foldHeader(header: string): string {
  let fold = folded.get(header);
  if (fold === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(header, (fold = foldUncached(header)));
  }
  return fold;
}

function foldUncached(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(QUOTES, '')
    .replace(DASHES, '-')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Index of the first header that matches one of the aliases, or -1. */
export function findColumn(folded: readonly string[], aliases: readonly string[]): number {
  for (const alias of aliases) {
    const index = folded.indexOf(foldHeader(alias));
    if (index !== -1) return index;
  }
  return -1;
}

const CURRENCY_SUFFIX = /^(.*?)\s*\(([a-z]{3})\)$/;

/**
 * Finds a money column whose header may carry the currency, as Meta writes it: `Amount spent (USD)`.
 * Returns the column and the currency (upper case) or null where the header names none.
 */
export function findMoneyColumn(
  folded: readonly string[],
  aliases: readonly string[],
): { index: number; currency: string | null } {
  const wanted = aliases.map(foldHeader);
  for (let index = 0; index < folded.length; index++) {
    const header = folded[index]!;
    const match = CURRENCY_SUFFIX.exec(header);
    if (match && wanted.includes(match[1]!)) return { index, currency: match[2]!.toUpperCase() };
    if (wanted.includes(header)) return { index, currency: null };
  }
  return { index: -1, currency: null };
}
