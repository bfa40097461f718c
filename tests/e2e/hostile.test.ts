/**
 * End-to-end, hostile pages: the built extension in a real Chromium reads the articles in
 * tests/fixtures/hostile/ (see its README), whose bodies are full of payloads, and shows them in the
 * popup, the reader view, the file page and the exported files. Every payload reports to the test
 * server when it runs or loads (a "beacon"); the tests assert that after the page has loaded no
 * payload fires anywhere, that no page-derived markup, handler or URL scheme reaches the extension's
 * DOM or an exported file, that markup-looking text shows literally, that page CSS cannot restyle the
 * reader view and that the page's own script cannot reach the extension.
 *
 * Needs Chromium at $CHROMIUM_PATH or /usr/bin/chromium, like extension.test.ts: skipped without it,
 * except on CI. One browser serves the whole file; each test uses its own tabs.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExtensionBrowser, clickAction, describeInChromium, inspectReader, poll, serve,
  type ReaderInspector, type RealPopup, type Route, type TestServer,
} from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTENSION = `${ROOT}build/extension`;
const FIXTURES = `${ROOT}tests/fixtures/hostile/`;
const FIXTURE_NAMES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Beacons

interface Hit {
  id: string;
  /** location.href of the context that ran the payload (FIRE), else null (URL: a load, not a run). */
  where: string | null;
  referer: string | null;
  value: string | null;
}
const hits: Hit[] = [];
const describeHit = (h: Hit) => `${h.id} from ${h.where ?? h.referer ?? '(unknown)'}`;

/** Payload hits from `mark` on: every x-… id (the page's own script, `page-…`, is judged apart). */
const payloadHitsSince = (mark: number) => hits.slice(mark).filter((h) => h.id.startsWith('x-')).map(describeHit);

/** What `FIRE(id)` in a fixture becomes: a request to the beacon from wherever it runs. */
const fire = (base: string, id: string) => `(new Image).src='${base}/beacon?id=${id}&w='+encodeURIComponent(location.href)`;

/** Appended to every page: says when the page has loaded and painted, so that its own payloads have run. */
const readyScript = (base: string) =>
  `<script>(function(){function go(){requestAnimationFrame(function(){requestAnimationFrame(function(){${fire(base, 'ready')}})})}` +
  `if(document.readyState==='complete')go();else addEventListener('load',go)})()</script>`;

/** A fixture with its placeholders filled in (tests/fixtures/hostile/README.md). */
function expand(source: string, base: string): string {
  return source
    .replace(/DEEP\((\d+)\)/g, (_, n: string) => `${'<span>'.repeat(Number(n))}deep${'</span>'.repeat(Number(n))}`)
    .replace(/REPEAT\((.),(\d+)\)/g, (_, c: string, n: string) => c.repeat(Number(n)))
    .replace(/FIRE\(([\w-]+)\)/g, (_, id: string) => fire(base, id))
    .replace(/URL\(([\w-]+)\)/g, (_, id: string) => `${base}/beacon?id=${id}`)
    .replaceAll('ORIGIN', base)
    .replace('</body>', `${readyScript(base)}\n</body>`);
}

// ---------------------------------------------------------------------------------------------
// What must hold in the extension's pages, the reader view and the exported files

/**
 * An expression that audits the document it runs in: every element and attribute, against what an
 * extension page (mode "extension": only its own scripts, styles and URLs) or an exported file (mode
 * "export": no script, no active content, links and images only to http(s) and data:image) may hold.
 */
