/**
 * The built extension in a real Firefox (Debian's firefox-esr), driven over WebDriver BiDi with
 * puppeteer-core. Recipe and pitfalls: /work/shared/browser-testing.md, "Firefox: driving the real
 * extension".
 *
 * - Firefox starts with `--remote-allow-system-access`, so BiDi may run code in the browser window
 *   (chrome scope) and open moz-extension:// pages; the extension's UUID is pinned by a pref.
 * - The toolbar click is Firefox's own browserAction trigger, run in the browser window: it opens
 *   the real popup panel and grants activeTab, as a user's click does.
 * - Clicks in the popup and key presses are native events synthesized in the browser window, so
 *   they carry user activation (Copy needs it) and reach keyboard shortcuts.
 * - The popup's document is read from an extension page (a "probe" tab in the background) through
 *   `browser.extension.getViews({ type: 'popup' })`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { describeInBrowser, poll } from './browser.js';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export function describeInFirefox(name: string, options: { timeout: number }, body: () => void): void {
  describeInBrowser({ name: 'Firefox', path: FIREFOX_PATH, howToGet: 'install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH' }, name, options, body);
}

/** Any fixed UUID: moz-extension://UUID/ is then known before the extension is installed. */
const UUID = '0d5f1a7e-51f7-4c2e-9a3b-5e1f7a0c0ffe';

/** A browsing context (tab) id of WebDriver BiDi. */
export type Context = string;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** The popup's document, where `document` means it in an expression given to Popup.evaluate. */
const POPUP_DOCUMENT = `browser.extension.getViews({ type: 'popup' })[0]?.document`;

export class FirefoxExtension {
  private output = '';

