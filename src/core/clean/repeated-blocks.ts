import { matchKey, wordsOf } from '../text/normalize.js';
import { best, ShingleIndex, shinglesOf } from '../text/shingles.js';
import type { ExtractedBlock } from '../extract/index.js';
import type { CleaningRule } from './rule.js';

/**
 * Pages ship the body more than once (mobile and desktop copies, paginated and "full story"
 * copies, teasers); scrapers keep them all. The first occurrence in reading order stays.
 *
 * Exact copies match on their words; near copies (a few words edited, "advisor"/"adviser") match
 * when most of their 3-word shingles and words agree with one earlier block of similar length.
 * Short blocks ("'Brutal offensive'", "Yes.") repeat legitimately, so they go only as part of a
 * run of repeated long blocks, never alone.
 */

const MIN_NEAR_WORDS = 6;
const NEAR_SHINGLE_SHARE = 0.5;
const NEAR_WORD_SHARE = 0.8;
const SHORT_WORDS = 6;

function keyOf(block: ExtractedBlock): string {
  const key = matchKey(block.type === 'list' ? (block.items ?? []).join(' ') : block.text);
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
  *find({ blocks, alive }) {
    const firstByKey = new Map<string, number>();
    const index = new ShingleIndex();
    const words: string[][] = [];
    const shingleCounts: number[] = [];
    /** Position in `alive` of each repeated block, and whether it is long enough to stand alone. */
    const repeated = new Map<number, boolean>();

    alive.forEach((i, pos) => {
      const block = blocks[i]!;
      const key = keyOf(block);
      if (!key.trim()) return;
      const w = wordsOf(key);
      const isShort = w.length < SHORT_WORDS;
      if (firstByKey.has(key)) {
        repeated.set(pos, !isShort);
        return;
      }
      firstByKey.set(key, pos);
      const shingles = shinglesOf(w);
      words[pos] = w;
      shingleCounts[pos] = new Set(shingles).size;
      if (w.length >= MIN_NEAR_WORDS && block.type !== 'figure') {
        const top = best(index.overlaps(shingles, (p) => {
          const n = words[p]!.length;
          return n >= w.length * NEAR_WORD_SHARE && w.length >= n * NEAR_WORD_SHARE;
        }));
        if (top && top.count >= NEAR_SHINGLE_SHARE * Math.max(shingleCounts[pos]!, shingleCounts[top.id]!)
          && wordShare(w, words[top.id]!) >= NEAR_WORD_SHARE) {
          repeated.set(pos, true);
          return;
        }
      }
      index.add(pos, shingles);
    });

    // Short repeats go only when they sit inside a run of long repeats (a heading in a copied body).
    const inRun = new Set<number>();
    for (const [pos, long] of repeated) {
      if (!long) continue;
      inRun.add(pos);
      for (const step of [-1, 1]) {
        for (let p = pos + step; repeated.get(p) === false && !inRun.has(p); p += step) inRun.add(p);
      }
    }
    for (const pos of [...inRun].sort((a, b) => a - b)) yield alive[pos]!;
  },
};
