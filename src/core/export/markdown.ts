import type { Article, Block } from '../article.js';
import { frontMatter } from './front-matter.js';
import {
  META_SEPARATOR, headingLevel, joinSections, listItems, metaLine, preformattedText, textLines, type ExportOptions,
} from './parts.js';
import { imageUrl } from './urls.js';

/**
 * CommonMark (GitHub-flavoured safe): starts with `# Title`, or with YAML front matter holding
 * who said what when `speakers` is on; page text never turns into markup.
 */
export function toMarkdown(article: Article, { speakers = false }: ExportOptions = {}): string {
  const sections = [
    speakers ? frontMatter(article) : '',
    article.title.trim() ? `# ${escapeLine(oneLine(article.title))}` : '',
    metaMarkdown(article),
    paragraph(article.lead ?? ''),
    ...article.blocks.map(blockMarkdown),
  ];
  return joinSections(sections);
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(headingLevel(block))} ${escapeLine(oneLine(block.text))}`;
    case 'paragraph':
      return paragraph(block.text);
    case 'quote':
      return textLines(block.text).map((line) => `> ${escapeLine(line)}`).join('\n');
    case 'list':
      return listItems(block).map((item) => `- ${textLines(item).map(escapeLine).join('\n  ')}`).join('\n');
    case 'figure':
      return figure(block);
    case 'preformatted':
      return codeFence(block.text);
  }
}

function metaMarkdown(article: Article): string {
  const meta = metaLine(article);
  const parts = meta.labels.map((label) => escapeLine(oneLine(label)));
  if (meta.url) parts.push(`<${meta.url}>`);
  else if (meta.urlText) parts.push(escapeLine(oneLine(meta.urlText)));
  return parts.join(META_SEPARATOR);
}

function figure(block: Block): string {
  const caption = escapeLine(oneLine(block.text));
  const src = imageUrl(block.src);
  if (!src) return caption;
  // Angle brackets let the destination hold parentheses; what they cannot hold is percent-encoded
  // (data: URLs keep raw `<`, `>` and spaces, e.g. inline SVG).
  const destination = src.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c));
  const image = `![${caption}](<${destination}>)`;
  // Renderers hide alt text, so the caption is repeated where readers see it.
  return caption ? `${image}\n\n*${caption}*` : image;
}

function paragraph(text: string): string {
  return textLines(text).map(escapeLine).join('\n');
}

function oneLine(text: string): string {
  return textLines(text).join(' ');
}

/** Longer than any backtick run in the text, so no line of it can close the fence. */
function codeFence(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}\n${preformattedText(text)}\n${fence}`;
}

/**
 * Escapes one trimmed line of page text so that it renders as itself. Inline: emphasis, code,
 * links, raw HTML, strikethrough, table pipes and entity references. At the line start: headings,
 * quotes, bullets, setext underlines and ordered-list numbers; at the end, a heading's closing #s.
 */
function escapeLine(line: string): string {
  return line
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^[#+=-]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/(^|\s)(#+)$/, '$1\\$2');
}
