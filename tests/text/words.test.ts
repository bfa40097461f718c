import { describe, expect, it } from 'vitest';
import { matchKey, wordsOf } from '../../src/core/text/normalize.js';

describe('the words of a text', () => {
  it('compare equal across typography, case and punctuation', () => {
    expect(matchKey('“Don’t panic,” she said — twice.')).toBe(matchKey('"don\'t PANIC" she said - twice'));
    expect(wordsOf('東京で会議')).toHaveLength(5);
  });

  it('of a run of millions of letters (a hex dump in a page) are one word, not a crash', () => {
    expect(wordsOf(`dump: ${'0f'.repeat(2_500_000)} end`)).toHaveLength(3);
  });

  it('stay right for a text seen again after thousands of others (a folder of pages)', () => {
    const first = 'The council approved the budget on Tuesday.';
    expect(wordsOf(first)).toEqual(['the', 'council', 'approved', 'the', 'budget', 'on', 'tuesday']);
    for (let i = 0; i < 10_000; i++) wordsOf(`Paragraph ${i} of a very long page, about item ${i * 7}.`);
    wordsOf('x'.repeat(3_000_000));
    expect(wordsOf(first)).toEqual(['the', 'council', 'approved', 'the', 'budget', 'on', 'tuesday']);
    expect(wordsOf('Paragraph 9999 of a very long page')).toEqual(['paragraph', '9999', 'of', 'a', 'very', 'long', 'page']);
  });
});
