import type { Token } from './tokens.js';

/**
 * The tagger's feature templates: what it knows about a token when it decides whether a name
 * starts, goes on or ends there. The word and its neighbours, their shapes ("Xxxx", "X.", "dd"),
 * prefixes and suffixes, where the sentence starts, whether the sentence is all capitals (a
 * headline or dateline), how often the word is capitalised inside sentences in the training text,
 * and the name lists it is found in (or that no list holds it). Each feature is a string ("w=paris", "-1w|w=in|paris") hashed
 * into a fixed table, so the model stores weights, not feature names; the string is hashed part by
 * part as it is named, never built, since a page of a million words names forty million of them.
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

/** The class of one character for shapes: ASCII by its code (most text), the rest by Unicode category. */
function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
}

/** Shapes of words already seen: a text repeats its words, and a shape is asked for five times per token. */
const shapes = new Map<string, string>();
const MAX_CACHED_SHAPES = 100_000;

/** "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996" -> "d", "--" -> "-": runs of a character class collapse. */
export function shape(w: string): string {
  const known = shapes.get(w);
  if (known !== undefined) return known;
  let out = '';
  let last = '';
  for (const ch of w.length > 16 ? w.slice(0, 16) : w) {
    const c = charClass(ch);
    if (c !== last || !'Xxdl'.includes(c)) out += c;
    last = c;
  }
  if (shapes.size >= MAX_CACHED_SHAPES) shapes.clear();
  shapes.set(w, out);
  return out;
}

const BOUNDARY = '<s>';

/** The table rows of every token's features: rows[offsets[i]..offsets[i+1]) are token i's. */
export interface FeatureRows {
  ids: Int32Array;
  offsets: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function feed(h: number, part: string): number {
  for (let k = 0; k < part.length; k++) h = Math.imul(h ^ part.charCodeAt(k), FNV_PRIME);
  return h;
}

/** The rows of every token of one sentence, in a table of mask + 1 rows. */
export function sentenceFeatures(tokens: readonly Token[], ctx: SentenceContext, mask: number): FeatureRows {
  const letters = tokens.map((t) => t.text).join('').replace(/[^\p{L}]/gu, '');
  const headline = letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? 'H' : '';
  const lower = tokens.map((t) => t.text.toLowerCase());
  const words = tokens.map((t) => t.text.slice(0, 32).toLowerCase());
  const shapesOf = tokens.map((t) => shape(t.text));
  const word = (i: number) => words[i] ?? BOUNDARY;
  const shapeAt = (i: number) => shapesOf[i] ?? BOUNDARY;
  const caps = lower.map((l) => ctx.capRatio(l));
  const docs = lower.map((l) => ctx.docCase(l));
  const ids: number[] = [];
  const offsets = new Int32Array(tokens.length + 1);
  /** One feature: the FNV-1a hash of its parts written one after another. */
  const f = (a: string, b = '', c = '', d = '', e = '', g = '') => ids.push(feed(feed(feed(feed(feed(feed(FNV_OFFSET, a), b), c), d), e), g) & mask);
  tokens.forEach((t, i) => {
    const w = words[i]!;
    const s = shapesOf[i]!;
    const p = word(i - 1);
    const n = word(i + 1);
    const c = caps[i]!;
    const cp = caps[i - 1] ?? BOUNDARY;
    const cn = caps[i + 1] ?? BOUNDARY;
    f('b'); f('w=', w); f('W=', t.text.length > 32 ? t.text.slice(0, 32) : t.text); f('s=', s); f(headline, 's=', s);
    f('p1=', w.slice(0, 1)); f('p2=', w.slice(0, 2)); f('p3=', w.slice(0, 3));
    f('x2=', w.slice(-2)); f('x3=', w.slice(-3)); f('x4=', w.slice(-4));
    f('-1w=', p); f('+1w=', n); f('-2w=', word(i - 2)); f('+2w=', word(i + 2));
    f('-1s=', shapeAt(i - 1)); f('+1s=', shapeAt(i + 1));
    f('-1w|w=', p, '|', w); f('w|+1w=', w, '|', n);
    f('ss=', shapeAt(i - 1), '|', s, '|', shapeAt(i + 1));
    f('c=', c, '|', s); f('-1c=', cp); f('+1c=', cn); f('c|c=', cp, '|', c, '|', cn);
    f('d=', docs[i]!, '|', s); f('d=', docs[i]!, '|', headline, i === 0 ? 'F' : ''); f('-1d=', docs[i - 1] ?? BOUNDARY); f('+1d=', docs[i + 1] ?? BOUNDARY);
    if (i === 0) { f('first|s=', s); f('first|c=', c); }
    if (headline) f('H|w=', w);
    const upper = /^\p{Lu}/u.test(t.text) ? 'C' : 'l';
    for (const h of ctx.hits[i]!) { f('g=', h); f('g=', h, '|', upper, headline); }
    // A capitalised word no list holds: no hit feature fires for it, so its absence is a feature of its own.
    if (upper === 'C' && !ctx.hits[i]!.length) f('g=none|c=', c, headline);
    for (const h of ctx.hits[i - 1] ?? []) f('-1g=', h);
    for (const h of ctx.hits[i + 1] ?? []) f('+1g=', h);
    offsets[i + 1] = ids.length;
  });
  return { ids: Int32Array.from(ids), offsets };
}

/** The bucket a capitalisation share falls in (the same cut points in training and in use). */
export function capBucket(capitalised: number, total: number): string {
  if (total < 3) return 'u';
  const r = capitalised / total;
  return r < 0.05 ? '0' : r < 0.3 ? '1' : r < 0.7 ? '2' : r < 0.95 ? '3' : '4';
}
