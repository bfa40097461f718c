/**
 * Entities bench: our annotate() side by side with plain compromise v14.
 *   1. wikigold: PER / LOC / ORG spans, entity-level P/R/F1 (exact and lenient).
 *   2. PolNeAR train: who said the direct quotes.
 *   3. Timing: annotate() vs Readability on the scrapinghub-dev pages; compromise's load cost.
 *
 *   npm run bench:entities [-- --polnear N|all] [--reps N] [--jobs N] [--only wikigold,polnear,timing]
 * --polnear: articles used (default all; N = N evenly spaced); --reps: timing runs per page (default 2);
 * --jobs: processes for the PolNeAR part, run while wikigold runs here (default 2; 1 = in this process).
 * Writes bench/out/entities-summary.txt (the table printed) and bench/out/entities-details.txt.
 */
import { execFile, execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../../src/core/entities/index.js';
import { corpusAvailable, loadPages, repoRoot } from '../common/corpus.js';
import { makeArticle } from './article.js';
import { mergePolnear, RULES, runPolnear, type PolnearResult, type Tally } from './polnear.js';
import { runTiming, type TimingResult } from './timing.js';
import { exactPRF, lenientPRF, runWikigold, type Score, type WikigoldResult } from './wikigold.js';
import { fmt, table } from '../common/report.js';
import { median, quantile } from '../common/timing.js';

const shared = resolve(repoRoot, '../shared/corpus');
const wikigoldPath = join(shared, 'wikigold/wikigold.conll.txt');
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
    only: new Set((get('--only') ?? 'wikigold,polnear,timing').split(',')),
  };
}

const pc = (x: number) => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}`);
const ratio = (a: number, b: number) => (b ? a / b : Number.NaN);
const int = (n: number) => n.toLocaleString('en-US');

/** What annotate() does today: a stub returns its input with nothing filled. */
function apiState(): { stub: boolean; text: string } {
  const input = makeArticle([
    { text: '“We will not back down,” Senator Elizabeth Warren said in Boston on Monday.', at: 0 },
    { text: 'The Pentagon said the strikes in Syria would continue.', at: 0 },
  ]);
  const before = JSON.stringify(input);
  const out = annotate(input);
  const spans = out.blocks.reduce((n, b) => n + (b.spans?.length ?? 0), 0);
  const statements = out.people.reduce((n, p) => n + (p.statements?.length ?? 0), 0);
  const stub = spans === 0 && out.people.length === 0 && out.places.length === 0 && JSON.stringify(out) === before;
  return {
    stub,
    text: stub
      ? 'annotate() is still the STUB: it returned its input unchanged (no spans, people or places). Our rows measure nothing yet.'
      : `annotate() is live: on a 2-sentence probe ${out.people.length} people/orgs, ${out.places.length} places, ${spans} spans, ${statements} statements.`,
  };
}

function wikigoldSection(r: WikigoldResult): string[] {
  const gold = r.ours;
  const rows: string[][] = [];
  const label: Record<string, string> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG (info)', ALL: 'all 3 (micro)', ANY: 'any type (detection)' };
  for (const t of ['PER', 'LOC', 'ORG', 'ALL', 'ANY'] as const) {
    for (const [name, s] of [['Sift', r.ours[t]], ['compromise', r.compromise[t]]] as [string, Score][]) {
      const e = exactPRF(s);
      const l = lenientPRF(s);
      rows.push([name === 'Sift' ? label[t]! : '', name, int(s.gold), int(s.pred), pc(e.p), pc(e.r), pc(e.f), pc(l.p), pc(l.r), pc(l.f)]);
    }
  }
  return [
    `1. wikigold: ${r.docs} documents, ${int(r.sentences)} sentences (one block each; tokens joined by spaces). Gold PER ${int(gold.PER.gold)}, LOC ${int(gold.LOC.gold)}, ORG ${int(gold.ORG.gold)} (MISC ignored).`,
    '   Ours: person + speaker spans (speakers by their Person\'s kind) = PER, organisation = ORG, place = LOC; spans that are not names',
    `   (no capital letter, or a pronoun: role words and "he" resolved to a speaker) left out: ${int(r.references)}.` +
      ` Span checks: ${int(r.spanChecks.invalid)} out of bounds or empty, ${int(r.spanChecks.untrimmed)} starting or ending with a space or punctuation.`,
    '   compromise: nlp(sentence).people() / .places() (split after commas) / .organizations(), a trailing \'s dropped.',
    '   Exact = same start and end; lenient = overlaps a gold entity of the same type (P: of predictions, R: of gold). Percent.',
    table(['type', 'system', '>gold', '>pred', '>exact P', '>R', '>F1', '>lenient P', '>R', '>F1'], rows),
    `   time: annotate() ${fmt(r.ms.ours / 1000, 1)} s, compromise ${fmt(r.ms.compromise / 1000, 1)} s` +
      (r.errors.length ? `; annotate() threw on ${r.errors.length} documents (first: ${r.errors[0]})` : ''),
  ];
}

function polnearSection(r: PolnearResult): string[] {
  const row = (label: string, t: Tally, n: number) => [
    label, int(n), `${pc(ratio(t.attached, t.gold))}`, `${pc(ratio(t.right, t.gold))}`, `${pc(ratio(t.right, t.attached))}`, `${t.attached}/${t.right}`,
  ];
  const rows: string[][] = [];
  const names: Record<string, string> = {
    all: 'all gold direct quotes', named: '  source named', pronoun: '  source pronoun (resolved)',
    'pronoun-unresolved': '  source pronoun, unresolved', nominal: '  source nominal ("officials")',
  };
  for (const k of ['all', 'named', 'pronoun', 'pronoun-unresolved', 'nominal'] as const) {
    const b = r.byKind[k];
    rows.push(row(`${names[k]}: Sift`, b.ours, b.ours.gold));
    rows.push(row(`${' '.repeat(names[k]!.length)}  naive compromise`, b.compromise, b.compromise.gold));
  }
  const s = r.ourStatements;
  return [
    `2. PolNeAR train, speaker attribution of direct quotes: ${r.files.used} of ${r.files.withAnn} annotated articles` +
      (r.files.sampled ? ` (evenly spaced over the name-sorted list, all 7 publishers; --polnear all for every article)` : '') +
      `. ${r.files.severalAnnotators} of them have several annotators' .ann files: the first by file name is used.`,
    `   ${int(r.attributions)} attributions, ${int(r.withSource)} with a Source; gold direct quotes ${int(r.goldDirect)} (and ${int(r.partial)} with a Source only partly inside quotation marks, not counted).`,
    '   Blocks = the article\'s non-empty lines (first lines are the headline), offsets kept to map back to the file.',
    table(['', '>gold', '>attached %', '>right % (of gold)', '>precision % (right/attached)', '>attached/right'], rows),
    `   Our statements: ${int(s.direct)} direct (${int(s.unlocated)} not found in their block), ${int(s.indirect)} reported speech. Direct ones located:`,
    `   on a gold direct quote ${int(s.onGoldDirect)}, on another gold attribution's content ${int(s.onOtherGold)}, on no gold content ${int(s.onNoGold)}.`,
    `   The compromise row is a naive baseline handed the gold quote: the person nearest to it in the same paragraph.`,
    `   time: annotate() ${fmt(r.ms.ours / 1000, 1)} s over ${r.files.used} articles, compromise (only paragraphs with a gold quote) ${fmt(r.ms.compromise / 1000, 1)} s` +
      (r.errors.length ? `; problems: ${r.errors.length} (first: ${r.errors[0]})` : ''),
  ];
}

