import type { Block, Removed } from '../article.js';
import type { Extraction, ExtractedBlock } from '../extract/index.js';
import { wordsOf } from '../text/normalize.js';
import { Shingler } from '../text/shingles.js';
import { hasPassed } from '../text/clock.js';
import { afterTheStory } from './after-the-story.js';
import { authorBio } from './author-bio.js';
import { breadcrumbs } from './breadcrumbs.js';
import { commentThread } from './comment-thread.js';
import { creditLines } from './credit-lines.js';
import { datedListing } from './dated-listing.js';
import { datelines } from './datelines.js';
import { hiddenLabels } from './hidden-labels.js';
import { imageCredits } from './image-credits.js';
import { pageChrome } from './page-chrome.js';
import { pageBlocks } from './page-blocks.js';
import { pageLabels } from './page-labels.js';
import { pullQuotes } from './pull-quotes.js';
import { relatedHeadlines } from './related-headlines.js';
import { smallPrint } from './small-print.js';
import { relatedLinks } from './related-links.js';
import { repeatedBlocks } from './repeated-blocks.js';
import { repeatedTitleLead } from './repeated-title-lead.js';
import type { CleaningRule } from './rule.js';

export type { CleaningRule } from './rule.js';

/**
 * Order matters: furniture goes first so it cannot break a run of repeated blocks; repeats go
 * before pull quotes so that the paragraphs of a second copy are named as the copy they are (a
 * copied paragraph set in another wrapper looks like a quote of its original); a pull quote of
 * a short sentence is no long repeat, so pull quotes still find it. The block model's judgement
 * comes last, on what the rules that name their debris have left.
 */
export const RULES: readonly CleaningRule[] = [
  hiddenLabels, pageLabels, breadcrumbs, datelines, creditLines, imageCredits, smallPrint, pageChrome, commentThread, authorBio, datedListing, relatedLinks, relatedHeadlines, repeatedTitleLead, repeatedBlocks, pullQuotes, afterTheStory, pageBlocks,
];

export interface Cleaned {
  blocks: Block[];
  removed: Removed[];
  /** Rules not run because the deadline had passed, in order. */
  skipped: string[];
}

/** The block as surfaces see it: markup hints stay inside the pipeline. */
function publicBlock({ hints: _hints, ...block }: ExtractedBlock): Block {
  return block;
}

/**
 * Runs the rules in order over the blocks, and again over what is left until a pass removes
 * nothing: a removal can join what it stood between (a pull quote gone leaves two halves of a
 * copy side by side), and cleaning the cleaned text must find nothing more. With a deadline (a
 * `now()` time), the rules of the first pass not yet started when it passes are skipped and
 * named, and no further pass starts: every rule is one linear pass, so the overrun is at most
 * one pass.
 */
export function cleanBlocks({ blocks, meta }: Extraction, rules: readonly CleaningRule[] = RULES, deadline = Infinity): Cleaned {
  let alive = blocks.map((_, i) => i);
  const removed: Removed[] = [];
  const wordCache: (readonly string[])[] = [];
  const words = (i: number) => (wordCache[i] ??= wordsOf(blocks[i]!.text));
  const shingler = new Shingler();
  const shingleCache: (readonly number[])[] = [];
  const shingles = (i: number) => (shingleCache[i] ??= shingler.of(words(i)));
  const skipped: string[] = [];
  // How many rules have removed blocks so far, and the count each rule last found nothing at: a
  // rule that found nothing, with no block gone since, would find nothing again (rules are
  // functions of the blocks left), so a later pass skips it.
  let removals = 0;
  const foundNothingAt = new Map<CleaningRule, number>();
  for (let pass = 0, changed = true; changed && !skipped.length && (pass === 0 || !hasPassed(deadline)); pass++) {
    changed = false;
    for (const rule of rules) {
      if (skipped.length || hasPassed(deadline)) {
        if (pass === 0) skipped.push(rule.name);
        continue;
      }
      if (pass > 0 && (rule.perBlock || foundNothingAt.get(rule) === removals)) continue;
      const gone = new Set(rule.find({ blocks, alive, meta, words, shingles, shingler }));
      if (!gone.size) {
        foundNothingAt.set(rule, removals);
        continue;
      }
      foundNothingAt.delete(rule);
      removals++;
      changed = true;
      for (const i of gone) {
        const block = publicBlock(blocks[i]!);
        removed.push({ text: block.text, reason: rule.reason, rule: rule.name, at: i, block });
      }
      alive = alive.filter((i) => !gone.has(i));
    }
  }
  removed.sort((a, b) => a.at - b.at);
  return { blocks: alive.map((i) => publicBlock(blocks[i]!)), removed, skipped };
}
