/**
 * Messages between the extension's pages (popup, later the background) and the content script.
 * The popup sends them with `tabs.sendMessage`; the content script answers.
 */
import type { Article } from '../core/index.js';

/** "Are you there?" Answered with `true` by an injected content script, so it is not injected twice. */
export interface PingMessage {
  type: 'sift:ping';
}

/** Run the pipeline on the page; answered with the `Article` (plain JSON). */
export interface GetArticleMessage {
  type: 'sift:get-article';
}

export type SiftMessage = PingMessage | GetArticleMessage;

export interface Replies {
  'sift:ping': true;
  'sift:get-article': Article;
}

const TYPES: ReadonlySet<string> = new Set<SiftMessage['type']>(['sift:ping', 'sift:get-article']);

/** Exactly one of our messages: an object whose only key is a known `type`. */
export function isSiftMessage(value: unknown): value is SiftMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const type = (value as { type?: unknown }).type;
  return keys.length === 1 && typeof type === 'string' && TYPES.has(type);
}

/**
 * Error text the content script sends back when a page has no HTML document to read (Chrome's PDF
 * viewer, an image or plain-text document), so the popup can say so instead of "something failed".
 */
export const NOT_A_WEB_PAGE = 'sift:not-a-web-page';
