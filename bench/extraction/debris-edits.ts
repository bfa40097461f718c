/**
 * The small edits that re-published copies and pull quotes carry: a word changed, a clause
 * trimmed, an ellipsis where words were cut, quotation marks restyled. Each returns the edited
 * text, or null when the text offers no place for that edit (the caller then tries another).
 */
import type { Rng } from '../common/rng.js';

export type TextEdit = 'word' | 'trimmed' | 'ellipsis' | 'quotes';
export const TEXT_EDITS: readonly TextEdit[] = ['word', 'trimmed', 'ellipsis', 'quotes'];

/** Replacement words of many kinds, so the change is not one a rule could learn. */
const SWAPS = [
  'several', 'nearly', 'major', 'recent', 'local', 'officials', 'observers', 'critics', 'residents', 'firms',
  'announced', 'reported', 'warned', 'claimed', 'insisted', 'earlier', 'later', 'broadly', 'sharply', 'quietly',
  'regional', 'national', 'federal', 'private', 'public', 'significant', 'modest', 'several', 'dozens', 'hundreds',
];

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** One word of four or more letters changed for another. */
function changeWord(text: string, rng: Rng): string | null {
  const w = words(text);
  const candidates = w.map((x, i) => ({ x, i })).filter(({ x }) => /^\p{L}{4,}[,.;:]?$/u.test(x));
  if (!candidates.length) return null;
  const { x, i } = rng.pick(candidates);
  const tail = x.match(/[,.;:]$/)?.[0] ?? '';
  let swap = rng.pick(SWAPS);
  if (swap === x.replace(/[,.;:]$/, '').toLowerCase()) swap = 'various';
  w[i] = (/^\p{Lu}/u.test(x) ? swap[0]!.toUpperCase() + swap.slice(1) : swap) + tail;
  return w.join(' ');
}

/** A clause cut at a comma (the part after the last comma, or before the first). */
function trimClause(text: string, rng: Rng): string | null {
  const parts = text.split(/,\s+/);
  if (parts.length < 2) {
    const w = words(text);
    return w.length >= 10 ? w.slice(0, w.length - rng.int(2, 4)).join(' ') : null;
  }
  const keepTail = rng.next() < 0.3 && parts[0]!.split(' ').length <= parts.slice(1).join(', ').split(' ').length;
  const kept = keepTail ? parts.slice(1).join(', ') : parts.slice(0, -1).join(', ');
  const out = keepTail ? kept.charAt(0).toUpperCase() + kept.slice(1) : kept.replace(/[;:]$/, '') + (/[.!?]["”’']?$/.test(text) ? '.' : '');
  return words(out).length >= 5 ? out : null;
}

/** Two to five words in the middle replaced by an ellipsis. */
function ellipsis(text: string, rng: Rng): string | null {
  const w = words(text);
  if (w.length < 10) return null;
  const n = rng.int(2, Math.min(5, w.length - 6));
  const at = rng.int(3, w.length - n - 3);
  return [...w.slice(0, at), rng.next() < 0.5 ? '…' : '...', ...w.slice(at + n)].join(' ');
}

/** Straight quotes made curly and curly made straight, apostrophes too. */
function restyleQuotes(text: string): string | null {
  if (/[“”‘’]/.test(text)) return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  if (/["']/.test(text)) {
    let open = true;
    return text.replace(/"/g, () => ((open = !open) ? '”' : '“')).replace(/'/g, '’');
  }
  return null;
}

export function applyEdit(text: string, edit: TextEdit, rng: Rng): string | null {
  switch (edit) {
    case 'word': return changeWord(text, rng);
    case 'trimmed': return trimClause(text, rng);
    case 'ellipsis': return ellipsis(text, rng);
    case 'quotes': return restyleQuotes(text);
  }
}

/** Some edit that applies, starting from `preferred`; the text unchanged (and 'none') when none does. */
export function someEdit(text: string, preferred: TextEdit, rng: Rng): { text: string; edit: TextEdit | 'none' } {
  const order = [preferred, ...TEXT_EDITS.filter((e) => e !== preferred)];
  for (const edit of order) {
    const out = applyEdit(text, edit, rng);
    if (out && out !== text) return { text: out, edit };
  }
  return { text, edit: 'none' };
}
