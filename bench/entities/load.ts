/**
 * One-time load cost of annotate(), measured in a fresh process (run by bench/entities.ts under
 * tsx, prints JSON): import of src/core/entities (the model's generated files included, and tsx
 * compiling our TypeScript), first annotate() (which unpacks the weights and the name lists), the
 * same again, another article.
 */
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/core/index.js';

const A = 'Former Secretary of State Hillary Clinton said on Thursday in New York that “America must lead it.” The State Department declined to comment.';
const B = 'Senator Ted Cruz told reporters in Des Moines, Iowa, that the Republican National Committee “has a lot of work to do,” his spokesman said.';

function article(text: string): Article {
  return {
    title: '', byline: null, siteName: null, lang: null, dir: null, published: null, url: null, lead: null,
    blocks: [{ type: 'paragraph', text, spans: [] }], removed: [], people: [], places: [],
    stats: { words: 0, readingMinutes: 0, msExtract: 0, msClean: 0, msAnnotate: 0 },
  };
}

const t = () => performance.now();
const mode = process.argv[2];
const out: Record<string, number> = {};
if (mode === 'annotate') {
  let t0 = t();
  const { annotate } = await import('../../src/core/entities/index.js');
  out.import = t() - t0;
  t0 = t();
  annotate(article(A));
  out.first = t() - t0;
  t0 = t();
  annotate(article(A));
  out.again = t() - t0;
  t0 = t();
  annotate(article(B));
  out.other = t() - t0;
} else {
  console.error('usage: entities-load.ts annotate');
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
