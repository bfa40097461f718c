import { ShingleIndex } from '../text/shingles.js';
import type { ExtractedBlock } from '../extract/index.js';
import type { CleaningRule } from './rule.js';

/**
 * Pages ship the body more than once (mobile and desktop copies, paginated and "full story"
 * copies, teasers); scrapers keep them all. The first occurrence in reading order stays.
 *
 * Exact copies match on their words; near copies (a few words edited, "advisor"/"adviser") match
 * when most of their 3-word shingles and words agree with one earlier block of similar length.
 *
 * Shorter lines repeat legitimately (an interviewer's question put to each guest, "Yes.", a
 * recipe step), so a repeat under LONG_WORDS goes only inside a copy: next to a long repeat, or
 * in a run of repeats that follows the earlier blocks in order.
 */

/** Near copies need enough words that "a few words' difference" is not a different sentence. */
const MIN_NEAR_WORDS = 12;
const NEAR_SHINGLE_SHARE = 0.5;
const NEAR_WORD_SHARE = 0.8;
/** A verbatim repeat this long is a copy wherever it stands. */
const LONG_WORDS = 20;
/** This many short repeats in a row, in the order of their originals, are a copied passage. */
const ALIGNED_RUN = 3;
const TEMPLATE_OCCURRENCES = 3;

/** Figures are the same figure only when they show the same image too. */
function keyOf(block: ExtractedBlock, words: readonly string[]): string {
  const key = words.join(' ');
  return block.type === 'figure' ? `${key} ${block.src ?? ''}` : key;
}

/** Multiset word overlap relative to the longer text. */
function wordShare(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) { shared++; counts.set(w, n - 1); }
  }
  return shared / Math.max(a.length, b.length);
}

export const repeatedBlocks: CleaningRule = {
  name: 'repeated-blocks',
  reason: 'repeated',
  why: 'A second copy of body text (mobile/desktop or paginated copies of the article) says nothing new.',
  *find({ blocks, alive, words: wordsAt, shingles: shinglesAt }) {
    const firstByKey = new Map<string, number>();
    const index = new ShingleIndex();
    const words: (readonly string[])[] = [];
    const shingleCounts: number[] = [];
    /** For each repeated block (by position in `alive`): the position of its first occurrence. */
    const original = new Map<number, number>();

    alive.forEach((i, pos) => {
      const block = blocks[i]!;
      const w = wordsAt(i);
      const key = keyOf(block, w);
      if (!key.trim()) return;
      const first = firstByKey.get(key);
      if (first !== undefined) {
        original.set(pos, first);
        return;
      }
      firstByKey.set(key, pos);
      const shingles = shinglesAt(i);
      words[pos] = w;
      shingleCounts[pos] = shingles.length;
      if (w.length >= MIN_NEAR_WORDS && block.type !== 'figure') {
        const top = index.bestOverlap(shingles, (p) => {
          const n = words[p]!.length;
          return n >= w.length * NEAR_WORD_SHARE && w.length >= n * NEAR_WORD_SHARE;
        });
        if (top && top.count >= NEAR_SHINGLE_SHARE * Math.max(shingleCounts[pos]!, shingleCounts[top.id]!)
          && wordShare(w, words[top.id]!) >= NEAR_WORD_SHARE) {
          original.set(pos, top.id);
          return;
        }
      }
      index.add(pos, shingles);
    });

    // The same image with the same caption twice is a copy at any length.
    const standsAlone = (pos: number) => blocks[alive[pos]!]!.type === 'figure' || wordsAt(alive[pos]!).length >= LONG_WORDS;
    yield* copies(original, standsAlone).map((pos) => alive[pos]!);
  },
};

/**
 * Which repeats are part of a copy: the long ones, and the short ones in a run of consecutive
 * repeats that holds a long one or follows its originals in order. A line that recurs three or
 * more times, each time alone among other text, is a template (an interviewer's question put to
 * every guest), not a copy, and stays however long it is.
 */
function copies(original: Map<number, number>, isLong: (pos: number) => boolean): number[] {
  const out: number[] = [];
  const positions = [...original.keys()].sort((a, b) => a - b);
  const occurrences = new Map<number, number>();
  for (const first of original.values()) occurrences.set(first, (occurrences.get(first) ?? 1) + 1);
  for (let start = 0; start < positions.length;) {
    let end = start;
    while (end + 1 < positions.length && positions[end + 1] === positions[end]! + 1) end++;
    const run = positions.slice(start, end + 1);
    let aligned = 1;
    for (let k = 1; k < run.length; k++) if (original.get(run[k]!)! > original.get(run[k - 1]!)!) aligned++;
    const isTemplate = run.length === 1 && occurrences.get(original.get(run[0]!)!)! >= TEMPLATE_OCCURRENCES;
    const isCopy = !isTemplate && (run.some(isLong) || (run.length >= ALIGNED_RUN && aligned === run.length));
    out.push(...(isCopy ? run : isTemplate ? [] : run.filter(isLong)));
    start = end + 1;
  }
  return out;
}
