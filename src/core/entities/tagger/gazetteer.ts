import type { Token } from './tokens.js';

/**
 * Name lists as tagger features: for each token, where it stands in the longest run of tokens
 * that a list holds ("new york" in the cities, "manchester united" in the football clubs). The
 * lists only suggest; the weights learned from annotated text decide what a hit is worth in its
 * context, so "Chelsea" the club, the place and the first name can all be told apart.
 *
 * Loading is on the popup's path to its first highlight, so nothing is built per entry: no string
 * is cut out of the lists and no Map filled. Two open-addressing hash tables of typed arrays point
 * into the list texts themselves: one from entries to the families that hold them (a bit each),
 * one from the first words of the longer entries to the families holding one and the longest.
 * Building them is one pass over the characters. Matching probes each run of words once for all
 * families, not once per family (a common first word, "the" or "new", starts entries in most of
 * them), hashing the run word by word as it grows instead of joining strings.
 */

/** A list family: its entries, lower-cased and tokenised, one per line. */
export type GazetteerSource = Readonly<Record<string, string>>;

export interface Gazetteer {
  families: readonly string[];
  /** Whether a family holds an entry (tokens lower-cased and joined by single spaces). */
  has(family: string, entry: string): boolean;
  /** Every entry: a bit per family holding it (bit i = families[i]). */
  entries: KeyTable;
  /** First words of the entries of several words: a bit per family holding such an entry, and the most words of one. */
  firsts: KeyTable;
}

const MAX_WORDS = 8;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** FNV-1a of a string's UTF-16 code units, continuing from `h`: a key hashes the same whole or word by word. */
function hashMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of words so far (`h`) followed by a space and `word`. */
const hashNextWord = (h: number, word: string) => hashMore(Math.imul(h ^ SPACE, FNV_PRIME), word);

/** Keys stored as stretches of the list texts, with an int of bits and a count per key. */
class KeyTable {
  private readonly mask: number;
  private readonly hash: Int32Array;
  /** Which text holds the key; -1 for an empty slot. */
  private readonly source: Int8Array;
  private readonly start: Int32Array;
  private readonly length: Int32Array;
  readonly bits: Int32Array;
  readonly most: Uint8Array;

  constructor(keys: number, private readonly texts: readonly string[]) {
    let size = 16;
    while (size < keys * 2) size *= 2;
    this.mask = size - 1;
    this.hash = new Int32Array(size);
    this.source = new Int8Array(size).fill(-1);
    this.start = new Int32Array(size);
    this.length = new Int32Array(size);
    this.bits = new Int32Array(size);
    this.most = new Uint8Array(size);
  }

  /** The slot of texts[t] from `from` to `to` (hashing to `h`), taken if the key is new. */
  add(h: number, t: number, from: number, to: number): number {
    const text = this.texts[t]!;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      if (this.source[s]! < 0) {
        this.hash[s] = h;
        this.source[s] = t;
        this.start[s] = from;
        this.length[s] = to - from;
        return s;
      }
      if (this.hash[s] === h && this.length[s] === to - from && sameChars(this.texts[this.source[s]!]!, this.start[s]!, text, from, to - from)) return s;
    }
  }

  /** The slot of the words keys[i..i+n) joined by single spaces (hashing to `h`), or -1. */
  find(h: number, keys: readonly string[], i: number, n: number): number {
    for (let s = h & this.mask; this.source[s]! >= 0; s = (s + 1) & this.mask) {
      if (this.hash[s] === h && this.holds(s, keys, i, n)) return s;
    }
    return -1;
  }

  private holds(s: number, keys: readonly string[], i: number, n: number): boolean {
    let len = n - 1;
    for (let k = i; k < i + n; k++) len += keys[k]!.length;
    if (len !== this.length[s]) return false;
    const text = this.texts[this.source[s]!]!;
    let at = this.start[s]!;
    for (let k = i; k < i + n; k++) {
      if (k > i && text.charCodeAt(at++) !== SPACE) return false;
      if (!text.startsWith(keys[k]!, at)) return false;
      at += keys[k]!.length;
    }
    return true;
  }
}

