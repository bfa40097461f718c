import { perBlockRule } from './rule.js';

/**
 * The small print pages set under a story: copyright and rights notices ("Copyright 2008 The
 * Associated Press. All rights reserved. This material may not be published, broadcast,
 * rewritten or redistributed."), and the site's disclaimers ("The BBC is not responsible for the
 * content of external sites", "The opinions expressed … do not necessarily reflect …"). It is
 * judged by the forms notices take, which a story's sentences do not: a copyright mark opening
 * the line, "all rights reserved", a notice about "this material" or "external sites".
 */

const MAX_WORDS = 80;
/** "©", "(c) 2008", "Copyright 2007", "Copyright ©" at the start of the block (after a bracket). */
const MARK_OPENS = /^[([]?\s*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))/i;
const NOTICE = [
  /\ball rights reserved\b/i,
  /\bthis (?:material|content|article|story|report) (?:may|must) not be (?:published|reproduced|redistributed|republished|rewritten|broadcast|copied)/i,
  /\b(?:republication|redistribution|reproduction)\b[^.]{0,120}\b(?:is )?(?:expressly |strictly )?prohibited\b/i,
  /\bis not responsible for the content of external (?:internet )?sites\b/i,
  /\b(?:views|opinions) expressed\b[^.]{0,160}\bdo not necessarily (?:reflect|represent)\b/i,
];

export const smallPrint = perBlockRule(
  'small-print',
  'boilerplate',
  'Copyright notices and site disclaimers are the small print of the page, not part of the story.',
  (block, _meta, words) => {
    if (block.type !== 'paragraph' || words().length > MAX_WORDS) return false;
    const text = block.text.trim();
    return MARK_OPENS.test(text) || NOTICE.some((notice) => notice.test(text));
  },
);
