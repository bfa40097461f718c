import { describe, expect, it } from 'vitest';
import { relatedHeadlines } from '../../src/core/clean/related-headlines.js';
import { applyRule, blocks } from '../helpers.js';

const P1 = 'Thousands of people were moved from their homes on Tuesday as rivers burst their banks.';
const P2 = '"We have never seen water this high," said Mei Lin, who runs a shop in the market town.';

describe('related-headlines', () => {
  it('removes a Title Case headline of another story standing between paragraphs of scraped text', () => {
    const { removed } = applyRule(relatedHeadlines, blocks(P1, 'Council Votes To Close Coast Road For The Winter', P2, 'Scientists Warn of Record Heat in Southern Europe', P1));
    expect(removed).toEqual(['Council Votes To Close Coast Road For The Winter', 'Scientists Warn of Record Heat in Southern Europe']);
  });

  it('keeps sentence-case subheadings, short ones, sentences, lines of a page (with markup), and lines not between paragraphs', () => {
    const kept = [
      P1, { type: 'heading' as const, text: 'Brutal offensive' }, P2, 'What Happens Next', P1, 'The Army Arrived On Tuesday.', P2,
      { text: 'Council Votes To Close Coast Road For The Winter', hints: { trail: 'p' } }, P1,
      'Council Votes To Close Coast Road For The Winter',
    ];
    expect(applyRule(relatedHeadlines, blocks(...kept)).removed).toEqual([]);
  });
});