function timingSection(t: TimingResult, load: Record<string, Record<string, number> | string>): string[] {
  const p = t.pages;
  const rA = p.map((x) => x.annotate / x.readability);
  const rC = p.map((x) => x.compromise / x.readability);
  const q = (xs: number[]) => `${fmt(median(xs), 2)} (p25 ${fmt(quantile(xs, 0.25), 2)}, p75 ${fmt(quantile(xs, 0.75), 2)}, max ${fmt(Math.max(...xs), 2)})`;
  const loadRow = (name: string, l: Record<string, number> | string | undefined): string[] =>
    typeof l === 'object'
      ? [name, fmt(l.import, 0), fmt(l.first, 1), fmt(l.again, 1), fmt(l.other, 1)]
      : [name, `failed: ${l ?? 'not run'}`, '', '', ''];
  return [
    `3. Timing on ${p.length} scrapinghub-dev pages (jsdom; per page the median of ${t.reps} interleaved runs, code warmed on the first page; wall clock)`,
    '   Readability = clone + parse with the node serializer (as the extraction bench and our pipeline call it);',
    '   annotate() = on the page\'s Article from cleanDocument(entities: false); compromise = people/places/orgs on each block (one run).',
    table(['', '>median', ''], [
      ['annotate() / Readability, per page', q(rA), ''],
      ['compromise / Readability, per page', q(rC), ''],
      ['ms per page: Readability', fmt(median(p.map((x) => x.readability)), 1), ''],
      ['ms per page: annotate()', fmt(median(p.map((x) => x.annotate)), 1), ''],
      ['ms per page: compromise', fmt(median(p.map((x) => x.compromise)), 1), ''],
      ['words per page (cleaned Article)', fmt(median(p.map((x) => x.words)), 0), ''],
      ['annotate() ms per 1000 words', fmt(median(p.map((x) => (1000 * x.annotate) / Math.max(1, x.words))), 1), ''],
    ]),
    '   One-time load (ms; fresh Node process, median of 3): import, first call, the same call again, another text. compromise under plain',
    '   Node; annotate() under tsx (its import includes compromise\'s and tsx compiling our TypeScript, which a build does not pay).',
    table(['', '>import', '>first call', '>again', '>other text'], [
      loadRow('compromise alone (nlp + people/places/orgs)', load.compromise),
      loadRow('src/core/entities annotate()', load.annotate),
    ]),
    ...(t.failures.length ? [`   ${t.failures.length} pages failed: ${t.failures.slice(0, 3).join('; ')}`] : []),
  ];
}

