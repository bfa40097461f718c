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

describe('pull-quotes as designers set them', () => {
  const FLOW = 'p < div.story < article';
  const body = (text: string) => ({ text, hints: { trail: FLOW } });
  const SENTENCE = 'The council had warned for years that the sea wall would not survive another winter of storms like these.';
  const OTHER = 'Engineers said repairs would take until March, and buses will run inland until the road reopens.';

  it('removes edited echoes: an ellipsis, a trimmed clause, a changed word, other quotation marks', () => {
    const echoes = [
      '\u201cThe council had warned for years \u2026 survive another winter of storms like these\u201d',
      'The council had warned for years that the sea wall would not survive another winter',
      '"The council had warned for decades that the sea wall would not survive another winter of storms"',
    ];
    for (const echo of echoes) {
      const { removed } = applyRule(pullQuotes, blocks(body(SENTENCE), body(OTHER), { type: 'quote', text: echo, hints: { trail: 'p < blockquote.pullquote < div.story' } }, body(OTHER.replace('March', 'April'))));
      expect(removed, echo).toEqual([echo]);
    }
  });

  it('removes a quote split over two lines with its "Name |" credit line, and a bold one in the flow', () => {
    const lines = ['\u201cThe council had warned for years that the sea', 'wall would not survive another winter\u201d', 'Marisol Quenby |'];
    const split = lines.map((text) => ({ text, hints: { trail: 'p < div.callout < div.story' } }));
    const bold = { text: 'Engineers said repairs would take until March', hints: { trail: FLOW, emphasised: true } };
    const { removed } = applyRule(pullQuotes, blocks(body(SENTENCE), ...split, body(OTHER), bold, body('The road will reopen in spring.')));
    expect(removed).toEqual([...lines, bold.text]);
  });

  it('removes an echo set in a wrapper of its own outside the prose flow, with a credit in a cite', () => {
    const quote = { text: 'the sea wall would not survive another winter of storms', hints: { trail: 'p < div < div.story' } };
    const cite = { text: 'Jane Doe, harbour master', hints: { trail: 'cite < div < div.story' } };
    expect(applyRule(pullQuotes, blocks(body(SENTENCE), quote, cite, body(OTHER))).removed).toEqual([quote.text, cite.text]);
  });

  it('keeps bold questions put to each guest, and the lines of a list box that share their wording', () => {
    const question = { text: 'What inspired you to start cooking for other people?', hints: { trail: FLOW, emphasised: true } };
    const item = (text: string) => ({ text, hints: { trail: 'p < ul < div.story' } });
    const story = blocks(
      question, body('My grandmother, who ran a kitchen in the harbour for forty years and fed half the town.'),
      question, body('Hunger, mostly: I was a student and could not afford to eat out.'),
      item('Eurogeddon: a word the editors considered for the title this year'),
      item('Superstorm: a word the editors considered for the title this year, and the winner'),
    );
    expect(applyRule(pullQuotes, story).removed).toEqual([]);
  });

  it('keeps bold subheads that name their section in its own words, and headings a table of contents lists', () => {
    const bold = (text: string) => ({ text, hints: { trail: 'p < div.entry', emphasised: true } });
    const plain = (text: string, linkDensity = 0) => ({ text, hints: { trail: 'p < div.entry', linkDensity } });
    const story = blocks(
      plain('1) Can You Help with an SEO Issue on My Site?\n2) Will You Write About My Startup in a Blog Post Soon?', 0.96),
      bold('Philips Hue iPhone Controlled Light Bulb System'),
      plain('The Philips Hue iPhone controlled light bulb system lets you change the colour of every lamp in the house from your phone.'),
      bold('1) Can you help with an SEO issue on my site?'),
      plain('Sort of. The best place to get help with an SEO issue on your site is the Q+A forum, where most questions get an answer.'),
      bold('2) Will you write about my startup in a blog post soon?'),
      plain('Probably not, though I read every pitch and write about my startup friends in a blog post when the news is big.'),
    );
    expect(applyRule(pullQuotes, story).removed).toEqual([]);
  });

  it('still removes a bold sentence that echoes the body, and a heading set in quote markup', () => {
    const story = blocks(
      { text: 'The lamps change colour from your phone', hints: { trail: 'p < div.entry', emphasised: true } },
      { text: 'The Philips Hue System Changes Colour From Your Phone', type: 'heading', hints: { trail: 'h2 < blockquote.pullquote < div.entry' } },
      { text: 'The Philips Hue system is new: the lamps change colour from your phone, whenever you like.', hints: { trail: 'p < div.entry' } },
    );
    expect(applyRule(pullQuotes, story).removed).toHaveLength(2);
  });

  it('removes a credited quote of a whole short paragraph in the very same words, with its credit', () => {
    const story = blocks(
      { text: 'The listing ceremony is due to be held at the stock exchange next Tuesday', hints: { trail: 'p < div < div.post' } },
      { text: '\u2014 Lucia Benedetti', hints: { trail: 'p < div < div.post' } },
      { text: 'The company said its shares would trade in two cities from the same day.', hints: { trail: 'p < div.post' } },
      { text: 'The listing ceremony is due to be held at the stock exchange next Tuesday.', hints: { trail: 'p < div.post' } },
    );
    expect(applyRule(pullQuotes, story).removed).toEqual(['The listing ceremony is due to be held at the stock exchange next Tuesday', '\u2014 Lucia Benedetti']);
  });
});
