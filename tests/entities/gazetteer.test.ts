import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteerHits, loadGazetteer, matchAt } from '../../src/core/entities/tagger/gazetteer.js';
import { tokenize } from '../../src/core/entities/tagger/tokens.js';

const lines = (entries: string[]) => [...new Set(entries)].join('\n');

describe('name lists', () => {
  it('find what a scan of every line finds', () => {
    // Words of a two-letter alphabet, so that first words, prefixes and entries of several words collide.
    const word = fc.stringMatching(/^[ab']{1,3}$/);
    const entry = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(fc.property(fc.array(fc.array(entry, { maxLength: 12 }), { minLength: 1, maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 6 }), (families, words) => {
      const g = loadGazetteer(Object.fromEntries(families.map((f, i) => [`f${i}`, lines(f)])));
      families.forEach((f, i) => {
        for (let n = 1; n <= words.length; n++) expect(g.has(`f${i}`, words.slice(0, n).join(' '))).toBe(f.includes(words.slice(0, n).join(' ')));
        // The longest entry of the family at the start of the words, by trying every length.
        let longest = 0;
        for (let n = 1; n <= words.length; n++) if (f.includes(words.slice(0, n).join(' '))) longest = n;
        expect(matchAt(g, i, words, 0)).toBe(longest);
      });
    }));
  });

  it('mark the longest entry of each family, entries of one family never overlapping (of two families, they may)', () => {
    const g = loadGazetteer({ city: lines(['new york', 'new york city', 'york']), club: lines(['york city', 'new']) });
    const tokens = tokenize('New York City beat York City');
    expect(gazetteerHits(g, tokens)).toEqual([
      ['city:B', 'club:U'], ['city:I', 'club:B'], ['city:I', 'club:I'], [], ['city:U', 'club:B'], ['club:I'],
    ]);
    expect(matchAt(g, g.families.indexOf('city'), tokens.map((t) => t.text.toLowerCase()), 0)).toBe(3);
  });
});
