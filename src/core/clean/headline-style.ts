/**
 * How headings are written, as opposed to sentences: in Title Case ("The Language of Choice,
 * Circumstance, and Coercion"), or numbered as a step of the story ("4. Create partnerships",
 * "Step 6. Follow Up"). Scraped text and bold subheads carry no heading markup, so the style is
 * what tells a heading from a line of prose or a quote of one.
 */

const MIN_WORDS = 4;
const MAX_WORDS = 16;
const TITLE_CASE_SHARE = 0.8;
/** Words a headline leaves in lower case. */
const SMALL = new Set('a an and as at but by for from in into nor of on or over the to up via vs with'.split(' '));
/** "4.", "1)", "12 -", "Step 6:", "Option 2." opening a line. */
const ENUMERATED = /^(?:(?:step|part|option|tip|chapter|no\.?|#)\s*\d{1,3}\b|\d{1,3}\s?[.)]\s|\d{1,3}\s[-–—:]\s)/i;

export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  const counted = words.filter((w, i) => i === 0 || !SMALL.has(w.toLowerCase()));
  const capitalised = counted.filter((w) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised >= counted.length * TITLE_CASE_SHARE && counted.length - capitalised <= 1;
}

export const isEnumerated = (text: string) => ENUMERATED.test(text.trim());
