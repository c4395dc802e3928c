/** Edit distance for "did you mean …?" hints and near-duplicate tags. */

/** Optimal-string-alignment distance: a swapped pair of letters ("phsihing") counts as one edit. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Hyphens are ignored so "two-factor" and "twofactor" count as the same word. */
function normalize(word: string): string {
  return word.replace(/-/g, "");
}

/** How far a mistyped slug may be from a real one and still be worth suggesting. */
function tolerance(word: string): number {
  return word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
}

/**
 * One edit apart (a typo, a plural, a hyphen): "phising" vs "phishing", "private-key" vs
 * "private-keys". Stricter than suggestions, because "north-korea" and "south-korea" are both real.
 */
export function isNearDuplicate(a: string, b: string): boolean {
  if (a === b) return false;
  return editDistance(normalize(a), normalize(b)) <= 1;
}

/** The closest candidate within tolerance, alphabetical on ties; undefined when nothing is close. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  const nw = normalize(word);
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(nw, normalize(candidate));
    if (distance > tolerance(nw)) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate < best.candidate)) best = { candidate, distance };
  }
  return best?.candidate;
}

export function didYouMean(word: string, candidates: Iterable<string>, render: (s: string) => string = (s) => `"${s}"`): string {
  const match = closestMatch(word, candidates);
  return match ? `; did you mean ${render(match)}?` : "";
}
