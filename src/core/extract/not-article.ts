import { isProbablyReaderable } from '@mozilla/readability';
import { wordCount } from '../text/normalize.js';
import { POST_BODY } from './post-body.js';

/**
 * Pages that are not articles (a sign-in form, search results, a section front of headlines, an
 * error page, a cookie wall, an image gallery, an empty app shell) still give extraction some
 * text: "Email / Password / Forgot your password?". Shown as an article it misleads. A page is
 * judged only when what was read of it is short, and only when Readability's own test
 * (isProbablyReaderable) finds no run of prose either; then the page's form, links, images and
 * headline say what it is. A real article of any length has prose, so it never gets here.
 */

/** Read text longer than this is an article, whatever else the page holds. */
const SHORT_WORDS = 250;
const SHORTER_WORDS = 150;
const FORM_SHARE = 0.25;
const SEARCH_LINK_SHARE = 0.3;
const FRONT_LINK_SHARE = 0.7;
/** Links whose text reads like a headline (four words or more), as a front page lists them. */
const FRONT_HEADLINES = 20;
const HEADLINE_WORDS = 4;
const GALLERY_IMAGES = 8;
const GALLERY_WORDS = 50;
const GALLERY_PAGE_WORDS_PER_IMAGE = 15;
const SHELL_WORDS = 25;
const SHELL_PAGE_WORDS = 10;
/** Sentences of prose in what was read: a short story has some; a list of headlines has none. */
const PROSE_SENTENCE_WORDS = 8;
const MAX_PROSE_WORDS = 20;
/** Text nodes looked at, at most: a page of many thousands of links says what it is early. */
const MAX_TEXT_NODES = 50_000;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const ERROR_HEADLINE = /\b(?:404|410|500)\b|\bnot found\b|\bpage (?:does not|doesn['’]t|cannot|can['’]t|could not) (?:exist|be found)|\bno longer (?:exists|available)\b|\bpage unavailable\b/i;
const SIGN_UP = /\b(?:sign ?up|register|create (?:an |your )?account|join now)\b/i;
const COOKIES = /\bcookies?\b|\bconsent\b|\bprivacy (?:settings|preferences|choices)\b/i;
const SEARCH = 'input[type="search" i], [role="search"], form[action*="search" i], input[name="q"], input[name="query"], input[name="s"]';

interface PageText {
  words: number;
  inLinks: number;
  inForms: number;
}

/** Words of the page's visible text, and how many sit in links and in forms. One walk. */
function pageText(body: Element): PageText {
  const out = { words: 0, inLinks: 0, inForms: 0 };
  const stack: { node: Node; link: boolean; form: boolean }[] = [{ node: body, link: false, form: false }];
  let seen = 0;
  while (stack.length && seen < MAX_TEXT_NODES) {
    const { node, link, form } = stack.pop()!;
    if (node.nodeType === 3) {
      seen++;
      const n = wordCount(node.nodeValue ?? '');
      out.words += n;
      if (link) out.inLinks += n;
      if (form) out.inForms += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).localName;
    if (SKIP.has(tag)) continue;
    const l = link || tag === 'a';
    const f = form || tag === 'form';
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, link: l, form: f });
  }
  return out;
}

function headlineLinks(doc: Document): number {
  let n = 0;
  for (const a of doc.links) if (wordCount(a.textContent ?? '') >= HEADLINE_WORDS) n++;
  return n;
}

/** Words of the read blocks that hold prose: long enough, with a sentence ending somewhere in them. */
function proseWords(texts: readonly string[]): number {
  let n = 0;
  for (const text of texts) {
    const words = wordCount(text);
    if (words >= PROSE_SENTENCE_WORDS && /\p{L}[.!?]["'”’)]*(?:\s|$)/u.test(text)) n += words;
  }
  return n;
}

/**
 * What the page looks like, completing "the page looks like …", when it is not an article;
 * null when it is one (or may be). `texts`: the lead and blocks that were read from it; `words`:
 * their word count, when the caller has it (an Article's stats).
 */
export function notArticleReason(doc: Document, texts: readonly string[], words = texts.reduce((n, t) => n + wordCount(t), 0)): string | null {
  const body = doc.body;
  if (!body || words >= SHORT_WORDS || isProbablyReaderable(doc)) return null;
  const readText = texts.join('\n');
  const page = pageText(body);
  if (!page.words) return null;
  const share = (n: number) => n / page.words;
  const headline = `${doc.title} ${body.querySelector('h1')?.textContent ?? ''}`;

  const passwords = body.querySelectorAll('input[type="password" i]').length;
  if (passwords && share(page.inForms) >= FORM_SHARE) {
    // A second password box confirms a new one; otherwise the headline and the button say which.
    const buttons = [...body.querySelectorAll('form button, form input[type="submit" i]')].map((b) => b.textContent || b.getAttribute('value') || '').join(' ');
    return passwords > 1 || SIGN_UP.test(`${buttons} ${headline}`) ? 'a sign-up form' : 'a sign-in form';
  }
  if (words < SHORTER_WORDS && ERROR_HEADLINE.test(headline)) return 'an error page (page not found)';
  if (words < SHORTER_WORDS && COOKIES.test(readText)) return 'a cookie notice';
  // A short story on a page full of links still reads as sentences; headlines and results do not.
  if (proseWords(texts) >= MAX_PROSE_WORDS) return null;
  if (body.querySelector(SEARCH) && share(page.inLinks) >= SEARCH_LINK_SHARE && /search|result|find|query|[?&](?:q|s|query)=/i.test(`${headline} ${doc.URL}`)) {
    return 'search results';
  }
  // A page that marks exactly one post body is a single post, however many headlines it lists (a
  // "week in review" of links); a front lists many posts, each with its own.
  if (share(page.inLinks) >= FRONT_LINK_SHARE && headlineLinks(doc) >= FRONT_HEADLINES && body.querySelectorAll(POST_BODY).length !== 1) {
    return 'a list of links (a section front)';
  }
  // A gallery is pictures with captions: the whole page has few words per picture.
  if (doc.images.length >= GALLERY_IMAGES && words < GALLERY_WORDS && page.words <= doc.images.length * GALLERY_PAGE_WORDS_PER_IMAGE) return 'an image gallery';
  // An app that has not drawn itself: scripts, and a page of a few words without one sentence.
  if (words < SHELL_WORDS && page.words < SHELL_PAGE_WORDS && body.querySelector('script') && !/\p{L}[.!?]/u.test(readText)) return 'an app with almost no text';
  return null;
}
