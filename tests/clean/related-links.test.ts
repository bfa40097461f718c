import { describe, expect, it } from 'vitest';
import { relatedLinks } from '../../src/core/clean/related-links.js';
import { applyRule, blocks } from '../helpers.js';

describe('related-links', () => {
  it('removes "Read more:" teasers, link lists and lone headline links', () => {
    const { removed } = applyRule(relatedLinks, blocks(
      'READ MORE: Turkey downs Russian warplane on Syrian border',
      'Related: Geneva peace talks suspended',
      { type: 'list', text: 'One\nTwo', items: ['Turkey downs Russian jet', 'Geneva talks suspended'], hints: { linkDensity: 1 } },
      { text: 'Geneva peace talks suspended until 25 February', hints: { linkDensity: 1 } },
      'The talks were suspended.',
    ));
    expect(removed).toHaveLength(4);
  });

  it('keeps body text with links, ordinary lists and sentences that happen to start with "Read"', () => {
    const story = blocks(
      { text: 'The ministry said in a statement that the officer died.', hints: { linkDensity: 1 } },
      { text: 'According to the UN report, 250,000 people have died.', hints: { linkDensity: 0.3 } },
      { type: 'list', text: 'a\nb', items: ['Flour', 'Water'], hints: { linkDensity: 0 } },
      'Read the full statement below: it runs to four pages and names no one.',
      'More than 40 people were hurt.',
    );
    expect(applyRule(relatedLinks, story).kept).toHaveLength(5);
  });

  it("removes a one-link list of a word or three (a section's kicker), and keeps a one-item list of prose", () => {
    const { removed } = applyRule(relatedLinks, blocks(
      { type: 'list', text: 'Local', items: ['Local'], hints: { linkDensity: 1 } },
      { type: 'list', text: 'Read the council report on the sea wall', items: ['Read the council report on the sea wall'], hints: { linkDensity: 1 } },
      { type: 'list', text: 'World news', items: ['World news'], hints: { linkDensity: 0 } },
    ));
    expect(removed).toEqual(['Local']);
  });
});
