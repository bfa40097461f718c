/**
 * Growth curve: a few corpus pages with their article body at 1x, 10x and 100x its size, timing
 * and peak memory of Readability alone on a clone (the baseline), Sift extract + clean
 * (readDocument) and Sift annotate, to show whether each grows linearly with the article.
 *
 *   npm run bench                       (after bench/extraction/extraction.ts)
 *   npx tsx bench/growth/growth-curve.ts [--factors 1,10,100] [--pages N] [--jobs N]
 *
 * Each (page, factor, stage) runs in its own process (bench/growth/growth-curve-child.ts), and so does a
 * baseline that does the same minus the stage, because peak RSS is per process. Writes
 * bench/out/growth-curve.txt. SIFT_BENCH_CORPUS points at another copy of the corpus.
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readDocument } from '../../src/core/read.js';
import { corpusAvailable, corpusDir, loadPages, repoRoot, type Page } from '../common/corpus.js';
import type { ChildResult, Mode, Stage } from './growth-curve-child.js';
import { growBody, isGrowthPage } from './growth.js';
import { fmt, table } from '../common/report.js';
import { median } from '../common/timing.js';

const outDir = join(repoRoot, 'bench', 'out');
const childFile = join(dirname(fileURLToPath(import.meta.url)), 'growth-curve-child.ts');

/**
 * Share of each copy's lower-case words replaced by made-up ones: enough that no copy is a near
 * duplicate for the repeated-blocks cleaner, so the grown article is really that much longer.
 */
const VARY = 0.5;

const STAGES: readonly Stage[] = ['readability', 'sift', 'annotate'];
const BASELINE: Record<Stage, Mode> = { readability: 'parse', sift: 'parse', annotate: 'load' };
/** Order within one (page, factor): annotate reads the Article that sift writes. */
const ORDER: readonly Mode[] = ['parse', 'readability', 'sift', 'load', 'annotate'];
const LABEL: Record<Mode, string> = {
  parse: 'baseline: parse page',
  readability: 'Readability on a clone',
  sift: 'Sift extract+clean',
  load: 'baseline: load Article',
  annotate: 'Sift annotate',
};

interface Args {
  factors: number[];
  pages: number;
  jobs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { factors: [1, 10, 100], pages: 3, jobs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1] ?? '';
    if (a === '--factors') {
      const fs = [...new Set(v.split(',').map((x) => parseInt(x, 10)).filter((x) => x >= 1))].sort((x, y) => x - y);
      if (fs.length) args.factors = fs;
      i++;
    } else if (a === '--pages') args.pages = Math.max(1, parseInt(v, 10) || 1), i++;
    else if (a === '--jobs') args.jobs = Math.max(1, parseInt(v, 10) || 1), i++;
    else if (a === '--help' || a === '-h') {
      console.log('usage: tsx bench/growth/growth-curve.ts [--factors 1,10,100] [--pages N (default 3)] [--jobs N (parallel processes, default 1)]');
      process.exit(0);
    }
  }
  return args;
}

interface Prepared {
  page: Page;
  index: number;
  /** Per factor: the grown page's file and size. */
  html: Map<number, { file: string; bytes: number }>;
  /** The 1x page and its Article: every process's warm-up input. */
  warmHtml: string;
  warmArticle: string;
}

const quiet = new VirtualConsole();

/**
 * Writes each factor's page as HTML (1x included, re-serialized like the others so that the
 * pages differ only by growth), or returns null when the article's paragraphs are not found.
 */
function prepare(page: Page, index: number, factors: readonly number[], dir: string): Prepared | null {
  const html = page.html();
  const id = page.id.slice(0, 12);
  const files = new Map<number, { file: string; bytes: number }>();
  for (const f of new Set([1, ...factors])) {
    const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
    try {
      if (growBody(dom.window.document, page.truth, f, page.id, { vary: VARY }) === null) return null;
      const text = dom.serialize();
      const file = join(dir, `${id}-${f}x.html`);
      writeFileSync(file, text);
      files.set(f, { file, bytes: Buffer.byteLength(text) });
      if (f === 1) writeFileSync(join(dir, `${id}-warm.json`), JSON.stringify(readDocument(dom.window.document, page.url)));
    } finally {
      dom.window.close();
    }
  }
  return { page, index, html: files, warmHtml: files.get(1)!.file, warmArticle: join(dir, `${id}-warm.json`) };
}

