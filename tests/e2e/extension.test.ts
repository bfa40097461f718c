/**
 * End-to-end: the built extension (build/extension) in a real Chromium, driven like a user: a toolbar
 * click on a tab, then what the popup shows through the DESIGN hooks (`body[data-state]`,
 * `[data-sift="article"]`, `[data-block]`, `[data-entity]`, `[data-sift="message"]`, `[data-action]`).
 *
 * Needs Chromium at $CHROMIUM_PATH or /usr/bin/chromium. Without it the suite is skipped, except on CI
 * ($CI set), where it fails. One browser serves the whole file; each test uses its own tab.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExtensionBrowser, clickAction, describeInChromium, poll, serve, SNAPSHOT_EXPRESSION,
  type PopupSnapshot, type RealPopup, type TestServer,
} from './browser.js';
import { DEBRIS, EXTENSION, ROOT, SEED_PAGE, expected, norm } from './seed.js';

const NO_ARTICLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Links only</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>`;

const FRAMESET_PAGE = `<!doctype html><html><head><title>Frames</title></head>
<frameset cols="30%,70%"><frame src="/no-article.html"><frame src="/seed-page.html"></frameset></html>`;

/** Random bytes without NUL, served as a web page (an image or archive behind a wrong type). */
let seed = 11;
const BINARY_PAGE = Buffer.from(Array.from({ length: 80_000 }, () => ((seed = (seed * 16807) % 2147483647) % 255) + 1));