const AUDIT = (mode: 'extension' | 'export') => `(() => {
  const mode = ${JSON.stringify(mode)};
  const problems = [];
  const URL_ATTRS = /^(src|href|action|formaction|data|poster|srcset|xlink:href|background|ping|codebase|cite|longdesc|lowsrc|dynsrc|manifest|icon)$/i;
  const ACTIVE = /^(script|iframe|frame|frameset|object|embed|applet|base|form|svg|math|portal|fencedframe|noscript|template|video|audio|source|track|textarea|canvas|dialog)$/;
  const okUrl = (raw) => {
    let u;
    try { u = new URL(raw, document.baseURI); } catch (e) { return false; }
    if (mode === 'extension') return u.protocol === location.protocol && u.host === location.host;
    return u.protocol === 'http:' || u.protocol === 'https:' || (u.protocol === 'data:' && /^image\\//i.test(u.pathname));
  };
  const where = (el) => el.localName + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    for (const a of el.attributes) {
      const v = a.value.length > 80 ? a.value.slice(0, 80) + '…' : a.value;
      if (/^on/i.test(a.name)) problems.push(where(el) + ' has ' + a.name + '=' + v);
      else if (a.name === 'srcdoc') problems.push(where(el) + ' has srcdoc');
      else if (a.name === 'srcset' || (URL_ATTRS.test(a.name) && !okUrl(a.value))) problems.push(where(el) + ' has ' + a.name + '=' + v);
      else if (a.name === 'style' && /url\\(|expression|javascript:/i.test(a.value)) problems.push(where(el) + ' has style=' + v);
    }
    if (tag === 'script') {
      if (mode === 'export' || !el.src || el.textContent.trim()) problems.push('a script: ' + (el.src || el.textContent.slice(0, 80)));
    } else if (ACTIVE.test(tag)) {
      problems.push('a <' + tag + '> element');
    } else if (tag === 'meta') {
      const equiv = (el.getAttribute('http-equiv') || '').toLowerCase();
      if (equiv && !(mode === 'export' && equiv === 'content-security-policy')) problems.push('<meta http-equiv=' + equiv + '>');
    } else if (tag === 'link') {
      if (mode === 'export' || el.rel !== 'stylesheet') problems.push('<link rel=' + el.rel + ' href=' + el.getAttribute('href') + '>');
    } else if (tag === 'style') {
      if (mode === 'extension' || el.parentElement !== document.head) problems.push('a <style> outside the head');
    } else if (mode === 'export' && /^(input|button|select|option)$/.test(tag)) {
      problems.push('a form control <' + tag + '>');
    }
  }
  if (mode === 'export' && document.querySelectorAll('style').length > 1) problems.push('more than one <style>');
  const art = document.querySelector('[data-sift="article"]');
  const meta = document.querySelector('[data-sift="meta"]');
  return {
    problems,
    article: art ? art.textContent : document.body ? document.body.textContent : '',
    meta: meta ? meta.textContent : null,
    all: document.body ? document.body.textContent : '',
    overflow: art ? { scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, article: art.scrollWidth - art.clientWidth } : null,
    resources: performance.getEntriesByType('resource').map((e) => e.name),
  };
})()`;

interface Audit {
  problems: string[];
  article: string;
  meta: string | null;
  all: string;
  overflow: { scrollWidth: number; width: number; article: number } | null;
  resources: string[];
}

/** Tags and attributes the reader view is made of; anything else in it came from somewhere else. */
const READER_TAGS = new Set([
  'style', 'div', 'span', 'button', 'select', 'option', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'li',
  'blockquote', 'figure', 'figcaption', 'pre', 'mark',
]);
const READER_ATTRS = /^(class|role|aria-[a-z]+|data-[a-z-]+|type|value|title|lang|dir|style)$/;

