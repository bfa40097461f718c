import type { Article } from './article.js';
import { cleanExtraction, type ReadOptions } from './clean-extraction.js';
import { extractDocument, extractText } from './extract/index.js';
import { notArticleReason } from './extract/not-article.js';
import { looksBinary } from './text/binary.js';
import { now } from './text/clock.js';
import { forgetWords } from './text/normalize.js';

export type { ReadOptions } from './clean-extraction.js';

/**
 * Extract and clean, without annotation: what the content script runs on the live page. Kept
 * apart from the annotating pipeline so that the script injected into pages does not carry the
 * name tagger it never uses.
 */

/** A page to a clean, unannotated Article. The document is not modified. */
export function readDocument(doc: Document, url: string | null = null, opts: ReadOptions = {}): Article {
  // The last page's texts are not wanted again (and a benchmark reading one page over and over
  // must pay for its words each time, as a reader does once).
  forgetWords();
  const t0 = now();
  const extraction = extractDocument(doc, url);
  const article = cleanExtraction(extraction, now() - t0, opts);
  if (!article.blocks.length) return article;
  const looksLike = notArticleReason(doc, [article.lead ?? '', ...article.blocks.map((b) => b.text)], article.stats.words);
  return looksLike ? { ...article, notArticle: looksLike } : article;
}

/** Scraped plain text to a clean, unannotated Article. */
export function readText(text: string, url: string | null = null, opts: ReadOptions = {}): Article {
  forgetWords();
  const t0 = now();
  // Segmentation splits at control characters; binary data is recognised before it is cut up.
  const extraction = extractText(looksBinary(text) ? '' : text, url);
  return cleanExtraction(extraction, now() - t0, opts);
}
