import { wordsOf } from '../text/normalize.js';
import { wordContainment } from '../text/overlap.js';
import { ShingleIndex } from '../text/shingles.js';
import type { ExtractedBlock } from '../extract/index.js';
import { flowTrail, parentOf, trailOf } from './flow.js';
import { isEnumerated, isTitleCase } from './headline-style.js';
import type { CleaningRule } from './rule.js';

/**
 * Pull quotes restate a sentence (or part of one, often lightly edited: an ellipsis, a trimmed
 * clause, a changed word, other quotation marks) of the body in large type, often with a credit
 * ("— Name", "Name |"). Once the page's styling is gone they read as the same words twice. A
 * short block goes when a body block holds most of its words and it is set apart as a quote: by
 * a credit, by quote markup or emphasis, or by a wrapper of its own outside the prose flow (then
 * it must echo part of a longer block, as a copy of a whole paragraph is a repeat, not a quote). A quote split over two lines is judged whole. The body
 * block it echoes is plain text: a bold line that equals another bold line is a template (an
 * interviewer's question put to each guest), not a pull quote. A real quotation that echoes
 * nothing stays, and so does an unmarked short line that shares wording with a longer one (a
 * recipe step, a list-like line). Embedded posts (a tweet quoting the story) are sources, not
 * layout, and stay too.
 */

const MIN_WORDS = 5;
const MAX_WORDS = 60;
const CONTAINED = 0.8;
/** Markup that styles a block as a quote lowers the bar: the page itself says it is set apart. */
const CONTAINED_WHEN_MARKED = 0.6;
/** Edited echoes: nearly all the words are the host's, though edits broke some shingles. */
const EDITED_WORDS = 0.85;
const EDITED_SHINGLES = 0.35;
const MARKED = /\b(?:aside|blockquote|figure|q)\b|pull|quote|highlight|callout|inset|sidebar/;
const MAX_CREDIT_WORDS = 14;
const LINKED_HOST = 0.5;
/** Blocks of one quote split over lines: how many lines are joined at most. */
const MAX_LINES = 3;
const NETWORK_POST = /twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|mastodon-embed|reddit-card/;
/** "embed" alone names pull quotes as often as posts: there only a post's signature says it is one. */
const EMBEDDED = /embed/;
/** What an embedded post carries and a pull quote does not: a handle or the network's own links. */
const POST_SIGNATURE = /@\w{2,}|pic\.twitter\.com|https?:\/\/(?:t\.co|instagr\.am|bsky\.app)\//;

