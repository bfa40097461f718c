import type { Article } from '../core/index.js';
import type { Extraction } from '../core/extract/index.js';
import { NAMES_BUDGET_MS } from '../content/messages.js';
import { isArticle } from './article-check.js';
import { renderArticle, viewBlocks } from './article-view.js';
import { $ } from './dom.js';
import { copyText, download, type ExportFormat } from './export-files.js';
import { placesList, removedList, whoSaidWhat } from './panels.js';
import type { Highlight, Settings } from './settings.js';
import { cleaningNotice, namesNotice } from './unfinished.js';
import { Cancelled, runJob, type Running } from './work.js';

/**
 * The article screen shared by the popup and the file page: meta line, export controls,
 * highlight legend, the article, and the panels. Text first: names are marked in a worker
 * (ui/work.ts), which loads the names code only after the text is on screen, and they arrive without
 * moving what the reader is looking at.
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

/** What the popup shows: the article, the blocks the reader put back, and the names being marked. */
export interface Shown {
  article: Article;
  restored: Set<number>;
  options: ScreenOptions;
  marking?: Running;
}

export interface ScreenOptions {
  /**
   * The extraction the article was cleaned from, when a deadline cut its cleaning short: "Finish
   * cleaning" runs the rest in the worker. Absent where that is impossible.
   */
  uncleaned?: () => Promise<Extraction>;
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
  renderPanels(shown);
}

/**
 * Shows `marked`, the shown article with names marked, re-rendering only the lead and the blocks
 * whose marks changed: on a page of 50,000 paragraphs, names in the first few hundred must not
 * rebuild the rest.
 */
function renderNames(shown: Shown, marked: Article): void {
  const before = shown.article;
  shown.article = marked;
  // Blocks marked the same way stay as they are (the opening blocks, when the rest arrive).
  const spans = (a: Article, i: number) => JSON.stringify(a.blocks[i]?.spans ?? []);
  const changed = viewBlocks(marked, shown.restored).filter((v) => v.index !== null && spans(marked, v.index) !== spans(before, v.index));
  const leadChanged = JSON.stringify(marked.leadSpans ?? []) !== JSON.stringify(before.leadSpans ?? []);
  const fresh = document.createElement('div');
  renderArticle(fresh, { ...marked, title: '', lead: leadChanged ? marked.lead : null }, changed);
  const root = $('[data-sift="article"]');
  const old = new Map<string | undefined, Element>();
  for (const node of root.children) old.set(node instanceof HTMLElement && node.classList.contains('lead') ? 'lead' : (node as HTMLElement).dataset.block, node);
  for (const node of [...fresh.children] as HTMLElement[]) old.get(node.classList.contains('lead') ? 'lead' : node.dataset.block)?.replaceWith(node);
  renderPanels(shown);
}

/** Everything around the article: who said what, places, what is left undone, what was removed. */
function renderPanels(shown: Shown): void {
  const { article, restored } = shown;
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
  $('[data-action="finish-cleaning"]').hidden = !showCleaning || !options.uncleaned;
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
  finish.addEventListener('click', () => whileBusy(finish, 'Stop cleaning', 'Cleaning failed', () => finishCleaning(current(), settings)));
  const markAll = $('[data-action="mark-all-names"]') as HTMLButtonElement;
  markAll.addEventListener('click', () => whileBusy(markAll, 'Stop marking names', 'Marking failed', () => markNames(current(), Infinity)));
}

/** Long work started from a button: it settles when done, and `cancel` stops it. */
interface Work {
  done: Promise<void>;
  cancel(): void;
}

const busy = new WeakMap<HTMLButtonElement, Work>();

/**
 * Runs `start`'s work with the button offering to stop it (the work runs in the worker, so the
 * screen still answers the click); then the button's own label returns, or `failed` flashes.
 */
function whileBusy(button: HTMLButtonElement, stop: string, failed: string, start: () => Work): void {
  const running = busy.get(button);
  if (running) {
    running.cancel();
    return;
  }
  const label = button.textContent;
  button.textContent = stop;
  const work = start();
  busy.set(button, work);
  work.done
    .then(
      () => (button.textContent = label),
      (err: unknown) => {
        button.textContent = label;
        if (!(err instanceof Cancelled)) flashLabel(button, failed);
      },
    )
    .finally(() => busy.delete(button));
}

