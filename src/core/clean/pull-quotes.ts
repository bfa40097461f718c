import { wordsOf } from '../text/normalize.js';
import { ShingleIndex } from '../text/shingles.js';
import type { ExtractedBlock } from '../extract/index.js';
import type { CleaningRule } from './rule.js';

/**
 * Pull quotes restate a sentence (or part of one) of the body in large type, often with an
 * attribution tail ("- Name, title |"). Once the page's styling is gone they read as the same
 * words twice. A short block goes when a longer body block holds most of its wording and it is
 * set apart as a quote: by an attribution tail or line, or by quote markup. A real quotation
 * that echoes nothing stays, and so does an unmarked short line that merely shares wording with
 * a longer one (a recipe step, a list-like line). Embedded posts (a tweet quoting the story) are
 * sources, not layout, and stay too.
 */

const MIN_WORDS = 5;
const MAX_WORDS = 60;
/**
 * The host must be longer: an equal-length copy is a repeated block, not a pull quote. With an
 * attribution tail the quote may restate its host whole ("…on Tuesday" - Name, analyst |).
 */
const MIN_EXTRA_WORDS = 1;
const CONTAINED = 0.8;
/** Markup that styles a block as a quote lowers the bar: the page itself says it is set apart. */
const CONTAINED_WHEN_MARKED = 0.6;
const MARKED = /\b(?:aside|blockquote|figure|q)\b|pull|quote|highlight|callout|inset|sidebar/;
const MAX_ATTRIBUTION_WORDS = 20;
const EMBEDDED_POST = /twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|mastodon-embed|reddit-card|embed/;
/** What an embedded post carries and a pull quote does not: a handle or the network's own links. */
const POST_SIGNATURE = /@\w{2,}|pic\.twitter\.com|https?:\/\/(?:t\.co|instagr\.am|bsky\.app)\//;

/** "- Russian President Vladimir Putin addressing officers |" and "— Name, title" tails. */
const TAIL = /(?:\s*[|¦]\s*)+$|\s+[-–—―~]\s*\p{Lu}[^.!?"“”|]{0,160}(?:\s*[|¦]\s*)*$/u;
const ATTRIBUTION_LINE = /^[-–—―~]\s*\p{Lu}[^.!?"“”]{0,160}(?:\s*[|¦]\s*)*$/u;

/** The quoted words without their attribution tail, and whether there was one. */
function core(text: string): { words: string[]; attributed: boolean } {
  let t = text.trim();
  const attributed = TAIL.test(t);
  for (let i = 0; i < 2 && TAIL.test(t); i++) t = t.replace(TAIL, '');
  return { words: wordsOf(t), attributed };
}

const nearTrail = (block: ExtractedBlock) => block.hints?.trail.split(' < ').slice(0, 4).join(' ') ?? '';

function marked(block: ExtractedBlock): boolean {
  return block.type === 'quote' || MARKED.test(nearTrail(block)) || Boolean(block.hints?.emphasised);
}

const isAttributionLine = (text: string) => ATTRIBUTION_LINE.test(text) && wordsOf(text).length <= MAX_ATTRIBUTION_WORDS;

/** A block set apart like a pull quote, waiting for a host that holds its words. */
interface Candidate {
  i: number;
  /** The block after it, when that is its attribution line. */
  next: number | undefined;
  nextIsAttribution: boolean;
  attributed: boolean;
  isMarked: boolean;
  /** Shingles and word count of its words without the attribution tail. */
  shingles: readonly number[];
  words: number;
}

export const pullQuotes: CleaningRule = {
  name: 'pull-quotes',
  reason: 'pull-quote',
  why: 'A pull quote repeats words the article already says, styled for a layout that is gone.',
  *find({ blocks, alive, words: wordsAt, shingles: shinglesAt, shingler }) {
    // Candidates first: most pages have none, and then no index is built at all.
    const candidates: Candidate[] = [];
    alive.forEach((i, pos) => {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' && block.type !== 'quote' && block.type !== 'heading') return;
      if (EMBEDDED_POST.test(block.hints?.trail ?? '') && (POST_SIGNATURE.test(block.text) || !TAIL.test(block.text.trim()))) return;
      const next = alive[pos + 1];
      const nextIsAttribution = next !== undefined && isAttributionLine(blocks[next]!.text.trim());
      const isMarked = marked(block);
      const { words, attributed } = core(block.text);
      if (!attributed && !nextIsAttribution && !isMarked) return;
      if (words.length < MIN_WORDS || words.length > MAX_WORDS) return;
      candidates.push({ i, next, shingles: shingler.of(words), attributed, isMarked, nextIsAttribution, words: words.length });
    });
    if (!candidates.length) return;

    const index = new ShingleIndex();
    const lengths = new Map<number, number>();
    for (const i of alive) {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' && block.type !== 'quote') continue;
      lengths.set(i, wordsAt(i).length);
      index.add(i, shinglesAt(i));
    }

    const removed = new Set<number>();
    for (const { i, next, shingles, attributed, isMarked, nextIsAttribution, words } of candidates) {
      const extra = attributed || nextIsAttribution ? 0 : MIN_EXTRA_WORDS;
      const host = index.bestOverlap(shingles, (h) => h !== i && !removed.has(h) && lengths.get(h)! >= words + extra);
      const bar = isMarked ? CONTAINED_WHEN_MARKED : CONTAINED;
      if (!host || host.count < bar * shingles.length) continue;
      removed.add(i);
      if (nextIsAttribution) removed.add(next!);
    }
    yield* [...removed].sort((a, b) => a - b);
  },
};
