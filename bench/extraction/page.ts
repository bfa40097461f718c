/** Everything measured on one page: quality, timing, growth and the debris version. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument, type Article } from '../../src/core/index.js';
import type { Page } from '../common/corpus.js';
import { addDebris, toForeign, type Debris } from './debris.js';
import { growBody } from '../growth/growth.js';
import { countSequence } from '../common/locate.js';
import { shingleMatch, shingles, tokenize, type Counts } from '../common/metric.js';
import { articleText, blockText, readabilityContent, readabilityText } from '../common/text.js';
import { median, timed, timeMany, timeSamples } from '../common/timing.js';

export interface Options {
  reps: number;
  growth: boolean;
  outDir: string;
}

export type RemovedCounts = Record<string, number>;

export interface LeftCounts {
  readability: number;
  sift: number;
}

type PerMethod<T> = { readability: T; sift: T };

export interface DebrisResult {
  /** The page's text was mapped to another alphabet before the debris was added. */
  foreign: boolean;
  counts: PerMethod<Counts>;
  /** Copy paragraphs that could be checked (at most once in the method's output on the clean page), and those left. */
  copy: { kind: string; n: PerMethod<number>; left: PerMethod<number> };
  quotes: { container: string; edit: string; credit: string; left: PerMethod<boolean> }[];
  furniture: { kind: string; n: number; left: PerMethod<number>; leftLines: PerMethod<string[]> }[];
  removed: RemovedCounts;
  /** Removals per rule on the debris page. */
  rules: RemovedCounts;
}

export interface PageResult {
  index: number;
  id: string;
  url: string;
  error: string | null;
  counts: { readability: Counts; sift: Counts; siftLead: Counts };
  words: { truth: number; readability: number; sift: number };
  removed: RemovedCounts;
  /** Our pipeline changed the document it was handed. */
  mutated: boolean;
  /** What the page looked like when our pipeline judged it not an article (every corpus page is one). */
  notArticle: string | null;
  ms: { readability: number; sift: number } | null;
  /** Ratios 16x / 1x: times, our two stages (from Article.stats), page words and blocks handled. */
  growth: { readability: number; sift: number; extract: number; clean: number; words: number; blocks: number; added: number } | null;
  debris: DebrisResult | { skipped: string };
  /** Our output's lines that are not article, and article lines we miss (for the worst-pages file). */
  diff: {
    extra: { lines: string[]; count: number };
    missing: { lines: string[]; count: number };
    lead: string | null;
    leadInTruth: boolean;
    removed: string[];
  };
  debrisExample: string | null;
  /** Wall-clock ms this page spent in each part of the bench (to keep the bench itself fast). */
  phases: Record<string, number>;
}

const quiet = new VirtualConsole();

function parse(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quiet });
}

