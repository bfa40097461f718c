import type { Article } from './article.js';
import { cleanBlocks } from './clean/index.js';
import { annotate } from './entities/index.js';
import { extractDocument, extractText, type Extraction } from './extract/index.js';
import { wordCount } from './text/normalize.js';

export interface CleanOptions {
  url?: string | null;
  /** Annotate people, places and speakers (default true). */
  entities?: boolean;
}

/** Adult silent reading speed for non-fiction, words per minute. */
const WORDS_PER_MINUTE = 230;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function finish(extraction: Extraction, msExtract: number, entities: boolean): Article {
  const t0 = now();
  const { blocks, removed } = cleanBlocks(extraction);
  const msClean = now() - t0;
  const words = blocks.reduce((n, b) => n + wordCount(b.text), wordCount(extraction.meta.lead ?? ''));
  const article: Article = {
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
  };
  if (!entities || !blocks.length) return article;
  const t1 = now();
  const annotated = annotate(article);
  annotated.stats.msAnnotate = now() - t1;
  return annotated;
}

/** A page (or a saved page parsed by the caller) to a clean Article. The document is not modified. */
export function cleanDocument(doc: Document, opts: CleanOptions = {}): Article {
  const t0 = now();
  const extraction = extractDocument(doc, opts.url ?? null);
  return finish(extraction, now() - t0, opts.entities ?? true);
}

/** Scraped plain text to a clean Article. */
export function cleanText(text: string, opts: CleanOptions = {}): Article {
  const t0 = now();
  const extraction = extractText(text, opts.url ?? null);
  return finish(extraction, now() - t0, opts.entities ?? true);
}
