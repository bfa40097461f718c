import type { Extraction } from '../extract/index.js';
import { matchKey, wordsOf } from '../text/normalize.js';
import { wordContainment } from '../text/overlap.js';
import { flowTrail, trailOf } from './flow.js';
import { cleanBlocks, RULES, type Cleaned } from './index.js';

/**
 * A cleaner must never do worse than the extractor it cleans. When the cleaned text looks
 * broken next to what extraction kept (the words of one of its longest paragraphs gone from it,
 * or most of its distinct text), the rules that did it are undone and cleaning runs again
 * without them; the article says which rules were undone and why. Removing a copy or an echo
 * whose words the kept text still holds is never a break.
 */

/** The longest blocks of an article are its body: none of these may go, unless as a repeat. */
const LONGEST = 3;
const MIN_LONG_WORDS = 25;
/** The cleaned text keeps at least this share of the extraction's distinct words. */
const MIN_KEPT_SHARE = 0.3;
/**
 * Rules whose removals never break the article however much they take: copies keep an original
 * of every block; a comment thread or a note about the writer goes only from beside the post
 * (a long thread or bio can outweigh a short post, and is none of it).
 */
const COPIES_RULE = 'repeated-blocks';
const BESIDE_RULES = new Set(['comment-thread', 'author-bio']);
const TRUSTED = new Set([COPIES_RULE, ...BESIDE_RULES]);
/** A removed block whose words the kept text holds this much of is still there (an echo went). */
const STILL_THERE = 0.8;

export interface Undone {
  rules: string[];
  why: string;
}

export interface SafeCleaned extends Cleaned {
  undone?: Undone;
}

function distinctWords(texts: readonly string[]): number {
  const seen = new Set<string>();
  let n = 0;
  for (const t of texts) {
    const key = matchKey(t);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    n += key.split(' ').length;
  }
  return n;
}

/** Whether the list at `at` is part of the story's prose rather than after it (see breakage). */
function storyHolds(blocks: Extraction['blocks'], lengths: readonly number[], at: number): boolean {
  const all = blocks.map((_, i) => i);
  const flow = flowTrail(blocks, all, (i) => wordsOf(blocks[i]!.text));
  const inFlow = all.filter((i) => trailOf(blocks[i]!) === flow);
  const end = inFlow[inFlow.length - 1] ?? -1;
  const prose = inFlow.reduce((n, i) => n + lengths[i]!, 0);
  return at < end || (end >= 0 && at === end + 1 && /:\s*$/.test(blocks[end]!.text)) || lengths[at]! > prose;
}

/** Which rules broke the article, and how; null when it looks whole. */
function breakage(extraction: Extraction, cleaned: Cleaned): Undone | null {
  const { blocks } = extraction;
  const lengths = blocks.map((b) => wordsOf(b.text).length);
  const bySize = blocks.map((_, i) => i).filter((i) => lengths[i]! >= MIN_LONG_WORDS).sort((a, b) => lengths[b]! - lengths[a]!);
  // Paragraphs, and a list only when it is the longest block and the story holds it: it stands
  // within the story's prose, the story's last line introduces it ("Previous interviews:"), or
  // it says more than the prose does. Lists of links after a story are often long, and are no
  // part of it.
  const longest = bySize.filter((i) => blocks[i]!.type === 'paragraph' || blocks[i]!.type === 'quote').slice(0, LONGEST);
  const top = bySize[0];
  if (top !== undefined && blocks[top]!.type === 'list' && storyHolds(blocks, lengths, top)) longest.push(top);
  const byAt = new Map(cleaned.removed.map((r) => [r.at, r.rule]));
  const kept = cleaned.blocks.flatMap((b) => wordsOf(b.text));
  const gone = longest.filter((i) => {
    const rule = byAt.get(i);
    return rule !== undefined && !TRUSTED.has(rule) && wordContainment(wordsOf(blocks[i]!.text), kept) < STILL_THERE;
  });
  const lost = [...new Set(gone.map((i) => byAt.get(i)!))];
  if (lost.length) return { rules: lost, why: 'they took out one of the longest paragraphs of the article' };
  const before = distinctWords(blocks.map((b) => b.text));
  const after = cleaned.blocks.reduce((n, b) => n + wordsOf(b.text).length, 0);
  // Copies count once in `before` already; what stood beside the post is measured apart from it.
  const beside = cleaned.removed.reduce((n, r) => n + (BESIDE_RULES.has(r.rule) ? wordsOf(r.text).length : 0), 0);
  if (before > 0 && after < (before - beside) * MIN_KEPT_SHARE) {
    const rules = [...new Set(cleaned.removed.map((r) => r.rule).filter((r) => !TRUSTED.has(r)))];
    if (rules.length) return { rules, why: 'they took out most of the article' };
  }
  return null;
}

export function cleanSafely(extraction: Extraction, deadline = Infinity): SafeCleaned {
  const cleaned = cleanBlocks(extraction, RULES, deadline);
  const broken = breakage(extraction, cleaned);
  if (!broken) return cleaned;
  return { ...cleanBlocks(extraction, RULES.filter((r) => !broken.rules.includes(r.name)), deadline), undone: broken };
}
