import { wordsOf } from '../text/normalize.js';
import { best, ShingleIndex, shinglesOf } from '../text/shingles.js';
import type { ExtractedBlock } from '../extract/index.js';
import type { CleaningRule } from './rule.js';

/**
 * Pull quotes restate a sentence (or part of one) of the body in large type, often with an
 * attribution tail ("- Name, title |"). Once the page's styling is gone they read as the same
 * words twice. A short block goes when a longer body block holds most of its wording; a real
 * quotation that echoes nothing in the body stays.
 */

const MIN_WORDS = 5;
const MAX_WORDS = 60;
/** The host must be clearly longer: an equal-length copy is a repeated block, not a pull quote. */
const MIN_EXTRA_WORDS = 3;
const CONTAINED = 0.8;
/** Markup that styles a block as a quote lowers the bar: the page itself says it is set apart. */
const CONTAINED_WHEN_MARKED = 0.6;
const MARKED = /\b(?:aside|blockquote|figure|q)\b|pull|quote|highlight|callout|inset|sidebar/;
const MAX_ATTRIBUTION_WORDS = 20;

/** "- Russian President Vladimir Putin addressing officers |" and "— Name, title" tails. */
const TAIL = /(?:\s*[|¦]\s*)+$|\s+[-–—―~]\s*\p{Lu}[^.!?"“”|]{0,160}(?:\s*[|¦]\s*)*$/u;
const ATTRIBUTION_LINE = /^[-–—―~]\s*\p{Lu}[^.!?"“”]{0,160}(?:\s*[|¦]\s*)*$/u;

function core(text: string): string[] {
  let t = text.trim();
  for (let i = 0; i < 2 && TAIL.test(t); i++) t = t.replace(TAIL, '');
  return wordsOf(t);
}

function marked(block: ExtractedBlock): boolean {
  if (block.type === 'quote') return true;
  const near = block.hints?.trail.split(' < ').slice(0, 4).join(' ') ?? '';
  return MARKED.test(near) || Boolean(block.hints?.emphasised);
}

export const pullQuotes: CleaningRule = {
  name: 'pull-quotes',
  reason: 'pull-quote',
  why: 'A pull quote repeats words the article already says, styled for a layout that is gone.',
  *find({ blocks, alive }) {
    const index = new ShingleIndex();
    const lengths = new Map<number, number>();
    for (const i of alive) {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' && block.type !== 'quote') continue;
      const w = wordsOf(block.text);
      lengths.set(i, w.length);
      index.add(i, shinglesOf(w));
    }

    const removed = new Set<number>();
    alive.forEach((i, pos) => {
      const block = blocks[i]!;
      if (block.type !== 'paragraph' && block.type !== 'quote' && block.type !== 'heading') return;
      const words = core(block.text);
      if (words.length < MIN_WORDS || words.length > MAX_WORDS) return;
      const shingles = new Set(shinglesOf(words));
      const host = best(index.overlaps(shingles, (h) => h !== i && !removed.has(h) && lengths.get(h)! >= words.length + MIN_EXTRA_WORDS));
      const bar = marked(block) ? CONTAINED_WHEN_MARKED : CONTAINED;
      if (!host || host.count < bar * shingles.size) return;
      removed.add(i);
      const next = alive[pos + 1];
      const nextText = next === undefined ? '' : blocks[next]!.text.trim();
      if (next !== undefined && ATTRIBUTION_LINE.test(nextText) && wordsOf(nextText).length <= MAX_ATTRIBUTION_WORDS) removed.add(next);
    });
    yield* [...removed].sort((a, b) => a - b);
  },
};
