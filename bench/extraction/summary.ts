/** The bench's summary, per-page table and worst-pages file, from the per-page results. */
import { availableParallelism, loadavg } from 'node:os';
import { aggregate, pageScore, type Counts } from '../common/metric.js';
import type { DebrisResult, PageResult } from './page.js';
import { fmt, pct, signed, table } from '../common/report.js';
import { makeRng } from '../common/rng.js';
import { median, quantile } from '../common/timing.js';

const METHODS = [
  ['Readability 0.6.0 alone (block breaks)', 'readability'],
  ['Sift: blocks', 'sift'],
  ['Sift: lead + blocks', 'siftLead'],
] as const;

/** Bootstrap standard deviation of F1 (and of a paired difference), seeded. */
function bootstrap(a: Counts[], b: Counts[] | null, n = 1000): number {
  const rng = makeRng('bootstrap');
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const idx = Array.from({ length: a.length }, () => rng.int(0, a.length - 1));
    const fa = aggregate(idx.map((j) => a[j]!)).f1;
    values.push(b ? aggregate(idx.map((j) => b[j]!)).f1 - fa : fa);
  }
  const m = values.reduce((s, x) => s + x, 0) / values.length;
  return Math.sqrt(values.reduce((s, x) => s + (x - m) ** 2, 0) / (values.length - 1));
}

const sumOf = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

function hasDebris(d: PageResult['debris']): d is DebrisResult {
  return 'counts' in d;
}

export function perPageTable(results: PageResult[]): { text: string; tsv: string } {
  const header = ['>#', 'page', '>words', '>R.F1', '>S.F1', '>dF1', '>R ms', '>S ms', '>S/R', '>dbR.F1', '>dbS.F1', '>rep R/S', '>quo R/S', '>fur R/S', 'note'];
  const rows = results.map((r) => {
    const fr = pageScore(r.counts.readability).f1;
    const fs = pageScore(r.counts.sift).f1;
    const d = hasDebris(r.debris) ? r.debris : null;
    const notes = [
      r.error ? `ERROR ${r.error.slice(0, 60)}` : '',
      r.mutated ? 'mutates-input' : '',
      d ? '' : `no-debris`,
    ].filter(Boolean);
    return [
      String(r.index),
      r.id.slice(0, 10),
      String(r.words.truth),
      fmt(fr),
      fmt(fs),
      signed(fs - fr),
      r.ms ? r.ms.readability.toFixed(0) : '-',
      r.ms ? r.ms.sift.toFixed(0) : '-',
      r.ms ? (r.ms.sift / r.ms.readability).toFixed(2) : '-',
      d ? fmt(pageScore(d.counts.readability).f1) : '-',
      d ? fmt(pageScore(d.counts.sift).f1) : '-',
      d ? `${d.copy.left.readability}/${d.copy.left.sift} of ${d.copy.n.sift} ${d.copy.kind}${d.foreign ? ' (foreign)' : ''}` : '-',
      d ? `${d.quotes.filter((q) => q.left.readability).length}/${d.quotes.filter((q) => q.left.sift).length} of ${d.quotes.length}` : '-',
      d ? `${sumOf(d.furniture, (f) => f.left.readability)}/${sumOf(d.furniture, (f) => f.left.sift)} of ${sumOf(d.furniture, (f) => f.n)}` : '-',
      notes.join(' '),
    ];
  });
  const tsv = [header.map((h) => h.replace(/^>/, '')), ...rows.map((r, i) => [...r.slice(0, 1), results[i]!.id, ...r.slice(2)])]
    .map((r) => r.join('\t'))
    .join('\n');
  return { text: table(header, rows), tsv: `${tsv}\n` };
}

