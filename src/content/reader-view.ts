import type { Article } from '../core/article.js';
import { renderArticle, viewBlocks } from '../ui/article-view.js';
import { el } from '../ui/dom.js';
import { notArticleNotice } from '../ui/not-article.js';
import { cleaningNotice, namesNotice } from '../ui/unfinished.js';
import { HIGHLIGHTS, MAX_SIZE, MIN_SIZE, type Measure, type Settings, type Theme } from '../ui/settings.js';
import css from './reader.css';

/**
 * The in-page reader view: a full-viewport layer in a closed shadow root, in the top layer, so the
 * page can neither style nor script it (reader.css says how each way in is closed). Opening adds one
 * element and one attribute; closing removes both, so the page's DOM, styles and scroll position are
 * exactly as they were (the page is never scrolled or restyled: the layer scrolls on its own).
 */

const MEASURES = { narrow: '30em', medium: '38em', wide: '50em' } as const;

/**
 * Colours per theme, written out as plain rules rather than custom properties: a page can register
 * (`@property`) any custom property name, with a syntax and initial value that would void ours, and
 * registrations reach into shadow trees.
 */
interface Palette {
  bg: string; fg: string; muted: string; rule: string; bar: string; accent: string; quote: string;
  speaker: string; person: string; organisation: string; place: string; markFg: string;
}
const LIGHT: Palette = {
  bg: '#ffffff', fg: '#1d2129', muted: '#5b6472', rule: '#e3e6eb', bar: '#f5f7fa', accent: '#2457c5', quote: '#c9d6f2',
  speaker: '#ffe08a', person: '#cfe6ff', organisation: '#f1d4ff', place: '#c9f0d3', markFg: '#1d2129',
};
const DARK: Palette = {
  bg: '#16181c', fg: '#e6e8eb', muted: '#a2a9b4', rule: '#33373e', bar: '#202328', accent: '#8fb0ff', quote: '#3d5a9c',
  speaker: '#8a6a00', person: '#1f4f86', organisation: '#6a2f86', place: '#23663a', markFg: '#ffffff',
};
const SEPIA: Palette = {
  ...LIGHT, bg: '#f4ecd8', fg: '#3b2f1e', muted: '#6b5a40', rule: '#e0d3b4', bar: '#ece1c6', accent: '#7a4b12', quote: '#d8c49a',
};

function paletteRules(theme: Theme, p: Palette): string {
  const s = `.reader[data-theme="${theme}"]`;
  return [
    `${s} { background: ${p.bg}; color: ${p.fg}; }`,
    `${s} .toolbar { background: ${p.bar}; border-bottom-color: ${p.rule}; }`,
    `${s} .toolbar button, ${s} .toolbar select { color: ${p.fg}; background: ${p.bg}; border-color: ${p.rule}; }`,
    `${s} :focus-visible { outline-color: ${p.accent}; }`,
    `${s} .article .lead, ${s} .article figcaption { color: ${p.muted}; }`,
    `${s} .article blockquote { border-left-color: ${p.quote}; }`,
    `${s} .article pre { background: ${p.bar}; }`,
    `${s} mark[data-entity] { color: ${p.markFg}; }`,
    ...(['speaker', 'person', 'organisation', 'place'] as const).map((k) => `${s} mark[data-entity="${k}"] { background: ${p[k]}; }`),
  ].join('\n');
}

/** The theme rules; they come before reader.css, whose "highlight off" rules must win over them. */
export const THEME_CSS = [
  paletteRules('light', LIGHT),
  paletteRules('dark', DARK),
  paletteRules('sepia', SEPIA),
  paletteRules('system', LIGHT),
  `@media (prefers-color-scheme: dark) {\n${paletteRules('system', DARK)}\n}`,
].join('\n');

interface Open {
  host: HTMLElement;
  /** Shows the same article with its names marked. */
  showNames(marked: Article): void;
  article: Article;
  close(): void;
}
let open: Open | null = null;

export const isReaderOpen = (): boolean => open !== null;

