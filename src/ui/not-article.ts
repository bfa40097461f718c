import { el } from './dom.js';

/**
 * The empty state for a page that does not look like an article (Article.notArticle): what it
 * looks like instead, and a way to read it all the same. Shared by the popup and the reader view.
 */

export const NOT_ARTICLE_MESSAGE = 'This page doesn\u2019t look like an article.';

export function looksLikeDetail(looksLike: string): string {
  return `It looks like ${looksLike}. Sift Reader reads pages with a main text, such as a news article.`;
}

export function readAnywayButton(readAnyway: () => void): HTMLButtonElement {
  const button = el('button', 'Read it anyway', { type: 'button', 'data-action': 'read-anyway' });
  button.addEventListener('click', readAnyway, { once: true });
  return button;
}

/** The whole notice, for a view that has no message box of its own (the reader view). */
export function notArticleNotice(looksLike: string, readAnyway: () => void): HTMLElement {
  const box = el('div', undefined, { class: 'not-article', 'data-sift': 'not-article', role: 'status' });
  box.append(el('p', NOT_ARTICLE_MESSAGE), el('p', looksLikeDetail(looksLike), { class: 'detail' }), readAnywayButton(readAnyway));
  return box;
}
