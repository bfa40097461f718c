import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentParts, loadTagger, sameContext, type ModelData, type NameSpan } from '../../src/core/entities/tagger/model.js';
import { shippedTagger } from '../../src/core/entities/tagger/shipped.js';
import { sentences, tokenize } from '../../src/core/entities/tagger/tokens.js';
import { allowed, spansOf, T, TAGS, viterbi } from '../../src/core/entities/tagger/viterbi.js';

const names = (text: string) => shippedTagger().tag(text).map((n) => `${text.slice(n.start, n.end)}/${n.type}`);

describe('tokens and sentences', () => {
  it('keeps abbreviations and initials whole, splits possessives and punctuation, and keeps offsets', () => {
    const text = 'Sen. Jon Tester met Elizabeth A. Burton in the U.S. on Monday. Obama\u2019s aide said "no."';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Sen.', 'Jon', 'Tester', 'met', 'Elizabeth', 'A.', 'Burton', 'in', 'the', 'U.S.', 'on', 'Monday', '.',
      'Obama', '\u2019s', 'aide', 'said', '"', 'no', '.', '"']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences(text, tokens).map((s) => s.length)).toEqual([13, 8]);
  });

  it('ends a sentence at a line break', () => {
    const text = 'Home\nWorld News';
    expect(sentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '))).toEqual(['Home', 'World News']);
  });
});

describe('decoder', () => {
  it('never returns a name that starts in its middle, whatever the scores', () => {
    fc.assert(fc.property(fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: T, maxLength: 20 * T }), fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: (T + 1) * T, maxLength: (T + 1) * T }), (scores, trans) => {
      const n = Math.floor(scores.length / T);
      const tags = viterbi(Float64Array.from(scores.slice(0, n * T)), n, Float64Array.from(trans));
      for (let i = 0; i < n; i++) expect(allowed(i === 0 ? -1 : tags[i - 1]!, tags[i]!)).toBe(true);
    }));
  });

  it('reads spans off the tags', () => {
    const t = (s: string) => TAGS.indexOf(s as (typeof TAGS)[number]);
    expect(spansOf([t('B-PER'), t('I-PER'), t('O'), t('B-LOC'), t('B-LOC')])).toEqual([{ from: 0, to: 2, type: 'PER' }, { from: 3, to: 4, type: 'LOC' }, { from: 4, to: 5, type: 'LOC' }]);
  });
});

describe('the shipped model', () => {
  it('finds people, organisations and places in news copy', () => {
    expect(names('Angela Merkel met officials of the World Health Organization in Geneva on Tuesday.'))
      .toEqual(['Angela Merkel/PER', 'World Health Organization/ORG', 'Geneva/LOC']);
  });

  it('finds no names in text without spaces, emoji or control characters, and survives a 10,000-character word', () => {
    expect(names('\u5317\u4eac\u5e02\u653f\u5e9c\u4eca\u5929\u5ba3\u5e03\u4e86\u65b0\u7684\u653f\u7b56\u3002\u6771\u4eac\u90fd\u3082\u540c\u3058\u3067\u3059\u3002')).toEqual([]);
    expect(names('\ud83d\ude00\ud83d\ude80 \u0000\u0007\u001b \ud83c\udf89')).toEqual([]);
    const long = `${'A'.repeat(10_000)} said Angela Merkel.`;
    expect(names(long)).toContain('Angela Merkel/PER');
  });
});

describe('a document tagged in parts', () => {
  // Made-up words, each opening a sentence in its own paragraph and written as a name mid-sentence
  // six paragraphs on: only the paragraphs around it say whether the word is a name.
  const SYL = ['bra', 'ven', 'tol', 'mar', 'qui', 'dos', 'lem', 'far', 'sko', 'rin'];
  const word = (i: number) => `${SYL[i % 10]!.replace(/^./, (c) => c.toUpperCase())}${SYL[Math.floor(i / 10) % 10]}${SYL[Math.floor(i / 100) % 10]}`;
  const texts = Array.from({ length: 300 }, (_, i) => `${word(i)} opened the new school on Monday.${i >= 6 ? ` Officials in the town met ${word(i - 6)} and thanked ${word(i - 6)} for the work.` : ''}`);
  const shown = (names: NameSpan[][]) => names.map((ns) => ns.map((n) => `${n.start}-${n.end}/${n.type}`).join(' '));
  const whole = shown(shippedTagger().tagDocument(texts));

  it('gets the names of the whole when each part is read with the paragraphs around it', () => {
    const parts = documentParts(texts.length, 3);
    expect(parts.map((p) => [p.from, p.to])).toEqual([[0, 100], [100, 200], [200, 300]]);
    expect(shown(parts.flatMap((p) => shippedTagger().tagDocument(texts.slice(p.start, p.end)).slice(p.from - p.start, p.to - p.start)))).toEqual(whole);
    // Cut bare, the last paragraphs of a part lose the paragraphs that tell their names.
    expect(shown(parts.flatMap((p) => shippedTagger().tagDocument(texts.slice(p.from, p.to))))).not.toEqual(whole);
  });

  it('knows which texts keep their context when one is removed (those more than 40 texts from it)', () => {
    const before = Array.from({ length: 200 }, (_, i) => `text ${i}`);
    const after = before.filter((_, i) => i !== 100);
    expect(sameContext(after, 59, before, 59)).toBe(true);
    expect(sameContext(after, 60, before, 60)).toBe(false);
    expect(sameContext(after, 139, before, 140)).toBe(false);
    expect(sameContext(after, 140, before, 141)).toBe(true);
    // Near the end, both documents end in the same place.
    expect(sameContext(after, 198, before, 199)).toBe(true);
    expect(sameContext(after.slice(0, -1), 197, before, 198)).toBe(false);
  });
});

describe('loading weights', () => {
  const good: ModelData = { bits: 4, scale: 1, transitions: Array((T + 1) * T).fill(0), rows: '', rowCount: 0, capWords: {} };

  it('says what is wrong with missing or corrupt weights', () => {
    expect(() => loadTagger({ ...good, transitions: [] })).toThrow(/missing or malformed/);
    expect(() => loadTagger({ ...good, rowCount: 3 })).toThrow(/truncated/);
    expect(() => loadTagger({ ...good, rows: btoa(String.fromCharCode(0x7f, ...Array(T).fill(1))), rowCount: 1 })).toThrow(/outside the table/);
    expect(() => loadTagger({ ...good, rows: btoa(String.fromCharCode(1, ...Array(T).fill(1), 0, ...Array(T).fill(1))), rowCount: 2 })).toThrow(/a row twice/);
    expect(() => loadTagger(good).tag('Nothing to see here.')).not.toThrow();
  });
});
