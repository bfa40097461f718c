import { mayBeStandfirst, STANDFIRST_NEVER_INSIDE } from './lead.js';
import { isPostBodyMark } from './post-body.js';

/**
 * One walk of the original page gathers what extraction asks of the page's own markup besides
 * Readability's answer: whether the page is more than Readability should be given, the post
 * body the theme marks, the elements whose class or microdata names a standfirst, the meta tags
 * and the first headline. In a DOM implemented in script (the command line's jsdom) each walk of
 * a page, and each selector query, costs about as much as another: the ones this replaced took 5%
 * of Readability's own time.
 */

/**
 * Readability's work grows with the cube of nesting depth (28 s at 1,000 levels under jsdom), and
 * real articles nest a few dozen levels; past this, the densest-container fallback reads the page.
 */
export const MAX_DEPTH = 400;

/**
 * Readability clones the whole page and scores every element: past this many elements (a long
 * forum thread, a book on one page; news articles have a few thousand) that doubles the memory of
 * a page already held once (jsdom needs ~5 KB per element) for no better answer than the
 * densest-container fallback gives on such a page.
 */
export const MAX_ELEMENTS = 100_000;

/**
 * Elements no theme marks as a post body, and that a standfirst is never (links and list items
 * are ruled out as standfirsts anyway): about half a news page's elements, whose attributes are
 * not read.
 */
const NEVER_MARKED: ReadonlySet<string> = new Set(['a', 'li', 'img', 'br', 'hr', 'wbr', 'input', 'option', 'button', 'label', 'source', 'track']);
/** Subtrees that hold no text of a post: nothing inside is read. */
const NOTHING_MARKED_INSIDE: ReadonlySet<string> = new Set(['svg', 'math', 'script', 'style', 'template', 'noscript', 'iframe', 'select', 'picture', 'video', 'audio', 'canvas', 'object']);

export interface PageSurvey {
  /** An element nested deeper than the depth limit, or more elements than the count limit. */
  readonly beyondReadability: boolean;
  /** Elements of the body the page marks as a post's body, outermost ones only, in page order. */
  readonly postBodies: readonly Element[];
  /** Elements of the body whose class or microdata may name a standfirst, outside menus, lists, forms and the like. */
  readonly standfirstPlaces: readonly Element[];
  /** The page's meta tags, in page order. */
  readonly metas: readonly Element[];
  /** The body's first h1. */
  readonly headline: Element | null;
}

const BEYOND: PageSurvey = Object.freeze({ beyondReadability: true, postBodies: [], standfirstPlaces: [], metas: [], headline: null });

export interface SurveyLimits {
  maxDepth?: number;
  maxElements?: number;
}

/**
 * Walks the page once, along sibling links (no recursion: pages nest thousands deep). A page
 * beyond the limits is left at once, its marks unread: Readability is not run on it, and the
 * fallback that reads it wants none (its meta tags are looked up on their own).
 */
export function surveyPage(doc: Document, { maxDepth = MAX_DEPTH, maxElements = MAX_ELEMENTS }: SurveyLimits = {}): PageSurvey {
  const postBodies: Element[] = [];
  const standfirstPlaces: Element[] = [];
  const metas: Element[] = [];
  let headline: Element | null = null;
  const survey = (): PageSurvey => ({ beyondReadability: false, postBodies, standfirstPlaces, metas, headline });
  const root = doc.documentElement;
  if (!root) return survey();
  const body = doc.body;
  const quirks = doc.compatMode === 'BackCompat';
  let depth = 0;
  let count = 1;
  // Depths at which the walk entered the body, a subtree that holds no standfirst, one that holds
  // no mark at all, and a post body; -1 while outside. Visiting an element at depth d means every
  // element at d or deeper seen before it has been left.
  let bodyAt = -1;
  let skippedAt = -1;
  let unmarkedAt = -1;
  let postAt = -1;
  let el: Element | null = root;
  while (el) {
    if (bodyAt >= depth) bodyAt = -1;
    if (skippedAt >= depth) skippedAt = -1;
    if (unmarkedAt >= depth) unmarkedAt = -1;
    if (postAt >= depth) postAt = -1;
    const tag = el.localName;
    if (tag === 'meta') metas.push(el);
    else if (tag === 'h1' && bodyAt >= 0 && !headline) headline = el;
    if (el === body) {
      bodyAt = depth;
    } else if (bodyAt >= 0 && unmarkedAt < 0 && NOTHING_MARKED_INSIDE.has(tag)) {
      unmarkedAt = depth;
    } else if (bodyAt >= 0 && unmarkedAt < 0 && !NEVER_MARKED.has(tag)) {
      if (skippedAt < 0 && STANDFIRST_NEVER_INSIDE.has(tag)) skippedAt = depth;
      // The reflected property is cheaper than the attribute's lookup by name (an SVG element's is an object).
      const className: unknown = el.className;
      const cls = typeof className === 'string' ? className || null : el.getAttribute('class');
      const prop = el.getAttribute('itemprop');
      if (postAt < 0 && isPostBodyMark(cls, prop, quirks)) {
        postAt = depth;
        postBodies.push(el);
      }
      if (skippedAt < 0 && mayBeStandfirst(cls, prop)) standfirstPlaces.push(el);
    }
    if (el.firstElementChild) {
      el = el.firstElementChild;
      if (++depth > maxDepth || ++count > maxElements) return BEYOND;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) return survey();
    el = el.nextElementSibling;
    if (el && ++count > maxElements) return BEYOND;
  }
  return survey();
}
