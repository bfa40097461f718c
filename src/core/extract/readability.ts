import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  content: Element | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  published: string | null;
}

const orNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * Readability on a clone: it rewrites the document it is given, and the live page (or the
 * caller's document) must stay untouched. Classes are kept so the cleaners can still see
 * "pull-quote" or "visually-hidden" on what Readability let through.
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
 * Whether `root` is beyond what Readability should be run on: an element nested deeper than
 * `maxDepth`, or more than `maxElements` elements. One walk, stopping as soon as either is seen.
 */
export function beyondReadability(root: Element, maxDepth = MAX_DEPTH, maxElements = MAX_ELEMENTS): boolean {
  let depth = 0;
  let count = 1;
  let el: Element | null = root;
  while (el) {
    if (el.firstElementChild) {
      el = el.firstElementChild;
      if (++depth > maxDepth || ++count > maxElements) return true;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) return false;
    el = el.nextElementSibling;
    if (el && ++count > maxElements) return true;
  }
  return false;
}

/**
 * A copy of the document for Readability to rewrite. Some DOMs refuse to clone what their own
 * parser built (jsdom throws on an attribute name it would not let a script set): the page's
 * serialised markup, parsed again in an inert document, is the same page to Readability.
 */
function copyOf(doc: Document): Document | null {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    const root = doc.documentElement;
    if (!root) return null;
    const copy = doc.implementation.createHTMLDocument('');
    copy.documentElement.innerHTML = root.innerHTML;
    return copy;
  }
}

export function runReadability(doc: Document): ReadabilityResult | null {
  if (doc.documentElement && beyondReadability(doc.documentElement)) return null;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = copyOf(doc);
    if (!clone) return null;
    parsed = new Readability<Node>(clone, { keepClasses: true, serializer: (node) => node }).parse();
  } catch {
    // Readability throws on some degenerate documents (no body, framesets); the fallback copes.
    return null;
  }
  if (!parsed) return null;
  const content = parsed.content && (parsed.content as Node).nodeType === 1 ? (parsed.content as Element) : null;
  return {
    content,
    title: orNull(parsed.title),
    byline: orNull(parsed.byline),
    siteName: orNull(parsed.siteName),
    lang: orNull(parsed.lang),
    dir: orNull(parsed.dir),
    published: orNull(parsed.publishedTime),
  };
}
