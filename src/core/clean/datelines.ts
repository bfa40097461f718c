import { isBylineLine, isDateline } from '../text/page-furniture.js';
import { perBlockRule } from './rule.js';

export const datelines = perBlockRule(
  'datelines',
  'boilerplate',
  'Bylines and publication dates repeated inside the body ("By Jane Doe", "Updated 3 February 2016, 17:45") are shown once in the header.',
  (block, meta) => (block.type === 'paragraph' || block.type === 'heading') && (isDateline(block.text) || isBylineLine(block.text, meta.byline)),
);
