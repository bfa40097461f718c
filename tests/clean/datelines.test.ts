import { describe, expect, it } from 'vitest';
import { datelines } from '../../src/core/clean/datelines.js';
import { applyRule, blocks } from '../helpers.js';

describe('datelines', () => {
  it('removes dates, times and bylines repeated in the body', () => {
    const debris = [
      '3 February, 2016\n4 min read', 'Published 3 Feb 2016, 17:45 GMT', 'Updated 2 hours ago', 'Feb. 3, 2016',
      'By Jane Doe', 'By Jane Doe and John Roe, Reuters', 'Monday 3 February 2016 10.45 EST',
    ];
    const { removed } = applyRule(datelines, blocks(...debris, 'The talks resume on 25 February.'));
    expect(removed).toEqual(debris);
  });

  it('removes a line made of the page byline', () => {
    const { removed } = applyRule(datelines, blocks('Jane Doe, Staff Reporter', 'Jane Doe met the minister.'), { byline: 'Jane Doe' });
    expect(removed).toEqual(['Jane Doe, Staff Reporter']);
  });

  it('keeps sentences that start with "By" or hold a date', () => {
    const story = ['By then, it was too late.', 'By Monday the river had risen 3 metres.', 'On 24 November, the jet was shot down.', 'Monday.', '2016'];
    const { kept } = applyRule(datelines, blocks(...story));
    expect(kept).toEqual(story.slice(0, 4));
  });

  it('removes a header line of several parts, each a date, a byline or a wire credit', () => {
    const lines = ['Associated Press - January 2, 2008 7:33 AM ET', 'Jan 12, 2008 2:04 AM (3 days ago)\nby Staff, The Examiner'];
    const story = ['Associated Press reporters - 12 of them - were there on January 2.', 'The Examiner - a weekly - closed in 2008.'];
    const { removed } = applyRule(datelines, blocks(...lines, ...story));
    expect(removed).toEqual(lines);
  });
});