/** A capitalised name of up to four words, optionally with ", role". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|la|le|da|bin|al)){0,4}(?:,\s*[^.!?"“”|]{1,80})?`;
/** "- Russian President Vladimir Putin addressing officers |", "— Name, title", "Name |" tails. */
const TAIL = new RegExp(String.raw`(?:\s*[|¦]\s*)+$|\s+[-–—―~]\s*\p{Lu}[^.!?"“”|]{0,160}(?:\s*[|¦]\s*)*$|\s+${NAME}\s*[|¦]\s*$`, 'u');
/** What any credit tail holds: a bar, or a dash after a space. Most paragraphs hold neither, and TAIL is costly on long ones. */
const MAY_HAVE_TAIL = /[|¦]|\s[-–—―~]/;
const hasTail = (text: string) => MAY_HAVE_TAIL.test(text) && TAIL.test(text);
const DASH_CREDIT = /^[-–—―~]\s*\p{Lu}[^.!?"“”]{0,160}(?:\s*[|¦]\s*)*$/u;
const PIPE_CREDIT = new RegExp(String.raw`^${NAME}\s*[|¦]\s*$`, 'u');
const NAME_LINE = new RegExp(String.raw`^${NAME}$`, 'u');
/** Elements and classes pages set a quote's credit in. */
const CREDIT_MARKUP = /^(?:cite|figcaption|footer)\b|cite|credit|author|attribution|byline|source/;

/** The quoted words without their credit tail, and whether there was one. */
function core(text: string): { words: readonly string[]; attributed: boolean } {
  let t = text.trim();
  const attributed = hasTail(t);
  for (let i = 0; i < 2 && hasTail(t); i++) t = t.replace(TAIL, '');
  return { words: wordsOf(t), attributed };
}

const nearTrail = (block: ExtractedBlock) => trailOf(block).split(' < ').slice(0, 4).join(' ');
const parentTrail = (block: ExtractedBlock) => parentOf(trailOf(block));

const quoteMarkup = (block: ExtractedBlock) => block.type === 'quote' || MARKED.test(nearTrail(block));

/**
 * A subhead (a heading, or a bold line in headline style) introduces its section in the
 * section's own words: bold is how subheads are set, so only quote markup makes one a quote.
 */
const readsAsHeading = (block: ExtractedBlock) => block.type === 'heading' || isTitleCase(block.text) || isEnumerated(block.text);

function marked(block: ExtractedBlock): boolean {
  return quoteMarkup(block) || (Boolean(block.hints?.emphasised) && !readsAsHeading(block));
}

/** A line that only credits a quote: "— Name", "Name |", or a name in a cite/figcaption. */
function isCreditLine(block: ExtractedBlock): boolean {
  const text = block.text.trim();
  if (wordsOf(text).length > MAX_CREDIT_WORDS) return false;
  if (DASH_CREDIT.test(text) || PIPE_CREDIT.test(text)) return true;
  return CREDIT_MARKUP.test(trailOf(block).split(' < ').slice(0, 2).join(' ')) && NAME_LINE.test(text);
}

/** One or more consecutive lines set apart together, waiting for a host that holds their words. */
interface Candidate {
  /** The blocks that make up the quote (a quote split over lines has several). */
  lines: number[];
  /** The block after it, when that is its credit line. */
  credit: number | undefined;
  isMarked: boolean;
  /** Unmarked but outside the prose flow (a wrapper of its own): its host must be longer. */
  apart: boolean;
  words: readonly string[];
}

export const pullQuotes: CleaningRule = {
  name: 'pull-quotes',
  reason: 'pull-quote',
  why: 'A pull quote repeats words the article already says, styled for a layout that is gone.',
  *find({ blocks, alive, words: wordsAt, shingles: shinglesAt, shingler }) {
    const eligible = (i: number) => {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' && block.type !== 'quote' && block.type !== 'heading') return false;
      if (readsAsHeading(block) && !quoteMarkup(block)) return false;
      const trail = block.hints?.trail ?? '';
      if (NETWORK_POST.test(trail)) return !POST_SIGNATURE.test(block.text) && hasTail(block.text.trim());
      return !(EMBEDDED.test(trail) && POST_SIGNATURE.test(block.text));
    };
    const flow = flowTrail(blocks, alive, wordsAt);
    const isApart = (b: ExtractedBlock) => flow !== '' && b.type !== 'heading' && trailOf(b) !== flow;
    const candidates: Candidate[] = [];
    for (let pos = 0; pos < alive.length; pos++) {
      const i = alive[pos]!;
      if (!eligible(i)) continue;
      const isMarked = marked(blocks[i]!);
      const apart = !isMarked && isApart(blocks[i]!);
      // A quote set apart may run over lines of the same box: judge the lines together.
      const lines = [i];
      while ((isMarked || apart) && lines.length < MAX_LINES) {
        const j = alive[pos + lines.length];
        if (j === undefined || !eligible(j) || (isMarked ? !marked(blocks[j]!) : !isApart(blocks[j]!)) || isCreditLine(blocks[j]!)
          || parentTrail(blocks[j]!) !== parentTrail(blocks[i]!)) break;
        lines.push(j);
      }
      for (let n = lines.length; n >= 1; n--) {
        const text = lines.slice(0, n).map((k) => blocks[k]!.text).join(' ');
        const next = alive[pos + n];
        const credit = next !== undefined && isCreditLine(blocks[next]!) ? next : undefined;
        // A plain line of prose with no credit is no candidate: its words are not wanted.
        if (!isMarked && !apart && credit === undefined && !hasTail(text.trim())) continue;
        const { words, attributed } = core(text);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
        candidates.push({ lines: lines.slice(0, n), credit, isMarked, apart: apart && !attributed && credit === undefined, words });
      }
    }
    if (!candidates.length) return;

    const index = new ShingleIndex();
    for (const i of alive) {
      const block = blocks[i]!;
      // A block of links (a table of contents) points at the sections; it is no prose to quote.
      if ((block.type === 'paragraph' || block.type === 'quote') && (block.hints?.linkDensity ?? 0) < LINKED_HOST) index.add(i, shinglesAt(i));
    }

    const removed = new Set<number>();
    for (const { lines, credit, isMarked, apart, words } of candidates) {
      if (lines.some((i) => removed.has(i))) continue;
      const shingles = shingler.of(words);
      // A quote may restate its host whole, but the host is body text: a marked block echoes a
      // marked block of its own length only as a template does.
      // Set apart only by its wrapper, it must echo the prose flow itself, not a sibling line of
      // its own box (lines of a list or a table share wording by design).
      // A plain block with the very same words as its host is another copy of it (repeated-blocks'
      // to judge); set apart by markup or credited to a name, it is a quote of the whole paragraph.
      const own = apart ? lines.map((i) => wordsAt(i).join(' ')).join(' ') : null;
      const host = index.bestOverlap(shingles, (h) => !lines.includes(h) && !removed.has(h)
        && wordsAt(h).length >= words.length + (apart || marked(blocks[h]!) ? 1 : 0)
        && (!apart || trailOf(blocks[h]!) === flow) && wordsAt(h).join(' ') !== own);
      if (!host) continue;
      const shared = host.count / shingles.length;
      const bar = isMarked ? CONTAINED_WHEN_MARKED : CONTAINED;
      const edited = shared >= EDITED_SHINGLES && wordContainment(words, wordsAt(host.id)) >= EDITED_WORDS;
      if (shared < bar && !edited) continue;
      for (const i of lines) removed.add(i);
      if (credit !== undefined) removed.add(credit);
    }
    yield* [...removed].sort((a, b) => a - b);
  },
};
