import { isBreadcrumb } from '../text/page-furniture.js';
import { perBlockRule } from './rule.js';

export const breadcrumbs = perBlockRule(
  'breadcrumbs',
  'boilerplate',
  'A trail of sections ("Home > World > Asia") tells where the page sits on its site, not what the story says.',
  (block) => (block.type === 'paragraph' || block.type === 'heading') && isBreadcrumb(block.text),
);
