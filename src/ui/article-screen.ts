import { annotate, type Article } from '../core/index.js';
import { now } from '../core/text/clock.js';
import { NAMES_BUDGET_MS } from '../content/messages.js';
import { renderArticle, viewBlocks } from './article-view.js';
import { $ } from './dom.js';
import { copyText, download, type ExportFormat } from './export-files.js';
import { placesList, removedList, whoSaidWhat } from './panels.js';
import type { Highlight, Settings } from './settings.js';
import { cleaningNotice, namesNotice } from './unfinished.js';

/**
 * The article screen shared by the popup and the file page: meta line, export controls,
 * highlight legend, the article, and the panels. Text first; names are marked once annotation,
 * run after the first paint, is done.
 */

/**
 * The publication date in the article's language, or null when there is none. `lang` comes from the
 * page's <html lang>, which may be anything; a value that is no language tag gets the browser's own.
 */
export function metaDate(published: string | null, lang: string | null): string | null {
  const date = published ? new Date(published) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const format = { year: 'numeric', month: 'short', day: 'numeric' } as const;
  try {
    return date.toLocaleDateString(lang ?? undefined, format);
  } catch {
    return date.toLocaleDateString(undefined, format);
  }
}

/** "Example News · Jane Doe · 3 Feb 2016 · 4 min read": outside the article, so it is never exported as text. */
function renderMeta(article: Article): void {
  const parts = [article.siteName, article.byline].filter((p): p is string => !!p);
  const date = metaDate(article.published, article.lang);
  if (date) parts.push(date);
  if (article.stats?.readingMinutes) parts.push(`${article.stats.readingMinutes} min read`);
  const meta = $('[data-sift="meta"]');
  meta.textContent = parts.join(' \u00b7 ');
  meta.title = meta.textContent;
}

/** What the popup shows: the article, the blocks the reader put back, and whether names are in yet. */
export interface Shown {
  article: Article;
  restored: Set<number>;
  options: ScreenOptions;
}

export interface ScreenOptions {
  /** Reads the article again without a time budget ("Finish cleaning"); absent where that is impossible. */
  finishCleaning?: () => Promise<Article>;
  /** How long marking names may take before the screen shows what it has (default NAMES_BUDGET_MS). */
  namesBudgetMs?: number;
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
  renderUnfinished(shown);
  $('[data-sift="removed-summary"]').textContent = `Removed (${article.removed.length})`;
  $('[data-sift="removed"]').replaceChildren(removedList(article, restored, (at) => {
    if (!restored.delete(at)) restored.add(at);
    render(shown);
  }));
  ($('.panels') as HTMLElement).hidden = false;
}

function renderUnfinished({ article, options }: Shown): void {
  const { cleaning, namesIn } = article.unfinished ?? {};
  const showCleaning = !!cleaning?.length;
  const showNames = namesIn !== undefined;
  const cleaningText = $('[data-sift="unfinished-cleaning"]');
  cleaningText.textContent = showCleaning ? cleaningNotice(cleaning) : '';
  cleaningText.hidden = !showCleaning;
  $('[data-action="finish-cleaning"]').hidden = !showCleaning || !options.finishCleaning;
  const namesText = $('[data-sift="unfinished-names"]');
  namesText.textContent = showNames ? namesNotice(article, namesIn) : '';
  namesText.hidden = !showNames;
  $('[data-action="mark-all-names"]').hidden = !showNames;
  $('[data-sift="unfinished"]').hidden = !showCleaning && !showNames;
}

/** Wired once per page; the controls act on whatever article is shown at the time. */
function wireControls(current: () => Shown, settings: Settings): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action^="export-"]')) {
    const format = button.dataset.action!.slice('export-'.length) as ExportFormat;
    button.addEventListener('click', () => download(asShown(current()), format, { speakers: settings.exportSpeakers }));
  }
  const copy = $('[data-action="copy"]') as HTMLButtonElement;
  copy.addEventListener('click', () => {
    copyText(asShown(current()), { speakers: settings.exportSpeakers }).then(
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

  const finish = $('[data-action="finish-cleaning"]') as HTMLButtonElement;
  finish.addEventListener('click', () => {
    const { options } = current();
    const { finishCleaning } = options;
    if (finishCleaning) whileBusy(finish, 'Cleaning\u2026', 'Cleaning failed', async () => void showArticle(await finishCleaning(), settings, options));
  });
  const markAll = $('[data-action="mark-all-names"]') as HTMLButtonElement;
  markAll.addEventListener('click', () => whileBusy(markAll, 'Marking names\u2026', 'Marking failed', async () => markNames(current(), Infinity)));
}

/**
 * Runs `work` with the button disabled and saying `busy`, after a frame for that label to show
 * (the work may be long and synchronous); then the button's own label returns, or `failed` flashes.
 */
function whileBusy(button: HTMLButtonElement, busy: string, failed: string, work: () => Promise<void>): void {
  if (button.disabled) return;
  const label = button.textContent;
  button.disabled = true;
  button.textContent = busy;
  setTimeout(() => {
    work().then(
      () => (button.textContent = label),
      () => {
        button.textContent = label;
        flashLabel(button, failed);
      },
    ).finally(() => (button.disabled = false));
  }, 50);
}

export function flashLabel(button: HTMLButtonElement, label: string): void {
  const original = button.textContent;
  button.textContent = label;
  setTimeout(() => (button.textContent = original), 1500);
}

/** Marks the names (until `deadline`, a `now()` time) and shows them. */
function markNames(shown: Shown, deadline: number): void {
  // Another article may have replaced this one meanwhile (the file page, "Finish cleaning").
  if (shownNow !== shown) return;
  try {
    shown.article = annotate(shown.article, { deadline });
    render(shown);
    ($('.legend') as HTMLElement).hidden = false;
  } catch (err) {
    console.error('Sift Reader could not mark names', err);
  } finally {
    $('[data-sift="annotating"]').hidden = true;
  }
}

/** Names come after the text: annotation runs once the text is on screen, off the first paint. */
function annotateLater(shown: Shown): void {
  setTimeout(() => markNames(shown, now() + (shown.options.namesBudgetMs ?? NAMES_BUDGET_MS)), 0);
}

/** Shows an unannotated article at once, wires the controls, and marks names right after. */
let shownNow: Shown | null = null;

/** The article on screen now, as exported (names and restored blocks included). */
export function currentArticle(): Article | null {
  return shownNow && asShown(shownNow);
}

export function showArticle(article: Article, settings: Settings, options: ScreenOptions = {}): Shown {
  const shown: Shown = { article, restored: new Set(), options };
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
