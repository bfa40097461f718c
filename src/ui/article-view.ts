import type { Article, Block, Span } from '../core/index.js';
import { el } from './dom.js';

/**
 * Renders an Article into `root` (the element marked data-sift="article"): title, lead and body,
 * with names as <mark data-entity data-ref> elements. Text goes in through text nodes only.
 */

type NameKind = Exclude<Span['kind'], 'quote'>;

/** The text with its name spans as marks; quotation spans and overlaps are left plain. */
export function withMarks(text: string, spans: readonly Span[], names: ReadonlyMap<string, string>): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.kind === 'quote' || s.start < at || s.end > text.length || !s.ref) continue;
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    const mark = el('mark', text.slice(s.start, s.end), { 'data-entity': s.kind as NameKind, 'data-ref': s.ref });
    const name = names.get(s.ref);
    if (name) mark.title = `${name} (${s.kind})`;
    out.push(mark);
    at = s.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

function blockElement(block: Block, names: ReadonlyMap<string, string>): HTMLElement {
  const marked = () => withMarks(block.text, block.spans ?? [], names);
  switch (block.type) {
    case 'heading': {
      // The article title is the only h1; body headings are h2 to h6.
      const level = Math.min(6, Math.max(2, block.level ?? 2));
      const h = el(`h${level}` as 'h2');
      h.append(...marked());
      return h;
    }
    case 'quote': {
      const q = el('blockquote');
      q.append(...marked());
      return q;
    }
    case 'list': {
      const list = el('ul');
      for (const item of block.items?.length ? block.items : [block.text]) list.append(el('li', item));
      return list;
    }
    case 'figure': {
      // Captions only: extension pages load nothing from the page's servers.
      const figure = el('figure');
      figure.append(el('figcaption', block.text || block.alt || ''));
      return figure;
    }
    case 'preformatted':
      return el('pre', block.text);
    case 'paragraph':
    default: {
      const p = el('p');
      p.append(...marked());
      return p;
    }
  }
}

export interface ViewBlock {
  block: Block;
  /** Index in article.blocks, or null for a removed block the reader put back. */
  index: number | null;
  /** Index in the extracted sequence, for removed blocks put back. */
  at?: number;
}

export function renderArticle(root: HTMLElement, article: Article, view: readonly ViewBlock[]): void {
  const names = new Map<string, string>([...article.people, ...article.places].map((e) => [e.id, e.name]));
  root.replaceChildren();
  // The root is reused for the next article (the file page, "Finish cleaning"): nothing may linger.
  if (article.lang) root.lang = article.lang;
  else root.removeAttribute('lang');
  if (article.dir) root.dir = article.dir;
  else root.removeAttribute('dir');
  // Without a declared direction each block takes it from its own first strong character, so an
  // Arabic or Hebrew article on a page that declares none still reads right to left.
  const own = (node: HTMLElement) => {
    if (!article.dir) node.dir = 'auto';
    return node;
  };
  if (article.title) root.append(own(el('h1', article.title, { class: 'title' })));
  if (article.lead) {
    const lead = own(el('p', undefined, { class: 'lead' }));
    lead.append(...withMarks(article.lead, article.leadSpans ?? [], names));
    root.append(lead);
  }
  for (const v of view) {
    const node = own(blockElement(v.block, names));
    if (v.index !== null) node.dataset.block = String(v.index);
    else {
      node.dataset.restored = String(v.at);
      node.classList.add('restored');
    }
    root.append(node);
  }
}

/** Kept blocks and the removed ones the reader put back, in reading order. */
export function viewBlocks(article: Article, restored: ReadonlySet<number>): ViewBlock[] {
  const removedAt = new Map(article.removed.map((r) => [r.at, r]));
  const total = article.blocks.length + article.removed.length;
  const out: ViewBlock[] = [];
  let kept = 0;
  for (let at = 0; at < total; at++) {
    const r = removedAt.get(at);
    if (r) {
      if (restored.has(at)) out.push({ block: r.block ?? { type: 'paragraph', text: r.text, spans: [] }, index: null, at });
    } else if (kept < article.blocks.length) {
      out.push({ block: article.blocks[kept]!, index: kept });
      kept++;
    }
  }
  return out;
}
