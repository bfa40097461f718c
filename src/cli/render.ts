import { toHtml, toJson, toMarkdown, toText, type Article } from '../core/index.js';
import { markInTerminal } from './mark.js';
import type { Format } from './usage.js';

/** How each article is written out: the same for every file of a run. */
export interface Rendering {
  format: Format;
  /** Terminal colours on the names (text only). */
  mark: boolean;
  /** Who said what after the article (text, HTML) or as front matter (Markdown). */
  speakers: boolean;
  /** JSON on standard output: indented instead of one line. */
  pretty: boolean;
  /** A file of its own under --out (JSON: the Article alone) rather than standard output (JSON: a line with `source`). */
  toFile: boolean;
}

export function render(article: Article, source: string, r: Rendering): string {
  const options = { speakers: r.speakers };
  switch (r.format) {
    case 'text':
      return toText(article, r.mark ? { ...options, mark: markInTerminal } : options);
    case 'markdown':
      return toMarkdown(article, options);
    case 'html':
      return toHtml(article, options);
    case 'json':
      return r.toFile ? toJson(article) : jsonRecord({ source, ...article }, r.pretty);
  }
}

/**
 * One object per line (JSON Lines) whatever the number of files, so a script that globs gets the
 * same shape for one match as for many; `pretty` indents it for people instead.
 */
export function jsonRecord(record: object, pretty: boolean): string {
  return `${JSON.stringify(record, null, pretty ? 2 : undefined)}\n`;
}
