/**
 * Popup bench: in one headless Chromium run, the toolbar click on real news pages (each on a fresh
 * tab) with Sift Reader and with a yardstick extension whose popup shows what Readability alone
 * finds (bench/speed/readability-only/, built here). Reports, per extension, the median time from
 * the click to the article painted in the popup, and for Sift Reader to the first name marked, and
 * the ratios against the yardstick. With --huge, also a 50,000-paragraph page: how long the popup
 * takes to answer a key press while "Mark all names" and "Finish cleaning" run.
 *
 *   npm run bench:popup                 (builds the extension first)
 *   npx tsx bench/speed/popup.ts [--pages N] [--huge] [--previous DIR]
 *
 * --previous DIR also clicks another build of the extension (e.g. a copy of build/extension made
 * before a change) in the same run, so a change is measured against what it changes.
 *
 * Writes bench/out/popup-speed.txt. Needs ../shared/corpus/ (SIFT_BENCH_CORPUS) and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium); says so and exits when either is missing.
 */
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { corpusAvailable, corpusDir, loadPages, repoRoot } from '../common/corpus.js';
import { median } from '../common/timing.js';
import { Bench, serve, unpackedId, until } from './browser-bench.js';
import { Cdp } from './cdp.js';
import { hugePage, measureHuge } from './huge.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const outDir = join(repoRoot, 'bench', 'out');
const sift = join(repoRoot, 'build', 'extension');
const yardstick = join(outDir, 'readability-only-extension');

function args(argv: string[]): { pages: number; huge: boolean; previous: string | null } {
  const at = argv.indexOf('--pages');
  const previous = argv.indexOf('--previous');
  return {
    pages: at >= 0 ? Math.max(1, parseInt(argv[at + 1] ?? '', 10) || 12) : 12,
    huge: argv.includes('--huge'),
    previous: previous >= 0 ? resolve(argv[previous + 1] ?? '') : null,
  };
}

