/**
 * Entities bench: the tagger-based annotate() side by side with the rules it replaced (the
 * annotation of BASELINE_COMMIT, compromise + rules), in the same run.
 *   1. Names per document (exact and lenient F1 per type) on CoNLL++ dev, UNER English PUD,
 *      wikigold, and GUM's dev + test documents: all held out from training.
 *   2. PolNeAR train: direct quotes attributed whole to one Person, and to the right one.
 *   3. Timing: annotate() vs Readability on the scrapinghub-dev pages; the model's load cost.
 *
 *   npm run bench:entities [-- --polnear N|all] [--reps N] [--jobs N] [--only names,polnear,timing]
 * --polnear: articles used (default all; N = N evenly spaced); --reps: timing runs per page (default 2);
 * --jobs: processes for the PolNeAR part, run while the names part runs here (default 2; 1 = in this process).
 * Writes bench/out/entities-summary.txt (the table printed) and bench/out/entities-details.txt.
 */
import { execFile, execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../../src/core/entities/index.js';
import { gumHeldOut, readConll, readGum, type Sentence } from '../../training/ner/corpora.js';
import { corpusAvailable, loadPages, repoRoot } from '../common/corpus.js';
import { fmt, table } from '../common/report.js';
import { median, quantile } from '../common/timing.js';
import { TYPES } from './article.js';
import { BASELINE_COMMIT, baselineAnnotate, type Annotate } from './baseline.js';
import { prf, scoreNames } from './names.js';
import { mergePolnear, RULES, runPolnear, type PolnearResult, type Tally } from './polnear.js';
import { runTiming, type TimingResult } from './timing.js';

const shared = resolve(repoRoot, '../shared/corpus');
const polnearDir = join(shared, 'polnear-train');
const outDir = join(repoRoot, 'bench/out');

function args(): { polnear: number; reps: number; jobs: number; only: Set<string> } {
  const a = process.argv.slice(2);
  const get = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const p = get('--polnear') ?? process.env.SIFT_BENCH_POLNEAR ?? 'all';
  return {
    polnear: p === 'all' ? 0 : Number(p),
    reps: Number(get('--reps') ?? 2),
    jobs: Number(get('--jobs') ?? Math.min(2, availableParallelism())),
    only: new Set((get('--only') ?? 'names,polnear,timing').split(',')),
  };
}

const f3 = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => (b ? a / b : Number.NaN);
const int = (n: number) => n.toLocaleString('en-US');

/** The held-out corpora of section 1, each read only when its file is there. */
function heldOutCorpora(): { name: string; sentences: Sentence[] }[] {
  const ner = join(shared, 'ner');
  const out: { name: string; sentences: Sentence[] }[] = [];
  const conll = join(ner, 'eval/conllpp_dev.txt');
  if (existsSync(conll)) out.push({ name: 'CoNLL++ dev', sentences: readConll(conll) });
  const pud = join(ner, 'eval/en_pud-ud-test.iob2');
  if (existsSync(pud)) out.push({ name: 'UNER PUD', sentences: readConll(pud, { docStart: /^# newdoc/, wordColumn: 1, tagColumn: 2 }) });
  const wikigold = join(shared, 'wikigold/wikigold.conll.txt');
  if (existsSync(wikigold)) out.push({ name: 'wikigold', sentences: readConll(wikigold) });
  const gum = join(ner, 'gum');
  if (existsSync(join(gum, 'splits.md'))) {
    const heldOut = gumHeldOut(readFileSync(join(gum, 'splits.md'), 'utf8'));
    const files = readdirSync(gum).filter((f) => heldOut.has(f.replace(/\.conllu$/, ''))).sort();
    out.push({ name: `GUM dev+test (${files.length} docs)`, sentences: files.flatMap((f) => readGum(join(gum, f))) });
  }
  return out;
}

function namesSection(systems: [string, Annotate][], details: string[]): string[] {
  const rows: string[][] = [];
  const corpora = heldOutCorpora();
  for (const c of corpora) {
    for (const [sys, fn] of systems) {
      const r = scoreNames(c.sentences, fn);
      for (const t of TYPES) {
        const x = prf(r.scores[t]);
        rows.push([t === 'PER' && sys === systems[0]![0] ? `${c.name} (${r.docs})` : '', t, sys, int(r.scores[t].gold), int(r.scores[t].predicted),
          f3(x.exact.p), f3(x.exact.r), f3(x.exact.f), f3(x.lenient.p), f3(x.lenient.r), f3(x.lenient.f)]);
      }
      if (sys === 'Sift') details.push(`# ${c.name}: gold names Sift missed (a sample)`, ...r.misses.slice(0, 60), '');
    }
  }
  return [
    '1. Names per document: the distinct (type, name) pairs of each document, ours against the gold ones, summed over documents.',
    '   Exact = same words; lenient = one name\'s words inside the other\'s ("Kirby" / "John Kirby"). Documents: one block per sentence,',
    '   tokens joined by spaces. Every corpus here is held out from training (measuring only).',
    ...(corpora.length ? [table(['corpus (docs)', 'type', 'system', '>gold', '>ours', '>exact P', '>R', '>F1', '>lenient P', '>R', '>F1'], rows)] : ['   skipped: ../shared/corpus/ner not found.']),
  ];
}

function polnearSection(r: PolnearResult, systems: string[]): string[] {
  const row = (label: string, t: Tally) => [label, int(t.gold), f3(ratio(t.attributed, t.gold)), f3(ratio(t.right, t.attributed)), f3(ratio(t.right, t.gold))];
  const rows: string[][] = [];
  const names: Record<string, string> = {
    all: 'all gold direct quotes', named: '  source named', pronoun: '  source pronoun (resolved)',
    'pronoun-unresolved': '  source pronoun, unresolved', nominal: '  source nominal ("officials")',
  };
  for (const k of ['all', 'named', 'pronoun', 'pronoun-unresolved', 'nominal'] as const) {
    rows.push(row(`${names[k]}: Sift`, r.byKind[k].ours));
    if (systems.includes('rules')) rows.push(row(`${' '.repeat(names[k]!.length)}  rules`, r.byKind[k].rules));
  }
  const s = r.ourStatements;
  return [
    `2. PolNeAR train, direct quotes: ${r.files.used} of ${r.files.withAnn} annotated articles` +
      (r.files.sampled ? ' (evenly spaced over the name-sorted list; --polnear all for every article)' : '') +
      `. ${r.files.severalAnnotators} of them have several annotators' .ann files: the first by file name is used.`,
    `   ${int(r.attributions)} attributions, ${int(r.withSource)} with a Source; gold direct quotes ${int(r.goldDirect)} (and ${int(r.partial)} with a Source only partly inside quotation marks, not counted).`,
    '   attributed = one Person\'s statements cover at least half of the quote\'s words, all fragments together; right = that Person is the',
    '   annotated source (a pronoun source: the nearest preceding named source). Targets: attributed/all >= 0.80, right/attributed >= 0.93, right/all >= 0.75.',
    table(['', '>gold', '>attributed/all', '>right/attributed', '>right/all'], rows),
    `   Sift's statements: ${int(s.direct)} direct (${int(s.unlocated)} not found in their block), ${int(s.indirect)} reported speech. Direct ones located:`,
    `   on a gold direct quote ${int(s.onGoldDirect)}, on another gold attribution's content ${int(s.onOtherGold)}, on no gold content ${int(s.onNoGold)}.`,
    `   time: Sift ${fmt(r.ms.ours / 1000, 1)} s, rules ${fmt(r.ms.rules / 1000, 1)} s over ${r.files.used} articles` +
      (r.errors.length ? `; problems: ${r.errors.length} (first: ${r.errors[0]})` : ''),
  ];
}

function timingSection(t: TimingResult, load: Record<string, number> | string): string[] {
  const p = t.pages;
  const q = (xs: number[]) => `${fmt(median(xs), 2)} (p25 ${fmt(quantile(xs, 0.25), 2)}, p75 ${fmt(quantile(xs, 0.75), 2)}, max ${fmt(Math.max(...xs), 2)})`;
  const per1000 = (f: (x: (typeof p)[number]) => number) => fmt(median(p.map((x) => (1000 * f(x)) / Math.max(1, x.words))), 1);
  return [
    `3. Timing on ${p.length} scrapinghub-dev pages (jsdom; per page the median of ${t.reps} interleaved runs, code warmed on the first page; wall clock)`,
    '   Readability = clone + parse (as the extraction bench and our pipeline call it); annotate() on the page\'s Article from cleanDocument(entities: false).',
    table(['', '>median', ''], [
      ['Sift annotate() / Readability, per page', q(p.map((x) => x.annotate / x.readability)), ''],
      ['rules annotate() / Readability, per page', q(p.map((x) => x.rules / x.readability)), ''],
      ['Sift / rules, per page', q(p.map((x) => x.annotate / x.rules)), ''],
      ['ms per 1000 words: Sift annotate()', per1000((x) => x.annotate), ''],
      ['ms per 1000 words: rules annotate()', per1000((x) => x.rules), ''],
      ['ms per 1000 words: Readability', per1000((x) => x.readability), ''],
      ['words per page (cleaned Article)', fmt(median(p.map((x) => x.words)), 0), ''],
    ]),
    typeof load === 'object'
      ? `   One-time load in a fresh process (ms, median of 3): import ${fmt(load.import!, 0)} (under tsx), first annotate() ${fmt(load.first!, 0)} (unpacks the weights and lists), again ${fmt(load.again!, 1)}, another text ${fmt(load.other!, 1)}.`
      : `   One-time load: failed: ${load}`,
    ...(t.failures.length ? [`   ${t.failures.length} pages failed: ${t.failures.slice(0, 3).join('; ')}`] : []),
  ];
}

/** The load cost in fresh processes: each field the median of `runs` processes. */
function loadCost(runs = 3): Record<string, number> | string {
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/entities/load.ts'), 'annotate'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      samples.push(JSON.parse(out) as Record<string, number>);
    } catch (e) {
      return e instanceof Error ? e.message.split('\n')[0]! : String(e);
    }
  }
  return Object.fromEntries(Object.keys(samples[0]!).map((k) => [k, median(samples.map((x) => x[k]!))]));
}

/** PolNeAR in `jobs` child processes (started at once, so they run while the names part runs here). */
function polnearInChildren(limit: number, jobs: number): Promise<PolnearResult> {
  const one = (shard: number) =>
    new Promise<PolnearResult>((ok, fail) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'bench/entities/worker.ts'), 'polnear', polnearDir, String(limit), String(shard), String(jobs)],
        { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20 },
        (err, stdout, stderr) => (err ? fail(new Error(`PolNeAR shard ${shard}: ${err.message}\n${stderr}`)) : ok(JSON.parse(stdout) as PolnearResult)),
      );
    });
  return Promise.all(Array.from({ length: jobs }, (_, i) => one(i))).then(mergePolnear);
}

