import type { Token } from './tokens.js';

/**
 * The tagger's feature templates: what it knows about a token when it decides whether a name
 * starts, goes on or ends there. The word and its neighbours, their shapes ("Xxxx", "X.", "dd"),
 * prefixes and suffixes, where the sentence starts, whether the sentence is all capitals (a
 * headline or dateline), how often the word is capitalised inside sentences in the training text,
 * and the name lists it is found in. Each feature is a string hashed into a fixed table, so the
 * model stores weights, not feature names.
 */

export interface SentenceContext {
  /** "0".."4": how often the lower-cased word is capitalised mid-sentence; "u" when unknown. */
  capRatio(lower: string): string;
  /** Per token of the sentence, its name-list hits ("city:B", "first:U"). */
  hits: readonly (readonly string[])[];
  /**
   * How the rest of the document writes the word inside sentences: "C" only capitalised, "L" only
   * in lower case, "B" both, "N" not at all. What tells a name in a headline or at a sentence start.
   */
  docCase(lower: string): string;
}

/** A word inside a sentence, where capitals mean something: not first, not after an opening quote or colon. */
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', ':', '-', '--', '—', '–', '``']);
export const isMidSentence = (words: readonly string[], i: number): boolean => i > 0 && !OPENERS.has(words[i - 1]!);

/** Per lower-cased word: [capitalised, lower-case] counts of its mid-sentence uses (all-capitals words and words without letters left out). */
export type CaseCounts = Map<string, [number, number]>;

export function caseCounts(words: readonly string[], into: CaseCounts = new Map(), sign = 1): CaseCounts {
  words.forEach((t, i) => {
    if (!isMidSentence(words, i) || !/\p{L}/u.test(t) || (t.length > 1 && t === t.toUpperCase())) return;
    const key = t.toLowerCase();
    const c = into.get(key) ?? [0, 0];
    if (/^\p{Lu}/u.test(t)) c[0] += sign; else c[1] += sign;
    into.set(key, c);
  });
  return into;
}

/** The docCase value of a word from the document's counts less the sentence's own. */
export function docCaseOf(doc: CaseCounts, own: CaseCounts, lower: string): string {
  const d = doc.get(lower);
  if (!d) return 'N';
  const o = own.get(lower) ?? [0, 0];
  const c = d[0] - o[0];
  const l = d[1] - o[1];
  return c > 0 ? (l > 0 ? 'B' : 'C') : l > 0 ? 'L' : 'N';
}

/** "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996" -> "d", "--" -> "-": runs of a character class collapse. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w.length > 16 ? w.slice(0, 16) : w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
    if (c !== last || !'Xxdl'.includes(c)) out += c;
    last = c;
  }
  return out;
}

const BOUNDARY = '<s>';
const word = (tokens: readonly Token[], i: number) => (i < 0 || i >= tokens.length ? BOUNDARY : tokens[i]!.text.slice(0, 32).toLowerCase());
const shapeAt = (tokens: readonly Token[], i: number) => (i < 0 || i >= tokens.length ? BOUNDARY : shape(tokens[i]!.text));

/** The feature strings of every token of one sentence. */
export function sentenceFeatures(tokens: readonly Token[], ctx: SentenceContext): string[][] {
  const letters = tokens.map((t) => t.text).join('').replace(/[^\p{L}]/gu, '');
  const headline = letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? 'H' : '';
  const caps = tokens.map((t) => ctx.capRatio(t.text.toLowerCase()));
  const docs = tokens.map((t) => ctx.docCase(t.text.toLowerCase()));
  return tokens.map((t, i) => {
    const w = word(tokens, i);
    const raw = t.text.length > 32 ? t.text.slice(0, 32) : t.text;
    const s = shapeAt(tokens, i);
    const p = word(tokens, i - 1);
    const n = word(tokens, i + 1);
    const f = [
      'b', `w=${w}`, `W=${raw}`, `s=${s}`, `${headline}s=${s}`,
      `p1=${w.slice(0, 1)}`, `p2=${w.slice(0, 2)}`, `p3=${w.slice(0, 3)}`,
      `x2=${w.slice(-2)}`, `x3=${w.slice(-3)}`, `x4=${w.slice(-4)}`,
      `-1w=${p}`, `+1w=${n}`, `-2w=${word(tokens, i - 2)}`, `+2w=${word(tokens, i + 2)}`,
      `-1s=${shapeAt(tokens, i - 1)}`, `+1s=${shapeAt(tokens, i + 1)}`,
      `-1w|w=${p}|${w}`, `w|+1w=${w}|${n}`,
      `ss=${shapeAt(tokens, i - 1)}|${s}|${shapeAt(tokens, i + 1)}`,
      `c=${caps[i]}|${s}`, `-1c=${caps[i - 1] ?? BOUNDARY}`, `+1c=${caps[i + 1] ?? BOUNDARY}`,
      `c|c=${caps[i - 1] ?? BOUNDARY}|${caps[i]}|${caps[i + 1] ?? BOUNDARY}`,
      `d=${docs[i]}|${s}`, `d=${docs[i]}|${headline}${i === 0 ? 'F' : ''}`, `-1d=${docs[i - 1] ?? BOUNDARY}`, `+1d=${docs[i + 1] ?? BOUNDARY}`,
    ];
    if (i === 0) f.push(`first|s=${s}`, `first|c=${caps[i]}`);
    if (headline) f.push(`H|w=${w}`);
    const upper = /^\p{Lu}/u.test(t.text) ? 'C' : 'l';
    for (const h of ctx.hits[i]!) f.push(`g=${h}`, `g=${h}|${upper}${headline}`);
    for (const h of ctx.hits[i - 1] ?? []) f.push(`-1g=${h}`);
    for (const h of ctx.hits[i + 1] ?? []) f.push(`+1g=${h}`);
    return f;
  });
}

/** 32-bit FNV-1a of a feature string, folded into a table of 2^bits rows. */
export function hashFeature(f: string, mask: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) {
    h ^= f.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & mask;
}

/** The bucket a capitalisation share falls in (the same cut points in training and in use). */
export function capBucket(capitalised: number, total: number): string {
  if (total < 3) return 'u';
  const r = capitalised / total;
  return r < 0.05 ? '0' : r < 0.3 ? '1' : r < 0.7 ? '2' : r < 0.95 ? '3' : '4';
}
