import { capBucket, caseCounts, docCaseOf, sentenceFeatures, type CaseCounts } from './features.js';
import { gazetteerHits, loadGazetteer, type Gazetteer, type GazetteerSource } from './gazetteer.js';
import { sentences, tokenize, type Token } from './tokens.js';
import { spansOf, T, viterbi, type NameType } from './viterbi.js';

/**
 * The trained tagger: weights read from the generated model file, features from features.ts,
 * decoding by viterbi.ts. `tag` finds the names in a text with their offsets; a name never runs
 * across a sentence end, since each sentence is decoded on its own.
 */

/** What `npm run train:ner` writes (model/ner-weights.generated.ts). */
export interface ModelData {
  /** The feature table has 2^bits rows of T weights. */
  bits: number;
  /** A stored weight w stands for w * scale. */
  scale: number;
  /** (T+1) x T transition scores: row 0 is the sentence start. */
  transitions: readonly number[];
  /** Base64 of the non-zero rows: LEB128 gaps between row numbers, then T signed bytes per row. */
  rows: string;
  rowCount: number;
  /** Per capitalisation bucket ("0".."4"), the lower-cased words in it, space-separated. */
  capWords: Readonly<Record<string, string>>;
}

/** Paragraphs either side of one that count as its document. */
const DOC_WINDOW = 40;

/** A stretch of a document's texts to tag apart: texts[from, to), read with texts[start, end) around them. */
export interface DocumentPart { from: number; to: number; start: number; end: number }

/**
 * Texts [from, to) of a document of `count` texts, to be tagged apart (in a parallel thread) with
 * the names tagDocument over the whole gives them: tagDocument over texts[start, end) gives them
 * from index `from - start` on, since a text's names depend only on the texts within DOC_WINDOW of it.
 */
export const documentPart = (count: number, from: number, to: number): DocumentPart =>
  ({ from, to, start: Math.max(0, from - DOC_WINDOW), end: Math.min(count, to + DOC_WINDOW) });

/** Texts [first, last) of a document of `count` texts (all by default) cut into `parts` such stretches. */
export function documentParts(count: number, parts: number, first = 0, last = count): DocumentPart[] {
  const out: DocumentPart[] = [];
  for (let p = 0; p < parts; p++) {
    const from = first + Math.floor(((last - first) * p) / parts);
    const to = first + Math.floor(((last - first) * (p + 1)) / parts);
    if (to > from) out.push(documentPart(count, from, to));
  }
  return out;
}

/** Whether texts[i] of one document is read with the same texts around it as other[k] of another, and so gets the same names. */
export function sameContext(texts: readonly string[], i: number, other: readonly string[], k: number): boolean {
  for (let d = -DOC_WINDOW; d <= DOC_WINDOW; d++) {
    const here = i + d >= 0 && i + d < texts.length;
    if (here !== (k + d >= 0 && k + d < other.length) || (here && texts[i + d] !== other[k + d])) return false;
  }
  return true;
}

/** Share of a sentence's words capitalised, and how many of them are ordinary words, that make it a headline in Title Case. */
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_COMMON = 2;

/**
 * Headlines in Title Case ("Chelsea Activate Release Clause To Sign Kepa Arrizabalaga From
 * Athletic Bilbao") capitalise every word, so capitals no longer tell names; the training news
 * writes its headlines in sentence case or all capitals. Such a sentence is read with its
 * ordinary words (those the training text nearly never capitalises mid-sentence) in lower case;
 * the tokens keep their offsets.
 */
function sentenceCase(sentence: Token[], capitalised: (lower: string) => boolean | undefined): Token[] {
  const words = sentence.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 1);
  const upper = words.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
  const common = new Set(upper.filter((t) => t !== words[0] && capitalised(t.text.toLowerCase()) === false));
  if (words.length < 3 || upper.length < words.length * TITLE_CASE_SHARE || common.size < TITLE_CASE_COMMON) return sentence;
  return sentence.map((t) => (common.has(t) ? { ...t, text: t.text.toLowerCase() } : t));
}

export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
  /** The name's tokens (their texts), for rules that look at words. */
  tokens: Token[];
  /** Index of the name's sentence in the text, counted from 0. */
  sentence: number;
}

export interface Tagger {
  /** Names in a text, in order. */
  tag(text: string): NameSpan[];
  /**
   * Names in each text of one document (the article's paragraphs): how the other paragraphs write
   * a word is evidence too; a headline in Title Case is read as sentence case. With a deadline (a
   * `now()` time) no text is started after it, and the result may be shorter than `texts`.
   */
  tagDocument(texts: readonly string[], isPast?: () => boolean): NameSpan[][];
  /** Tags of an already tokenised sentence, given how the rest of its document writes words. */
  tagTokens(tokens: readonly Token[], doc?: CaseCounts): Int8Array;
  /** The name lists the tagger reads, for rules that need them (given names by sex). */
  gazetteer: Gazetteer;
  /**
   * Whether the training text writes a lower-cased word capitalised inside sentences: true
   * (nearly always), false (nearly never), undefined (both, or too rarely seen to say).
   */
  capitalised(lower: string): boolean | undefined;
}

