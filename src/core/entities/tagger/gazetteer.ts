import type { Token } from './tokens.js';

/**
 * Name lists as tagger features: for each token, where it stands in the longest run of tokens
 * that a list holds ("new york" in the cities, "manchester united" in the football clubs). The
 * lists only suggest; the weights learned from annotated text decide what a hit is worth in its
 * context, so "Chelsea" the club, the place and the first name can all be told apart.
 *
 * Loading is on the popup's path to its first highlight, so the structure is cheap to build: one
 * map from one-word entries to the families that hold them (a bit each), and for entries of
 * several words a set per family plus, per first word, the families and their longest entry.
 */

/** A list family: its entries, lower-cased and tokenised, one per line. */
export type GazetteerSource = Readonly<Record<string, string>>;

export interface Gazetteer {
  families: readonly string[];
  /** Whether a family holds an entry (tokens lower-cased and joined by single spaces). */
  has(family: string, entry: string): boolean;
  /** Per first token of an entry, the families holding entries that start with it and their longest such entry. */
  starts: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** One-word entries: a bit per family (bit i = families[i]). */
  single: ReadonlyMap<string, number>;
  /** Entries of several words, per family index. */
  multi: readonly ReadonlySet<string>[];
}

const MAX_WORDS = 8;

export function loadGazetteer(...sources: GazetteerSource[]): Gazetteer {
  const families: string[] = [];
  const single = new Map<string, number>();
  const multi: Set<string>[] = [];
  const starts = new Map<string, Map<number, number>>();
  for (const source of sources) {
    for (const [family, text] of Object.entries(source)) {
      let f = families.indexOf(family);
      if (f < 0) {
        if (families.length >= 31) throw new Error('too many name-list families');
        f = families.push(family) - 1;
        multi.push(new Set());
      }
      const bit = 1 << f;
      for (const line of text.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 0) {
          if (line) single.set(line, (single.get(line) ?? 0) | bit);
          continue;
        }
        multi[f]!.add(line);
        let n = 2;
        for (let i = line.indexOf(' ', space + 1); i >= 0; i = line.indexOf(' ', i + 1)) n++;
        const first = line.slice(0, space);
        let byFamily = starts.get(first);
        if (!byFamily) starts.set(first, (byFamily = new Map()));
        if ((byFamily.get(f) ?? 0) < n) byFamily.set(f, Math.min(n, MAX_WORDS));
      }
    }
  }
  return {
    families, single, multi, starts,
    has(family, entry) {
      const f = families.indexOf(family);
      if (f < 0) return false;
      return entry.includes(' ') ? multi[f]!.has(entry) : ((single.get(entry) ?? 0) & (1 << f)) !== 0;
    },
  };
}

/** Lower-case key of a token as the lists store it. */
export const gazetteerKey = (t: string): string => t.toLowerCase().replace(/’/g, "'");

/**
 * How many tokens from `i` on the longest entry of family `f` covers (0 for none), `keys` being
 * the tokens' gazetteerKey. `probes` holds the texts of the tokens from `i` on (index n - 2 for n
 * tokens), shared by the families looked up at the same token.
 */
export function matchAt(g: Gazetteer, f: number, keys: readonly string[], i: number, probes: string[] = []): number {
  const max = g.starts.get(keys[i]!)?.get(f) ?? 1;
  let len = ((g.single.get(keys[i]!) ?? 0) & (1 << f)) !== 0 ? 1 : 0;
  for (let n = 2; n <= max && i + n <= keys.length; n++) {
    const probe = (probes[n - 2] ??= `${n === 2 ? keys[i] : probes[n - 3]} ${keys[i + n - 1]}`);
    if (g.multi[f]!.has(probe)) len = n;
  }
  return len;
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
  for (let i = 0; i < keys.length; i++) {
    // The families with an entry starting here: of several words, or of this one word (a bit each).
    let present = g.single.get(keys[i]!) ?? 0;
    const starts = g.starts.get(keys[i]!);
    if (starts) for (const f of starts.keys()) present |= 1 << f;
    const probes: string[] = [];
    for (let f = 0; present; f++, present >>>= 1) {
      if (!(present & 1) || free[f]! > i) continue;
      const len = matchAt(g, f, keys, i, probes);
      if (!len) continue;
      if (len === 1) hits[i]!.push(`${g.families[f]}:U`);
      else for (let k = 0; k < len; k++) hits[i + k]!.push(`${g.families[f]}:${k === 0 ? 'B' : 'I'}`);
      free[f] = i + len;
    }
  }
  return hits;
}
