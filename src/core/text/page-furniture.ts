import { matchKey, wordsOf } from './normalize.js';

/**
 * Recognisers for lines that belong to the page, not the story: UI labels, reading times,
 * datelines and bylines. Both text segmentation (to find where the standfirst ends) and the
 * cleaning rules use them, so they live apart from either.
 */

const READING_TIME = /^(?:(?:estimated )?reading time:? ?)?(?:about |less than |< ?)?\d+(?:\.\d+)? ?(?:-? ?)(?:min|mins|minute|minutes)(?:\.? read| reading| to read| listen)?$/i;

/** The same label in the languages news sites most often use besides English. */
const READING_TIME_ELSEWHERE = /^(?:tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|leestijd|czas czytania|время чтения|waktu baca)\s*:?\s*\d+\s*\p{L}*\.?$|^\d+\s*(?:min(?:utos?|uten|uti)?\.?)\s*(?:de lectura|de leitura|de lecture|di lettura|lesezeit|leestijd|czytania|чтения)$/iu;

export function isReadingTime(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && (READING_TIME.test(t) || /^(?:reading time|read time):? ?\d+ ?(?:min|mins|minutes?)$/i.test(t) || READING_TIME_ELSEWHERE.test(t));
}

const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';
const DATE_FILLER = 'published updated posted edited last modified first originally on at by and date time reading read min mins minute minutes ago hour hours hr hrs an just now moments day days yesterday today am pm a m p gmt utc bst est edt cet cest pst pdt et pt ist aest of the st nd rd th';
const MONTH_SET = new Set(MONTHS.split(' '));
const DATE_WORDS = new Set([...MONTH_SET, ...WEEKDAYS.split(' '), ...DATE_FILLER.split(' ')]);

const DATE_ANCHOR_WORDS = new Set(['ago', 'published', 'updated', 'posted', 'modified', 'edited']);
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/**
 * A line made only of dates, times, reading time and the words around them
 * ("Published 3 February, 2016 · 4 min read", "Updated 2 hours ago"). It must name a date (a
 * month, a year, a numeric date, "published", "ago"), so "Monday." or a live blog's "10 p.m."
 * stays body text.
 */
export function isDateline(text: string): boolean {
  if (text.length > 120) return false;
  const words = wordsOf(text);
  if (!words.length || words.length > 16) return false;
  let anchored = NUMERIC_DATE.test(text);
  for (const w of words) {
    if (MONTH_SET.has(w) || DATE_ANCHOR_WORDS.has(w) || /^(?:19|20)\d\d$/.test(w)) anchored = true;
    else if (!DATE_WORDS.has(w) && !/^\d+(?:st|nd|rd|th|h)?$/.test(w)) return false;
  }
  return anchored;
}

