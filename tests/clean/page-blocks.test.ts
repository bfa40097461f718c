import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../src/core/clean/page-blocks.js';
import { applyRule, blocks } from '../helpers.js';

const FLOW = 'p < div.entry-content < div.post < div.page < div';
const story = (n: number) => ({ text: `Paragraph ${n} says what the council decided about the coast road on Tuesday, and why the harbour district objected to it.`, hints: { trail: FLOW } });

describe('page-blocks', () => {
  it('removes what the block model reads as page furniture in boxes apart from the story: a byline slug, a headline list, a section label, a source line', () => {
    const debris = [
      { text: 'By Jane Doe and John Roe / December 27, 2007; Page A7', hints: { trail: 'p < div.byline < div.page < div' } },
      { type: 'list' as const, text: 'Terrorist gets life in embassy plot\nMayor quits over fund', items: ['Terrorist gets life in embassy plot', 'Mayor quits over fund'], hints: { trail: 'ul.link_list < div < div.page < div', linkDensity: 1 } },
      { type: 'heading' as const, level: 2, text: 'In This Section', hints: { trail: 'h2 < div.sidebar < div.page < div' } },
      { text: 'From: Agence France-Presse', hints: { trail: 'p < div.source < div.page < div' } },
    ];
    const { removed, records } = applyRule(pageBlocks, blocks(debris[0]!, story(1), story(2), story(3), debris[1]!, debris[2]!, debris[3]!));
    expect(removed).toEqual(debris.map((d) => d.text));
    expect(records.every((r) => r.reason === 'boilerplate' && r.rule === 'page-blocks')).toBe(true);
  });

  it("keeps what the story's own box holds, however short, and prose set apart", () => {
    const input = blocks(
      story(1),
      { text: 'Fun!', hints: { trail: FLOW } },
      { type: 'heading', level: 3, text: 'What comes next', hints: { trail: 'h3 < div.entry-content < div.post < div.page < div' } },
      story(2),
      { text: 'The council will vote again in March, after a public hearing that residents of the harbour district have asked for since the spring.', hints: { trail: 'p < div.inset < div.page < div' } },
      story(3),
    );
    expect(applyRule(pageBlocks, input).removed).toEqual([]);
  });

  it('keeps a heading that opens the story, figures and quotes apart from it, and table rows', () => {
    const input = blocks(
      { type: 'heading', level: 1, text: 'Council Shelves Coast Road', hints: { trail: 'h1 < div.title < div.page < div' } },
      story(1),
      { type: 'figure', text: 'Photo: Staff', src: 'https://example.com/a.jpg', hints: { trail: 'figure < div.media < div.page < div' } },
      story(2),
      { type: 'quote', text: 'Road closed again. @harbourlife', hints: { trail: 'p < blockquote.twitter-tweet < div.embed < div.page < div' } },
      { text: 'Ward | Votes', hints: { trail: 'tr < tbody < table < div.page < div' } },
      story(3),
    );
    expect(applyRule(pageBlocks, input).removed).toEqual([]);
  });

  it('leaves scraped text alone: it has no boxes', () => {
    expect(applyRule(pageBlocks, blocks('Article from: Agence France-Presse', 'One paragraph of the story.', 'Another paragraph.')).removed).toEqual([]);
  });

  it('judges a list apart from the story at any length: a long column of headlines goes', () => {
    const items = [
      'Terrorist gets life in embassy plot after a two-week trial', 'Mayor quits over fund for the harbour wall',
      'Storm damage bill passes two million for the county', 'Buses to run inland until the sea wall is repaired',
      'Residents say they warned of the damage for years', 'Engineers expect the repairs to take until March',
    ];
    const column = { type: 'list' as const, text: items.join('\n'), items, hints: { trail: 'ul.link_list < div.sidebar < div.page < div', linkDensity: 1 } };
    expect(applyRule(pageBlocks, blocks(story(1), story(2), story(3), column)).removed).toEqual([column.text]);
  });
});
