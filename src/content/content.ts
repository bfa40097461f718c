/**
 * Content script. Injected on demand (never declared in the manifest) by
 * `scripting.executeScript({files: ['content.js']})` after the user clicks the toolbar button, as a
 * classic script. It answers messages from the extension's own pages by running the pipeline on the
 * live page; it never changes the page (the pipeline reads the document it is handed and works on a
 * clone of it).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Article } from '../core/article.js';
import type { Extraction } from '../core/extract/index.js';
import { readDocument } from '../core/read.js';
import { now } from '../core/text/clock.js';
import { FRAMES_ONLY, isSiftMessage, NOT_A_WEB_PAGE, NOTHING_TO_FINISH, READ_BUDGET_MS, type Replies, type SiftMessage } from './messages.js';
import { closeReader, isReaderOpen, openReader, showReaderNames } from './reader-view.js';
import { loadSettings, SETTINGS_KEY } from '../ui/settings.js';

interface Installed {
  /** Removes this injection's message listener. */
  dispose(): void;
}

declare global {
  interface Window {
    /** Set by the injected content script. Lives in the extension's isolated world, not the page's. */
    __siftReaderContent?: Installed;
  }
}

/** The extraction behind the last answer, kept only when its cleaning was cut short. */
let unfinished: Extraction | null = null;

function readArticle(budgetMs?: number): Article {
  // Chrome's PDF viewer (and a bare image or media document) holds no text to read.
  if (document.contentType === 'application/pdf') throw new Error(NOT_A_WEB_PAGE);
  if (document.body?.localName === 'frameset') throw new Error(FRAMES_ONLY);
  unfinished = null;
  const keepUnfinished = (extraction: Extraction) => void (unfinished = extraction);
  const article = readDocument(document, location.href, budgetMs === undefined ? {} : { deadline: now() + budgetMs, keepUnfinished });
  // Plain JSON, so that Chrome (JSON) and Firefox (structured clone) deliver the same object.
  return JSON.parse(JSON.stringify(article)) as Article;
}

/** Opens the reader view, or closes it when open; resolves to whether it is open now. */
async function toggleReader(article: Article | undefined): Promise<boolean> {
  if (isReaderOpen()) {
    closeReader();
    return false;
  }
  const shown = article ?? readArticle(READ_BUDGET_MS);
  openReader(shown, await loadSettings(browser.storage.sync), (settings) => {
    browser.storage.sync.set({ [SETTINGS_KEY]: settings }).catch(() => undefined);
  });
  return true;
}

function answer(message: SiftMessage): Promise<Replies[SiftMessage['type']]> {
  switch (message.type) {
    case 'sift:ping':
      return Promise.resolve(true);
    case 'sift:get-article':
      // Inside the executor, so that a throw from the pipeline becomes a rejection the popup receives.
      return new Promise((resolve) => resolve(readArticle(message.budgetMs)));
    case 'sift:reader':
      return toggleReader(message.article);
    case 'sift:reader-names':
      return Promise.resolve(showReaderNames(message.article));
    case 'sift:get-extraction':
      return unfinished ? Promise.resolve(JSON.parse(JSON.stringify(unfinished)) as Extraction) : Promise.reject(new Error(NOTHING_TO_FINISH));
  }
}

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  // Only our own extension's pages talk to us, and only with messages we know; anything else is left
  // unanswered (returning undefined lets other listeners, if any, answer it).
  if (sender.id !== browser.runtime.id || !isSiftMessage(message)) return undefined;
  return answer(message);
}

// Guard against double injection: the popup injects only when a ping goes unanswered, but two popups
// can race, and after the extension is reloaded an orphaned copy may still hold the flag. Either way
// exactly one listener, this one, stays installed.
const previous = window.__siftReaderContent;
if (previous && typeof previous.dispose === 'function') {
  try {
    previous.dispose();
  } catch {
    // The previous copy belongs to an unloaded version of the extension: nothing left to remove.
  }
}
browser.runtime.onMessage.addListener(onMessage);
window.__siftReaderContent = { dispose: () => browser.runtime.onMessage.removeListener(onMessage) };
