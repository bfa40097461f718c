/** Finding the article's own paragraphs in a page, given its true body text. */
import { shingles, tokenize } from './metric.js';

export interface ArticleParagraphs {
  /** The deepest element whose <p> descendants hold most (80%) of the true paragraphs' words. */
  container: Element;
  /** The true paragraphs inside the container, in document order. */
  paragraphs: Element[];
}

/** Share of a text's shingles (multiset) that occur in a set of true shingles. */
export function coverage(text: string, truth: ReadonlySet<string>): number {
  const sh = shingles(tokenize(text));
  let total = 0;
  let hit = 0;
  for (const [key, n] of sh) {
    total += n;
    if (truth.has(key)) hit += n;
  }
  return total === 0 ? 0 : hit / total;
}

export function truthShingles(truth: string): Set<string> {
  return new Set(shingles(tokenize(truth)).keys());
}

export function findArticleParagraphs(doc: Document, truth: string, minParagraphs = 3): ArticleParagraphs | null {
  const body = doc.body;
  if (!body) return null;
  const truthSet = truthShingles(truth);
  const weight = new Map<Element, number>();
  const trueParas: Element[] = [];
  let total = 0;
  for (const p of body.querySelectorAll('p')) {
    const n = tokenize(p.textContent).length;
    if (n < 5 || coverage(p.textContent ?? '', truthSet) < 0.6) continue;
    trueParas.push(p);
    total += n;
    for (let a = p.parentElement; a; a = a.parentElement) weight.set(a, (weight.get(a) ?? 0) + n);
  }
  if (trueParas.length < minParagraphs) return null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    if (w < 0.8 * total) continue;
    let depth = 0;
    for (let a = el.parentElement; a; a = a.parentElement) depth++;
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  if (!best || best === doc.documentElement) return null;
  const container: Element = best;
  const paragraphs = trueParas.filter((p) => container.contains(p));
  return paragraphs.length >= minParagraphs ? { container, paragraphs } : null;
}

/** Occurrences of a token sequence in a token list (the unit for "is it still in the output"). */
export function countSequence(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return 0;
  let count = 0;
  const first = needle[0];
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    count++;
  }
  return count;
}
