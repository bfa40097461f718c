/**
 * PolNeAR (train split): who said the DIRECT quotes. Gold = attributions with a Source whose
 * Content lies inside quotation marks; ours = statements with direct=true, mapped back from block
 * offsets to file offsets. See `RULES` for every matching rule (it is printed with the results).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Person } from '../../src/core/index.js';
import {
  compromiseMentions, isPronoun, lineBlocks, makeArticle, overlapLength, overlaps,
  type Mention, type Range, type SourceBlock,
} from './article.js';

export const RULES = [
  'Gold direct quote: an attribution with a Source span whose Content (every fragment; Content2 included) has all its letters',
  '  and digits inside double quotation marks (“…” or "…", tracked per paragraph; the span may include or exclude the marks).',
  '  Contents only partly inside marks (partial quotes mixed with paraphrase) are not gold direct quotes.',
  'Attached: one of our direct=true statements, located in its block (its text found in block.text, preferring an occurrence',
  '  under a quote span of that person) and mapped to file offsets, overlaps the gold Content; the one overlapping most is used.',
  'Right: that statement\'s Person has a span (any kind) overlapping the gold Source (a possessor like "Clinton\'s" in',
  '  "Clinton\'s spokesman Brian Fallon" does not count), or the Source\'s name words match the name or an alias',
  '  (case-insensitive; the last word of either found among the other\'s capitalised words, possessors left out).',
  'Source kinds: named (has a capitalised non-possessor word), pronoun (he, she, they, it, we, I, who...), nominal (other:',
  '  "the spokesman", "officials", "Trump\'s campaign"). A pronoun Source is resolved to the nearest preceding gold Source',
  '  span in the file that is named (any attribution, gender ignored) and judged against it (our person\'s span on the pronoun',
  '  itself also counts); with no named Source before it, it is an unresolved pronoun case. Nominal Sources are right only',
  '  by a span of our person on them.',
  'Compromise baseline (naive, and handed the gold quote): the person compromise (.people()) finds in the quote\'s paragraph',
  '  nearest to the quote, names inside quotation marks skipped; judged by the same rules.',
];

interface Frag extends Range {}

interface TextBound {
  id: string;
  type: string;
  frags: Frag[];
}

interface Attribution {
  id: string;
  source: TextBound | null;
  content: TextBound[];
}

export function parseAnn(ann: string): { bounds: Map<string, TextBound>; attributions: Attribution[] } {
  const bounds = new Map<string, TextBound>();
  const events: { id: string; roles: [string, string][] }[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const type = cols[1].slice(0, sp);
      const frags = cols[1].slice(sp + 1).split(';').map((r) => {
        const [a, b] = r.trim().split(/\s+/).map(Number);
        return { start: a!, end: b! };
      }).filter((f) => Number.isFinite(f.start) && Number.isFinite(f.end) && f.end > f.start);
      bounds.set(id, { id, type, frags });
    } else if (id.startsWith('E') && cols[1]) {
      const roles = cols[1].trim().split(/\s+/).map((r) => r.split(':') as [string, string]);
      events.push({ id, roles });
    }
  }
  const attributions: Attribution[] = [];
  for (const e of events) {
    let source: TextBound | null = null;
    const content: TextBound[] = [];
    for (const [role, ref] of e.roles.slice(1)) {
      const tb = bounds.get(ref);
      if (!tb) continue;
      if (role === 'Source') source = tb;
      else if (role.startsWith('Content')) content.push(tb);
    }
    attributions.push({ id: e.id, source, content });
  }
  return { bounds, attributions };
}

/** 1 for characters inside double quotation marks (state reset at each line), 2 for the marks. */
export function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') inside = false;
    if (c === '“' || c === '”' || c === '"') {
      mask[i] = 2;
      inside = c === '“' ? true : c === '”' ? false : !inside;
      continue;
    }
    mask[i] = inside ? 1 : 0;
  }
  return mask;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** 'all' when every letter/digit of the fragments is inside marks, 'some', or 'none'. */
