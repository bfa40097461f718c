import type { Article } from './article.js';
import { cleanSafely } from './clean/safety-net.js';
import { extractDocument, extractText, type Extraction } from './extract/index.js';
import { notArticleReason } from './extract/not-article.js';
import { looksBinary } from './text/binary.js';
import { now } from './text/clock.js';
import { wordCount } from './text/normalize.js';

/**
 * Extract and clean, without annotation: what the content script runs on the live page. Kept
 * apart from the annotating pipeline so that the script injected into pages does not carry the
 * NLP lexicon it never uses.
 */

/** Adult silent reading speed for non-fiction, words per minute. */
const WORDS_PER_MINUTE = 230;

export interface ReadOptions {
  /**
   * A `now()` time after which no further cleaning rule starts: extraction always finishes, and
   * the rules left undone are named in `unfinished.cleaning`.
   */
  deadline?: number;
}

function finish(extracted: Extraction, msExtract: number, { deadline }: ReadOptions): Article {
  const t0 = now();
  // Binary data decoded as text is no part of an article (a page of it holds none at all).
  const extraction = { ...extracted, blocks: extracted.blocks.filter((b) => !looksBinary(b.text)) };
  const { blocks, removed, skipped, undone } = cleanSafely(extraction, deadline);
  const msClean = now() - t0;
  const words = blocks.reduce((n, b) => n + wordCount(b.text), wordCount(extraction.meta.lead ?? ''));
  return {
    ...extraction.meta,
    blocks,
    removed,
    people: [],
    places: [],
    stats: {
      words,
      readingMinutes: words ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 0,
      msExtract,
      msClean,
      msAnnotate: 0,
    },
    ...(skipped.length ? { unfinished: { cleaning: skipped } } : {}),
    ...(undone ? { undone } : {}),
  };
}

/** A page to a clean, unannotated Article. The document is not modified. */
export function readDocument(doc: Document, url: string | null = null, opts: ReadOptions = {}): Article {
  const t0 = now();
  const extraction = extractDocument(doc, url);
  const article = finish(extraction, now() - t0, opts);
  if (!article.blocks.length) return article;
  const looksLike = notArticleReason(doc, [article.lead ?? '', ...article.blocks.map((b) => b.text)]);
  return looksLike ? { ...article, notArticle: looksLike } : article;
}

/** Scraped plain text to a clean, unannotated Article. */
export function readText(text: string, url: string | null = null, opts: ReadOptions = {}): Article {
  const t0 = now();
  // Segmentation splits at control characters; binary data is recognised before it is cut up.
  const extraction = extractText(looksBinary(text) ? '' : text, url);
  return finish(extraction, now() - t0, opts);
}
