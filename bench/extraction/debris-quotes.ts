/**
 * Pull quotes as designers set them: a sentence of the body (or a piece of one, or a lightly
 * edited one) in an aside, a blockquote, a figure, a div call-out or a bold paragraph, with or
 * without a credit, with or without decorative quotation marks, sometimes split over two lines.
 */
import type { Rng } from '../common/rng.js';
import { applyEdit, type TextEdit } from './debris-edits.js';
import { el } from './debris-dom.js';

export const QUOTE_CONTAINERS = ['aside', 'blockquote', 'figure', 'div', 'strong', 'b'] as const;
export type QuoteContainer = (typeof QUOTE_CONTAINERS)[number];
export const QUOTE_EDITS = ['exact', 'piece', 'quotes', 'ellipsis', 'trimmed', 'word', 'split'] as const;
export type QuoteEdit = (typeof QUOTE_EDITS)[number];
export const CREDITS = ['none', 'dash', 'pipe', 'role'] as const;
export type Credit = (typeof CREDITS)[number];

export interface PullQuote {
  container: QuoteContainer;
  edit: QuoteEdit;
  credit: Credit;
  /** The quoted words as printed, one entry per line (a split quote has two). */
  lines: string[];
  /** The person a credit names, or null. */
  name: string | null;
}

const NAMES = [
  'Jane Doe', 'Marisol Quenby', 'Tobias Wrenfield', 'Adaeze Okonkwo-Hale', 'Henrik Salvesen', 'Priya Ramanathan',
  'Colm Ferriter', 'Lucia Benedetti', 'Dmitri Vasquez', 'Harriet Oyelaran', 'Kenji Arakawa', 'Sofía Irazábal',
];
const ROLES = [
  'spokesperson', 'chief executive', 'senior analyst', 'former minister', 'campaign director',
  'professor of economics', 'local resident', 'union representative', 'author', 'head of research',
];
const CLASSES: Record<'aside' | 'blockquote' | 'figure' | 'div', readonly string[]> = {
  aside: ['pull-quote', 'pullquote', 'article__pullquote', 'callout', 'inline-aside', ''],
  blockquote: ['quote-callout', 'pullquote', 'wp-block-pullquote', 'is-style-large', ''],
  figure: ['pull-quote', 'quote', 'wp-block-pullquote', 'embed-quote', ''],
  div: ['pull-quote', 'callout', 'highlight-box', 'quote-module', 'c-quote', ''],
};
const DECORATIONS: readonly [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['', ''], ['', ''], ['‘', '’']];

/** Sentences of a paragraph with 8-30 words. */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?\p{Lu})/u)
    .filter((s) => { const n = s.split(' ').length; return n >= 8 && n <= 30; });
}

const strip = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The quoted words: a sentence, a piece of one, or an edited one. */
function quotedWords(sentence: string, edit: QuoteEdit, rng: Rng): string | null {
  if (edit === 'exact' || edit === 'split') return strip(sentence);
  if (edit === 'piece') {
    const w = sentence.split(' ');
    const n = rng.int(8, Math.min(16, w.length));
    const start = rng.next() < 0.5 ? 0 : rng.int(0, w.length - n);
    return strip(w.slice(start, start + n).join(' '));
  }
  const out = applyEdit(sentence, edit as TextEdit, rng);
  return out ? strip(out) : null;
}

function creditText(credit: Credit, name: string, rng: Rng): string {
  const role = rng.pick(ROLES);
  switch (credit) {
    case 'none': return '';
    case 'dash': return `${rng.pick(['—', '–', '-', '―'])} ${name}`;
    case 'pipe': return `${name} |`;
    case 'role': return `${rng.pick(['—', '-'])} ${name}, ${role}${rng.next() < 0.5 ? ' |' : ''}`;
  }
}

/**
 * A pull quote built from `sentence`, or null when the edit finds no place in it. `inline`:
 * whether the credit shares the quote's element (else it is its own line).
 */
export function makePullQuote(doc: Document, sentence: string, container: QuoteContainer, edit: QuoteEdit, credit: Credit, name: string, rng: Rng): { node: Node; quote: PullQuote } | null {
  const words = quotedWords(sentence, edit, rng);
  if (!words || words.split(' ').length < 5) return null;
  const [open, close] = rng.pick(DECORATIONS);
  const cite = creditText(credit, name, rng);
  const inline = cite !== '' && rng.next() < 0.5;
  const lines = edit === 'split' ? splitInTwo(words) : [words];
  const shown = lines.map((l, i) => `${i === 0 ? open : ''}${l}${i === lines.length - 1 ? close : ''}`);
  const printed = shown.map((l, i) => (i === shown.length - 1 && inline ? `${l} ${cite}` : l));
  const body = (tag: string) => printed.map((l) => el(doc, tag, {}, l));
  const citeNode = (tag: string, cls: string) => (cite && !inline ? [el(doc, tag, cls ? { class: cls } : {}, cite)] : []);
  const cls = (kind: keyof typeof CLASSES): Record<string, string> => { const c = rng.pick(CLASSES[kind]); return c ? { class: c } : {}; };
  let node: Node;
  switch (container) {
    case 'aside':
      node = el(doc, 'aside', cls('aside'), ...body('p'), ...citeNode('cite', ''));
      break;
    case 'blockquote':
      node = el(doc, 'blockquote', cls('blockquote'), ...body('p'), ...citeNode('footer', 'quote-credit'));
      break;
    case 'figure':
      node = el(doc, 'figure', cls('figure'), el(doc, 'blockquote', {}, ...body('p')), ...citeNode('figcaption', ''));
      break;
    case 'div':
      node = el(doc, 'div', cls('div'), ...body('div'), ...citeNode('div', rng.pick(['quote-author', 'attribution', 'byline', ''])));
      break;
    case 'strong':
    case 'b': {
      // Bold paragraphs stand in the body's own flow, with no wrapper.
      const flow = doc.createDocumentFragment();
      flow.append(...printed.map((l) => el(doc, 'p', {}, el(doc, container, {}, l))));
      if (cite && !inline) flow.append(el(doc, 'p', {}, el(doc, rng.next() < 0.5 ? 'em' : container, {}, cite)));
      node = flow;
      break;
    }
  }
  return { node, quote: { container, edit, credit, lines: shown, name: cite ? name : null } };
}

function splitInTwo(text: string): string[] {
  const w = text.split(' ');
  const at = Math.floor(w.length / 2);
  return [w.slice(0, at).join(' '), w.slice(at).join(' ')];
}

export function quoteSource(paragraphText: string, rng: Rng): string | null {
  const s = sentences(paragraphText);
  return s.length ? rng.pick(s) : null;
}

export function quoteName(rng: Rng, taken: ReadonlySet<string>): string {
  return rng.pick(NAMES.filter((n) => !taken.has(n)));
}
