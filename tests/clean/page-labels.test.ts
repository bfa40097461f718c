import { describe, expect, it } from 'vitest';
import { pageLabels } from '../../src/core/clean/page-labels.js';
import { applyRule, blocks } from '../helpers.js';

describe('page-labels', () => {
  it('removes region labels, reading times, share bars, ad slots and newsletter prompts', () => {
    const debris = [
      'Breadcrumb', '4 min read', '12 minute read', 'Reading time: 3 min', 'Share this article', 'Facebook Twitter WhatsApp',
      'Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Read more', 'Related stories',
      'Sign up to our newsletter', 'Subscribe to our daily briefing newsletter for the top stories in your inbox',
      'Skip to main content',
    ];
    const { removed, records } = applyRule(pageLabels, blocks(...debris, 'The minister resigned on Tuesday.'));
    expect(removed).toEqual(debris);
    expect(records.every((r) => r.reason === 'boilerplate' && r.rule === 'page-labels')).toBe(true);
  });

  it('keeps short story lines that merely contain such words', () => {
    const story = [
      'Share prices fell 4% on Monday.', 'Read more widely, the report says.', 'More than 40 people were hurt.',
      'Advertisement revenue has halved since 2019, the company said.', '"Subscribe," he said. "That is all I ask."',
      'She read for 4 minutes before the lights went out.', 'Yes.',
    ];
    const { kept } = applyRule(pageLabels, blocks(...story));
    expect(kept).toEqual(story);
  });

  it('leaves lists alone even when an item is a label', () => {
    const { kept } = applyRule(pageLabels, blocks({ type: 'list', text: 'Share', items: ['Share'] }));
    expect(kept).toEqual(['Share']);
  });

  it("removes a post's filing line, and keeps story sentences that start with the same words", () => {
    const filing = [
      { text: 'Tags: sport, tennis, australia, perth-6000, india' },
      { text: 'Categories: Barack Obama, Politics, For Discussion', hints: { linkDensity: 0.9 } },
      { text: 'Filed under Local News, Harbour', hints: { linkDensity: 0.7 } },
      { text: 'Posted by Jane Doe @ 5:56 am Categories: General, Harbour Tags: sea wall, buses', hints: { linkDensity: 0.8 } },
    ];
    const story = [
      'Tagged as a troublemaker, he left school at 15 and never went back.',
      'Category 5, the strongest, hit land on Tuesday.',
      'Topics: what the council decided about the road on Tuesday, and why the harbour district objected to it so strongly.',
      'The minutes list the categories: roads, harbour and schools.',
    ];
    const { removed, kept } = applyRule(pageLabels, blocks(...filing, ...story));
    expect(removed).toEqual(filing.map((f) => f.text));
    expect(kept).toEqual(story);
  });
});
