import { isDateline } from '../text/page-furniture.js';
import { flowTrail, trailOf } from './flow.js';
import type { CleaningRule } from './rule.js';

/**
 * A listing of other stories: a run of sibling items, each a headline (and maybe a line of
 * summary) closed by its time stamp ("French Q4 GDP growth seen at 0.4 pct\nThomson Financial
 * News | Wed, Jan 16 2008, 07:50 GMT"). A story's paragraphs do not end on a bare date line,
 * and a story's own list of events is set in its prose flow; three such items in a row, apart
 * from the flow, are the page's index of other stories.
 */

const RUN = 3;
const MAX_ITEM_WORDS = 40;
/** The longest stamp looked for at the end of an item, in words ("Wed, Jan 16 2008, 07:50 GMT"). */
const STAMP_WORDS = 8;

/** A headline has a few words of its own before the stamp ("3.7% in 2000" is a figure and its year). */
const HEADLINE_WORDS = 4;

/** Whether a headline ends on its time stamp: the last few words are a date, with a headline before them. */
function endsOnStamp(text: string): boolean {
  const words = text.trim().split(/\s+/);
  for (let k = Math.max(HEADLINE_WORDS, words.length - STAMP_WORDS); k < words.length; k++) {
    if (isDateline(words.slice(k).join(' '))) return true;
  }
  return false;
}

const isItem = (text: string) => text.split(/\s+/).length <= MAX_ITEM_WORDS && endsOnStamp(text);

export const datedListing: CleaningRule = {
  name: 'dated-listing',
  reason: 'boilerplate',
  why: 'A run of headlines each closed by its time stamp is a listing of other stories.',
  *find({ blocks, alive, words }) {
    const flow = flowTrail(blocks, alive, words);
    const item = (i: number) => trailOf(blocks[i]!) !== flow && blocks[i]!.type !== 'list' && isItem(blocks[i]!.text);
    // A list of such items, or a run of sibling blocks that are each one.
    for (const i of alive) {
      const items = blocks[i]!.type === 'list' ? blocks[i]!.items ?? [] : [];
      if (items.length >= RUN && trailOf(blocks[i]!) !== flow && items.every(isItem)) yield i;
    }
    for (let k = 0; k < alive.length;) {
      let end = k;
      const trail = trailOf(blocks[alive[k]!]!);
      while (end < alive.length && trailOf(blocks[alive[end]!]!) === trail && item(alive[end]!)) end++;
      if (end - k >= RUN) yield* alive.slice(k, end);
      k = Math.max(end, k + 1);
    }
  },
};
