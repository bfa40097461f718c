/**
 * The page's meta tags, looked through directly: a selector query sets up a walk of the whole
 * page each time in a DOM implemented in script (the command line's jsdom), and extraction asks
 * for several tags. The survey of the page gathers them (see page-survey.ts). Attribute values
 * compare exactly, as `meta[name="date"]` does.
 */

/** An attribute and its value, as "property=og:description". */
export type MetaKey = `${'name' | 'property' | 'itemprop'}=${string}`;

/** The first of the page's meta tags, in page order, that carries any of `keys`. */
export function firstMeta(metas: readonly Element[], keys: readonly MetaKey[]): Element | null {
  const wanted = keys.map((key) => {
    const at = key.indexOf('=');
    return [key.slice(0, at), key.slice(at + 1)] as const;
  });
  return metas.find((meta) => wanted.some(([attr, value]) => meta.getAttribute(attr) === value)) ?? null;
}
