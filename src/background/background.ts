/**
 * Service worker (Chrome) / event page (Firefox): the keyboard command and the context menu toggle
 * the in-page reader view. Listeners are registered at the top level so they are in place whenever
 * the browser wakes the worker for an event. Both events grant activeTab for the tab, as a toolbar
 * click does, so no host permission is needed.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { loadNames, NAMES_SCRIPT } from '../names/load.js';
import { now } from '../core/text/clock.js';
import { NAMES_BUDGET_MS, READ_BUDGET_MS } from '../content/messages.js';
import { isArticle } from '../ui/article-check.js';
import { ensureContentScript, sendToPage } from './inject.js';

const COMMAND = 'toggle-reader';
const MENU_ID = 'sift-reader-view';

declare function importScripts(...urls: string[]): void;

/**
 * Reads the page and toggles the reader; once the text is shown, marks the names here (the page
 * never loads the names code; this worker loads it on the first shortcut or menu use, not when it
 * starts) and sends them to the open reader.
 */
export async function toggleReaderInTab(tabId: number): Promise<boolean> {
  await ensureContentScript(tabId);
  const article = await sendToPage(tabId, { type: 'sift:get-article', budgetMs: READ_BUDGET_MS });
  if (!isArticle(article)) throw new Error('The page sent an answer Sift Reader does not understand.');
  const opened = await sendToPage(tabId, { type: 'sift:reader', article });
  if (opened && article.blocks.length) {
    const marked = (await loadNames()).annotate(article, { deadline: now() + NAMES_BUDGET_MS });
    // The tab may have closed or moved on meanwhile: then there is nothing to mark.
    await sendToPage(tabId, { type: 'sift:reader-names', article: JSON.parse(JSON.stringify(marked)) }).catch(() => false);
  }
  return opened;
}

// A service worker may import a script after its first run only if it imported that script while
// installing (Chrome keeps it with the worker then); so it is imported once at install, and at any
// later start only when needed. A Firefox event page has no install event and loads it as a <script>.
if (typeof importScripts === 'function') {
  addEventListener('install', () => importScripts(NAMES_SCRIPT));
}

// Automation hook (tests, and anyone scripting the extension from its own service worker): the same
// path the shortcut and the menu take. Only code running inside the extension can reach it.
(globalThis as { siftReader?: unknown }).siftReader = { toggleReaderInTab };

function onTab(tab: Tabs.Tab | undefined): void {
  if (tab?.id === undefined) return;
  toggleReaderInTab(tab.id).catch((err: unknown) => {
    // A page the browser keeps extensions out of (chrome://, the store) cannot have a reader view;
    // the toolbar popup explains that, a shortcut has nowhere to say it.
    console.warn('Sift Reader: no reader view on this tab:', err instanceof Error ? err.message : err);
  });
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== COMMAND) return;
  if (tab) onTab(tab);
  else browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => onTab(t), () => undefined);
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ID, title: 'Reader view (Sift Reader)', contexts: ['page', 'selection'] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) onTab(tab);
});
