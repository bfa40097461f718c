/**
 * In-process A/B of extract+clean against Readability alone on a clone, on the scrapinghub-dev
 * pages: the same parsed document, the two interleaved (A B, B A, ...), a median per page; then the
 * median of the per-page ratios and the ratio of the totals. Sift's time is also split into its
 * Readability run (inside extraction), the rest of extraction, and cleaning, to say where the
 * difference goes. For a profile of the same loop:
 *
 *   npx tsx bench/speed/extract-clean.ts [--reps N] [--limit N]
 *   node --cpu-prof --cpu-prof-dir=bench/out/profiles --import tsx bench/speed/extract-clean.ts --reps 3
 *
 * Writes bench/out/extract-clean.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { corpusAvailable, corpusDir, loadPages, repoRoot } from '../common/corpus.js';
import { readabilityContent } from '../common/text.js';
import { median, timeSamples } from '../common/timing.js';
import { readDocument } from '../../src/core/read.js';
import { surveyPage } from '../../src/core/extract/page-survey.js';
import { runReadability } from '../../src/core/extract/readability.js';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Math.max(1, parseInt(process.argv[at + 1] ?? '', 10) || fallback) : fallback;
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`extract+clean bench: no corpus at ${corpusDir}; skipped.`);
    return;
  }
  const reps = arg('--reps', 7);
  const pages = loadPages().slice(0, arg('--limit', Infinity));
  const rows: { id: string; readability: number; sift: number; inner: number; survey: number; extract: number; clean: number }[] = [];
  for (const page of pages) {
    const dom = new JSDOM(page.html(), { url: page.url });
    const doc = dom.window.document;
    const ours = () => readDocument(doc, page.url);
    // One untimed run each: jsdom computes and caches things on first use.
    readabilityContent(doc);
    ours();
    const extract: number[] = [];
    const clean: number[] = [];
    // The third: Readability as our extraction runs it (its options, after the page survey); the
    // fourth: the survey alone (one walk of the original page, before Readability).
    const survey = surveyPage(doc);
    const [r, s, inner, surveyed] = timeSamples([() => readabilityContent(doc), () => {
      const a = ours();
      extract.push(a.stats.msExtract);
      clean.push(a.stats.msClean);
    }, () => runReadability(doc, survey), () => surveyPage(doc)], reps);
    rows.push({ id: page.id, readability: median(r!), sift: median(s!), inner: median(inner!), survey: median(surveyed!), extract: median(extract), clean: median(clean) });
    dom.window.close();
    // jsdom finishes loading a document in jobs queued on the event loop, and until they run they
    // hold its window and every clone Readability made of it: without a turn of the loop here, no
    // page of the run could be collected (all 88 ran out of memory after 8.5 minutes).
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sum = (key: keyof (typeof rows)[number]) => rows.reduce((n, row) => n + (row[key] as number), 0);
  const lines = [
    `extract+clean vs Readability alone on a clone, in process: ${rows.length} scrapinghub-dev pages, ${reps} interleaved runs each, medians (${new Date().toISOString()})`,
    '',
    `median of per-page ratios: ${median(rows.map((row) => row.sift / row.readability)).toFixed(3)}×   (target ≤ 1.08×)`,
    `ratio of totals:           ${(sum('sift') / sum('readability')).toFixed(3)}×   (Readability ${sum('readability').toFixed(0)} ms, Sift ${sum('sift').toFixed(0)} ms)`,
    '',
    'where Sift\'s time goes (sums of per-page medians):',
    `  Readability as extraction runs it  ${sum('inner').toFixed(0)} ms (alone: ${sum('readability').toFixed(0)} ms)`,
    `  the page survey                    ${sum('survey').toFixed(0)} ms (size check, marked post body, standfirst candidates)`,
    `  the rest of extraction             ${(sum('extract') - sum('inner') - sum('survey')).toFixed(0)} ms (blocks, post-body check, lead, metadata)`,
    `  cleaning                           ${sum('clean').toFixed(0)} ms`,
    `  the rest of reading                ${(sum('sift') - sum('extract') - sum('clean')).toFixed(0)} ms (not-article check, reading time; medians do not add exactly)`,
  ];
  console.log(lines.join('\n'));
  mkdirSync(join(repoRoot, 'bench', 'out'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'out', 'extract-clean.txt'), `${lines.join('\n')}\n`);
}

await main();
