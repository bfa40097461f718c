/**
 * End-to-end: the built extension in a real Firefox (Debian's firefox-esr), driven like a user: the
 * toolbar button, clicks in the popup, the keyboard shortcut, the options page. Same hooks as the
 * Chromium suite (`body[data-state]`, `[data-sift="article"]`, `[data-block]`, `[data-entity]`,
 * `[data-action]`).
 *
 * Needs Firefox at $FIREFOX_PATH or /usr/bin/firefox-esr. Without it the suite is skipped, except on
 * CI ($CI set), where it fails. One browser serves the whole file; tests run in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { poll, serve, SNAPSHOT_EXPRESSION, type PopupSnapshot, type TestServer } from './browser.js';
import { FirefoxExtension, describeInFirefox, type Context, type Popup } from './firefox.js';
import { DEBRIS, EXTENSION, ROOT, SEED_PAGE, expected, norm } from './seed.js';

const GECKO_ID = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
  .browser_specific_settings.gecko.id;

describeInFirefox('extension e2e (Firefox)', { timeout: 60_000 }, () => {
  let firefox: FirefoxExtension;
  let server: TestServer;
  const seedUrl = (testCase: string) => `${server.base}/seed-page.html?case=${testCase}`;
  const first = norm(expected.blocks[0]!);
  const last = norm(expected.blocks[expected.blocks.length - 1]!);

  beforeAll(async () => {
    server = await serve({ '/seed-page.html': { type: 'text/html; charset=utf-8', body: SEED_PAGE } });
    firefox = await FirefoxExtension.launch({ extension: EXTENSION, geckoId: GECKO_ID });
  }, 90_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  }, 30_000);

  /** Opens `url` in a new tab and clicks the toolbar button there; the popup once it is ready. */
  async function popupOn(url: string): Promise<{ tab: Context; popup: Popup }> {
    const tab = await firefox.newTab(url);
    const popup = await firefox.clickToolbar(tab);
    const state = await popup.settled();
    expect(state, await popup.evaluate<string>(`document.body.innerText`)).toBe('ready');
    return { tab, popup };
  }

  const snapshot = (popup: Popup) => popup.evaluate<PopupSnapshot>(SNAPSHOT_EXPRESSION);
  const pageState = (tab: Context) => firefox.evaluate<[string, number]>(tab, '[document.documentElement.outerHTML, window.scrollY]');
  const readerOn = (tab: Context) => firefox.evaluate<boolean>(tab, `document.documentElement.dataset.siftReader === 'on'`);

  it('toolbar popup on the seed page: the 22 body blocks once each, in order, no debris, names marked', async () => {
    const { tab, popup } = await popupOn(seedUrl('toolbar'));
    const shown = await snapshot(popup);
    const article = shown.article!;
    expect.soft(article.title).toBe(expected.title);
    expect.soft(article.lead).toBe(expected.lead);
    expect.soft(article.blocks.map((b) => b.text)).toEqual(expected.blocks.map(norm));
    for (const debris of DEBRIS) expect.soft(article.text, `debris in the article: ${debris}`).not.toContain(debris);

    const marked = await poll(async () => {
      const s = await snapshot(popup);
      const kinds = (kind: string) => (s.article?.entities ?? []).filter((e) => e.kind === kind && e.ref).map((e) => e.text);
      return kinds('speaker').some((t) => t.includes('John Kirby')) && kinds('place').some((t) => t.includes('Aleppo')) ? s : null;
    }, { timeout: 20_000, what: 'speaker and place marks in the popup' });
    expect(marked.article!.entities.length).toBeGreaterThan(0);
    await firefox.closeTab(tab);
  });

  it('each export and Copy, by real clicks in the popup: the article once, no UI text, no who said what', async () => {
    const { tab, popup } = await popupOn(seedUrl('exports'));
    const files: Record<string, string> = {};
    for (const format of ['txt', 'md', 'html', 'json']) {
      const before = new Set(firefox.downloaded());
      await popup.clickAction(`export-${format}`);
      const name = await poll(async () => firefox.downloaded().find((n) => !before.has(n) && n.endsWith(`.${format}`)), {
        timeout: 20_000, what: `the .${format} download`,
      });
      expect(name).toBe(`${expected.title}.${format}`);
      files[format] = readFileSync(join(firefox.downloads, name), 'utf8');
    }
    // The .html escapes every quotation mark and apostrophe as a character reference.
    const text = (format: string) => (format === 'html' ? files.html!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))) : files[format]!);
    for (const format of ['txt', 'md', 'html']) {
      const flat = norm(text(format));
      expect(flat, format).toContain(first);
      expect(flat, format).toContain(last);
      expect(flat, format).not.toContain('Who said what');
      expect(flat, format).not.toContain('4 min read');
    }
    expect(files.md!.startsWith(`# ${expected.title}\n`)).toBe(true);
    expect(files.html!.toLowerCase()).not.toContain('<script');
    expect((JSON.parse(files.json!) as { blocks: { text: string }[] }).blocks.map((b) => norm(b.text))).toEqual(expected.blocks.map(norm));

    const sentinel = `sift-e2e-${Date.now()}`;
    await firefox.setClipboardText(sentinel);
    await popup.clickAction('copy');
    const copied = await poll(async () => {
      const text = await firefox.clipboardText();
      return text && text !== sentinel ? text : null;
    }, { timeout: 10_000, what: 'the clipboard to change after Copy' });
    expect(copied).toBe(files.txt);
    await firefox.closeTab(tab);
  });

  it('reader view from the popup: on over the page with the article and marks, off with the DOM and scroll as they were', async () => {
    const tab = await firefox.newTab(seedUrl('reader'));
    await firefox.evaluate(tab, 'window.scrollTo(0, 300)');
    const before = await pageState(tab);
    expect(before[1]).toBeGreaterThan(0);
    const popup = await firefox.clickToolbar(tab);
    expect(await popup.settled()).toBe('ready');
    await poll(() => popup.evaluate<boolean>(`!!document.querySelector('[data-sift="article"] mark[data-entity="speaker"]')`), { timeout: 20_000, what: 'marks in the popup' });
    await popup.click('[data-action="reader"]');
    await poll(() => readerOn(tab), { what: 'the reader view to open' });
    const reader = await firefox.readerBlocks(tab);
    expect(reader.blocks.map(norm)).toEqual(expected.blocks.map(norm));
    expect(reader.speakerMarks).toBeGreaterThan(0);
    expect(await popup.evaluate<string | null>(`document.querySelector('[data-action="reader"]').getAttribute('aria-pressed')`)).toBe('true');

    await popup.click('[data-action="reader"]');
    await poll(async () => !(await readerOn(tab)), { what: 'the reader view to close' });
    expect(await pageState(tab)).toEqual(before);
    await firefox.closeTab(tab);
  });

  it('Alt+Shift+R opens the reader view on the page in front, and closes it again', async () => {
    const tab = await firefox.newTab(seedUrl('shortcut'));
    const before = await pageState(tab);
    await firefox.pressKeys('R', 'KeyR', 82, ['Alt', 'Shift']);
    await poll(() => readerOn(tab), { timeout: 20_000, what: 'Alt+Shift+R to open the reader view' });
    const reader = await firefox.readerBlocks(tab);
    expect(reader.blocks.map(norm)).toEqual(expected.blocks.map(norm));
    await firefox.pressKeys('R', 'KeyR', 82, ['Alt', 'Shift']);
    await poll(async () => !(await readerOn(tab)), { what: 'Alt+Shift+R to close the reader view' });
    expect(await pageState(tab)).toEqual(before);
    await firefox.closeTab(tab);
  });

  it('options are saved and the popup follows them: a highlight off, who said what in copied text', async () => {
    const options = await firefox.newExtensionTab('options.html');
    await poll(() => firefox.evaluate<boolean>(options, `document.body.dataset.state === 'ready'`), { what: 'the options page' });
    await firefox.evaluate(options, `(() => {
      for (const name of ['highlight-place', 'exportSpeakers']) document.querySelector('[name="' + name + '"]').click();
    })()`);
    await poll(() => firefox.evaluate<boolean>(options, `document.querySelector('.saved').textContent.includes('Saved')`), { what: 'the options to be saved' });
    // Saved, not just shown: a fresh options page reads them back.
    await firefox.openExtensionPage(options, 'options.html');
    await poll(() => firefox.evaluate<boolean>(options, `document.body.dataset.state === 'ready'`), { what: 'the options page, again' });
    expect(await firefox.evaluate(options, `[document.querySelector('[name="highlight-place"]').checked, document.querySelector('[name="exportSpeakers"]').checked]`)).toEqual([false, true]);
    await firefox.closeTab(options);

    const { tab, popup } = await popupOn(seedUrl('options'));
    expect(await popup.evaluate<boolean>(`document.querySelector('[data-highlight="place"]').checked`)).toBe(false);
    // Every speaker found, not only the first marks: under load the names come in passes.
    await poll(() => popup.evaluate<boolean>(`document.querySelector('[data-sift="speakers"]').textContent.includes('John Kirby')`), { timeout: 20_000, what: 'John Kirby among who said what' });
    await firefox.setClipboardText('before');
    await popup.clickAction('copy');
    const copied = await poll(async () => {
      const text = await firefox.clipboardText();
      return text !== 'before' ? text : null;
    }, { timeout: 10_000, what: 'the clipboard to change after Copy' });
    expect(copied).toMatch(/\n\nWho said what\n\n[\s\S]*John Kirby\n- /);
    await firefox.closeTab(tab);
  });

  it('logged no error from the extension in all of the above', () => {
    expect(firefox.extensionErrors()).toEqual([]);
  });
});
