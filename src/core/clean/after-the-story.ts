import { boxOf, flowTrail, isDataRow, trailOf } from './flow.js';
import type { CleaningRule } from './rule.js';

/**
 * The story ends where its prose ends: blocks after the last paragraph of the prose flow, set
 * in another box than the story's (an author's bio, a comment section, a "more from" widget, a
 * blog's footer notes), are the page around the story, not part of it. Blocks inside the
 * story's own box, however deep (a closing list, a last section in a wrapper of its own), stay,
 * and so does anything before the end of the prose. A data table's rows are no prose flow.
 */

/** Elements of the story's box that must appear in a block's trail for it to sit inside the box (trails are cut at a fixed depth, so deeper blocks show only its first elements). */
const BOX_ELEMENTS = 2;

export const afterTheStory: CleaningRule = {
  name: 'after-the-story',
  reason: 'boilerplate',
  why: 'What a page sets after the end of the story, in boxes of its own (author bios, comments, widgets), is not the story.',
  *find({ blocks, alive, words }) {
    const flow = flowTrail(blocks, alive.filter((i) => !isDataRow(blocks[i]!)), words);
    if (!flow) return;
    const box = boxOf(flow).split(' < ').slice(0, BOX_ELEMENTS).join(' < ');
    if (!box) return;
    const inBox = (trail: string) => ` < ${trail} < `.includes(` < ${box} < `) || ` < ${trail}`.endsWith(` < ${box}`);
    let last = -1;
    for (const i of alive) if (trailOf(blocks[i]!) === flow) last = i;
    for (const i of alive) if (i > last && !inBox(trailOf(blocks[i]!))) yield i;
  },
};
