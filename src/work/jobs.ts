import type { Article } from '../core/article.js';
import type { Extraction } from '../core/extract/index.js';

/**
 * What the article screen hands its worker (work.js), and what comes back. Long work on a very
 * long page runs there, so the screen answers input while it runs, and a job is cancelled by
 * ending the worker.
 */
export type Job =
  /** Mark the names, for at most `budgetMs` once the names code is loaded (Infinity: all of them). */
  | { kind: 'annotate'; article: Article; budgetMs: number }
  /** Run every cleaning rule over an extraction whose cleaning a deadline cut short. */
  | { kind: 'clean'; extraction: Extraction; msExtract: number };

/**
 * A job with the id its reply carries, or `load-names`: load and unpack the names code now, while
 * the page is being read, so that the first names job finds it ready (no reply; a failure shows
 * again with that job).
 */
export type JobRequest = (Job & { id: number }) | { kind: 'load-names' };

export type JobReply = { id: number; article: Article } | { id: number; error: string };
