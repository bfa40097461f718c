import type { RemovalReason } from '../article.js';
import type { ExtractedBlock, ExtractedMeta } from '../extract/index.js';
import type { Shingler } from '../text/shingles.js';

export interface RuleContext {
  /** Every extracted block, in reading order; indices are stable across rules. */
  readonly blocks: readonly ExtractedBlock[];
  /** Indices of the blocks no earlier rule has removed, in reading order. */
  readonly alive: readonly number[];
  readonly meta: ExtractedMeta;
  /** The words of block i (see wordsOf), computed once per cleaning run and shared by the rules. */
  words(i: number): readonly string[];
  /** The distinct shingles of block i's words, computed once per cleaning run. */
  shingles(i: number): readonly number[];
  /** Shingles of other word lists, numbered consistently with `shingles`. */
  readonly shingler: Shingler;
}

/**
 * One cleaning rule: a name (recorded with every removal), the reason category the reader sees,
 * and a one-line account of why it exists. Rules only point at blocks; the pipeline removes them
 * and records what went, so nothing disappears silently.
 */
export interface CleaningRule {
  readonly name: string;
  readonly reason: RemovalReason;
  readonly why: string;
  /**
   * The rule judges each block on its own (see perBlockRule): what it finds in a pass it finds in
   * the first, so the passes that follow removals skip it.
   */
  readonly perBlock?: true;
  find(ctx: RuleContext): Iterable<number>;
}

/** Rules that judge each block on its own. */
export function perBlockRule(
  name: string,
  reason: RemovalReason,
  why: string,
  test: (block: ExtractedBlock, meta: ExtractedMeta, words: () => readonly string[]) => boolean,
): CleaningRule {
  return {
    name, reason, why, perBlock: true,
    *find({ blocks, alive, meta, words }) {
      for (const i of alive) if (test(blocks[i]!, meta, () => words(i))) yield i;
    },
  };
}
