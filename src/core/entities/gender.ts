import type { Entity } from './registry.js';
import { gazetteerKey } from './tagger/gazetteer.js';
import { shippedTagger } from './tagger/shipped.js';

/**
 * Whether "he" or "she" can stand for a person: told by a title ("Mrs.", "spokeswoman") or by the
 * first name, when nearly all (90%) of the US and UK births with that name were girls', or boys'
 * (the name lists' first-f / first-m families). Unknown is neither: it may be either.
 */
export type Gender = 'f' | 'm';

const TITLE_GENDER: Record<string, Gender> = {
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f', king: 'm', queen: 'f', prince: 'm', princess: 'f',
  spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f', father: 'm', sister: 'f',
};

export function genderOf(e: Entity): Gender | undefined {
  if (e.kind !== 'person') return undefined;
  for (const title of e.titles) {
    for (const w of title.split(/\s+/)) {
      const g = TITLE_GENDER[w.replace(/\./g, '')];
      if (g) return g;
    }
  }
  const names = e.name.split(/\s+/);
  if (names.length < 2) return undefined;
  const first = gazetteerKey(names[0]!);
  const lists = shippedTagger().gazetteer;
  if (lists.has('first-f', first)) return 'f';
  if (lists.has('first-m', first)) return 'm';
  return undefined;
}
