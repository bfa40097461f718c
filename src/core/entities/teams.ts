import { DATE_WORDS } from './lexicon.js';
import { inLists, type Mention } from './mentions.js';
import { gazetteerKey } from './tagger/gazetteer.js';
import { shippedTagger } from './tagger/shipped.js';
import { tokenize, type Token } from './tagger/tokens.js';

/**
 * Sports results name teams by their towns and counties: "Newcastle 2 Blackburn 1",
 * "Leicestershire 22 points, Somerset 4", a standings row "Pohang 2 1 1 11 10 7". A sentence-level
 * tagger reads "Newcastle" as the place it names everywhere else. In a results line (numbers
 * outnumber the other lower-case words) a name followed by a number is an entrant, and in a sports
 * article an entrant that is not a person is a team: an organisation. A country stays a place: a
 * national team is its country, and "England 250" reads as the country that scored it.
 */

/** Words only sports writing uses; an article with two of them is about sport. */
const SPORTS_WORDS = new Set([
  'sport', 'sports', 'soccer', 'football', 'cricket', 'baseball', 'basketball', 'hockey', 'rugby', 'tennis', 'golf', 'athletics',
  'league', 'standings', 'championship', 'tournament', 'playoff', 'playoffs', 'semifinal', 'semi-final', 'quarterfinal',
  'quarter-final', 'innings', 'inning', 'wicket', 'wickets', 'batsman', 'batsmen', 'bowler', 'bowlers', 'goalkeeper', 'striker',
  'midfielder', 'halftime', 'half-time', 'touchdown', 'touchdowns', 'quarterback', 'pitcher', 'homer', 'homers', 'rebounds',
  'goals', 'scored', 'defeated', 'drew',
]);
const MIN_SPORTS_WORDS = 2;
/** The UK's nations field national teams of their own; the lists hold them as regions, not countries. */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);
const isCountry = (key: string) => HOME_NATIONS.has(key) || inLists(['country'], key);

const isNumber = (t: Token) => /^\p{N}/u.test(t.text);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isWord = (t: Token) => /^\p{L}/u.test(t.text);
/** "LONDON 1996-08-30" is a dateline, not a score. */
const isYear = (t: Token) => /^(?:1[89]|20)\d\d$/.test(t.text);

function isSportsArticle(texts: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []) {
      if (SPORTS_WORDS.has(w)) seen.add(w);
      if (seen.size >= MIN_SPORTS_WORDS) return true;
    }
  }
  return false;
}

/** The entrants of a results line: runs of capitalised words each followed by a number. */
function entrants(tokens: readonly Token[]): { start: number; end: number; words: string[] }[] {
  const numbers = tokens.filter(isNumber).length;
  const lowerWords = tokens.filter((t) => isWord(t) && !isCapitalised(t)).length;
  if (numbers < 2 || lowerWords > numbers) return [];
  const out: { start: number; end: number; words: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length && isCapitalised(tokens[j + 1]!)) j++;
    if (j + 1 < tokens.length && isNumber(tokens[j + 1]!) && !isYear(tokens[j + 1]!)) {
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end, words: tokens.slice(i, j + 1).map((t) => t.text) });
    }
    i = j;
  }
  return out;
}

/** A team rather than what the tagger made of it: a place that is no country, a one-word "person" that is a place, or nothing at all. */
function asTeam(entrant: { start: number; end: number; words: string[] }, text: string, found: Mention[]): Mention[] {
  const key = gazetteerKey(entrant.words.join(' '));
  const clashes = found.filter((m) => m.start < entrant.end && entrant.start < m.end);
  const isPlace = inLists(['city', 'region'], key);
  const team: Mention = { start: entrant.start, end: entrant.end, name: text.slice(entrant.start, entrant.end), kind: 'organisation' };
  if (!clashes.length) {
    // A capitalised word the training text mostly writes in lower case is a heading ("Round 3"), not a team.
    const unknown = entrant.words.every((w) => !DATE_WORDS.has(w.toLowerCase()) && shippedTagger().capitalised(w.toLowerCase()) !== false);
    return unknown ? [...found, team] : found;
  }
  if (clashes.length > 1 || clashes[0]!.start !== entrant.start || clashes[0]!.end !== entrant.end) return found;
  const m = clashes[0]!;
  const becomes = !isCountry(key) && (m.kind === 'place' || (m.kind === 'person' && entrant.words.length === 1 && isPlace));
  return becomes ? found.map((x) => (x === m ? { ...m, kind: 'organisation' as const } : x)) : found;
}

/**
 * The mentions of each text with the teams of its results lines made organisations, wherever the
 * article names them ("Pohang beat Ulsan" above "Pohang 2 Ulsan 1"); only in a sports article.
 * The second step follows every organisation of the article, not only the entrants: a town
 * named like a club the tagger found is that club too.
 */
export function teamsInResults(texts: readonly string[], found: Mention[][]): Mention[][] {
  if (!isSportsArticle(texts)) return found;
  const marked = found.map((mentions, i) => {
    const text = texts[i]!;
    let out = mentions;
    let lineStart = 0;
    for (const line of text.split('\n')) {
      for (const e of entrants(tokenize(line).map((t) => ({ ...t, start: t.start + lineStart, end: t.end + lineStart })))) out = asTeam(e, text, out);
      lineStart += line.length + 1;
    }
    return out;
  });
  const teams = new Set(marked.flat().filter((m) => m.kind === 'organisation').map((m) => m.name.toLowerCase()));
  const isTeam = (m: Mention) => m.kind !== 'organisation' && teams.has(m.name.toLowerCase()) && !isCountry(gazetteerKey(m.name))
    && (m.kind === 'place' || !/\s/.test(m.name));
  return marked.map((ms) => ms.map((m) => (isTeam(m) ? { ...m, kind: 'organisation' as const } : m)));
}
