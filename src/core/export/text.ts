import type { Article, Block } from '../article.js';
import {
  META_SEPARATOR, WHO_SAID_WHAT, joinSections, listItems, metaLine, preformattedText, speakers, statementText, textLines,
} from './parts.js';

/** Plain text: one paragraph per block, blank lines between, no markup beyond list dashes and quote bars. */
export function toText(article: Article): string {
  const meta = metaLine(article);
  const sections = [
    article.title.trim(),
    [...meta.labels, meta.url ?? meta.urlText ?? ''].filter(Boolean).join(META_SEPARATOR),
    textLines(article.lead ?? '').join('\n'),
    ...article.blocks.map(blockText),
    whoSaidWhat(article),
  ];
  return joinSections(sections);
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return listItems(block).map((item) => `- ${item}`).join('\n');
    case 'quote':
      return textLines(block.text).map((line) => `> ${line}`).join('\n');
    case 'preformatted':
      // Whitespace is the content here.
      return preformattedText(block.text);
    case 'figure':
    case 'heading':
    case 'paragraph':
      return textLines(block.text).join('\n');
  }
}

function whoSaidWhat(article: Article): string {
  const people = speakers(article);
  if (people.length === 0) return '';
  const entries = people.map((p) => [p.name, ...p.statements.map((s) => `- ${statementText(s)}`)].join('\n'));
  return [WHO_SAID_WHAT, ...entries].join('\n\n');
}
