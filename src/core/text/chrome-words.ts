import { wordsOf } from './normalize.js';

/**
 * The vocabulary of page chrome: the words controls, players, sign-up boxes, stamps and social
 * prompts are made of, whatever the wording ("Listen to this story 5:32", "Hear it · 4 min",
 * "Follow us on X and Threads", "Save for later | Copy link"). A line is judged by the share of
 * its words drawn from here, never by matching whole lines, so new wordings of the same controls
 * are still recognised. Function words count neither way.
 */
const CHROME = new Set(`
  listen listening hear play playing pause audio podcast narrated narration voice player episode
  share shares shared sharing tweet retweet pin email e-mail mail whatsapp facebook twitter x instagram tiktok linkedin
  youtube telegram threads bluesky reddit pinterest flipboard snapchat mastodon messenger rss feed
  digg delicious stumbleupon technorati myspace newsvine furl
  printer printable permalink trackback trackbacks
  follow followers following like likes join find connect social
  newsletter newsletters subscribe subscribed subscription subscriber subscribers unsubscribe sign signing signup up log login
  register registration inbox free spam weekly daily briefing digest alerts alert notifications delivered editors
  privacy policy terms agree consent cookies
  save saved print printed bookmark bookmarks gift later copy copied link links comment comments reply replies font text
  size zoom reader mode download pdf view views expand collapse close open menu toolbar
  updated update published posted edited modified ago just now moments minute minutes min mins hour hours hr hrs h
  day days week weeks yesterday today read reading time est estimated
  advertisement advertisements advert advertising ad ads sponsored promoted partner scroll continue continues below
  more related recommended popular trending latest top stories story article articles next previous back
`.trim().split(/\s+/));

/** Words that carry no meaning either way (articles, prepositions, pronouns; the "e" of "e-mail", which words split). */
const NEUTRAL = new Set(`
  a an the to of on in at by for and or with from via our us we you your this that it its is be are all any
  no not here there get e
`.trim().split(/\s+/));

/** Counts and durations ("5:32", "12", "7am") belong to whatever line they sit in. */
const NUMBER = /^\d+(?:am|pm|h|m|s|k)?$/;

/** Share of the line's meaningful words that are chrome words (0 for a line with none). */
export function chromeShare(text: string): number {
  let meaningful = 0;
  let chrome = 0;
  let numbers = 0;
  for (const w of wordsOf(text)) {
    if (NEUTRAL.has(w)) continue;
    if (NUMBER.test(w)) { numbers++; continue; }
    meaningful++;
    if (CHROME.has(w)) chrome++;
  }
  // Numbers count for chrome only beside chrome words: "12 mins" is, "1,200 people" is not.
  if (!meaningful) return 0;
  return (chrome + (chrome ? numbers : 0)) / (meaningful + numbers);
}
