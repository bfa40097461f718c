/**
 * Non-article verdicts: the non-article pages (tests/fixtures/not-article) must each be judged
 * not an article; the @mozilla/readability regression pages (../shared/corpus, when present) are
 * counted too, with Readability's own "readerable" expectation beside each verdict.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../src/core/index.js';
import { repoRoot } from '../common/corpus.js';

function verdict(html: string, url: string): string | null {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const a = cleanDocument(dom.window.document, { entities: false });
    return a.notArticle ?? (a.blocks.length ? null : 'no article at all');
  } finally {
    dom.window.close();
  }
}

export function nonArticleCheck(): string {
  const dir = join(repoRoot, 'tests', 'fixtures', 'not-article');
  const rows = readdirSync(dir).filter((f) => f.endsWith('.html')).sort()
    .map((f) => ({ f, verdict: verdict(readFileSync(join(dir, f), 'utf8'), `https://news.example.com/${f}`) }));
  const caught = rows.filter((r) => r.verdict);
  return `Non-article pages (tests/fixtures/not-article) given the empty state: ${caught.length}/${rows.length} (${rows.map((r) => `${r.f}: ${r.verdict ?? 'READ AS AN ARTICLE'}`).join('; ')})`;
}

/** The readability regression pages judged not an article (their tarball unpacked to a temporary folder). */
export function readabilityPagesCheck(): string {
  const tarball = resolve(repoRoot, '../shared/corpus/readability-test-pages.tar.gz');
  if (!existsSync(tarball)) return 'Readability regression pages: not found; skipped.';
  const dir = mkdtempSync(join(tmpdir(), 'sift-rtp-'));
  try {
    if (spawnSync('tar', ['xzf', tarball, '-C', dir]).status !== 0) return 'Readability regression pages: could not unpack; skipped.';
    let n = 0;
    const judged: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const source = join(dir, name, 'source.html');
      if (!existsSync(source)) continue;
      n++;
      const metaFile = join(dir, name, 'expected-metadata.json');
      const readerable = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: boolean }).readerable : undefined;
      const v = verdict(readFileSync(source, 'utf8'), 'http://fakehost/test/page.html');
      if (v && v !== 'no article at all') judged.push(`${name} (${v}; Readability expects readerable: ${readerable})`);
    }
    return `Readability regression pages judged "not an article": ${judged.length} of ${n}${judged.length ? `: ${judged.join(', ')}` : ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
