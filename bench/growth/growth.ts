/**
 * Page growth: the same page with its article body `factor` times as long, to see whether cost
 * grows linearly. The body paragraphs are repeated inside the same container; each copy of a
 * paragraph gets its own tail of made-up words, and with `vary` a share of its lower-case words
 * replaced by made-up ones too.
 *
 * The tail alone keeps copies from being exact repeats, but the near-duplicate rule of the
 * repeated-blocks cleaner (half the 3-word shingles and 80% of the words shared) still takes them
 * for copies on any paragraph longer than a few words, so a grown page without `vary` mostly
 * measures the repeat remover, not a longer article. vary 0.5 replaces a third to two fifths of
 * all words, which leaves each copy under the thresholds against the original and other copies.
 */
import { findArticleParagraphs } from '../common/locate.js';
import { makeRng, type Rng } from '../common/rng.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tos', 'vel', 'dar', 'nu', 'pie', 'sor', 'gan', 'bel', 'tru', 'mon', 'zi', 'cal', 'pher', 'ost', 'li', 'quan'];

/** Pages of bench/extraction/extraction.ts that also get the growth measurements (about 10 of 88). */
export const isGrowthPage = (index: number) => index % 9 === 4;

function word(rng: Rng): string {
  let w = '';
  const n = rng.int(2, 3);
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return w;
}

export interface GrowOptions {
  /** Share of each copy's lower-case words replaced by made-up words (0: tail only). */
  vary?: number;
}

// Capitalised words and numbers stay, so copies keep the names, dates and figures that
// annotation works on; letters only, so punctuation and quotation marks stay too. Lookarounds
// rather than \b, which would split "músicas" at the accent.
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}])/gu;

/**
 * Replaces `share` of the lower-case words in the text nodes under `el` (at least one): a fixed
 * count at random positions, since a coin toss per word leaves some short paragraphs nearly
 * unchanged.
 */
function varyWords(el: Element, share: number, rng: Rng): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
  const total = texts.reduce((n, t) => n + (t.data.match(LOWER_WORD)?.length ?? 0), 0);
  if (total === 0) return;
  // A partial Fisher-Yates shuffle picks which of the `total` words go.
  const order = Array.from({ length: total }, (_, i) => i);
  const count = Math.max(1, Math.round(share * total));
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, total - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = new Set(order.slice(0, count));
  let i = 0;
  for (const t of texts) t.data = t.data.replace(LOWER_WORD, (w) => (chosen.has(i++) ? word(rng) : w));
}

/** Grows `doc` in place; returns the number of paragraphs added, or null if no article was found. */
export function growBody(doc: Document, truth: string, factor: number, seed: string, opts: GrowOptions = {}): number | null {
  const found = findArticleParagraphs(doc, truth);
  if (!found) return null;
  const vary = opts.vary ?? 0;
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
      if (vary > 0) varyWords(c, vary, rng);
      c.append(` ${tail}.`);
      frag.append(c);
    }
  }
  last.after(frag);
  return (factor - 1) * found.paragraphs.length;
}