async function main(): Promise<void> {
  const opts = args();
  const started = performance.now();
  const rules = await baselineAnnotate();
  const systems: [string, Annotate][] = [['Sift', annotate], ...(typeof rules === 'string' ? [] : [['rules', rules] as [string, Annotate]])];
  const lines: string[] = [
    `Sift Reader entities bench, ${new Date().toISOString()}, Node ${process.version}`,
    typeof rules === 'string' ? `Rules baseline: ${rules}` : `rules = the annotation stage of commit ${BASELINE_COMMIT.slice(0, 7)} (compromise + rules, before the tagger), run in this same process`,
    '',
  ];
  const details: string[] = [];
  const log = (xs: string[]) => {
    for (const x of xs) console.log(x);
    lines.push(...xs, '');
    console.log('');
  };
  console.log(lines.slice(0, 2).join('\n') + '\n');

  // The load cost first, in fresh processes, before this one is busy.
  const load = opts.only.has('timing') ? loadCost() : 'not run';

  const havePolnear = existsSync(join(polnearDir, 'text'));
  const doPolnear = opts.only.has('polnear') && havePolnear;
  const polnearLater = doPolnear && opts.jobs > 1 ? polnearInChildren(opts.polnear, opts.jobs) : null;
  polnearLater?.catch(() => undefined); // awaited below; avoids an unhandled rejection while the names part runs
  if (opts.only.has('names')) log(namesSection(systems, details));
  if (opts.only.has('polnear')) {
    if (!havePolnear) log([`2. PolNeAR: skipped, ${polnearDir} not found.`]);
    else {
      const r = polnearLater ? await polnearLater : runPolnear(polnearDir, { ours: annotate, rules: typeof rules === 'string' ? null : rules }, { limit: opts.polnear });
      log(polnearSection(r, systems.map((s) => s[0])));
      details.push('# PolNeAR: matching rules', ...RULES, '', '# PolNeAR: direct quotes Sift did not attribute right (a sample)', ...r.examples, '');
    }
  }
  if (opts.only.has('timing')) {
    if (!corpusAvailable()) log(['3. Timing: skipped, scrapinghub-dev corpus not found.']);
    else {
      const t = runTiming(loadPages(), annotate, typeof rules === 'string' ? null : rules, opts.reps);
      log(timingSection(t, load));
      details.push('# Timing per page (ms): id, words, blocks, Readability, Sift annotate, rules annotate',
        ...t.pages.map((p) => [p.id, p.words, p.blocks, fmt(p.readability, 1), fmt(p.annotate, 1), fmt(p.rules, 1)].join('\t')), '');
    }
  }
  const secs = (performance.now() - started) / 1000;
  lines.push(`Run time ${fmt(secs, 0)} s.`);
  console.log(`Run time ${fmt(secs, 0)} s. Misses, PolNeAR rules and samples of errors: bench/out/entities-details.txt`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'entities-summary.txt'), `${lines.join('\n')}\n`);
  writeFileSync(join(outDir, 'entities-details.txt'), `${details.join('\n')}\n`);
  console.log('Wrote bench/out/entities-summary.txt');
}

await main();