const AR_PARAGRAPHS = [
  'قال المتحدث باسم وزارة الخارجية يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل في جنيف لمناقشة تفاصيل اتفاق وقف إطلاق النار.',
  'وأضاف المتحدث أن الهدف من المحادثات هو التوصل إلى اتفاق يقبله جميع الأطراف قبل نهاية الشهر.',
  'ويرى محللون أن نجاح المحادثات يعتمد إلى حد كبير على استعداد الأطراف لتقديم تنازلات في القضايا الرئيسية.',
];
const RTL_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>استئناف المحادثات</title></head>
<body><article><h1>استئناف المحادثات</h1>${[...AR_PARAGRAPHS, ...AR_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** The seed page, rewriting itself without pause: a paragraph added and a text changed every few ms. */
const MUTATING_PAGE = SEED_PAGE.toString('utf8').replace('</body>', `<script>
  let n = 0;
  setInterval(() => {
    const p = document.createElement('p');
    p.textContent = 'Live update ' + (++n) + ': the page keeps changing while it is read.';
    document.body.append(p);
    const first = document.querySelector('p');
    if (first) first.dataset.tick = String(n);
  }, 2);
</script></body>`);

describeInChromium(
  'extension e2e (Chromium)',
  { timeout: 45_000 },
  () => {
    let browser: ExtensionBrowser;
    let server: TestServer;
    const seedUrl = (testCase: string) => `${server.base}/seed-page.html?case=${testCase}`;

    beforeAll(async () => {
      server = await serve({
        '/seed-page.html': { type: 'text/html; charset=utf-8', body: SEED_PAGE },
        '/no-article.html': { type: 'text/html; charset=utf-8', body: NO_ARTICLE_PAGE },
        '/frameset.html': { type: 'text/html; charset=utf-8', body: FRAMESET_PAGE },
        '/binary.html': { type: 'text/html', body: BINARY_PAGE },
        '/rtl.html': { type: 'text/html; charset=utf-8', body: RTL_PAGE },
        '/mutating.html': { type: 'text/html; charset=utf-8', body: MUTATING_PAGE },
      });
      browser = await ExtensionBrowser.launch({
        extension: EXTENSION,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 30_000);

    /** Opens `url` in a new tab, clicks the toolbar button there; the real popup once it has settled. */
    async function clickOn(url: string): Promise<{ page: Page; popup: RealPopup; state: string }> {
      const page = await browser.newTab(url);
      const popup = await browser.clickToolbar(page);
      const state = await popup.settled();
      return { page, popup, state };
    }

    function explainState(s: PopupSnapshot): string {
      return `data-state=${s.state}; message: ${s.message ?? '(none)'}`;
    }

    it('toolbar click on the seed page: the popup shows the 22 body blocks, once each, in order, and no debris', async () => {
      const { page, popup, state } = await clickOn(seedUrl('toolbar'));
      const shown = await popup.snapshot();
      expect(state, explainState(shown)).toBe('ready');
      expect(shown.article, 'no [data-sift="article"] in the popup').not.toBeNull();
      const article = shown.article!;

      expect.soft(article.title).toBe(expected.title);
      expect.soft(article.lead).toBe(expected.lead);
      expect.soft(article.blocks.map((b) => b.text)).toEqual(expected.blocks.map(norm));
      expect.soft(article.blocks.map((b) => b.index)).toEqual(expected.blocks.map((_, i) => String(i)));
      for (const debris of DEBRIS) expect.soft(article.text, `debris in the article: ${debris}`).not.toContain(debris);

      await popup.detach();
      await page.close();
    });

    it('highlights speakers and places in the article', async () => {
      const { page, popup, state } = await clickOn(seedUrl('entities'));
      expect(state, explainState(await popup.snapshot())).toBe('ready');

      type Entity = NonNullable<PopupSnapshot['article']>['entities'][number];
      const speakers = (s: PopupSnapshot) => (s.article?.entities ?? []).filter((e) => e.kind === 'speaker' && !!e.ref);
      const places = (s: PopupSnapshot) => (s.article?.entities ?? []).filter((e) => e.kind === 'place' && !!e.ref);
      const has = (list: Entity[], test: (text: string) => boolean) => list.some((e) => test(e.text));
      const complete = (s: PopupSnapshot) =>
        has(speakers(s), (t) => t.includes('John Kirby')) &&
        has(speakers(s), (t) => t.includes('Kirby') && !t.includes('John Kirby')) &&
        has(places(s), (t) => t.includes('Aleppo'));

      // Names may be marked after the text is shown: wait for them (without failing here), then assert.
      const shown = await poll(async () => {
        const s = await popup.snapshot();
        return complete(s) ? s : null;
      }, { timeout: 15_000, what: 'speaker and place marks' }).catch(() => popup.snapshot());

      const speakerTexts = speakers(shown).map((e) => e.text);
      const placeTexts = places(shown).map((e) => e.text);
      expect(speakerTexts, 'a speaker mark for "John Kirby"').toEqual(expect.arrayContaining([expect.stringContaining('John Kirby')]));
      expect(
        speakerTexts.filter((t) => !t.includes('John Kirby')),
        'a speaker mark for the later "said Kirby"',
      ).toEqual(expect.arrayContaining([expect.stringContaining('Kirby')]));
      expect(placeTexts, 'a place mark for "Aleppo"').toEqual(expect.arrayContaining([expect.stringContaining('Aleppo')]));
      for (const e of shown.article!.entities) {
        expect(e.ref, `data-ref of the ${e.kind} mark "${e.text}"`).toBeTruthy();
      }
      const assad = shown.article!.entities.filter((e) => e.text.includes('Assad'));
      for (const e of assad) expect(e.kind, `"${e.text}" is marked`).toBe('person');

      await popup.detach();
      await page.close();
    });

    /** Clicks the toolbar on `url`: the popup must settle in `state`, showing a message that matches `says`. */
    async function expectMessage(url: string, state: string, says = /\S/): Promise<void> {
      const { page, popup, state: settled } = await clickOn(url);
      const shown = await popup.snapshot();
      expect(settled, `${url}: ${explainState(shown)}`).toBe(state);
      expect(shown.message, 'text of [data-sift="message"]').toMatch(says);
      expect(shown.messageHidden, '[data-sift="message"] is hidden').toBe(false);
      await popup.detach();
      await page.close();
    }

    it('a page with no article: data-state="empty" and a message', async () => {
      await expectMessage(`${server.base}/no-article.html?case=empty`, 'empty');
    });

    it('a frameset, and binary data served as a page: data-state="empty" and a message that says why', async () => {
      await expectMessage(`${server.base}/frameset.html`, 'empty', /frames/);
      await expectMessage(`${server.base}/binary.html`, 'empty', /No article found/);
    });

    it('a right-to-left page: the article once, right to left', async () => {
      const { page, popup, state } = await clickOn(`${server.base}/rtl.html`);
      await popup.detach();
      expect(state).toBe('ready');
      const tab = await browser.openPopupTab(await browser.tabId(page));
      try {
        expect(await tab.getAttribute('[data-sift="article"]', 'dir')).toBe('rtl');
        expect(await tab.getAttribute('[data-sift="article"]', 'lang')).toBe('ar');
        const texts = await tab.locator('[data-sift="article"] [data-block]').allTextContents();
        expect(texts.map(norm)).toEqual(AR_PARAGRAPHS);
      } finally {
        await tab.close();
        await page.close();
      }
    });

    it('a page that keeps rewriting itself while it is read: the article as it stood, debris still gone', async () => {
      const { page, popup, state } = await clickOn(`${server.base}/mutating.html`);
      const shown = await popup.snapshot();
      await popup.detach();
      expect(state, explainState(shown)).toBe('ready');
      const tab = await browser.openPopupTab(await browser.tabId(page));
      try {
        const texts = (await tab.locator('[data-sift="article"] [data-block]').allTextContents()).map(norm);
        const body = texts.filter((t) => !t.startsWith('Live update'));
        expect(body).toEqual(expected.blocks.map(norm));
      } finally {
        await tab.close();
        await page.close();
      }
    });

    it('a browser page (chrome://version): data-state="restricted" and a message', async () => {
      await expectMessage('chrome://version/', 'restricted');
    });

    describe('exports and copy (popup.html?tabId=N in a tab, after a toolbar click)', () => {
      let seed: Page;
      let popupTab: Page;
      let setupError: Error | undefined;

      beforeAll(async () => {
        const { page, popup, state } = await clickOn(seedUrl('exports'));
        await popup.detach();
        seed = page;
        popupTab = await browser.openPopupTab(await browser.tabId(seed));
        const shown = (await popupTab.evaluate(SNAPSHOT_EXPRESSION)) as PopupSnapshot;
        if (state !== 'ready' || shown.state !== 'ready') {
          setupError = new Error(`popup not ready: real popup ${state}, popup tab ${explainState(shown)}`);
        }
      }, 60_000);

      afterAll(async () => {
        await popupTab?.close();
        await seed?.close();
      });

      /** The control is in the ready popup (fails at once instead of waiting for the click to time out). */
      async function expectControl(action: string): Promise<void> {
        const count = await popupTab.locator(`[data-action="${action}"]`).count();
        expect(count, `[data-action="${action}"] elements in the popup`).toBeGreaterThan(0);
      }

      async function exportFile(action: string): Promise<{ name: string; text: string }> {
        if (setupError) throw setupError;
        await popupTab.bringToFront();
        await expectControl(action);
        const [download] = await Promise.all([
          popupTab.waitForEvent('download', { timeout: 20_000 }),
          clickAction(popupTab, action),
        ]);
        const failure = await download.failure();
        if (failure) throw new Error(`download of ${action} failed: ${failure}`);
        const path = await download.path();
        return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
      }

      const first = norm(expected.blocks[0]!);
      const last = norm(expected.blocks[expected.blocks.length - 1]!);

      it('export-txt: the title, the body once and no UI text', async () => {
        const { name, text } = await exportFile('export-txt');
        expect(name).toMatch(/\.txt$/);
        const flat = norm(text);
        expect(flat).toContain(expected.title);
        expect(flat).toContain(first);
        expect(flat).toContain(last);
        expect(text).not.toContain('4 min read');
        // Who said what repeats the quotations: only when asked for in Options.
        expect(text).not.toContain('Who said what');
        expect(flat.split(last)).toHaveLength(2);
      });

      it('export-md: starts with the title as a heading', async () => {
        const { name, text } = await exportFile('export-md');
        expect(name).toMatch(/\.md$/);
        expect(text.startsWith(`# ${expected.title}`), `starts: ${JSON.stringify(text.slice(0, 80))}`).toBe(true);
      });

      it('export-json: parses, with the 22 blocks', async () => {
        const { name, text } = await exportFile('export-json');
        expect(name).toMatch(/\.json$/);
        const parsed = JSON.parse(text) as { blocks?: { text: string }[] };
        expect(parsed.blocks?.map((b) => norm(b.text))).toEqual(expected.blocks.map(norm));
      });

      it('export-html: no script', async () => {
        const { name, text } = await exportFile('export-html');
        expect(name).toMatch(/\.html?$/);
        expect(text).toContain(expected.title);
        expect(text.toLowerCase()).not.toContain('<script');
      });

      it('copy: the article text goes to the clipboard', async () => {
        if (setupError) throw setupError;
        await popupTab.bringToFront();
        const sentinel = `sift-e2e-${Date.now()}`;
        await popupTab.evaluate(`navigator.clipboard.writeText(${JSON.stringify(sentinel)})`);
        await expectControl('copy');
        await clickAction(popupTab, 'copy');
        const copied = await poll(async () => {
          const text = (await popupTab.evaluate('navigator.clipboard.readText()')) as string;
          return text !== sentinel ? text : null;
        }, { timeout: 10_000, what: 'the clipboard to change after [data-action="copy"]' });
        const flat = norm(copied);
        expect(flat).toContain(expected.title);
        expect(flat).toContain(first);
        expect(flat).toContain(last);
      });

      it('the Removed panel lists what went and why, and puts a block back in place', async () => {
        if (setupError) throw setupError;
        await popupTab.bringToFront();
        await popupTab.click('[data-panel="removed"] summary');
        const summary = await popupTab.textContent('[data-sift="removed-summary"]');
        expect(summary).toMatch(/^Removed \(\d+\)$/);
        const items = await popupTab.locator('[data-sift="removed"] li').allTextContents();
        expect(items.some((t) => t.includes('Repeated'))).toBe(true);
        await popupTab.locator('[data-restore]').first().click();
        expect(await popupTab.locator('[data-sift="article"] [data-restored]').count()).toBe(1);
        expect(await popupTab.locator('[data-sift="article"] [data-block]').count()).toBe(expected.blocks.length);
        await popupTab.locator('[data-restore]').first().click();
        expect(await popupTab.locator('[data-sift="article"] [data-restored]').count()).toBe(0);
      });
    });

    describe('reader view', () => {
      /**
       * The reader lives in a closed shadow root, out of reach of page scripts and of Playwright's
       * locators alike; the DevTools protocol sees through it (DOM.getDocument with pierce), as the
       * browser's own inspector does.
       */
      async function inReader(page: Page) {
        const cdp = await page.context().newCDPSession(page);
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        type DomNode = { nodeId: number; nodeType: number; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; shadowRootType?: string };
        // Form controls have user-agent shadow roots too; ours is the closed one.
        const hostShadow = (function find(n: DomNode): DomNode | undefined {
          const closed = n.shadowRoots?.find((r) => r.shadowRootType === 'closed');
          if (closed) return closed;
          for (const c of n.children ?? []) { const f = find(c); if (f) return f; }
          return undefined;
        })(root as DomNode);
        if (!hostShadow) throw new Error('no closed shadow root in the page');
        const text = (n: DomNode): string => n.nodeType === 3 ? n.nodeValue ?? '' : (n.children ?? []).map(text).join('');
        const all = (n: DomNode, test: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] => {
          if (test(n)) out.push(n);
          for (const c of n.children ?? []) all(c, test, out);
          return out;
        };
        const attr = (n: DomNode, name: string) => { const a = n.attributes ?? []; const i = a.indexOf(name); return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined; };
        const call = async (selector: string, fn: string) => {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: hostShadow.nodeId, selector });
          if (!nodeId) throw new Error(`no ${selector} in the reader`);
          const { object } = await cdp.send('DOM.resolveNode', { nodeId });
          return (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true })).result.value;
        };
        return {
          blocks: all(hostShadow, (n) => attr(n, 'data-block') !== undefined).map((n) => text(n)),
          speakerMarks: all(hostShadow, (n) => attr(n, 'data-entity') === 'speaker').length,
          call,
          detach: () => cdp.detach(),
        };
      }

      it('opens over the page with the same marks, closes from the popup and leaves DOM and scroll exactly as they were', async () => {
        const page = await browser.newTab(seedUrl('reader'));
        await page.evaluate(() => window.scrollTo(0, 300));
        const state = () => page.evaluate(() => [document.documentElement.outerHTML, window.scrollY] as const);
        const before = await state();
        (await browser.clickToolbar(page)).detach();
        const popupTab = await browser.openPopupTab(await browser.tabId(page));
        await poll(async () => (await popupTab.locator('mark[data-entity="speaker"]').count()) > 0, { timeout: 15_000, what: 'marks in the popup' });
        await popupTab.click('[data-action="reader"]');
        await poll(() => page.evaluate(() => document.documentElement.dataset.siftReader === 'on'), { what: 'the reader view to open' });
        // A closed shadow root: the page cannot reach the reader's DOM.
        const host = await page.evaluate(() => {
          const el = document.documentElement.lastElementChild as HTMLElement;
          return { shadowVisibleToPage: el.shadowRoot !== null, coversViewport: el.getBoundingClientRect().width >= 0 };
        });
        expect(host.shadowVisibleToPage).toBe(false);
        const reader = await inReader(page);
        expect(reader.blocks.map(norm)).toEqual(expected.blocks.map(norm));
        expect(reader.speakerMarks).toBeGreaterThan(0);
        await reader.detach();
        expect(await popupTab.getAttribute('[data-action="reader"]', 'aria-pressed')).toBe('true');

        await popupTab.click('[data-action="reader"]');
        await poll(() => page.evaluate(() => !document.documentElement.dataset.siftReader), { what: 'the reader view to close' });
        expect(await state()).toEqual(before);
        await popupTab.close();
        await page.close();
      });

      it('the shortcut and menu path (the background) opens it with names marked, and closes it again', async () => {
        const page = await browser.newTab(seedUrl('reader-command'));
        (await browser.clickToolbar(page)).detach(); // the activeTab grant a shortcut press also gives
        const tabId = await browser.tabId(page);
        const toggle = (id: number) => browser.serviceWorker.evaluate(
          (t) => (self as unknown as { siftReader: { toggleReaderInTab(t: number): Promise<boolean> } }).siftReader.toggleReaderInTab(t), id);
        expect(await toggle(tabId)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.dataset.siftReader)).toBe('on');
        const reader = await inReader(page);
        expect(reader.blocks.map(norm)).toEqual(expected.blocks.map(norm));
        expect(reader.speakerMarks).toBeGreaterThan(0);
        await reader.detach();
        expect(await toggle(tabId)).toBe(false);
        expect(await page.evaluate(() => document.documentElement.dataset.siftReader ?? null)).toBeNull();
        await page.close();
      });

      it('Esc closes it, and its theme and text size controls change the view', async () => {
        const page = await browser.newTab(seedUrl('reader-esc'));
        (await browser.clickToolbar(page)).detach();
        const popupTab = await browser.openPopupTab(await browser.tabId(page));
        await popupTab.click('[data-action="reader"]');
        await poll(() => page.evaluate(() => document.documentElement.dataset.siftReader === 'on'), { what: 'the reader view to open' });
        await page.bringToFront();
        const reader = await inReader(page);
        await reader.call('select[aria-label="Theme"]', "function () { this.value = 'sepia'; this.dispatchEvent(new Event('change')); }");
        expect(await reader.call('.reader', 'function () { return this.dataset.theme; }')).toBe('sepia');
        const size = () => reader.call('.reader', 'function () { return getComputedStyle(this).fontSize; }');
        const first = await size();
        await reader.call('button[aria-label="Larger text"]', 'function () { this.click(); }');
        expect(await size()).not.toBe(first);
        await reader.detach();
        await page.keyboard.press('Escape');
        await poll(() => page.evaluate(() => !document.documentElement.dataset.siftReader), { what: 'Esc to close the reader view' });
        expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('BODY');
        await popupTab.close();
        await page.close();
      });
    });

    it('past its time budget the popup shows the text with what is left undone, and finishes it on request', async () => {
      const { page, popup } = await clickOn(seedUrl('budget'));
      await popup.detach();
      // A budget of 0 ms stands in for a page too long to clean and annotate in time.
      const tab = await browser.openPopupTab(await browser.tabId(page), '&budget=0');
      try {
        expect(await tab.getAttribute('body', 'data-state')).toBe('ready');
        const blocks = () => tab.locator('[data-sift="article"] [data-block]').count();
        expect(await blocks()).toBeGreaterThan(expected.blocks.length);
        await poll(() => tab.isVisible('[data-sift="unfinished-names"]'), { timeout: 10_000, what: 'the names notice' });
        expect(await tab.textContent('[data-sift="unfinished-cleaning"]')).toMatch(/repeated paragraphs.*pull quotes.*may remain/);
        expect(await tab.locator('[data-sift="article"] [data-entity]').count()).toBe(0);

        await tab.click('[data-action="finish-cleaning"]');
        await poll(async () => (await blocks()) === expected.blocks.length || null, { timeout: 20_000, what: 'the fully cleaned article' });
        expect(await tab.isVisible('[data-sift="unfinished-cleaning"]')).toBe(false);

        await poll(() => tab.isVisible('[data-action="mark-all-names"]'), { timeout: 10_000, what: 'the mark-all button' });
        await tab.click('[data-action="mark-all-names"]');
        await poll(async () => (await tab.locator('[data-sift="article"] [data-entity="speaker"]').count()) > 0 || null, { timeout: 20_000, what: 'speakers marked' });
        expect(await tab.isVisible('[data-sift="unfinished"]')).toBe(false);
      } finally {
        await tab.close();
        await page.close();
      }
    });

    describe('options and the file page', () => {
      it('options saved on the options page take effect in the popup: a kind of highlight switched off, the preferred export first', async () => {
        const options = await browser.context.newPage();
        await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
        await poll(async () => (await options.getAttribute('body', 'data-state')) === 'ready', { what: 'the options page' });
        await options.uncheck('input[name="highlight-place"]');
        await options.selectOption('select[name="exportFormat"]', 'json');
        await poll(async () => (await options.textContent('.saved'))?.includes('Saved') ?? false, { what: 'the options to be saved' });
        await options.close();

        const page = await browser.newTab(seedUrl('options'));
        (await browser.clickToolbar(page)).detach();
        const popupTab = await browser.openPopupTab(await browser.tabId(page));
        // All names in: the opening blocks' marks are replaced when the rest arrive.
        await poll(() => popupTab.evaluate(() => document.querySelector<HTMLElement>('[data-sift="annotating"]')?.hidden === true), { timeout: 15_000, what: 'names marked' });
        expect(await popupTab.locator('mark[data-entity="place"]').count()).toBeGreaterThan(0);
        expect(await popupTab.isChecked('[data-highlight="place"]')).toBe(false);
        const placeBackground = await popupTab.locator('mark[data-entity="place"]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
        expect(placeBackground).toBe('rgba(0, 0, 0, 0)');
        const first = await popupTab.locator('[data-action^="export-"]').first().getAttribute('data-action');
        expect(first).toBe('export-json');
        await popupTab.close();
        await page.close();
      });

      it('the file page reads a scraped text file into the same article screen', async () => {
        const files = await browser.context.newPage();
        await files.goto(`chrome-extension://${browser.extensionId}/files.html`);
        await files.setInputFiles('[data-sift="file"]', `${ROOT}samples/seed-scraped.txt`);
        await poll(async () => (await files.getAttribute('body', 'data-state')) === 'ready', { what: 'the file to be read' });
        const blocks = await files.locator('[data-sift="article"] [data-block]').allTextContents();
        expect(blocks.map(norm)).toEqual(expected.blocks.map(norm));
        await poll(async () => (await files.locator('mark[data-entity="speaker"]').count()) > 0, { timeout: 15_000, what: 'speaker marks' });
        await files.close();
      });
    });

    it('the page is untouched after the popup read it', async () => {
      const page = await browser.newTab(seedUrl('untouched'));
      const html = () => page.evaluate(() => document.documentElement.outerHTML);
      const before = await html();
      const popup = await browser.clickToolbar(page);
      const state = await popup.settled();
      expect(state, explainState(await popup.snapshot())).toBe('ready');
      await popup.detach();
      expect(await html(), 'page DOM after the toolbar click').toBe(before);
      // A second read (content script already there) leaves it alone too.
      const popupTab = await browser.openPopupTab(await browser.tabId(page));
      expect(await popupTab.getAttribute('body', 'data-state')).toBe('ready');
      await popupTab.close();
      expect(await html(), 'page DOM after a second read').toBe(before);
      await page.close();
    });

    // Last: after it, Playwright's handle of the service worker is stale.
    it('a service worker the browser stopped starts again without the names code, and loads it when the shortcut needs it', async () => {
      const page = await browser.newTab(seedUrl('restarted-worker'));
      (await browser.clickToolbar(page)).detach(); // the activeTab grant a shortcut press also gives
      const tabId = await browser.tabId(page);
      const worker = await browser.restartServiceWorker();
      expect(await worker.evaluate<boolean>("'siftNames' in globalThis")).toBe(false);
      expect(await worker.evaluate<boolean>(`self.siftReader.toggleReaderInTab(${tabId})`)).toBe(true);
      expect(await worker.evaluate<boolean>("'siftNames' in globalThis")).toBe(true);
      expect(await page.evaluate(() => document.documentElement.dataset.siftReader)).toBe('on');
      await worker.detach();
      await page.close();
    });
  },
);
