import type { Article } from '../article.js';

/** The whole Article, spans, removals and stats included, for tools that post-process it. */
export function toJson(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n';
}
