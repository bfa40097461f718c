/**
 * wikigold (CoNLL, IOB1, PER/LOC/ORG/MISC): entity-level precision/recall/F1 of our spans and of
 * plain compromise. Each document's text is rebuilt by joining tokens with single spaces, one
 * block per sentence; gold entities are char ranges in those blocks.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/core/index.js';
import {
  compromiseMentions, makeArticle, ourMentions, overlaps, TYPES,
  type EntityType, type Mention, type SourceBlock,
} from './article.js';

export interface Doc {
  /** One block per sentence. */
  blocks: SourceBlock[];
  /** Gold entities per block (MISC included: it counts against nobody, but see `score`). */
  gold: { start: number; end: number; type: string; text: string }[][];
}

/** Parses the CoNLL file: documents separated by -DOCSTART- lines, sentences by blank lines. */
export function parseWikigold(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = { blocks: [], gold: [] };
  let tokens: { word: string; tag: string }[] = [];
  const flushSentence = () => {
    if (tokens.length === 0) return;
    let text = '';
    const gold: Doc['gold'][number] = [];
    type Open = { start: number; end: number; type: string };
    const cur: { open: Open | null } = { open: null };
    const close = () => {
      if (cur.open) gold.push({ ...cur.open, text: text.slice(cur.open.start, cur.open.end) });
      cur.open = null;
    };
    for (const { word, tag } of tokens) {
      if (text) text += ' ';
      const start = text.length;
      text += word;
      const end = text.length;
      const dash = tag.indexOf('-');
      const prefix = tag === 'O' || dash < 0 ? 'O' : tag.slice(0, dash);
      const type = dash < 0 ? '' : tag.slice(dash + 1);
      // IOB1: I-X continues an X entity; B-X starts a new one next to another X; I-X after O or another type starts one.
      if (prefix === 'O') close();
      else if (prefix === 'B' || !cur.open || cur.open.type !== type) {
        close();
        cur.open = { start, end, type };
      } else cur.open.end = end;
    }
    close();
    doc.blocks.push({ text, at: 0 });
    doc.gold.push(gold);
    tokens = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (doc.blocks.length) docs.push(doc);
    doc = { blocks: [], gold: [] };
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trimEnd();
    if (!line) {
      flushSentence();
      continue;
    }
    const sp = line.lastIndexOf(' ');
    const word = line.slice(0, sp);
    const tag = line.slice(sp + 1);
    if (word === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    tokens.push({ word, tag });
  }
  flushDoc();
  return docs;
}

export interface Score {
  gold: number;
  pred: number;
  exactTp: number;
  /** Predictions overlapping a gold entity of the same type. */
  lenientPredHits: number;
  /** Gold entities overlapped by a prediction of the same type. */
  lenientGoldHits: number;
}

const emptyScore = (): Score => ({ gold: 0, pred: 0, exactTp: 0, lenientPredHits: 0, lenientGoldHits: 0 });

export type Scores = Record<EntityType | 'ALL' | 'ANY', Score>;

export const newScores = (): Scores => ({ PER: emptyScore(), LOC: emptyScore(), ORG: emptyScore(), ALL: emptyScore(), ANY: emptyScore() });

/**
 * Adds one block. Per type; ALL = micro over PER/LOC/ORG; ANY = type ignored (a PER/LOC/ORG
 * prediction against any PER/LOC/ORG gold entity: detection regardless of the type given).
 */
export function score(scores: Scores, gold: readonly { start: number; end: number; type: string }[], pred: readonly Mention[]): void {
  const add = (s: Score, g: readonly { start: number; end: number }[], p: readonly { start: number; end: number }[]) => {
    s.gold += g.length;
    s.pred += p.length;
    const gkeys = new Set(g.map((x) => `${x.start}:${x.end}`));
    const pkeys = new Set<string>();
    for (const x of p) {
      const k = `${x.start}:${x.end}`;
      if (gkeys.has(k) && !pkeys.has(k)) s.exactTp++;
      pkeys.add(k);
      if (g.some((y) => overlaps(x, y))) s.lenientPredHits++;
    }
    for (const y of g) if (p.some((x) => overlaps(x, y))) s.lenientGoldHits++;
  };
  for (const t of TYPES) {
    const g = gold.filter((x) => x.type === t);
    const p = pred.filter((x) => x.type === t);
    add(scores[t], g, p);
    add(scores.ALL, g, p);
  }
  // Type ignored: predictions deduplicated by range.
  const seen = new Set<string>();
  const anyPred = pred.filter((x) => {
    const k = `${x.start}:${x.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  add(scores.ANY, gold.filter((x) => x.type !== 'MISC'), anyPred);
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}
const prf = (tpP: number, pred: number, tpR: number, gold: number): PRF => {
  const p = pred ? tpP / pred : Number.NaN;
  const r = gold ? tpR / gold : Number.NaN;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : pred === 0 || gold === 0 ? Number.NaN : 0;
  return { p, r, f };
};
export const exactPRF = (s: Score): PRF => prf(s.exactTp, s.pred, s.exactTp, s.gold);
export const lenientPRF = (s: Score): PRF => prf(s.lenientPredHits, s.pred, s.lenientGoldHits, s.gold);

export interface WikigoldResult {
  docs: number;
  sentences: number;
  ours: Scores;
  compromise: Scores;
  /** Our spans that are role words or pronouns (not names), left out. */
  references: number;
  /** Our spans outside their block or empty; starting/ending with a space or punctuation. */
  spanChecks: { invalid: number; untrimmed: number; texts: string[] };
  /** Our annotation produced anything at all. */
  annotated: { spans: number; people: number; places: number };
  errors: string[];
  ms: { ours: number; compromise: number };
  /** A few wrong or missed entities, for reading. */
  examples: string[];
}

export function runWikigold(path: string, annotate: (a: Article) => Article): WikigoldResult {
  const docs = parseWikigold(path);
  const ours = newScores();
  const comp = newScores();
  const res: WikigoldResult = {
    docs: docs.length, sentences: 0, ours, compromise: comp, references: 0, spanChecks: { invalid: 0, untrimmed: 0, texts: [] },
    annotated: { spans: 0, people: 0, places: 0 }, errors: [], ms: { ours: 0, compromise: 0 }, examples: [],
  };
  for (const [di, doc] of docs.entries()) {
    res.sentences += doc.blocks.length;
    let annotated: Article | null = null;
    const t0 = performance.now();
    try {
      annotated = annotate(makeArticle(doc.blocks));
    } catch (e) {
      res.errors.push(`doc ${di}: ${e instanceof Error ? e.message : String(e)}`);
    }
    res.ms.ours += performance.now() - t0;
    const mine = annotated ? ourMentions(annotated) : { blocks: doc.blocks.map(() => []), references: 0, invalid: 0, untrimmed: 0, untrimmedTexts: [] };
    if (annotated) {
      res.annotated.spans += annotated.blocks.reduce((n, b) => n + (b.spans?.length ?? 0), 0);
      res.annotated.people += annotated.people.length;
      res.annotated.places += annotated.places.length;
    }
    res.references += mine.references;
    res.spanChecks.invalid += mine.invalid;
    res.spanChecks.untrimmed += mine.untrimmed;
    if (res.spanChecks.texts.length < 30) res.spanChecks.texts.push(...mine.untrimmedTexts);
    for (const [bi, block] of doc.blocks.entries()) {
      const gold = doc.gold[bi]!;
      const pred = mine.blocks[bi] ?? [];
      score(ours, gold, pred);
      const t1 = performance.now();
      const cm = compromiseMentions(block.text);
      res.ms.compromise += performance.now() - t1;
      score(comp, gold, cm);
      if (res.examples.length < 40 && di % 7 === 0) {
        for (const g of gold) {
          if (g.type === 'MISC') continue;
          const hit = pred.find((p) => p.start === g.start && p.end === g.end && p.type === g.type);
          if (!hit) {
            const near = pred.filter((p) => overlaps(p, g)).map((p) => `${p.type} "${p.text}"`).join(', ');
            res.examples.push(`missed ${g.type} "${g.text}"${near ? ` (we have ${near})` : ''}  | ${block.text.slice(Math.max(0, g.start - 40), g.end + 40)}`);
          }
        }
        for (const p of pred) {
          if (!gold.some((g) => overlaps(p, g) && g.type === p.type)) {
            const g = gold.find((x) => overlaps(p, x));
            res.examples.push(`extra  ${p.type} "${p.text}"${g ? ` (gold ${g.type} "${g.text}")` : ''}  | ${block.text.slice(Math.max(0, p.start - 40), p.end + 40)}`);
          }
        }
      }
    }
  }
  return res;
}
