/**
 * Word n-gram shingles and an inverted index over them: the linear-time way to ask "which earlier
 * block shares most of this block's wording" without comparing every pair of blocks.
 */

export const SHINGLE_SIZE = 3;

export function shinglesOf(words: readonly string[], size = SHINGLE_SIZE): string[] {
  if (words.length < size) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}

/**
 * Maps each shingle to the blocks holding it. A shingle found in very many blocks ("said on
 * Wednesday") says nothing about copying, and capping its posting list keeps lookups linear.
 */
export class ShingleIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly maxPostings = 12) {}

  add(id: number, shingles: Iterable<string>): void {
    for (const s of new Set(shingles)) {
      let list = this.postings.get(s);
      if (!list) this.postings.set(s, (list = []));
      if (list.length < this.maxPostings) list.push(id);
    }
  }

  /** Counts, per indexed block, how many distinct shingles of `shingles` it holds. */
  overlaps(shingles: Iterable<string>, accept: (id: number) => boolean): Map<number, number> {
    const counts = new Map<number, number>();
    for (const s of new Set(shingles)) {
      for (const id of this.postings.get(s) ?? []) {
        if (accept(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return counts;
  }
}

/** The entry with the highest count, ties to the earliest id. */
export function best(counts: Map<number, number>): { id: number; count: number } | null {
  let top: { id: number; count: number } | null = null;
  for (const [id, count] of counts) {
    if (!top || count > top.count || (count === top.count && id < top.id)) top = { id, count };
  }
  return top;
}
