import { describe, expect, it } from 'vitest';
import { afterTheStory } from '../../src/core/clean/after-the-story.js';
import { applyRule, blocks } from '../helpers.js';

const FLOW = 'p < div.story-body < article < main';
const story = (n: number) => ({ text: `Paragraph ${n} says what the council decided about the coast road on Tuesday, and why the harbour district objected.`, hints: { trail: FLOW } });

describe('after-the-story', () => {
  it('removes what stands after the story in boxes of its own: a bio, a comment section, a widget', () => {
    const after = [
      { text: 'Jane Doe covers the council for the Courier. She lives by the harbour with two dogs.', hints: { trail: 'p < div.author-bio < aside < main' } },
      { text: 'You can follow any responses to this entry through the RSS 2.0 feed.', hints: { trail: 'p.small < div < div.page' } },
      { type: 'list' as const, text: 'Road closed\nBuses move', items: ['Road closed', 'Buses move'], hints: { trail: 'ul < div.widget < div.sidebar' } },
    ];
    const { removed, records } = applyRule(afterTheStory, blocks(story(1), story(2), story(3), ...after));
    expect(removed).toEqual(after.map((a) => a.text));
    expect(records.every((r) => r.reason === 'boilerplate')).toBe(true);
  });

  it("keeps what stands before the story's end, and what its own box holds after it, however deep", () => {
    const input = blocks(
      { text: 'Key dates', hints: { trail: 'h3 < div.factbox < main' } },
      story(1),
      { text: 'A box set among the paragraphs, in a wrapper of its own.', hints: { trail: 'p < div.inset < main' } },
      story(2),
      { type: 'list', text: 'First step\nSecond step', items: ['First step', 'Second step'], hints: { trail: 'ul < div.story-body < article < main' } },
      { text: 'The last section, after an advertisement split the story in two wrappers.', hints: { trail: 'p < div < div.story-body < article < main < body' } },
    );
    expect(applyRule(afterTheStory, input).removed).toEqual([]);
  });

  it('keeps a box after the story that holds a good part of its words: the story going on in another wrapper', () => {
    const more = (n: number) => ({ text: `Continued ${n}: the harbour district residents said the council had ignored warnings about the wall for years.`, hints: { trail: 'p < div.relstr < div.col-9 < div.page' } });
    expect(applyRule(afterTheStory, blocks(story(1), story(2), story(3), more(1), more(2))).removed).toEqual([]);
  });

  it('leaves scraped text alone: it has no boxes', () => {
    expect(applyRule(afterTheStory, blocks('One paragraph of the story.', 'Another paragraph of the story.')).removed).toEqual([]);
  });
});
