/**
 * Names per document: for each document of a labelled corpus, the distinct (type, name) pairs the
 * annotation marks against the distinct pairs of the gold labels. Exact: the same words. Lenient:
 * one name's words stand inside the other's ("Kirby" and "John Kirby"), same type. Precision over
 * our names, recall over gold names, summed over documents. Documents are rebuilt as one block per
 * sentence with the tokens joined by single spaces.
 */
import type { Sentence } from '../../training/ner/corpora.js';
import { makeArticle, ourMentions, TYPES, type EntityType } from './article.js';
import type { Annotate } from './baseline.js';

export interface Counts { predicted: number; gold: number; exactHits: number; lenientP: number; lenientR: number }
export type NameScores = Record<EntityType, Counts>;

const zero = (): Counts => ({ predicted: 0, gold: 0, exactHits: 0, lenientP: 0, lenientR: 0 });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const inside = (a: string, b: string) => ` ${b} `.includes(` ${a} `);
const lenient = (a: string, b: string) => inside(a, b) || inside(b, a);

/** Gold names of one sentence: spans of its BIO tags. */
function goldNames(s: Sentence): { type: EntityType; name: string }[] {
  const out: { type: EntityType; name: string }[] = [];
  for (let i = 0; i < s.tags.length; i++) {
    if (!s.tags[i]!.startsWith('B-')) continue;
    const type = s.tags[i]!.slice(2) as EntityType;
    let j = i + 1;
    while (j < s.tags.length && s.tags[j] === `I-${type}`) j++;
    out.push({ type, name: norm(s.tokens.slice(i, j).join(' ')) });
    i = j - 1;
  }
  return out;
}

export function scoreNames(sentences: readonly Sentence[], annotate: Annotate): { scores: NameScores; docs: number; ms: number; misses: string[] } {
  const byDoc = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const doc = byDoc.get(s.doc);
    if (doc) doc.push(s); else byDoc.set(s.doc, [s]);
  }
  const scores = Object.fromEntries(TYPES.map((t) => [t, zero()])) as NameScores;
  const misses: string[] = [];
  let ms = 0;
  for (const [doc, sents] of byDoc) {
    const blocks = sents.map((s) => ({ text: s.tokens.join(' '), at: 0 }));
    const t0 = performance.now();
    const article = annotate(makeArticle(blocks));
    ms += performance.now() - t0;
    const ours = ourMentions(article).blocks.flat();
    for (const type of TYPES) {
      const gold = [...new Set(sents.flatMap(goldNames).filter((g) => g.type === type).map((g) => g.name))];
      const pred = [...new Set(ours.filter((m) => m.type === type).map((m) => norm(m.text)))];
      const c = scores[type];
      c.gold += gold.length;
      c.predicted += pred.length;
      c.exactHits += pred.filter((p) => gold.includes(p)).length;
      c.lenientP += pred.filter((p) => gold.some((g) => lenient(p, g))).length;
      c.lenientR += gold.filter((g) => pred.some((p) => lenient(p, g))).length;
      if (misses.length < 400) for (const g of gold.filter((x) => !pred.some((p) => lenient(p, x))).slice(0, 2)) misses.push(`${doc.split('/').pop()} ${type} missed «${g}»`);
    }
  }
  return { scores, docs: byDoc.size, ms, misses };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
export function prf(c: Counts): { exact: { p: number; r: number; f: number }; lenient: { p: number; r: number; f: number } } {
  const ep = c.predicted ? c.exactHits / c.predicted : 0;
  const er = c.gold ? c.exactHits / c.gold : 0;
  const lp = c.predicted ? c.lenientP / c.predicted : 0;
  const lr = c.gold ? c.lenientR / c.gold : 0;
  return { exact: { p: ep, r: er, f: f1(ep, er) }, lenient: { p: lp, r: lr, f: f1(lp, lr) } };
}
