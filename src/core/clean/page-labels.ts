import { isPageLabel, isReadingTime } from '../text/page-furniture.js';
import { perBlockRule } from './rule.js';

export const pageLabels = perBlockRule(
  'page-labels',
  'boilerplate',
  'Labels of page regions and controls ("Breadcrumb", "4 min read", "Share this article", "Advertisement", newsletter prompts) are not the story.',
  (block) => block.type !== 'list' && block.type !== 'figure' && (isPageLabel(block.text) || isReadingTime(block.text)),
);
