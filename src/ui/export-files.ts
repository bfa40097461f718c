import type { Article } from '../core/article.js';
import { toHtml, toJson, toMarkdown, toText, type ExportOptions } from '../core/export/index.js';

export type ExportFormat = 'txt' | 'md' | 'html' | 'json';

const EXPORTS: Record<ExportFormat, { render: (a: Article, options: ExportOptions) => string; type: string }> = {
  txt: { render: toText, type: 'text/plain;charset=utf-8' },
  md: { render: toMarkdown, type: 'text/markdown;charset=utf-8' },
  html: { render: toHtml, type: 'text/html;charset=utf-8' },
  // JSON is the whole Article: who said what is always in it.
  json: { render: toJson, type: 'application/json;charset=utf-8' },
};

/** A file name from the title: words a file system accepts everywhere, never empty, never too long. */
export function fileName(title: string, format: ExportFormat): string {
  const base = title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return `${base || 'article'}.${format}`;
}

/** Saves the article through the browser's own download (an anchor with `download`): no permission needed. */
export function download(article: Article, format: ExportFormat, options: ExportOptions = {}): void {
  const { render, type } = EXPORTS[format];
  const url = URL.createObjectURL(new Blob([render(article, options)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(article.title, format);
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function copyText(article: Article, options: ExportOptions = {}): Promise<void> {
  return navigator.clipboard.writeText(toText(article, options));
}
