/**
 * Seed-like debris, added to real pages: what scraped news pages carry and the cleaners exist for.
 * (a) a second copy of the article body (the mobile / paginated copy), starting mid-article;
 * (b) two pull quotes: a piece of a real body sentence plus an attribution tail, in varied markup;
 * (c) page furniture: a visually-hidden "Breadcrumb" heading, "4 min read", "Share this article",
 *     "Advertisement".
 * Everything is chosen by a generator seeded with the page id, so every run builds the same pages.
 */
import { findArticleParagraphs } from '../common/locate.js';
import { makeRng, type Rng } from '../common/rng.js';

export interface PullQuote {
  /** The words taken from the body sentence (what a cleaner must not leave twice). */
  quote: string;
  /** The attribution tail as printed, e.g. "- Jane Doe, spokesperson |". */
  attribution: string;
  /** The person named in the tail. */
  name: string;
  markup: string;
}

export interface Debris {
  /** Texts of the paragraphs that the second copy repeats. */
  repeated: string[];
  /** How many leading paragraphs the copy leaves out. */
  dropped: number;
  quotes: PullQuote[];
  furniture: string[];
  containerTag: string;
}

export const FURNITURE = ['Breadcrumb', '4 min read', 'Share this article', 'Advertisement'] as const;

const NAMES = [
  'Jane Doe', 'Marisol Quenby', 'Tobias Wrenfield', 'Adaeze Okonkwo-Hale', 'Henrik Salvesen',
  'Priya Ramanathan', 'Colm Ferriter', 'Lucia Benedetti', 'Dmitri Vasquez', 'Harriet Oyelaran',
];
const ROLES = [
  'spokesperson', 'chief executive', 'senior analyst', 'former minister', 'campaign director',
  'professor of economics', 'local resident', 'union representative',
];
const MARKUPS = ['aside', 'blockquote', 'div', 'strong'] as const;

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** 8-20 consecutive words of one sentence of a paragraph, trimmed of edge punctuation. */
function quotePiece(text: string, rng: Rng): string | null {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?\p{Lu})/u)
    .map((s) => s.split(' ').filter(Boolean))
    .filter((w) => w.length >= 8);
  if (sentences.length === 0) return null;
  const words = rng.pick(sentences);
  const n = rng.int(8, Math.min(20, words.length));
  // Half the time from the sentence's start, as editors often cut pull quotes; else anywhere.
  const start = rng.next() < 0.5 ? 0 : rng.int(0, words.length - n);
  const piece = words
    .slice(start, start + n)
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return piece.length > 0 ? piece : null;
}

function pullQuote(doc: Document, piece: string, variant: (typeof MARKUPS)[number], name: string, rng: Rng): { node: HTMLElement; q: PullQuote } {
  const role = rng.pick(ROLES);
  const dash = rng.next() < 0.5;
  const attribution = dash ? `- ${name}, ${role} |` : `— ${name}`;
  let node: HTMLElement;
  switch (variant) {
    case 'aside':
      node = el(doc, 'aside', { class: 'pull-quote' },
        el(doc, 'blockquote', {}, el(doc, 'p', {}, piece)),
        el(doc, 'div', { class: 'pull-quote__cite' }, dash ? `- ${name}, ${role} ` : `— ${name} `,
          ...(dash ? [el(doc, 'span', { class: 'sep' }, '|')] : [])));
      break;
    case 'blockquote':
      node = el(doc, 'blockquote', { class: 'quote-callout' }, `${piece} ${attribution}`);
      break;
    case 'div':
      node = el(doc, 'div', { class: 'pull-quote' }, `${piece} ${attribution}`);
      break;
    case 'strong':
      node = el(doc, 'p', {}, el(doc, 'strong', {}, `“${piece}” ${attribution}`));
      break;
  }
  return { node, q: { quote: piece, attribution, name, markup: variant } };
}

/**
 * Adds the debris to `doc` in place (the caller parses a fresh copy for it).
 * Returns null when the page's article paragraphs cannot be found (text not in <p> elements).
 */
export function addDebris(doc: Document, truth: string, seed: string): Debris | null {
  const found = findArticleParagraphs(doc, truth, 4);
  if (!found) return null;
  const { container, paragraphs } = found;
  const rng = makeRng(`debris:${seed}`);

  // (a) The second copy: the container again, minus its first 1-3 true paragraphs, in a sibling div.
  const dropped = rng.int(1, Math.min(3, paragraphs.length - 2));
  const allP: Element[] = [...container.querySelectorAll('p')];
  const droppedIdx = new Set(paragraphs.slice(0, dropped).map((p) => allP.indexOf(p)));
  const clone = container.cloneNode(true) as Element;
  const cloneP = [...clone.querySelectorAll('p')];
  for (const i of droppedIdx) cloneP[i]?.remove();
  for (const e of clone.querySelectorAll('[id]')) e.removeAttribute('id');
  const copy = el(doc, 'div', { class: 'article-body article-body--paginated', 'data-view': 'mobile' });
  copy.append(...clone.childNodes);
  if (container === doc.body) doc.body.append(copy);
  else container.after(copy);
  const repeated = paragraphs.slice(dropped).map((p) => p.textContent ?? '');

  // (b) Two pull quotes, placed after the paragraphs a third and two thirds of the way down.
  const markupBase = rng.int(0, MARKUPS.length - 1);
  const quotes: PullQuote[] = [];
  const sources = paragraphs.filter((p) => (p.textContent ?? '').split(/\s+/).length >= 10);
  for (let k = 0; k < 2 && sources.length > 0; k++) {
    const src = sources[Math.min(sources.length - 1, Math.floor(((k + rng.next()) * sources.length) / 2))]!;
    const piece = quotePiece(src.textContent ?? '', rng);
    if (!piece) continue;
    const name = rng.pick(NAMES.filter((x) => !quotes.some((q) => q.name === x)));
    const { node, q } = pullQuote(doc, piece, MARKUPS[(markupBase + k) % MARKUPS.length]!, name, rng);
    const at = paragraphs[Math.max(0, Math.floor(((k + 1) * paragraphs.length) / 3) - 1)]!;
    at.after(node);
    quotes.push(q);
  }

  // (c) Furniture, in the container: breadcrumb and reading time on top, an ad slot mid-way,
  // share tools after the last paragraph.
  container.prepend(
    el(doc, 'div', { class: 'article-breadcrumb' },
      el(doc, 'h2', { class: 'visually-hidden' }, 'Breadcrumb'),
      el(doc, 'ol', {}, el(doc, 'li', {}, el(doc, 'a', { href: '/' }, 'Home')), el(doc, 'li', {}, el(doc, 'a', { href: '/news' }, 'News')))),
  );
  paragraphs[0]!.before(el(doc, 'div', { class: 'article-meta' }, el(doc, 'span', { class: 'article-meta__read-time' }, '4 min read')));
  paragraphs[Math.floor(paragraphs.length / 2)]!.after(el(doc, 'div', { class: 'ad-slot' }, el(doc, 'span', { class: 'ad-slot__label' }, 'Advertisement')));
  paragraphs[paragraphs.length - 1]!.after(
    el(doc, 'div', { class: 'share-tools' },
      el(doc, 'span', { class: 'share-tools__label' }, 'Share this article'), ' ',
      el(doc, 'a', { href: '#', class: 'share-fb' }, 'Facebook'), ' ',
      el(doc, 'a', { href: '#', class: 'share-tw' }, 'Twitter')),
  );

  return { repeated, dropped, quotes, furniture: [...FURNITURE], containerTag: container.tagName.toLowerCase() };
}
