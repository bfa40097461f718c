import { perBlockRule } from './rule.js';

/** "Read more: …", "RELATED: …" teasers for other stories set in the body. */
const TEASER_PREFIX = /^\[?\s*(?:read more|read also|also read|read next|see more|see also|related|related story|related stories|related article|related post|related coverage|more|more on this|recommended|watch|listen|click here|don't miss|do not miss|must read|trending|explore more|also on [\w.-]+|also)\s*[:|»>\-–—]\s*\S/i;
/** Text that is itself a web address: a source the story cites, not a teaser. */
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
const MIN_HEADLINE_WORDS = 4;
const KICKER_WORDS = 3;
const MAX_TEASER_WORDS = 30;
const LINK_LIST_DENSITY = 0.8;
const LINK_LINE_DENSITY = 0.95;

export const relatedLinks = perBlockRule(
  'related-links',
  'boilerplate',
  'Links to other stories ("Read more: …", lists of headlines) interrupt the article and are not part of it.',
  (block, _meta, wordsOf) => {
    const words = wordsOf().length;
    if (block.type === 'paragraph' && words <= MAX_TEASER_WORDS && TEASER_PREFIX.test(block.text)) return true;
    const links = block.hints?.linkDensity ?? 0;
    // A list whose every item is a link is a list of headlines (or, with one item of a word or
    // three, a section's kicker); a short line that is one link with no sentence ending is a
    // teaser for another story.
    if (block.type === 'list' && ((block.items?.length ?? 0) >= 2 || words <= KICKER_WORDS) && links >= LINK_LIST_DENSITY) return true;
    return block.type === 'paragraph' && links >= LINK_LINE_DENSITY && words >= MIN_HEADLINE_WORDS && words <= 15
      && !URL_TEXT.test(block.text.trim()) && !/[.!?]["'”’)]*$/.test(block.text);
  },
);
