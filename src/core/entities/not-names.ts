import type { Mention } from './mentions.js';
import { bare, ERAS, FAITHS } from './lexicon.js';

/**
 * Capitalised words that name no person, place or organisation, whatever the tagger guessed from
 * the word: titles of works, machines, events and awards, faiths, wars and eras. Each is a
 * statement about English, true of any article; together they are the last filter on mentions.
 */

const OPENS_QUOTE = /["“‘'«]\s*$/u;
const CLOSES_QUOTE = /^\s*[,.!?]?\s*["”’'»]/u;
/** The kind of work a title follows: "the film Lincoln", "their debut album Deser Orchid", "the serial Kinda". */
const WORK_BEFORE = /\b(?:album|song|single|film|movie|novel|book|serial|sitcom|opera|musical|poem|painting|game|EP)\s+$/;
/**
 * A name that fills a quotation, or that follows the kind of work it is, is a title ("Jupiter",
 * "Savior", the film "Lincoln", the album Gitarku): a song, a book, a film, not who or where it names.
 */
const isTitleOfWork = (text: string, m: Mention) => !m.reference && ((OPENS_QUOTE.test(text.slice(Math.max(0, m.start - 3), m.start))
  && CLOSES_QUOTE.test(text.slice(m.end, m.end + 4))) || WORK_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));

/**
 * "P-51 Mustang", "F-16 Fighting Falcon", "B-25 Mitchell bombers": a name written with a model code
 * names a machine. A code alone ("the G-20") is left to the tagger.
 */
const MODEL_CODE = /^\p{Lu}{1,3}-\d{1,4}\p{Lu}?$/u;
const isModelName = (text: string, m: Mention) => (/\s/.test(m.name) && MODEL_CODE.test(m.name.split(/\s+/)[0]!))
  || MODEL_CODE.test(/(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 10), m.start))?.[1] ?? '');

/** "Stanley Cup", "Nobel Prize", "Glastonbury Festival", "Australian Open": events and awards, not who or where. */
const EVENT_LAST = new Set(['cup', 'cups', 'trophy', 'prize', 'prizes', 'award', 'awards', 'festival', 'prix', 'championship', 'championships', 'olympics', 'open']);
const isEvent = (m: Mention) => /\s/.test(m.name) && EVENT_LAST.has(bare(m.name.split(/\s+/).pop()!));

/** "Moslems", "Catholics and Jews": followers of faiths are groups of people. */
const ofFaiths = (m: Mention) => m.name.toLowerCase().split(/\s+/).every((w) => FAITHS.has(w) || w === 'and' || w === '&');

/** Whether a mention of `text` names nothing of the three kinds. */
export function noNameIn(text: string): (m: Mention) => boolean {
  const eras = [...text.matchAll(ERAS)].map((e) => [e.index, e.index + e[0].length] as const);
  const inEra = (m: Mention) => eras.some(([s, e]) => s <= m.start && m.end <= e);
  return (m) => isTitleOfWork(text, m) || isModelName(text, m) || isEvent(m) || ofFaiths(m) || inEra(m);
}
