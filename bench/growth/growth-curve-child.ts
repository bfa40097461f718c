/**
 * One measurement of the growth curve (bench/growth/growth-curve.ts) in a process of its own, so that
 * its peak memory is its own: the kernel's maxRSS covers the whole life of a process, and a
 * process that had already handled a larger page would report that page's peak.
 *
 *   tsx --expose-gc bench/growth/growth-curve-child.ts MODE INPUT WARM URL [ARTICLE_OUT]
 *
 * MODE is a stage (readability, sift, annotate) or a baseline that does everything its stages'
 * processes do except run them (parse: for readability and sift; load: for annotate). INPUT and
 * WARM are an HTML page (parse, readability, sift) or an Article as JSON (load, annotate): INPUT
 * is measured, WARM (the 1x version) is run once first so that the runs measured are not the
 * ones that compile the code. sift writes its Article to ARTICLE_OUT for annotate to read.
 * The result goes to the parent over IPC (or to stdout when run by hand).
 *
 * A process loads only what its stage needs (jsdom, Readability and our extractor; or compromise
 * and our annotator: each takes over a second to load), and its baseline loads the same, so that
 * stage minus baseline is the stage's own cost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import type { Article } from '../../src/core/article.js';
import { tokenize } from '../common/metric.js';
import { median } from '../common/timing.js';

export type Stage = 'readability' | 'sift' | 'annotate';
/** parse is the baseline of readability and sift, load that of annotate. */
export type Mode = Stage | 'parse' | 'load';
const MODES: readonly string[] = ['readability', 'sift', 'annotate', 'parse', 'load'];

export interface ChildResult {
  mode: Mode;
  /** Making the input: parsing the page or reading the Article JSON. */
  prepMs: number;
  /** Live heap with the input ready (after a full GC), bytes. */
  heapLive: number;
  /** Stage runs: median wall time, and how many runs it is the median of. */
  ms: number | null;
  /** Median CPU time of the same runs, all threads (GC helpers too): well under ms when other processes took the cores. */
  cpuMs: number | null;
  /** Median time of the cleaning step inside Sift's runs, as the Article reports it (sift only). */
  cleanMs: number | null;
  runs: number;
  /** Highest heap use during a run minus the live heap before it, bytes (garbage not yet collected included). */
  heapPeak: number | null;
  /** Peak resident set of this process over its whole life, bytes. */
  maxRss: number;
  /** Words in the stage's output (readability, sift). */
  words: number | null;
  /** The Article says part of the work was left undone (a deadline): the run measured less than the whole stage. */
  unfinished: boolean;
}

/**
 * Runs while under MIN_RUNS and MIN_RUNS_BUDGET_MS, or under MAX_RUNS and RUN_BUDGET_MS: a median
 * of three where that is affordable, since one run on a shared box can take several times as long.
 */
const MIN_RUNS = 3;
const MIN_RUNS_BUDGET_MS = 5000;
const MAX_RUNS = 5;
const RUN_BUDGET_MS = 1500;

/** A kind of input and what runs on it; `run` is null for a baseline. */
interface Runner<I> {
  load(file: string): I;
  dispose(input: I): void;
  run: ((input: I) => unknown) | null;
  /** The run may change its input: each further run gets a newly loaded one. */
  changesInput: boolean;
  /** The time of the run's part the stage reports itself: Sift's cleaning after extraction. */
  partMs: ((output: unknown) => number) | null;
  /** Output size and side products, taken outside the measured run. */
  inspect(output: unknown): { words: number | null; unfinished: boolean };
}

async function pageRunner(mode: Mode, url: string, articleOut: string | undefined): Promise<Runner<Document>> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { readDocument } = await import('../../src/core/read.js');
  const { articleText, blockText, readabilityContent } = await import('../common/text.js');
  const quiet = new VirtualConsole();
  return {
    load: (file) => new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: quiet }).window.document,
    dispose: (doc) => doc.defaultView?.close(),
    run: mode === 'readability' ? readabilityContent : mode === 'sift' ? (doc) => readDocument(doc, url) : null,
    // Readability runs on a clone it makes itself; readDocument leaves the document as it was.
    changesInput: false,
    partMs: mode === 'sift' ? (output) => (output as Article).stats.msClean : null,
    inspect: (output) => {
      if (mode === 'readability') {
        const content = output as Node | null;
        return { words: content ? tokenize(blockText(content)).length : 0, unfinished: false };
      }
      const article = output as Article;
      if (articleOut) writeFileSync(articleOut, JSON.stringify(article));
      return { words: tokenize(articleText(article, true)).length, unfinished: isUnfinished(article) };
    },
  };
}

