import { describe, expect, it } from 'vitest';
import { breadcrumbs } from '../../src/core/clean/breadcrumbs.js';
import { applyRule, blocks } from '../helpers.js';

describe('breadcrumbs', () => {
  it('removes trails of section names in any separator', () => {
    const trails = ['Home > World > Asia', 'News » Politics', 'Home / Business / Markets', 'Sport › Football › Premier League'];
    const { removed, records } = applyRule(breadcrumbs, blocks(...trails, 'The minister resigned on Tuesday.'));
    expect(removed).toEqual(trails);
    expect(records.every((r) => r.rule === 'breadcrumbs' && r.reason === 'boilerplate')).toBe(true);
  });

  it('keeps sentences and table rows that contain a separator', () => {
    const story = [
      'Prices rose 4% > inflation, the bank said.', 'Team | Wins | Losses', 'The ratio of debt / income fell sharply over the decade',
      'Input > output when the pump runs backwards.', 'He went Home > and stayed there',
    ];
    expect(applyRule(breadcrumbs, blocks(...story)).kept).toEqual(story);
  });
});
