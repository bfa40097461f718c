/**
 * PolNeAR (train split): who said the DIRECT quotes. Gold = attributions with a Source whose
 * Content lies inside quotation marks; ours = statements with direct=true, mapped back from block
 * offsets to file offsets. See `RULES` for every matching rule (it is printed with the results).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Person } from '../../src/core/index.js';
import {
  isPronoun, lineBlocks, makeArticle, overlaps,
  type Range, type SourceBlock,
} from './article.js';

export const RULES = [
  'Gold direct quote: an attribution with a Source span whose Content (every fragment; Content2 included) has all its letters',
  '  and digits inside double quotation marks (“…” or "…", tracked per paragraph; the span may include or exclude the marks).',
  '  Contents only partly inside marks (partial quotes mixed with paraphrase) are not gold direct quotes.',
  'Attributed: one Person\'s direct=true statements, all fragments together (each located in its block and mapped to file',
  '  offsets), cover at least half of the gold Content\'s words; the Person covering most is the one judged.',
  'Right: that Person has a span (any kind) overlapping the gold Source (a possessor like "Clinton\'s" in',
  '  "Clinton\'s spokesman Brian Fallon" does not count), or the Source\'s name words match the name or an alias',
  '  (case-insensitive; the last word of either found among the other\'s capitalised words, possessors left out).',
  'Source kinds: named (has a capitalised non-possessor word), pronoun (he, she, they, it, we, I, who...), nominal (other:',
  '  "the spokesman", "officials", "Trump\'s campaign"). A pronoun Source is resolved to the nearest preceding gold Source',
  '  span in the file that is named (any attribution, gender ignored) and judged against it (our person\'s span on the pronoun',
  '  itself also counts); with no named Source before it, it is an unresolved pronoun case. Nominal Sources are right only',
  '  by a span of our person on them.',
  'Both systems (Sift and the rules baseline) are judged by these same rules on the same articles.',
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

export interface Tally {
  gold: number;
  attributed: number;
  right: number;
}
const tally = (): Tally => ({ gold: 0, attributed: 0, right: 0 });
export const SYSTEMS = ['ours', 'rules'] as const;
export type System = (typeof SYSTEMS)[number];

export interface PolnearResult {
  files: { texts: number; withAnn: number; used: number; severalAnnotators: number; sampled: boolean };
  attributions: number;
  withSource: number;
  partial: number;
  goldDirect: number;
  byKind: Record<SourceKind | 'all', Record<System, Tally>>;
  ourStatements: { direct: number; indirect: number; unlocated: number; onGoldDirect: number; onOtherGold: number; onNoGold: number };
  annotated: { spans: number; people: number; statements: number };
  errors: string[];
  ms: Record<System, number>;
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
    for (const [k, v] of Object.entries(r.byKind) as [SourceKind | 'all', Record<System, Tally>][]) {
      for (const sys of SYSTEMS) {
        for (const f of ['gold', 'attributed', 'right'] as const) out.byKind[k][sys][f] += v[sys][f];
      }
    }
    for (const k of Object.keys(r.ourStatements) as (keyof PolnearResult['ourStatements'])[]) out.ourStatements[k] += r.ourStatements[k];
    for (const k of Object.keys(r.annotated) as (keyof PolnearResult['annotated'])[]) out.annotated[k] += r.annotated[k];
    for (const sys of SYSTEMS) out.ms[sys] += r.ms[sys];
    out.errors.push(...r.errors);
    out.examples.push(...r.examples);
  }
  return out;
}

/** The words of the gold Content (letter or digit runs), as file ranges. */
function contentWords(text: string, frags: readonly Frag[]): Range[] {
  const out: Range[] = [];
  for (const f of frags) for (const m of text.slice(f.start, f.end).matchAll(/[\p{L}\p{N}]+/gu)) out.push({ start: f.start + m.index, end: f.start + m.index + m[0].length });
  return out;
}

/** The Person whose statements cover most of the quote's words, and the share covered. */
function bestCover(words: readonly Range[], located: readonly Located[]): { person: Person; share: number } | null {
  const byPerson = new Map<string, { person: Person; covered: number }>();
  for (const st of located) byPerson.set(st.person.id, byPerson.get(st.person.id) ?? { person: st.person, covered: 0 });
  let best: { person: Person; share: number } | null = null;
  for (const [id, entry] of byPerson) {
    const mine = located.filter((l) => l.person.id === id);
    const covered = words.filter((w) => mine.some((l) => overlaps(l, w))).length;
    const share = words.length ? covered / words.length : 0;
    if (covered && (!best || share > best.share)) best = { person: entry.person, share };
  }
  return best;
}

export function runPolnear(dir: string, annotators: Record<System, ((a: Article) => Article) | null>, opts: PolnearOptions): PolnearResult {
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
    byKind: Object.fromEntries(kinds.map((k) => [k, { ours: tally(), rules: tally() }])) as PolnearResult['byKind'],
    ourStatements: { direct: 0, indirect: 0, unlocated: 0, onGoldDirect: 0, onOtherGold: 0, onNoGold: 0 },
    annotated: { spans: 0, people: 0, statements: 0 },
    errors: [], ms: { ours: 0, rules: 0 }, examples: [],
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

    for (const sys of SYSTEMS) {
      const annotate = annotators[sys];
      if (!annotate) continue;
      let article: Article | null = null;
      const t0 = performance.now();
      try {
        article = annotate(makeArticle(blocks));
      } catch (e) {
        res.errors.push(`${sys} ${base}: ${e instanceof Error ? e.message : String(e)}`);
      }
      res.ms[sys] += performance.now() - t0;
      if (article && article.blocks.length !== blocks.length) res.errors.push(`${sys} ${base}: annotate() returned ${article.blocks.length} blocks for ${blocks.length}`);
      const counts = sys === 'ours' ? res.ourStatements : { ...res.ourStatements };
      const located = article ? locateStatements(article, blocks, counts) : [];
      const spans = article ? personSpans(article, blocks) : new Map<string, Range[]>();
      if (sys === 'ours') {
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
      }
      for (const g of direct) {
        const best = bestCover(contentWords(text, g.content), located);
        const attributed = !!best && best.share >= 0.5;
        const right = attributed && judge(text, g, spans.get(best.person.id) ?? [], [best.person.name, ...(best.person.aliases ?? [])]);
        for (const k of ['all', g.kind] as const) {
          const t = res.byKind[k][sys];
          t.gold++;
          if (attributed) t.attributed++;
          if (right) t.right++;
        }
        if (sys === 'ours' && !right && res.examples.length < 60 / shards && fi % 3 === 0) {
          const quote = sliceFrags(text, g.content);
          res.examples.push(
            `${base} ${g.attribution} [${g.kind}] gold source "${g.sourceText}"${g.antecedentText ? ` (→ "${g.antecedentText}")` : ''}; ` +
              (best ? `ours: ${best.person.name} covers ${Math.round(100 * best.share)}% (${best.person.kind}; aliases ${JSON.stringify(best.person.aliases)})` : 'ours: not attributed') +
              `\n    quote: ${quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}`,
          );
        }
      }
    }
  }
  return res;
}
