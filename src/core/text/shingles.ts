/**
 * Word n-gram shingles and an inverted index over them: the linear-time way to ask "which earlier
 * block shares most of this block's wording" without comparing every pair of blocks.
 *
 * Shingles are numbers, not joined strings: on a page of 50,000 paragraphs the strings and the
 * maps keyed by them cost more than all the comparisons.
 */

export const SHINGLE_SIZE = 3;

/** Word ids take 17 bits, so three of them fit exactly in a double's 53-bit integer range. */
const ID_BITS = 17;
const ID_SPAN = 2 ** ID_BITS;

/**
 * Turns word lists into distinct shingle numbers, with word ids shared by every text it sees.
 * Past 131,071 distinct words ids wrap, and two shingles may then share a number: that can only
 * add a rare spurious overlap, where every test that uses overlaps asks for half or more.
 */
export class Shingler {
  private readonly ids = new Map<string, number>();

  private id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = (this.ids.size % (ID_SPAN - 1)) + 1));
    return id;
  }

  /** The distinct shingles of `words`; a text shorter than a shingle is one shingle of its own. */
  of(words: readonly string[]): number[] {
    const ids = words.map((w) => this.id(w));
    // Id 0 never occurs, so a short text's padded number cannot equal a full shingle's.
    if (ids.length < SHINGLE_SIZE) return ids.length ? [((ids[0]! * ID_SPAN) + (ids[1] ?? 0)) * ID_SPAN] : [];
    const out = new Set<number>();
    for (let i = 0; i + SHINGLE_SIZE <= ids.length; i++) out.add((ids[i]! * ID_SPAN + ids[i + 1]!) * ID_SPAN + ids[i + 2]!);
    return [...out];
  }
}

/**
 * Maps each shingle to the blocks holding it (ids are small non-negative integers, such as block
 * positions). A shingle found in very many blocks ("said on Wednesday") says nothing about
 * copying, and capping its posting list keeps lookups linear.
 */
export class ShingleIndex {
  private readonly postings = new Map<number, number[]>();
  /** Scratch counters per id, reset after each query: no map allocated per lookup. */
  private counts = new Int32Array(64);

  constructor(private readonly maxPostings = 12) {}

  /** `shingles` must be distinct (as Shingler.of returns them). */
  add(id: number, shingles: readonly number[]): void {
    if (id >= this.counts.length) {
      const grown = new Int32Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    for (const s of shingles) {
      let list = this.postings.get(s);
      if (!list) this.postings.set(s, (list = []));
      if (list.length < this.maxPostings) list.push(id);
    }
  }

  /**
   * The accepted indexed block sharing the most of the distinct `shingles`, ties to the earliest
   * id, with how many it shares; null when none shares any.
   */
  bestOverlap(shingles: readonly number[], accept: (id: number) => boolean): { id: number; count: number } | null {
    const counts = this.counts;
    const touched: number[] = [];
    for (const s of shingles) {
      const list = this.postings.get(s);
      if (!list) continue;
      for (const id of list) if (counts[id]!++ === 0) touched.push(id);
    }
    let top: { id: number; count: number } | null = null;
    for (const id of touched) {
      const count = counts[id]!;
      counts[id] = 0;
      if ((!top || count > top.count || (count === top.count && id < top.id)) && accept(id)) top = { id, count };
    }
    return top;
  }
}
