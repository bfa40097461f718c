import type { Token } from './tokens.js';

/**
 * Name lists as tagger features: for each token, where it stands in the longest run of tokens
 * that a list holds ("new york" in the cities, "manchester united" in the football clubs). The
 * lists only suggest; the weights learned from annotated text decide what a hit is worth in its
 * context, so "Chelsea" the club, the place and the first name can all be told apart.
 */

/** A list family: its entries, lower-cased and tokenised, one per line. */
export type GazetteerSource = Readonly<Record<string, string>>;

export interface Gazetteer {
  families: readonly string[];
  /** Per family, the entries as token strings joined by single spaces. */
  entries: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per first token of an entry, the families holding entries that start with it and their longest such entry. */
  starts: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function loadGazetteer(...sources: GazetteerSource[]): Gazetteer {
  const entries = new Map<string, Set<string>>();
  const starts = new Map<string, Map<string, number>>();
  for (const source of sources) {
    for (const [family, text] of Object.entries(source)) {
      const set = entries.get(family) ?? new Set<string>();
      for (const line of text.split('\n')) {
        if (!line) continue;
        set.add(line);
        const space = line.indexOf(' ');
        const first = space < 0 ? line : line.slice(0, space);
        let n = 1;
        for (let i = space; i >= 0; i = line.indexOf(' ', i + 1)) n++;
        const byFamily = starts.get(first) ?? new Map<string, number>();
        if ((byFamily.get(family) ?? 0) < n) byFamily.set(family, Math.min(n, 8));
        starts.set(first, byFamily);
      }
      entries.set(family, set);
    }
  }
  return { families: [...entries.keys()], entries, starts };
}

/** Lower-case key of a token as the lists store it. */
export const gazetteerKey = (t: string): string => t.toLowerCase().replace(/’/g, "'");

/**
 * For each token, its hits as "family:B" (first token of a match), "family:I" (inside) or
 * "family:U" (a one-token match), the longest match per family winning.
 */
export function gazetteerHits(g: Gazetteer, tokens: readonly Token[]): string[][] {
  const keys = tokens.map((t) => gazetteerKey(t.text));
  const hits: string[][] = tokens.map(() => []);
  // Per family, where its last match ended: matches of one family do not overlap.
  const free = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const families = g.starts.get(keys[i]!);
    if (!families) continue;
    for (const [family, max] of families) {
      if ((free.get(family) ?? 0) > i) continue;
      const set = g.entries.get(family)!;
      let len = 0;
      let probe = '';
      for (let n = 1; n <= max && i + n <= keys.length; n++) {
        probe = n === 1 ? keys[i]! : `${probe} ${keys[i + n - 1]}`;
        if (set.has(probe)) len = n;
      }
      if (!len) continue;
      if (len === 1) hits[i]!.push(`${family}:U`);
      else for (let k = 0; k < len; k++) hits[i + k]!.push(`${family}:${k === 0 ? 'B' : 'I'}`);
      free.set(family, i + len);
    }
  }
  return hits;
}
