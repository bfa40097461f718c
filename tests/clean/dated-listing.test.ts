import { describe, expect, it } from 'vitest';
import { datedListing } from '../../src/core/clean/dated-listing.js';
import { applyRule, blocks } from '../helpers.js';

const FLOW = 'p < div.story < div.page';
const story = (n: number) => ({ text: `Paragraph ${n} says what the council decided about the coast road on Tuesday, and why the harbour district objected.`, hints: { trail: FLOW } });
const item = (text: string) => ({ text, hints: { trail: 'p.listing < div.columns < div.story < div.page' } });

describe('dated-listing', () => {
  it('removes a run of headlines each closed by its time stamp, and a list of them', () => {
    const run = [
      item('French Q4 growth seen at 0.4 pct - central bank survey\nFinancial Wire | Wed, Jan 16 2008, 07:50 GMT'),
      item('Dutch finance minister expects budget surplus over 2007\nFinancial Wire | Wed, Jan 16 2008, 07:42 GMT'),
      item('Overnight briefing: dollar hits low versus yen by Jyske Bank\nWed, Jan 16 2008, 06:33 GMT'),
    ];
    const heads = ['Harbour wall repairs to start in spring March 3, 2012', 'Council shelves the coast road plan again February 28, 2012', 'Buses will run inland until the repairs end 2 days ago'];
    const list = { type: 'list' as const, text: heads.join('\n'), items: heads, hints: { trail: 'ul < div.recent < div.page', linkDensity: 0.8 } };
    const { removed, records } = applyRule(datedListing, blocks(story(1), story(2), story(3), story(4), ...run, list));
    expect(removed).toEqual([...run.map((r) => r.text), list.text]);
    expect(records.every((r) => r.rule === 'dated-listing' && r.reason === 'boilerplate')).toBe(true);
  });

  it("keeps the story's paragraphs and lists that end on a year, fewer than three items, and figures by year", () => {
    const prose = [story(1), { text: 'The wall was built in 1998.', hints: { trail: FLOW } }, { text: 'Repairs began on January 2, 2008.', hints: { trail: FLOW } }, { text: 'They ended in March 2008.', hints: { trail: FLOW } }];
    const figures = ['3.7% in 2000', '4.0% in 2010', '5.6% in 2012'];
    const list = { type: 'list' as const, text: figures.join('\n'), items: figures, hints: { trail: 'ul < div.box < div.page' } };
    const two = [item('Harbour wall repairs to start in the spring\nMarch 3, 2012'), item('Council shelves the coast road plan again\nFebruary 28, 2012')];
    expect(applyRule(datedListing, blocks(...prose, list, ...two, story(2))).removed).toEqual([]);
  });
});
