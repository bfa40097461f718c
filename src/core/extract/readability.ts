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
export function runReadability(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
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