/** compromise's load cost with plain Node (no tsx in the way); the texts are those of entities-load.ts. */
const COMPROMISE_LOAD = `
const t = () => performance.now();
const A = 'Former Secretary of State Hillary Clinton said on Thursday in New York that “America must lead it.” The State Department declined to comment.';
const B = 'Senator Ted Cruz told reporters in Des Moines, Iowa, that the Republican National Committee “has a lot of work to do,” his spokesman said.';
const out = {};
let t0 = t();
const nlp = (await import('compromise')).default;
out.import = t() - t0;
const run = (s) => { const d = nlp(s); return [d.people().json({ offset: true }), d.places().json({ offset: true }), d.organizations().json({ offset: true })]; };
t0 = t(); run(A); out.first = t() - t0;
t0 = t(); run(A); out.again = t() - t0;
t0 = t(); run(B); out.other = t() - t0;
process.stdout.write(JSON.stringify(out));
`;

/** The load cost in fresh processes: each field the median of `runs` processes. */
function loadCost(mode: 'compromise' | 'annotate', runs = 3): Record<string, number> | string {
  const argv = mode === 'compromise'
    ? ['--input-type=module', '-e', COMPROMISE_LOAD]
    : ['--import', 'tsx', join(repoRoot, 'bench/entities/load.ts'), 'annotate'];
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const out = execFileSync(process.execPath, argv, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      samples.push(JSON.parse(out) as Record<string, number>);
    } catch (e) {
      return e instanceof Error ? e.message.split('\n')[0]! : String(e);
    }
  }
  return Object.fromEntries(Object.keys(samples[0]!).map((k) => [k, median(samples.map((x) => x[k]!))]));
}

/** PolNeAR in `jobs` child processes (started at once, so they run while wikigold runs here). */
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
  const compromiseVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version;
  const state = apiState();
  const lines: string[] = [
    `Sift Reader entities bench, ${new Date().toISOString()}, Node ${process.version}, compromise ${compromiseVersion}`,
    state.text,
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
  const load: Record<string, Record<string, number> | string> = opts.only.has('timing') ? { compromise: loadCost('compromise'), annotate: loadCost('annotate') } : {};

  const havePolnear = existsSync(join(polnearDir, 'text'));
  const doPolnear = opts.only.has('polnear') && havePolnear;
  const polnearLater = doPolnear && opts.jobs > 1 ? polnearInChildren(opts.polnear, opts.jobs) : null;
  polnearLater?.catch(() => undefined); // awaited below; avoids an unhandled rejection while wikigold runs
  if (opts.only.has('wikigold')) {
    if (!existsSync(wikigoldPath)) log([`1. wikigold: skipped, ${wikigoldPath} not found.`]);
    else {
      const r = runWikigold(wikigoldPath, annotate);
      log(wikigoldSection(r));
      details.push('# wikigold: spans starting or ending with a space or punctuation (first few)', ...r.spanChecks.texts, '',
        '# wikigold: a sample of our misses and extras (every 7th document)', ...r.examples, '');
    }
  }
  if (opts.only.has('polnear')) {
    if (!havePolnear) log([`2. PolNeAR: skipped, ${polnearDir} not found.`]);
    else {
      const r = polnearLater ? await polnearLater : runPolnear(polnearDir, annotate, { limit: opts.polnear });
      log(polnearSection(r));
      details.push('# PolNeAR: matching rules', ...RULES, '', '# PolNeAR: direct quotes we did not attribute right (a sample)', ...r.examples, '');
    }
  }
  if (opts.only.has('timing')) {
    if (!corpusAvailable()) log(['3. Timing: skipped, scrapinghub-dev corpus not found.']);
    else {
      const t = runTiming(loadPages(), annotate, opts.reps);
      log(timingSection(t, load));
      details.push('# Timing per page (ms): id, words, blocks, Readability, annotate, compromise',
        ...t.pages.map((p) => [p.id, p.words, p.blocks, fmt(p.readability, 1), fmt(p.annotate, 1), fmt(p.compromise, 1)].join('\t')), '');
    }
  }
  lines.push('PolNeAR matching rules:', ...RULES.map((r) => `  ${r}`), '');
  const secs = (performance.now() - started) / 1000;
  lines.push(`Run time ${fmt(secs, 0)} s.`);
  console.log(`Run time ${fmt(secs, 0)} s. Rules and samples of errors: bench/out/entities-details.txt`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'entities-summary.txt'), `${lines.join('\n')}\n`);
  writeFileSync(join(outDir, 'entities-details.txt'), `${details.join('\n')}\n`);
  console.log('Wrote bench/out/entities-summary.txt');
}

await main();