/** Runs the cleaning rules a deadline skipped, in the worker, and shows the result. */
function finishCleaning(shown: Shown, settings: Settings): Work {
  let job: Running | null = null;
  let cancelled = false;
  const done = (async () => {
    const extraction = await shown.options.uncleaned!();
    if (cancelled) throw new Cancelled();
    job = runJob({ kind: 'clean', extraction, msExtract: shown.article.stats.msExtract });
    const article = await job.result;
    if (!isArticle(article)) throw new Error('cleaning returned no article');
    if (shownNow === shown) showArticle(article, settings, shown.options);
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      job?.cancel();
    },
  };
}

export function flashLabel(button: HTMLButtonElement, label: string): void {
  const original = button.textContent;
  button.textContent = label;
  setTimeout(() => (button.textContent = original), 1500);
}

/** Blocks marked first, on their own: more than a popup's first screen holds. */
const FIRST_SCREEN_BLOCKS = 12;

/**
 * Marks the names in the worker (for at most `budgetMs` of tagging) and shows them, keeping what
 * the reader is looking at in place. With `firstScreen`, the opening blocks are marked and shown
 * first, so the first names appear before a long article is done. Any earlier marking is stopped.
 */
function markNames(shown: Shown, budgetMs: number, firstScreen = false): Work {
  shown.marking?.cancel();
  const { article } = shown;
  const show = (marked: Article) => {
    // Another article may have replaced this one meanwhile (the file page, "Finish cleaning").
    if (shownNow === shown) keepingPlace(() => renderNames(shown, marked));
  };
  const opening = firstScreen && article.blocks.length > FIRST_SCREEN_BLOCKS
    ? runJob({ kind: 'annotate', article: { ...article, blocks: article.blocks.slice(0, FIRST_SCREEN_BLOCKS) }, budgetMs })
    : null;
  const job = runJob({ kind: 'annotate', article, budgetMs });
  shown.marking = { result: job.result, cancel: () => (opening?.cancel(), job.cancel()) };
  opening?.result.then(
    // Shown only while the whole article is not: the rest of the blocks stay as they are until then.
    (first) => void (shown.article === article && show({ ...first, blocks: [...first.blocks, ...article.blocks.slice(FIRST_SCREEN_BLOCKS)] })),
    () => undefined, // the whole article's job reports any failure
  );
  const done = job.result.then((marked) => {
    show(marked);
    if (shownNow === shown) $('[data-sift="annotating"]').hidden = true;
  });
  return { done, cancel: shown.marking.cancel };
}

/** Names come after the text: marking starts once the text is on screen, within the names budget. */
function annotateLater(shown: Shown): void {
  markNames(shown, shown.options.namesBudgetMs ?? NAMES_BUDGET_MS, true).done.catch((err: unknown) => {
    if (err instanceof Cancelled) return;
    console.error('Sift Reader could not mark names', err);
    if (shownNow === shown) $('[data-sift="annotating"]').hidden = true;
  });
}

/** The element whose scrolling moves the article: the popup's scroll box, or the page itself (file page). */
function scrollerOf(node: HTMLElement): Element {
  const box = node.closest('.scroll');
  return box && getComputedStyle(box).overflowY !== 'visible' ? box : document.scrollingElement ?? document.documentElement;
}

/** Blocks the reader may be looking at, each with a key that names it again after a re-render. */
function placeMarks(): [string, HTMLElement][] {
  const nodes = document.querySelectorAll<HTMLElement>('[data-sift="article"] > *, .panels > details');
  return [...nodes].map((n) => [n.dataset.block ?? (n.dataset.restored ? `r${n.dataset.restored}` : n.dataset.panel ?? n.className), n]);
}

/**
 * Runs `change` (which re-renders the article) so that the first block in view stays where it is
 * on screen: marks and bold speakers re-wrap lines, and blocks above the view change height.
 */
function keepingPlace(change: () => void): void {
  const scroller = scrollerOf($('[data-sift="article"]'));
  const top = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
  const anchor = placeMarks().find(([, n]) => n.getBoundingClientRect().bottom > top);
  const before = anchor?.[1].getBoundingClientRect().top;
  change();
  const again = anchor && placeMarks().find(([key]) => key === anchor[0]);
  if (again && before !== undefined) scroller.scrollTop += again[1].getBoundingClientRect().top - before;
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
  shownNow?.marking?.cancel();
  shownNow = shown;
  render(shown);
  renderMeta(article);
  // The legend is in place with the text, so that the names arriving later move nothing.
  ($('.legend') as HTMLElement).hidden = false;
  const annotated = article.people.length > 0 || article.places.length > 0;
  $('[data-sift="annotating"]').hidden = annotated;
  if (!annotated) annotateLater(shown);
  return shown;
}
