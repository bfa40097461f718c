import { hasPassed } from '../text/clock.js';
import { afterPreposition, bare, DATE_WORDS, HONORIFICS, LOWERCASE_BODIES, MINISTRY_DOMAINS, ORG_HEADS, TITLES, WORLD_REGIONS } from './lexicon.js';
import { noNameIn } from './not-names.js';
import { gazetteerKey, matchAt } from './tagger/gazetteer.js';
import { tokenize, type Token } from './tagger/tokens.js';
import type { NameSpan } from './tagger/model.js';
import { shippedTagger } from './tagger/shipped.js';

/**
 * Finds names in one text: people, organisations and places, with their offsets. The trained
 * tagger (tagger/) is the base; rules on top keep titles out of people's names, drop dates taken
 * for names, and add what a sentence-level tagger cannot see: lower-case government bodies ("the
 * defence ministry"), places after "province of", a name in the speaker's seat of an attribution,
 * and places the text also writes in lower case.
 */

export type MentionKind = 'person' | 'organisation' | 'place';

export interface Mention {
  start: number;
  end: number;
  /** The name as written, without titles or a possessive. */
  name: string;
  kind: MentionKind;
  /** Lower-cased role words written before a person's name ("state department spokesman"). */
  title?: string;
  /** A bare reference ("the ministry") that names no entity on its own. */
  reference?: boolean;
  /** Found by context alone ("in Aisby"): marked where found, never looked for elsewhere. */
  guessed?: boolean;
  /** Its kind is what the sentence says it is ("Aisby is a village"): the article's word, above any guess. */
  defined?: boolean;
}

/** "Ministry" or "ministry": case-insensitive words in a pattern that must keep \\p{Lu} case-sensitive. */
const anyCase = (words: readonly string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const PLACE_AFTER = new RegExp(`\\b(?:${anyCase(['province', 'city', 'region', 'town', 'village', 'district', 'governorate', 'county', 'capital', 'suburb', 'port', 'island'])})\\s+of\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`, 'gu');
/** Head nouns that say what a name is, when a sentence defines it ("Aisby is a village", "Korn, an American band"). */
const DEFINED_AS: Record<MentionKind, readonly string[]> = {
  place: ['village', 'town', 'city', 'municipality', 'parish', 'hamlet', 'suburb', 'district', 'county', 'province', 'commune', 'borough', 'township', 'river', 'lake', 'mountain', 'island'],
  organisation: ['company', 'firm', 'corporation', 'manufacturer', 'maker', 'band', 'club', 'party', 'newspaper', 'magazine', 'university', 'airline', 'bank', 'agency', 'charity', 'organisation', 'organization', 'association', 'federation', 'label', 'publisher', 'retailer', 'conglomerate', 'startup', 'think-tank'],
  person: ['politician', 'actor', 'actress', 'singer', 'songwriter', 'musician', 'writer', 'author', 'poet', 'novelist', 'journalist', 'footballer', 'cricketer', 'boxer', 'athlete', 'painter', 'composer', 'businessman', 'businesswoman', 'lawyer', 'scientist', 'physicist', 'economist', 'historian', 'philosopher', 'rapper', 'comedian', 'entrepreneur', 'architect', 'photographer'],
};
/** Heads that define a name as none of the three: "Chamicuro is an endangered language", "Kinda is a serial". */
const DEFINED_AS_NONE = ['language', 'dialect', 'genus', 'species', 'album', 'song', 'film', 'novel', 'serial', 'festival', 'award'];
const HEAD_KIND = new Map<string, MentionKind | null>([
  ...Object.entries(DEFINED_AS).flatMap(([kind, heads]) => heads.map((h) => [h, kind as MentionKind] as const)),
  ...DEFINED_AS_NONE.map((h) => [h, null] as const),
]);
/** A name, "is a" / "was an" / ", a", up to four describing words (no "of" or "who": "a member of the band" is no band), the head noun. */
const DEFINED = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})(?:\\s+is|\\s+was|\\s*,)\\s+(?:a|an)\\s+(?:(?!(?:of|for|in|with|and|or|at|on|by|to|from|who|which|that)\\s)[\\p{L}'’-]+\\s+){0,4}?(${[...HEAD_KIND.keys()].join('|')})\\b`, 'gu');
/** Country abbreviations the tagger does not know as places. */
const COUNTRY_ABBREVIATION = /(?<![\p{L}.])(?:U\.S\.A?\.?|USA|US|U\.K\.|UK|UAE|DRC|PRC)(?![\p{L}])/gu;
/**
 * A capitalised name in the speaker's seat of an attribution ("…,” Blackwell wrote", "said
 * Trump") names whoever spoke, even when the tagger does not know the name.
 */
const NAME_WORDS = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";
const SPEAKER_SEAT = new RegExp(`(?:["”’],?\\s+|^|[.!?]\\s+)(${NAME_WORDS})\\s+(?:said|says|wrote|writes|told|tells|added|adds|asked|explained|continued|replied|insisted|argued|noted|tweeted|declared)\\b|\\b(?:said|says|wrote|added|asked|told)\\s+(${NAME_WORDS})(?=[.,;]|\\s+(?:in|on|at|of|to|during|after|before|when|while)\\b|$)`, 'gu');
const WHO_AFTER = new RegExp(`(?<![\\p{L}'’.-])(${NAME_WORDS})(?=\\s*,\\s+whom?\\s)`, 'gu');
/** Groups and unnamed sources in the speaker's seat are not names ("Democrats said", "Officials said"). */
const GROUP_WORD = /^(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|officials?|police|authorities|critics|analysts|experts|witnesses|residents|sources?|supporters|opponents|protesters|voters|others|some|many|both|everyone|investigators|prosecutors|lawmakers|scientists|researchers|doctors|democrats|republicans|conservatives|liberals|americans|reporters|aides|advisers|advisors|observers|activists|diplomats|people|one|someone|nobody|but|and|so|then|when|as|if)$/i;
/** "in Aisby", "near Bedhampton": a capitalised name after a preposition of place, when nothing else claims it. */
const PLACE_PREPOSITION = /\b(?:in|near|outside|across|throughout)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})/gu;
/** "Harrison, Arkansas": a capitalised name before a comma and a known place. */
const NOT_PLACES = new Set([...DATE_WORDS,
  'god', 'english', 'french', 'spanish', 'german', 'arabic', 'chinese', 'latin', 'i', 'it', 'his', 'her', 'their', 'this', 'that', 'the', 'a', 'an']);
