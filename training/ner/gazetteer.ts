/**
 * Builds the tagger's name lists from ../shared/corpus/ner/gazetteer: one family per kind of
 * name, each entry tokenised and lower-cased the way the tagger looks it up. Lists under the ODbL
 * (country names, demonyms) are kept apart so that the shipped file stays under that licence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerKey } from '../../src/core/entities/tagger/gazetteer.js';
import { tokenize } from '../../src/core/entities/tagger/tokens.js';
import { csvFields } from './corpora.js';

export interface BuiltLists {
  /** Families from lists in the public domain, CC0, PDDL, MIT and CC BY. */
  open: Record<string, string>;
  /** Families from ODbL lists (mledoze/countries). */
  odbl: Record<string, string>;
}

const key = (name: string) => tokenize(name).map((t) => gazetteerKey(t.text)).join(' ');

function rows(dir: string, file: string): Record<string, string>[] {
  const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).filter(Boolean);
  const header = csvFields(lines[0]!);
  return lines.slice(1).map((l) => {
    const f = csvFields(l);
    return Object.fromEntries(header.map((h, i) => [h, f[i] ?? '']));
  });
}

export function buildLists(dir: string): BuiltLists {
  const fams = new Map<string, Set<string>>();
  const odblFams = new Map<string, Set<string>>();
  const add = (family: string, name: string | undefined, into = fams) => {
    const k = name ? key(name) : '';
    if (!k) return;
    (into.get(family) ?? into.set(family, new Set()).get(family)!).add(k);
  };

  for (const r of rows(dir, 'world-cities.csv')) { add('city', r.name); add('region', r.subcountry); }
  for (const r of rows(dir, 'country-list.csv')) add('country', r.Name);
  for (const r of rows(dir, 'country-names.csv')) add('country', r.name, odblFams);
  for (const r of rows(dir, 'demonyms.csv')) add('demonym', r.demonym, odblFams);
  for (const r of rows(dir, 'football-clubs.csv')) add(r.kind === 'name' ? 'club' : 'club-alias', r.name);
  for (const r of rows(dir, 'basketball-teams.csv')) add(r.kind === 'name' ? 'team' : 'team-short', r.name);
  for (const r of rows(dir, 'companies-us-listed.csv')) { add('company', r.name); add('company', r.short_name); }
  for (const r of rows(dir, 'government-bodies.csv')) { add('gov', r.name); add('gov', r.abbreviation); }
  for (const r of rows(dir, 'international-organisations.csv')) { add('intl', r.name); add('intl', r.acronym); }
  for (const r of rows(dir, 'political-parties.csv')) add(r.kind === 'short' ? 'party-short' : 'party', r.name);
  for (const r of rows(dir, 'universities.csv')) add('univ', r.name);
  for (const r of rows(dir, 'news-media.csv')) add('media', r.name);

  // Given names by the share of births that were girls' (US and UK), else as Wikidata types them:
  // the tagger reads them as name evidence, the speaker rules as a prior for "he" and "she".
  const births = new Map<string, { f: number; m: number }>();
  for (const file of ['first-names-us-ssa.csv', 'first-names-uk.csv']) {
    for (const r of rows(dir, file)) {
      const f = Number(r.female_births);
      const m = Number(r.male_births);
      if (f + m < 50) continue;
      const k = key(r.name!);
      const b = births.get(k) ?? { f: 0, m: 0 };
      births.set(k, { f: b.f + f, m: b.m + m });
    }
  }
  for (const [k, b] of births) add(b.f / (b.f + b.m) >= 0.9 ? 'first-f' : b.m / (b.f + b.m) >= 0.9 ? 'first-m' : 'first-x', k);
  for (const r of rows(dir, 'given-names-wikidata.csv')) {
    const k = key(r.name!);
    if (births.has(k)) continue;
    add(r.gender === 'female' ? 'first-f' : r.gender === 'male' ? 'first-m' : 'first-x', k);
  }
  for (const name of readFileSync(join(dir, 'family-names-wikidata.txt'), 'utf8').split(/\r?\n/)) add('family', name);

  const dump = (m: Map<string, Set<string>>) => Object.fromEntries([...m.keys()].sort().map((f) => [f, [...m.get(f)!].sort().join('\n')]));
  return { open: dump(fams), odbl: dump(odblFams) };
}