export function worstPages(results: PageResult[], n: number): string {
  const all = results.map((r) => ({ r, d: pageScore(r.counts.sift).f1 - pageScore(r.counts.readability).f1 }));
  const worse = all.filter((x) => x.d < 0).sort((a, b) => a.d - b.d).slice(0, n);
  const lowest = all
    .filter((x) => x.d >= 0)
    .sort((a, b) => pageScore(a.r.counts.sift).f1 - pageScore(b.r.counts.sift).f1)
    .slice(0, Math.max(0, n - worse.length));
  const scored = [...worse, ...lowest];
  const out = [
    `# Worst ${n} pages: first where Sift (blocks) F1 is below Readability's (${worse.length}), then the lowest Sift F1 (${lowest.length})\n`,
    'Lines are matched as multisets of 4-token shingles, in reading order. Texts of every page: bench/out/extraction-texts/',
    '(<id>.sift.txt is lead + blocks). Tune on what a page teaches about pages in general, not on the page.\n',
  ];
  for (const { r, d } of scored) {
    const rs = pageScore(r.counts.readability);
    const ss = pageScore(r.counts.sift);
    const sl = pageScore(r.counts.siftLead);
    out.push(`## ${r.id}\n\n${r.url}\n`);
    out.push(`- delta F1 ${signed(d)}: Readability F1 ${fmt(rs.f1)} (P ${fmt(rs.precision)} R ${fmt(rs.recall)}), Sift F1 ${fmt(ss.f1)} (P ${fmt(ss.precision)} R ${fmt(ss.recall)}); with lead F1 ${fmt(sl.f1)}`);
    out.push(`- words: truth ${r.words.truth}, Readability ${r.words.readability}, Sift ${r.words.sift}; removed ${JSON.stringify(r.removed)}${r.error ? `; ERROR ${r.error}` : ''}`);
    out.push(`- lead: ${r.diff.lead ? `${r.diff.leadInTruth ? '(in the true body) ' : '(not in the true body) '}${r.diff.lead.slice(0, 200)}` : '(none)'}\n`);
    out.push(`Sift lines that are not in the true body (${r.diff.extra.count}):\n`);
    out.push(...(r.diff.extra.lines.length ? r.diff.extra.lines.map((l) => `    + ${l}`) : ['    (none)']));
    out.push(`\nTrue body lines that Sift misses (${r.diff.missing.count}):\n`);
    out.push(...(r.diff.missing.lines.length ? r.diff.missing.lines.map((l) => `    - ${l}`) : ['    (none)']));
    out.push(`\nSift removed (first ${r.diff.removed.length}):\n`);
    out.push(...(r.diff.removed.length ? r.diff.removed.map((l) => `    x ${l}`) : ['    (nothing)']));
    out.push('');
  }
  return out.join('\n');
}