function runChild(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(childFile, args, { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let got: ChildResult | null = null;
    let error: string | null = null;
    child.on('message', (m: { ok: true; result: ChildResult } | { ok: false; error: string }) => {
      if (m.ok) got = m.result;
      else error = m.error;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (got) resolve(got);
      else reject(new Error(`growth-curve child ${args[0]} ${args[1]} exited with ${code}${error ? `: ${error}` : ''}`));
    });
  });
}

type Key = `${string}|${number}|${Mode}`;
const key = (id: string, f: number, m: Mode): Key => `${id}|${f}|${m}`;

async function measureAll(pages: Prepared[], factors: readonly number[], jobs: number, dir: string): Promise<{ results: Map<Key, ChildResult>; failures: string[] }> {
  const results = new Map<Key, ChildResult>();
  const failures: string[] = [];
  const total = pages.length * factors.length * ORDER.length;
  const queue = [...pages];
  // A lane takes a whole page, so that each annotate process finds its Article written.
  const lane = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const id = p.page.id.slice(0, 12);
      for (const f of factors) {
        const article = join(dir, `${id}-${f}x.json`);
        for (const m of ORDER) {
          const dom = m === 'parse' || m === 'readability' || m === 'sift';
          const input = dom ? p.html.get(f)!.file : article;
          const warm = dom ? p.warmHtml : p.warmArticle;
          // One failed measurement leaves a gap in the tables, not a lost run.
          try {
            results.set(key(p.page.id, f, m), await runChild([m, input, warm, p.page.url, ...(m === 'sift' ? [article] : [])]));
          } catch (e) {
            failures.push(`${id} ${f}x ${m}: ${e instanceof Error ? e.message : String(e)}`);
          }
          process.stderr.write(`\r  growth curve: ${results.size + failures.length}/${total} measurements (last: ${id} ${f}x ${m})   `);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, pages.length) }, lane));
  process.stderr.write('\n');
  return { results, failures };
}

const MB = 1024 * 1024;
const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '-' : (bytes / MB).toFixed(1));
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b <= 0 ? null : a / b;

/**
 * From a step's time growth over its article growth (1: linear, 10 on a 10x step: quadratic)
 * and, from the second step on, the growth of the time per added word (1: linear, 10 on 10x
 * steps: quadratic), which fixed costs do not blur as they do the first.
 */
function verdict(timeOverWords: number | null, marginal: number | null): string {
  if (timeOverWords === null) return '-';
  const worst = Math.max(timeOverWords / 1.3, (marginal ?? 0) / 1.5);
  if (worst > 2) return 'SUPERLINEAR';
  if (worst > 1) return 'somewhat superlinear';
  return timeOverWords < 0.8 && marginal === null ? 'linear (fixed costs still weigh)' : 'linear';
}

