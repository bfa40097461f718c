/**
 * End-to-end: the popup on a page that is not an article (a sign-in form) and on an empty tab,
 * in a real Chromium with the built extension, clicked like a user does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ExtensionBrowser, describeInChromium, poll, serve, type TestServer } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIGN_IN = readFileSync(`${ROOT}tests/fixtures/not-article/sign-in.html`, 'utf8');

describeInChromium('pages that are not articles (Chromium)', { timeout: 45_000 }, () => {
  let browser: ExtensionBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/sign-in.html': { type: 'text/html; charset=utf-8', body: SIGN_IN } });
    browser = await ExtensionBrowser.launch({ extension: `${ROOT}build/extension` });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30_000);

  it('a sign-in page: "doesn\u2019t look like an article", and Read it anyway shows its text', async () => {
    const page = await browser.newTab(`${server.base}/sign-in.html`);
    const popup = await browser.clickToolbar(page);
    expect(await popup.settled()).toBe('empty');
    const shown = await popup.snapshot();
    expect(shown.message).toMatch(/doesn\u2019t look like an article.*sign-in form/s);
    await popup.evaluate(`document.querySelector('[data-action="read-anyway"]').click()`);
    const text = await poll(async () => {
      const state = await popup.evaluate<string>('document.body.dataset.state');
      return state === 'ready' && popup.evaluate<string>(`document.querySelector('[data-sift="article"]').textContent`);
    }, { what: 'the article after Read it anyway' });
    expect(text).toContain('Forgot your password?');
    await popup.detach();
    await page.close();
  });

  // Chromium gives an extension no address for about:blank even after the click: the popup can
  // only say the tab is closed to extensions, and must not ask for the click just given.
  it('an empty tab: says the tab is closed to extensions, not to click again', async () => {
    const page = await browser.newTab('about:blank');
    const popup = await browser.clickToolbar(page);
    expect(await popup.settled()).toBe('restricted');
    const shown = await popup.snapshot();
    expect(shown.message).toMatch(/new or empty tab/);
    expect(shown.message).not.toMatch(/click/i);
    await popup.detach();
    await page.close();
  });
});
