import type { Article } from './article.js';

export interface CleanOptions {
  url?: string | null;
  /** Annotate people, places and speakers (default true; annotation arrives with the speakers issue). */
  entities?: boolean;
}

// TEMPORARY STUB: replaced by the real pipeline (extract -> clean -> annotate) shortly.
function stub(title: string, paragraphs: string[], url: string | null): Article {
  const blocks = paragraphs.map((text) => ({ type: 'paragraph' as const, text, spans: [] }));
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  return {
    title, byline: null, siteName: null, lang: null, dir: null, published: null, url, lead: null,
    blocks, removed: [], people: [], places: [],
    stats: { words, readingMinutes: Math.max(1, Math.round(words / 230)), msExtract: 0, msClean: 0, msAnnotate: 0 },
  };
}

export function cleanDocument(doc: Document, opts: CleanOptions = {}): Article {
  const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '').filter(Boolean);
  return stub(doc.title, paragraphs, opts.url ?? null);
}

export function cleanText(text: string, opts: CleanOptions = {}): Article {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return stub(lines[0] ?? '', lines.slice(1), opts.url ?? null);
}
