/**
 * Messages between the extension's pages (popup, later the background) and the content script.
 * The popup sends them with `tabs.sendMessage`; the content script answers.
 */
import type { Article } from '../core/index.js';
import type { Extraction } from '../core/extract/index.js';
import { isArticle } from '../ui/article-check.js';

/** "Are you there?" Answered with `true` by an injected content script, so it is not injected twice. */
export interface PingMessage {
  type: 'sift:ping';
}

/**
 * Run the pipeline on the page; answered with the `Article` (plain JSON). With `budgetMs`, no
 * cleaning rule starts after that long and the answer says what was left undone
 * (`unfinished`), so that a monster page answers in seconds instead of keeping the popup waiting.
 */
export interface GetArticleMessage {
  type: 'sift:get-article';
  budgetMs?: number;
}

/** How long the page may spend reading before it answers with what it has. */
export const READ_BUDGET_MS = 4_000;
/** How long the popup (or the background) may spend marking names before it shows what it has. */
export const NAMES_BUDGET_MS = 3_000;
/** Budgets beyond this are not budgets: ten minutes. */
const MAX_BUDGET_MS = 600_000;

/**
 * Toggle the in-page reader view. `article` is the one to show (the popup's, with names marked);
 * without it the page is read afresh. Answered with whether the reader is now open.
 */
export interface ReaderMessage {
  type: 'sift:reader';
  article?: Article;
}

/**
 * The extraction behind the last article the page sent, when its deadline cut cleaning short, so
 * that "Finish cleaning" runs the rest in the popup's worker instead of on the page. Answered with
 * the Extraction, or an error when there is none (a fresh read replaced it, or cleaning finished).
 */
export interface GetExtractionMessage {
  type: 'sift:get-extraction';
}

/**
 * The article the open reader view shows, now with its names marked (the background shows the text
 * first and marks names after). Answered with whether it was shown: not when the reader was closed
 * meanwhile or shows another article.
 */
export interface ReaderNamesMessage {
  type: 'sift:reader-names';
  article: Article;
}

export type SiftMessage = PingMessage | GetArticleMessage | ReaderMessage | GetExtractionMessage | ReaderNamesMessage;

export interface Replies {
  'sift:ping': true;
  'sift:get-article': Article;
  'sift:reader': boolean;
  'sift:get-extraction': Extraction;
  'sift:reader-names': boolean;
}

const TYPES: ReadonlySet<string> = new Set<SiftMessage['type']>(['sift:ping', 'sift:get-article', 'sift:reader', 'sift:get-extraction', 'sift:reader-names']);

/** One of our messages: a known `type`, and an `article` only where one belongs and has the right shape. */
export function isSiftMessage(value: unknown): value is SiftMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  if (keys.length === 1) return type !== 'sift:reader-names';
  if (keys.length !== 2) return false;
  const { article, budgetMs } = value as { article?: unknown; budgetMs?: unknown };
  if (type === 'sift:get-article') return typeof budgetMs === 'number' && budgetMs >= 0 && budgetMs <= MAX_BUDGET_MS;
  return (type === 'sift:reader' || type === 'sift:reader-names') && keys.includes('article') && isArticle(article);
}

/**
 * Error text the content script sends back when a page has no HTML document to read (Chrome's PDF
 * viewer, an image or plain-text document), so the popup can say so instead of "something failed".
 */
export const NOT_A_WEB_PAGE = 'sift:not-a-web-page';

/** Error text for a frameset page: its text lives in other documents, each with its own address. */
export const FRAMES_ONLY = 'sift:frames-only';

/** Error text when the page holds no unfinished extraction (it was read again meanwhile). */
export const NOTHING_TO_FINISH = 'sift:nothing-to-finish';
