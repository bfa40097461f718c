/** Turning each extractor's result into the plain text that the metric scores. */
import { Readability } from '@mozilla/readability';
import type { Article } from '../../src/core/index.js';

// Elements after which the next words start a new line (otherwise "Cortez" + "Alexandria" merge).
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/** textContent with a line break around each block element. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3 /* text */) {
      parts.push(node.nodeValue ?? '');
    } else if (node.nodeType === 1 /* element */) {
      const block = BLOCK.has((node as Element).tagName.toUpperCase());
      if (block) parts.push('\n');
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts.join('').replace(/[ \t\r\f\v]*\n\s*/g, '\n').trim();
}

/**
 * Readability alone, on a clone of the document, returning its content element (the node
 * serializer: no HTML string is made, just as our pipeline calls it). This is what the timing measures.
 */
export function readabilityContent(doc: Document): Node | null {
  const clone = doc.cloneNode(true) as Document;
  return new Readability<Node>(clone, { serializer: (node) => node }).parse()?.content ?? null;
}

/** Readability's text: its content walked with a line break around each block. */
export function readabilityText(doc: Document): string {
  const content = readabilityContent(doc);
  return content ? blockText(content) : '';
}

/** Our Article's body: blocks joined by line breaks, list items one per line. */
export function articleText(article: Article, withLead = false): string {
  const body = article.blocks.map((b) => (b.items && b.items.length > 0 ? b.items.join('\n') : b.text)).join('\n');
  return withLead && article.lead ? `${article.lead}\n${body}` : body;
}
