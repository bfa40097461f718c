import { contentScores } from '../extract/block-model.js';
import { flowTrail, insideFlowBox, isDataRow, trailOf } from './flow.js';
import type { CleaningRule } from './rule.js';

/**
 * What a page sets around a story in boxes of its own comes in more shapes than any list of
 * words covers: a source line, a "By … / Page A7" slug, a section label, a column of other
 * headlines, a feedback box. The block model (extract/block-model.ts) reads a block's shape and
 * markup the way Dragnet does; a short block it reads as clearly not content, standing in another
 * box than the story's prose, is the page. Blocks in the story's own box stay whatever the model
 * says, and so do a heading that opens the story's prose (a subhead, a title), figures (the
 * reader wants the picture), quotes (embedded posts are sources) and table rows (data).
 */

/** The model's probability of content below which a block apart from the story is the page. */
const PAGE = 0.2;
/**
 * Longer blocks are prose of some kind, whatever their markup: the safety net's business, not
 * this rule's. A list is no prose at any length (a sidebar's column of headlines runs long).
 */
const MAX_WORDS = 30;

export const pageBlocks: CleaningRule = {
  name: 'page-blocks',
  reason: 'boilerplate',
  why: 'Blocks in boxes apart from the story that read as page furniture (source lines, labels, headline lists) are not the story.',
  *find({ blocks, alive, words }) {
    const flow = flowTrail(blocks, alive, words);
    const inBox = insideFlowBox(flow);
    if (!inBox) return;
    for (let k = 0; k < alive.length; k++) {
      const b = blocks[alive[k]!]!;
      if ((b.type !== 'list' && words(alive[k]!).length > MAX_WORDS) || b.type === 'figure' || b.type === 'quote' || isDataRow(b) || inBox(trailOf(b))) continue;
      const next = alive[k + 1] === undefined ? undefined : blocks[alive[k + 1]!];
      if (b.type === 'heading' && next && trailOf(next) === flow) continue;
      // The model last: most blocks are the story's, and the checks above are cheaper.
      if (contentScores([b])[0]! < PAGE) yield alive[k]!;
    }
  },
};