const BODY_RE = new RegExp(
  `\\b(?:[Tt]he\\s+)?((?:(\\p{Lu}\\p{L}+)\\s+)?(?:(${anyCase(MINISTRY_DOMAINS)})\\s+)?(${anyCase(LOWERCASE_BODIES)})(?:\\s+(?:of|for)\\s+(?:the\\s+)?(${anyCase(MINISTRY_DOMAINS)}))?)\\b`,
  'gu',
);
const TITLE_BEFORE = /((?:[\p{L}.]+\s+){1,5})$/u;
const POSSESSIVE = /['’]s?$/;

/** Last words that make "First Word" a place or a building, not a person ("Grace Church", "Victoria Street"). */
const PLACE_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'park', 'river', 'lake', 'bridge', 'hall', 'hospital', 'school', 'station', 'airport', 'island', 'bay', 'hill', 'mountain', 'valley', 'county', 'city', 'falls', 'beach', 'stadium', 'arena', 'house', 'palace', 'tower', 'cathedral', 'abbey']);
const PLACE_LISTS = ['city', 'country', 'region'];
const ORG_LISTS = ['club', 'club-alias', 'company', 'gov', 'intl', 'media', 'party', 'party-short', 'team', 'team-short', 'univ'];
const GIVEN_NAME_LISTS = ['first-f', 'first-m', 'first-x'];
/** Tokens as the lists store an entry of several words. */
const listKey = (tokens: readonly Token[]) => tokens.map((t) => gazetteerKey(t.text)).join(' ');
/** Whether any of these list families holds the entry. */
export const inLists = (families: readonly string[], key: string): boolean => families.some((f) => shippedTagger().gazetteer.has(f, key));
/**
 * A place the name lists hold. The tagger takes many an unfamiliar surname for a place; one that
 * speaks and that no list knows as a place is a person ("Tarlo explains").
 */
const isKnownPlace = (name: string) => inLists(PLACE_LISTS, gazetteerKey(name));
/** Several words the lists hold as an organisation and not as a place ("San Francisco Chronicle", "Goldman Sachs"). */
function listedOrganisation(n: NameSpan): boolean {
  if (n.tokens.length < 2) return false;
  const key = listKey(n.tokens);
  return !isKnownPlace(key) && inLists(ORG_LISTS, key);
}
/** One word that the lists know as a place and as no organisation ("Ontario", "Kamchatka"). */
function onlyAPlace(n: NameSpan): boolean {
  if (n.tokens.length !== 1) return false;
  const key = gazetteerKey(n.tokens[0]!.text);
  return isKnownPlace(key) && !inLists(ORG_LISTS, key);
}
/** Whether a list of places or organisations holds these tokens as one entry (given and family names say nothing here). */
const listed = (tokens: readonly Token[]) =>
  inLists(shippedTagger().gazetteer.families.filter((f) => !/^(?:first|family)/.test(f)), listKey(tokens));
/**
 * "United Nations and European Union", "Kamchatka and Sakhalin": a span the lists do not know that
 * joins, with "and", a name they know to another name, is two names. One the lists know
 * ("Bosnia and Herzegovina") and an "and" inside an "of" ("Department of Health and Human
 * Services") stay whole.
 */
