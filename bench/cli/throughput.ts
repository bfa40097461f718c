/**
 * Command-line throughput: the scrapinghub-dev pages as a folder, cleaned by `build/sift.mjs` with
 * 1 job and with N (the number of cores), with and without names: pages per second, pages per
 * second per job, and the process's peak RSS (worker threads included). Beside it, in the same
 * run, Readability alone on jsdom, one page after another, in this process: the baseline a
 * one-core script would get without Sift.
 *
 *   npm run bench                            (after the extraction and growth benches)
 *   npx tsx bench/cli/throughput.ts [--jobs N] [--runs R]
 *
 * Other processes on the machine slow every row alike; the load average is printed with the
 * table. Writes bench/out/cli-throughput.txt. SIFT_BENCH_CORPUS points at another copy of the corpus.
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { corpusAvailable, corpusDir, loadPages, repoRoot } from '../common/corpus.js';
import { fmt, table } from '../common/report.js';

const SIFT = join(repoRoot, 'build', 'sift.mjs');
const outDir = join(repoRoot, 'bench', 'out');

interface Run {
  label: string;
  jobs: number;
  seconds: number;
  pages: number;
  failed: number;
  maxRssMb: number;
  /** User + system CPU time of the whole process, all threads: what the pages cost, whatever else runs. */
  cpuSeconds: number;
}

/**
 * Runs the CLI in a child whose only job is the run, so that its peak RSS is the run's: the child
 * imports build/sift.mjs as its main script and reports process.resourceUsage() as it exits.
 */
function runSift(dir: string, jobs: number, extra: string[]): Promise<Omit<Run, 'label'>> {
  const args = ['clean', '--quiet', '--format', 'json', '--jobs', String(jobs), ...extra, dir];
  // A file, not `node -e`: worker threads inherit the flags Node was started with, --input-type included.
  const wrapper = join(dir, '..', `sift-bench-cli-${process.pid}.mjs`);
  writeFileSync(wrapper, `process.argv.splice(1, Infinity, ${JSON.stringify(SIFT)}, ...${JSON.stringify(args)});
process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nmaxrss ' + u.maxRSS + ' cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });
await import(${JSON.stringify(pathToFileURL(SIFT).href)});
`);
  const started = performance.now();
  const child = spawn(process.execPath, [wrapper], { stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let failed = 0;
  let rest = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      lines++;
      if (line.startsWith('{"source"') && /"error":"[^"]*"}$/.test(line)) failed++;
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      rmSync(wrapper, { force: true });
      const seconds = (performance.now() - started) / 1000;
      const usage = stderr.match(/maxrss (\d+) cpu (\d+)/);
      if (!usage) return reject(new Error(`no resource usage from the child: ${stderr.slice(-500)}`));
      resolve({ jobs, seconds, pages: lines, failed, maxRssMb: Number(usage[1]) / 1024, cpuSeconds: Number(usage[2]) / 1e6 });
    });
  });
}

/** Readability alone on each page in turn, in this process: parse, clone, parse the article. */
function runReadability(pages: string[]): Omit<Run, 'label'> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let failed = 0;
  for (const html of pages) {
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const parsed = new Readability(dom.window.document.cloneNode(true) as Document).parse();
    if (!parsed?.textContent?.trim()) failed++;
    dom.window.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { jobs: 1, seconds, pages: pages.length, failed, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds: (used.user + used.system) / 1e6 };
}

/**
 * Cores this process can get right now with `threads` busy threads, measured: Linux shares the CPU
 * between sessions (autogroups) before threads, so while other sessions are busy a second thread
 * may add nothing, and no -j N can beat that ceiling.
 */
async function coresAvailable(threads: number, ms = 2000): Promise<number> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => {
    const spin = `const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++; require('node:worker_threads').parentPort.postMessage(x);`;
    new Worker(spin, { eval: true }).once('message', done);
  })));
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / (performance.now() - started);
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`bench/cli: no corpus at ${corpusDir}; skipped.`);
    return;
  }
  if (!existsSync(SIFT)) throw new Error('build/sift.mjs is missing: run `npm run build` first');
  const { values } = parseArgs({ options: { jobs: { type: 'string' }, runs: { type: 'string' } } });
  const many = Number(values.jobs ?? availableParallelism());
  const runs = Number(values.runs ?? 1);

  const pages = loadPages();
  const dir = mkdtempSync(join(tmpdir(), 'sift-bench-cli-'));
  const htmls = pages.map((p) => p.html());
  htmls.forEach((html, i) => writeFileSync(join(dir, `${pages[i]!.id}.html`), html));
  const loadBefore = loadavg();
  const ceiling = [await coresAvailable(1), await coresAvailable(many)];
  const rows: Run[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      rows.push({ label: 'Readability alone, in-process', ...runReadability(htmls) });
      for (const [label, extra] of [['sift', []], ['sift --no-names', ['--no-names']]] as const) {
        for (const jobs of [...new Set([1, many])]) rows.push({ label: `${label} -j ${jobs}`, ...(await runSift(dir, jobs, [...extra])) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();

  const rate = (r: Run) => r.pages / r.seconds;
  const find = (label: string) => rows.filter((r) => r.label === label);
  const best = (label: string) => Math.max(...find(label).map(rate));
  const lines = [
    `CLI throughput on ${pages.length} scrapinghub-dev pages (a folder, --format json), ${availableParallelism()} cores,` +
      ` load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`,
    `cores this process could get before the runs (busy-loop probe): ${fmt(ceiling[0], 2)} with 1 thread, ${fmt(ceiling[1], 2)} with ${many}`,
    '',
    table(
      ['run', '>jobs', '>pages', '>failed', '>seconds', '>pages/s', '>pages/s per job', '>CPU s', '>pages per CPU s', '>peak RSS MB'],
      rows.map((r) => [
        r.label, String(r.jobs), String(r.pages), String(r.failed), fmt(r.seconds, 1), fmt(rate(r), 2), fmt(rate(r) / r.jobs, 2),
        fmt(r.cpuSeconds, 1), fmt(r.pages / r.cpuSeconds, 2), fmt(r.maxRssMb, 0),
      ]),
    ),
    '',
  ];
  if (many > 1) {
    for (const label of ['sift', 'sift --no-names']) {
      lines.push(`${label}: -j ${many} / -j 1 = ${fmt(best(`${label} -j ${many}`) / best(`${label} -j 1`), 2)}x pages/s (target >= 1.7x on 2 cores)`);
    }
  }
  lines.push(`sift -j 1 / Readability alone = ${fmt(best('sift -j 1') / best('Readability alone, in-process'), 2)}x pages/s`);
  const perCpu = (label: string) => Math.max(...find(label).map((r) => r.pages / r.cpuSeconds));
  lines.push(`sift --no-names -j 1: ${fmt(best('sift --no-names -j 1'), 2)} pages/s on one core, ${fmt(perCpu('sift --no-names -j 1'), 2)} pages per CPU second (target >= 3)`);
  lines.push(`-j ${many} CPU cost per page vs -j 1: ${fmt(perCpu('sift -j 1') / perCpu(`sift -j ${many}`), 2)}x (names), ${fmt(perCpu('sift --no-names -j 1') / perCpu(`sift --no-names -j ${many}`), 2)}x (no names)`);
  lines.push('While other sessions keep the cores busy, the probe shows the ceiling: wall-clock rates fall and -j N cannot show its gain; pages per CPU second hold.');
  const report = lines.join('\n');
  console.log(report);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'cli-throughput.txt'), `${report}\n`);
}

await main();
