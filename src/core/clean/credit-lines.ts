import { isCreditOnlyLine } from '../text/page-furniture.js';
import { perBlockRule } from './rule.js';

export const creditLines = perBlockRule(
  'credit-lines',
  'boilerplate',
  'A line that only credits the story to a wire service or an unnamed staff reporter ("Reuters", "Staff Reporter") is a byline, not text.',
  (block) => (block.type === 'paragraph' || block.type === 'heading') && isCreditOnlyLine(block.text),
);
