/**
 * The page's meta tags, looked through directly: a selector query sets up a walk of the whole
 * page each time in a DOM implemented in script (the command line's jsdom), and extraction asks
 * for several tags. Attribute values compare exactly, as `meta[name="date"]` does.
 */

/** An attribute and its value, as "property=og:description". */
export type MetaKey = `${'name' | 'property' | 'itemprop'}=${string}`;

/** The first meta tag, in page order, that carries any of `keys`. */
export function firstMeta(doc: Document, keys: readonly MetaKey[]): Element | null {
  const wanted = keys.map((key) => {
    const at = key.indexOf('=');
    return [key.slice(0, at), key.slice(at + 1)] as const;
  });
  for (const meta of doc.getElementsByTagName('meta')) {
    if (wanted.some(([attr, value]) => meta.getAttribute(attr) === value)) return meta;
  }
  return null;
}
