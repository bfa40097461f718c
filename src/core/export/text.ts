import type { Article, Block, Span } from '../article.js';
import {
  META_SEPARATOR, WHO_SAID_WHAT, joinSections, type ExportOptions, listItems, metaLine, preformattedText, speakers, statementText, textLines,
} from './parts.js';

/** Wraps a marked name for display (a terminal's colours, say); names are left as they are without one. */
export type NameMarker = (name: string, kind: Exclude<Span['kind'], 'quote'>) => string;

export interface TextOptions extends ExportOptions {
  mark?: NameMarker;
}

/** Plain text: one paragraph per block, blank lines between, no markup beyond list dashes and quote bars. */
export function toText(article: Article, { mark, speakers: withSpeakers = false }: TextOptions = {}): string {
  const meta = metaLine(article);
  const sections = [
    article.title.trim(),
    [...meta.labels, meta.url ?? meta.urlText ?? ''].filter(Boolean).join(META_SEPARATOR),
    textLines(marked(article.lead ?? '', article.leadSpans ?? [], mark)).join('\n'),
    ...article.blocks.map((block) => blockText(block, mark)),
    withSpeakers ? whoSaidWhat(article) : '',
  ];
  return joinSections(sections);
}

/** The text with each name span passed through `mark`; quotation spans are not names and stay plain. */
function marked(text: string, spans: readonly Span[], mark: NameMarker | undefined): string {
  if (!mark) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.kind === 'quote' || s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start) + mark(text.slice(s.start, s.end), s.kind);
    at = s.end;
  }
  return out + text.slice(at);
}

function blockText(block: Block, mark: NameMarker | undefined): string {
  const text = marked(block.text, block.spans, mark);
  switch (block.type) {
    case 'list':
      // Spans count over the items joined by line breaks, so the marked text splits back into them.
      return (mark ? textLines(text) : listItems(block)).map((item) => `- ${item}`).join('\n');
    case 'quote':
      return textLines(text).map((line) => `> ${line}`).join('\n');
    case 'preformatted':
      // Whitespace is the content here.
      return preformattedText(block.text);
    case 'figure':
    case 'heading':
    case 'paragraph':
      return textLines(text).join('\n');
  }
}

function whoSaidWhat(article: Article): string {
  const people = speakers(article);
  if (people.length === 0) return '';
  const entries = people.map((p) => [p.name, ...p.statements.map((s) => `- ${statementText(s)}`)].join('\n'));
  return [WHO_SAID_WHAT, ...entries].join('\n\n');
}