async function buildYardstick(): Promise<void> {
  const src = join(repoRoot, 'bench', 'speed', 'readability-only');
  mkdirSync(yardstick, { recursive: true });
  await esbuild.build({
    entryPoints: [join(src, 'popup.ts'), join(src, 'content.ts')],
    outdir: yardstick,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of ['manifest.json', 'popup.html', 'popup.css']) {
    copyFileSync(join(src, file), join(yardstick, file));
  }
}

/** Times after the click: article painted; first name painted (names in, when there are none); all names in. */
interface Run { page: string; ext: 'sift' | 'readability' | 'previous'; shown: number; first: number | null; names: number | null }

async function clickAndTime(bench: Bench, ext: Run['ext'], id: string, url: string, page: string): Promise<Run> {
  const tab = await bench.openTab(url);
  try {
    const popup = await bench.click(id, tab.tabTargetId);
    const wantNames = ext !== 'readability';
    const marks = await until(async () => {
      const m = await bench.marks(popup.sessionId);
      return m && ((m.state && m.state !== 'ready') || (m.shown && (!wantNames || m.names))) ? m : null;
    }, 60_000, `${ext} popup on ${page}`);
    if (marks.state !== 'ready') throw new Error(`${ext} popup on ${page}: data-state=${marks.state}`);
    await bench.cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
    const since = (t: number | null | undefined) => (t ? t - popup.t0 : null);
    return { page, ext, shown: marks.shown! - popup.t0, first: since(marks.marked ? marks.first : marks.names), names: since(marks.names) };
  } finally {
    await bench.cdp.send('Target.closeTarget', { targetId: tab.targetId }).catch(() => undefined);
  }
}

function fmt(ms: number): string {
  return `${Math.round(ms)} ms`;
}

async function main(): Promise<void> {
  const opts = args(process.argv.slice(2));
  if (!corpusAvailable()) {
    console.log(`popup bench: no corpus at ${corpusDir}; skipped.`);
    return;
  }
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    console.log(`popup bench: no Chromium at ${CHROMIUM}; skipped.`);
    return;
  }
  if (!existsSync(join(sift, 'manifest.json'))) throw new Error('build/extension is missing: run npm run build first');
  if (opts.previous && !existsSync(join(opts.previous, 'manifest.json'))) throw new Error(`--previous ${opts.previous}: no manifest.json there`);
  await buildYardstick();
  const pages = loadPages().slice(0, opts.pages);
  const routes = new Map(pages.map((p) => [`/page/${p.id}`, p.html()]));
  if (opts.huge) routes.set('/huge', hugePage(50_000));
  const server = await serve(routes);
  const cdp = await Cdp.launch(CHROMIUM, [sift, yardstick, ...(opts.previous ? [opts.previous] : [])]);
  const bench = new Bench(cdp);
  const ids = { sift: unpackedId(sift), readability: unpackedId(yardstick), previous: opts.previous ? unpackedId(opts.previous) : '' };
  const lines: string[] = [];
  const say = (line: string) => (console.log(line), lines.push(line));
  try {
    await bench.start();
    const exts: Run['ext'][] = opts.previous ? ['sift', 'readability', 'previous'] : ['sift', 'readability'];
    // One untimed round each: the first popup of a run pays for the disk cache and the extension's start.
    for (const ext of exts) await clickAndTime(bench, ext, ids[ext], `${server.base}/page/${pages[0]!.id}?warm`, 'warm-up');
    const runs: Run[] = [];
    for (const [i, page] of pages.entries()) {
      // Alternate which goes first, so neither always follows the other.
      for (const ext of i % 2 ? [...exts].reverse() : exts) {
        const run = await clickAndTime(bench, ext, ids[ext], `${server.base}/page/${page.id}?${ext}`, page.id);
        runs.push(run);
      }
    }
    say(`Popup bench: ${pages.length} scrapinghub-dev pages, each click on a fresh tab, one headless Chromium run (${new Date().toISOString()})`);
    say('');
    say('page              readability  sift shown  first name   all names   shown ratio  first ratio');
    const ratios: { shown: number; first: number }[] = [];
    for (const page of pages) {
      const r = runs.find((x) => x.page === page.id && x.ext === 'readability')!;
      const s = runs.find((x) => x.page === page.id && x.ext === 'sift')!;
      ratios.push({ shown: s.shown / r.shown, first: (s.first ?? NaN) / r.shown });
      say(`${page.id.slice(0, 16)}  ${fmt(r.shown).padStart(11)}  ${fmt(s.shown).padStart(10)}  ${fmt(s.first ?? NaN).padStart(10)}  ${fmt(s.names ?? NaN).padStart(10)}   ${(s.shown / r.shown).toFixed(2).padStart(10)}  ${((s.first ?? NaN) / r.shown).toFixed(2).padStart(11)}`);
    }
    const med = (ext: Run['ext'], key: 'shown' | 'first' | 'names') => median(runs.filter((r) => r.ext === ext).map((r) => r[key] ?? NaN));
    const rShown = med('readability', 'shown');
    const sShown = med('sift', 'shown');
    const sFirst = med('sift', 'first');
    say('');
    say(`median click → article shown: Readability only ${fmt(rShown)}, Sift Reader ${fmt(sShown)}: ${(sShown / rShown).toFixed(2)}× (target ≤ 1.15×)`);
    say(`median click → first name marked: Sift Reader ${fmt(sFirst)}: ${(sFirst / rShown).toFixed(2)}× Readability's article shown (target ≤ 1.8×); all names in: ${fmt(med('sift', 'names'))}`);
    say(`median of per-page ratios: shown ${median(ratios.map((r) => r.shown)).toFixed(2)}×, first name ${median(ratios.map((r) => r.first)).toFixed(2)}×`);
    if (opts.previous) {
      const pShown = med('previous', 'shown');
      const pFirst = med('previous', 'first');
      say(`previous build (${opts.previous}), same run: article shown ${fmt(pShown)}: ${(pShown / rShown).toFixed(2)}×; first name ${fmt(pFirst)}: ${(pFirst / rShown).toFixed(2)}×`);
    }
    if (opts.huge) for (const line of await measureHuge(bench, ids.sift, `${server.base}/huge`)) say(line);
  } finally {
    await cdp.close();
    server.close();
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'popup-speed.txt'), `${lines.join('\n')}\n`);
  }
}

await main();
