/**
 * When Readability gives up (short stories fall under its 500-character threshold; odd layouts),
 * the article is usually still the element whose paragraphs hold the most text. Only when no
 * element holds any real prose is there truly no article.
 */

const OUTSIDE_STORY = 'nav, header, footer, aside, form, script, style, noscript, template, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';
const MIN_PARAGRAPH_CHARS = 30;
const BLOCK_CHILDREN = new Set(['p', 'div', 'ul', 'ol', 'table', 'pre', 'blockquote']);

/** Child elements only: a subtree query per element would make deeply nested pages quadratic. */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILDREN.has(c.localName)) return true;
  return false;
}

/** Ancestor walk against a precomputed set: selector matching per ancestor is too slow on deep pages. */
function insideExcluded(el: Element, excluded: ReadonlySet<Element>): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (excluded.has(a)) return true;
  return false;
}

export function densestContainer(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const excluded = new Set(body.querySelectorAll(OUTSIDE_STORY));
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll('p, pre, blockquote, li, td, div')) {
    if (p.localName === 'div' && hasBlockChild(p)) continue;
    if (insideExcluded(p, excluded)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    let links = 0;
    for (const a of p.getElementsByTagName('a')) links += (a.textContent ?? '').length;
    if (links > text.length * 0.5) continue;
    const parent = p.localName === 'li' || p.localName === 'td' ? p.closest('ul, ol, table')?.parentElement : p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + text.length);
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore) { top = el; topScore = score; }
  }
  return top;
}
