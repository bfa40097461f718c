import { cleanText, type Article } from '../core/index.js';
import type { ReadOptions } from '../core/read.js';
import { cleanHtml } from '../node/clean-html.js';
import { decodeBytes } from '../core/text/decode.js';
import { kindFromName, sniffKind } from './input-kind.js';
import { STDIN } from './read-input.js';

/**
 * Decodes and cleans the bytes of one FILE argument (`path` tells a page from scraped text by its
 * extension), without annotating it: the caller does, once it knows the page's length. Throws an error whose message is the one-line reason shown to the user when the
 * file holds no article.
 */
export function articleFromBytes(bytes: Uint8Array, path: string, url: string | null, force = false, read: ReadOptions = {}): Article {
  const named = path === STDIN ? null : kindFromName(path);
  let text = decodeBytes(bytes, named === 'html');
  const kind = named ?? sniffKind(text);
  // Sniffed markup: decode again so the page's own <meta charset> is honoured.
  if (kind === 'html' && named === null) text = decodeBytes(bytes, true);
  const article = kind === 'html' ? cleanHtml(text, { url, entities: false, read }) : cleanText(text, { url, entities: false, read });
  // The pipeline always returns an Article; one without body blocks means nothing article-like was found.
  if (article.blocks.length === 0) throw new Error('no article found');
  if (article.notArticle && !force) throw new Error(`no article found (the page looks like ${article.notArticle})`);
  return article;
}
