import { matchKey } from '../text/normalize.js';
import { elementsInside, firstInside } from './dom-walk.js';
import { firstMeta } from './meta-tags.js';
import type { PageSurvey } from './page-survey.js';

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
/** Under the headline, in the article's header, these name the standfirst too. */
const HEADER_LEAD_PART = /^(?:lede|lead|intro)$/;
const LEAD_CLASS_HINT = /standfirst|dek|deck|subtitle|subhead|strap|summary|excerpt|description|teaser|synopsis|abstract|lede|lead|intro/i;
/** How many elements after the headline (or after its wrapper) a standfirst may stand. */
const NEAR_HEADLINE = 3;
/** An element in (or being) one of these is a menu's, a list's, a caption's or a form's text, never the standfirst. */
const NOT_A_LEAD_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside', 'li', 'a', 'figure', 'figcaption', 'form']);
const NOT_A_LEAD_ROLES: ReadonlySet<string> = new Set(['navigation', 'complementary']);
/** Tags of what a standfirst does not hold. */
const NOT_IN_A_LEAD: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'ul', 'ol', 'table', 'figure', 'article', 'section']);
/** Tags a standfirst takes inside the small wrapper after the headline. */
const WRAPPED_LEAD_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'h2', 'span']);
const MIN_WORDS = 8;
/** Menus, footers, lists, forms, scripts and drawings never hold a standfirst: their subtrees are not searched. */
export const STANDFIRST_NEVER_INSIDE: ReadonlySet<string> = new Set(['nav', 'footer', 'script', 'style', 'svg', 'noscript', 'template', 'form', 'select', 'iframe', 'ul', 'ol', 'table']);
const STANDFIRST_PROP = /^(?:description|abstract|alternativeHeadline)$/i;
const MAX_CHARS = 600;

function classParts(el: Element): string[] {
  return (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/).flatMap((token) => token.split(/[-_]+/));
}

/** Whether the element or an ancestor is a menu, list item, link, caption or form (an ancestor walk: a selector's `closest` costs a query set up in script under jsdom). */
function inNonLead(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (NOT_A_LEAD_TAGS.has(e.localName)) return true;
    const role = e.getAttribute('role');
    if (role !== null && NOT_A_LEAD_ROLES.has(role)) return true;
  }
  return false;
}

/** A paragraph followed by more paragraphs beside it opens the body, whatever its class says. */
function opensBody(el: Element): boolean {
  let paragraphs = 0;
  for (let s = el.nextElementSibling; s && paragraphs < 2; s = s.nextElementSibling) if (s.localName === 'p') paragraphs++;
  return paragraphs >= 2;
}

/** Whether an element's class or microdata property may name a standfirst (the cheap test, asked of every element). */
export function mayBeStandfirst(cls: string | null, prop: string | null): boolean {
  return (cls !== null && LEAD_CLASS_HINT.test(cls)) || (prop !== null && STANDFIRST_PROP.test(prop));
}

function hasLeadClass(el: Element, underHeadline: boolean): boolean {
  const prop = el.getAttribute('itemprop') ?? '';
  if (STANDFIRST_PROP.test(prop)) return true;
  if (!LEAD_CLASS_HINT.test(el.getAttribute('class') ?? '')) return false;
  const parts = classParts(el);
  return parts.some((part) => LEAD_CLASS_PART.test(part)) || (underHeadline && parts.some((part) => HEADER_LEAD_PART.test(part)) && !opensBody(el));
}

/**
 * Elements standing just after the headline: its next siblings, and its wrapper's (a header
 * holding the h1 and the dek). WordPress themes put `<p class="entry-summary">` there, outside
 * the body Readability keeps: nothing else confirms it, and nothing else needs to.
 */
function underHeadline(h1: Element | null): Set<Element> {
  const out = new Set<Element>();
  for (let el: Element | null = h1, depth = 0; el && depth < 2; el = el.parentElement, depth++) {
    let next = el.nextElementSibling;
    for (let k = 0; next && k < NEAR_HEADLINE; k++, next = next.nextElementSibling) {
      out.add(next);
      // Inside a small wrapper (a header, a dek box), not inside the story's body.
      if (!textLongerThan(next, MAX_CHARS * 2)) for (const inner of elementsInside(next, WRAPPED_LEAD_TAGS)) out.add(inner);
    }
  }
  return out;
}

function metaDescription(metas: readonly Element[]): string | null {
  for (const key of ['property=og:description', 'name=description', 'name=twitter:description'] as const) {
    const v = firstMeta(metas, [key])?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Whether the element's text is longer than `max` characters, reading no more of it than that. */
function textLongerThan(el: Element, max: number): boolean {
  let length = 0;
  for (let node: Node | null = el.firstChild; node && node !== el;) {
    if (node.nodeType === 3 && (length += (node.nodeValue ?? '').length) > max) return true;
    if (node.firstChild) { node = node.firstChild; continue; }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return false;
}

/**
 * `openingKeys`: match keys of the first few extracted blocks; `survey`: the page's survey (the
 * elements that may name a standfirst, the meta tags, the headline).
 */
export function findLead(openingKeys: readonly string[], survey: Pick<PageSurvey, 'standfirstPlaces' | 'metas' | 'headline'>): string | null {
  const places = survey.standfirstPlaces;
  if (!places.length) return null;
  const described = metaDescription(survey.metas);
  // Descriptions are often cut short mid-word, so their last word is not required to match.
  const describedKey = described ? matchKey(described).split(' ').slice(0, -1).join(' ') : null;
  const nearHeadline = underHeadline(survey.headline);
  for (const el of places) {
    const inHeader = nearHeadline.has(el);
    if (!hasLeadClass(el, inHeader) || inNonLead(el)) continue;
    if (firstInside(el, NOT_IN_A_LEAD)) continue;
    if (el.getElementsByTagName('p').length > 3) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_CHARS || text.split(' ').length < MIN_WORDS) continue;
    const key = matchKey(text);
    const confirmed = inHeader || openingKeys.includes(key) || (describedKey !== null && describedKey.length > 20 && key.startsWith(describedKey));
    if (confirmed) return text;
  }
  return null;
}
