import { isBylineLine, isCreditOnlyLine, isDateline } from '../text/page-furniture.js';
import { perBlockRule } from './rule.js';

/**
 * A line of several parts set off by line breaks, bars or dashes, each a date, a byline or a
 * wire credit ("Associated Press - January 2, 2008 7:33 AM ET", "Jan 12, 2008 2:04 AM / by
 * Staff, The Examiner"): the story's header line, not its text.
 */
function isMetaLine(text: string, byline: string | null): boolean {
  if (text.length > 160) return false;
  const parts = text.split(/\n|\s+[-–—|·•/]\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => isDateline(p) || isBylineLine(p, byline) || isCreditOnlyLine(p));
}

export const datelines = perBlockRule(
  'datelines',
  'boilerplate',
  'Bylines and publication dates repeated inside the body ("By Jane Doe", "Updated 3 February 2016, 17:45") are shown once in the header.',
  (block, meta) => (block.type === 'paragraph' || block.type === 'heading')
    && (isDateline(block.text) || isBylineLine(block.text, meta.byline) || isMetaLine(block.text, meta.byline)),
);
