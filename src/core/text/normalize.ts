/**
 * Text canonicalisation shared by every rule that compares blocks: two copies of a paragraph
 * that differ only in whitespace, typographic quotes, dashes, case or punctuation must compare
 * equal, or duplicate detection misses the mobile/desktop copies that pages actually ship.
 */

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u200b': '', '\u200c': '', '\u200d': '', '\ufeff': '',
};
const TYPOGRAPHIC_RE = new RegExp(`[${Object.keys(TYPOGRAPHIC).join('')}]`, 'g');

/**
 * Letters and digits of any script: what a reader perceives as the words of a text. Chinese and
 * Japanese put no spaces between words, so each ideograph or kana counts as one: a paragraph is
 * then many "words", not one, and both repeat detection and reading time work (readers take in
 * roughly as many characters a minute as English readers take words). The `v` flag (set
 * difference) is built at run time so no build step rewrites it; every supported browser has it.
 */
const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const WORD_RE = new RegExp(String.raw`[${CJK}]|[[\p{L}\p{N}]--[${CJK}]]+(?:['\u2019][\p{L}--[${CJK}]]+)*`, 'gv');

export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}

/** Lower-cased words, punctuation and typography dropped. */
export function wordsOf(text: string): string[] {
  return foldTypography(text.normalize('NFKC')).toLowerCase().match(WORD_RE) ?? [];
}

/** One comparable key per text: equal keys mean the same words in the same order. */
export function matchKey(text: string): string {
  return wordsOf(text).join(' ');
}

export function wordCount(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

/** Collapses runs of spaces and tabs and trims, keeping deliberate line breaks. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
