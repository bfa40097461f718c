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
 * roughly as many characters a minute as English readers take words). Each ideograph or kana is
 * set apart by spaces before the plain letter-run expression runs, rather than subtracted from
 * its letter class: the subtracted class (the `v` flag's set difference) overflows the regular
 * expression engine's stack on a run of a few million letters (a hex dump in a page), and is
 * slower on every text.
 */
const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const EACH_CJK = new RegExp(`[${CJK}]`, 'gu');
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019]\p{L}+)*/gu;

function wordMatches(text: string): string[] {
  return (HAS_CJK.test(text) ? text.replace(EACH_CJK, ' $& ') : text).match(WORD_RE) ?? [];
}

export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}

/**
 * Every rule, the safety net, the block model and the post-body check compare the same block
 * texts: on the development pages each text's words were wanted nine times over. They are
 * computed once and kept for the most recent texts (a bounded memo: a long folder of pages must
 * not keep every page's text alive).
 */
const MEMO_TEXTS = 4096;
const MEMO_CHARS = 4_000_000;
let memo = new Map<string, readonly string[]>();
let memoChars = 0;

/** Empties the memo: a new page's reading starts without the last page's texts. */
export function forgetWords(): void {
  memo = new Map();
  memoChars = 0;
}

/** Lower-cased words, punctuation and typography dropped. Shared: callers must not change it. */
export function wordsOf(text: string): readonly string[] {
  let words = memo.get(text);
  if (words) return words;
  words = wordMatches(foldTypography(text.normalize('NFKC')).toLowerCase());
  if (memo.size >= MEMO_TEXTS || memoChars + text.length > MEMO_CHARS) forgetWords();
  memo.set(text, words);
  memoChars += text.length;
  return words;
}

/** One comparable key per text: equal keys mean the same words in the same order. */
export function matchKey(text: string): string {
  return wordsOf(text).join(' ');
}

export function wordCount(text: string): number {
  return wordMatches(text).length;
}

/** Collapses runs of spaces and tabs and trims, keeping deliberate line breaks. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