function splitJoined(n: NameSpan): NameSpan[] {
  const k = n.tokens.findIndex((t, i) => i > 0 && i < n.tokens.length - 1 && t.text === 'and');
  if (k < 0 || !/^\p{Lu}/u.test(n.tokens[k + 1]!.text) || listed(n.tokens)) return [n];
  const left = n.tokens.slice(0, k);
  const right = n.tokens.slice(k + 1);
  if (left.some((t) => t.text === 'of') || !(listed(left) || listed(right))) return [n];
  // Names joined are of one kind: a place the lists know makes its partner a place too.
  const type = [left, right].some((side) => side.length === 1 && onlyAPlace({ ...n, tokens: side })) ? 'LOC' : n.type;
  const part = (tokens: Token[]): NameSpan => ({ ...n, type, tokens, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });
  return [part(left), part(right)];
}
/** Title words that name a role, not the words that qualify one ("New", "Former", "White House", "French"). */
const QUALIFIERS = new Set(['new', 'former', 'acting', 'interim', 'top', 'senior', 'then', 'opposition', 'white', 'house', 'press', 'state', 'foreign',
  'vice', 'prime', 'deputy', 'chief', 'executive', 'department', 'us', 'u.s', 'uk', 'french', 'russian', 'british', 'german', 'american', 'syrian',
  'turkish', 'chinese', 'iranian', 'israeli']);
const isRole = (word: string) => TITLES.has(bare(word)) && !QUALIFIERS.has(bare(word));
/**
 * "Seminole County Sheriff Don Eslinger", "Texas Coach Darrell Royal": an organisation's or a
 * place's span that runs on through a title into a given name is the body, then a person. The
 * person's span keeps the title, which the person rule strips and remembers.
 */
function splitAtTitle(n: NameSpan): NameSpan[] {
  if (n.type === 'PER') return [n];
  const k = n.tokens.findIndex((t, i) => i < n.tokens.length - 2 && isRole(t.text) && inLists(GIVEN_NAME_LISTS, gazetteerKey(n.tokens[i + 1]!.text)));
  if (k < 0 || n.tokens.length - k - 1 > 3) return [n];
  let from = k;
  while (from > 0 && TITLES.has(bare(n.tokens[from - 1]!.text))) from--;
  const part = (tokens: Token[], type: NameSpan['type']): NameSpan => ({ ...n, type, tokens, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });
  return [...(from > 0 ? [part(n.tokens.slice(0, from), n.type)] : []), part(n.tokens.slice(from), 'PER')];
}
/** "Lincolnshire", "Hampshire": an English county's name, never a person's. */
const SHIRE = /^\p{Lu}\p{Ll}{2,}shire$/u;
/** Last words no one's name ends in: "John Birch Society" is a society whoever John Birch was. */
const NEVER_SURNAMES = new Set(['ministry', 'department', 'observatory', 'council', 'committee', 'agency', 'party', 'university', 'college',
  'organisation', 'organization', 'association', 'commission', 'institute', 'foundation', 'corporation', 'company', 'federation', 'league',
  'network', 'group', 'inc', 'ltd', 'corp', 'llc', 'plc', 'society', 'assembly', 'services', 'theatre', 'theater', 'lounge', 'fleet', 'records',
  'magazine', 'orchestra', 'choir', 'airlines', 'airways']);
/** First words of places no one's name starts with: "Mount Kenya", "Fort Worth", "Camp Howe", "Lake Chad". */
const PLACE_FIRST = new Set(['mount', 'mt', 'fort', 'ft', 'lake', 'cape', 'camp', 'port', 'isle', 'lough', 'loch']);
/** Last words of places no one's name ends in: "Fairfax County", "Lincoln Reservoir", "Davis Gym", whatever given name starts them. */
const NEVER_SURNAME_PLACES = new Set(['county', 'parish', 'district', 'province', 'township', 'borough', 'reservoir', 'dock', 'docks', 'creek',
  'stadium', 'airport', 'station', 'cathedral', 'gym', 'gymnasium', 'playfield', 'harbour', 'harbor', 'canal', 'highway', 'freeway', 'motorway']);
/**
 * A "person" whose last word says it is an organisation or a place: always for words no one's name
 * ends in, and for the others ("Court", "Hall", "Field") when it does not start with a given name
 * ("Hamilton Field" is an airfield, "Sarah Hall" a person).
 */
function headOfPersonSpan(n: NameSpan): MentionKind | null {
  if (n.tokens.length < 2) return null;
  const last = bare(n.tokens[n.tokens.length - 1]!.text);
  if (NEVER_SURNAMES.has(last)) return 'organisation';
  if (NEVER_SURNAME_PLACES.has(last) || PLACE_FIRST.has(bare(n.tokens[0]!.text))) return 'place';
  if (bare(n.tokens[0]!.text) === 'hotel') return 'organisation';
  if (inLists(GIVEN_NAME_LISTS, gazetteerKey(n.tokens[0]!.text)) || /^\p{Lu}\.$/u.test(n.tokens[0]!.text)) return null;
  return ORG_HEADS.has(last) ? 'organisation' : PLACE_HEADS.has(last) || GEOGRAPHY.has(last) ? 'place' : null;
}
/** Last words of names of the land and water, never of an organisation ("the Black Sea", "Danube Delta", "the Alps"). */
const GEOGRAPHY = new Set(['county', 'parish', 'province', 'cave', 'beach', 'sea', 'ocean', 'river', 'delta', 'mountains', 'alps', 'islands', 'lake', 'bay', 'gulf', 'peninsula', 'valley', 'desert', 'coast', 'strait', 'straits', 'canal', 'plateau', 'basin', 'oblast', 'street', 'avenue', 'road', 'boulevard']);
/**
 * A name starts and ends on a capitalised word or a number ("Mac Pro doesn't" is "Mac Pro"; "al-"
 * and "de" may begin one only before a capital), and a pronoun is no name ("We've").
 */