function quotedness(text: string, mask: Uint8Array, frags: readonly Frag[]): 'all' | 'some' | 'none' {
  let inside = 0;
  let outside = 0;
  for (const f of frags) {
    for (let i = f.start; i < f.end && i < text.length; i++) {
      if (!ALNUM.test(text[i]!)) continue;
      if (mask[i] === 1) inside++;
      else outside++;
    }
  }
  return inside === 0 ? 'none' : outside === 0 ? 'all' : 'some';
}

const STOP_CAPS = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'on', 'for', 'but', 'as', 'at', 'to', 'by', 'with', 'from', 'according', 'both', 'some', 'many', 'most', 'one', 'two', 'other', 'others', 'all', 'mr', 'mrs', 'ms', 'dr']);

/**
 * The capitalised words of a name or Source, lower-cased, without pronouns, articles, and
 * possessors (words ending in 's and the capitalised words right before them: "Hillary Clinton's").
 */
export function nameWords(s: string): string[] {
  const words = [...s.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map((m) => m[0].replace(/[.]+$/, ''));
  const out: string[] = [];
  let run: string[] = [];
  const flush = (possessor: boolean) => {
    if (!possessor) out.push(...run);
    run = [];
  };
  for (const w of words) {
    const poss = /['’]s$/i.test(w) || /s['’]$/.test(w);
    const bare = w.replace(/['’]s?$/i, '');
    const cap = /^\p{Lu}/u.test(bare);
    const low = bare.toLowerCase();
    if (cap && !isPronoun(low) && !STOP_CAPS.has(low)) {
      run.push(low);
      if (poss) flush(true);
    } else flush(false);
  }
  flush(false);
  return out;
}

export function nameMatch(goldWords: readonly string[], name: string): boolean {
  const n = nameWords(name);
  if (!n.length || !goldWords.length) return false;
  return goldWords.includes(n[n.length - 1]!) || n.includes(goldWords[goldWords.length - 1]!);
}

export type SourceKind = 'named' | 'pronoun' | 'pronoun-unresolved' | 'nominal';

export interface GoldQuote {
  file: string;
  attribution: string;
  content: Frag[];
  source: Frag[];
  sourceText: string;
  kind: SourceKind;
  /** Name words to judge against: the Source's, or for a pronoun its antecedent's. */
  words: string[];
  /** Where the antecedent Source of a pronoun is (it counts for span overlap too). */
  antecedent: Frag[];
  antecedentText: string;
}

export interface Verdict {
  attached: boolean;
  right: boolean;
}

export interface Tally {
  gold: number;
  attached: number;
  right: number;
}
const tally = (): Tally => ({ gold: 0, attached: 0, right: 0 });

export interface PolnearResult {
  files: { texts: number; withAnn: number; used: number; severalAnnotators: number; sampled: boolean };
  attributions: number;
  withSource: number;
  partial: number;
  goldDirect: number;
  byKind: Record<SourceKind | 'all', { ours: Tally; compromise: Tally }>;
  ourStatements: { direct: number; indirect: number; unlocated: number; onGoldDirect: number; onOtherGold: number; onNoGold: number };
  annotated: { spans: number; people: number; statements: number };
  errors: string[];
  ms: { ours: number; compromise: number };
  examples: string[];
}

interface Located extends Range {
  person: Person;
  text: string;
}

/** Our statements placed in file offsets. */
function locateStatements(article: Article, blocks: readonly SourceBlock[], counts: PolnearResult['ourStatements']): Located[] {
  const out: Located[] = [];
  for (const person of article.people) {
    for (const st of person.statements ?? []) {
      if (!st.direct) {
        counts.indirect++;
        continue;
      }
      counts.direct++;
      const block = article.blocks[st.block];
      const src = blocks[st.block];
      if (!block || !src || !st.text) {
        counts.unlocated++;
        continue;
      }
      const occurrences: number[] = [];
      for (let i = block.text.indexOf(st.text); i >= 0; i = block.text.indexOf(st.text, i + 1)) occurrences.push(i);
      let len = st.text.length;
      if (!occurrences.length) {
        const head = st.text.slice(0, 40);
        const i = block.text.indexOf(head);
        if (i >= 0) {
          occurrences.push(i);
          len = Math.min(st.text.length, block.text.length - i);
        }
      }
      if (!occurrences.length) {
        counts.unlocated++;
        continue;
      }
      const quotes = (block.spans ?? []).filter((s) => s.kind === 'quote');
      const under = (ref: string | null) =>
        occurrences.find((i) => quotes.some((q) => (ref === null || q.ref === ref) && overlaps(q, { start: i, end: i + len })));
      const at = under(person.id) ?? under(null) ?? occurrences[0]!;
      out.push({ start: src.at + at, end: src.at + at + len, person, text: st.text });
    }
  }
  return out;
}

/** Each person's spans, in file offsets. */
function personSpans(article: Article, blocks: readonly SourceBlock[]): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  article.blocks.forEach((b, i) => {
    const src = blocks[i];
    if (!src) return;
    for (const s of b.spans ?? []) {
      if (s.kind === 'quote') continue;
      const list = out.get(s.ref) ?? [];
      list.push({ start: src.at + s.start, end: src.at + s.end });
      out.set(s.ref, list);
    }
  });
  return out;
}

/** A mention followed by 's is a possessor ("Clinton's spokesman"), not the source. */
const isPossessor = (text: string, r: Range) => /^['’]s\b/.test(text.slice(r.end, r.end + 3));

function judge(text: string, gold: GoldQuote, ranges: readonly Range[], names: readonly string[]): boolean {
  const on = [...gold.source, ...gold.antecedent];
  if (ranges.some((r) => on.some((f) => overlaps(r, f)) && !isPossessor(text, r))) return true;
  if (gold.kind === 'nominal' || gold.kind === 'pronoun-unresolved') return false;
  return names.some((n) => nameMatch(gold.words, n));
}

const sliceFrags = (text: string, frags: readonly Frag[]) => frags.map((f) => text.slice(f.start, f.end)).join(' … ');

function goldQuotes(file: string, text: string, ann: string, res: PolnearResult): { direct: GoldQuote[]; contents: Frag[] } {
  const { attributions } = parseAnn(ann);
  const mask = quoteMask(text);
  const sources = attributions
    .filter((a) => a.source && a.source.frags.length)
    .map((a) => ({ frags: a.source!.frags, text: sliceFrags(text, a.source!.frags) }))
    .sort((a, b) => a.frags[0]!.start - b.frags[0]!.start);
  const direct: GoldQuote[] = [];
  const contents: Frag[] = [];
  for (const a of attributions) {
    res.attributions++;
    const frags = a.content.flatMap((c) => c.frags);
    contents.push(...frags);
    if (!a.source || !a.source.frags.length || !frags.length) continue;
    res.withSource++;
    const q = quotedness(text, mask, frags);
    if (q === 'some') res.partial++;
    if (q !== 'all') continue;
    const sourceText = sliceFrags(text, a.source.frags);
    let kind: SourceKind;
    let words = nameWords(sourceText);
    let antecedent: Frag[] = [];
    let antecedentText = '';
    if (isPronoun(sourceText)) {
      const start = a.source.frags[0]!.start;
      const prior = sources.filter((s) => s.frags[0]!.start < start && nameWords(s.text).length > 0).pop();
      if (prior) {
        kind = 'pronoun';
        words = nameWords(prior.text);
        antecedent = prior.frags;
        antecedentText = prior.text;
      } else kind = 'pronoun-unresolved';
    } else kind = words.length ? 'named' : 'nominal';
    direct.push({ file, attribution: a.id, content: frags, source: a.source.frags, sourceText, kind, words, antecedent, antecedentText });
  }
  return { direct, contents };
}

export interface PolnearOptions {
  /** Articles to use (evenly spaced over the sorted list); 0 = all. */
  limit: number;
  /** Process only the picked articles whose index % shards === shard (to split the work between processes). */
  shard?: number;
  shards?: number;
}

/** Adds up the results of shards (same corpus, same limit). */
export function mergePolnear(parts: readonly PolnearResult[]): PolnearResult {
  const [first, ...rest] = parts;
  if (!first) throw new Error('no results to merge');
  const out = structuredClone(first);
  for (const r of rest) {
    out.files.used += r.files.used;
    out.files.severalAnnotators += r.files.severalAnnotators;
    for (const k of ['attributions', 'withSource', 'partial', 'goldDirect'] as const) out[k] += r[k];
    for (const [k, v] of Object.entries(r.byKind) as [SourceKind | 'all', { ours: Tally; compromise: Tally }][]) {
      for (const sys of ['ours', 'compromise'] as const) {
        for (const f of ['gold', 'attached', 'right'] as const) out.byKind[k][sys][f] += v[sys][f];
      }
    }
    for (const k of Object.keys(r.ourStatements) as (keyof PolnearResult['ourStatements'])[]) out.ourStatements[k] += r.ourStatements[k];
    for (const k of Object.keys(r.annotated) as (keyof PolnearResult['annotated'])[]) out.annotated[k] += r.annotated[k];
    out.ms.ours += r.ms.ours;
    out.ms.compromise += r.ms.compromise;
    out.errors.push(...r.errors);
    out.examples.push(...r.examples);
  }
  return out;
}

export function runPolnear(dir: string, annotate: (a: Article) => Article, opts: PolnearOptions): PolnearResult {
  const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const annFor = new Map<string, string[]>();
  for (const a of anns) {
    const base = a.replace(/_[^_]+\.ann$/, '');
    annFor.set(base, [...(annFor.get(base) ?? []), a]);
  }
  const usable = texts.filter((t) => annFor.has(t.replace(/\.txt$/, '')));
  const limit = opts.limit > 0 && opts.limit < usable.length ? opts.limit : usable.length;
  const picked = limit === usable.length ? usable : Array.from({ length: limit }, (_, i) => usable[Math.floor((i * usable.length) / limit)]!);
  const kinds: (SourceKind | 'all')[] = ['all', 'named', 'pronoun', 'pronoun-unresolved', 'nominal'];
  const res: PolnearResult = {
    files: { texts: texts.length, withAnn: usable.length, used: 0, severalAnnotators: 0, sampled: picked.length < usable.length },
    attributions: 0, withSource: 0, partial: 0, goldDirect: 0,
    byKind: Object.fromEntries(kinds.map((k) => [k, { ours: tally(), compromise: tally() }])) as PolnearResult['byKind'],
    ourStatements: { direct: 0, indirect: 0, unlocated: 0, onGoldDirect: 0, onOtherGold: 0, onNoGold: 0 },
    annotated: { spans: 0, people: 0, statements: 0 },
    errors: [], ms: { ours: 0, compromise: 0 }, examples: [],
  };
  const shards = opts.shards ?? 1;
  const shard = opts.shard ?? 0;
  for (const [fi, file] of picked.entries()) {
    if (fi % shards !== shard) continue;
    res.files.used++;
    const base = file.replace(/\.txt$/, '');
    const annFiles = annFor.get(base)!;
    if (annFiles.length > 1) res.files.severalAnnotators++;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const ann = readFileSync(join(dir, 'attributions', annFiles[0]!), 'utf8');
    const { direct, contents } = goldQuotes(base, text, ann, res);
    res.goldDirect += direct.length;
    const blocks = lineBlocks(text);

    // Ours.
    let article: Article | null = null;
    const t0 = performance.now();
    try {
      article = annotate(makeArticle(blocks));
    } catch (e) {
      res.errors.push(`${base}: ${e instanceof Error ? e.message : String(e)}`);
    }
    res.ms.ours += performance.now() - t0;
    if (article && article.blocks.length !== blocks.length) res.errors.push(`${base}: annotate() returned ${article.blocks.length} blocks for ${blocks.length}`);
    const located = article ? locateStatements(article, blocks, res.ourStatements) : [];
    const spans = article ? personSpans(article, blocks) : new Map<string, Range[]>();
    if (article) {
      res.annotated.spans += article.blocks.reduce((n, b) => n + (b.spans?.length ?? 0), 0);
      res.annotated.people += article.people.length;
      res.annotated.statements += article.people.reduce((n, p) => n + (p.statements?.length ?? 0), 0);
    }
    for (const st of located) {
      if (direct.some((g) => g.content.some((f) => overlaps(st, f)))) res.ourStatements.onGoldDirect++;
      else if (contents.some((f) => overlaps(st, f))) res.ourStatements.onOtherGold++;
      else res.ourStatements.onNoGold++;
    }

    // Compromise baseline: people per paragraph, cached.
    const mask = quoteMask(text);
    const peopleIn = new Map<number, Mention[]>();
    const compromisePeople = (bi: number): Mention[] => {
      let m = peopleIn.get(bi);
      if (!m) {
        const b = blocks[bi]!;
        const t1 = performance.now();
        m = compromiseMentions(b.text, ['PER'])
          .map((x) => ({ ...x, start: x.start + b.at, end: x.end + b.at }))
          .filter((x) => mask[x.start] === 0);
        res.ms.compromise += performance.now() - t1;
        peopleIn.set(bi, m);
      }
      return m;
    };

    for (const g of direct) {
      const env = { start: Math.min(...g.content.map((f) => f.start)), end: Math.max(...g.content.map((f) => f.end)) };
      // Ours.
      let best: Located | null = null;
      let bestLen = 0;
      for (const st of located) {
        const len = g.content.reduce((n, f) => n + overlapLength(st, f), 0);
        if (len > bestLen) {
          best = st;
          bestLen = len;
        }
      }
      const ours: Verdict = { attached: !!best, right: false };
      if (best) ours.right = judge(text, g, spans.get(best.person.id) ?? [], [best.person.name, ...(best.person.aliases ?? [])]);
      // Compromise.
      const bi = blocks.findIndex((b) => g.content[0]!.start >= b.at && g.content[0]!.start < b.at + b.text.length);
      const cands = bi >= 0 ? compromisePeople(bi) : [];
      const dist = (m: Range) => (m.end <= env.start ? env.start - m.end : m.start >= env.end ? m.start - env.end : 0);
      const nearest = cands.slice().sort((a, b) => dist(a) - dist(b))[0] ?? null;
      const comp: Verdict = { attached: !!nearest, right: nearest ? judge(text, g, [nearest], [nearest.text]) : false };
      for (const k of ['all', g.kind] as const) {
        const t = res.byKind[k];
        t.ours.gold++;
        t.compromise.gold++;
        if (ours.attached) t.ours.attached++;
        if (ours.right) t.ours.right++;
        if (comp.attached) t.compromise.attached++;
        if (comp.right) t.compromise.right++;
      }
      if (!ours.right && res.examples.length < 60 / shards && fi % 3 === 0) {
        const quote = sliceFrags(text, g.content);
        res.examples.push(
          `${base} ${g.attribution} [${g.kind}] gold source "${g.sourceText}"${g.antecedentText ? ` (→ "${g.antecedentText}")` : ''}; ` +
            (best ? `ours: ${best.person.name} (${best.person.kind}; aliases ${JSON.stringify(best.person.aliases)})` : 'ours: not attached') +
            `\n    quote: ${quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}`,
        );
      }
    }
  }
  return res;
}