export function summary(results: PageResult[], failures: string[], args: { jobs: number; reps: number }, pipelineState: string, seconds: number): string {
  const out: string[] = [];
  const n = results.length;
  out.push('', `Sift extraction bench: scrapinghub-dev, ${n} pages; pipeline: ${pipelineState}; jobs ${Math.min(args.jobs, n)}, timing reps ${args.reps}; ${seconds.toFixed(0)} s`);
  if (failures.length) out.push(`  ${failures.length} page(s) failed outright:`, ...failures.map((f) => `    ${f.split('\n')[0]}`));
  const errors = results.filter((r) => r.error);
  if (errors.length) out.push(`  cleanDocument threw on ${errors.length} page(s) (scored as empty output), e.g. ${errors[0]!.error}`);
  const mutated = results.filter((r) => r.mutated);
  if (mutated.length) out.push(`  WARNING: cleanDocument changed the document it was handed on ${mutated.length} page(s).`);

  // Quality.
  const counts = (m: 'readability' | 'sift' | 'siftLead', rs = results) => rs.map((r) => r.counts[m]);
  const half = (a: boolean) => results.filter((r) => (r.index % 2 === 0) === a);
  const rowsQ = METHODS.map(([label, key]) => {
    const agg = aggregate(counts(key));
    return [label, `${fmt(agg.f1)} ± ${fmt(bootstrap(counts(key), null))}`, fmt(agg.precision), fmt(agg.recall),
      fmt(aggregate(counts(key, half(true))).f1), fmt(aggregate(counts(key, half(false))).f1), `${agg.nPrecision}/${agg.nRecall}`];
  });
  out.push('', 'Quality (benchmark metric: 4-token shingles, per-page normalised, P and R means over pages; ± bootstrap std)');
  out.push(table(['method', '>F1', '>P', '>R', '>F1 even #', '>F1 odd #', '>pages P/R'], rowsQ));
  const base = counts('readability');
  for (const key of ['sift', 'siftLead'] as const) {
    const d = aggregate(counts(key)).f1 - aggregate(base).f1;
    const per = results.map((r) => pageScore(r.counts[key]).f1 - pageScore(r.counts.readability).f1);
    out.push(`  ${key === 'sift' ? 'Sift blocks' : 'Sift lead+blocks'} minus Readability: F1 ${signed(d)} ± ${fmt(bootstrap(base, counts(key)))} (paired bootstrap); ` +
      `pages better / worse / same (|dF1| < 0.005): ${per.filter((x) => x >= 0.005).length} / ${per.filter((x) => x <= -0.005).length} / ${per.filter((x) => Math.abs(x) < 0.005).length}`);
  }
  out.push('  Reference (README, all 181 pages): Readability.js 0.6.0 with block breaks F1 0.952 / P 0.918 / R 0.988.');
  const judged = results.filter((r) => r.notArticle);
  out.push(`  Pages judged "not an article" (all are articles; must be 0): ${judged.length}${judged.length ? ` (${judged.map((r) => `${r.id.slice(0, 10)}: ${r.notArticle}`).join(', ')})` : ''}`);

  // Timing.
  const timed = results.filter((r) => r.ms);
  if (timed.length) {
    const ratios = timed.map((r) => r.ms!.sift / r.ms!.readability);
    out.push('', `Timing, wall clock (same parsed document; Readability = clone + parse, node serializer as Sift uses it; Sift = cleanDocument, entities off;`,
      `  median of ${args.reps} interleaved runs, the first being the quality run; each process warms up once first)`);
    out.push(`  time(Sift) / time(Readability) per page: median ${fmt(median(ratios), 2)}  (p25 ${fmt(quantile(ratios, 0.25), 2)}, p75 ${fmt(quantile(ratios, 0.75), 2)}, max ${fmt(Math.max(...ratios), 2)}) over ${timed.length} pages`);
    out.push(`  median ms per page: Readability ${fmt(median(timed.map((r) => r.ms!.readability)), 1)}, Sift ${fmt(median(timed.map((r) => r.ms!.sift)), 1)}`);
  }
  const grown = results.filter((r) => r.growth);
  if (grown.length) {
    out.push('', 'Growth: article body 16x longer (paragraphs repeated in their container, half the words of each copy made up, so no copy reads as a repeat); time(16x) / time(1x)');
    type G = NonNullable<PageResult['growth']>;
    const cols: [string, (g: G) => number, number][] = [
      ['>page words', (g) => g.words, 1], ['>blocks', (g) => g.blocks, 1], ['>Readability', (g) => g.readability, 1],
      ['>Sift', (g) => g.sift, 1], ['>Sift extract', (g) => g.extract, 1], ['>Sift clean', (g) => g.clean, 1], ['>Sift/Readability', (g) => g.sift / g.readability, 2],
    ];
    out.push(table(['page', ...cols.map((c) => c[0])], [
      ...grown.map((r) => [r.id.slice(0, 10), ...cols.map(([, f, d]) => fmt(f(r.growth!), d))]),
      ['median', ...cols.map(([, f, d]) => fmt(median(grown.map((r) => f(r.growth!))), d))],
    ]));
    out.push('  All columns are 16x / 1x. page words: visible words of the whole page; blocks: blocks our pipeline handled (kept + removed).',
      '  Linear cost: a time ratio at most the words/blocks ratio (the body is 16x, the rest of the page 1x); "Sift clean" (Article.stats.msClean)',
      '  should grow like "blocks" (about 16); much more means a rule compares blocks pairwise.');
  }

  // Debris.
  const withDebris = results.filter((r) => hasDebris(r.debris));
  if (withDebris.length) out.push('', ...debrisSummary(withDebris, n));

  // What our cleaners removed.
  const rm = (pick: (r: PageResult) => Record<string, number> | null) => {
    const tot: Record<string, number> = {};
    for (const r of results) for (const [k, v] of Object.entries(pick(r) ?? {})) tot[k] = (tot[k] ?? 0) + v;
    return Object.keys(tot).length ? Object.entries(tot).map(([k, v]) => `${k} ${v}`).join(', ') : 'nothing';
  };
  const phases: Record<string, number> = {};
  for (const r of results) for (const [k, v] of Object.entries(r.phases)) phases[k] = (phases[k] ?? 0) + v;
  out.push('', `Bench time by part (s, summed over processes): ${Object.entries(phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}; load average at the end ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  out.push(`Sift removed (blocks, all pages): clean pages: ${rm((r) => r.removed)}; debris pages: ${rm((r) => (hasDebris(r.debris) ? r.debris.removed : null))}`);
  out.push(`  by rule on debris pages: ${rm((r) => (hasDebris(r.debris) ? r.debris.rules : null))}`);
  return out.join('\n');
}


type Method = 'readability' | 'sift';

/** Left / total per kind, both methods side by side. */
function leftTable(title: string, groups: Map<string, { n: Record<Method, number>; left: Record<Method, number> }>): string {
  const rows = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => [k, pct(g.left.readability, g.n.readability), pct(g.left.sift, g.n.sift)]);
  return table([title, '>Readability alone: left', '>Sift: left'], rows);
}

function group<T>(items: readonly T[], key: (x: T) => string, n: (x: T, m: Method) => number, left: (x: T, m: Method) => number) {
  const out = new Map<string, { n: Record<Method, number>; left: Record<Method, number> }>();
  for (const x of items) {
    for (const k of [key(x), 'ALL']) {
      const g = out.get(k) ?? { n: { readability: 0, sift: 0 }, left: { readability: 0, sift: 0 } };
      for (const m of ['readability', 'sift'] as const) { g.n[m] += n(x, m); g.left[m] += left(x, m); }
      out.set(k, g);
    }
  }
  return out;
}

function debrisSummary(pages: PageResult[], n: number): string[] {
  const out: string[] = [];
  const d = pages.map((r) => r.debris as DebrisResult);
  const quotes = d.flatMap((x) => x.quotes.map((q) => ({ ...q, foreign: x.foreign })));
  const furniture = d.flatMap((x) => x.furniture);
  const rowsFor = (label: string, sel: DebrisResult[], cleanPages: PageResult[]) => (['readability', 'sift'] as const).map((m) => {
    const agg = aggregate(sel.map((x) => x.counts[m]));
    const clean = aggregate(cleanPages.map((r) => r.counts[m]));
    const qs = sel.flatMap((x) => x.quotes);
    const fs = sel.flatMap((x) => x.furniture);
    return [`${m === 'readability' ? 'Readability alone' : 'Sift: blocks'}${label}`, fmt(agg.f1), fmt(agg.precision), fmt(agg.recall), signed(agg.f1 - clean.f1),
      pct(sumOf(sel, (x) => x.copy.left[m]), sumOf(sel, (x) => x.copy.n[m])),
      pct(qs.filter((q) => q.left[m]).length, qs.length),
      pct(sumOf(fs, (f) => f.left[m]), sumOf(fs, (f) => f.n))];
  });
  const foreign = pages.filter((r) => (r.debris as DebrisResult).foreign);
  out.push(`Debris version on ${pages.length} pages (${n - pages.length} skipped: article not in <p>): one second copy, 3 pull quotes, 6 furniture items each;`,
    `  ${foreign.length} pages mapped to another alphabet first (page and truth alike). Targets: left <= 1% per kind, R >= 0.97, F1 >= 0.96.`);
  out.push(table(['method', '>F1', '>P', '>R', '>F1 vs clean', '>copy paragraphs left', '>pull quotes left', '>furniture lines left'], [
    ...rowsFor('', d, pages),
    ...(foreign.length ? rowsFor(' (foreign pages)', foreign.map((r) => r.debris as DebrisResult), foreign) : []),
  ]));
  out.push('', 'Second copies by kind (paragraphs)');
  out.push(leftTable('copy kind', group(d, (x) => x.copy.kind, (x, m) => x.copy.n[m], (x, m) => x.copy.left[m])));
  const q = (key: (x: (typeof quotes)[number]) => string, title: string) =>
    leftTable(title, group(quotes, key, () => 1, (x, m) => (x.left[m] ? 1 : 0)));
  out.push('', 'Pull quotes by container, by edit, by credit (a quote is left when any of its lines, or its credited name, occurs more often than on the clean page)');
  out.push(q((x) => x.container, 'container'), q((x) => x.edit, 'edit'), q((x) => x.credit, 'credit'));
  out.push('', 'Furniture by kind (lines)');
  out.push(leftTable('furniture kind', group(furniture, (x) => x.kind, (x) => x.n, (x, m) => x.left[m])));
  const lines = new Map<string, number>();
  for (const f of furniture) for (const l of f.leftLines.sift) lines.set(`${f.kind}: ${l}`, (lines.get(`${f.kind}: ${l}`) ?? 0) + 1);
  if (lines.size) out.push(`  furniture lines Sift left: ${[...lines].slice(0, 30).map(([k, v]) => `"${k}"${v > 1 ? ` x${v}` : ''}`).join(', ')}`);
  return out;
}
