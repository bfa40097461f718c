import type { ExtractedBlock } from '../extract/index.js';
import { chromeShare } from '../text/chrome-words.js';
import { isDateline } from '../text/page-furniture.js';
import { boxOf, flowTrail, isDataRow, trailOf } from './flow.js';
import { isEnumerated } from './headline-style.js';
import type { CleaningRule } from './rule.js';

/**
 * Page chrome comes in endless wordings ("Listen to this story 5:32", "Updated 3 hrs ago",
 * "Follow us on X and Threads", "Save for later | Copy link", a newsletter box), so it is judged
 * by its class, not its strings: a short line, not a sentence of prose, made mostly of chrome
 * words (controls, players, sign-up, stamps, social networks), the more readily when it stands
 * outside the prose flow (another element than the story's paragraphs), in chrome-named markup,
 * or is mostly links. A small box outside the flow whose lines together read as chrome (a
 * newsletter box: its name, its pitch, its small print) goes whole.
 */

const MAX_WORDS = 30;
/** Every meaningful word a chrome word: chrome even as a sentence. */
const ALL_CHROME = 0.9;
/** Mostly chrome words: chrome wherever it stands. */
const CHROME = 0.75;
/** A label this short in chrome-named markup is the control's own label ("Spread the word"). */
const LABEL_WORDS = 4;
/** Half chrome words: chrome when something else says so too. */
const CHROME_WITH_SIGN = 0.5;
const LINKED = 0.5;
const BOX_MAX_WORDS = 80;
const BOX_CHROME = 0.4;
/** A prose sentence (ends like one, long enough to be one) is story text, whatever its words. */
const SENTENCE_WORDS = 8;
const CHROME_MARKUP = /share|social|follow|newsletter|subscri|sign-?up|promo|audio|player|listen|tts|toolbar|tools|actions|utility|timestamp|updated|advert|\bads?\b|ad-|sponsor|dfp|gpt-|recirc|breadcrumb|crumb|read-?time|reading-?time/;

function isProse(text: string, words: number): boolean {
  return words >= SENTENCE_WORDS && /[.!?…]["'”’)\]]*$/.test(text.trim());
}

/**
 * A menu left as one paragraph: many labels of a word or three, set off by bars or bullets, or
 * by line breaks when they are links ("News: | ePaper | Front Page | National | …"). Lines of
 * a poem or a recipe are longer, or not links.
 */
const MENU_ITEMS = 5;
const MENU_ITEM_WORDS = 3;
function isMenu(b: ExtractedBlock): boolean {
  if (b.type !== 'paragraph' || isDataRow(b)) return false;
  const items = b.text.split(/\s*[|•·]\s*|\n+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (items.length < MENU_ITEMS || items.some((t) => /[.!?]$/.test(t))) return false;
  const barred = (b.text.match(/[|•·]/g) ?? []).length >= items.length / 2;
  const words = items.reduce((n, t) => n + t.split(/\s+/).length, 0);
  return words <= items.length * MENU_ITEM_WORDS && (barred || (b.hints?.linkDensity ?? 0) >= LINKED);
}

/**
 * A list of controls: a share bar or a tool bar set as a list ("del.icio.us / Digg it / Furl …",
 * "E-mail | Print"). Every item is a chrome line or a time stamp; or, in chrome-named markup,
 * the items are links of a word or three on average, as buttons are (the bar's label may be
 * longer). A list of the story's points has items of its own words, however short.
 */
function isControlList(b: ExtractedBlock): boolean {
  const items = b.type === 'list' ? b.items ?? [] : [];
  if (!items.length) return false;
  if (items.every((t) => chromeShare(t) >= CHROME || isDateline(t))) return true;
  const named = CHROME_MARKUP.test(trailOf(b).split(' < ').slice(0, 3).join(' '));
  const words = items.reduce((n, t) => n + t.split(/\s+/).length, 0);
  return named && (b.hints?.linkDensity ?? 0) >= LINKED && words <= items.length * MENU_ITEM_WORDS;
}

export const pageChrome: CleaningRule = {
  name: 'page-chrome',
  reason: 'boilerplate',
  why: 'Players, sign-up boxes, social prompts, tool bars and time stamps are controls of the page, not the story.',
  *find({ blocks, alive, words }) {
    const flow = flowTrail(blocks, alive, words);
    const flowBox = boxOf(flow);
    const isLine = (i: number) => {
      const b = blocks[i]!;
      return (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') && words(i).length <= MAX_WORDS && !isDataRow(b);
    };
    const nextOf = new Map(alive.map((i, k) => [i, alive[k + 1]]));
    const opensProse = (i: number) => {
      const j = nextOf.get(i);
      return j !== undefined && blocks[j]!.type === 'paragraph' && isProse(blocks[j]!.text, words(j).length);
    };
    const lineIsChrome = (i: number) => {
      const b = blocks[i]!;
      const n = words(i).length;
      // A numbered line is a step of the story's own ("Step 6. Follow Up", "2. Bend It Like Beckham").
      if (!n || isEnumerated(b.text)) return false;
      const share = chromeShare(b.text);
      // A sentence made of nothing but chrome words is the page talking about itself ("By signing
      // up you agree to our privacy policy."); any other sentence is story text.
      if (isProse(b.text, n)) return share >= ALL_CHROME;
      if (share >= CHROME) return true;
      const trail = trailOf(b);
      const named = CHROME_MARKUP.test(trail.split(' < ').slice(0, 3).join(' '));
      if (named && n <= LABEL_WORDS) return true;
      // A heading never shares the paragraphs' element: it stands apart when its box does, or
      // when no prose follows it (a "Leave a Reply" over a form, a "You might like:" over links).
      const apart = b.type === 'heading' ? boxOf(trail) !== flowBox || !opensProse(i) : trail !== flow;
      const sign = (trail !== '' && apart) || named || (b.hints?.linkDensity ?? 0) >= LINKED;
      return share >= CHROME_WITH_SIGN && sign;
    };

    const gone = new Set<number>();
    for (const i of alive) if ((isLine(i) && lineIsChrome(i)) || isMenu(blocks[i]!) || isControlList(blocks[i]!)) gone.add(i);

    // Boxes: runs of lines held by one element outside the prose flow (or nested in such a box),
    // judged with the lines earlier rules already took out of them (a box's "Sign up" title).
    const isAlive = new Set(alive);
    const boxKey = (i: number) => boxOf(trailOf(blocks[i]!));
    for (let k = 0; k < blocks.length;) {
      const box0 = boxKey(k);
      const inBox = (key: string) => key === box0 || (box0 !== flowBox && key.endsWith(` < ${box0}`));
      let end = k;
      while (end + 1 < blocks.length && inBox(boxKey(end + 1))) end++;
      const box = Array.from({ length: end - k + 1 }, (_, n) => k + n);
      k = end + 1;
      const left = box.filter((i) => isAlive.has(i));
      // Embedded posts (quote blocks) are sources the story shows, not page chrome.
      if (!box0 || box0 === flowBox || box.length < 2 || !left.length || !box.every((i) => isLine(i) && blocks[i]!.type !== 'quote')) continue;
      const total = box.reduce((s, i) => s + words(i).length, 0);
      if (total > BOX_MAX_WORDS) continue;
      if (chromeShare(box.map((i) => blocks[i]!.text).join(' ')) >= BOX_CHROME) for (const i of left) gone.add(i);
    }
    yield* [...gone].sort((a, b) => a - b);
  },
};
