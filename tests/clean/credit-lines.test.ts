import { describe, expect, it } from 'vitest';
import { creditLines } from '../../src/core/clean/credit-lines.js';
import { applyRule, blocks } from '../helpers.js';

describe('credit-lines', () => {
  it('removes a line that only credits a wire service or an unnamed staff reporter', () => {
    const credits = ['Reuters', 'Associated Press', '(AFP)', 'Press Trust of India', 'Staff Reporter', 'By Our Correspondent', 'Reuters/AFP', 'With agencies', '— AP'];
    const { removed, records } = applyRule(creditLines, blocks(...credits, 'The minister resigned on Tuesday.'));
    expect(removed).toEqual(credits);
    expect(records.every((r) => r.rule === 'credit-lines')).toBe(true);
  });

  it('keeps sentences naming an agency, and a named reporter', () => {
    const story = ['Reuters reported the deal on Monday.', 'The reporter asked twice.', 'By Jane Doe, Reuters', 'Staff reporters at the paper went on strike.'];
    const { kept } = applyRule(creditLines, blocks(...story));
    expect(kept).toEqual(story);
  });
});
