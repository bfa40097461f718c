/**
 * End-to-end: what happens around a read that does not go to plan, in a real Chromium. Two popups on
 * two tabs at once, the tab closed or navigated while its popup reads it, the popup closed while names
 * are being marked. Whatever happens: no error in any console, nothing from the wrong tab, and no
 * work left running (the popup's names worker ends with it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ExtensionBrowser, describeInChromium, poll, serve, SNAPSHOT_EXPRESSION, type PopupSnapshot, type TestServer } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTENSION = `${ROOT}build/extension`;
const SEED_PAGE = readFileSync(`${ROOT}samples/seed-page.html`);
const SEED_TITLE = (JSON.parse(readFileSync(`${ROOT}tests/fixtures/seed-expected.json`, 'utf8')) as { title: string }).title;

const PEOPLE = ['Anna Lindqvist', 'Marco Bellini', 'Sergei Orlov', 'Fatima Haddad', 'Keiko Tanaka', 'Pedro Alves', 'Amara Okafor'];
const PLACES = ['Geneva', 'Brussels', 'Lyon', 'Nairobi', 'Lima', 'Osaka', 'Hamburg'];
const TOPICS = ['water prices', 'the new bridge', 'talks on trade', 'the rail strike', 'school budgets', 'fuel subsidies'];

/** A news-like article of `paragraphs` paragraphs, names in each: long enough that reading and marking take a while. */
function longArticle(title: string, paragraphs: number): string {
  let x = 12345;
  const pick = <T>(list: readonly T[]): T => list[(x = (x * 48271) % 2147483647) % list.length]!;
  const body = Array.from({ length: paragraphs }, (_, i) =>
    `<p>${pick(PEOPLE)} said in ${pick(PLACES)} that ${pick(TOPICS)} had risen by ${(x % 97) + 2} percent, and ${pick(PEOPLE)} told ${i % 7} reporters from ${pick(PLACES)} about ${pick(TOPICS)} on day ${i}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body.join('')}</article></body></html>`;
}

describeInChromium('interrupted reads e2e (Chromium)', { timeout: 90_000 }, () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  /** Console errors and uncaught exceptions of every page (popups included) since the last check. */
  let errors: string[] = [];

  beforeAll(async () => {
    server = await serve({
      '/seed.html': { type: 'text/html; charset=utf-8', body: SEED_PAGE },
      '/short.html': { type: 'text/html; charset=utf-8', body: longArticle('Water prices in Lyon', 12) },
      '/long.html': { type: 'text/html; charset=utf-8', body: longArticle('A very long record', 8_000) },
    });
    browser = await ExtensionBrowser.launch({ extension: EXTENSION });
    const watch = (page: Page) => {
      // A test page's own missing images are its business, not the extension's.
      const ours = (text: string) => page.url().startsWith('chrome-extension:') || !/^Failed to load resource/.test(text);
      page.on('console', (m) => void (m.type() === 'error' && ours(m.text()) && errors.push(`${page.url()}: ${m.text()}`)));
      page.on('pageerror', (e) => void errors.push(`${page.url()}: ${e.message}`));
    };
    browser.context.on('page', watch);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30_000);

  /** A tab on `path` (its own URL per test), with the toolbar click that grants the extension that tab. */
  async function granted(path: string, testCase: string): Promise<{ page: Page; tabId: number }> {
    const page = await browser.newTab(`${server.base}${path}?case=${testCase}`);
    await (await browser.clickToolbar(page)).detach();
    return { page, tabId: await browser.tabId(page) };
  }

  /** popup.html?tabId=N in a tab, without waiting for it to settle. */
  async function popupFor(tabId: number, query = ''): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.goto(`${browser.popupUrl}?tabId=${tabId}${query}`);
    return popup;
  }

  const snapshot = (popup: Page) => popup.evaluate<PopupSnapshot>(SNAPSHOT_EXPRESSION);
  const settled = (popup: Page) => poll(async () => ((await snapshot(popup)).state !== 'loading' ? snapshot(popup) : null), { timeout: 60_000, what: 'the popup to settle' });

  /** The popup's names worker, once it runs, and a flag that turns true when the browser has ended it. */
  async function namesWorker(popup: Page): Promise<{ ended: () => boolean }> {
    const worker = await poll(async () => popup.workers().find((w) => w.url().endsWith('/work.js')), { what: 'the names worker to start' });
    let ended = false;
    worker.once('close', () => void (ended = true));
    return { ended: () => ended };
  }

  function takeErrors(): string[] {
    const taken = errors;
    errors = [];
    return taken;
  }

  it('two popups on two tabs at once: each shows its own tab\u2019s article and names from it only', async () => {
    const a = await granted('/seed.html', 'two-a');
    const b = await granted('/short.html', 'two-b');
    const [popupA, popupB] = await Promise.all([popupFor(a.tabId), popupFor(b.tabId)]);
    const names = async (popup: Page) => {
      await poll(() => popup.evaluate(() => document.querySelector<HTMLElement>('[data-sift="annotating"]')?.hidden === true), { timeout: 30_000, what: 'names marked' });
      return snapshot(popup);
    };
    const [shownA, shownB] = await Promise.all([names(popupA), names(popupB)]);
    expect(shownA.article?.title).toBe(SEED_TITLE);
    expect(shownB.article?.title).toBe('Water prices in Lyon');
    expect(shownB.article!.text).not.toContain('Kirby');
    for (const [shown, other] of [[shownA, shownB], [shownB, shownA]] as const) {
      expect(shown.article!.entities.length).toBeGreaterThan(0);
      for (const e of shown.article!.entities) expect(shown.article!.text).toContain(e.text);
      expect(shown.article!.text).not.toContain(other.article!.title!);
    }
    for (const p of [popupA, popupB, a.page, b.page]) await p.close();
    expect(takeErrors()).toEqual([]);
  });

  it('the tab closed while its popup reads it: a clear message, no console error', async () => {
    const { page, tabId } = await granted('/long.html', 'tab-closed');
    const popup = await popupFor(tabId);
    await page.close();
    const shown = await settled(popup);
    expect(shown.state).toBe('error');
    expect(shown.message).toMatch(/tab is closed|did not answer/);
    await popup.close();
    expect(takeErrors()).toEqual([]);
  });

  it('the tab navigated to another page while its popup reads it: never the other page\u2019s article', async () => {
    const { page, tabId } = await granted('/long.html', 'navigated');
    const popup = await popupFor(tabId);
    await page.goto(`${server.base}/seed.html?case=navigated-after`);
    const shown = await settled(popup);
    if (shown.state === 'ready') expect(shown.article?.title).toBe('A very long record');
    else expect(shown.message).toBeTruthy();
    await popup.close();
    await page.close();
    expect(takeErrors()).toEqual([]);
  });

  it('the popup closed while it marks names: its worker ends with it, and the page answers a new popup', async () => {
    const { page, tabId } = await granted('/long.html', 'popup-closed');
    // An unbounded budget: marking the names of 8,000 paragraphs takes far longer than this test.
    const popup = await popupFor(tabId, '&budget=600000');
    expect((await settled(popup)).state).toBe('ready');
    const worker = await namesWorker(popup);
    expect(await popup.evaluate(() => document.querySelector<HTMLElement>('[data-sift="annotating"]')?.hidden)).toBe(false);
    await popup.close();
    await poll(async () => worker.ended(), { timeout: 30_000, what: 'the names worker to end with the popup' });

    const again = await popupFor(tabId);
    expect((await settled(again)).article?.title).toBe('A very long record');
    await again.close();
    await page.close();
    expect(takeErrors()).toEqual([]);
  });

  it('Mark all names stopped by the reader: the worker ends, the button is back, the text stays', async () => {
    const { page, tabId } = await granted('/long.html', 'stop-marking');
    const popup = await popupFor(tabId, '&budget=0');
    expect((await settled(popup)).state).toBe('ready');
    const button = popup.locator('[data-action="mark-all-names"]');
    await poll(() => button.isVisible(), { timeout: 30_000, what: 'the Mark all names button' });
    const worker = await namesWorker(popup);
    await button.click();
    await poll(async () => (await button.textContent()) === 'Stop marking names', { what: 'the button to offer to stop' });
    await button.click();
    await poll(async () => (await button.textContent()) === 'Mark all names', { what: 'the button to come back' });
    await poll(async () => worker.ended(), { timeout: 30_000, what: 'the worker to end' });
    expect((await snapshot(popup)).article?.blocks.length).toBeGreaterThan(1000);
    await popup.close();
    await page.close();
    expect(takeErrors()).toEqual([]);
  });
});
