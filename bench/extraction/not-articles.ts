/** The non-article pages (tests/fixtures/not-article): each must be judged not an article. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../src/core/index.js';
import { repoRoot } from '../common/corpus.js';

export function nonArticleCheck(): string {
  const dir = join(repoRoot, 'tests', 'fixtures', 'not-article');
  const rows = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => {
    const dom = new JSDOM(readFileSync(join(dir, f), 'utf8'), { url: `https://news.example.com/${f}`, virtualConsole: new VirtualConsole() });
    try {
      const a = cleanDocument(dom.window.document, { entities: false });
      return { f, verdict: a.notArticle ?? (a.blocks.length ? null : 'no article at all') };
    } finally {
      dom.window.close();
    }
  });
  const caught = rows.filter((r) => r.verdict);
  return `Non-article pages (tests/fixtures/not-article) given the empty state: ${caught.length}/${rows.length} (${rows.map((r) => `${r.f}: ${r.verdict ?? 'READ AS AN ARTICLE'}`).join('; ')})`;
}
