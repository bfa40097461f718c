import { perBlockRule } from './rule.js';

/** Class names sites use to hide text from sight while keeping it for screen readers. */
const SCREEN_READER_ONLY = /(?:^|[\s.])(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader-only|element-invisible|a11y-hidden|u-hidden-visually|offscreen|assistive-text|hidden-text|hide-text)(?=[\s.]|$)/;

export const hiddenLabels = perBlockRule(
  'hidden-labels',
  'boilerplate',
  'Text styled for screen readers only (region names, "opens in a new window") is invisible on the page, so it is not article text.',
  (block) => {
    if (!block.hints) return false;
    // Only the block's own element and its nearest ancestors: a whole article never sits in an sr-only box.
    const near = block.hints.trail.split(' < ').slice(0, 3).join(' ');
    return SCREEN_READER_ONLY.test(near) && block.text.length <= 200;
  },
);
