/**
 * The command line on a 50,000-paragraph page (hugePage), with names and without: wall time, and
 * the CPU time of each thread of the process, sampled from /proc (Linux). On a machine other jobs
 * share, wall time says little; the busiest thread's CPU time is the part no core can take over
 * (on an idle machine the run takes about that long, plus start-up), and the total says what the
 * threads cost together.
 *
 *   npm run build && npx tsx bench/speed/huge-cli.ts [--paragraphs N] [--previous DIR]
 *
 * --previous DIR also runs DIR/sift.mjs (a copy of build/ made before a change) in the same run.
 * Writes bench/out/huge-cli.txt.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../common/corpus.js';
import { hugePage } from './huge.js';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** CPU seconds of each thread of a process so far (utime + stime, in clock ticks of 1/100 s). */
function threadCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

interface Measured { wall: number; threads: number[]; status: number | null }

/** Runs the CLI on `page`, sampling its threads every 100 ms; a thread's last sample is its CPU time. */
function measure(script: string, page: string, extra: string[]): Promise<Measured> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [script, 'clean', '-q', ...extra, page], { stdio: ['ignore', 'ignore', 'inherit'] });
  const last = new Map<number, number>();
  const sample = () => {
    for (const [tid, cpu] of threadCpu(child.pid!)) last.set(tid, cpu);
  };
  const timer = setInterval(sample, 100);
  return new Promise((done) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      done({ wall: (performance.now() - t0) / 1000, threads: [...last.values()].sort((a, b) => b - a), status });
    });
  });
}

async function main(): Promise<void> {
  const paragraphs = Number(arg('--paragraphs') ?? 50_000);
  const previous = arg('--previous');
  const builds = [['this build', join(repoRoot, 'build', 'sift.mjs')], ...(previous ? [['previous', join(resolve(previous), 'sift.mjs')]] : [])];
  for (const [, script] of builds) if (!existsSync(script!)) throw new Error(`${script} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'sift-huge-'));
  const page = join(dir, 'huge.html');
  writeFileSync(page, hugePage(paragraphs));
  const lines: string[] = [];
  const say = (line: string) => (console.log(line), lines.push(line));
  say(`The command line on a ${paragraphs.toLocaleString('en')}-paragraph page (${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(1)})`);
  say('run                              wall s   busiest thread cpu s   next   all threads cpu s');
  try {
    for (const [names, extra] of [['with names', []], ['--no-names', ['--no-names']]] as const) {
      for (const [label, script] of builds) {
        const m = await measure(script!, page, [...extra]);
        if (m.status !== 0) throw new Error(`${label} ${names}: exit status ${m.status}`);
        const total = m.threads.reduce((a, b) => a + b, 0);
        say(`${`${label}, ${names}`.padEnd(31)}  ${m.wall.toFixed(1).padStart(6)}   ${(m.threads[0] ?? 0).toFixed(1).padStart(20)}   ${(m.threads[1] ?? 0).toFixed(1).padStart(4)}   ${total.toFixed(1).padStart(17)}`);
      }
    }
    say(`load average at the end ${loadavg()[0]!.toFixed(1)}; without /proc (not Linux) only wall times mean anything.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(repoRoot, 'bench', 'out'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench', 'out', 'huge-cli.txt'), `${lines.join('\n')}\n`);
  }
}

await main();