function trimmed(n: NameSpan): NameSpan | null {
  let from = 0;
  let to = n.tokens.length;
  const named = (t: string) => /^[\p{Lu}\p{N}]/u.test(t) || /^(?:al|el|de|da|van|von|bin|ibn|d)['’-]?\p{Lu}/u.test(t);
  while (from < to && !named(n.tokens[from]!.text)) from++;
  while (to > from && !/[\p{Lu}\p{N}.]/u.test(n.tokens[to - 1]!.text) && !/^(?:jr|sr)\.?$/i.test(n.tokens[to - 1]!.text)) to--;
  if (from >= to) return null;
  if (to - from === 1 && PRONOUN.test(n.tokens[from]!.text)) return null;
  if (from === 0 && to === n.tokens.length) return n;
  const tokens = n.tokens.slice(from, to);
  return { ...n, tokens, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}
/**
 * A word that opens a sentence is capitalised whatever it is: one that the training text writes in
 * lower case, or a plural no name list holds ("Traders said", "Eyewitnesses told"), names no one.
 */
function ordinaryWord(word: string): boolean {
  const key = gazetteerKey(word);
  return shippedTagger().capitalised(key) === false || (/[^s]s$/.test(key) && !inLists([...GIVEN_NAME_LISTS, 'family', ...PLACE_LISTS, ...ORG_LISTS], key));
}
const PRONOUN = /^(?:i|we|you|he|she|it|they|me|us|him|her|them)(?:['’](?:ve|re|ll|d|m|s))?$/i;

/**
 * A given name or initials then a family name ("Al Cardenas", "J.J. Abrams"), with no organisation word, is a person whatever
 * the tagger's sentence-level guess said.
 */
function looksPersonal(n: NameSpan): boolean {
  if (n.tokens.length < 2 || n.tokens.length > 3) return false;
  const first = gazetteerKey(n.tokens[0]!.text);
  const last = gazetteerKey(n.tokens[n.tokens.length - 1]!.text);
  const given = inLists(['first-f', 'first-m'], first) || /^(?:\p{Lu}\.){1,3}$/u.test(n.tokens[0]!.text);
  if (!given || !inLists(['family'], last) || PLACE_FIRST.has(first) || n.tokens.some((t) => ORG_HEADS.has(bare(t.text)) || PLACE_HEADS.has(bare(t.text)))) return false;
  return !inLists(['city', 'country', 'region', 'club', 'company', 'univ', 'media', 'party', 'gov'], listKey(n.tokens));
}
const SPEECH_AFTER = /^\s+(?:said|says|explains|explained|added|adds|told|tells|wrote|writes|noted|notes|argued|argues|insisted|insists|replied|replies|recalled|recalls|warned|warns|thinks|believes)\b/;
const SPEECH_BEFORE = /\b(?:said|says|according to|told)\s+$/;
/** A name in the speaker's seat: "Tarlo explains", "said Guilbeault", "according to Parker". */
const speaks = (text: string, m: Mention) => (SPEECH_AFTER.test(text.slice(m.end, m.end + 16)) && !afterPreposition(text, m.start))
  || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
/**
 * Whether the capitalised word before "government" or "ministry" names whose it is ("Syrian
 * government"): not an ordinary word at a sentence start ("As government…", "The ministry"), nor
 * the last word of a longer name ("Hong Kong government" is Hong Kong's, no "Kong government").
 */
function isNation(text: string, start: number, word: string): boolean {
  const tagger = shippedTagger();
  if (tagger.capitalised(word.toLowerCase()) === false) return false;
  const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return !before || tagger.capitalised(before.toLowerCase()) === false;
}
const HONORIFIC_BEFORE = /(\p{L}+)\.?\s$/u;
/** "Mr Panvalkar", "King Gongmin": a name of a few words, no organisation or place word, after an honorific. */
function afterHonorific(text: string, n: NameSpan): boolean {
  const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, n.start - 12), n.start))?.[1];
  const inside = n.tokens.length > 1 && HONORIFICS.has(bare(n.tokens[0]!.text));
  return (inside || Boolean(before && HONORIFICS.has(before.toLowerCase()))) && n.tokens.length <= (inside ? 4 : 3)
    && !n.tokens.some((t) => ORG_HEADS.has(bare(t.text)) || PLACE_HEADS.has(bare(t.text)));
}
const DATELINE = /^(\p{Lu}[\p{Lu} .'’-]*\p{Lu})(?=(?:,\s[^—–\n]{0,40})?\s*(?:\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|CNN|PA)\)\s*)?[—–]|,\s[^—–\n]{0,40}\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|CNN|PA)\)|\s\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|CNN|PA)\)|(?:,\s[^—–\n]{0,40})?\s\d{4}-\d\d-\d\d\s*$)/u;
const INITIALS_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.\s?)+(?:(?:de|da|van|von|del|di|le|la|al|bin|ul|el)\s)?$/u;

/**
 * A country's or a world region's name, capitalised, is a place whatever the sentence-level guess
 * ("Sri Lanka" is not a person "Sri"), unless it is part of a longer organisation's name ("Bank of Japan").
 */
function countries(text: string, out: Mention[]): void {
  const lists = shippedTagger().gazetteer;
  const country = lists.families.indexOf('country');
  const tokens = tokenize(text);
  const keys = tokens.map((t) => gazetteerKey(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const len = country < 0 ? 0 : matchAt(lists, country, keys, i);
    if (!len) continue;
    const start = tokens[i]!.start;
    const end = tokens[i + len - 1]!.end;
    i += len - 1;
    if (takeInside(out, start, end, isPlace)) out.push({ start, end, name: text.slice(start, end), kind: 'place' });
  }
  // Inside a longer name a region is only a word of it ("Bank of America", "Radio Free Europe").
  for (const m of text.matchAll(WORLD_REGIONS)) {
    const end = m.index + m[0].length;
    if (takeInside(out, m.index, end, isPlace)) out.push({ start: m.index, end, name: m[0], kind: 'place' });
  }
}
const isPlace = (m: Mention) => m.kind === 'place';
/**
 * Room for a whole name at [start, end) that the mentions inside it are pieces of: they give way,
 * unless one `stands`; a mention reaching outside it is a longer name, and there is no room.
 */
function takeInside(out: Mention[], start: number, end: number, stands: (m: Mention) => boolean = () => false): boolean {
  const clashes = out.filter((o) => start < o.end && o.start < end);
  if (clashes.some((o) => o.start < start || o.end > end || stands(o))) return false;
  for (const c of clashes) out.splice(out.indexOf(c), 1);
  return true;
}
/** Heads of "Head of Name" names of land and water ("Gulf of Mexico", "Isle of Man"); the other heads make organisations. */
const GEOGRAPHY_OF = ['gulf', 'bay', 'isle', 'isles', 'strait', 'straits', 'sea', 'cape', 'lake', 'mouth', 'island', 'islands', 'port'];
const HEAD_OF = new RegExp(
  `(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:and|&)\\s+)?){0,3})(${[...ORG_HEADS].filter((h) => h.length > 3).concat(['hall', 'museum', 'academy', 'school', 'order', 'house', 'chamber', 'palace', 'cathedral', 'orchestra', ...GEOGRAPHY_OF]).map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|')})\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:and|&)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3})`,
  'gu',
);
/** Words of a stretch of text with where each starts. */
const wordsAt = (s: string, at: number) => [...s.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: at + w.index, end: at + w.index + w[0].length }));
/**
 * "Hall of Fame", "Ministry of Defence", "Gulf of Mexico": a capitalised head, "of", and a
 * capitalised name are one name, with the capitalised words before the head ("Hockey Hall of
 * Fame"). The tagger, which reads words one at a time, can make a person "Hall" and a place "Fame"
 * of it. A title before or after is no part of it ("Bank of England Governor Mark Carney"), nor an
 * ordinary word that opens the sentence ("Members of Parliament").
 */
function headOfName(text: string, out: Mention[]): void {
  for (const m of text.matchAll(HEAD_OF)) {
    const lead = wordsAt(m[1]!, m.index);
    const opensSentence = (w: { start: number }) => /(?:^|[.!?:]\s+)$/.test(text.slice(Math.max(0, w.start - 3), w.start));
    while (lead.length && (TITLES.has(bare(lead[0]!.text)) || /^(?:and|&)$/.test(lead[0]!.text)
      || (opensSentence(lead[0]!) && shippedTagger().capitalised(lead[0]!.text.toLowerCase()) === false))) lead.shift();
    const tail = wordsAt(m[3]!, m.index + m[0].length - m[3]!.length);
    const cut = tail.findIndex((w, i) => i > 0 && TITLES.has(bare(w.text)));
    const last = tail[(cut < 0 ? tail.length : cut) - 1]!;
    const start = lead[0]?.start ?? m.index + m[1]!.length;
    const end = /^(?:and|&)$/.test(last.text) ? tail[tail.indexOf(last) - 1]!.end : last.end;
    const clashes = out.filter((o) => start < o.end && o.start < end);
    // A longer name the tagger found around it stands ("Duke of Edinburgh's Award"), unless what it
    // adds is a title ("Bank of England Governor").
    const titleAfter = (o: Mention) => o.end > end && text.slice(end, o.end).trim().split(/\s+/).every((w) => TITLES.has(bare(w)));
    if (clashes.some((o) => o.start < start || (o.end > end && !titleAfter(o)) || (o.start === start && o.end === end))) continue;
    for (const c of clashes) out.splice(out.indexOf(c), 1);
    push(out, { start, end, name: text.slice(start, end), kind: GEOGRAPHY_OF.includes(m[2]!.toLowerCase()) ? 'place' : 'organisation' });
  }
}
/** Heads of places and bodies named for someone in the possessive ("Sayler's Creek", "Howe's Brigade"). */
const NAMED_FOR_HEADS = new Map<string, MentionKind>([
  ...['mill', 'mills', 'creek', 'road', 'lane', 'wood', 'hill', 'island', 'bay', 'point', 'landing', 'crossing', 'ferry', 'corner', 'well', 'pond']
    .map((h) => [h, 'place'] as const),
  ...['brigade', 'division', 'regiment', 'corps', 'battalion', 'raiders', 'rangers'].map((h) => [h, 'organisation'] as const),
]);
const NAMED_FOR = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}-]+)\\s?['’]s\\s+(${[...NAMED_FOR_HEADS.keys()].map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|')})\\b`, 'gu');
/** "Sayler's Creek", "Rankin's Mill", "Howe's Brigade": a possessive and a capitalised place or unit head are one name, not a person and a word. */
function namedFor(text: string, out: Mention[]): void {
  for (const m of text.matchAll(NAMED_FOR)) {
    const end = m.index + m[0].length;
    if (takeInside(out, m.index, end)) out.push({ start: m.index, end, name: m[0], kind: NAMED_FOR_HEADS.get(m[2]!.toLowerCase())! });
  }
}
const NATIONALITY_BEFORE = /(\p{Lu}\p{Ll}+)\s$/u;
const isDemonym = (w: string) => shippedTagger().gazetteer.has('demonym', gazetteerKey(w));


/**
 * The tagger's names in each text. With a deadline (a `now()` time), no text is started after it
 * and only the texts tagged so far get an entry: the result may be shorter than `texts`.
 */
export function tagTexts(texts: readonly string[], deadline = Infinity): NameSpan[][] {
  return shippedTagger().tagDocument(texts, () => hasPassed(deadline));
}

/**
 * Splits "State Department spokesman John Kirby" into its title words and the name; a role in
 * the middle ("Clinton Senior Adviser Sidney Blumenthal") ends the title too, when a full name
 * of two or more words follows it.
 */
function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let i = 0;
  while (i < words.length - 1 && TITLES.has(bare(words[i]!))) i++;
  for (let k = words.length - 3; k >= i; k--) {
    if (TITLES.has(bare(words[k]!)) && words.slice(k + 1).every((w) => /^\p{Lu}/u.test(w))) { i = k + 1; break; }
  }
  return { title: words.slice(0, i), name: words.slice(i) };
}

/**
 * Room for a name that the sentence around it tells, at [start, end): a mention at exactly that
 * span gives way when `yields` lets it; a mention overlapping it otherwise keeps its place, and
 * there is no room.
 */
function makeRoom(out: Mention[], start: number, end: number, yields: (m: Mention) => boolean = () => true): boolean {
  const clash = out.findIndex((o) => o.start < end && start < o.end);
  if (clash < 0) return true;
  const o = out[clash]!;
  if (o.start !== start || o.end !== end || !yields(o)) return false;
  out.splice(clash, 1);
  return true;
}

/** Taggers' matches can carry a neighbour's space or bracket ("Air Division (", "& Lee"): names start and end on a letter or digit. */
function push(out: Mention[], m: Mention, keepPeriod = false): void {
  const lead = /^[^\p{L}\p{N}]*/u.exec(m.name)![0].length;
  const trail = (keepPeriod ? /[^\p{L}\p{N}.]*$/u : /(?<![A-Z])[^\p{L}\p{N}.]*$|(?<=[a-z]{2})\.$/u).exec(m.name.slice(lead))?.[0].length ?? 0;
  const name = m.name.slice(lead, m.name.length - trail);
  if (!name || m.end - trail - (m.start + lead) !== name.length) return;
  out.push({ ...m, name, start: m.start + lead, end: m.end - trail });
}

/** Name mentions in `text`, longest first where they overlap. */
export function findMentions(text: string, names: readonly NameSpan[] = tagTexts([text])[0]!): Mention[] {
  const out: Mention[] = [];

  for (const n of names.flatMap(splitJoined).flatMap(splitAtTitle).map(trimmed)) {
    if (!n || n.tokens.every((t) => DATE_WORDS.has(t.text.toLowerCase().replace(/\.$/, '')))) continue;
    const head = n.type === 'PER' ? headOfPersonSpan(n) ?? (listedOrganisation(n) ? 'organisation' : SHIRE.test(n.tokens[n.tokens.length - 1]!.text) ? 'place' : null) : null;
    if (head) {
      push(out, { start: n.start, end: n.end, name: text.slice(n.start, n.end), kind: head }, true);
    } else if (n.type === 'PER' || looksPersonal(n) || afterHonorific(text, n)) {
      // Titles stay out of the name ("Sen. Jon Tester" is Jon Tester), suffixes and initials stay in.
      const words = n.tokens.map((t) => t.text);
      let i = 0;
      while (i < words.length - 1 && TITLES.has(bare(words[i]!))) i++;
      const first = n.tokens[i]!;
      if (!/^\p{Lu}/u.test(first.text) || TITLES.has(bare(first.text))) continue;
      // Initials the tagger left outside ("A. Dale", "S. de Silva") belong to the name.
      const start = first.start - (INITIALS_BEFORE.exec(text.slice(Math.max(0, first.start - 24), first.start))?.[0].length ?? 0);
      push(out, { start, end: n.end, name: text.slice(start, n.end), kind: 'person' }, true);
    } else {
      const kind = (n.type === 'ORG' && !GEOGRAPHY.has(bare(n.tokens[n.tokens.length - 1]!.text)) && !onlyAPlace(n)) || listedOrganisation(n) ? 'organisation' : 'place';
      let start = /^the$/i.test(n.tokens[0]!.text) && n.tokens.length > 1 ? n.tokens[1]!.start : n.start;
      // The training news tags "Syrian" in "Syrian Observatory for Human Rights" as a nationality of
      // its own; a nationality written right before an organisation's name is part of it.
      const nationality = kind === 'organisation' ? NATIONALITY_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
      if (nationality && isDemonym(nationality[1]!)) start -= nationality[0].length;
      push(out, { start, end: n.end, name: text.slice(start, n.end), kind }, true);
    }
  }
  headOfName(text, out);
  namedFor(text, out);
  countries(text, out);
  // A dateline ("HAYWARD, Calif. (AP) —", "LONDON (Reuters) -", "SEOUL 1996-08-30" on a line of
  // its own) names where the story was filed.
  const dateline = DATELINE.exec(text);
  if (dateline) {
    const end = dateline[1]!.length;
    for (const c of out.filter((o) => o.start < end)) out.splice(out.indexOf(c), 1);
    out.push({ start: 0, end, name: dateline[1]!, kind: 'place' });
  }

  for (const m of text.matchAll(BODY_RE)) {
    const [, phrase, nation, domain, head, domainAfter] = m;
    const start = m.index + m[0].indexOf(phrase!);
    const noNation = Boolean(nation) && !isNation(text, start, nation!);
    const named = Boolean(nation || domain || domainAfter) && !(noNation && !domain && !domainAfter);
    const isHeadOnly = !domain && !domainAfter && (!nation || noNation);
    const name = isHeadOnly ? head! : phrase!;
    const nameStart = isHeadOnly ? m.index + m[0].lastIndexOf(head!) : start;
    push(out, { start: nameStart, end: nameStart + name.length, name, kind: 'organisation', ...(named && !isHeadOnly ? {} : { reference: true }) });
  }

  for (const m of text.matchAll(PLACE_AFTER)) {
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    push(out, { start, end: start + name.length, name, kind: 'place' });
  }
  for (const m of text.matchAll(COUNTRY_ABBREVIATION)) {
    const name = m[0].replace(/\.$/, m[0].endsWith('S.') || m[0].endsWith('K.') ? '.' : '');
    // The country whatever the tagger guessed for the same letters ("UK" as an organisation).
    const same = out.findIndex((o) => o.start === m.index && o.name === name);
    if (same >= 0) out.splice(same, 1);
    push(out, { start: m.index, end: m.index + name.length, name, kind: 'place' });
  }
  // "Aisby is a village in Lincolnshire", "Korn, an American band", "Tarlo is a chemist": what a sentence says a name is.
  for (const m of text.matchAll(DEFINED)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (GROUP_WORD.test(first) || NOT_PLACES.has(first.toLowerCase())) continue;
    const kind = HEAD_KIND.get(m[2]!.toLowerCase())!;
    // "born in Danvers, Massachusetts is an American rapper": a known place before "is a rapper" ends a birthplace, not a name.
    if (kind === 'person' && isKnownPlace(name)) continue;
    if (!makeRoom(out, m.index, m.index + name.length) || !kind) continue;
    push(out, { start: m.index, end: m.index + name.length, name, kind, defined: true });
  }
  // "Harrison, Arkansas": the name before a comma and a place is a place too.
  for (const place of out.filter((o) => o.kind === 'place')) {
    const before = /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}),\s*$/u.exec(text.slice(Math.max(0, place.start - 60), place.start));
    if (!before) continue;
    const name = before[1]!;
    const start = place.start - before[0].length;
    if (NOT_PLACES.has(name.split(/\s+/)[0]!.toLowerCase())) continue;
    // A lone surname-like word the tagger took for a person is the place here ("Harrison, Arkansas").
    const clash = out.findIndex((o) => start < o.end && o.start < start + name.length);
    if (clash >= 0 && !(out[clash]!.kind === 'person' && out[clash]!.start === start && !out[clash]!.name.includes(' '))) continue;
    if (clash >= 0) out.splice(clash, 1);
    out.push({ start, end: start + name.length, name, kind: 'place', guessed: true });
  }
  for (const m of text.matchAll(SPEAKER_SEAT)) {
    const raw = m[1] ?? m[2]!;
    const words = raw.split(/\s+/);
    const { name: nameWords } = splitTitle(words);
    const name = nameWords.join(' ').replace(POSSESSIVE, '');
    if (!name || GROUP_WORD.test(nameWords[0]!) || PRONOUN.test(nameWords[0]!) || nameWords.every((w) => TITLES.has(bare(w)) || DATE_WORDS.has(bare(w)))) continue;
    if (m[1] && nameWords.length === 1 && !/["”’]/.test(m[0][0]!) && ordinaryWord(name)) continue;
    const start = m.index + m[0].indexOf(raw) + raw.indexOf(nameWords[0]!);
    if (out.some((o) => start < o.end && o.start < start + name.length)) continue;
    const isOrg = nameWords.some((w) => ORG_HEADS.has(bare(w)));
    push(out, { start, end: start + name.length, name, kind: isOrg ? 'organisation' : 'person' });
  }
  // "Isner, who produced…": "who" follows people ("whose" follows companies too).
  for (const m of text.matchAll(WHO_AFTER)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (GROUP_WORD.test(first) || PRONOUN.test(first) || NOT_PLACES.has(first.toLowerCase()) || TITLES.has(bare(first))) continue;
    const end = m.index + name.length;
    if (!makeRoom(out, m.index, end, (o) => o.kind !== 'person' && !listed(tokenize(name)))) continue;
    push(out, { start: m.index, end, name, kind: 'person' });
  }
  for (const m of text.matchAll(PLACE_PREPOSITION)) {
    const name = m[1]!.replace(/[.]+$/, '');
    const words = name.split(/\s+/);
    if (NOT_PLACES.has(words[0]!.toLowerCase()) || words.some((w) => ORG_HEADS.has(bare(w)) || TITLES.has(bare(w)))) continue;
    if (words.length === 1 && /(?:ish|ese|ian|ans|ic)$/.test(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    // Weakest evidence: it only names a place where no tagger or rule said anything else.
    if (out.some((o) => start < o.end && o.start < start + name.length)) continue;
    push(out, { start, end: start + name.length, name, kind: 'place', guessed: true });
  }
  for (const m of out) if (m.kind === 'place' && speaks(text, m) && !isKnownPlace(m.name)) m.kind = 'person';
  // "Senate Majority Leader Mitch McConnell": an organisation that ends on a title, right before a
  // person, is that person's title.
  const people = out.filter((o) => o.kind === 'person');
  const kept = out.filter((o) => !(o.kind === 'organisation' && TITLES.has(bare(o.name.split(/\s+/).pop()!))
    && people.some((p) => /^\s+$/.test(text.slice(o.end, p.start)))));
  const namesNothing = noNameIn(text);
  return dropOverlaps(kept.filter((m) => !namesNothing(m)))
    .map((m) => shopNamed(text, m)).map((m) => (m.kind === 'person' ? withTitle(text, m) : m));
}

/** "shopping at Macy's.", "played at Miller's, the bar": a possessive with no noun after it, where one goes, is a business named for its owner. */
const SHOP_AT = /\b(?:at|to|from|in)\s+$/;
function shopNamed(text: string, m: Mention): Mention {
  if (m.kind !== 'person' || !SHOP_AT.test(text.slice(Math.max(0, m.start - 6), m.start))) return m;
  return /^['’]s(?:\s*[,.;:)]|\s+and\b)/.test(text.slice(m.end, m.end + 8)) ? { ...m, kind: 'organisation' } : m;
}

/** The role words written just before a person's name, which later references ("the spokesman") rely on. */
function withTitle(text: string, m: Mention): Mention {
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1] ?? '';
  const words = before.trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && TITLES.has(bare(words[i - 1]!))) i--;
  const title = words.slice(i).join(' ').toLowerCase();
  return title ? { ...m, title } : m;
}

/** Where mentions overlap, the longer wins; of equal ones, a person over an organisation over a place. */
function dropOverlaps(mentions: Mention[]): Mention[] {
  const rank = { person: 0, organisation: 1, place: 2 };
  const sorted = [...mentions].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank[a.kind] - rank[b.kind] || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Mentions of names already known, written again in other cases ("latakia") or as a surname alone ("Kirby"). */
export function findKnown(text: string, known: KnownNames, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!known.pattern) return out;
  for (const m of text.matchAll(known.pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind = known.kinds.get(m[0].toLowerCase());
    if (!kind || taken.some((t) => start < t.end && t.start < end)) continue;
    // Lower-case copies count only for places ("latakia"); a lower-case "kirby" is not a name.
    if (kind !== 'place' && !/^\p{Lu}/u.test(m[0])) continue;
    out.push({ start, end, name: m[0], kind });
  }
  return out;
}

/** Every known name in one pattern, longest first, so a paragraph is scanned once whatever the number of names. */
export interface KnownNames { pattern: RegExp | null; kinds: Map<string, MentionKind> }

export function knownNames(names: Map<string, MentionKind>): KnownNames {
  const kinds = new Map([...names].map(([n, k]) => [n.toLowerCase(), k] as const));
  const alternatives = [...kinds.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return { pattern, kinds };
}