function sameChars(a: string, aFrom: number, b: string, bFrom: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

export function loadGazetteer(...sources: GazetteerSource[]): Gazetteer {
  const families: string[] = [];
  const texts: string[] = [];
  const bitOf: number[] = [];
  for (const source of sources) {
    for (const [family, text] of Object.entries(source)) {
      let f = families.indexOf(family);
      if (f < 0) {
        if (families.length >= 31) throw new Error('too many name-list families');
        f = families.push(family) - 1;
      }
      texts.push(text);
      bitOf.push(1 << f);
    }
  }
  let lines = 0;
  for (const text of texts) for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const entries = new KeyTable(lines + texts.length, texts);
  const firsts = new KeyTable(lines + texts.length, texts);
  texts.forEach((text, t) => {
    const bit = bitOf[t]!;
    for (let from = 0; from <= text.length;) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      let h = FNV_OFFSET;
      let firstEnd = -1;
      let firstHash = 0;
      let words = 1;
      for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        if (c === SPACE) {
          if (firstEnd < 0) (firstEnd = k, firstHash = h);
          words++;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      if (to > from) entries.bits[entries.add(h, t, from, to)]! |= bit;
      if (firstEnd >= 0) {
        const s = firsts.add(firstHash, t, from, firstEnd);
        firsts.bits[s]! |= bit;
        firsts.most[s] = Math.max(firsts.most[s]!, Math.min(words, MAX_WORDS));
      }
      from = to + 1;
    }
  });
  return {
    families, entries, firsts,
    has(family, entry) {
      const f = families.indexOf(family);
      if (f < 0) return false;
      const s = entries.find(hashMore(FNV_OFFSET, entry), [entry], 0, 1);
      return s >= 0 && (entries.bits[s]! & (1 << f)) !== 0;
    },
  };
}

/** Lower-case key of a token as the lists store it. */
export const gazetteerKey = (t: string): string => t.toLowerCase().replace(/’/g, "'");

/** Scratch for matchAt: one length per family. */
const scratch = new Int32Array(32);

/**
 * How many tokens from `i` on the longest entry of family `f` covers (0 for none), `keys` being
 * the tokens' gazetteerKey.
 */
export function matchAt(g: Gazetteer, f: number, keys: readonly string[], i: number): number {
  const h = hashMore(FNV_OFFSET, keys[i]!);
  const single = g.entries.find(h, keys, i, 1);
  longestAt(g, keys, i, h, 1 << f, scratch, single < 0 ? 0 : g.entries.bits[single]!, g.firsts.find(h, keys, i, 1));
  return scratch[f]!;
}

/**
 * For each family whose bit is in `wanted`, the tokens from `i` on its longest entry there covers
 * (0 for none), written into `lengths`; returns the bits of the families with an entry there.
 * `h` is the hash of the token at `i`, `single` the families holding it as an entry, `first` its
 * slot among the first words of longer entries (-1: none).
 */
function longestAt(g: Gazetteer, keys: readonly string[], i: number, h: number, wanted: number, lengths: Int32Array, single: number, first: number): number {
  let found = single & wanted;
  for (let f = 0, bits = wanted; bits; f++, bits >>>= 1) if (bits & 1) lengths[f] = (found >>> f) & 1;
  if (first < 0 || !(g.firsts.bits[first]! & wanted)) return found;
  const most = g.firsts.most[first]!;
  for (let n = 2; n <= most && i + n <= keys.length; n++) {
    h = hashNextWord(h, keys[i + n - 1]!);
    const s = g.entries.find(h, keys, i, n);
    const here = s < 0 ? 0 : g.entries.bits[s]! & wanted;
    found |= here;
    for (let f = 0, bits = here; bits; f++, bits >>>= 1) if (bits & 1) lengths[f] = n;
  }
  return found;
}

/**
 * For each token, its hits as "family:B" (first token of a match), "family:I" (inside) or
 * "family:U" (a one-token match), the longest match per family winning and matches of one family
 * never overlapping.
 */
export function gazetteerHits(g: Gazetteer, tokens: readonly Token[]): string[][] {
  const keys = tokens.map((t) => gazetteerKey(t.text));
  const hits: string[][] = tokens.map(() => []);
  const free = new Int32Array(g.families.length);
  const lengths = new Int32Array(g.families.length);
  for (let i = 0; i < keys.length; i++) {
    // The families with an entry starting here (of several words, or of this one word) that are
    // not inside a match of their own already.
    const h = hashMore(FNV_OFFSET, keys[i]!);
    const entry = g.entries.find(h, keys, i, 1);
    const single = entry < 0 ? 0 : g.entries.bits[entry]!;
    const first = g.firsts.find(h, keys, i, 1);
    let wanted = single | (first < 0 ? 0 : g.firsts.bits[first]!);
    for (let f = 0, bits = wanted; bits; f++, bits >>>= 1) if (bits & 1 && free[f]! > i) wanted &= ~(1 << f);
    if (!wanted) continue;
    let found = longestAt(g, keys, i, h, wanted, lengths, single, first);
    for (let f = 0; found; f++, found >>>= 1) {
      if (!(found & 1)) continue;
      const len = lengths[f]!;
      if (len === 1) hits[i]!.push(`${g.families[f]}:U`);
      else for (let k = 0; k < len; k++) hits[i + k]!.push(`${g.families[f]}:${k === 0 ? 'B' : 'I'}`);
      free[f] = i + len;
    }
  }
  return hits;
}
