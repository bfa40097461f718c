/** The scrapinghub-dev measuring corpus: 88 pages (gzip HTML) and their true article bodies. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared/corpus/scrapinghub-dev from the repository root (SIFT_BENCH_CORPUS overrides, e.g. to test the skip). */
export const corpusDir = resolve(repoRoot, process.env.SIFT_BENCH_CORPUS ?? '../shared/corpus/scrapinghub-dev');

export interface Page {
  id: string;
  url: string;
  truth: string;
  /** Reads and decompresses the page (UTF-8, as the benchmark's own scripts read it). */
  html(): string;
}

/** A set in the scrapinghub layout (ground-truth.json and html/<id>.html.gz): by default scrapinghub-dev. */
export function corpusAvailable(dir = corpusDir): boolean {
  return existsSync(join(dir, 'ground-truth.json')) && existsSync(join(dir, 'html'));
}

export function loadPages(dir = corpusDir): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string; articleBody?: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id]!;
      const file = join(dir, 'html', `${id}.html.gz`);
      return {
        id,
        url: entry.url ?? 'https://example.com/',
        truth: entry.articleBody ?? '',
        html: () => gunzipSync(readFileSync(file)).toString('utf8'),
      };
    });
}