/** Wire-copy credits closing a story: "(Reporting by A; Editing by B)", "C contributed reporting from Hong Kong." */
const CREDIT_LINE = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b[^()]{0,300}\)?\.?$|^[\p{Lu}][\p{L}.' -]{1,80} contributed (?:reporting|to this report)\b[^.]{0,80}\.$/u;

const BYLINE_ROLE = new Set(['by', 'and', 'in', 'staff', 'reporter', 'correspondent', 'writer', 'editor', 'contributor', 'words', 'reporting', 'written', 'story']);

/**
 * "By Jane Doe" / "By Jane Doe and John Roe, Reuters" — or, when the page names its byline, a
 * line made only of the byline's words (plus dates). Sentences that merely start with "By" keep
 * their lower-case words and are not matched.
 */
export function isBylineLine(text: string, byline: string | null): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  if (byline) {
    const known = new Set(wordsOf(byline));
    const words = wordsOf(t);
    // A single word ("Regan") may be the byline's surname used in a sentence-less caption; two or more is a byline line.
    if (words.length >= 2 && words.every((w) => known.has(w) || BYLINE_ROLE.has(w) || DATE_WORDS.has(w) || /^\d+$/.test(w))
      && words.some((w) => known.has(w))) return true;
  }
  if (CREDIT_LINE.test(t)) return true;
  return /^(?:[Bb]y|BY|[Ww]ords by|[Ww]ritten by|[Rr]eporting by)[: ]\s*\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|and|&|de|van|von|der|la|le|da|bin|al))*(?:\s*[,|·•-]\s*[\p{Lu}][\p{L}' &.-]*){0,2}$/u.test(t)
    && wordsOf(t).length <= 12;
}

/** Labels of page controls and regions, compared on their words alone. */
const LABELS = new Set([
  'breadcrumb', 'breadcrumbs', 'you are here', 'skip to content', 'skip to main content', 'jump to content', 'skip navigation',
  'advertisement', 'advertisements', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'anzeige', 'werbung', 'publicidad', 'publicité', 'publicidade', 'pubblicità', 'reklama', 'реклама', 'iklan', 'advertentie', 'annonse', 'mainos',
  'story continues below', 'story continues below advertisement', 'article continues below', 'continue reading below',
  'content continues below', 'scroll to continue with content', 'continue reading', 'continue reading the main story',
  'share', 'share this', 'share this article', 'share this story', 'share this page', 'share article', 'share story', 'share on',
  'copy link', 'link copied', 'print this article', 'email this article', 'comments', 'show comments', 'view comments', 'leave a comment', 'add comment',
  'read more', 'read next', 'see more', 'show more', 'load more', 'more on this', 'more on this story', 'more from',
  'related', 'related news', 'recent articles', 'recent posts', 'popular this week', 'popular now', "editor's picks", 'related articles', 'related stories', 'related content', 'related coverage', 'related topics', 'related posts', 'related reading',
  'recommended', 'recommended for you', 'you may also like', 'you might also like', 'most read', 'most popular', 'most viewed', 'trending',
  'listen to this article', 'follow us', 'topics', 'tags', 'filed under',
  'sign up', 'subscribe', 'subscribe now', 'log in', 'sign in', 'newsletter', 'newsletters',
  'back to top', 'next article', 'previous article', 'top stories', 'latest news',
  'enlarge this image', 'toggle caption', 'hide caption', 'expand', 'open in new window', 'opens in new window', 'opens in a new window',
  'open image in gallery', 'view gallery', 'view image in fullscreen',
]);
/** Notices about the page itself (cookies, scripts, galleries), never about the story. */
const PAGE_NOTICE = /^(?:this (?:website|site) uses cookies\b|we use cookies\b|(?:this (?:slideshow|video|content|gallery|feature) requires|please enable) javascript\b|(?:image|photo|slide) \d+ (?:of|\/) \d+$|(?:like|enjoy(?:ed)?) this (?:story|article)\?.{0,40}share\b|filed under\s*:|post(?:ed)? (?:a )?comment\b|(?:click|tap) here to (?:subscribe|sign up|get|download|follow)\b)/i;

const SHARE_NETWORKS = new Set(['facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'email', 'mail', 'print', 'reddit', 'pinterest', 'telegram', 'messenger', 'flipboard', 'copy', 'link', 'share', 'tweet', 'sms', 'bluesky', 'threads', 'on', 'via']);

/** A newsletter or subscription prompt: short, and about signing up rather than about the story. */
const PROMPT = /^(?:sign up|subscribe|get|join|register)\b.{0,80}\b(?:newsletter|newsletters|email|inbox|updates|alerts|briefing|digest)\b|^(?:sign up|subscribe) (?:to|for|now)\b|\bnewsletter\b.{0,40}\b(?:sign up|subscribe)\b|^(?:enter your email|your email address)/i;

export function isPageLabel(text: string): boolean {
  if (text.length > 160) return false;
  const key = matchKey(text);
  if (!key) return false;
  if (LABELS.has(key)) return true;
  const words = key.split(' ');
  if (words.length <= 8 && words.every((w) => SHARE_NETWORKS.has(w)) && words.some((w) => w !== 'on' && w !== 'via')) return true;
  return words.length <= 40 && (PROMPT.test(text.trim()) || PAGE_NOTICE.test(text.trim()));
}

/**
 * A breadcrumb trail: "Home > World > Asia", "News » Politics", "Home / Business / Markets".
 * Two or more short names (each up to four words, capitalised) joined by one kind of separator,
 * and nothing else: no sentence, no verb phrase running on.
 */
export function isBreadcrumb(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[.!?]$/.test(t)) return false;
  // Not "|": table rows read as "cell | cell".
  const sep = t.match(/\s(>|»|›|\/|→|::)\s/)?.[1];
  if (!sep) return false;
  const parts = t.split(` ${sep} `).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => {
    const words = p.split(/\s+/);
    return p.length > 0 && words.length <= 4 && /^[\p{Lu}\p{N}]/u.test(p) && !/[,;:]/.test(p);
  });
}

/** News agencies whose name alone on a line credits a story (or a picture) to them. */
const WIRE_SERVICES = /^(?:(?:the )?associated press|ap|reuters|afp|agence france-presse|upi|dpa|efe|ansa|xinhua|tass|itar-tass|ria novosti|kyodo|yonhap|pti|press trust of india|ians|ani|bernama|aap|australian associated press|pa(?: media)?|press association|canadian press|cp|bloomberg|anadolu(?: agency)?|bbc news|cnn wire|staff|news desk|web desk|online desk)$/i;
const STAFF = /^(?:by\s+)?(?:(?:our|a)\s+)?(?:staff|special|senior|political|city|sports?|business)?\s*(?:reporter|writer|correspondent|staffer)s?$/i;

/**
 * A line that only credits the story: a wire service ("Reuters", "Press Trust of India"), with a
 * dateline city or "-" around it ("WASHINGTON (AP) -" is a lead-in, not a line), or an unnamed
 * staff byline ("Staff Reporter", "By Our Correspondent").
 */
export function isCreditOnlyLine(text: string): boolean {
  const t = text.trim().replace(/^[-–—(\[]\s*|\s*[-–—)\]]$/g, '').replace(/^by\s+/i, '').trim();
  if (!t || t.length > 60) return false;
  return WIRE_SERVICES.test(t) || STAFF.test(t) || /^(?:with )?(?:wires?|agencies|wire services|agency reports?)$/i.test(t)
    || t.split(/\s*(?:,|\/|and|&)\s*/).every((p) => WIRE_SERVICES.test(p));
}
