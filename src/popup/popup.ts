/**
 * The toolbar popup: reads the article on the active tab (or on tab N when opened as
 * popup.html?tabId=N) and shows it. `body[data-state]` goes loading → ready | empty | restricted |
 * error; in the last three, `[data-sift="message"]` says what happened and what to do.
 * Page-derived text only ever reaches the DOM through `textContent`.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { Article } from '../core/index.js';
import { currentArticle, flashLabel, showArticle } from '../ui/article-screen.js';
import { mountScreen } from '../ui/screen.js';
import { startWorker } from '../ui/work.js';
import { isArticle, isExtraction } from '../ui/article-check.js';
import { $ } from '../ui/dom.js';
import { loadSettings } from '../ui/settings.js';
import { looksLikeDetail, NOT_ARTICLE_MESSAGE, readAnywayButton } from '../ui/not-article.js';
import { ensureContentScript, sendToPage } from '../background/inject.js';
import { emptyTab, restrictedReason } from '../background/restricted.js';
import { FRAMES_ONLY, NOT_A_WEB_PAGE, READ_BUDGET_MS } from '../content/messages.js';
import type { Extraction } from '../core/extract/index.js';

type State = 'loading' | 'ready' | 'empty' | 'restricted' | 'error';

/**
 * How long the page may take to answer before the popup gives up. The page reads within
 * READ_BUDGET_MS; past this, the page itself is stuck (or its one extraction pass is).
 */
const TIMEOUT_MS = 30_000;

/**
 * Automation hook: `?budget=N` reads (and marks names) within N ms instead of the default, so a
 * test can see the partial-result path without a page big enough to need it.
 */
function budgetParam(): number | undefined {
  const raw = new URLSearchParams(location.search).get('budget');
  return raw !== null && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}