function control<K extends 'button' | 'select'>(tag: K, label: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.setAttribute('aria-label', label);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function select<T extends string>(label: string, options: Record<T, string>, value: T, onChange: (v: T) => void): HTMLSelectElement {
  const s = control('select', label);
  for (const [v, text] of Object.entries(options) as [T, string][]) {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = text as string;
    s.append(o);
  }
  s.value = value;
  s.addEventListener('change', () => onChange(s.value as T));
  return s;
}

export function openReader(article: Article, settings: Settings, onSettings: (s: Settings) => void): void {
  if (open) closeReader();
  const current = { ...settings };
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${THEME_CSS}\n${css}`;
  const layer = document.createElement('div');
  layer.className = 'reader';
  layer.setAttribute('role', 'dialog');
  layer.setAttribute('aria-modal', 'true');
  layer.setAttribute('aria-label', `Reader view: ${article.title}`);
  const root = document.createElement('article');
  const apply = () => {
    layer.dataset.theme = current.theme;
    layer.style.fontSize = `${current.size}px`;
    root.style.maxWidth = MEASURES[current.measure];
    for (const kind of HIGHLIGHTS) layer.classList.toggle(`hide-${kind}`, !current.highlights[kind]);
  };
  const change = (patch: Partial<Settings>) => {
    Object.assign(current, patch);
    apply();
    onSettings({ ...current });
  };

  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Sift Reader';
  const smaller = control('button', 'Smaller text', { type: 'button' });
  smaller.textContent = 'A\u2212';
  smaller.addEventListener('click', () => change({ size: Math.max(MIN_SIZE, current.size - 2) }));
  const larger = control('button', 'Larger text', { type: 'button' });
  larger.textContent = 'A+';
  larger.addEventListener('click', () => change({ size: Math.min(MAX_SIZE, current.size + 2) }));
  const theme = select<Theme>('Theme', { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' }, current.theme, (t) => change({ theme: t }));
  const width = select<Measure>('Line width', { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' }, current.measure, (m) => change({ measure: m }));
  const closeButton = control('button', 'Close reader view (Esc)', { type: 'button', 'data-action': 'reader' });
  closeButton.textContent = 'Close';
  closeButton.addEventListener('click', () => closeReader());
  toolbar.append(brand, smaller, larger, theme, width, closeButton);

  root.className = 'article';
  root.dataset.sift = 'article';
  renderArticle(root, article, viewBlocks(article, new Set()));
  layer.append(toolbar);
  // A very long page read within the time budget: say what may be missing, as the popup does.
  let notice = unfinishedNotice(article);
  if (notice) layer.append(notice);
  // A page that does not look like an article: say so first, and read it only when asked.
  layer.append(article.notArticle ? notArticleNotice(article.notArticle, () => layer.querySelector('[data-sift="not-article"]')?.replaceWith(root)) : root);
  shadow.append(style, layer);
  apply();

  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const onKey = (e: KeyboardEvent) => {
    // Only a key the user pressed: the page can dispatch an Escape of its own at any time.
    if (e.key === 'Escape' && e.isTrusted) {
      e.stopPropagation();
      closeReader();
    }
  };
  window.addEventListener('keydown', onKey, true);
  // CSS zoom on <html> multiplies into every descendant, the host included: undone on the layer.
  const pageZoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom);
  if (pageZoom > 0 && pageZoom !== 1) layer.style.zoom = String(1 / pageZoom);
  document.documentElement.append(host);
  // In the top layer the reader is above anything the page stacks or overlays, and out of reach of
  // the transforms, filters, opacity and clipping the page may put on <html>.
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual';
    host.showPopover();
  }
  document.documentElement.dataset.siftReader = 'on';
  closeButton.focus({ preventScroll: true });

  open = {
    host,
    article,
    showNames(marked) {
      keepingPlace(layer, root, () => renderArticle(root, marked, viewBlocks(marked, new Set())));
      const now = unfinishedNotice(marked);
      if (notice && now) notice.replaceWith(now);
      else if (now) toolbar.after(now);
      else notice?.remove();
      notice = now;
    },
    close() {
      window.removeEventListener('keydown', onKey, true);
      host.remove();
      delete document.documentElement.dataset.siftReader;
      previousFocus?.focus({ preventScroll: true });
    },
  };
}

/** What a very long page left undone, as the popup says it; null when nothing was. */
function unfinishedNotice(article: Article): HTMLElement | null {
  const { cleaning, namesIn } = article.unfinished ?? {};
  const notes = [...(cleaning?.length ? [cleaningNotice(cleaning)] : []), ...(namesIn !== undefined ? [namesNotice(article, namesIn)] : [])];
  return notes.length ? el('p', `${notes.join(' ')} The toolbar popup can finish the work.`, { class: 'unfinished', role: 'status' }) : null;
}

/**
 * Runs `change` (which re-renders the article) so that the first block in view stays where it is
 * on the screen: marks re-wrap lines, and blocks above the view change height.
 */
function keepingPlace(scroller: HTMLElement, root: HTMLElement, change: () => void): void {
  const top = scroller.getBoundingClientRect().top;
  const at = [...root.children].findIndex((n) => n.getBoundingClientRect().bottom > top);
  const before = at >= 0 ? root.children[at]!.getBoundingClientRect().top : undefined;
  change();
  const again = at >= 0 ? root.children[at] : undefined;
  if (again && before !== undefined) scroller.scrollTop += again.getBoundingClientRect().top - before;
}

/**
 * Marks the names in the open reader view, which shows `marked` without them (same title and
 * blocks); false when the reader was closed meanwhile or shows another article.
 */
export function showReaderNames(marked: Article): boolean {
  const same = open !== null && open.article.title === marked.title && open.article.blocks.length === marked.blocks.length
    && open.article.blocks.every((b, i) => b.text === marked.blocks[i]!.text);
  if (!same) return false;
  open!.showNames(marked);
  return true;
}

export function closeReader(): void {
  const o = open;
  open = null;
  o?.close();
}
