import type { Article } from '../core/article.js';
import { renderArticle, viewBlocks } from '../ui/article-view.js';
import { HIGHLIGHTS, MAX_SIZE, MIN_SIZE, type Measure, type Settings, type Theme } from '../ui/settings.js';
import css from './reader.css';

/**
 * The in-page reader view: a full-viewport layer in a closed shadow root, so the page can neither
 * style nor script it. Opening adds one element and one attribute; closing removes both, so the
 * page's DOM, styles and scroll position are exactly as they were (the page is never scrolled or
 * restyled: the layer scrolls on its own).
 */

const MEASURES = { narrow: '30em', medium: '38em', wide: '50em' } as const;

interface Open { host: HTMLElement; close(): void }
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
  style.textContent = css;
  const layer = document.createElement('div');
  layer.className = 'reader';
  layer.setAttribute('role', 'dialog');
  layer.setAttribute('aria-modal', 'true');
  layer.setAttribute('aria-label', `Reader view: ${article.title}`);
  const apply = () => {
    layer.dataset.theme = current.theme;
    layer.style.setProperty('--size', `${current.size}px`);
    layer.style.setProperty('--measure', MEASURES[current.measure]);
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

  const root = document.createElement('article');
  root.className = 'article';
  root.dataset.sift = 'article';
  renderArticle(root, article, viewBlocks(article, new Set()));
  layer.append(toolbar, root);
  shadow.append(style, layer);
  apply();

  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closeReader();
    }
  };
  window.addEventListener('keydown', onKey, true);
  document.documentElement.append(host);
  document.documentElement.dataset.siftReader = 'on';
  closeButton.focus({ preventScroll: true });

  open = {
    host,
    close() {
      window.removeEventListener('keydown', onKey, true);
      host.remove();
      delete document.documentElement.dataset.siftReader;
      previousFocus?.focus({ preventScroll: true });
    },
  };
}

export function closeReader(): void {
  const o = open;
  open = null;
  o?.close();
}
