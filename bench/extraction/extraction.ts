/**
 * Extraction bench: Readability alone vs the Sift pipeline on the scrapinghub-dev pages, with the
 * benchmark's own metric, timing, growth on 16x pages and a seed-like debris version of each page.
 *
 *   npm run bench                      (build, this file, then bench/growth/growth-curve.ts)
 *   npx tsx bench/extraction/extraction.ts [--jobs N] [--reps N] [--limit N]
 *
 * Pages are shared among N child processes (default: up to 2); results are gathered here.
 * Writes bench/out/ (gitignored, shared with the other benches): extraction-summary.txt,
 * extraction-pages.tsv, extraction-worst-pages.md, extraction-results.json, extraction-texts/ and
 * debris-example-*.{html,txt}. SIFT_BENCH_CORPUS points at another copy of the corpus.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusAvailable, corpusDir, loadPages, repoRoot } from '../common/corpus.js';
import { isGrowthPage } from '../growth/growth.js';
import { selfCheckMetric } from '../common/metric.js';
import { nonArticleCheck, readabilityPagesCheck } from './not-articles.js';
import { evaluatePage, type PageResult } from './page.js';
import { perPageTable, summary, worstPages } from './summary.js';

const outDir = join(repoRoot, 'bench', 'out');

interface Args {
  jobs: number;
  reps: number;
  limit: number;
  /** Internal: this process is a worker for these page indices. */
  worker: number[] | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { jobs: Math.max(1, Math.min(2, availableParallelism())), reps: 3, limit: Infinity, worker: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1] ?? '';
    if (a === '--jobs') args.jobs = Math.max(1, parseInt(v, 10) || 1), i++;
    else if (a === '--reps') args.reps = Math.max(0, parseInt(v, 10) || 0), i++;
    else if (a === '--limit') args.limit = Math.max(1, parseInt(v, 10) || 1), i++;
    else if (a === '--worker') args.worker = v.split(',').map((x) => parseInt(x, 10)).filter((x) => x >= 0), i++;
    else if (a === '--help' || a === '-h') {
      console.log('usage: tsx bench/extraction/extraction.ts [--jobs N] [--reps N (timing repetitions, 0 = no timing)] [--limit N (first N pages)]');
      process.exit(0);
    }
  }
  return args;
}

type Message = { type: 'result'; result: PageResult } | { type: 'error'; index: number; id: string; error: string } | { type: 'done' };

function runWorker(args: Args): void {
  const pages = loadPages();
  let exampleWanted = true;
  let warm = true;
  const send = (m: Message) => process.send!(m);
  for (const i of args.worker!) {
    const page = pages[i]!;
    try {
      const result = evaluatePage(page, i, { reps: args.reps, growth: isGrowthPage(i), outDir }, exampleWanted, warm);
      warm = false;
      if (result.debrisExample) exampleWanted = false;
      send({ type: 'result', result });
    } catch (e) {
      send({ type: 'error', index: i, id: page.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  process.send!({ type: 'done' } satisfies Message, () => process.disconnect());
}

/**
 * Runs the pages in short-lived child processes, `jobs` at a time, a batch of pages each: jsdom's
 * heap grows with every page parsed, and a fresh process keeps garbage collection (and so the
 * timings) the same from the first page to the last.
 */
async function gather(args: Args, total: number): Promise<{ results: PageResult[]; failures: string[] }> {
  const results: PageResult[] = [];
  const failures: string[] = [];
  const self = fileURLToPath(import.meta.url);
  const batch = 8;
  const queue: number[][] = [];
  for (let i = 0; i < total; i += batch) queue.push(Array.from({ length: Math.min(batch, total - i) }, (_, k) => i + k));
  const runBatch = (indices: number[]) =>
    new Promise<void>((resolve, reject) => {
      const child = fork(self, ['--worker', indices.join(','), '--reps', String(args.reps)], {
        execArgv: [...process.execArgv, '--expose-gc'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.on('message', (m: Message) => {
        if (m.type === 'result') results.push(m.result);
        else if (m.type === 'error') failures.push(`${m.id}: ${m.error}`);
        if (m.type !== 'done') process.stderr.write(`\r  pages done: ${results.length + failures.length}/${total}`);
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench worker for pages ${indices.join(',')} exited with ${code}`))));
    });
  const lane = async () => {
    for (let b = queue.shift(); b; b = queue.shift()) await runBatch(b);
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, queue.length) }, lane));
  process.stderr.write('\n');
  results.sort((a, b) => a.index - b.index);
  return { results, failures };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.worker) return runWorker(args);

  if (!corpusAvailable()) {
    console.log(`bench: corpus not found at ${corpusDir} (expected ground-truth.json and html/). Nothing to measure; skipping.`);
    return;
  }
  selfCheckMetric();
  const pipelineFile = join(repoRoot, 'src', 'core', 'pipeline.ts');
  const pipelineState = existsSync(pipelineFile) && /\bSTUB\b/.test(readFileSync(pipelineFile, 'utf8')) ? 'STUB (src/core/pipeline.ts says STUB)' : 'real';
  const total = Math.min(loadPages().length, args.limit);
  // bench/out/ is shared with the other benches: clear only what this one writes.
  mkdirSync(outDir, { recursive: true });
  rmSync(join(outDir, 'extraction-texts'), { recursive: true, force: true });
  for (const f of readdirSync(outDir)) if (/^debris-example-/.test(f)) rmSync(join(outDir, f), { force: true });
  const t0 = Date.now();
  const { results, failures } = await gather(args, total);
  const seconds = (Date.now() - t0) / 1000;

  // Keep one debris example: the lowest-numbered page's.
  const examples = results.filter((r) => r.debrisExample);
  for (const r of examples.slice(1)) {
    rmSync(r.debrisExample!, { force: true });
    rmSync(r.debrisExample!.replace(/\.html$/, '.txt'), { force: true });
  }

  const pages = perPageTable(results);
  console.log('\nPer page (R = Readability alone, S = Sift blocks; F1 per page; db = debris version; rep/quo/fur = repeated paragraphs / pull quotes / furniture left)');
  console.log(pages.text);
  const text = `${summary(results, failures, args, pipelineState, seconds)}\n\n${nonArticleCheck()}\n${readabilityPagesCheck()}`;
  console.log(text);

  writeFileSync(join(outDir, 'extraction-pages.tsv'), pages.tsv);
  writeFileSync(join(outDir, 'extraction-worst-pages.md'), worstPages(results, 10));
  writeFileSync(join(outDir, 'extraction-summary.txt'), `${text}\n`);
  writeFileSync(join(outDir, 'extraction-results.json'), JSON.stringify({ pipeline: pipelineState, args: { ...args, limit: total }, results, failures }, null, 1));
  console.log(`\n  Written in bench/out/: extraction-summary.txt, -pages.tsv, -worst-pages.md, -results.json, extraction-texts/${examples[0] ? `, ${examples[0].debrisExample!.slice(repoRoot.length + 1)} (+ .txt)` : ''}`);
  if (failures.length) process.exitCode = 1;
}

await main();
