import type { Article } from './article.js';
import { annotate, type AnnotateOptions } from './entities/index.js';
import { readDocument, readText, type ReadOptions } from './read.js';
import { now } from './text/clock.js';

export interface CleanOptions {
  url?: string | null;
  /** Annotate people, places and speakers (default true). */
  entities?: boolean;
  /** How the page is read (a deadline, hooks into its stages). */
  read?: ReadOptions;
}

/** Annotates a read article unless told not to, timing it. */
export function withEntities(article: Article, entities: boolean, opts: AnnotateOptions = {}): Article {
  if (!entities || !article.blocks.length) return article;
  const t0 = now();
  const annotated = annotate(article, opts);
  annotated.stats = { ...annotated.stats, msAnnotate: now() - t0 };
  return annotated;
}

/** A page (or a saved page parsed by the caller) to a clean Article. The document is not modified. */
export function cleanDocument(doc: Document, opts: CleanOptions = {}): Article {
  return withEntities(readDocument(doc, opts.url ?? null, opts.read), opts.entities ?? true);
}

/** Scraped plain text to a clean Article. */
export function cleanText(text: string, opts: CleanOptions = {}): Article {
  return withEntities(readText(text, opts.url ?? null, opts.read), opts.entities ?? true);
}
