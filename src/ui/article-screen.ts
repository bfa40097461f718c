import { annotate, type Article } from '../core/index.js';
import { renderArticle, viewBlocks } from './article-view.js';
import { $ } from './dom.js';
import { copyText, download, type ExportFormat } from './export-files.js';
import { placesList, removedList, whoSaidWhat } from './panels.js';
import type { Highlight, Settings } from './settings.js';

/**
 * The article screen shared by the popup and the file page: meta line, export controls,
 * highlight legend, the article, and the panels. Text first; names are marked once annotation,
 * run after the first paint, is done.
 */

/** "Example News · Jane Doe · 3 Feb 2016 · 4 min read": outside the article, so it is never exported as text. */
function renderMeta(article: Article): void {
  const parts = [article.siteName, article.byline].filter((p): p is string => !!p);
  const date = article.published ? new Date(article.published) : null;
  if (date && !Number.isNaN(date.getTime())) {
    parts.push(date.toLocaleDateString(article.lang ?? undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
  }
  if (article.stats?.readingMinutes) parts.push(`${article.stats.readingMinutes} min read`);
  const meta = $('[data-sift="meta"]');
  meta.textContent = parts.join(' \u00b7 ');
  meta.title = meta.textContent;
}

/** What the popup shows: the article, the blocks the reader put back, and whether names are in yet. */
export interface Shown {
  article: Article;
  restored: Set<number>;
}

/** The article as exported: the cleaned blocks plus any the reader put back, in reading order. */
export function asShown({ article, restored }: Shown): Article {
  if (!restored.size) return article;
  return { ...article, blocks: viewBlocks(article, restored).map((v) => v.block) };
}

function goToBlock(index: number): void {
  const target = index < 0 ? document.querySelector('.lead') : document.querySelector(`[data-block="${index}"]`);
  if (!(target instanceof HTMLElement)) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
}

function render(shown: Shown): void {
  const { article, restored } = shown;
  const root = $('[data-sift="article"]');
  renderArticle(root, article, viewBlocks(article, restored));
  root.hidden = false;
  $('[data-sift="speakers"]').replaceChildren(
    article.people.some((p) => p.statements.length) ? whoSaidWhat(article, goToBlock) : document.createTextNode('No one is quoted.'),
  );
  $('[data-sift="places"]').replaceChildren(article.places.length ? placesList(article) : document.createTextNode('No places named.'));
  $('[data-sift="removed-summary"]').textContent = `Removed (${article.removed.length})`;
  $('[data-sift="removed"]').replaceChildren(removedList(article, restored, (at) => {
    if (!restored.delete(at)) restored.add(at);
    render(shown);
  }));
  ($('.panels') as HTMLElement).hidden = false;
}

/** Wired once per page; the controls act on whatever article is shown at the time. */
function wireControls(current: () => Shown, settings: Settings): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action^="export-"]')) {
    const format = button.dataset.action!.slice('export-'.length) as ExportFormat;
    button.addEventListener('click', () => download(asShown(current()), format));
  }
  const copy = $('[data-action="copy"]') as HTMLButtonElement;
  copy.addEventListener('click', () => {
    copyText(asShown(current())).then(
      () => flashLabel(copy, 'Copied'),
      () => flashLabel(copy, 'Copy failed'),
    );
  });
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-highlight]')) {
    const apply = () => document.body.classList.toggle(`hide-${box.dataset.highlight}`, !box.checked);
    box.checked = settings.highlights[box.dataset.highlight as Highlight] ?? true;
    apply();
    box.addEventListener('change', apply);
  }
  // The preferred format's button comes first and stands out.
  const preferred = document.querySelector<HTMLButtonElement>(`[data-action="export-${settings.exportFormat}"]`);
  if (preferred) {
    preferred.classList.add('preferred');
    preferred.parentElement?.prepend(preferred);
  }
  ($('.actions') as HTMLElement).hidden = false;
}

export function flashLabel(button: HTMLButtonElement, label: string): void {
  const original = button.textContent;
  button.textContent = label;
  setTimeout(() => (button.textContent = original), 1500);
}

/** Names come after the text: annotation runs once the text is on screen, off the first paint. */
function annotateLater(shown: Shown): void {
  setTimeout(() => {
    // Another article may have replaced this one meanwhile (the file page).
    if (shownNow !== shown) return;
    try {
      shown.article = annotate(shown.article);
      render(shown);
      ($('.legend') as HTMLElement).hidden = false;
    } catch (err) {
      console.error('Sift Reader could not mark names', err);
    } finally {
      $('[data-sift="annotating"]').hidden = true;
    }
  }, 0);
}

/** Shows an unannotated article at once, wires the controls, and marks names right after. */
let shownNow: Shown | null = null;

export function showArticle(article: Article, settings: Settings): Shown {
  const shown: Shown = { article, restored: new Set() };
  if (!shownNow) wireControls(() => shownNow!, settings);
  shownNow = shown;
  render(shown);
  renderMeta(article);
  const annotated = article.people.length > 0 || article.places.length > 0;
  $('[data-sift="annotating"]').hidden = annotated;
  if (annotated) ($('.legend') as HTMLElement).hidden = false;
  else annotateLater(shown);
  return shown;
}