function runOurs(doc: Document, url: string): { article: Article | null; error: string | null } {
  try {
    return { article: cleanDocument(doc, { url, entities: false }), error: null };
  } catch (e) {
    return { article: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

function removedCounts(article: Article | null): RemovedCounts {
  const out: RemovedCounts = {};
  for (const r of article?.removed ?? []) out[r.reason] = (out[r.reason] ?? 0) + 1;
  return out;
}

function signature(doc: Document): string {
  return `${doc.getElementsByTagName('*').length}:${doc.documentElement.textContent?.length ?? 0}`;
}

/** Words of the page's text outside script, style, noscript and template (the page's reading size). */
function visibleWords(doc: Document): number {
  if (!doc.body) return 0;
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!skip.has(t.parentElement?.tagName ?? '')) n += tokenize(t.nodeValue).length;
  }
  return n;
}

/** Our pipeline, recording its own stage timings and how many blocks it handled. */
function siftRunner(doc: Document, url: string) {
  const stats = { extract: [] as number[], clean: [] as number[], blocks: 0 };
  const run = () => {
    const a = cleanDocument(doc, { url, entities: false });
    stats.extract.push(a.stats.msExtract);
    stats.clean.push(a.stats.msClean);
    stats.blocks = a.blocks.length + a.removed.length;
  };
  return { run, stats };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Lines of `text` whose words `other` does not account for (under 80% of its shingles): each line takes its shingles out of
 * `other`'s multiset in reading order, so a line present once in `other` but twice in `text`
 * counts once. Short lines (under 4 tokens) are matched as token sequences.
 */
function absentLines(text: string, other: string, max: number): { lines: string[]; count: number } {
  const otherTokens = tokenize(other);
  const pool = shingles(otherTokens);
  const lines: string[] = [];
  let count = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const toks = tokenize(line);
    if (toks.length === 0) continue;
    let present: boolean;
    if (toks.length < 4) {
      present = countSequence(otherTokens, toks) > 0;
    } else {
      const sh = shingles(toks);
      let total = 0;
      let hit = 0;
      for (const [key, n] of sh) {
        const have = pool.get(key) ?? 0;
        const take = Math.min(have, n);
        if (take > 0) pool.set(key, have - take);
        total += n;
        hit += take;
      }
      present = hit >= 0.8 * total;
    }
    if (present) continue;
    count++;
    if (lines.length < max) lines.push(line.length > 200 ? `${line.slice(0, 197)}...` : line);
  }
  return { lines, count };
}

function leftInOutput(needle: string, before: readonly string[], after: readonly string[]): boolean {
  const toks = tokenize(needle);
  return countSequence(after, toks) > countSequence(before, toks);
}

function debrisVersion(
  doc: Document,
  page: Page,
  clean: { readability: string; sift: string },
  opts: Options,
  exampleWanted: boolean,
): { result: DebrisResult | { skipped: string }; example: string | null } {
  let debris: Debris | null;
  try {
    debris = addDebris(doc, page.truth, page.id);
  } catch (e) {
    return { result: { skipped: `debris failed: ${String(e)}` }, example: null };
  }
  if (!debris) return { result: { skipped: 'article paragraphs not found in <p> elements' }, example: null };
  const d = debris;
  const rText = readabilityText(doc);
  const ours = runOurs(doc, page.url);
  const sText = ours.article ? articleText(ours.article) : '';
  // On a page whose story was mapped to another alphabet, the clean page's output is mapped too
  // (so that the story's words count as before; chrome, left as it was, then counts as absent).
  const asPage = (t: string) => (d.foreign ? `${t}\n${toForeign(t)}` : t);
  const before = { readability: tokenize(asPage(clean.readability)), sift: tokenize(asPage(clean.sift)) };
  const after = { readability: tokenize(rText), sift: tokenize(sText) };
  const both = <T>(f: (m: 'readability' | 'sift') => T): PerMethod<T> => ({ readability: f('readability'), sift: f('sift') });
  const left = (m: 'readability' | 'sift', text: string) => leftInOutput(text, before[m], after[m]);

  const checkable = (m: 'readability' | 'sift') => d.copy.paragraphs.filter((p) => {
    const toks = tokenize(p);
    return toks.length >= 4 && countSequence(before[m], toks) <= 1;
  });
  const copy = {
    kind: d.copy.kind,
    n: both((m) => checkable(m).length),
    left: both((m) => checkable(m).filter((p) => left(m, p)).length),
  };
  const quotes = d.quotes.map((q) => ({
    container: q.container, edit: q.edit, credit: q.credit,
    left: both((m) => q.lines.some((l) => left(m, l)) || (q.name !== null && left(m, q.name))),
  }));
  const furniture = d.furniture.map((f) => {
    const leftLines = both((m) => f.lines.filter((l) => left(m, l)));
    return { kind: f.kind, n: f.lines.length, left: both((m) => leftLines[m].length), leftLines };
  });
  const rules: RemovedCounts = {};
  for (const r of ours.article?.removed ?? []) rules[r.rule] = (rules[r.rule] ?? 0) + 1;

  let example: string | null = null;
  if (exampleWanted) {
    mkdirSync(opts.outDir, { recursive: true });
    example = join(opts.outDir, `debris-example-${page.id.slice(0, 12)}.html`);
    writeFileSync(example, `<!-- debris version of ${page.id} (${page.url}) made by bench/extraction/debris.ts -->\n${doc.documentElement.outerHTML}`);
    writeFileSync(
      example.replace(/\.html$/, '.txt'),
      [
        `Debris: ${JSON.stringify({ ...d, truth: undefined }, null, 2)}`,
        '\n===== Readability on the debris page =====\n', rText,
        '\n===== Sift on the debris page =====\n', sText,
        '\n===== Sift removed =====\n', ...(ours.article?.removed ?? []).map((r) => `[${r.reason} / ${r.rule}] ${r.text}`),
      ].join('\n'),
    );
  }
  return {
    result: {
      foreign: d.foreign,
      counts: { readability: shingleMatch(d.truth, rText), sift: shingleMatch(d.truth, sText) },
      copy, quotes, furniture,
      removed: removedCounts(ours.article),
      rules,
    },
    example,
  };
}

/**
 * `warm`: run both extractors once, untimed, before anything is timed (the first page a process
 * handles; later pages find the code already compiled).
 */
export function evaluatePage(page: Page, index: number, opts: Options, exampleWanted: boolean, warm: boolean): PageResult {
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = (phases[name] ?? 0) + now - mark;
    mark = now;
  };
  const html = page.html();
  let dom = parse(html, page.url);
  lap('parse');
  let doc = dom.window.document;
  try {
    const sig = signature(doc);
    if (warm) {
      readabilityContent(doc);
      runOurs(doc, page.url);
    }
    // Quality; these two runs are also the first timing repetition.
    const r0 = timed(() => readabilityContent(doc));
    const rText = r0.value ? blockText(r0.value) : '';
    const s0 = timed(() => runOurs(doc, page.url));
    const ours = s0.value;
    const mutated = signature(doc) !== sig;
    if (mutated) {
      dom.window.close();
      dom = parse(html, page.url);
      doc = dom.window.document;
    }
    const sText = ours.article ? articleText(ours.article) : '';
    const sLead = ours.article ? articleText(ours.article, true) : '';
    mkdirSync(join(opts.outDir, 'extraction-texts'), { recursive: true });
    writeFileSync(join(opts.outDir, 'extraction-texts', `${page.id.slice(0, 12)}.readability.txt`), rText);
    writeFileSync(join(opts.outDir, 'extraction-texts', `${page.id.slice(0, 12)}.sift.txt`), sLead);

    lap('quality');

    // Timing: the same parsed document, interleaved (R S, S R, R S, ...), medians over reps.
    let ms: PageResult['ms'] = null;
    if (opts.reps > 0 && !ours.error) {
      gc();
      const d = doc;
      const more = mutated ? opts.reps : opts.reps - 1;
      const [tr, ts] = timeSamples([() => readabilityContent(d), siftRunner(d, page.url).run], more, mutated ? 0 : 1);
      if (!mutated) {
        tr!.unshift(r0.ms);
        ts!.unshift(s0.ms);
      }
      ms = { readability: median(tr!), sift: median(ts!) };
    }

    lap('timing');

    // Growth: the same page with a 16x body, against this 1x page.
    let growth: PageResult['growth'] = null;
    // Growth: this page against the same page with a 16x body, all four runs interleaved.
    if (opts.growth && ms) {
      const big = parse(html, page.url);
      try {
        const bd = big.window.document;
        const added = growBody(bd, page.truth, 16, page.id, { vary: 0.5 });
        if (added) {
          gc();
          const d = doc;
          const s1 = siftRunner(d, page.url);
          const s16 = siftRunner(bd, page.url);
          // The 16x runs get one untimed warm-up (a new document); the 1x ones had theirs.
          readabilityContent(bd);
          s16.run();
          const [r1, r16, t1, t16] = timeMany([() => readabilityContent(d), () => readabilityContent(bd), s1.run, s16.run], opts.reps, false);
          growth = {
            readability: r16! / r1!,
            sift: t16! / t1!,
            extract: median(s16.stats.extract.slice(1)) / median(s1.stats.extract),
            clean: median(s16.stats.clean.slice(1)) / median(s1.stats.clean),
            words: visibleWords(bd) / visibleWords(doc),
            blocks: s16.stats.blocks / s1.stats.blocks,
            added,
          };
        }
      } finally {
        big.window.close();
      }
    }
    lap('growth');
    const debris = debrisVersion(doc, page, { readability: rText, sift: sText }, opts, exampleWanted);
    lap('debris');
    const lead = ours.article?.lead ?? null;
    const diff = {
      extra: absentLines(sText, page.truth, 12),
      missing: absentLines(page.truth, sText, 12),
      lead,
      leadInTruth: lead ? absentLines(lead, page.truth, 1).count === 0 : false,
      removed: (ours.article?.removed ?? []).slice(0, 15).map((r) => `[${r.reason} / ${r.rule}] ${r.text.length > 160 ? `${r.text.slice(0, 157)}...` : r.text}`),
    };
    lap('report');

    return {
      index,
      id: page.id,
      url: page.url,
      error: ours.error,
      counts: {
        readability: shingleMatch(page.truth, rText),
        sift: shingleMatch(page.truth, sText),
        siftLead: shingleMatch(page.truth, sLead),
      },
      words: { truth: tokenize(page.truth).length, readability: tokenize(rText).length, sift: tokenize(sText).length },
      removed: removedCounts(ours.article),
      mutated,
      notArticle: ours.article?.notArticle ?? null,
      ms,
      growth,
      debris: debris.result,
      diff,
      debrisExample: debris.example,
      phases,
    };
  } finally {
    dom.window.close();
  }
}

