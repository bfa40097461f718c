import type { Extraction } from '../extract/index.js';
import { wordsOf } from '../text/normalize.js';
import { wordContainment } from '../text/overlap.js';
import { flowTrail, parentOf, trailOf } from './flow.js';
import { cleanBlocks, RULES, type Cleaned } from './index.js';

/**
 * A cleaner must never do worse than the extractor it cleans. When the cleaned text looks
 * broken next to what extraction kept (the words of one of the longest paragraphs of its prose
 * flow gone from it, most of what the rules that judge by place saw, or nearly all of its
 * distinct text), the rules that did it are undone and cleaning runs again without them; the
 * article says which rules were undone and why. Removing a copy or an echo whose words the kept
 * text still holds is never a break.
 */

/** The longest blocks of an article are its body: none of these may go, unless as a repeat. */
const LONGEST = 3;
const MIN_LONG_WORDS = 25;
/** Rules that judge a block by where it stands leave at least this share of what they saw… */
const MIN_KEPT_SHARE = 0.3;
/** …and all rules together at least this share of the extraction's distinct words. */
const MIN_KEPT_SHARE_NAMED = 0.1;
/**
 * Rules whose removals never break the article however much they take: copies keep an original
 * of every block; a comment thread or a note about the writer goes only from beside the post
 * (a long thread or bio can outweigh a short post, and is none of it).
 */
const COPIES_RULE = 'repeated-blocks';
const BESIDE_RULES = new Set(['comment-thread', 'author-bio']);
const TRUSTED = new Set([COPIES_RULE, ...BESIDE_RULES]);
/** Rules that judge a block by where it stands (after the story, in another box), not by what it says. */
const BY_PLACE = new Set(['after-the-story', 'page-blocks']);
/** A removed block whose words the kept text holds this much of is still there (an echo went). */
const STILL_THERE = 0.8;

export interface Undone {
  rules: string[];
  why: string;
}

export interface SafeCleaned extends Cleaned {
  undone?: Undone;
}

/** Words of the texts, each distinct text counted once (a copy adds nothing). */
function distinctWords(words: readonly (readonly string[])[]): number {
  const seen = new Set<string>();
  let n = 0;
  for (const w of words) {
    const key = w.join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    n += w.length;
  }
  return n;
}

/**
 * Whether the list at `at` is part of the story's prose rather than after it or set into it
 * (see breakage): before the story's prose ends, in a container that holds paragraphs the
 * cleaning kept (a box of links set into the story has a container of its own, a label at
 * most), introduced by the story's last line, or longer than the story's prose.
 */
function storyHolds(blocks: Extraction['blocks'], lengths: readonly number[], flow: string, removed: ReadonlyMap<number, string>, at: number): boolean {
  const all = blocks.map((_, i) => i);
  const inFlow = all.filter((i) => trailOf(blocks[i]!) === flow);
  const end = inFlow[inFlow.length - 1] ?? -1;
  const prose = inFlow.reduce((n, i) => n + lengths[i]!, 0);
  const parent = parentOf(trailOf(blocks[at]!));
  const among = at < end && blocks.some((b, i) => b.type === 'paragraph' && !removed.has(i) && parentOf(trailOf(b)) === parent);
  return among || (end >= 0 && at === end + 1 && /:\s*$/.test(blocks[end]!.text)) || lengths[at]! > prose;
}

/** Which rules broke the article, and how; null when it looks whole. */
function breakage(extraction: Extraction, cleaned: Cleaned): Undone | null {
  const { blocks } = extraction;
  const words = blocks.map((b) => wordsOf(b.text));
  const lengths = words.map((w) => w.length);
  const byAt = new Map(cleaned.removed.map((r) => [r.at, r.rule]));
  // The story's prose flow, found among all blocks but what stood beside the post (a long thread
  // would otherwise be the flow).
  const story = blocks.map((_, i) => i).filter((i) => !BESIDE_RULES.has(byAt.get(i) ?? ''));
  const flow = flowTrail(blocks, story, (i) => words[i]!);
  const bySize = blocks.map((_, i) => i).filter((i) => lengths[i]! >= MIN_LONG_WORDS).sort((a, b) => lengths[b]! - lengths[a]!);
  // Paragraphs of the story's prose flow (a legal notice, a teaser or a sidebar in a box of its
  // own may run longer than a short story's paragraphs, and is no part of it), quotes, and a list
  // only when it is the longest block and the story holds it: it stands within the story's
  // prose, the story's last line introduces it ("Previous interviews:"), or it says more than
  // the prose does. Lists of links after a story are often long, and are no part of it.
  const longest = bySize.filter((i) => (blocks[i]!.type === 'paragraph' && trailOf(blocks[i]!) === flow) || blocks[i]!.type === 'quote').slice(0, LONGEST);
  const top = bySize[0];
  if (top !== undefined && blocks[top]!.type === 'list' && storyHolds(blocks, lengths, flow, byAt, top)) longest.push(top);
  // What was kept is every block no rule took: counted from the extraction's words, not again.
  const keptAt = blocks.map((_, i) => i).filter((i) => !byAt.has(i));
  const taken = longest.filter((i) => byAt.has(i) && !TRUSTED.has(byAt.get(i)!));
  const kept = taken.length ? keptAt.flatMap((i) => words[i]!) : [];
  const gone = taken.filter((i) => wordContainment(words[i]!, kept) < STILL_THERE);
  const lost = [...new Set(gone.map((i) => byAt.get(i)!))];
  if (lost.length) return { rules: lost, why: 'they took out one of the longest paragraphs of the article' };
  // Rules that judge a block by where it stands, not by what it says, can take the story for
  // its surroundings: they may not take most of the text. What the others name (labels, stamps,
  // link lists, legal text) may be most of a page that is mostly page, but not nearly all of it.
  const after = keptAt.reduce((n, i) => n + lengths[i]!, 0);
  const placed = cleaned.removed.filter((r) => BY_PLACE.has(r.rule));
  const placedWords = placed.reduce((n, r) => n + lengths[r.at]!, 0);
  if (placed.length && after < (after + placedWords) * MIN_KEPT_SHARE) {
    return { rules: [...new Set(placed.map((r) => r.rule))], why: 'they took out most of the article' };
  }
  // What stood beside the post is measured apart from it; copies count once in `before`. The
  // distinct words are at most all the words: only a short result needs them counted.
  const beside = cleaned.removed.reduce((n, r) => n + (BESIDE_RULES.has(r.rule) ? lengths[r.at]! : 0), 0);
  const all = lengths.reduce((n, k) => n + k, 0);
  if (after >= (all - beside) * MIN_KEPT_SHARE_NAMED) return null;
  const before = distinctWords(words);
  if (before > 0 && after < (before - beside) * MIN_KEPT_SHARE_NAMED) {
    const rules = [...new Set(cleaned.removed.map((r) => r.rule).filter((r) => !TRUSTED.has(r)))];
    if (rules.length) return { rules, why: 'they took out nearly all of the article' };
  }
  return null;
}

export function cleanSafely(extraction: Extraction, deadline = Infinity): SafeCleaned {
  const cleaned = cleanBlocks(extraction, RULES, deadline);
  const broken = breakage(extraction, cleaned);
  if (!broken) return cleaned;
  return { ...cleanBlocks(extraction, RULES.filter((r) => !broken.rules.includes(r.name)), deadline), undone: broken };
}
