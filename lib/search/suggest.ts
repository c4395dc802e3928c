/**
 * "Did you mean …?" for search: when a query finds nothing, the closest word from the archive's
 * own vocabulary (tags, attack vectors, exchange names, statuses), by edit distance.
 */
import { closestMatch } from "@/lib/edit-distance";

/** The words a suggestion may come from: each phrase whole ("two-factor") and word by word ("two", "factor"). */
export function searchVocabulary(phrases: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const lower = phrase.toLowerCase().trim();
    if (lower === "") continue;
    words.add(lower);
    for (const word of lower.split(/[^a-z0-9]+/)) if (word.length >= 3) words.add(word);
  }
  return [...words].sort();
}

/** "phising" → "phishing"; "okex phising" → "okex phishing"; undefined when no word has a close neighbour. */
export function suggestSearchTerm(query: string, vocabulary: readonly string[]): string | undefined {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const known = new Set(vocabulary);
  let changed = false;
  const suggested = words.map((word) => {
    if (known.has(word) || word.length < 3) return word;
    const match = closestMatch(word, vocabulary);
    if (!match) return word;
    changed = true;
    return match;
  });
  return changed ? suggested.join(" ") : undefined;
}
