/**
 * Second copies of the body as pages ship them: the mobile / paginated copy from mid-article
 * (verbatim), a re-published copy whose every paragraph differs by one edit, a teaser of the
 * first paragraphs, a copy in another container with other markup, and a whole copy.
 */
import type { Rng } from '../common/rng.js';
import { someEdit, TEXT_EDITS } from './debris-edits.js';
import { el } from './debris-dom.js';

export const COPY_KINDS = ['verbatim', 'edited', 'teaser', 'other-container', 'whole'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

export interface SecondCopy {
  kind: CopyKind;
  /** The copied paragraphs' texts as the copy prints them. */
  paragraphs: string[];
}

function withoutIds(node: Element): Element {
  for (const e of node.querySelectorAll('[id]')) e.removeAttribute('id');
  node.removeAttribute('id');
  return node;
}

/** The container again, its true paragraphs from `from` on, each passed through `rewrite`. */
function containerCopy(doc: Document, container: Element, paragraphs: Element[], from: number, rewrite: (text: string, k: number) => string): { node: Element; texts: string[] } {
  const allP: Element[] = [...container.querySelectorAll('p')];
  const positions = paragraphs.map((p) => allP.indexOf(p));
  const clone = withoutIds(container.cloneNode(true) as Element);
  const cloneP: Element[] = [...clone.querySelectorAll('p')];
  const texts: string[] = [];
  positions.forEach((at, k) => {
    const p = cloneP[at];
    if (!p) return;
    if (k < from) { p.remove(); return; }
    const text = rewrite(p.textContent ?? '', k);
    if (text !== p.textContent) p.textContent = text;
    texts.push(text);
  });
  const copy = el(doc, 'div', { class: 'article-body article-body--paginated', 'data-view': 'mobile' });
  copy.append(...clone.childNodes);
  return { node: copy, texts };
}

function place(doc: Document, container: Element, node: Element, before = false): void {
  if (container === doc.body) {
    if (before) doc.body.prepend(node); else doc.body.append(node);
  } else if (before) container.before(node);
  else container.after(node);
}

export function addSecondCopy(doc: Document, container: Element, paragraphs: Element[], kind: CopyKind, rng: Rng): SecondCopy {
  const n = paragraphs.length;
  switch (kind) {
    case 'verbatim': {
      const { node, texts } = containerCopy(doc, container, paragraphs, rng.int(1, Math.min(3, n - 2)), (t) => t);
      place(doc, container, node);
      return { kind, paragraphs: texts };
    }
    case 'edited': {
      const first = rng.int(0, Math.min(2, n - 2));
      const { node, texts } = containerCopy(doc, container, paragraphs, first, (t, k) => someEdit(t, TEXT_EDITS[k % TEXT_EDITS.length]!, rng).text);
      place(doc, container, node);
      return { kind, paragraphs: texts };
    }
    case 'teaser': {
      const texts = paragraphs.slice(0, rng.int(1, Math.min(3, n - 1))).map((p) => p.textContent ?? '');
      const node = el(doc, 'div', { class: rng.pick(['teaser', 'story-summary', 'promo', 'card']) },
        ...texts.map((t) => el(doc, rng.next() < 0.5 ? 'p' : 'div', {}, t)),
        el(doc, 'a', { href: '#' }, rng.pick(['Continue reading', 'Read the full story', 'More'])));
      place(doc, container, node, rng.next() < 0.5);
      return { kind, paragraphs: texts };
    }
    case 'other-container': {
      const texts = paragraphs.slice(rng.int(0, Math.min(2, n - 2))).map((p) => p.textContent ?? '');
      const node = el(doc, rng.pick(['section', 'article', 'div']), { class: rng.pick(['amp-body', 'story-text', 'syndicated', 'print-version']) },
        ...texts.map((t) => el(doc, 'div', { class: 'para' }, el(doc, 'span', {}, t))));
      place(doc, container, node);
      return { kind, paragraphs: texts };
    }
    case 'whole': {
      const { node, texts } = containerCopy(doc, container, paragraphs, 0, (t) => t);
      place(doc, container, node);
      return { kind, paragraphs: texts };
    }
  }
}
