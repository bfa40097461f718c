import type { Article, Block } from '../article.js';
import {
  META_SEPARATOR, WHO_SAID_WHAT, headingLevel, type ExportOptions, listItems, metaLine, preformattedText, speakers, statementText, textLines,
} from './parts.js';
import { imageUrl } from './urls.js';

// Self-contained so the file reads the same offline and years later: no scripts, no external
// styles, and a policy that forbids anything but the inline style and the article's images.
const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 40rem; padding: 2rem 1.25rem 4rem; font: 1.125rem/1.6 Georgia, 'Times New Roman', serif; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
.meta { font: .9rem/1.4 system-ui, sans-serif; opacity: .75; overflow-wrap: anywhere; }
.lead { font-size: 1.25rem; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: .25rem solid currentColor; opacity: .85; }
figure { margin: 1.5rem 0; }
img { max-width: 100%; height: auto; }
figcaption { font: .9rem/1.4 system-ui, sans-serif; opacity: .75; }
pre { overflow-x: auto; font-size: .9rem; }
.who-said-what { margin-top: 3rem; border-top: 1px solid; }
`.trim();

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:";

/** A standalone HTML document of the article; every page-derived string is escaped. */
export function toHtml(article: Article, { speakers: withSpeakers = false }: ExportOptions = {}): string {
  const header = [
    article.title.trim() ? `<h1>${escapeHtml(article.title.trim())}</h1>` : '',
    metaHtml(article),
    article.lead?.trim() ? `<p class="lead">${lines(article.lead)}</p>` : '',
  ].filter(Boolean);
  const body = [
    '<article>',
    header.length ? `<header>\n${header.join('\n')}\n</header>` : '',
    ...article.blocks.map(blockHtml),
    '</article>',
    withSpeakers ? whoSaidWhat(article) : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html${documentAttributes(article)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title.trim())}</title>
<style>
${STYLE}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function documentAttributes(article: Article): string {
  // Only well-formed language tags: the value also drives fonts and hyphenation.
  const lang = article.lang && /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i.test(article.lang) ? ` lang="${article.lang}"` : '';
  // Undeclared: the browser takes the direction from the text (an Arabic title reads right to left).
  const dir = ` dir="${article.dir === 'rtl' || article.dir === 'ltr' ? article.dir : 'auto'}"`;
  return lang + dir;
}

function metaHtml(article: Article): string {
  const meta = metaLine(article);
  const parts = meta.labels.map(escapeHtml);
  if (meta.url) parts.push(`<a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a>`);
  else if (meta.urlText) parts.push(escapeHtml(meta.urlText));
  return parts.length ? `<p class="meta">${parts.join(META_SEPARATOR)}</p>` : '';
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading': {
      const tag = `h${headingLevel(block)}`;
      return `<${tag}>${escapeHtml(textLines(block.text).join(' '))}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
    case 'quote':
      return `<blockquote><p>${lines(block.text)}</p></blockquote>`;
    case 'list':
      return `<ul>\n${listItems(block).map((item) => `<li>${lines(item)}</li>`).join('\n')}\n</ul>`;
    case 'figure':
      return figureHtml(block);
    case 'preformatted':
      return `<pre>${escapeHtml(preformattedText(block.text))}</pre>`;
  }
}

function figureHtml(block: Block): string {
  const src = imageUrl(block.src);
  const caption = textLines(block.text).join(' ');
  const image = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(caption)}">` : '';
  const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
  return image || figcaption ? `<figure>${image}${figcaption}</figure>` : '';
}

function whoSaidWhat(article: Article): string {
  const people = speakers(article);
  if (people.length === 0) return '';
  const entries = people.map((p) => {
    const statements = p.statements.map((s) => `<li>${escapeHtml(statementText(s))}</li>`).join('\n');
    return `<h3>${escapeHtml(p.name)}</h3>\n<ul>\n${statements}\n</ul>`;
  });
  return `<section class="who-said-what">\n<h2>${WHO_SAID_WHAT}</h2>\n${entries.join('\n')}\n</section>`;
}

/** A block's lines, escaped, with the page's line breaks kept as <br>. */
function lines(text: string): string {
  return textLines(text).map(escapeHtml).join('<br>\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