async function articleRunner(mode: Mode): Promise<Runner<Article>> {
  const { annotate } = await import('../../src/core/entities/index.js');
  return {
    load: (file) => JSON.parse(readFileSync(file, 'utf8')) as Article,
    dispose: () => {},
    run: mode === 'annotate' ? annotate : null,
    // annotate() may fill in the Article it is handed.
    changesInput: true,
    partMs: null,
    inspect: (output) => ({ words: null, unfinished: isUnfinished(output as Article) }),
  };
}

// Read loosely: the deadline fields of Article are new, and the bench should not break if they move.
const isUnfinished = (a: Article) => (a as { unfinished?: unknown }).unfinished !== undefined;

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('growth-curve-child needs --expose-gc');
  g();
}

type GCStat = ReturnType<GCProfiler['stop']>['statistics'][number];

// The declared type has snake_case names; Node 20 reports camelCase ones.
function usedBefore(s: GCStat): number {
  const h = s.beforeGC.heapStatistics as unknown as { usedHeapSize?: number; used_heap_size?: number };
  return h.usedHeapSize ?? h.used_heap_size ?? 0;
}

/**
 * Runs `run` once, timing it and finding its peak heap. Used heap only falls at a GC, so its
 * highest point is just before some GC or at the end: the GC profiler's before-GC figures give
 * the exact peak, where a timer could not sample at all during synchronous work.
 */
function measure(run: () => unknown): { ms: number; cpuMs: number; peak: number; output: unknown } {
  gc();
  const before = getHeapStatistics().used_heap_size;
  const profiler = new GCProfiler();
  profiler.start();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const output = run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const end = getHeapStatistics().used_heap_size;
  const peak = Math.max(end, ...profiler.stop().statistics.map(usedBefore));
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, peak: peak - before, output };
}

function measureWith<I>(mode: Mode, runner: Runner<I>, input: string, warm: string): ChildResult {
  const { run } = runner;
  // Warm-up on the 1x input; a baseline loads it too, so that it holds what the warm-up leaves behind.
  const w = runner.load(warm);
  run?.(w);
  runner.dispose(w);
  gc();

  const t0 = performance.now();
  const data = runner.load(input);
  const prepMs = performance.now() - t0;
  gc();
  const heapLive = getHeapStatistics().used_heap_size;

  const times: number[] = [];
  const cpuTimes: number[] = [];
  const partTimes: number[] = [];
  let heapPeak: number | null = null;
  let words: number | null = null;
  let unfinished = false;
  let spent = 0;
  const more = () => times.length === 0 || (times.length < MIN_RUNS && spent < MIN_RUNS_BUDGET_MS) || (times.length < MAX_RUNS && spent < RUN_BUDGET_MS);
  while (run && more()) {
    // Reloaded rather than copied up front, so that the first run's process holds no more than its baseline's.
    const arg = times.length > 0 && runner.changesInput ? runner.load(input) : data;
    const m = measure(() => run(arg));
    if (times.length === 0) ({ words, unfinished } = runner.inspect(m.output));
    times.push(m.ms);
    cpuTimes.push(m.cpuMs);
    if (runner.partMs) partTimes.push(runner.partMs(m.output));
    heapPeak = Math.max(heapPeak ?? 0, m.peak);
    spent += m.ms;
  }
  const maxRss = process.resourceUsage().maxRSS * 1024;
  runner.dispose(data);
  return { mode, prepMs, heapLive, ms: times.length ? median(times) : null, cpuMs: times.length ? median(cpuTimes) : null, cleanMs: partTimes.length ? median(partTimes) : null, runs: times.length, heapPeak, maxRss, words, unfinished };
}

async function main(): Promise<ChildResult> {
  const [mode, input, warm, url, articleOut] = process.argv.slice(2) as [Mode, string, string, string, string | undefined];
  if (!MODES.includes(mode) || !input || !warm || !url) throw new Error('usage: growth-curve-child.ts MODE INPUT WARM URL [ARTICLE_OUT]');
  if (mode === 'load' || mode === 'annotate') return measureWith(mode, await articleRunner(mode), input, warm);
  return measureWith(mode, await pageRunner(mode, url, articleOut), input, warm);
}

let message: { ok: true; result: ChildResult } | { ok: false; error: string };
try {
  message = { ok: true, result: await main() };
} catch (e) {
  message = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
if (process.send) process.send(message, () => process.disconnect());
else console.log(JSON.stringify(message));
