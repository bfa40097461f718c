import { matchKey } from '../text/normalize.js';
import type { CleaningRule } from './rule.js';

/**
 * The headline and standfirst are shown in the article's header; Readability and scrapers often
 * leave another copy of them at the top of the body.
 */
export const repeatedTitleLead: CleaningRule = {
  name: 'repeated-title-lead',
  reason: 'repeated',
  why: 'The headline and standfirst already open the article; a copy inside the body is a repeat.',
  *find({ blocks, alive, meta, words }) {
    const keys = new Set([meta.title, meta.lead ?? ''].map(matchKey).filter(Boolean));
    if (!keys.size) return;
    // Only a block of as many words can be a copy: the others are not joined up to be compared.
    const lengths = new Set([...keys].map((key) => key.split(' ').length));
    for (const i of alive) {
      if (blocks[i]!.type !== 'list' && lengths.has(words(i).length) && keys.has(words(i).join(' '))) yield i;
    }
  },
};
