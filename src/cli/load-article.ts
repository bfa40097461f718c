import type { Readable } from 'node:stream';
import { cleanText, type Article } from '../core/index.js';
import { cleanHtml } from '../node/clean-html.js';
import { decodeBytes } from '../core/text/decode.js';
import { kindFromName, sniffKind } from './input-kind.js';
import { STDIN, readInput } from './read-input.js';

/**
 * Reads, decodes and cleans one FILE argument. Throws an error whose message is the one-line
 * reason shown to the user when the file cannot be read or holds no article.
 */
export async function loadArticle(path: string, url: string | null, stdin: Readable, names = true, force = false): Promise<Article> {
  const bytes = await readInput(path, stdin);
  const named = path === STDIN ? null : kindFromName(path);
  let text = decodeBytes(bytes, named === 'html');
  const kind = named ?? sniffKind(text);
  // Sniffed markup: decode again so the page's own <meta charset> is honoured.
  if (kind === 'html' && named === null) text = decodeBytes(bytes, true);
  const article = kind === 'html' ? cleanHtml(text, { url, entities: names }) : cleanText(text, { url, entities: names });
  // The pipeline always returns an Article; one without body blocks means nothing article-like was found.
  if (article.blocks.length === 0) throw new Error('no article found');
  if (article.notArticle && !force) throw new Error(`no article found (the page looks like ${article.notArticle})`);
  return article;
}
