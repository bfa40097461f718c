import type { BlockType } from '../article.js';
import { tidyWhitespace } from '../text/normalize.js';
import { firstInside, tagOf } from './dom-walk.js';
import type { ExtractedBlock, MarkupHints } from './extracted.js';

/**
 * Turns an article element (Readability's result, or the fallback container) into typed blocks
 * of plain text. Inline runs between block elements become paragraphs, so text sitting directly
 * in a div is kept rather than lost.
 */

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'button', 'input', 'select', 'textarea', 'option',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'map', 'audio', 'video', 'source', 'track', 'link', 'meta', 'head',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
  'summary', 'caption', 'center', 'img', 'picture', 'body', 'html',
]);
const EMPHASIS = new Set(['b', 'strong']);
const NESTED_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'div', 'table', 'figure', 'pre', 'section', 'article']);
const TRAIL_DEPTH = 6;

/** Whether a block element sits anywhere inside (asked of every paragraph and inline element with children). */
const hasNestedBlocks = (el: Element) => firstInside(el, NESTED_BLOCKS) !== null;
const MEDIA = new Set(['img', 'picture', 'video', 'iframe', 'svg', 'canvas']);
const TEXT_BOXES = new Set(['blockquote', 'p']);
const one = (tag: string) => new Set([tag]);
const LI = one('li');
const IMG = one('img');
const FIGCAPTION = one('figcaption');

/** Child nodes by sibling links: iterating a NodeList goes through a proxy per item in jsdom. */
function* childrenOf(node: Node): Generator<ChildNode> {
  for (let c = node.firstChild; c; c = c.nextSibling) yield c;
}

function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK.has(tagOf(node as Element));
}

function describe(el: Element): string {
  const cls = el.getAttribute('class')?.trim().toLowerCase().replace(/\s+/g, '.') ?? '';
  const role = el.getAttribute('role');
  return tagOf(el) + (cls ? `.${cls}` : '') + (role ? `[${role.toLowerCase()}]` : '');
}

interface InlineText {
  text: string;
  linkChars: number;
  emphasisedChars: number;
}

/** Text of inline content, with <br> kept as a line break and skipped elements left out. */
function inlineText(nodes: Iterable<Node>): InlineText {
  let text = '';
  let linkChars = 0;
  let emphasisedChars = 0;
  const visit = (node: Node, inLink: boolean, inEmphasis: boolean) => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      text += t;
      if (inLink || inEmphasis) {
        const visible = t.replace(/\s+/g, '').length;
        if (inLink) linkChars += visible;
        if (inEmphasis) emphasisedChars += visible;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag)) return;
    if (tag === 'br') { text += '\n'; return; }
    if (BLOCK.has(tag)) text += '\n';
    const link = inLink || tag === 'a';
    const em = inEmphasis || EMPHASIS.has(tag);
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, link, em);
    if (BLOCK.has(tag)) text += '\n';
  };
  for (const n of nodes) visit(n, false, false);
  return { text: tidyWhitespace(text), linkChars, emphasisedChars };
}

function absoluteUrl(raw: string | null, base: string | null): string | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw, base ?? undefined).href;
  } catch {
    return undefined;
  }
}

export class BlockCollector {
  readonly blocks: ExtractedBlock[] = [];
  /** The blocks of a box share its ancestors: each is described once. */
  private readonly descriptions = new Map<Element, string>();

  constructor(private readonly baseUrl: string | null) {}

  collect(root: Element): ExtractedBlock[] {
    this.container(root, false);
    return this.blocks;
  }

  private described(el: Element): string {
    let d = this.descriptions.get(el);
    if (d === undefined) this.descriptions.set(el, (d = describe(el)));
    return d;
  }

  private hints(el: Element, inline: InlineText): MarkupHints {
    const trail: string[] = [];
    for (let e: Element | null = el; e && trail.length < TRAIL_DEPTH; e = e.parentElement) trail.push(this.described(e));
    const chars = inline.text.replace(/\s+/g, '').length || 1;
    return {
      trail: trail.join(' < '),
      linkDensity: Math.min(1, inline.linkChars / chars),
      emphasised: inline.emphasisedChars >= chars * 0.95,
    };
  }

