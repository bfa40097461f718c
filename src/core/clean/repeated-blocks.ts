import { wordContainment } from '../text/overlap.js';
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
 *
 * Re-published copies edit every paragraph a little (a clause trimmed, a word changed), so some
 * copied paragraphs match nothing on their own. Between two copies whose originals stand the
 * same distance apart, the blocks in between are the copies of the originals in between, when
 * they share most of their words; so is the block just past either end of a copy.
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
  return (wordContainment(b, a) * b.length) / Math.max(a.length, b.length);
}

const setAlike = (a: ExtractedBlock, b: ExtractedBlock) => a.type === b.type && Boolean(a.hints?.emphasised) === Boolean(b.hints?.emphasised);

/** Words a copy and its original placed side by side share, relative to the shorter (a trimmed copy is shorter). */
const ALIGNED_SHARE = 0.6;
/** The shorter may have lost a clause, not most of the paragraph. */
const ALIGNED_LENGTH = 0.4;

function alignedCopy(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.length >= long.length * ALIGNED_LENGTH && wordContainment(short, long) >= ALIGNED_SHARE;
}

/**
 * Fills in the copies that edits hid: positions between two matched copies whose originals are
 * as far apart, and positions extending a copy at either end, are matched to the originals at
 * the same offsets when their words agree. `original` maps a repeat's position to its first
 * occurrence's; it is extended in place.
 */
function alignEdited(original: Map<number, number>, count: number, similar: (pos: number, orig: number) => boolean): void {
  const free = (pos: number, orig: number) => pos >= 0 && pos < count && orig >= 0 && orig < pos
    && !original.has(pos) && !original.has(orig) && similar(pos, orig);
  const matched = [...original.keys()].sort((a, b) => a - b);
  for (let k = 0; k + 1 < matched.length; k++) {
    const a = matched[k]!;
    const b = matched[k + 1]!;
    if (b - a < 2 || original.get(b)! - original.get(a)! !== b - a) continue;
    for (let p = a + 1; p < b; p++) if (free(p, original.get(a)! + p - a)) original.set(p, original.get(a)! + p - a);
  }
  for (const a of matched) {
    for (let step = -1; step <= 1; step += 2) {
      for (let p = a + step, o = original.get(a)! + step; free(p, o); p += step, o += step) original.set(p, o);
    }
  }
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
    /** Repeats matched on most of their words, not all: a copy only beside other repeats. */
    const edited = new Set<number>();

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
        // A bold or quoted line and a plain paragraph in other words are a pull quote and its
        // sentence, not two copies: near copies are set alike.
        const top = index.bestOverlap(shingles, (p) => {
          const n = words[p]!.length;
          return n >= w.length * NEAR_WORD_SHARE && w.length >= n * NEAR_WORD_SHARE && setAlike(block, blocks[alive[p]!]!);
        });
        if (top && top.count >= NEAR_SHINGLE_SHARE * Math.max(shingleCounts[pos]!, shingleCounts[top.id]!)
          && wordShare(w, words[top.id]!) >= NEAR_WORD_SHARE) {
          original.set(pos, top.id);
          edited.add(pos);
          return;
        }
      }
      index.add(pos, shingles);
    });

    alignEdited(original, alive.length, (pos, orig) => {
      const [a, b] = [blocks[alive[pos]!]!, blocks[alive[orig]!]!];
      const same = a.type !== 'figure' && setAlike(a, b) && alignedCopy(wordsAt(alive[pos]!), wordsAt(alive[orig]!));
      if (same) edited.add(pos);
      return same;
    });
    // The same image with the same caption twice is a copy at any length.
    const isLong = (pos: number) => blocks[alive[pos]!]!.type === 'figure' || wordsAt(alive[pos]!).length >= LONG_WORDS;
    // An edited repeat alone is as likely an echo the author meant (a refrain, a sentence quoted
    // back) as a copy: only exact ones stand alone.
    yield* copies(original, isLong, edited).map((pos) => alive[pos]!);
  },
};

/**
 * Which repeats are part of a copy: the long ones, and the short ones in a run of consecutive
 * repeats that holds a long one or follows its originals in order. A line that recurs three or
 * more times, each time alone among other text, is a template (an interviewer's question put to
 * every guest), not a copy, and stays however long it is.
 */
function copies(original: Map<number, number>, isLong: (pos: number) => boolean, edited: ReadonlySet<number>): number[] {
  const standsAlone = (pos: number) => isLong(pos) && !edited.has(pos);
  // An edited repeat belongs to the copy around it only in the copy's order (a pull quote in a
  // copy echoes a paragraph from elsewhere, and is left for the pull-quote rule to name).
  const inOrder = (run: readonly number[], k: number) => {
    const o = original.get(run[k]!)!;
    return (k === 0 || original.get(run[k - 1]!)! < o) && (k === run.length - 1 || o < original.get(run[k + 1]!)!);
  };
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
    const isCopy = !isTemplate && (run.some(standsAlone) || (run.length >= 2 && run.some(isLong)) || (run.length >= ALIGNED_RUN && aligned === run.length));
    out.push(...(isCopy ? run.filter((pos, k) => !edited.has(pos) || inOrder(run, k)) : isTemplate ? [] : run.filter(standsAlone)));
    start = end + 1;
  }
  return out;
}
