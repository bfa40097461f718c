/**
 * Helpers for the end-to-end tests: a local HTTP server for test pages, and Debian's Chromium with the
 * built extension loaded, driven by playwright-core. Recipe and pitfalls: /work/shared/browser-testing.md.
 *
 * - The toolbar click is CDP `Extensions.triggerAction` on the *tab* target: it opens the real popup
 *   and grants `activeTab` to that tab, as a user's click does.
 * - The real popup is not a Playwright page; it is reached over a raw (non-flat) CDP session.
 * - After a click, `popup.html?tabId=N` opened in an ordinary tab is a normal Playwright page.
 */
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

/** The browser binary: $CHROMIUM_PATH, else Debian's wrapper script. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True on CI (where a missing browser is a failure, not a reason to skip). */
export const IN_CI = !!process.env.CI && !/^(0|false|no)$/i.test(process.env.CI);

/** A browser an e2e suite needs, and how to get it. */
export interface BrowserNeed {
  name: string;
  path: string;
  /** What to do when it is missing. */
  howToGet: string;
}

function executableAt(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `describe` for a suite that drives a real browser: where there is none it is skipped with a
 * warning, except on CI, where a missing browser is a failing test, not a skip.
 */
export function describeInBrowser(need: BrowserNeed, name: string, options: { timeout: number }, body: () => void): void {
  if (executableAt(need.path)) {
    describe(name, options, body);
    return;
  }
  const missing = `no ${need.name} at ${need.path}: ${need.howToGet}`;
  if (IN_CI) {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(`${missing}. CI is set, so this is a failure, not a skip.`);
      });
    });
    return;
  }
  console.warn(`[e2e] Skipping ${name}: ${missing}.`);
  describe.skip(`${name} (skipped: ${missing})`, options, body);
}

export function describeInChromium(name: string, options: { timeout: number }, body: () => void): void {
  describeInBrowser({ name: 'Chromium', path: CHROMIUM_PATH, howToGet: 'install it (Debian: apt-get install chromium) or set CHROMIUM_PATH' }, name, options, body);
}

/**
 * Clicks a control by its `data-action`, opening the menu that holds it first (the popup's
 * export choices are in a "Save as" menu), as a user would.
 */
export async function clickAction(page: Page, action: string): Promise<void> {
  const menu = page.locator(`details:has([data-action="${action}"])`);
  if ((await menu.count()) > 0 && (await menu.getAttribute('open')) === null) await menu.locator('summary').click({ timeout: 10_000 });
  await page.click(`[data-action="${action}"]`, { timeout: 10_000 });
}

// ---------------------------------------------------------------------------------------------
// Test server

export interface Route {
  type: string;
  body: string | Buffer;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:40123 */
  base: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Sees every request first (e.g. to log beacons); a Route it returns is the answer. `routes` is
   * looked up per request, so entries added after `serve` resolves are served too.
   */
  onRequest?(url: URL, req: http.IncomingMessage): Route | undefined;
}

/** Serves `routes` (path → response) on 127.0.0.1 at an ephemeral port; anything else is a 404. */
export async function serve(routes: Record<string, Route>, options: ServeOptions = {}): Promise<TestServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const route = options.onRequest?.(url, req) ?? routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Polling (the only way these tests wait: for a condition, never for a fixed time)

