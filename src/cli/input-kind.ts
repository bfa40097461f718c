import { extname } from 'node:path';

export type InputKind = 'html' | 'text';

/** What a FILE holds, by its extension; null when only its content can tell. */
export function kindFromName(path: string): InputKind | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt') return 'text';
  return null;
}

/**
 * Markup when the content opens with a tag, doctype, comment or XML declaration, or names the
 * document elements early on. Scraped text that merely mentions a tag mid-sentence stays text.
 */
export function sniffKind(text: string): InputKind {
  const start = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:[a-z!?])/i.test(start)) return 'html';
  return /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(start) ? 'html' : 'text';
}
