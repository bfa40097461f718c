import { boxOf, flowTrail, insideFlowBox, isDataRow, trailOf } from './flow.js';
import type { CleaningRule } from './rule.js';

/**
 * The story ends where its prose ends: blocks after the last paragraph of the prose flow, set
 * in another box than the story's (an author's bio, a comment section, a "more from" widget, a
 * blog's footer notes), are the page around the story, not part of it. Blocks inside the
 * story's own box, however deep (a closing list, a last section in a wrapper of its own), stay,
 * and so does anything before the end of the prose. A box that holds a good part of what the
 * story's flow holds is more of the story (continued in another wrapper after an advertisement
 * or a page break), not its surroundings. A data table's rows are no prose flow.
 */

/** A box after the story with this share of the flow's words is the story going on. */
const CONTINUED = 0.3;

export const afterTheStory: CleaningRule = {
  name: 'after-the-story',
  reason: 'boilerplate',
  why: 'What a page sets after the end of the story, in boxes of its own (author bios, comments, widgets), is not the story.',
  *find({ blocks, alive, words }) {
    const flow = flowTrail(blocks, alive.filter((i) => !isDataRow(blocks[i]!)), words);
    if (!flow) return;
    const inBox = insideFlowBox(flow);
    if (!inBox) return;
    let last = -1;
    let flowWords = 0;
    for (const i of alive) {
      if (trailOf(blocks[i]!) !== flow) continue;
      last = i;
      flowWords += words(i).length;
    }
    const after = new Map<string, number[]>();
    for (const i of alive) {
      const trail = trailOf(blocks[i]!);
      if (i <= last || inBox(trail)) continue;
      const key = boxOf(trail);
      after.set(key, [...(after.get(key) ?? []), i]);
    }
    for (const members of after.values()) {
      const size = members.reduce((n, i) => n + words(i).length, 0);
      if (size < flowWords * CONTINUED) yield* members;
    }
  },
};
