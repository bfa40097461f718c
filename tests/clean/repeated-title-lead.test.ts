import { describe, expect, it } from 'vitest';
import { repeatedTitleLead } from '../../src/core/clean/repeated-title-lead.js';
import { applyRule, blocks } from '../helpers.js';

describe('repeated-title-lead', () => {
  const meta = { title: 'Russian adviser killed in Syria', lead: 'The ministry said on Wednesday that an adviser was killed.' };

  it('removes copies of the headline and standfirst, ignoring case, quotes and punctuation', () => {
    const { removed } = applyRule(repeatedTitleLead, blocks(
      { type: 'heading', text: 'Russian Adviser Killed in Syria', level: 1 },
      'The ministry said on Wednesday that an adviser was killed',
      'The adviser was killed by mortar fire.',
    ), meta);
    expect(removed).toHaveLength(2);
  });

  it('keeps paragraphs that only start like the lead, and everything when there is no title', () => {
    const story = ['The ministry said on Wednesday that an adviser was killed, and named him.'];
    expect(applyRule(repeatedTitleLead, blocks(...story), meta).kept).toEqual(story);
    expect(applyRule(repeatedTitleLead, blocks('Anything'), { title: '', lead: null }).kept).toEqual(['Anything']);
  });
});