/** A failure with a message for the user, and the state to show it in. */
class PopupFailure extends Error {
  constructor(
    readonly state: 'empty' | 'restricted' | 'error',
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

function setState(state: State, message?: string, detail?: string): void {
  const box = $('[data-sift="message"]');
  box.replaceChildren();
  if (message) {
    const main = document.createElement('p');
    main.textContent = message;
    box.append(main);
    if (detail) {
      const small = document.createElement('p');
      small.className = 'detail';
      small.textContent = detail;
      box.append(small);
    }
  }
  box.hidden = !message;
  document.body.dataset.state = state;
}

const isFirefox = location.protocol === 'moz-extension:';

const TAB_CLOSED = 'That tab is closed. Open the article again and click Sift Reader.';

function restrictedMessage(what: string): string {
  return `Sift Reader can\u2019t read ${what}: the browser keeps extensions out of it. Open an article on a website to read it.`;
}

function nothingHereMessage(what: string): string {
  return `This is ${what}: there is nothing here to read. Open an article on a website to read it.`;
}

/** Opened as the toolbar popup (not as popup.html?tabId=N in a tab): the user has just clicked. */
const asToolbarPopup = !new URLSearchParams(location.search).has('tabId');

/** The tab to read: ?tabId=N when given (tests, "open in tab"), else the active tab of this window. */
async function targetTab(): Promise<Tabs.Tab & { id: number }> {
  const param = new URLSearchParams(location.search).get('tabId');
  let tab: Tabs.Tab | undefined;
  if (param !== null) {
    const id = Number(param);
    if (!/^\d+$/.test(param) || !Number.isSafeInteger(id)) {
      throw new PopupFailure('error', `\u201c${param}\u201d is not a tab id.`);
    }
    tab = await browser.tabs.get(id).catch(() => undefined);
    if (!tab) throw new PopupFailure('error', TAB_CLOSED);
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab) throw new PopupFailure('error', 'There is no active tab to read.');
  }
  if (tab.id === undefined || tab.id === browser.tabs.TAB_ID_NONE) {
    throw new PopupFailure('error', 'This tab cannot be read.');
  }
  return tab as Tabs.Tab & { id: number };
}

/** Turns what the browser threw into words for the user. */
function explain(err: unknown, url: string | undefined): PopupFailure {
  if (err instanceof PopupFailure) return err;
  const raw = err instanceof Error ? err.message : String(err);
  if (raw === NOT_A_WEB_PAGE) return new PopupFailure('restricted', restrictedMessage('a PDF or other non-HTML document'));
  if (raw === FRAMES_ONLY) {
    return new PopupFailure('empty', 'This page is made of frames, each a page of its own. Open the frame with the article in a tab of its own (right-click it, then "Open frame in new tab"), and click Sift Reader there.');
  }
  if (/cannot be scripted|Cannot access a chrome|chrome-extension:\/\/ URL|chrome-error|showing error page/i.test(raw)) {
    if (/error page|chrome-error/i.test(raw)) {
      return new PopupFailure('error', 'This tab shows an error page. Load the article, then click Sift Reader again.', raw);
    }
    return new PopupFailure('restricted', restrictedMessage('this page'), raw);
  }
  if (url?.startsWith('file:') && /permission|Cannot access/i.test(raw)) {
    return new PopupFailure(
      'error',
      'To read files on your computer, allow Sift Reader access to file URLs in the browser\u2019s extension settings, then reload the page.',
      raw,
    );
  }
  const emptyInError = emptyTab(raw.match(/\b(?:about|chrome|chrome-search|edge|brave|opera|vivaldi):[^\s"']*/i)?.[0] ?? '');
  if (emptyInError) return new PopupFailure('restricted', nothingHereMessage(emptyInError), raw);
  if (/Extension manifest must request permission|Missing host permission|Cannot access contents/i.test(raw)) {
    // Just clicked, the grant was given, so the browser itself keeps this tab closed (a new tab,
    // a browser page with its address hidden); only a popup opened in a tab lacks the click.
    if (asToolbarPopup) return new PopupFailure('restricted', restrictedMessage('this tab (a new or empty tab, or a browser page)'), raw);
    return new PopupFailure('error', 'Sift Reader may read a tab only after you click its toolbar button on that tab. Click it again.', raw);
  }
  if (/Receiving end does not exist|Could not establish connection|message port closed/i.test(raw)) {
    return new PopupFailure('error', 'The page did not answer. Reload the page and try again.', raw);
  }
  if (/No tab with id|Invalid tab ID/i.test(raw)) {
    return new PopupFailure('error', TAB_CLOSED, raw);
  }
  return new PopupFailure('error', 'Sift Reader could not read this page.', raw);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PopupFailure('error', 'The page took too long to answer. Try again once it has finished loading.')),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The content script's answer, checked: it crossed a process boundary from a page we do not control. */
function checkArticle(value: unknown): Article {
  if (!isArticle(value)) throw new PopupFailure('error', 'The page sent an answer Sift Reader does not understand. Reload the page and try again.');
  return value;
}

/** The page's extraction for "Finish cleaning", checked like an article. */
async function uncleaned(tabId: number): Promise<Extraction> {
  const extraction = await withTimeout(sendToPage(tabId, { type: 'sift:get-extraction' }), TIMEOUT_MS);
  if (!isExtraction(extraction)) throw new Error('The page sent an extraction Sift Reader does not understand.');
  return extraction;
}

/** The reader view toggle: the popup's own article, names and restored blocks included, goes to the page. */
function wireReader(tabId: number): void {
  const reader = $('[data-action="reader"]') as HTMLButtonElement;
  reader.addEventListener('click', () => {
    const shown = currentArticle();
    if (!shown) return;
    // Plain JSON: Chrome and Firefox deliver the same object.
    const article = JSON.parse(JSON.stringify(shown)) as Article;
    sendToPage(tabId, { type: 'sift:reader', article }).then(
      (isOpen) => {
        reader.setAttribute('aria-pressed', String(isOpen));
        reader.textContent = isOpen ? 'Close reader view' : 'Reader view';
      },
      () => flashLabel(reader, 'Reader view failed'),
    );
  });
}

async function main(): Promise<void> {
  mountScreen({ reader: true });
  setState('loading');
  let url: string | undefined;
  let tabId: number | undefined;
  // The names worker starts first, and loads the names code while the tab is found and read.
  startWorker();
  try {
    const tab = await targetTab();
    url = tab.url;
    tabId = tab.id;
    // Without a grant the URL is hidden; injection then tells whether the page can be read.
    const empty = url ? emptyTab(url) : null;
    if (empty) throw new PopupFailure('restricted', nothingHereMessage(empty));
    const reason = url ? restrictedReason(url, { firefox: isFirefox }) : null;
    if (reason) throw new PopupFailure('restricted', restrictedMessage(reason));
    const budget = budgetParam();
    // Settings load while the page reads.
    const settings = loadSettings(browser.storage.sync);
    const read = async () => {
      await ensureContentScript(tab.id);
      return checkArticle(await sendToPage(tab.id, { type: 'sift:get-article', budgetMs: budget ?? READ_BUDGET_MS }));
    };
    const article = await withTimeout(read(), TIMEOUT_MS);
    if (article.blocks.length === 0) {
      setState('empty', 'No article found on this page. Sift Reader reads pages with a main text, such as a news article.');
      return;
    }
    const shownSettings = await settings;
    const show = () => {
      showArticle(article, shownSettings, {
        uncleaned: () => uncleaned(tab.id),
        ...(budget === undefined ? {} : { namesBudgetMs: budget }),
      });
      wireReader(tab.id);
      setState('ready');
    };
    if (article.notArticle) {
      setState('empty', NOT_ARTICLE_MESSAGE, looksLikeDetail(article.notArticle));
      $('[data-sift="message"]').append(readAnywayButton(show));
      return;
    }
    show();
  } catch (err) {
    // A tab closed mid-read fails in whatever way the message channel happened to break.
    const closed = tabId !== undefined && !(await browser.tabs.get(tabId).then(() => true, () => false));
    const failure = closed ? new PopupFailure('error', TAB_CLOSED) : explain(err, url);
    setState(failure.state, failure.message, failure.detail);
  }
}

main().catch((err: unknown) => {
  // Only reachable if popup.html itself is broken; still never leave a rejection unhandled.
  console.error('Sift Reader popup failed', err);
  document.body.dataset.state = 'error';
});
