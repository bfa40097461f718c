import type { ExtractedBlock } from '../extract/index.js';
import { isTitleCase } from './headline-style.js';
import type { CleaningRule } from './rule.js';

/**
 * Scraped text keeps the headlines of other stories that stood between paragraphs (a "related"
 * teaser once a link): a short line in Title Case, not a sentence, between two paragraphs. A
 * subheading of the story is a phrase in sentence case ("Brutal offensive"), or a few words: it
 * stays. Pages keep their links, so only text without markup is judged here (on pages,
 * related-links sees the links).
 */

const isProse = (b: ExtractedBlock | undefined) => b !== undefined && b.type === 'paragraph' && /[.!?"”’]$/.test(b.text.trim());

export const relatedHeadlines: CleaningRule = {
  name: 'related-headlines',
  reason: 'boilerplate',
  why: 'A headline of another story, left between paragraphs of scraped text, interrupts the article.',
  *find({ blocks, alive }) {
    for (let k = 1; k + 1 < alive.length; k++) {
      const b = blocks[alive[k]!]!;
      if (b.hints || (b.type !== 'paragraph' && b.type !== 'heading') || /[.!?:;,]["'”’)]*$/.test(b.text.trim())) continue;
      if (isTitleCase(b.text) && isProse(blocks[alive[k - 1]!]) && isProse(blocks[alive[k + 1]!])) yield alive[k]!;
    }
  },
};
