import { describe, expect, it } from 'vitest';
import { hiddenLabels } from '../../src/core/clean/hidden-labels.js';
import { applyRule, blocks } from '../helpers.js';

describe('hidden-labels', () => {
  it('removes blocks the page hides from sight for screen readers', () => {
    const { removed } = applyRule(hiddenLabels, blocks(
      { text: 'Breadcrumb', hints: { trail: 'h2.visually-hidden < nav.breadcrumb' } },
      { text: 'Article continues', hints: { trail: 'span.sr-only < p' } },
      { text: 'Main story', hints: { trail: 'p' } },
    ));
    expect(removed).toEqual(['Breadcrumb', 'Article continues']);
  });

  it('keeps visible text, text without markup, and text far below a hidden ancestor', () => {
    const { kept } = applyRule(hiddenLabels, blocks(
      'Breadcrumb',
      { text: 'Visible paragraph.', hints: { trail: 'p < div.body' } },
      { text: 'Deep paragraph.', hints: { trail: 'p < div < div < div.sr-only' } },
    ));
    expect(kept).toEqual(['Breadcrumb', 'Visible paragraph.', 'Deep paragraph.']);
  });
});
