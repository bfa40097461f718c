/**
 * Page chrome in many wordings and markups: audio players with a duration, "updated … ago"
 * stamps, follow-us lines, newsletter boxes, listen/save/print bars, breadcrumb trails, reading
 * times, ad labels, share prompts, related-story lists. Wordings are composed from parts, so a
 * rule that lists strings cannot keep up; class names are often generic or absent.
 */
import type { Rng } from '../common/rng.js';
import { el } from './debris-dom.js';

export const FURNITURE_KINDS = ['audio', 'updated', 'follow', 'newsletter', 'toolbar', 'breadcrumb', 'reading-time', 'ad', 'share', 'related'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

export interface Furniture {
  kind: FurnitureKind;
  /** The visible lines it adds (what a cleaner must not leave). */
  lines: string[];
  node: Element;
}

const OUTLETS = ['The Courier', 'Metro Daily', 'Northfield Post', 'The Ledger', 'Harbour Times', 'Daily Signal', 'The Observer-Dispatch', 'Pulse News'];
const NETWORKS = ['Twitter', 'X', 'Facebook', 'Instagram', 'TikTok', 'LinkedIn', 'WhatsApp', 'Telegram', 'YouTube', 'Threads', 'Bluesky'];
const SECTIONS = ['Home', 'News', 'World', 'Asia', 'Europe', 'Politics', 'Business', 'Markets', 'Sport', 'Local', 'Opinion', 'Science', 'Health', 'Tech', 'Culture', 'US'];
const GENERIC_CLASSES = ['', '', 'module', 'box', 'row', 'flex', 'inline', 'c-block', 'container', 'wrapper'];

function cls(rng: Rng, specific: readonly string[]): Record<string, string> {
  const c = rng.next() < 0.6 ? rng.pick(specific) : rng.pick(GENERIC_CLASSES);
  return c ? { class: c } : {};
}

function some<T>(rng: Rng, items: readonly T[], lo: number, hi: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  const n = rng.int(lo, Math.min(hi, pool.length));
  while (out.length < n) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

function duration(rng: Rng): string {
  const m = rng.int(1, 14);
  return rng.pick([`${m}:${String(rng.int(0, 59)).padStart(2, '0')}`, `${m} min`, `${m} minutes`, `${m} mins`, `(${m}:${String(rng.int(0, 59)).padStart(2, '0')})`]);
}

function ago(rng: Rng): string {
  const n = rng.int(2, 23);
  return rng.pick([`${n} minutes ago`, `${n} mins ago`, `${n} hours ago`, `${n} hrs ago`, `${n}h ago`, `${rng.int(2, 6)} days ago`, 'an hour ago', 'moments ago', 'just now']);
}

function headline(rng: Rng): string {
  const who = rng.pick(['Council', 'Ministers', 'Investors', 'Scientists', 'Fans', 'Residents', 'Regulators', 'Teachers', 'Doctors', 'Airlines']);
  const what = rng.pick(['brace for', 'push back on', 'welcome', 'question', 'react to', 'prepare for', 'count the cost of', 'weigh']);
  const obj = rng.pick(['new rules', 'the budget', 'record heat', 'rising prices', 'the strike', 'a shake-up', 'the merger', 'the verdict', 'winter storms']);
  const tail = rng.pick(['', '', ` in ${rng.pick(['Leeds', 'Ohio', 'Lagos', 'Perth', 'Quebec', 'Osaka'])}`, ' as deadline nears', `: what we know`]);
  return `${who} ${what} ${obj}${tail}`;
}

type Maker = (doc: Document, rng: Rng) => { lines: string[]; node: Element };

const MAKERS: Record<FurnitureKind, Maker> = {
  audio(doc, rng) {
    const label = rng.pick(['Listen to this article', 'Listen to this story', 'Listen', 'Audio article', 'Hear this story', 'Play article', 'Narrated article', 'Listen to article']);
    const time = duration(rng);
    const node = el(doc, 'div', cls(rng, ['audio-player', 'article-audio', 'listen-bar', 'tts', 'c-audio']),
      el(doc, 'button', { type: 'button', 'aria-label': 'Play' }, '▶'), el(doc, 'span', {}, label), ' ', el(doc, 'span', {}, time));
    return { lines: [`${label} ${time}`], node };
  },
  updated(doc, rng) {
    const text = `${rng.pick(['Updated', 'Last updated', 'Updated:', 'Posted', 'Published', 'Edited'])} ${ago(rng)}`;
    return { lines: [text], node: el(doc, rng.pick(['p', 'div']), cls(rng, ['timestamp', 'updated', 'meta', 'article-date']), el(doc, 'time', {}, text)) };
  },
  follow(doc, rng) {
    const nets = some(rng, NETWORKS, 1, 3);
    const links = nets.flatMap((n, i) => [i ? (i === nets.length - 1 ? ' and ' : ', ') : '', el(doc, 'a', { href: '#' }, n)]);
    const lead = rng.pick([`Follow ${rng.pick(OUTLETS)} on `, 'Follow us on ', 'Like us on ', 'Find us on ', 'Join us on ', `Follow @${rng.pick(['courier', 'metrodaily', 'ledgernews'])} on `]);
    const node = el(doc, 'p', cls(rng, ['social-follow', 'follow-us', 'promo']), lead, ...links);
    return { lines: [node.textContent!], node };
  },
  newsletter(doc, rng) {
    const title = rng.pick(['The Morning Briefing', 'Get the Daily Digest', `${rng.pick(OUTLETS)} Today`, 'Sign up for our newsletter', 'Never miss a story', 'The Evening Wrap']);
    const blurb = rng.pick([
      'Our best stories, delivered to your inbox every morning.',
      'The news you need, each weekday at 7am.',
      'Sign up for free and get the headlines before breakfast.',
      'Get the top stories of the day straight to your inbox.',
      'A weekly round-up of what matters, written by our editors.',
    ]);
    const small = rng.pick(['By signing up you agree to our privacy policy.', 'You can unsubscribe at any time.', 'Free. Weekly. No spam.', '']);
    const node = el(doc, 'div', cls(rng, ['newsletter-signup', 'nl-promo', 'inline-newsletter', 'subscribe-box', 'promo-box']),
      el(doc, rng.pick(['h3', 'h4', 'p', 'strong']), {}, title), el(doc, 'p', {}, blurb),
      el(doc, 'form', { action: '#' }, el(doc, 'input', { type: 'email', placeholder: 'Email address' }), el(doc, 'button', {}, rng.pick(['Sign up', 'Subscribe']))),
      ...(small ? [el(doc, 'p', { class: 'small' }, small)] : []));
    return { lines: [title, blurb, ...(small ? [small] : [])], node };
  },
  toolbar(doc, rng) {
    const items = some(rng, ['Listen', 'Save', 'Print', 'Share', 'Gift article', 'Email', `Comments (${rng.int(2, 480)})`, 'Copy link', 'Bookmark', 'Save for later', 'Read later', 'Text size', 'Font'], 3, 6);
    const tag = rng.pick(['a', 'span', 'a']);
    const sep = rng.pick([' ', ' | ', ' · ', ' ']);
    const node = el(doc, 'div', cls(rng, ['article-tools', 'toolbar', 'actions', 'utility-bar']),
      ...items.flatMap((t, i) => [i ? sep : '', el(doc, tag, tag === 'a' ? { href: '#' } : {}, t)]));
    return { lines: [node.textContent!], node };
  },
  breadcrumb(doc, rng) {
    const trail = some(rng, SECTIONS.slice(1), 1, 3);
    if (rng.next() < 0.6) trail.unshift('Home');
    const sep = rng.pick([' > ', ' » ', ' / ', ' › ', ' | ']);
    const node = rng.next() < 0.5
      ? el(doc, 'ol', cls(rng, ['breadcrumb', 'crumbs', 'trail']), ...trail.map((t) => el(doc, 'li', {}, el(doc, 'a', { href: '#' }, t))))
      : el(doc, 'div', cls(rng, ['breadcrumbs', 'kicker', 'section-path']), ...trail.flatMap((t, i) => [i ? sep : '', el(doc, 'a', { href: '#' }, t)]));
    return { lines: [trail.join(' ')], node };
  },
  'reading-time'(doc, rng) {
    const n = rng.int(2, 15);
    const text = rng.pick([`${n} min read`, `${n} minute read`, `${n}-minute read`, `Reading time: ${n} minutes`, `${n} mins read`, `Read time: ${n} min`, `Est. reading time ${n} min`]);
    return { lines: [text], node: el(doc, 'span', cls(rng, ['read-time', 'reading-time', 'meta']), text) };
  },
  ad(doc, rng) {
    const text = rng.pick(['Advertisement', 'ADVERTISEMENT', 'Sponsored', 'Story continues below advertisement', 'Ad', 'Continue reading below', 'Article continues below', 'Advertisement - Scroll to continue']);
    return { lines: [text], node: el(doc, 'div', cls(rng, ['ad-slot', 'ad', 'advert', 'dfp', 'gpt-ad']), el(doc, 'span', {}, text)) };
  },
  share(doc, rng) {
    const label = rng.pick(['Share this article', 'Share this story', 'Share', 'Share article', 'Share on', 'Spread the word', 'Share this']);
    const nets = some(rng, ['Facebook', 'Twitter', 'WhatsApp', 'Email', 'LinkedIn', 'Reddit'], 0, 3);
    const node = el(doc, 'div', cls(rng, ['share-tools', 'share', 'social-share', 'sharing']),
      el(doc, 'span', {}, label), ...nets.flatMap((n) => [' ', el(doc, 'a', { href: '#' }, n)]));
    return { lines: [node.textContent!], node };
  },
  related(doc, rng) {
    const head = rng.pick(['Related', 'More on this story', 'Related coverage', 'You might also like', 'Read more', 'More from ' + rng.pick(SECTIONS.slice(1)), 'Recommended']);
    const heads = Array.from({ length: rng.int(2, 4) }, () => headline(rng));
    const node = el(doc, 'div', cls(rng, ['related', 'more-stories', 'read-more', 'recirc']),
      el(doc, rng.pick(['h3', 'h4', 'p']), {}, head),
      el(doc, 'ul', {}, ...heads.map((h) => el(doc, 'li', {}, el(doc, 'a', { href: '#' }, h)))));
    return { lines: [head, ...heads], node };
  },
};

export function makeFurniture(doc: Document, kind: FurnitureKind, rng: Rng): Furniture {
  return { kind, ...MAKERS[kind](doc, rng) };
}
