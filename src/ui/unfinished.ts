import { RULES } from '../core/clean/index.js';
import type { Article, RemovalReason } from '../core/index.js';

/**
 * Words for what a time budget left undone on a very long page, so the reader knows what the
 * article on screen may still hold and can ask for the rest.
 */

const DEBRIS: Record<RemovalReason, string> = {
  repeated: 'repeated paragraphs',
  'pull-quote': 'pull quotes',
  boilerplate: 'page labels and credits',
};

/** "Repeated paragraphs and pull quotes may remain", from the names of the rules that did not run. */
export function cleaningNotice(skipped: readonly string[]): string {
  const kinds = [...new Set(RULES.filter((r) => skipped.includes(r.name)).map((r) => DEBRIS[r.reason]))];
  const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}` : kinds[0] ?? 'some debris';
  return `This page is very long: cleaning stopped after a few seconds, so ${list} may remain.`;
}

export function namesNotice(article: Article, namesIn: number): string {
  const total = article.blocks.length;
  if (namesIn === 0) return 'This page is very long: names are not marked yet.';
  return `This page is very long: names are marked in the first ${namesIn.toLocaleString('en')} of ${total.toLocaleString('en')} paragraphs.`;
}
