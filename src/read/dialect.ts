// The dialect of a delimited file: a `sep=` first line (Excel, Meta Business Suite) decides;
// otherwise the candidate that splits the sample's lines most consistently wins.
const CANDIDATES = [',', ';', '\t', '|'] as const;

export interface Dialect {
  delimiter: string;
  /** The first line is `sep=X` and is not data. */
  hasSepLine: boolean;
}

export function sniffDialect(text: string): Dialect {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = /^"?sep=(.)"?\s*$/i.exec(firstLine);
  if (sep) return { delimiter: sep[1]!, hasSepLine: true };
  const lines = text
    .split(/\r?\n/)
    .slice(0, 60)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines.length > 1) lines.pop(); // the sample may cut the last line short
  let best: string = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const withIt = counts.filter((count) => count > 0);
    if (withIt.length === 0) continue;
    // Lines agreeing on the most common count, weighted by how many fields that count makes.
    const frequency = new Map<number, number>();
    for (const count of withIt) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [mode, agreeing] = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = agreeing * Math.log2(mode + 1);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return { delimiter: best, hasSepLine: false };
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) count++;
  }
  return count;
}
