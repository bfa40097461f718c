/**
 * Finding elements by tag inside an element by walking its children. In a DOM implemented in
 * script (jsdom, the command line's) a selector query costs a traversal set up per call, and
 * extraction asks such questions of every paragraph and every candidate; browsers' native DOMs
 * answer either way at once.
 */

/** An element's tag as the sets here name it (an SVG element's local name keeps its capitals). */
export const tagOf = (el: Element) => el.localName.toLowerCase();

/** The first element inside `el`, in page order, whose tag is one of `tags`. */
export function firstInside(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (tags.has(tagOf(c))) return c;
    const inner = firstInside(c, tags);
    if (inner) return inner;
  }
  return null;
}

/** Every element inside `el`, in page order, whose tag is one of `tags`. */
export function elementsInside(el: Element, tags: ReadonlySet<string>, out: Element[] = []): Element[] {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (tags.has(tagOf(c))) out.push(c);
    elementsInside(c, tags, out);
  }
  return out;
}
