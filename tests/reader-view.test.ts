// @vitest-environment jsdom
/**
 * The reader view's defences against the page it lies over (the real thing, in Chromium:
 * tests/e2e/hostile.test.ts). Here: what can be checked without a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/core/index.js';
import { closeReader, isReaderOpen, openReader, showReaderNames, THEME_CSS } from '../src/content/reader-view.js';
import { isSiftMessage } from '../src/content/messages.js';
import { metaDate } from '../src/ui/article-screen.js';
import { DEFAULT_SETTINGS } from '../src/ui/settings.js';

const READER_CSS = readFileSync(join(import.meta.dirname, '../src/content/reader.css'), 'utf8');

const article: Article = {
  title: 'Harbour ferry returns', byline: null, siteName: null, lang: 'en', dir: 'ltr', published: null, url: null, lead: null,
  blocks: [{ type: 'paragraph', text: 'The harbour ferry returned to service on Thursday.', spans: [] }],
  removed: [], people: [], places: [],
  stats: { words: 8, readingMinutes: 1, msExtract: 0, msClean: 0, msAnnotate: 0 },
};

afterEach(() => closeReader());

/** Opens the reader and keeps its closed root, the way only the opener could. */
function openCapturing(shown: Article): ShadowRoot {
  const attach = Element.prototype.attachShadow;
  let root: ShadowRoot | undefined;
  Element.prototype.attachShadow = function (init) {
    root = attach.call(this, init);
    return root;
  };
  try {
    openReader(shown, DEFAULT_SETTINGS, () => undefined);
  } finally {
    Element.prototype.attachShadow = attach;
  }
  if (!root) throw new Error('the reader attached no shadow root');
  return root;
}

describe('the reader view against the page', () => {
  it('closes on Esc only when the user pressed it: a key event the page dispatches is ignored', () => {
    openReader(article, DEFAULT_SETTINGS, () => undefined);
    expect(isReaderOpen()).toBe(true);
    for (const target of [window, document, document.documentElement]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    }
    expect(isReaderOpen()).toBe(true);
    expect(document.documentElement.dataset.siftReader).toBe('on');
  });

  it('uses no custom properties: a page can register any name with @property, and registrations reach shadow trees', () => {
    for (const sheet of [READER_CSS, THEME_CSS]) {
      const code = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code).not.toMatch(/var\(|--[a-z]/i);
    }
  });

  it('asks only for generic font families, which no @font-face of the page can take over', () => {
    const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'system-ui', 'inherit']);
    const code = `${READER_CSS}\n${THEME_CSS}`.replace(/\/\*[\s\S]*?\*\//g, '');
    const families = [...code.matchAll(/font(?:-family)?\s*:\s*([^;}]+)/g)].flatMap(([, value]) =>
      // `font: 19px/1.6 serif`: the families follow the size.
      value!.replace(/^.*?\d(?:px|em|%)?(?:\/[\d.]+(?:px|em)?)?\s+/, '').split(',').map((f) => f.trim()));
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) expect(GENERIC, `font family ${family}`).toContain(family);
  });

  it('resets the host with !important, which beats any rule or style attribute of the page on it', () => {
    expect(READER_CSS).toMatch(/:host\s*\{\s*all:\s*initial\s*!important;\s*direction:\s*ltr\s*!important;/);
  });

  it('has the colours of every theme, with the system theme dark when the system is', () => {
    for (const theme of ['light', 'dark', 'sepia', 'system']) expect(THEME_CSS).toContain(`.reader[data-theme="${theme}"] {`);
    expect(THEME_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{\n\.reader\[data-theme="system"\] \{ background: #16181c;/);
  });
});

describe('the popup meta line', () => {
  it('shows the date even when the page\'s <html lang> is no language tag (it used to throw, and the popup showed an error)', () => {
    expect(metaDate('2024-06-20T12:00:00Z', 'en"><img src=x onerror=alert(1)>')).toMatch(/2024/);
    expect(metaDate('2024-06-20T12:00:00Z', '')).toMatch(/2024/);
    expect(metaDate('2024-06-20T12:00:00Z', 'de')).toBe(new Date('2024-06-20T12:00:00Z').toLocaleDateString('de', { year: 'numeric', month: 'short', day: 'numeric' }));
    expect(metaDate('not a date', 'en')).toBeNull();
    expect(metaDate(null, 'en')).toBeNull();
  });
});

describe('the reader view of a page read within the time budget', () => {
  it('says what may be missing and where to finish it', () => {
    const note = openCapturing({ ...article, unfinished: { cleaning: ['repeated-blocks'], namesIn: 0 } }).querySelector('.unfinished')?.textContent ?? '';
    expect(note).toMatch(/repeated paragraphs may remain/);
    expect(note).toMatch(/names are not marked yet/);
    expect(note).toMatch(/popup can finish/);
  });

  it('says nothing of the kind when the work was done', () => {
    expect(openCapturing(article).querySelector('.unfinished')).toBeNull();
  });
});

describe('names after the text (the shortcut and menu path)', () => {
  const marked: Article = {
    ...article,
    blocks: [{ ...article.blocks[0]!, spans: [{ start: 4, end: 17, kind: 'place', ref: 'place-harbour' }] }],
    places: [{ id: 'place-harbour', name: 'harbour ferry', aliases: [] }],
  };

  it('marks the names in the open reader showing the same article, and not in another or a closed one', () => {
    const root = openCapturing(article);
    expect(root.querySelector('[data-entity]')).toBeNull();
    expect(showReaderNames({ ...marked, blocks: [{ ...marked.blocks[0]!, text: 'Another story.' }] })).toBe(false);
    expect(root.querySelector('[data-entity]')).toBeNull();
    expect(showReaderNames(marked)).toBe(true);
    expect(root.querySelector('[data-sift="article"] [data-entity="place"]')?.textContent).toBe('harbour ferry');
    closeReader();
    expect(showReaderNames(marked)).toBe(false);
  });

  it('comes in a message that must carry the article', () => {
    expect(isSiftMessage({ type: 'sift:reader-names', article: marked })).toBe(true);
    expect(isSiftMessage({ type: 'sift:reader-names' })).toBe(false);
    expect(isSiftMessage({ type: 'sift:reader-names', article: { title: 'no blocks' } })).toBe(false);
  });

  it('says what marking left undone once the names come', () => {
    const root = openCapturing(article);
    expect(root.querySelector('.unfinished')).toBeNull();
    expect(showReaderNames({ ...marked, unfinished: { namesIn: 0 } })).toBe(true);
    expect(root.querySelector('.unfinished')?.textContent).toMatch(/names/i);
  });
});