export async function poll<T>(
  probe: () => Promise<T | null | undefined | false>,
  { timeout = 15_000, interval = 100, what = 'condition' }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------------------------------------
// What a popup shows, read through the DESIGN hooks ("Stable hooks in the extension's pages")

export interface PopupSnapshot {
  state: string | null;
  /** Text of [data-sift="message"], whitespace collapsed; null when absent. */
  message: string | null;
  messageHidden: boolean;
  article: {
    /** All text in [data-sift="article"], whitespace collapsed. */
    text: string;
    /** First h1 inside the article. */
    title: string | null;
    lead: string | null;
    /** Every [data-block] inside the article, in document order. */
    blocks: { index: string | null; text: string }[];
    entities: { kind: string | null; ref: string | null; text: string }[];
  } | null;
}

/**
 * A JavaScript expression (a string, so that it runs unchanged in the real popup over raw CDP and in
 * a Playwright page) that evaluates to a PopupSnapshot.
 */
export const SNAPSHOT_EXPRESSION = `(() => {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const art = document.querySelector('[data-sift="article"]');
  const msg = document.querySelector('[data-sift="message"]');
  const text = (sel) => { const e = art.querySelector(sel); return e ? norm(e.textContent) : null; };
  return {
    state: (document.body && document.body.getAttribute('data-state')) || null,
    message: msg ? norm(msg.textContent) : null,
    messageHidden: !msg || msg.hidden || msg.closest('[hidden]') !== null,
    article: art ? {
      text: norm(art.textContent),
      title: text('h1'),
      lead: text('p.lead'),
      blocks: Array.from(art.querySelectorAll('[data-block]'), (e) => ({ index: e.getAttribute('data-block'), text: norm(e.textContent) })),
      entities: Array.from(art.querySelectorAll('[data-entity]'), (e) => ({ kind: e.getAttribute('data-entity'), ref: e.getAttribute('data-ref'), text: norm(e.textContent) })),
    } : null,
  };
})()`;

/** The popup's state once it has left `loading`. */
const SETTLED_STATE = `(() => { const s = document.body && document.body.getAttribute('data-state'); return s && s !== 'loading' ? s : null; })()`;

// ---------------------------------------------------------------------------------------------
// The real popup, over a raw CDP session

export interface RealPopup {
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until body[data-state] is no longer `loading`; returns the state. */
  settled(timeout?: number): Promise<string>;
  snapshot(): Promise<PopupSnapshot>;
  detach(): Promise<void>;
}

async function attachRaw(cdp: CDPSession, targetId: string): Promise<RealPopup> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiter || reply.id === undefined) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(new Error(reply.error.message));
    else waiter.resolve(reply.result);
  };
  const onDetached = (event: { sessionId?: string }) => {
    if (event.sessionId !== sessionId) return;
    for (const waiter of pending.values()) waiter.reject(new Error('the popup closed'));
    pending.clear();
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  cdp.on('Target.detachedFromTarget', onDetached);

  const send = (method: string, params: object = {}, timeout = 10_000): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer from the popup in ${timeout} ms`));
      }, timeout);
      pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((e: Error) => {
        pending.delete(id);
        clearTimeout(timer);
        reject(e);
      });
    });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) {
      throw new Error(`in the popup: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    }
    return r.result.value as T;
  };

  return {
    evaluate,
    settled: (timeout = 30_000) => poll(() => evaluate<string | null>(SETTLED_STATE), { timeout, what: 'the popup to leave data-state="loading"' }),
    snapshot: () => evaluate<PopupSnapshot>(SNAPSHOT_EXPRESSION),
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      cdp.off('Target.detachedFromTarget', onDetached);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium with the extension

export interface LaunchOptions {
  /** Absolute path of the unpacked extension (build/extension). */
  extension: string;
  /** Extra permissions for every origin, e.g. clipboard-read. */
  permissions?: string[];
}

export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    private worker: Worker,
    readonly extensionId: string,
    private readonly cdp: CDPSession,
    private readonly userDataDir: string,
  ) {}

  static async launch({ extension, permissions = [] }: LaunchOptions): Promise<ExtensionBrowser> {
    if (!existsSync(join(extension, 'manifest.json'))) {
      throw new Error(`${extension}/manifest.json is missing: run \`npm run build\` first (\`npm test\` does).`);
    }
    const userDataDir = mkdtempSync(join(tmpdir(), 'sift-e2e-'));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        headless: true, // = --headless, the new headless mode: extensions load.
        acceptDownloads: true,
        permissions,
        viewport: { width: 1000, height: 800 },
        args: [
          // Playwright passes --disable-extensions; --disable-extensions-except overrides it for ours.
          `--disable-extensions-except=${extension}`,
          `--load-extension=${extension}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
      const sw =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
      const extensionId = new URL(sw.url()).host;
      const browser = context.browser();
      if (!browser) throw new Error('no Browser object for the persistent context');
      const cdp = await browser.newBrowserCDPSession();
      return new ExtensionBrowser(context, sw, extensionId, cdp, userDataDir);
    } catch (err) {
      await context?.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      throw err;
    }
  }

  /** The extension's service worker, as last started. */
  get serviceWorker(): Worker {
    return this.worker;
  }

  /**
   * Stops the service worker, as the browser does when it has been idle, and wakes it again with an
   * event: a fresh start of the same installed version, not an install. Returns the restarted
   * worker, reached over the DevTools protocol; `serviceWorker` (Playwright's handle) is not told
   * of the restart, so a test that calls this comes last.
   */
  async restartServiceWorker(): Promise<Pick<RealPopup, 'evaluate' | 'detach'>> {
    const page = await this.context.newPage();
    try {
      await page.goto(`chrome-extension://${this.extensionId}/options.html`);
      const session = await this.context.newCDPSession(page);
      const status = (want: string) => new Promise<void>((resolve) => {
        const seen = (e: { versions: { runningStatus: string }[] }) => {
          if (e.versions.some((v) => v.runningStatus === want)) (session.off('ServiceWorker.workerVersionUpdated', seen), resolve());
        };
        session.on('ServiceWorker.workerVersionUpdated', seen);
      });
      await session.send('ServiceWorker.enable');
      const stopped = status('stopped');
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
      const running = status('running');
      await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.postMessage('wake')));
      await running;
      await session.detach();
    } finally {
      await page.close();
    }
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${this.extensionId}/`));
    if (!worker) throw new Error('the service worker did not start again');
    return attachRaw(this.cdp, worker.targetId);
  }

  get popupUrl(): string {
    return `chrome-extension://${this.extensionId}/popup.html`;
  }

  /** A new tab showing `url` (give every test its own URL, e.g. ?case=name: tabs are found by URL). */
  async newTab(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  /** The extension API's id of the tab showing `page` (it becomes the active tab). */
  async tabId(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.serviceWorker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([t]) => t && t.id)`);
    if (typeof id !== 'number') throw new Error(`no tab id for ${page.url()}`);
    return id;
  }

  private async popupTargets(): Promise<string[]> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets', { filter: [{ type: 'page' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    return targetInfos.filter((t) => t.url === this.popupUrl).map((t) => t.targetId);
  }

  /** The user clicks the toolbar button on `page`'s tab: opens the real popup and grants activeTab. */
  async clickToolbar(page: Page): Promise<RealPopup> {
    await page.bringToFront();
    const { targetInfos } = (await this.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()} among ${targetInfos.map((t) => t.url).join(', ')}`);
    const before = new Set(await this.popupTargets());
    await this.cdp.send('Extensions.triggerAction', { id: this.extensionId, targetId: tab.targetId });
    const targetId = await poll(async () => (await this.popupTargets()).find((id) => !before.has(id)), {
      what: 'the toolbar popup to open',
    });
    return attachRaw(this.cdp, targetId);
  }

  /** popup.html?tabId=N in an ordinary tab: the popup for tab N (after a toolbar click granted it). */
  /** `query` adds popup parameters, e.g. `&budget=0`. */
  async openPopupTab(tabId: number, query = ''): Promise<Page> {
    const page = await this.context.newPage();
    await page.setViewportSize({ width: 420, height: 700 });
    await page.goto(`${this.popupUrl}?tabId=${tabId}${query}`);
    // Not page.waitForFunction: its polling evals a string in the page, which the extension's CSP blocks.
    await poll(() => page.evaluate<string | null>(SETTLED_STATE), { timeout: 30_000, what: `${page.url()} to leave data-state="loading"` });
    return page;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The reader view, seen through the DevTools protocol (it is in a closed shadow root)

/** A node of `DOM.getDocument({pierce: true})`. */
export interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

export interface ReaderInspector {
  /** The reader's host element (in the page's DOM) and its closed shadow root. */
  host: DomNode;
  root: DomNode;
  /** Every element under the shadow root, in document order (text node values may be cut short by the protocol). */
  elements(): { tag: string; attrs: Record<string, string> }[];
  /** All text under the shadow root (style sheet text excluded), in full. */
  text(): Promise<string>;
  /** Computed style of the first element matching `selector` in the shadow root (`:host` = the host), no page script involved. */
  style(selector: string, properties: readonly string[]): Promise<Record<string, string>>;
  /** Border box of the first match, in CSS pixels: [x, y, width, height]. */
  box(selector: string): Promise<[number, number, number, number]>;
  detach(): Promise<void>;
}

/**
 * Reads the reader view over CDP: DOM.getDocument with pierce sees closed shadow roots, as the
 * browser's inspector does, and CSS.getComputedStyleForNode reads styles without running any script
 * in the page (whose globals may be booby-trapped); text is read in an isolated world of its own. The
 * reader is the closed shadow root whose host is a child of <html>.
 */
export async function inspectReader(page: Page): Promise<ReaderInspector> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // Only <html>'s children: a page nested hundreds deep would overflow the protocol's encoder.
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as unknown as { root: DomNode };
  const html = doc.children?.find((n) => n.nodeType === 1);
  const host = [...(html?.children ?? [])].reverse().find((n) => n.shadowRoots?.some((r) => r.shadowRootType === 'closed'));
  const root = host?.shadowRoots?.find((r) => r.shadowRootType === 'closed');
  if (!host || !root) {
    await cdp.detach().catch(() => undefined);
    throw new Error('no reader view: no child of <html> hosts a closed shadow root');
  }
  const { node: tree } = (await cdp.send('DOM.describeNode', { nodeId: root.nodeId, depth: -1, pierce: true })) as unknown as { node: DomNode };
  const attrsOf = (n: DomNode) => {
    const out: Record<string, string> = {};
    const a = n.attributes ?? [];
    for (let i = 0; i + 1 < a.length; i += 2) out[a[i]!] = a[i + 1]!;
    return out;
  };
  const walk = (n: DomNode, visit: (n: DomNode) => void) => {
    visit(n);
    // Form controls' own user-agent shadow roots are the browser's, not the page's or ours.
    for (const r of n.shadowRoots ?? []) if (r.shadowRootType !== 'user-agent') walk(r, visit);
    for (const c of n.children ?? []) walk(c, visit);
  };
  const nodeIdOf = async (selector: string): Promise<number> => {
    if (selector === ':host') return host.nodeId;
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${selector} in the reader view`);
    return nodeId;
  };
  return {
    host,
    root: tree,
    elements() {
      const out: { tag: string; attrs: Record<string, string> }[] = [];
      for (const c of tree.children ?? []) walk(c, (n) => { if (n.nodeType === 1) out.push({ tag: (n.localName ?? n.nodeName).toLowerCase(), attrs: attrsOf(n) }); });
      return out;
    },
    async text() {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'sift-e2e' })) as { executionContextId: number };
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: root.nodeId, executionContextId })) as { object: { objectId?: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: "function () { let t = ''; for (const c of this.childNodes) if (c.localName !== 'style') t += c.textContent; return t; }",
        returnByValue: true,
      })) as { result: { value: string } };
      return result.value;
    },
    async style(selector, properties) {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: await nodeIdOf(selector) })) as {
        computedStyle: { name: string; value: string }[];
      };
      const wanted = new Set(properties);
      return Object.fromEntries(computedStyle.filter((p) => wanted.has(p.name)).map((p) => [p.name, p.value]));
    },
    async box(selector) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: await nodeIdOf(selector) })) as { model: { border: number[] } };
      const [x1, y1, x2, , , y3] = model.border;
      return [x1!, y1!, x2! - x1!, y3! - y1!];
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
