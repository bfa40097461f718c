/**
 * How much of one word list another holds, counting repeats (a multiset): the measure for
 * "these are the same words, lightly edited" that shingles miss when one word in a short text
 * changed (a changed word breaks up to three of its shingles).
 */
export function wordContainment(part: readonly string[], whole: readonly string[]): number {
  if (!part.length) return 0;
  const counts = new Map<string, number>();
  for (const w of whole) counts.set(w, (counts.get(w) ?? 0) + 1);
  let held = 0;
  for (const w of part) {
    const n = counts.get(w) ?? 0;
    if (n > 0) { held++; counts.set(w, n - 1); }
  }
  return held / part.length;
}
