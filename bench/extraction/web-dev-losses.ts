/**
 * Where the web-dev F1 goes, by class: for each rule, the set's F1 if its removals were put
 * back; the kept blocks that are not in the truth (-fp.tsv: precision) and the removed blocks
 * whose words the truth holds (-fn.tsv: recall; a removed copy is listed too, as its original
 * holds the same words), each with its share of the page's words, type, markup trail and link
 * density, so that losses can be grouped by class; per page, both F1 and what each rule took
 * (-pages.tsv, to diff two versions of the rules).
 *
 *   npx tsx bench/extraction/web-dev-losses.ts --build <set> <from> <to>
 *     extracts pages [from, to) once, to bench/out/web-dev-cache/<set>.<from>.json (jsdom keeps
 *     memory across pages: build in slices of a few hundred, e.g. 0 180, 180 360, …)
 *   npx tsx bench/extraction/web-dev-losses.ts [set...]
 *     cleans the cached extractions again and reports (seconds)
 *
 * Cleaning is re-run from the cached extractions, so a change to a cleaning rule is measured in
 * seconds; a change to extraction needs --build again (or the full web-dev bench).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../src/core/index.js';
import { cleanSafely } from '../../src/core/clean/safety-net.js';
import type { Extraction } from '../../src/core/extract/index.js';
import { loadPages, repoRoot } from '../common/corpus.js';
import { aggregate, pageScore, shingleMatch, shingles, tokenize, type Counts } from '../common/metric.js';
import { fmt } from '../common/report.js';
import { readabilityText } from '../common/text.js';

const webDev = resolve(repoRoot, process.env.SIFT_BENCH_WEB_DEV ?? '../shared/corpus/web-dev');
const cacheDir = join(repoRoot, 'bench', 'out', 'web-dev-cache');

interface Cached {
  id: string;
  url: string;
  truth: string;
  readability: string;
  extraction: Extraction | null;
  notArticle: string | null;
}

function build(set: string, from: number, to: number): void {
  const out: Cached[] = [];
  for (const page of loadPages(join(webDev, set)).slice(from, to)) {
    const dom = new JSDOM(page.html(), { url: page.url, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    let readability = '';
    try { readability = readabilityText(doc); } catch { /* scores as empty */ }
    let extraction: Extraction | null = null;
    let notArticle: string | null = null;
    try {
      const a = cleanDocument(doc, { url: page.url, entities: false, read: { cleaning: (x) => { extraction = x; } } });
      notArticle = a.notArticle ?? null;
    } catch { /* scores as empty */ }
    dom.window.close();
    out.push({ id: page.id, url: page.url, truth: page.truth, readability, extraction, notArticle });
    if (out.length % 50 === 0) process.stderr.write(`  ${set}: ${out.length}\n`);
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${set}.${from}.json`), JSON.stringify(out));
}

const textOf = (blocks: readonly { text: string; items?: string[] }[]) =>
  blocks.map((b) => (b.items && b.items.length ? b.items.join('\n') : b.text)).join('\n');

/** Share of a text's shingles that the truth holds. */
function inTruth(truthSh: Map<string, number>, text: string): number {
  const sh = shingles(tokenize(text));
  let n = 0;
  let hit = 0;
  for (const [k, c] of sh) { n += c; if (truthSh.has(k)) hit += c; }
  return n ? hit / n : 1;
}

function analyse(set: string): void {
  const slices = readdirSync(cacheDir).filter((f) => f.startsWith(`${set}.`) && f.endsWith('.json'));
  const pages = slices.flatMap((f) => JSON.parse(readFileSync(join(cacheDir, f), 'utf8')) as Cached[]);
  const base: Counts[] = [];
  const read: Counts[] = [];
  const fpLines: string[] = [];
  const fnLines: string[] = [];
  const falls: string[] = [];
  const perPage: { id: string; ruleText: Map<string, string> }[] = [];
  const pageLines: string[] = [];
  for (const p of pages) {
    read.push(shingleMatch(p.truth, p.readability));
    if (!p.extraction) { base.push(shingleMatch(p.truth, '')); perPage.push({ id: p.id, ruleText: new Map() }); continue; }
    const { blocks } = p.extraction;
    const cleaned = cleanSafely(p.extraction);
    const removedAt = new Map(cleaned.removed.map((r) => [r.at, r.rule]));
    const keptText = textOf(cleaned.blocks);
    const counts = shingleMatch(p.truth, keptText);
    base.push(counts);
    const rF1 = pageScore(read[read.length - 1]!).f1;
    const sF1 = pageScore(counts).f1;
    pageLines.push(`${p.id}\t${fmt(rF1, 4)}\t${fmt(sF1, 4)}\t${cleaned.removed.map((x) => `${x.rule}:${x.at}`).join(' ')}`);
    if (sF1 < rF1 - 0.2) falls.push(`${p.id} R ${fmt(rF1)} Sift ${fmt(sF1)} ${p.url}`);
    const truthSh = shingles(tokenize(p.truth));
    const rules = new Map<string, string>();
    for (const rule of new Set(removedAt.values())) {
      const back = blocks.filter((_, i) => !removedAt.has(i) || removedAt.get(i) === rule);
      rules.set(rule, textOf(back));
    }
    perPage.push({ id: p.id, ruleText: rules });
    const pageW = (x: string) => tokenize(x).length;
    const total = pageW(keptText) + pageW(p.truth);
    blocks.forEach((b, i) => {
      const share = inTruth(truthSh, textOf([b]));
      const w = pageW(textOf([b]));
      const rule = removedAt.get(i);
      if (rule === undefined && share < 0.5 && w > 0) {
        fpLines.push(`${(w / total).toFixed(3)}\t${p.id}\t${b.type}\t${b.hints?.trail ?? ''}\tld=${(b.hints?.linkDensity ?? 0).toFixed(2)}\t${textOf([b]).replace(/\s+/g, ' ').slice(0, 160)}`);
      }
      if (rule !== undefined && share >= 0.5 && w > 0) {
        fnLines.push(`${(w / total).toFixed(3)}\t${p.id}\t${rule}\t${b.type}\t${b.hints?.trail ?? ''}\t${textOf([b]).replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    });
  }
  const r = aggregate(read);
  const s = aggregate(base);
  const lines = [`${set}: ${pages.length} pages; Readability F1 ${fmt(r.f1, 4)} P ${fmt(r.precision, 4)} R ${fmt(r.recall, 4)}; Sift F1 ${fmt(s.f1, 5)} (R+${(s.f1 - r.f1).toFixed(5)}) P ${fmt(s.precision, 4)} R ${fmt(s.recall, 4)}; falls ${falls.length}`];
  const allRules = new Set(perPage.flatMap((x) => [...x.ruleText.keys()]));
  for (const rule of allRules) {
    const counts = pages.map((p, k) => {
      const t = perPage[k]!.ruleText.get(rule);
      return t === undefined ? base[k]! : shingleMatch(p.truth, t);
    });
    const a = aggregate(counts);
    const pagesTouched = perPage.filter((x) => x.ruleText.has(rule)).length;
    lines.push(`  without ${rule.padEnd(20)} F1 ${fmt(a.f1)} (${a.f1 - s.f1 >= 0 ? '+' : ''}${(a.f1 - s.f1).toFixed(4)}) P ${fmt(a.precision)} R ${fmt(a.recall)} on ${pagesTouched} pages`);
  }
  lines.push('', 'falls:', ...falls);
  console.log(lines.join('\n'));
  writeFileSync(join(cacheDir, `${set}-pages.tsv`), pageLines.join('\n'));
  writeFileSync(join(cacheDir, `${set}-fp.tsv`), fpLines.sort().reverse().join('\n'));
  writeFileSync(join(cacheDir, `${set}-fn.tsv`), fnLines.sort().reverse().join('\n'));
}

const argv = process.argv.slice(2);
if (argv[0] === '--build') build(argv[1]!, Number(argv[2] ?? 0), Number(argv[3] ?? Infinity));
else for (const set of argv.length ? argv : ['l3s-gn1', 'dragnet']) if (existsSync(cacheDir)) analyse(set);
