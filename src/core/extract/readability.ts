import { Readability } from '@mozilla/readability';
import type { PageSurvey } from './page-survey.js';

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

/**
 * Readability on a clone: it rewrites the document it is given, and the live page (or the
 * caller's document) must stay untouched. Classes are kept so the cleaners can still see
 * "pull-quote" or "visually-hidden" on what Readability let through. Null when Readability
 * finds nothing, or when the survey found the page beyond what it should be given.
 */
export function runReadability(doc: Document, survey: PageSurvey): ReadabilityResult | null {
  if (survey.beyondReadability) return null;
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
