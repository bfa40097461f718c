import { isPageLabel, isReadingTime } from '../text/page-furniture.js';
import type { ExtractedBlock } from '../extract/index.js';
import { perBlockRule } from './rule.js';

/**
 * A post's filing line: a label ("Tags:", "Categories:", "Filed under", "Posted in", "Topics:")
 * and the names it files the post under, each a word or a few, usually links. A story's sentence
 * that starts with such a word ("Tagged as a troublemaker, he…", "Category 5, the strongest, …")
 * has no colon after it and is no list of links.
 */
const FILING = /^(?:tags?|tagged(?: with| as)?|categories|category|topics|labels|filed under|posted in)(\s*:)?\s+(\S.*)$/is;
const MAX_FILING_WORDS = 40;
const NAME_WORDS = 4;
const LINKED = 0.5;

/** The same labels further into a post's meta line ("Posted by Jane @ 5:56 am Categories: …"). */
const FILING_INSIDE = /\b(?:tags|categories|filed under)\s*:/i;

function isFilingLine(block: ExtractedBlock): boolean {
  const linked = (block.hints?.linkDensity ?? 0) >= LINKED;
  const m = FILING.exec(block.text.trim());
  if (!m) return linked && FILING_INSIDE.test(block.text) && block.text.split(/\s+/).length <= MAX_FILING_WORDS;
  if (m[2]!.split(/\s+/).length > MAX_FILING_WORDS) return false;
  if (linked) return true;
  return Boolean(m[1]) && m[2]!.split(/\s*[,|;]\s*/).every((name) => name.split(/\s+/).length <= NAME_WORDS);
}

export const pageLabels = perBlockRule(
  'page-labels',
  'boilerplate',
  'Labels of page regions and controls ("Breadcrumb", "4 min read", "Share this article", "Advertisement", newsletter prompts, "Tags: …") are not the story.',
  (block) => block.type !== 'list' && block.type !== 'figure' && (isPageLabel(block.text) || isReadingTime(block.text) || isFilingLine(block)),
);
