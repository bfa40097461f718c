import { matchKey } from '../text/normalize.js';

/**
 * The standfirst (dek, lead, summary under the headline) as the page marks it. Readability often
 * folds it into the body as a plain paragraph and drops the wrapper's class, so it is found on
 * the original document and confirmed against the page's own description or the opening blocks.
 */

/**
 * Class names that mean "standfirst". "intro", "lead" and "lede" are left out on purpose: sites
 * put them on the story's first paragraph, which belongs to the body.
 */
const LEAD_CLASS_PART = /^(?:standfirst|dek|deck|subtitle|subheadline|subhead|strapline|strap|summary|excerpt|description|teaser|synopsis|abstract)$/;
const LEAD_CLASS_HINT = /standfirst|dek|deck|subtitle|subhead|strap|summary|excerpt|description|teaser|synopsis|abstract/i;
const NOT_A_LEAD = 'nav, footer, aside, li, a, figure, figcaption, form, [role="navigation"], [role="complementary"]';
const MIN_WORDS = 8;
const SKIPPED_SUBTREES = new Set(['nav', 'footer', 'script', 'style', 'svg', 'noscript', 'template', 'form', 'select', 'iframe', 'ul', 'ol', 'table']);
const MAX_CHARS = 600;

function hasLeadClass(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const prop = el.getAttribute('itemprop') ?? '';
  if (/^(?:description|abstract|alternativeHeadline)$/i.test(prop)) return true;
  if (!LEAD_CLASS_HINT.test(cls)) return false;
  return cls.toLowerCase().split(/\s+/).some((token) => token.split(/[-_]+/).some((part) => LEAD_CLASS_PART.test(part)));
}

function metaDescription(doc: Document): string | null {
  for (const sel of ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]']) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** `openingKeys`: match keys of the first few extracted blocks. */
export function findLead(doc: Document, openingKeys: readonly string[]): string | null {
  const body = doc.body;
  if (!body) return null;
  const described = metaDescription(doc);
  // Descriptions are often cut short mid-word, so their last word is not required to match.
  const describedKey = described ? matchKey(described).split(' ').slice(0, -1).join(' ') : null;
  // A tree walker with the class test first: far cheaper in a DOM implementation than a
  // selector query that materialises every classed element of a large page.
  // Menus, footers, scripts and drawings never hold a standfirst: their subtrees are skipped whole.
  const walker = doc.createTreeWalker(body, 1, { acceptNode: (n) => (SKIPPED_SUBTREES.has((n as Element).localName) ? 2 : 1) });
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (!hasLeadClass(el) || el.closest(NOT_A_LEAD)) continue;
    if (el.querySelector('h1, h2, h3, ul, ol, table, figure, article, section')) continue;
    if (el.querySelectorAll('p').length > 3) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_CHARS || text.split(' ').length < MIN_WORDS) continue;
    const key = matchKey(text);
    const confirmed = openingKeys.includes(key) || (describedKey !== null && describedKey.length > 20 && key.startsWith(describedKey));
    if (confirmed) return text;
  }
  return null;
}
