import { describe, expect, it } from 'vitest';
import { pullQuotes } from '../../src/core/clean/pull-quotes.js';
import { applyRule, blocks } from '../helpers.js';

const HOST = 'However, speaking in December, Putin said that "positive things have happened there thanks to you and your comrades, who have been working in the air."';
const KIRBY = '"It is difficult in the extreme to see how strikes against civilian targets contribute in any way to the peace process now being explored," State Department spokesman John Kirby said.';

describe('pull-quotes', () => {
  it('removes a plain-text echo with a "- Name, title |" tail, before or after the sentence it echoes', () => {
    const { removed, records } = applyRule(pullQuotes, blocks(
      'It is difficult in the extreme to see how strikes against civilian targets contribute in any way to the peace process - US State Department spokesman John Kirby |',
      KIRBY,
      'Positive things have happened there thanks to you and your comrades - Russian President Vladimir Putin addressing Russian military officers |',
      HOST,
    ));
    expect(removed).toHaveLength(2);
    expect(records.every((r) => r.reason === 'pull-quote')).toBe(true);
  });

  it('removes an attributed echo of a whole short paragraph, and of a quote one word shorter than its host', () => {
    const { removed } = applyRule(pullQuotes, blocks(
      '\u201cThe National Assembly resumed from its annual recess on Tuesday\u201d - Colm Ferriter, senior analyst |',
      'The National Assembly resumed from its annual recess on Tuesday.',
      'He has taken responsibility for using threatening language in this instance \u2014 Marisol Quenby',
      '"He has taken responsibility for using threatening language in this instance," Zoghlin said.',
    ));
    expect(removed).toHaveLength(2);
  });

  it('removes echoes in quote markup with their separate attribution line', () => {
    const { removed } = applyRule(pullQuotes, blocks(
      HOST,
      { type: 'quote', text: 'Positive things have happened there thanks to you', hints: { trail: 'p < blockquote < aside.pull-quote' } },
      { text: '- Russian President Vladimir Putin |', hints: { trail: 'div.pull-quote__cite < aside.pull-quote' } },
      { text: '\u201cPositive things have happened there,\u201d Putin said', hints: { trail: 'p', emphasised: true } },
      'The statement signalled a high degree of involvement.',
    ));
    expect(removed).toEqual([
      'Positive things have happened there thanks to you', '- Russian President Vladimir Putin |',
      '\u201cPositive things have happened there,\u201d Putin said',
    ]);
  });

  it('keeps an unmarked short line that shares wording with a longer one, and embedded posts', () => {
    const story = blocks(
      'Beachbody Performance Recover, 1 cup blueberries',
      'Beachbody Performance Recover, 1 cup blueberries, 2 whole-grain rice cakes, 1 tsp. nut butter',
      { type: 'quote', text: 'Positive things have happened there thanks to you and your comrades', hints: { trail: 'p < blockquote.twitter-tweet' } },
      HOST,
    );
    expect(applyRule(pullQuotes, story).kept).toHaveLength(4);
  });

  it('keeps a real quotation that echoes nothing, short dialogue, and full-length copies', () => {
    const story = blocks(
      { type: 'quote', text: 'We shall fight on the beaches, we shall fight on the landing grounds.' },
      '"No," he said.',
      HOST,
      'Putin did not say where the officers had served.',
      HOST.replace('However, ', 'But '),
    );
    expect(applyRule(pullQuotes, story).kept).toHaveLength(5);
  });
});
