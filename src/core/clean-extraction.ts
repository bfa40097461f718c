import type { Article } from './article.js';
import { cleanSafely } from './clean/safety-net.js';
import type { Extraction } from './extract/index.js';
import { looksBinary } from './text/binary.js';
import { now } from './text/clock.js';
import { wordCount } from './text/normalize.js';

/**
 * The cleaning half of reading (see read.ts), on its own so that the popup's worker, which
 * finishes cleaning from an extraction, carries neither extraction nor Readability.
 */

/** Adult silent reading speed for non-fiction, words per minute. */
const WORDS_PER_MINUTE = 230;

export interface ReadOptions {
  /**
   * A `now()` time after which no further cleaning rule starts: extraction always finishes, and
   * the rules left undone are named in `unfinished.cleaning`.
   */
  deadline?: number;
  /** Given the extraction when the deadline cut cleaning short, so that cleaning can be finished later from it. */
  keepUnfinished?: (extraction: Extraction) => void;
  /** Given the extraction as cleaning starts (the command line starts tagging a very long page meanwhile). */
  cleaning?: (extraction: Extraction) => void;
}

/**
 * An extraction to a clean, unannotated Article. Apart from reading so that cleaning a page cut
 * short by its deadline can be finished elsewhere (a worker) from the same extraction.
 */
export function cleanExtraction(extracted: Extraction, msExtract: number, { deadline, keepUnfinished, cleaning }: ReadOptions = {}): Article {
  const t0 = now();
  // Binary data decoded as text is no part of an article (a page of it holds none at all).
  const extraction = { ...extracted, blocks: extracted.blocks.filter((b) => !looksBinary(b.text)) };
  cleaning?.(extraction);
  const { blocks, removed, skipped, undone } = cleanSafely(extraction, deadline);
  const msClean = now() - t0;
  if (skipped.length) keepUnfinished?.(extraction);
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

