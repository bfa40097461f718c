import type { Article } from './article.js';
import { annotate } from './entities/index.js';
import { now, readDocument, readText } from './read.js';

export interface CleanOptions {
  url?: string | null;
  /** Annotate people, places and speakers (default true). */
  entities?: boolean;
}

function withEntities(article: Article, entities: boolean): Article {
  if (!entities || !article.blocks.length) return article;
  const t0 = now();
  const annotated = annotate(article);
  annotated.stats = { ...annotated.stats, msAnnotate: now() - t0 };
  return annotated;
}

/** A page (or a saved page parsed by the caller) to a clean Article. The document is not modified. */
export function cleanDocument(doc: Document, opts: CleanOptions = {}): Article {
  return withEntities(readDocument(doc, opts.url ?? null), opts.entities ?? true);
}

/** Scraped plain text to a clean Article. */
export function cleanText(text: string, opts: CleanOptions = {}): Article {
  return withEntities(readText(text, opts.url ?? null), opts.entities ?? true);
}
