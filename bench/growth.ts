/**
 * Page growth: the same page with its article body 16 times as long, to see whether cost grows
 * linearly. The body paragraphs are repeated inside the same container; each copy of a paragraph
 * gets its own tail of made-up words so that repeat detection cannot collapse the copies.
 */
import { findArticleParagraphs } from './locate.js';
import { makeRng, type Rng } from './rng.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tos', 'vel', 'dar', 'nu', 'pie', 'sor', 'gan', 'bel', 'tru', 'mon', 'zi', 'cal', 'pher', 'ost', 'li', 'quan'];

function word(rng: Rng): string {
  let w = '';
  const n = rng.int(2, 3);
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return w;
}

/** Grows `doc` in place; returns the number of paragraphs added, or null if no article was found. */
export function growBody(doc: Document, truth: string, factor: number, seed: string): number | null {
  const found = findArticleParagraphs(doc, truth);
  if (!found) return null;
  const rng = makeRng(`growth:${seed}`);
  const seen = new Set<string>();
  const last = found.paragraphs[found.paragraphs.length - 1]!;
  const frag = doc.createDocumentFragment();
  for (let k = 1; k < factor; k++) {
    for (const p of found.paragraphs) {
      let tail = '';
      do tail = Array.from({ length: 5 }, () => word(rng)).join(' ');
      while (seen.has(tail));
      seen.add(tail);
      const c = p.cloneNode(true) as Element;
      c.append(` ${tail}.`);
      frag.append(c);
    }
  }
  last.after(frag);
  return (factor - 1) * found.paragraphs.length;
}