  private constructor(
    private readonly browser: Browser,
    private readonly bidi: BidiConnection,
    readonly geckoId: string,
    /** Where downloads land. */
    readonly downloads: string,
    private readonly probe: Context,
    private readonly window: Context,
    private readonly dirs: string[],
  ) {
    const child = browser.process();
    // devtools.console.stdout.content: the extension's console messages come out here too.
    for (const stream of [child?.stdout, child?.stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => (this.output += chunk));
  }

  static async launch({ extension, geckoId }: { extension: string; geckoId: string }): Promise<FirefoxExtension> {
    if (!existsSync(join(extension, 'manifest.json'))) {
      throw new Error(`${extension}/manifest.json is missing: run \`npm run build\` first (\`npm test\` does).`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'sift-e2e-firefox-'));
    const downloads = mkdtempSync(join(tmpdir(), 'sift-e2e-downloads-'));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: profile,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
          'browser.download.dir': downloads,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          // The downloads panel would open over the popup after the first save and take the next clicks.
          'browser.download.alwaysOpenPanel': false,
          'devtools.console.stdout.content': true,
        },
      });
      const bidi = (browser as unknown as { connection: BidiConnection }).connection;
      const { result } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
      if (result.extension !== geckoId) throw new Error(`installed ${String(result.extension)}, not ${geckoId}`);
      const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const window = (tree.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error('no browser window among the chrome contexts');
      const { result: created } = await bidi.send('browsingContext.create', { type: 'tab', background: true });
      const probe = created.context as Context;
      const firefox = new FirefoxExtension(browser, bidi, geckoId, downloads, probe, window.context, [profile, downloads]);
      await firefox.openExtensionPage(probe, 'files.html');
      return firefox;
    } catch (err) {
      await browser?.close().catch(() => undefined);
      for (const dir of [profile, downloads]) rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  get base(): string {
    return `moz-extension://${UUID}/`;
  }

  /** Evaluates `expression` (awaited) in a tab; the value comes back through JSON. */
  async evaluate<T>(context: Context, expression: string): Promise<T> {
    const { result } = await this.bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})) ?? 'null')()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as unknown as EvaluateResult;
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(String(r.result?.value ?? 'null')) as T;
  }

  /** A function run in the browser window itself (chrome scope). */
  private async inWindow<T>(body: string): Promise<T> {
    return this.evaluate<T>(this.window, `(() => { ${body} })()`);
  }

  /** A new tab showing `url`, in front. */
  async newTab(url: string): Promise<Context> {
    const { result } = await this.bidi.send('browsingContext.create', { type: 'tab' });
    const context = result.context as Context;
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    await this.bidi.send('browsingContext.activate', { context });
    return context;
  }

  /** An extension page in a tab: moz-extension loads send no BiDi navigation events, so its readiness is polled. */
  async openExtensionPage(context: Context, path: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context, url: `${this.base}${path}`, wait: 'none' });
    await poll(() => this.evaluate<boolean>(context, `location.href.startsWith(${JSON.stringify(this.base)}) && document.readyState === 'complete'`), {
      what: `${path} to load`,
    });
  }

  async newExtensionTab(path: string): Promise<Context> {
    const { result } = await this.bidi.send('browsingContext.create', { type: 'tab' });
    const context = result.context as Context;
    await this.openExtensionPage(context, path);
    return context;
  }

  async closeTab(context: Context): Promise<void> {
    await this.bidi.send('browsingContext.close', { context }).catch(() => undefined);
  }

  /** The user clicks the toolbar button on `tab`: Firefox opens the real popup and grants activeTab. */
  async clickToolbar(tab: Context): Promise<Popup> {
    // The button toggles: with a popup still open (from another tab), a click would only close it.
    await this.evaluate(this.probe, `browser.extension.getViews({ type: 'popup' }).forEach((view) => view.close())`);
    await poll(() => this.evaluate<boolean>(this.probe, `browser.extension.getViews({ type: 'popup' }).length === 0`), { what: 'the last popup to close' });
    await this.bidi.send('browsingContext.activate', { context: tab });
    await this.inWindow(`
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(this.geckoId)}).extension;
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return true;`);
    const popup = new Popup(this);
    await poll(() => popup.evaluate<boolean>('!!document.body'), { what: 'the toolbar popup to open' });
    return popup;
  }

  /** Evaluates `expression` with `document` bound to the open popup's document. */
  evaluateInPopup<T>(expression: string): Promise<T> {
    return this.evaluate<T>(this.probe, `((document) => { if (!document) throw new Error('no popup is open'); return (${expression}); })(${POPUP_DOCUMENT})`);
  }

  /** A native left click at the middle of the popup's element `selector`. */
  async clickInPopup(selector: string): Promise<void> {
    const at = await this.evaluateInPopup<[number, number] | null>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    })()`);
    if (!at) throw new Error(`no ${selector} in the popup`);
    await this.inWindow(`
      const panel = document.querySelector('.webextension-popup-browser');
      if (!panel) throw new Error('no popup panel in the browser window');
      const r = panel.getBoundingClientRect();
      const x = r.x + ${at[0]}, y = r.y + ${at[1]};
      window.synthesizeMouseEvent('mousedown', x, y, { button: 0, buttons: 1, clickCount: 1 });
      window.synthesizeMouseEvent('mouseup', x, y, { button: 0, buttons: 0, clickCount: 1 });
      return true;`);
  }

  /** A native key press with modifiers (as KeyboardEvent `key`/`code`), e.g. Alt+Shift+R, to the focused window. */
  async pressKeys(key: string, code: string, keyCode: number, modifiers: ('Alt' | 'Shift' | 'Control')[]): Promise<void> {
    const MOD = { Alt: ['AltLeft', 18], Shift: ['ShiftLeft', 16], Control: ['ControlLeft', 17] } as const;
    await this.inWindow(`
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
      const k = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
      const mods = ${JSON.stringify(modifiers.map((m) => [m, ...MOD[m]]))};
      for (const [key, code, keyCode] of mods) tip.keydown(k(key, code, keyCode));
      tip.keydown(k(${JSON.stringify(key)}, ${JSON.stringify(code)}, ${keyCode}));
      tip.keyup(k(${JSON.stringify(key)}, ${JSON.stringify(code)}, ${keyCode}));
      for (const [key, code, keyCode] of mods.reverse()) tip.keyup(k(key, code, keyCode));
      return true;`);
  }

  /** The text on the system clipboard, read by the browser itself. */
  clipboardText(): Promise<string> {
    return this.inWindow(`
      const trans = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      trans.init(null);
      trans.addDataFlavor('text/plain');
      Services.clipboard.getData(trans, Services.clipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
      const data = {};
      try { trans.getTransferData('text/plain', data); } catch { return ''; }
      return data.value.QueryInterface(Ci.nsISupportsString).data;`);
  }

  /** Puts `text` on the clipboard, so a test can tell a copy happened. */
  setClipboardText(text: string): Promise<void> {
    return this.inWindow(`
      Cc['@mozilla.org/widget/clipboardhelper;1'].getService(Ci.nsIClipboardHelper).copyString(${JSON.stringify(text)});
      return true;`);
  }

  /**
   * Files in the download folder, finished ones only: Firefox writes NAME.part, with an empty NAME
   * beside it as a placeholder, and moves the one over the other when the download is done.
   */
  downloaded(): string[] {
    const names = readdirSync(this.downloads);
    const size = (name: string) => statSync(join(this.downloads, name), { throwIfNoEntry: false })?.size ?? 0;
    return names.filter((name) => !name.endsWith('.part') && !names.includes(`${name}.part`) && size(name) > 0);
  }

  /**
   * The elements of the reader view, from its closed shadow root: BiDi serialises a node's tree
   * with closed shadow roots included when asked (`includeShadowTree: 'all'`), as an inspector would.
   */
  async readerBlocks(tab: Context): Promise<{ blocks: string[]; speakerMarks: number }> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: 'function () { return document.documentElement.lastElementChild; }',
      target: { context: tab },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
    });
    interface Node {
      type: string;
      value?: { nodeType: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: Node[]; shadowRoot?: Node | null };
    }
    const host = (result as { result?: Node }).result;
    const root = host?.value?.shadowRoot;
    if (!root) throw new Error('no reader view: the last child of <html> has no shadow root');
    const text = (n: Node): string => (n.value?.nodeType === 3 ? n.value.nodeValue ?? '' : (n.value?.children ?? []).map(text).join(''));
    const blocks: string[] = [];
    let speakerMarks = 0;
    const walk = (n: Node) => {
      const attrs = n.value?.attributes ?? {};
      if ('data-block' in attrs) blocks.push(text(n));
      if (attrs['data-entity'] === 'speaker') speakerMarks++;
      for (const c of n.value?.children ?? []) walk(c);
    };
    walk(root);
    return { blocks, speakerMarks };
  }

  /** Lines Firefox logged that come from the extension and report an error. */
  extensionErrors(): string[] {
    return this.output
      .split('\n')
      .filter((line) => line.includes(this.base) || /Sift Reader/.test(line))
      .filter((line) => /error|exception|warning/i.test(line));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** The real toolbar popup, read through the probe tab. */
export class Popup {
  constructor(private readonly firefox: FirefoxExtension) {}

  evaluate<T>(expression: string): Promise<T> {
    return this.firefox.evaluateInPopup<T>(expression);
  }

  /** Waits until body[data-state] is no longer `loading`; returns the state. */
  settled(timeout = 30_000): Promise<string> {
    return poll(() => this.evaluate<string | null>(`(() => { const s = document.body.dataset.state; return s && s !== 'loading' ? s : null; })()`), {
      timeout,
      what: 'the popup to leave data-state="loading"',
    });
  }

  click(selector: string): Promise<void> {
    return this.firefox.clickInPopup(selector);
  }

  /** Clicks a control by its data-action, opening the menu that holds it first. */
  async clickAction(action: string): Promise<void> {
    const inClosedMenu = await this.evaluate<boolean>(`!!document.querySelector('details:not([open]) [data-action="${action}"]')`);
    if (inClosedMenu) await this.click(`details:has([data-action="${action}"]) > summary`);
    await this.click(`[data-action="${action}"]`);
  }
}
