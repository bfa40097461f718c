import type { ExtractedBlock } from '../extract/index.js';

/**
 * Where a block stands in the page's markup, as the cleaners compare it: the prose flow is the
 * element path most of the story's words sit in; a block elsewhere (another wrapper, another
 * class) is set apart from it, as call-outs, boxes and controls are.
 */

export const trailOf = (b: ExtractedBlock) => b.hints?.trail ?? '';

/**
 * A test for trails with an element whose class names what `names` lists (alternatives of a
 * regular expression), as a whole word of the class: "comments" matches "div.comments-body" and
 * "li.comment", not "div.commentary" or "div.nocomments".
 */
export function classNamed(names: string): (trail: string) => boolean {
  const word = new RegExp(String.raw`(?:^|[.\s_-])(?:${names})(?=$|[.\s_-])`);
  return (trail) => trail.split(' < ').some((el) => {
    const dot = el.indexOf('.');
    return dot >= 0 && word.test(el.slice(dot + 1));
  });
}

/** The trail without the block's own element: blocks with the same parent are lines of one box. */
export function parentOf(trail: string): string {
  const at = trail.indexOf(' < ');
  return at < 0 ? '' : trail.slice(at + 3);
}

/** Elements that hold one line of text; a line held by anything else (a div's inline run) is its own box. */
const LINE_ELEMENT = /^(?:p|h[1-6]|li|dt|dd|blockquote|figcaption|pre|address|summary|caption)(?=[.[ ]|$)/;

/** The element that holds a block and its sibling lines. */
export function boxOf(trail: string): string {
  return LINE_ELEMENT.test(trail) ? parentOf(trail) : trail;
}

/** Elements of the story's box that must appear in a block's trail for it to sit inside the box (trails are cut at a fixed depth, so deeper blocks show only its first elements). */
const BOX_ELEMENTS = 2;

/** Whether a block's trail sits inside the box of the prose flow, however deep; null when the flow has no box. */
export function insideFlowBox(flow: string): ((trail: string) => boolean) | null {
  const box = boxOf(flow).split(' < ').slice(0, BOX_ELEMENTS).join(' < ');
  if (!box) return null;
  return (trail) => ` < ${trail} < `.includes(` < ${box} < `) || ` < ${trail}`.endsWith(` < ${box}`);
}

/** The trail holding the most words of paragraphs (empty on scraped text, which has no markup). */
export function flowTrail(blocks: readonly ExtractedBlock[], alive: readonly number[], words: (i: number) => readonly string[]): string {
  const weight = new Map<string, number>();
  for (const i of alive) {
    if (blocks[i]!.type !== 'paragraph') continue;
    const t = trailOf(blocks[i]!);
    weight.set(t, (weight.get(t) ?? 0) + words(i).length);
  }
  let top = '';
  let most = -1;
  for (const [t, w] of weight) if (w > most) { top = t; most = w; }
  return top;
}

/** A table row of several cells (joined by " | " at extraction): data of the story, not a line of chrome or a credit. */
export const isDataRow = (b: ExtractedBlock) => /^tr\b/.test(trailOf(b)) && b.text.includes(' | ');