function report(pages: Prepared[], factors: readonly number[], results: Map<Key, ChildResult>, args: Args, seconds: number): string {
  const get = (p: Prepared, f: number, m: Mode) => results.get(key(p.page.id, f, m)) ?? null;
  /** The article's size at a factor: Sift's words, the denominator for every stage. */
  const words = (p: Prepared, f: number) => get(p, f, 'sift')?.words ?? null;
  const extraRss = (p: Prepared, f: number, st: Stage) => {
    const r = get(p, f, st);
    const b = get(p, f, BASELINE[st]);
    return r && b ? r.maxRss - b.maxRss : null;
  };
  const out: string[] = [];
  out.push(
    `Growth curve: ${pages.length} pages x factors ${factors.map((f) => `${f}x`).join(', ')}; one process per measurement, ${args.jobs} at a time; ${seconds.toFixed(0)} s;`,
    `  load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores, Node ${process.version}`,
    `  The article's paragraphs are repeated in their container; in each copy about ${Math.round(VARY * 100)}% of the lower-case words are made up`,
    '  (names, numbers and punctuation stay), so that the repeat cleaner keeps the copies: "words out" shows it did.',
  );

  for (const p of pages) {
    out.push('', `Page #${p.index} ${p.page.id.slice(0, 12)} (${p.page.url})`);
    const rows: string[][] = [];
    for (const [fi, f] of factors.entries()) {
      const prev = fi > 0 ? factors[fi - 1]! : null;
      const w = words(p, f);
      for (const m of ORDER) {
        const r = get(p, f, m);
        if (!r) continue;
        const stage = (STAGES as readonly Mode[]).includes(m) ? (m as Stage) : null;
        const before = prev === null ? null : get(p, prev, m);
        const rss = stage ? extraRss(p, f, stage) : null;
        rows.push([
          `${f}x`,
          LABEL[m],
          m === 'parse' ? `${(p.html.get(f)!.bytes / 1024).toFixed(0)} KB` : '',
          r.words === null ? '' : String(r.words),
          stage ? fmt(r.ms, 0) : `(${fmt(r.prepMs, 0)})`,
          stage ? fmt(r.cpuMs, 0) : '',
          r.cleanMs === null ? '' : fmt(r.cleanMs, 0),
          stage ? String(r.runs) : '',
          stage && w ? fmt(ratio(r.ms, w / 1000), 1) : '',
          stage && before ? fmt(ratio(r.ms, before.ms), 1) : '',
          mb(r.heapLive),
          stage ? mb(r.heapPeak) : '',
          stage && before ? fmt(ratio(r.heapPeak, before.heapPeak), 1) : '',
          mb(r.maxRss),
          stage ? mb(rss) : '',
          stage && prev !== null ? fmt(ratio(rss, extraRss(p, prev, stage)), 1) : '',
        ]);
      }
    }
    out.push(table(['factor', 'run', '>page', '>words out', '>ms', '>cpu ms', '>clean ms', '>runs', '>ms/1k words', '>time x', '>heap live MB', '>heap peak MB', '>heap x', '>maxRSS MB', '>RSS-base MB', '>RSS x'], rows));
    const w0 = words(p, factors[0]!);
    const short = factors.filter((f) => w0 && (words(p, f) ?? 0) < 0.8 * w0 * (f / factors[0]!));
    if (short.length) out.push(`  WARNING: at ${short.map((f) => `${f}x`).join(', ')} Sift kept under 80% of the expected words: copies were taken for repeats, and this measures the repeat cleaner.`);
    const cut = ORDER.flatMap((m) => factors.filter((f) => get(p, f, m)?.unfinished).map((f) => `${f}x ${m}`));
    if (cut.length) out.push(`  WARNING: the Article says work was left undone (a deadline) at ${cut.join(', ')}: those runs measure part of the stage.`);
  }

  const med = (fn: (p: Prepared) => number | null) => {
    const xs = pages.map(fn).filter((x): x is number => x !== null && Number.isFinite(x));
    return xs.length ? median(xs) : null;
  };
  type Metric = (p: Prepared, f: number, st: Stage) => number | null;
  const wall: Metric = (p, f, st) => get(p, f, st)?.ms ?? null;
  const cpu: Metric = (p, f, st) => get(p, f, st)?.cpuMs ?? null;
  const heap: Metric = (p, f, st) => get(p, f, st)?.heapPeak ?? null;
  const rss: Metric = extraRss;
  const clean: Metric = (p, f) => get(p, f, 'sift')?.cleanMs ?? null;
  /** A metric per 1,000 words of the article, or per 1,000 words added since the previous factor. */
  const perK = (m: Metric, p: Prepared, f: number, st: Stage) => ratio(m(p, f, st), (words(p, f) ?? 0) / 1000);
  const perAddedK = (m: Metric, p: Prepared, f: number, prev: number, st: Stage) => {
    const [v, v0, w, w0] = [m(p, f, st), m(p, prev, st), words(p, f), words(p, prev)];
    return v === null || v0 === null || !w || !w0 || w <= w0 ? null : (v - v0) / ((w - w0) / 1000);
  };
  const growth = (m: Metric, p: Prepared, f: number, prev: number, st: Stage) => ratio(m(p, f, st), m(p, prev, st));

  const timeRows: string[][] = [];
  const memoryRows: string[][] = [];
  for (const st of STAGES) {
    for (const [fi, f] of factors.entries()) {
      const prev = fi > 0 ? factors[fi - 1]! : null;
      const before = fi > 1 ? factors[fi - 2]! : null;
      const step = (fn: (p: Prepared, prev: number) => number | null) => (prev === null ? null : med((p) => fn(p, prev)));
      const cpuOverWords = step((p, pv) => {
        const c = growth(cpu, p, f, pv, st);
        const w = ratio(words(p, f), words(p, pv));
        return c === null || !w ? null : c / w;
      });
      const marginalGrowth = prev === null || before === null ? null : med((p) => ratio(perAddedK(cpu, p, f, prev, st), perAddedK(cpu, p, prev, before, st)));
      timeRows.push([
        LABEL[st],
        `${f}x`,
        fmt(med((p) => words(p, f)), 0),
        fmt(step((p, pv) => ratio(words(p, f), words(p, pv))), 1),
        fmt(med((p) => wall(p, f, st)), 0),
        fmt(med((p) => cpu(p, f, st)), 0),
        st === 'sift' ? fmt(med((p) => clean(p, f, st)), 0) : '',
        fmt(med((p) => perK(wall, p, f, st)), 1),
        fmt(med((p) => perK(cpu, p, f, st)), 1),
        fmt(step((p, pv) => perAddedK(cpu, p, f, pv, st)), 1),
        fmt(step((p, pv) => growth(wall, p, f, pv, st)), 1),
        fmt(step((p, pv) => growth(cpu, p, f, pv, st)), 1),
        st === 'sift' ? fmt(step((p, pv) => growth(clean, p, f, pv, st)), 1) : '',
        fmt(cpuOverWords, 2),
        prev === null ? '' : verdict(cpuOverWords, marginalGrowth),
      ]);
      memoryRows.push([
        LABEL[st],
        `${f}x`,
        mb(med((p) => heap(p, f, st))),
        fmt(step((p, pv) => growth(heap, p, f, pv, st)), 1),
        fmt(step((p, pv) => ratio(perAddedK(heap, p, f, pv, st), 1024)), 0),
        mb(med((p) => rss(p, f, st))),
        fmt(step((p, pv) => growth(rss, p, f, pv, st)), 1),
      ]);
    }
  }
  out.push('', 'Summary, time: medians over the pages; "x" columns are this factor over the previous one');
  out.push(table(['stage', 'factor', '>words', '>words x', '>ms', '>cpu ms', '>clean ms', '>ms/1k words', '>cpu/1k words', '>cpu/1k added words', '>time x', '>cpu x', '>clean x', '>cpu x / words x', 'growth (cpu)'], timeRows));
  out.push('', 'Summary, memory: medians over the pages');
  out.push(table(['stage', 'factor', '>heap peak MB', '>heap x', '>heap KB/1k added words', '>RSS-base MB', '>RSS x'], memoryRows));
  out.push(
    '',
    '  words out: words in Readability\'s content / in Sift\'s Article (lead + blocks); "words" and all "per 1k words" use Sift\'s count.',
    '  ms: median wall time of the stage over "runs" runs in one process, after one warm-up run on the 1x page (3 runs unless',
    '    that takes over 5 s, up to 5 within 1.5 s); on baseline rows, in brackets, the time to parse the page / read the Article.',
    '  cpu ms: median CPU time of the same runs, all threads: far below ms when other processes had the cores, a little above',
    '    it when V8\'s helper threads worked alongside. The growth verdict uses it, as the figure that other load moves least.',
    '  clean ms: the part of Sift extract+clean spent in the cleaning rules (Article.stats.msClean, wall).',
    '  cpu/1k added words: (cpu ms - cpu ms at the previous factor) / (words added); constant when the stage is linear, and free',
    '    of the fixed costs (navigation, scripts, the rest of the page) that keep "cpu x / words x" under 1 on the first step.',
    '  growth: "linear" unless cpu x / words x is over 1.3 or cpu/1k added words grew over 1.5x from the previous step',
    '    (quadratic would be 10 and 10 on 10x steps).',
    '  heap live: JS heap in use after a full GC with the input ready (the parsed page, or the Article); heap peak: the highest JS',
    '    heap use during a run above that (exact, from before-GC figures, garbage not yet collected included).',
    '  maxRSS: the process\'s peak resident memory over its life (JS heap, jsdom\'s and V8\'s own memory, code); RSS-base: minus',
    '    the maxRSS of its baseline process, which does everything the same except run the stage.',
    '  Memory at 1x is mostly young-generation garbage not yet collected (a floor of some 10-16 MB here), so memory ratios',
    '    understate growth on the first step; "heap KB/1k added words" is the figure to compare between steps.',
  );
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!corpusAvailable()) {
    console.log(`bench growth curve: corpus not found at ${corpusDir} (expected ground-truth.json and html/). Nothing to measure; skipping.`);
    return;
  }
  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'sift-growth-curve-'));
  try {
    // The pages bench/extraction/extraction.ts grows, in corpus order, skipping those whose article is not in <p> elements.
    const all = loadPages();
    const pages: Prepared[] = [];
    for (let i = 0; i < all.length && pages.length < args.pages; i++) {
      if (!isGrowthPage(i)) continue;
      const p = prepare(all[i]!, i, args.factors, dir);
      if (p) pages.push(p);
    }
    const { results, failures } = await measureAll(pages, args.factors, args.jobs, dir);
    let text = report(pages, args.factors, results, args, (Date.now() - t0) / 1000);
    if (failures.length) {
      text += `\n\n  ${failures.length} measurement(s) failed:\n${failures.map((f) => `    ${f.split('\n').slice(0, 3).join(' | ')}`).join('\n')}`;
      process.exitCode = 1;
    }
    console.log(text);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'growth-curve.txt'), `${text}\n`);
    console.log('\n  Written: bench/out/growth-curve.txt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
