/**
 * The open-web check: Readability alone vs Sift on the development halves of two public sets of
 * news and blog pages (../shared/corpus/web-dev: l3s-gn1, Google News 2008; dragnet, news and
 * blogs 2012), with the scrapinghub metric. Reports F1 / P / R per set side by side, the target
 * (Sift F1 >= Readability + 0.02) and the pages where Sift's F1 falls more than 0.2 below
 * Readability's (the cleaner must never do much worse than the extractor it cleans).
 *
 *   npx tsx bench/extraction/web-dev.ts [--jobs N] [--limit N]
 *
 * Writes bench/out/web-dev-summary.txt and bench/out/web-dev-worst.md.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../src/core/index.js';
import { corpusAvailable, loadPages, repoRoot, type Page } from '../common/corpus.js';
import { aggregate, pageScore, shingleMatch, type Counts } from '../common/metric.js';
import { fmt, signed, table } from '../common/report.js';
import { articleText, readabilityText } from '../common/text.js';

const SETS = ['l3s-gn1', 'dragnet'] as const;
const webDev = resolve(repoRoot, process.env.SIFT_BENCH_WEB_DEV ?? '../shared/corpus/web-dev');
const outDir = join(repoRoot, 'bench', 'out');
/** A page "falls" when Sift's F1 is this far below Readability's. */
const FALL = 0.2;

interface Result {
  set: string;
  id: string;
  url: string;
  readability: Counts;
  sift: Counts;
  error: string | null;
  /** Removals per rule. */
  rules: Record<string, number>;
  notArticle: string | null;
}

type Message = { type: 'result'; result: Result } | { type: 'done' };

const pagesOf = new Map<string, Page[]>();

function evaluate(set: string, index: number): Result {
  if (!pagesOf.has(set)) pagesOf.set(set, loadPages(join(webDev, set)));
  const page = pagesOf.get(set)![index]!;
  const dom = new JSDOM(page.html(), { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    let rText = '';
    try { rText = readabilityText(doc); } catch { /* Readability alone failed: it scores as empty */ }
    let sText = '';
    let error: string | null = null;
    const rules: Record<string, number> = {};
    let notArticle: string | null = null;
    try {
      const a = cleanDocument(doc, { url: page.url, entities: false });
      sText = articleText(a);
      notArticle = a.notArticle ?? null;
      if (a.undone) rules['safety-net'] = 1;
      for (const r of a.removed) rules[r.rule] = (rules[r.rule] ?? 0) + 1;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { set, id: page.id, url: page.url, readability: shingleMatch(page.truth, rText), sift: shingleMatch(page.truth, sText), error, rules, notArticle };
  } finally {
    dom.window.close();
  }
}

function runWorker(items: string[]): void {
  for (const item of items) {
    const [set, i] = item.split(':');
    process.send!({ type: 'result', result: evaluate(set!, Number(i)) } satisfies Message);
  }
  process.send!({ type: 'done' } satisfies Message, () => process.disconnect());
}

async function gather(items: string[], jobs: number): Promise<Result[]> {
  const results: Result[] = [];
  const self = fileURLToPath(import.meta.url);
  const batches: string[][] = [];
  for (let i = 0; i < items.length; i += 100) batches.push(items.slice(i, i + 100));
  const runBatch = (batch: string[]) => new Promise<void>((done, fail) => {
    const child = fork(self, ['--worker', batch.join(',')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (m: Message) => {
      if (m.type === 'result') results.push(m.result);
      if (process.stderr.isTTY) process.stderr.write(`\r  web-dev pages done: ${results.length}/${items.length}`);
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`web-dev worker exited with ${code}`))));
  });
  const lane = async () => { for (let b = batches.shift(); b; b = batches.shift()) await runBatch(b); };
  await Promise.all(Array.from({ length: jobs }, lane));
  process.stderr.write('\n');
  return results;
}

function report(results: Result[]): { text: string; worst: string } {
  const rows: string[][] = [];
  const worst: string[] = ['# web-dev: pages where Sift F1 falls more than 0.2 below Readability alone\n'];
  for (const set of SETS) {
    const rs = results.filter((r) => r.set === set);
    if (!rs.length) continue;
    const r = aggregate(rs.map((x) => x.readability));
    const s = aggregate(rs.map((x) => x.sift));
    const falls = rs.filter((x) => pageScore(x.sift).f1 < pageScore(x.readability).f1 - FALL);
    const errors = rs.filter((x) => x.error).length;
    rows.push([set, String(rs.length), fmt(r.f1), fmt(r.precision), fmt(r.recall), fmt(s.f1), fmt(s.precision), fmt(s.recall),
      signed(s.f1 - r.f1), s.f1 >= r.f1 + 0.02 ? 'met' : 'not met', String(falls.length), String(rs.filter((x) => x.notArticle).length), String(errors)]);
    worst.push(`## ${set}: ${falls.length} page(s)\n`);
    for (const x of rs.filter((y) => y.notArticle)) worst.push(`- judged not an article (${x.notArticle}): ${x.id} ${x.url}`);
    for (const x of falls) {
      worst.push(`- ${x.id} ${x.url}: Readability F1 ${fmt(pageScore(x.readability).f1)}, Sift F1 ${fmt(pageScore(x.sift).f1)}; removed ${JSON.stringify(x.rules)}${x.error ? `; ERROR ${x.error}` : ''}`);
    }
    worst.push('');
  }
  const safety = results.filter((x) => x.rules['safety-net']).length;
  const text = [
    '', 'Open-web check: web-dev development halves (scrapinghub metric; Readability alone and Sift blocks in the same run)',
    table(['set', '>pages', '>R F1', '>R P', '>R R', '>Sift F1', '>Sift P', '>Sift R', '>dF1', 'target +0.02', '>falls >0.2', '>not article', '>errors'], rows),
    '  not article: pages judged "not an article" (all are articles; must be 0)',
    `  falls >0.2: pages whose Sift F1 is more than ${FALL} below Readability's (listed in bench/out/web-dev-worst.md); safety net used on ${safety} page(s)`,
  ].join('\n');
  return { text, worst: worst.join('\n') };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (flag: string) => { const k = argv.indexOf(flag); return k >= 0 ? argv[k + 1] : undefined; };
  const worker = at('--worker');
  if (worker !== undefined) return runWorker(worker.split(','));
  const sets = SETS.filter((s) => corpusAvailable(join(webDev, s)));
  if (!sets.length) {
    console.log(`web-dev bench: ${webDev} not found (expected l3s-gn1/ and dragnet/); skipping.`);
    return;
  }
  const limit = Number(at('--limit') ?? Infinity);
  const jobs = Math.max(1, Number(at('--jobs') ?? Math.min(2, availableParallelism())));
  const items = sets.flatMap((set) => loadPages(join(webDev, set)).slice(0, limit).map((_, i) => `${set}:${i}`));
  const t0 = Date.now();
  const results = await gather(items, jobs);
  const { text, worst } = report(results);
  console.log(`${text}\n  ${results.length} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'web-dev-summary.txt'), `${text}\n`);
  writeFileSync(join(outDir, 'web-dev-worst.md'), worst);
}

await main();
