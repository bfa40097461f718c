import type { Token } from './tokens.js';

/**
 * Name lists as tagger features: for each token, where it stands in the longest run of tokens
 * that a list holds ("new york" in the cities, "manchester united" in the football clubs). The
 * lists only suggest; the weights learned from annotated text decide what a hit is worth in its
 * context, so "Chelsea" the club, the place and the first name can all be told apart.
 *
 * Loading is on the popup's path to its first highlight, so the structure is cheap to build: one
 * map from entries to the families that hold them (a bit each), one-word entries apart, and per
 * first word of the longer entries the families holding one and the longest. Matching probes each
 * run of words once for all families, not once per family: a common first word ("the", "new")
 * starts entries in most of them.
 */

/** A list family: its entries, lower-cased and tokenised, one per line. */
export type GazetteerSource = Readonly<Record<string, string>>;

/** The entries of several words that start with one word. */
export interface Starts {
  /** A bit per family that holds such an entry (bit i = families[i]). */
  families: number;
  /** Words in the longest such entry (at most MAX_WORDS). */
  longest: number;
}

export interface Gazetteer {
  families: readonly string[];
  /** Whether a family holds an entry (tokens lower-cased and joined by single spaces). */
  has(family: string, entry: string): boolean;
  /** Per first token of an entry of several words, the families holding such entries and the longest. */
  starts: ReadonlyMap<string, Starts>;
  /** One-word entries: a bit per family (bit i = families[i]). */
  single: ReadonlyMap<string, number>;
  /** Entries of several words: a bit per family. */
  multi: ReadonlyMap<string, number>;
}

const MAX_WORDS = 8;

export function loadGazetteer(...sources: GazetteerSource[]): Gazetteer {
  const families: string[] = [];
  const single = new Map<string, number>();
  const multi = new Map<string, number>();
  const starts = new Map<string, Starts>();
  for (const source of sources) {
    for (const [family, text] of Object.entries(source)) {
      let f = families.indexOf(family);
      if (f < 0) {
        if (families.length >= 31) throw new Error('too many name-list families');
        f = families.push(family) - 1;
      }
      const bit = 1 << f;
      for (const line of text.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 0) {
          if (line) single.set(line, (single.get(line) ?? 0) | bit);
          continue;
        }
        multi.set(line, (multi.get(line) ?? 0) | bit);
        let n = 2;
        for (let i = line.indexOf(' ', space + 1); i >= 0; i = line.indexOf(' ', i + 1)) n++;
        const first = line.slice(0, space);
        const entry = starts.get(first);
        if (entry) {
          entry.families |= bit;
          entry.longest = Math.max(entry.longest, Math.min(n, MAX_WORDS));
        } else {
          starts.set(first, { families: bit, longest: Math.min(n, MAX_WORDS) });
        }
      }
    }
  }
  return {
    families, single, multi, starts,
    has(family, entry) {
      const f = families.indexOf(family);
      if (f < 0) return false;
      return (((entry.includes(' ') ? multi : single).get(entry) ?? 0) & (1 << f)) !== 0;
    },
  };
}

/** Lower-case key of a token as the lists store it. */
export const gazetteerKey = (t: string): string => t.toLowerCase().replace(/’/g, "'");

/**
 * How many tokens from `i` on the longest entry of family `f` covers (0 for none), `keys` being
 * the tokens' gazetteerKey.
 */
export function matchAt(g: Gazetteer, f: number, keys: readonly string[], i: number): number {
  const lengths = new Int32Array(g.families.length);
  longestAt(g, keys, i, 1 << f, lengths, g.single.get(keys[i]!) ?? 0, g.starts.get(keys[i]!));
  return lengths[f]!;
}

/**
 * For each family whose bit is in `wanted`, the tokens from `i` on its longest entry there covers
 * (0 for none), written into `lengths`; returns the bits of the families with an entry there.
 * `single` and `starts` are what the lists hold for the token at `i`.
 */
function longestAt(g: Gazetteer, keys: readonly string[], i: number, wanted: number, lengths: Int32Array, single: number, starts: Starts | undefined): number {
  let found = single & wanted;
  for (let f = 0, bits = wanted; bits; f++, bits >>>= 1) if (bits & 1) lengths[f] = (found >>> f) & 1;
  if (!starts || !(starts.families & wanted)) return found;
  let probe = keys[i]!;
  for (let n = 2; n <= starts.longest && i + n <= keys.length; n++) {
    probe = `${probe} ${keys[i + n - 1]}`;
    const here = (g.multi.get(probe) ?? 0) & wanted;
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
    const single = g.single.get(keys[i]!) ?? 0;
    const starts = g.starts.get(keys[i]!);
    let wanted = single | (starts?.families ?? 0);
    for (let f = 0, bits = wanted; bits; f++, bits >>>= 1) if (bits & 1 && free[f]! > i) wanted &= ~(1 << f);
    if (!wanted) continue;
    let found = longestAt(g, keys, i, wanted, lengths, single, starts);
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