function decodeBase64(s: string): Uint8Array {
  // Built into the browsers this runs in (Chrome 140, Firefox 133), and several times faster than
  // the loop that Node 20 still needs.
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(s);
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The weight table, as stored: only its non-zero rows (most of the 2^bits are zero), in row order,
 * and a bitmap of which rows those are with the count of rows before each 32 of them. Looking a
 * row up costs a few bit operations; the table stays the size of the model (~1 MB, not 7), so a
 * sentence's lookups mostly hit the cache, and unpacking is a copy of the stored bytes.
 */
interface Weights {
  present: Uint32Array;
  before: Uint32Array;
  rows: Int8Array;
}

function unpackRows(data: ModelData): Weights {
  const bytes = decodeBase64(data.rows);
  const size = 1 << data.bits;
  const present = new Uint32Array(Math.ceil(size / 32));
  const rows = new Int8Array(data.rowCount * T);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let row = -1;
  for (let r = 0; r < data.rowCount; r++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      if (b === undefined) throw new Error('model weights are truncated');
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    if (gap < 1) throw new Error('model weights name a row twice');
    row += gap;
    if (row >= size) throw new Error('model weights name a row outside the table');
    present[row >>> 5]! |= 1 << (row & 31);
    rows.set(signed.subarray(at, at + T), r * T);
    at += T;
  }
  if (at !== bytes.length) throw new Error('model weights have trailing bytes');
  const before = new Uint32Array(present.length);
  for (let w = 1; w < present.length; w++) before[w] = before[w - 1]! + bitCount(present[w - 1]!);
  return { present, before, rows };
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Where a row's T weights start in `rows`, or -1 for a row of zeros. */
function rowAt({ present, before }: Weights, row: number): number {
  const word = present[row >>> 5]!;
  const bit = 1 << (row & 31);
  return word & bit ? (before[row >>> 5]! + bitCount(word & (bit - 1))) * T : -1;
}

export function loadTagger(data: ModelData, ...lists: GazetteerSource[]): Tagger {
  if (!data || data.transitions?.length !== (T + 1) * T || !(data.bits > 0 && data.bits <= 24)) throw new Error('model weights are missing or malformed');
  const weights = unpackRows(data);
  const table = weights.rows;
  const mask = (1 << data.bits) - 1;
  const trans = Float64Array.from(data.transitions);
  const caps = new Map<string, string>();
  for (const [bucket, words] of Object.entries(data.capWords)) for (const w of words.split(' ')) if (w) caps.set(w, bucket);
  const gazetteer = loadGazetteer(...lists);
  const capRatio = (lower: string) => caps.get(lower) ?? capBucket(0, 0);
  const capitalised = (lower: string) => {
    const bucket = capRatio(lower);
    return bucket === '4' ? true : bucket === '0' ? false : undefined;
  };

  const tagTokens = (tokens: readonly Token[], doc: CaseCounts = new Map()): Int8Array => {
    const words = tokens.map((t) => t.text);
    const own = caseCounts(words);
    const { ids, offsets } = sentenceFeatures(tokens, { capRatio, hits: gazetteerHits(gazetteer, tokens), docCase: (w) => docCaseOf(doc, own, w) }, mask);
    const emit = new Float64Array(tokens.length * T);
    for (let i = 0; i < tokens.length; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const at = rowAt(weights, ids[k]!);
        if (at >= 0) for (let t = 0; t < T; t++) emit[i * T + t] += table[at + t]!;
      }
      for (let t = 0; t < T; t++) emit[i * T + t] *= data.scale;
    }
    return viterbi(emit, tokens.length, trans);
  };

  /**
   * The document a paragraph is read in is the paragraphs around it, as for the training news
   * (sentences in order, no document boundaries): the counts slide with the paragraph, so a
   * 2-million-word page costs what its paragraphs cost and a deadline stops it at once.
   */
  const tagDocument = (texts: readonly string[], isPast: () => boolean = () => false): NameSpan[][] => {
    const split: Token[][][] = [];
    const doc: CaseCounts = new Map();
    const count = (i: number, sign: number) => { for (const sent of split[i]!) caseCounts(sent.map((t) => t.text), doc, sign); };
    const out: NameSpan[][] = [];
    for (let i = 0; i < texts.length; i++) {
      if (isPast()) break;
      for (let k = split.length; k <= Math.min(i + DOC_WINDOW, texts.length - 1); k++) {
        split.push(sentences(texts[k]!, tokenize(texts[k]!)).map((sent) => sentenceCase(sent, capitalised)));
        count(k, 1);
      }
      if (i - DOC_WINDOW - 1 >= 0) {
        count(i - DOC_WINDOW - 1, -1);
        split[i - DOC_WINDOW - 1] = [];
      }
      const names: NameSpan[] = [];
      split[i]!.forEach((sent, si) => {
        for (const s of spansOf(tagTokens(sent, doc))) {
          const toks = sent.slice(s.from, s.to);
          names.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, type: s.type, tokens: toks, sentence: si });
        }
      });
      out.push(names);
    }
    return out;
  };

  return { gazetteer, tagTokens, tagDocument, tag: (text) => tagDocument([text])[0]!, capitalised };
}
