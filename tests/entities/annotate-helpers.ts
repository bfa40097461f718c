import { annotate } from '../../src/core/entities/index.js';
import type { Article } from '../../src/core/index.js';

/** An article of plain paragraphs, as the cleaner hands it to annotate(). */
export function article(...paragraphs: string[]): Article {
  return {
    title: '', byline: null, siteName: null, lang: 'en', dir: null, published: null, url: null, lead: null,
    blocks: paragraphs.map((text) => ({ type: 'paragraph', text, spans: [] })), removed: [], people: [], places: [],
    stats: { words: 0, readingMinutes: 0, msExtract: 0, msClean: 0, msAnnotate: 0 },
  };
}

/** speaker name -> statements, for the speakers only. */
export function said(...paragraphs: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of annotate(article(...paragraphs)).people) if (p.statements.length) out[p.name] = p.statements.map((s) => s.text);
  return out;
}