function auditReader(reader: ReaderInspector): string[] {
  const problems: string[] = [];
  for (const { tag, attrs } of reader.elements()) {
    if (!READER_TAGS.has(tag)) problems.push(`a <${tag}> element`);
    for (const [name, value] of Object.entries(attrs)) {
      const v = value.length > 80 ? `${value.slice(0, 80)}…` : value;
      if (!READER_ATTRS.test(name)) problems.push(`<${tag}> has ${name}=${v}`);
      else if (name === 'style' && /url\(|expression|javascript:/i.test(value)) problems.push(`<${tag}> has style=${v}`);
    }
  }
  return problems;
}

/** Markdown source read as what a renderer shows: backslash escapes resolved. */
const unescapeMarkdown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * Markdown constructs a renderer would turn into markup, links or images that are not the exporter's
 * own (the autolinked article URL and `![caption](<src>)` figures): raw `<`, and `[`/`](` link syntax.
 */
function markdownMarkup(md: string): string[] {
  const rest = md
    // Fenced code blocks show their content as it is.
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .replace(/\\[!-/:-@[-`{-~]/g, '')
    .replace(/!\[[^\]\n]*\]\(<[^>\n]*>\)/g, '')
    .replace(/<https?:\/\/[^\s<>]*>/g, '');
  return [...rest.matchAll(/.{0,30}(?:<|\[|\]\().{0,30}/g)].map((m) => m[0]);
}

// ---------------------------------------------------------------------------------------------

describeInChromium(
  'hostile pages e2e (Chromium)',
  { timeout: 60_000 },
  () => {
    let browser: ExtensionBrowser;
    let server: TestServer;
    let downloads: string;
    const routes: Record<string, Route> = {};
    const pages: Record<string, string> = {};
    const dialogs: string[] = [];

    beforeAll(async () => {
      server = await serve(routes, {
        onRequest(url, req) {
          if (url.pathname !== '/beacon') return undefined;
          hits.push({
            id: url.searchParams.get('id') ?? '(none)',
            where: url.searchParams.get('w'),
            referer: req.headers.referer ?? null,
            value: url.searchParams.get('v'),
          });
          return { type: 'text/plain', body: '' };
        },
      });
      for (const name of FIXTURE_NAMES) {
        pages[name] = expand(readFileSync(`${FIXTURES}${name}.html`, 'utf8'), server.base);
        routes[`/${name}.html`] = { type: 'text/html; charset=utf-8', body: pages[name]! };
      }
      // The CSS page without its style sheet: what the reader view looks like when nobody interferes.
      routes['/css-control.html'] = { type: 'text/html; charset=utf-8', body: pages['css-takeover']!.replace(/<style>[\s\S]*<\/style>/, '') };
      downloads = mkdtempSync(join(tmpdir(), 'sift-hostile-'));
      browser = await ExtensionBrowser.launch({ extension: EXTENSION });
      // A payload that ran alert() in any tab the tests open would show up here.
      browser.context.on('page', (p) => p.on('dialog', (d) => {
        dialogs.push(`${d.type()} "${d.message()}" in ${p.url()}`);
        d.dismiss().catch(() => undefined);
      }));
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (downloads) rmSync(downloads, { recursive: true, force: true });
    }, 30_000);

    const pageUrl = (name: string, testCase: string, query = '') => `${server.base}/${name}.html?case=${testCase}${query}`;

    /** Opens the page and waits until it has loaded and painted: its own payloads have had their turn. */
    async function openPage(url: string): Promise<Page> {
      const page = await browser.newTab(url);
      await poll(async () => hits.some((h) => h.id === 'ready' && h.where === url), { what: `${url} to load` });
      return page;
    }

    /**
     * Beacons travel over several connections: a request the page made before this one has reached
     * the server by the time this one is answered (same browser, same server, sent later).
     */
    let flushes = 0;
    async function flush(page: Page): Promise<void> {
      const id = `flush-${++flushes}`;
      await page.evaluate(`new Promise((done) => { const i = new Image(); i.onload = i.onerror = done; i.src = ${JSON.stringify(`${server.base}/beacon?id=${id}`)}; })`);
      await poll(async () => hits.some((h) => h.id === id), { what: 'the flush beacon' });
    }

    const ANNOTATED = `(() => { const n = document.querySelector('[data-sift="annotating"]'); return !!n && n.hidden; })()`;

    /**
     * The real popup (opened by the toolbar click), once it has read the page, audited; with `names`,
     * once it has marked the names too. (It closes when another tab comes to the front, as a popup
     * does: audit it first.)
     */
    async function auditPopup(popup: RealPopup, { names = true } = {}): Promise<Audit> {
      const state = await popup.settled();
      const message = await popup.evaluate<string>(`document.querySelector('[data-sift="message"]').textContent`);
      expect(state, `popup state (message: ${message})`).toBe('ready');
      if (names) await poll(() => popup.evaluate<boolean>(ANNOTATED), { timeout: 30_000, what: 'the popup to mark names' });
      return popup.evaluate<Audit>(AUDIT('extension'));
    }

    const toggleInTab = (tabId: number) => browser.serviceWorker.evaluate(
      (t) => (self as unknown as { siftReader: { toggleReaderInTab(t: number): Promise<boolean> } }).siftReader.toggleReaderInTab(t), tabId);
    const readerIsOpen = (page: Page) => page.evaluate(`document.documentElement.getAttribute('data-sift-reader') === 'on'`) as Promise<boolean>;

    interface Exported { name: string; path: string; text: string }

    async function exportAs(popupTab: Page, format: 'txt' | 'md' | 'html' | 'json', dir: string): Promise<Exported> {
      const [download] = await Promise.all([
        popupTab.waitForEvent('download', { timeout: 20_000 }),
        clickAction(popupTab, `export-${format}`),
      ]);
      const name = download.suggestedFilename();
      const path = join(dir, name);
      await download.saveAs(path);
      return { name, path, text: readFileSync(path, 'utf8') };
    }

    interface Shown {
      popup: Audit;
      popupTab: Audit;
      reader: { problems: string[]; text: string };
      exports: Record<'txt' | 'md' | 'html' | 'json', Exported>;
      /** The exported .html as opened from disk, and served without its CSP (so nothing but escaping protects it). */
      html: { file: Audit; served: Audit };
      /** The .txt and .md served as text/plain. */
      asText: { txt: string; md: string };
      payloads: string[];
      /** Payloads the page ran itself while it loaded (its iframes included). */
      ranInPage: Set<string>;
    }

    /**
     * The whole journey of one page: toolbar click (the real popup), the popup in a tab, the reader view
     * on and off, the four exports, the .html opened from disk and from the server without its CSP, the
     * .txt and .md opened as text. Returns what each showed; asserts the things every page must meet.
     */
    async function journey(name: string): Promise<Shown> {
      const url = pageUrl(name, 'journey');
      const opened = hits.length;
      const page = await openPage(url);
      const mark = hits.length;

      // The real popup, as soon as it shows the article (the popup tab, the same page, is audited with
      // names marked below: waiting for both would double the run).
      const popup = await browser.clickToolbar(page);
      const popupAudit = await auditPopup(popup, { names: false });
      await popup.detach();
      const tabId = await browser.tabId(page);
      const popupTab = await browser.openPopupTab(tabId);
      expect(await popupTab.getAttribute('body', 'data-state')).toBe('ready');
      await poll(() => popupTab.evaluate(ANNOTATED) as Promise<boolean>, { timeout: 30_000, what: 'the popup tab to mark names' });
      const tabAudit = (await popupTab.evaluate(AUDIT('extension'))) as Audit;

      await popupTab.click('[data-action="reader"]');
      await poll(() => readerIsOpen(page), { what: 'the reader view to open' });
      const reader = await inspectReader(page);
      const readerShown = { problems: auditReader(reader), text: await reader.text() };
      await reader.detach();
      // The content script's globals live in its isolated world: the page sees none of them.
      expect(await page.evaluate(`[typeof window.__siftReaderContent, typeof window.browser, typeof (window.chrome && window.chrome.runtime)]`))
        .toEqual(['undefined', 'undefined', 'undefined']);
      expect(await page.evaluate(`document.documentElement.lastElementChild.shadowRoot`), 'the reader host\'s shadow root, seen by the page').toBeNull();
      await popupTab.bringToFront();
      await popupTab.click('[data-action="reader"]');
      await poll(async () => !(await readerIsOpen(page)), { what: 'the reader view to close' });

      const dir = join(downloads, name);
      mkdirSync(dir, { recursive: true });
      const exports = {
        txt: await exportAs(popupTab, 'txt', dir),
        md: await exportAs(popupTab, 'md', dir),
        html: await exportAs(popupTab, 'html', dir),
        json: await exportAs(popupTab, 'json', dir),
      };
      await popupTab.close();

      // The exports opened in an ordinary tab: the .html from disk, then served without its CSP (so that
      // only the escaping protects it), then the .txt and .md as the text files they are.
      const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/;
      expect(exports.html.text, 'the exported .html has its CSP').toMatch(csp);
      routes[`/exported/${name}.html`] = { type: 'text/html; charset=utf-8', body: exports.html.text.replace(csp, '') };
      routes[`/exported/${name}.txt`] = { type: 'text/plain; charset=utf-8', body: exports.txt.text };
      routes[`/exported/${name}.md`] = { type: 'text/plain; charset=utf-8', body: exports.md.text };
      const viewer = await browser.context.newPage();
      await viewer.goto(pathToFileURL(exports.html.path).href);
      const file = (await viewer.evaluate(AUDIT('export'))) as Audit;
      await viewer.goto(`${server.base}/exported/${name}.html`);
      const servedAudit = (await viewer.evaluate(AUDIT('export'))) as Audit;
      const asText = { txt: '', md: '' };
      for (const format of ['txt', 'md'] as const) {
        await viewer.goto(`${server.base}/exported/${name}.${format}`);
        asText[format] = (await viewer.evaluate('document.body.textContent')) as string;
      }
      await flush(viewer);
      await viewer.close();
      await flush(page);
      await page.close();

      const shown: Shown = {
        popup: popupAudit, popupTab: tabAudit, reader: readerShown, exports, html: { file, served: servedAudit }, asText,
        payloads: payloadHitsSince(mark), ranInPage: new Set(hits.slice(opened, mark).map((h) => h.id)),
      };
      // What every page must meet.
      expect.soft(shown.payloads, 'payloads that ran or loaded after the page had loaded').toEqual([]);
      expect.soft(popupAudit.problems, 'the real popup').toEqual([]);
      expect.soft(tabAudit.problems, 'the popup in a tab').toEqual([]);
      expect.soft(readerShown.problems, 'the reader view').toEqual([]);
      expect.soft(file.problems, 'the exported .html from disk').toEqual([]);
      expect.soft(servedAudit.problems, 'the exported .html served without its CSP').toEqual([]);
      expect.soft(markdownMarkup(exports.md.text), 'markup or link syntax in the .md').toEqual([]);
      for (const r of [...popupAudit.resources, ...tabAudit.resources]) {
        expect.soft(r, 'everything the popup loaded is the extension\'s own').toMatch(/^chrome-extension:\/\//);
      }
      expect.soft(asText.txt).toBe(exports.txt.text);
      expect.soft(() => JSON.parse(exports.json.text)).not.toThrow();
      for (const e of Object.values(exports)) expect.soft(e.name, 'a plain file name').toMatch(/^[^<>:"/\\|?*\u0000-\u001f]+\.(txt|md|html|json)$/);
      expect.soft(dialogs, 'dialogs opened by a payload').toEqual([]);
      return shown;
    }

    /** The text of a surface, whitespace collapsed, for literal checks. */
    function surfaces(s: Shown): Record<string, string> {
      const json = JSON.parse(s.exports.json.text) as { title: string; lead: string | null; blocks: { text: string; items?: string[] }[] };
      return {
        popup: norm(s.popup.article),
        'popup tab': norm(s.popupTab.article),
        reader: norm(s.reader.text),
        '.txt': norm(s.exports.txt.text),
        '.txt as text': norm(s.asText.txt),
        '.md rendered': norm(unescapeMarkdown(s.exports.md.text)),
        '.html from disk': norm(s.html.file.all),
        '.html served': norm(s.html.served.all),
        '.json': norm([json.title, json.lead ?? '', ...json.blocks.map((b) => b.text)].join(' ')),
      };
    }

    it('script, handler, SVG, MathML, iframe, object and embed payloads in the body: nothing runs in the popup, the reader view or the exports', async () => {
      const shown = await journey('elements');
      // The payloads are live: the page ran them itself while it loaded (proof that the beacons work).
      for (const id of ['x-script-inline', 'x-img-onerror', 'x-svg-onload', 'x-svg-script', 'x-iframe-srcdoc', 'x-body-onload']) {
        expect.soft([...shown.ranInPage], `${id} ran in the page itself`).toContain(id);
      }
      const text = surfaces(shown);
      for (const [surface, t] of Object.entries(text)) {
        expect.soft(t, `${surface}: the first paragraph`).toContain('The town council voted on Wednesday night to build a flood barrier');
        expect.soft(t, `${surface}: the last paragraph`).toContain('Until then, the temporary defences of sandbags and pumps');
        // Script text is not article text.
        expect.soft(t, `${surface}: script source as text`).not.toContain('new Image');
      }
      // The figure whose image is a data:image/svg+xml with a script: allowed in the export (inert in an <img>).
      expect.soft(shown.exports.html.text).toContain('<img src="data:image/svg+xml');
    });

    it('javascript:, data:text/html and vbscript: links, forms, meta refresh and <base>: no such URL reaches any surface', async () => {
      const shown = await journey('links');
      for (const [surface, t] of [['.html', shown.exports.html.text], ['.md', shown.exports.md.text], ['.json', shown.exports.json.text]] as const) {
        expect.soft(t, `${surface}: a <base>`).not.toMatch(/<base/i);
        expect.soft(t, `${surface}: a refresh`).not.toMatch(/http-equiv="?refresh/i);
      }
      // The meta line links the page's real address, not its canonical javascript: one.
      const json = JSON.parse(shown.exports.json.text) as { url: string; blocks: { type: string; src?: string }[] };
      expect(json.url).toBe(pageUrl('links', 'journey'));
      expect.soft(shown.exports.html.text).toContain(`<a href="${pageUrl('links', 'journey').replaceAll('&', '&#38;')}">`);
      const text = surfaces(shown);
      for (const [surface, t] of Object.entries(text)) {
        expect.soft(t, `${surface}: link text is kept`).toContain("Read the regulator's full decision");
        expect.soft(t, `${surface}: no scheme from an href leaks into text`).not.toMatch(/javascript:|vbscript:|data:text/i);
      }
    });

    it('markup-looking text shows literally in the popup, the reader view and every export', async () => {
      const shown = await journey('markup-text');
      const literals = [
        '<img src=x onerror=alert(1)>',
        '</script><script>alert(document.domain)</script>',
        "{{constructor.constructor('alert(1)')()}}",
        '${alert(1)}',
        '<%= 7*7 %>',
        `<img src="${server.base}/beacon?id=x-text-img-src">`,
        `<link rel=stylesheet href=${server.base}/beacon?id=x-text-stylesheet>`,
        '[click me](javascript:alert(1))',
        `![tracker](${server.base}/beacon?id=x-text-md-image)`,
        '&lt;b&gt;bold&lt;/b&gt;',
        '<!-- and ]]>',
        '<style>*{display:none}</style>',
        'Why <img src=x onerror=alert(1)> still turns up in web forms',
      ];
      for (const [surface, t] of Object.entries(surfaces(shown))) {
        for (const literal of literals) expect.soft(t, `${surface} shows ${literal}`).toContain(literal);
      }
      // The byline and site name (page metadata) are text too.
      expect.soft(shown.popup.meta ?? '', 'the popup meta line').toContain('<script>');
      expect.soft(norm(shown.html.served.all), 'the .html meta line').toContain('<script>(new Image)');
      // An <html lang> that is not a language tag stays out of the export.
      expect.soft(shown.exports.html.text).toMatch(/^<html( dir="(ltr|rtl|auto)")?>$/m);
    });

    it('a 1 MB attribute value and a 200 KB word: read, shown whole and wrapped, and never copied out of the attribute', async () => {
      const shown = await journey('huge');
      const word = `HUGEWORD${'o'.repeat(204_800)}END`;
      for (const [surface, t] of Object.entries(surfaces(shown))) {
        expect.soft(t.includes(word), `${surface} holds the 200 KB word whole`).toBe(true);
        for (const c of ['A', 'B', 'D']) expect.soft(t.includes(c.repeat(1000)), `${surface} holds the 1 MB attribute ${c}`).toBe(false);
      }
      for (const audit of [shown.popup, shown.popupTab]) {
        expect.soft(audit.overflow!.scrollWidth, 'the popup does not scroll sideways').toBeLessThanOrEqual(audit.overflow!.width);
        expect.soft(audit.overflow!.article, 'the article does not overflow').toBeLessThanOrEqual(0);
      }
    });

    /*
     * On this path the pipeline once collected from `dense.cloneNode(true)` (src/core/extract/index.ts,
     * extractDocument): a deep clone made in the page's own document, which has a browsing context, so
     * the clone is live. Its <img>, <video> and <svg><image> fetched their URLs again and its onerror
     * and ontoggle handlers ran in the page's world, once per read (10 beacons for the 5 payloads of
     * fallback-path.html, read by the real popup and the popup tab).
     */
    it('the densest-container fallback (a page nested too deep for Readability) runs nothing of the page either', async () => {
      const shown = await journey('fallback-path');
      for (const [surface, t] of Object.entries(surfaces(shown))) {
        expect.soft(t, `${surface}: the article`).toContain('Nine out of ten dental practices in the county');
      }
    });

    it('the file page reads every hostile page as a saved file: nothing runs, nothing but text is shown', async () => {
      const mark = hits.length;
      const files = await browser.context.newPage();
      await files.goto(`chrome-extension://${browser.extensionId}/files.html`);
      for (const name of FIXTURE_NAMES) {
        // The file page titles itself after the article it shows: a new title, a new article.
        const before = await files.title();
        await files.setInputFiles('[data-sift="file"]', { name: `${name}.html`, mimeType: 'text/html', buffer: Buffer.from(pages[name]!) });
        await poll(async () => (await files.getAttribute('body', 'data-state')) === 'ready' && (await files.title()) !== before,
          { timeout: 30_000, what: `${name} in the file page` });
        const audit = (await files.evaluate(AUDIT('extension'))) as Audit;
        expect.soft(audit.problems, `${name} in the file page`).toEqual([]);
        if (name === 'markup-text') expect.soft(norm(audit.article)).toContain('</script><script>alert(document.domain)</script>');
      }
      const audit = (await files.evaluate(AUDIT('extension'))) as Audit;
      expect.soft(audit.resources.filter((r) => !r.startsWith('chrome-extension://')), 'what the file page loaded').toEqual([]);
      await flush(files);
      await files.close();
      expect.soft(payloadHitsSince(mark), 'payloads that ran or loaded').toEqual([]);
      expect(dialogs).toEqual([]);
    });

    describe('the reader view against the page', () => {
      const STYLE = [
        'display', 'visibility', 'opacity', 'color', 'background-color', 'font-size', 'font-family', 'line-height', 'letter-spacing',
        'text-transform', 'direction', 'writing-mode', '-webkit-text-security', 'text-shadow', 'position', 'z-index', 'transform',
        'filter', 'clip-path', 'cursor', 'overflow-y', 'max-width', 'border-left-color', 'outline-color',
      ];
      const PARTS = [':host', '.reader', '.toolbar', '.toolbar button', '.toolbar select', '.article', '.article h1', '.article p', 'mark[data-entity]'];

      /** The reader view opened on `url` by the shortcut/menu path (names marked), with its computed styles. */
      async function readerOn(url: string) {
        const page = await openPage(url);
        const mark = hits.length;
        (await browser.clickToolbar(page)).detach();
        const tabId = await browser.tabId(page);
        expect(await toggleInTab(tabId)).toBe(true);
        const reader = await inspectReader(page);
        const styles: Record<string, Record<string, string>> = {};
        for (const part of PARTS) styles[part] = await reader.style(part, STYLE);
        // Boxes as laid out, where zoom, transforms and fonts show even when computed styles look alike.
        const box: Record<string, unknown> = {};
        for (const part of ['.reader', '.toolbar', '.article', '.article h1', '.article p']) box[part] = await reader.box(part).catch((e: Error) => e.message);
        const onTop = await page.evaluate(`document.elementFromPoint(innerWidth / 2, innerHeight / 2) === document.documentElement.lastElementChild`);
        return { page, tabId, reader, styles, box, onTop, mark };
      }

      it('page CSS (inherited properties, !important rules on every element, @property, @font-face) does not restyle it', async () => {
        const control = await readerOn(pageUrl('css-control', 'control'));
        await control.reader.detach();
        await control.page.close();
        const hostile = await readerOn(pageUrl('css-takeover', 'takeover'));
        expect.soft(hostile.onTop, 'the reader is what shows in the middle of the viewport').toBe(true);
        expect.soft(hostile.box, 'the reader covers the viewport, and lays its text out as without the page\'s CSS').toEqual(control.box);
        expect.soft(control.box['.reader']).toEqual([0, 0, 1000, 800]);
        for (const part of PARTS) expect.soft(hostile.styles[part], `computed style of ${part}`).toEqual(control.styles[part]);
        expect.soft(auditReader(hostile.reader)).toEqual([]);
        await hostile.reader.detach();
        expect(await toggleInTab(hostile.tabId)).toBe(false);
        await flush(hostile.page);
        // Fonts the page declared under names the reader might ask for were not loaded for it.
        const fonts = hits.slice(hostile.mark).filter((h) => h.id.startsWith('x-font-')).map(describeHit);
        expect.soft(fonts, 'page fonts loaded').toEqual([]);
        await hostile.page.close();
      });

      it("the page's own script cannot reach the extension: messages, events, globals, traps, the shadow root, synthetic Esc, a MutationObserver rewrite", async () => {
        const url = pageUrl('page-script', 'script', `&ext=${browser.extensionId}`);
        const page = await openPage(url);
        const fromPage = (mark: number) => hits.slice(mark).filter((h) => h.where === url);
        await poll(async () => hits.some((h) => h.id === 'page-saw-knock-load' && h.where === url), { what: 'the page script to knock' });
        const mark = hits.length;

        // The page's fake sift:reader messages at load opened nothing.
        expect(await readerIsOpen(page)).toBe(false);
        const popup = await browser.clickToolbar(page);
        const audit = await auditPopup(popup);
        await popup.detach();
        expect.soft(audit.problems).toEqual([]);
        expect.soft(norm(audit.article)).toContain('Town market wins fight to stay in the square');
        expect.soft(audit.article, "the page's fake article").not.toContain('Injected by the page');

        const popupTab = await browser.openPopupTab(await browser.tabId(page));
        await popupTab.click('[data-action="reader"]');
        // The page saw the reader's host appear, probed it, styled it, sent it Esc and rewrote the article.
        const saw = await poll(async () => hits.find((h) => h.id === 'page-saw-host' && h.where === url), { what: 'the page script to see the reader' });
        expect.soft(JSON.parse(saw.value ?? 'null'), 'what the page found on the host').toEqual({ tag: 'DIV', shadowRoot: null, captured: false, attach: 'NotSupportedError' });
        const knock = await poll(async () => hits.find((h) => h.id === 'page-saw-knock-reader-open' && h.where === url), { what: 'the page script to knock again' });
        // No extension API in the page, and the extension's files are not the page's to load.
        expect.soft(JSON.parse(knock.value ?? 'null')).toEqual({ chromeRuntime: 'undefined' });
        await poll(async () => hits.some((h) => h.id === 'page-saw-extension-resource-blocked' && h.where === url), { what: 'the page to fail to fetch the extension\'s manifest' });
        expect.soft(await readerIsOpen(page), 'the reader is still open after the page sent Esc').toBe(true);
        const reader = await inspectReader(page);
        expect.soft(auditReader(reader)).toEqual([]);
        expect.soft(norm(await reader.text())).toContain('The council had argued that the market blocked traffic');
        const host = await reader.style(':host', ['display', 'visibility', 'opacity', 'font-size', 'color']);
        expect.soft(host.display, 'the host, after the page set its style attribute').not.toBe('none');
        expect.soft(host, 'the host, after the page set its style attribute').toMatchObject({ visibility: 'visible', opacity: '1' });
        expect.soft(await page.evaluate(`document.elementFromPoint(innerWidth / 2, innerHeight / 2) === document.documentElement.lastElementChild`),
          'the reader still shows').toBe(true);
        await reader.detach();
        await popupTab.bringToFront();
        await popupTab.click('[data-action="reader"]');
        await poll(async () => !(await readerIsOpen(page)), { what: 'the reader view to close' });
        await popupTab.close();

        // Read again (the shortcut path reads the page afresh): the page's rewrite is text.
        const tabId = await browser.tabId(page);
        expect(await toggleInTab(tabId)).toBe(true);
        const again = await inspectReader(page);
        expect.soft(norm(await again.text())).toContain('Rewritten while the reader was open: <img src=x onerror=alert("rewritten")> stays text.');
        expect.soft(auditReader(again)).toEqual([]);
        await again.detach();
        // A real Esc still closes it.
        await page.bringToFront();
        await page.keyboard.press('Escape');
        await poll(async () => !(await readerIsOpen(page)), { what: 'Esc to close the reader view' });

        await flush(page);
        const after = fromPage(mark);
        expect.soft(after.filter((h) => /^page-(found|trap)-/.test(h.id)).map((h) => `${h.id} ${h.value}`), 'what the page got hold of').toEqual([]);
        expect.soft(payloadHitsSince(mark), 'payloads that ran').toEqual([]);
        // The page's own rewrite ran its own image handler once, when the page inserted it; reading it never ran it again.
        expect.soft(after.filter((h) => h.id === 'page-mo-img').length, 'runs of the handler the page inserted').toBe(1);
        expect.soft(dialogs).toEqual([]);
        await page.close();
      });
    });
  },
);
