/**
 * How headings are written, as opposed to sentences: in Title Case ("The Language of Choice,
 * Circumstance, and Coercion"), or numbered as a step of the story ("4. Create partnerships",
 * "Step 6. Follow Up"). Scraped text and bold subheads carry no heading markup, so the style is
 * what tells a heading from a line of prose or a quote of one.
 */

const MIN_WORDS = 4;
const MAX_WORDS = 16;
const TITLE_CASE_SHARE = 0.8;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^["'“‘(]?[\p{Lu}\p{N}]/u;
/** Words a headline leaves in lower case. */
const SMALL = new Set('a an and as at but by for from in into nor of on or over the to up via vs with'.split(' '));
/** "4.", "1)", "12 -", "Step 6:", "Option 2." opening a line. */
const ENUMERATED = /^(?:(?:step|part|option|tip|chapter|no\.?|#)\s*\d{1,3}\b|\d{1,3}\s?[.)]\s|\d{1,3}\s[-–—:]\s)/i;

export function isTitleCase(text: string): boolean {
  // One look at each word, stopping at the first that rules the line out: this is asked of every
  // paragraph, and a sentence shows itself by its second lower-case word.
  let words = 0;
  let counted = 0;
  let capitalised = 0;
  for (const [word] of text.matchAll(/\S+/g)) {
    if (!HAS_LETTER.test(word)) continue;
    if (++words > MAX_WORDS) return false;
    if (words > 1 && SMALL.has(word.toLowerCase())) continue;
    counted++;
    if (CAPITALISED.test(word)) capitalised++;
    else if (counted - capitalised > 1) return false;
  }
  return words >= MIN_WORDS && capitalised >= counted * TITLE_CASE_SHARE;
}

export const isEnumerated = (text: string) => ENUMERATED.test(text.trim());