  private push(type: BlockType, el: Element, inline: InlineText, extra: Partial<ExtractedBlock> = {}): void {
    if (!inline.text && type !== 'figure') return;
    this.blocks.push({ type, text: inline.text, spans: [], hints: this.hints(el, inline), ...extra });
  }

  /** Children of a container: block elements handled one by one, inline runs gathered into paragraphs. */
  private container(el: Element, quoted: boolean): void {
    let run: Node[] = [];
    const flush = () => {
      if (run.length) this.push(quoted ? 'quote' : 'paragraph', el, inlineText(run));
      run = [];
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && SKIP.has(tagOf(child as Element))) continue;
      if (isBlockElement(child)) {
        flush();
        this.element(child, quoted);
      } else if (child.nodeType === 1 && hasNestedBlocks(child as Element)) {
        // An inline wrapper around whole paragraphs (<span><p>…</p></span>) is a container too.
        flush();
        this.container(child as Element, quoted);
      } else {
        run.push(child);
      }
    }
    flush();
  }

  private element(el: Element, quoted: boolean): void {
    const tag = tagOf(el);
    if (/^h[1-6]$/.test(tag)) {
      this.push('heading', el, inlineText([el]), { level: Number(tag[1]) });
    } else if (tag === 'p' || tag === 'dt' || tag === 'dd' || tag === 'summary' || tag === 'caption' || tag === 'address') {
      // Readability can leave paragraphs nested in a paragraph (a CMS wrapper turned into <p>): a container then.
      if (hasNestedBlocks(el)) this.container(el, quoted);
      else this.push(quoted ? 'quote' : 'paragraph', el, inlineText([el]));
    } else if (tag === 'blockquote') {
      this.container(el, true);
    } else if ((tag === 'ul' || tag === 'ol') && firstInside(el, LI)) {
      this.list(el);
    } else if (tag === 'pre') {
      const text = (el.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
      if (text) this.blocks.push({ type: 'preformatted', text, spans: [], hints: this.hints(el, { text, linkChars: 0, emphasisedChars: 0 }) });
    } else if (tag === 'figure' && !firstInside(el, MEDIA) && firstInside(el, TEXT_BOXES)) {
      // A figure of text (a quote set as a figure, a pull quote) is read like any container.
      this.container(el, quoted);
    } else if (tag === 'figure' || tag === 'img' || tag === 'picture') {
      this.figure(el);
    } else if (tag === 'tr') {
      const cells = [...el.children].map((c) => inlineText([c]).text).filter(Boolean);
      this.push('paragraph', el, { ...inlineText([el]), text: cells.join(' | ') });
    } else if (tag === 'hr') {
      return;
    } else {
      this.container(el, quoted);
    }
  }

  private list(el: Element): void {
    const items: string[] = [];
    let linkChars = 0;
    for (const li of el.getElementsByTagName('li')) {
      // A nested list's items are listed in their own right; keep only this item's own text.
      const own = [...childrenOf(li)].filter((n) => !(n.nodeType === 1 && /^(ul|ol)$/.test(tagOf(n as Element))));
      const inline = inlineText(own);
      if (!inline.text) continue;
      items.push(inline.text.replace(/\n/g, ' '));
      linkChars += inline.linkChars;
    }
    if (!items.length) return;
    const inline = { text: items.join('\n'), linkChars, emphasisedChars: 0 };
    this.push('list', el, inline, { items });
  }

  /**
   * Images with neither caption nor alternative text are decoration by HTML's own definition
   * (alt=""), so only described images become figure blocks.
   */
  private figure(el: Element): void {
    const img = tagOf(el) === 'img' ? el : firstInside(el, IMG);
    const src = absoluteUrl(img?.getAttribute('src') ?? null, this.baseUrl);
    const alt = img?.getAttribute('alt')?.replace(/\s+/g, ' ').trim() ?? '';
    const caption = firstInside(el, FIGCAPTION);
    const inline = caption ? inlineText([caption]) : { text: '', linkChars: 0, emphasisedChars: 0 };
    if (!inline.text && !(src && alt)) return;
    this.push('figure', el, inline, { ...(src ? { src } : {}), ...(alt ? { alt } : {}) });
  }
}
