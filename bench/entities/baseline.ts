/**
 * The rules the tagger replaced, run beside it in the same bench: the annotation stage as it was at
 * BASELINE_COMMIT (compromise's lexicon plus rules), read out of git into bench/out/ and imported
 * from there. compromise stays a dev dependency for this alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../src/core/index.js';
import { repoRoot } from '../common/corpus.js';

export const BASELINE_COMMIT = '4a9947e9b939ed8ba6d6e082ab2edd4e7a66147a';
export type Annotate = (a: Article) => Article;

/** annotate() of the baseline commit; null (with the reason) when git or the commit is not there. */
export async function baselineAnnotate(): Promise<Annotate | string> {
  const dir = join(repoRoot, 'bench/out/baseline', BASELINE_COMMIT.slice(0, 12));
  try {
    if (!existsSync(join(dir, 'src/core/entities/index.ts'))) {
      mkdirSync(dir, { recursive: true });
      const tar = execFileSync('git', ['archive', BASELINE_COMMIT, 'src/core'], { cwd: repoRoot, maxBuffer: 64 << 20 });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    const mod = (await import(pathToFileURL(join(dir, 'src/core/entities/index.ts')).href)) as { annotate: Annotate };
    return mod.annotate;
  } catch (e) {
    return `baseline ${BASELINE_COMMIT.slice(0, 7)} not available: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}
