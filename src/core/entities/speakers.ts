import type { Statement } from '../article.js';
import { findQuotes, quoteWords, SCARE_QUOTE_MAX_WORDS, type Quote } from './quotes.js';
import {
  ACCORDING_TO, afterPreposition, DOCUMENT_NOUNS, ORG_HEADS, ORG_PRONOUNS, PERSON_PRONOUNS, ROLE_REFERENCES, SOURCE_DESCRIPTIONS, SPEECH_NOUNS, SPEECH_VERB, TITLES, UNNAMED_SOURCES,
} from './lexicon.js';
import { genderOf, type Gender } from './gender.js';
import type { Entity, Registry } from './registry.js';

/**
 * Who said what in one paragraph. A speech verb ("said", "condemned", ", saying") finds its
 * speaker before it ("Kirby said", "The Syrian Observatory for Human Rights, a monitoring group,
 * said") or after it ("said Kirby"); "according to" finds it after ("according to Kirby", "according
 * to a statement from the ministry"); references ("the ministry", "the spokesman", "it", "he")
 * resolve to the latest fitting entity. The statement is the quotation beside the attribution,
 * or the reported clause. A paragraph that is only a quotation continues the last speaker's.
 */

export interface Located { start: number; end: number; entity: Entity }

export interface Attribution {
  speaker: Entity;
  statement: Statement;
  /** Offsets of the quoted words in the paragraph, for a direct statement. */
  quote?: { start: number; end: number };
  /** A reference ("the spokesman", "it") that stood for the speaker. */
  reference?: { start: number; end: number };
}

export interface Context {
  registry: Registry;
  /** Entities in order of first mention up to this paragraph. */
  seen: Entity[];
  /** Speaker of the previous paragraph's last quotation, and whether it was left open. */
  lastQuoted: { speaker: Entity; open: boolean } | null;
  /** Whom the previous paragraph, ending in a colon, introduced ("He said:"). */
  introduced?: Entity | undefined;
  /** Speakers so far, latest last: "it" and "he" mostly mean the last one who spoke. */
  speakers: Entity[];
}

/** A speaker found for one cue: the attribution clause is [clauseStart, clauseEnd), the reported words are around it. */
interface Source {
  speaker: Entity;
  /** Others named with the speaker as one subject ("Lopez and Chen said"): the statement is theirs too. */
  with?: Entity[];
  clauseStart: number;
  clauseEnd: number;
  reference?: { start: number; end: number };
  /** ", saying …" follows the speaker's own clause: what comes before it is not what was said. */
  follows?: boolean;
}

const BETWEEN_SUBJECT_AND_VERB = /^(?:\s*(?:also|then|now|later|earlier|again|once|still|previously|publicly|repeatedly|separately|recently|has|have|had|is|was|were|would|will|did|does|not|on|in|at|last|this|that|\p{Lu}\p{Ll}+day|morning|afternoon|evening|night|week|month|year|\d+))*\s*$/u;
/** "Sen.", "R-Ky.", "U.S.": periods that end no sentence, blanked so that patterns about punctuation see none (same length). */
const withoutAbbreviationPeriods = (s: string) => s.replace(/(?<=\b(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}))\./gu, ' ');

/**
 * Words between "said" and a person's name that describe the person ("said Sen. Susan Collins",
 * "said Florida-based Republican strategist Al Cardenas"): titles, roles, capitalised or hyphenated
 * modifiers, ending on a title or role. Not "said the plan would help Trump".
 */
function describesSpeaker(between: string): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  const role = (w: string) => TITLES.has(w.toLowerCase().replace(/\./g, '')) || SOURCE_DESCRIPTIONS.includes(w.toLowerCase()) || ROLE_WORDS.test(w);
  return role(words[words.length - 1]!) && words.every((w, i) => (i === 0 && /^the$/i.test(w)) || role(w) || /^\p{Lu}/u.test(w) || /-\p{Ll}+$/u.test(w));
}
/** Roles that describe a speaker, besides TITLES and SOURCE_DESCRIPTIONS. */
const ROLE_WORDS = /^(?:founder|candidate|nominee|lawmaker|legislator|member)$/i;

/** Between two names that share a verb: "X and Y said", "X, Y and Z said". */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;
const APPOSITIVE = /,[^,."“”]{3,200},\s*$/;
/**
 * A sentence ends at . ! or ? before a space, but not after a title ("Mr. Trump", "Gov. Kasich") or
 * an initial ("U.S. officials", "Dennis B. Ross") unless a sentence plainly starts next ("…the U.S. The").
 */
const SENTENCE_END = /(?:(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|[A-Z]))\.|(?<=\b[A-Z])\.(?=\s+(?:The|He|She|It|They|We|But|And|This|That|In)\b)|[!?])["”’]?(?=\s|$)/g;
/** Organisations that stand as references too ("the ministry"); the rest of ROLE_PHRASE are people's roles. */
const BODIES = 'ministry|department|government|observatory|group|agency|committee|embassy';
const BODY = new RegExp(BODIES);
/** A role that refers back after "the": "the spokesman", "the defence ministry". */
const ROLE_PHRASE = `(?:\\p{Ll}+\\s+)?(?:${ROLE_REFERENCES.join('|')}|${BODIES})`;
const REFERENCE = new RegExp(`\\b(?:[Tt]he\\s+(${ROLE_PHRASE})|(It|it|He|he|She|she|They|they))$`, 'u');
const REFERENCE_AFTER = new RegExp(`^\\s*[Tt]he\\s+(${ROLE_PHRASE})\\b`, 'u');

/**
 * The source after "according to", read on the paragraph with every name masked (NAME): titles and
 * other names may stand before it ("State Department spokesman John Kirby", "Russia's defence
 * ministry"), or a speech noun and its issuer ("a statement from the ministry"); a speech noun may
 * follow it ("the ministry's statement"); then the noun phrase must end. So "according to U.S.
 * officials", "a CNN poll", "the ministry's website", "figures from the FEC" and "Google Maps"
 * (when only "Google" is a name) give no source: what follows the name is not its words.
 */
const NAME = '\uE000';
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${escape(w.slice(1))}`;
const longestFirst = (ws: Iterable<string>) => [...ws].sort((a, b) => b.length - a.length);
const SPEECH_NOUN = `(?:${longestFirst(SPEECH_NOUNS).join('|')})`;
/** Punctuation that ends a phrase; a full stop only before a capital or the end ("F.A.A. records" goes on). */
const PUNCTUATION = '[,;:!?)—–]|--|\\.(?=["”’]?(?:\\s+[^\\p{Ll}\\s]|\\s*$))|$';
/** Words that start what is said about the attribution rather than the source's name ("on Monday", "in a statement", "who …"). */
const MODIFIER = '(?:on|in|at|last|this|earlier|later|during|when|while|who|which|whose|after|before|because|since)\\b';
const SOURCE_AFTER_CUE = new RegExp(
  `\\s+(?:(?:the|a|an)\\s+)?`
  + `(?:(?:${NAME}+(?:['’]s)?|(?:${longestFirst(TITLES).map(anyCase).join('|')})\\.?)\\s+)*?`
  + `(?:(?:[\\p{L}-]+\\s+){0,2}?${SPEECH_NOUN}\\s+(?:(?:issued|released|posted|published)\\s+)?(?:from|by|of|for)\\s+(?:the\\s+)?)?`
  + `(${NAME}+|[Tt]he\\s+${ROLE_PHRASE}|him|her|his|its)((?:['’]s)?\\s+${SPEECH_NOUN})?`
  + `(?=\\s*(?:${PUNCTUATION})|\\s+${MODIFIER})`,
  'uy',
);
/** "according to Kirby on Monday", "… at Cornell University in New York": said of the attribution, up to the next punctuation. */
const SOURCE_MODIFIER = new RegExp(`^\\s+${MODIFIER}.*?(?=${PUNCTUATION})`, 'u');
const DOCUMENT = new RegExp(`\\b(?:${DOCUMENT_NOUNS.join('|')})$`, 'i');
/**
 * "…, according to the Observatory, a British-based monitoring group." / "…, who spoke on condition
 * of anonymity" / "…, writing for RealClearPolitics": still the source, not its words.
 */
const DESCRIBED = longestFirst(new Set([...TITLES, ...ORG_HEADS, ...ROLE_REFERENCES, ...SOURCE_DESCRIPTIONS]));
const APPOSITIVE_AFTER = new RegExp(`^,\\s*(?:(?:who|whose|which|\\p{Ll}+ing)\\s[^,;:"“”]*|(?:a|an|the|another)\\s[^,;:"“”]{0,80}?\\b(?:${DESCRIBED.map(escape).join('|')}))(?=\\s*(?:[,;:.!?]|$))`, 'iu');
/** A speech verb that is a noun in the source's phrase ("according to CNN reports", "according to estimates"). */
const IN_ACCORDING_TO = new RegExp(`${ACCORDING_TO.source}[^,;:.!?"“”()]*$`, 'i');
/** Another attribution ends the reported words: "…said 12 people died, according to the monitor", "…, Rubio fired back: “If…". */
const NEXT_ATTRIBUTION = new RegExp(`(?:,?\\s*${ACCORDING_TO.source}|:\\s*["“]).*$`, 'is');

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const e = m.index + m[0].length;
    if (e <= at) start = e;
    else { end = e; break; }
  }
  while (start < at && /\s/.test(text[start]!)) start++;
  return { start, end };
}

const inside = (qs: readonly Quote[], at: number) => qs.some((q) => at >= q.start && at < q.end);

export function attribute(text: string, mentions: readonly Located[], ctx: Context): Attribution[] {
  const quotes = findQuotes(text);
  const out: Attribution[] = [];
  const resolveReference = (phrase: string): Entity | undefined => {
    const word = phrase.toLowerCase();
    if (PERSON_PRONOUNS.has(word)) return lastOf(ctx, 'person', out, word === 'she' ? 'f' : 'm');
    if (ORG_PRONOUNS.has(word)) return lastOf(ctx, 'organisation', out);
    const role = word.split(/\s+/).pop()!;
    const kind = BODY.test(role) ? 'organisation' : 'person';
    return ctx.registry.latestWithRole(role, kind, ctx.seen);
  };
  let masked: string | undefined;
  const maskNames = () => (masked ??= mentions.reduce((s, m) => s.slice(0, m.start) + NAME.repeat(m.end - m.start) + s.slice(m.end), text));
  const cues = [
    ...[...text.matchAll(SPEECH_VERB)].map((m) => ({ at: m.index, end: m.index + m[0].length, verb: m[0] })),
    ...[...text.matchAll(ACCORDING_TO)].map((m) => ({ at: m.index, end: m.index + m[0].length, verb: null })),
  ].sort((a, b) => a.at - b.at);

  for (const cue of cues) {
    if (inside(quotes, cue.at)) continue;
    // "State Department", "Report Card": a verb's spelling inside a name is no cue.
    if (mentions.some((m) => cue.at >= m.start && cue.at < m.end) || /^\p{Lu}\S*\s+\p{Lu}/u.test(text.slice(cue.at, cue.at + 40))) continue;
    const sentence = sentenceBounds(text, cue.at);
    const source = cue.verb === null
      ? accordingTo(text, maskNames(), cue, sentence, mentions, resolveReference)
      : verbSpeaker(text, { ...cue, verb: cue.verb }, sentence, quotes, mentions, resolveReference);
    if (!source) continue;
    const { speaker, clauseStart, clauseEnd, reference, follows } = source;
    // "'…,' Sanders said, according to CNN" / "According to Fox News, the ministry reported …": the
    // words are the speaker's that the verb names; the "according to" source only passed them on.
    const passedOn = cue.verb === null && cues.some((c) => c.verb !== null && c.at >= sentence.start && c.at < sentence.end
      && (c.at < clauseStart || c.at >= clauseEnd) && !inside(quotes, c.at) && verbSpeaker(text, { ...c, verb: c.verb }, sentence, quotes, mentions, resolveReference));
    if (passedOn) continue;
    const statement = statementFor(text, quotes, sentence, clauseStart, clauseEnd, !follows);
    if (!statement) continue;
    // One statement per speaker and sentence, but a quotation may follow a reported clause ("he told
    // the Journal that …: “Once the cold winds blow…,” Roffman predicted").
    if (out.some((a) => a.speaker === speaker && (a.statement.direct || !statement.direct) && a.statement.text
      && sentence.start <= text.indexOf(a.statement.text) && text.indexOf(a.statement.text) < sentence.end)) continue;
    for (const who of [speaker, ...(source.with ?? [])]) {
      out.push({ speaker: who, statement: { block: 0, text: statement.text, direct: statement.direct }, ...(statement.quote ? { quote: statement.quote } : {}), ...(reference && who === speaker ? { reference } : {}) });
    }
  }

  /** The one a clause is about: its first name outside quotation marks, or a sentence-initial he/she/it. */
  function subjectOf(sentence: { start: number; end: number }, end: number): Entity | undefined {
    const named = mentions.find((m) => m.start >= sentence.start && m.end <= end && !inside(quotes, m.start) && m.entity.kind !== 'place');
    if (named) return named.entity;
    const pronoun = /^(?:He|She|It)\b/.exec(text.slice(sentence.start));
    return pronoun ? resolveReference(pronoun[0]) : undefined;
  }

  // A quotation with no attribution of its own goes on with the speaker of the quotation before it in
  // the paragraph (“…,” she said. “…”), or else of the one after it, when no other name stands between.
  const real = quotes.filter((q) => quoteWords(text, q) > SCARE_QUOTE_MAX_WORDS);
  const owned = (q: Quote) => out.some((a) => a.quote && a.quote.start <= q.start && q.end <= a.quote.end);
  for (const q of real.filter((x) => !owned(x))) {
    const direct = out.filter((a) => a.quote);
    const prev = [...direct].reverse().find((a) => a.quote!.end <= q.start);
    const next = direct.find((a) => a.quote!.start >= q.end);
    // Names in the owner's attribution sentence ("…,” said Bill Dombrowski, chief executive of the
    // California Retailers Association. “…”) are the owner's description, not another speaker.
    const owner = [prev, next].find((a) => {
      if (!a) return false;
      const attribution = sentenceBounds(text, a.quote!.end);
      return mentions.every((m) => inside(quotes, m.start) || m.entity === a.speaker || (m.start >= attribution.start && m.end <= attribution.end)
        || m.end <= Math.min(a.quote!.start, q.start) || m.start >= Math.max(a.quote!.end, q.end));
    });
    // “Cruz called them on it: “…”", "Trump leaned in and boomed: “…”": a colon introduces the words
    // of the clause's subject, whatever the verb.
    const introducer = owner?.speaker ?? (/:\s*["“]$/.test(text.slice(Math.max(0, q.start - 4), q.start)) ? subjectOf(sentenceBounds(text, q.start - 3), q.start - 1) : undefined);
    if (introducer) out.push({ speaker: introducer, statement: { block: 0, text: text.slice(q.start, q.end), direct: true }, quote: { start: q.start, end: q.end } });
  }
  out.sort((a, b) => (a.quote?.start ?? text.indexOf(a.statement.text)) - (b.quote?.start ?? text.indexOf(b.statement.text)));

  // A paragraph that is only a quotation continues the previous paragraph's speaker, or gives the
  // words of the one a paragraph ending in a colon introduced ("Stated Stone:", "He said:").
  const continued = ctx.introduced ?? ctx.lastQuoted?.speaker;
  if (!out.length && continued && quotes.length && /^\s*["“]/.test(text)) {
    const q = quotes[0]!;
    out.push({ speaker: continued, statement: { block: 0, text: text.slice(q.start, q.end), direct: true }, quote: { start: q.start, end: q.end } });
  }
  const lastDirect = [...out].reverse().find((a) => a.statement.direct);
  const lastQuote = quotes[quotes.length - 1];
  ctx.lastQuoted = lastDirect ? { speaker: lastDirect.speaker, open: Boolean(lastQuote?.open) } : null;
  const trimmed = text.trimEnd();
  ctx.introduced = !out.length && trimmed.endsWith(':') ? subjectOf(sentenceBounds(text, trimmed.length - 1), trimmed.length - 1) : undefined;
  return out;
}

type Resolve = (phrase: string) => Entity | undefined;

/** The speaker of a speech verb: the subject before it, or the name or role right after it ("said Kirby"). */
function verbSpeaker(text: string, v: { at: number; end: number; verb: string }, sentence: { start: number; end: number }, quotes: readonly Quote[], mentions: readonly Located[], resolveReference: Resolve): Source | undefined {
  let speaker: Entity | undefined;
  let clauseStart = v.at;
  let reference: Source['reference'];
  let co: Entity[] | undefined;

  const before = text.slice(sentence.start, v.at);
  if (IN_ACCORDING_TO.test(before)) return undefined;
  const saying = /^saying$/i.test(v.verb) && /,\s*$/.test(before);
  const candidates = mentions.filter((m) => m.end <= v.at && m.start >= sentence.start && !inside(quotes, m.start));
  if (saying) {
    // ", saying …" continues the sentence's subject, its first name.
    speaker = candidates[0]?.entity;
  } else {
    const ref = REFERENCE.exec(before.replace(/\s+$/, ''))
      ?? REFERENCE.exec(before.replace(BETWEEN_SUBJECT_AND_VERB, '').replace(/\s+$/, ''));
    // The subject ends right before the verb, or before an appositive ("X, a monitoring group, said").
    const plain = withoutAbbreviationPeriods(before);
    const subjectEnd = APPOSITIVE.test(plain) ? sentence.start + plain.replace(APPOSITIVE, '').length : v.at;
    const near = [...candidates].reverse().find((m) => m.end <= subjectEnd && BETWEEN_SUBJECT_AND_VERB.test(text.slice(m.end, subjectEnd))
      && !(m.entity.kind === 'place' && afterPreposition(text, m.start)));
    if (near) {
      speaker = near.entity;
      clauseStart = near.start;
      // "Maria Lopez and David Chen said", "Theresa May, Jacinda Ardern and Justin Trudeau said".
      for (let k = candidates.indexOf(near) - 1; k >= 0 && JOINED.test(text.slice(candidates[k]!.end, clauseStart)); k--) {
        if (candidates[k]!.entity.kind === 'place' || candidates[k]!.entity === speaker) break;
        (co ??= []).unshift(candidates[k]!.entity);
        clauseStart = candidates[k]!.start;
      }
    }
    else if (ref) {
      const phrase = ref[1] ?? ref[2]!;
      const refStart = sentence.start + before.replace(/\s+$/, '').lastIndexOf(phrase);
      if (!UNNAMED_SOURCES.test(phrase)) speaker = resolveReference(phrase);
      if (speaker) { clauseStart = refStart - (ref[1] ? 4 : 0); reference = { start: refStart, end: refStart + phrase.length }; }
    }
    if (!speaker) {
      // Inverted order: "…," said Kirby / said the ministry; not a possessor ("think Trump's casino").
      const after = mentions.find((m) => m.start >= v.end && (/^\s*(?:the\s+)?$/i.test(text.slice(v.end, m.start)) || (m.entity.kind === 'person' && describesSpeaker(text.slice(v.end, m.start))))
        && !/^['’]s\b/.test(text.slice(m.end)));
      const refAfter = REFERENCE_AFTER.exec(text.slice(v.end));
      if (after) speaker = after.entity;
      else if (refAfter) {
        speaker = resolveReference(refAfter[1]!);
        const s = v.end + text.slice(v.end).indexOf(refAfter[1]!);
        if (speaker) reference = { start: s, end: s + refAfter[1]!.length };
      }
    }
  }
  return speaker ? { speaker, clauseStart, clauseEnd: v.end, ...(co ? { with: co } : {}), ...(reference ? { reference } : {}), ...(saying ? { follows: true } : {}) } : undefined;
}

/**
 * The source of "according to X": a name the mentions found (a place speaking is its government,
 * as for verbs), a role that refers back ("the ministry"), or him/her. Unnamed sources
 * ("officials", "people familiar with the matter") and documents name no entity and give none.
 * The attribution clause runs over a description of the source, so the words around it are the
 * statement.
 */
function accordingTo(text: string, masked: string, cue: { at: number; end: number }, sentence: { start: number; end: number }, mentions: readonly Located[], resolveReference: Resolve): Source | undefined {
  SOURCE_AFTER_CUE.lastIndex = cue.end;
  const m = SOURCE_AFTER_CUE.exec(masked);
  if (!m) return undefined;
  const head = m[1]!;
  let end = m.index + m[0].length;
  const headStart = end - (m[2]?.length ?? 0) - head.length;
  let speaker: Entity | undefined;
  let reference: Source['reference'];
  if (head.startsWith(NAME)) {
    const named = mentions.find((l) => l.start === headStart);
    // "according to FBI data": the name finder's organisation is a data set here.
    if (named && !DOCUMENT.test(text.slice(named.start, named.end))) speaker = named.entity;
  } else {
    // "his"/"its" only with what was issued ("his remarks"); "him"/"her" alone.
    if (/^(?:his|its)$/.test(head) && !m[2]) return undefined;
    const phrase = head.replace(/^[Tt]he\s+/, '');
    speaker = resolveReference(head === 'him' || head === 'his' ? 'he' : head === 'her' ? 'she' : head === 'its' ? 'it' : phrase);
    const s = headStart + head.length - phrase.length;
    reference = { start: s, end: s + phrase.length };
  }
  if (!speaker) return undefined;
  end += SOURCE_MODIFIER.exec(text.slice(end, sentence.end))?.[0].length ?? 0;
  // A description that ends the sentence is the source's only when the statement came before the
  // cue: "According to X, the strike hit the army." ends on an organisation word but is what X said.
  const described = APPOSITIVE_AFTER.exec(text.slice(end, sentence.end));
  if (described && (/^\s*[,;:]/.test(text.slice(end + described[0].length)) || /\p{L}/u.test(text.slice(sentence.start, cue.at).replace(OPENER, '')))) end += described[0].length;
  return { speaker, clauseStart: cue.at, clauseEnd: end, ...(reference ? { reference } : {}) };
}

/**
 * What "he", "she" or "it" stands for: the last speaker of that kind (and sex, where a title or the
 * first name tells it) in this paragraph, else in the article, else the last one merely named.
 */
function lastOf(ctx: Context, kind: 'person' | 'organisation', here: readonly Attribution[], gender?: Gender): Entity | undefined {
  const fits = (e: Entity) => e.kind === kind && (!gender || (genderOf(e) ?? gender) === gender);
  return latest(here.map((a) => a.speaker), fits) ?? latest(ctx.speakers, fits) ?? latest(ctx.seen, fits);
}

/** The last entity that fits, found from the end: the article's lists grow with every paragraph, so they are not copied. */
function latest(entities: readonly Entity[], fits: (e: Entity) => boolean): Entity | undefined {
  for (let i = entities.length - 1; i >= 0; i--) if (fits(entities[i]!)) return entities[i];
  return undefined;
}

/** "earlier on Wednesday", "then", "on Monday,": when it was said, not what. */
const LEADING_TIME = /^(?:(?:earlier|later|then|also|again|previously|last|this)\s+)*(?:(?:on|in|at|last|this|earlier)\s+(?:\p{Lu}\p{L}+|\d[\p{L}\d]*|week|month|year|morning|afternoon|evening|night)(?:,?\s+|$))?/u;
/** A word that opens the sentence without being what was said ("However, according to …"). */
const OPENER = /^(?:however|but|and|yet|still|meanwhile|instead|moreover|so|now|then|indeed|also|in addition|in fact|for example|of course)\b[,\s]*/i;
/** After an attribution set off by commas, words that start something new rather than finish the interrupted clause. */
const NOT_CONTINUING = /^(?:and|but|or|nor|so|yet|who|whom|whose|which|while|whereas|although|though|because|as|since|if|when|where|\p{Ll}+ing)\b/u;
/**
 * "…added to it, according to the Judicial Conference, the policy-making arm of the courts.": after
 * a whole clause, a noun phrase is an appositive. It finishes the clause after a short opener ("In
 * the end, according to X, the delegates…"), a fronted adverbial ("As Election Day nears, Stone
 * says, the number…") or a conjunction ("because, according to Trump, the media…").
 */
const DETERMINER = /^(?:a|an|the|another)\b/i;
const OPEN_ENDED = /\b(?:because|after|before|that|when|while|if|since|although|though|as|and|but)$/i;
const FRONTED = /^(?:as|with|when|while|if|although|though|because|after|before|since|until|once|despite|among|during|without|in|on|at)\b[^,]*$/i;

/** Verbs whose object is the one addressed ("told reporters", "assured voters"), not the words. */
const OBJECT_VERB = /\b(?:told|tells|tell|telling|assured|assures|informed|informs|reminded|reminds|promised|promises|warned|warns)$/i;
const PREPOSITION = /^(?:to|in|on|at|via|through|during|with|from|before|after)\s/i;
const BEFORE_THAT = /^[^,;:"“”.!?]{1,80}?\s+that\s+/;

interface Found { text: string; direct: boolean; quote?: { start: number; end: number } }

/** The words the speaker is reported as saying, for an attribution clause [clauseStart, clauseEnd). */
function statementFor(text: string, quotes: readonly Quote[], sentence: { start: number; end: number }, clauseStart: number, clauseEnd: number, interrupts: boolean): Found | null {
  const real = quotes.filter((q) => quoteWords(text, q) > SCARE_QUOTE_MAX_WORDS);
  // "…," the ministry said / France "condemns …", Fabius said
  // Between the closing mark and the speaker's name only a title may stand ("State Department spokesman").
  const closing = real.find((q) => !q.open && q.end <= clauseStart && /^[\s,.!?"”’]*(?:[^"“”.!?]{0,80})$/.test(withoutAbbreviationPeriods(text.slice(q.end, clauseStart)))
    && /^[\s,.!?]*["”’]/.test(text.slice(q.end, clauseStart)));
  if (closing) return { text: text.slice(closing.start, closing.end), direct: true, quote: { start: closing.start, end: closing.end } };
  // Kirby said: "…" / Putin said that "…"
  // Kirby wrote on Twitter: "…" / said in a statement that "…"
  const opening = real.find((q) => q.start >= clauseEnd && /^\s*(?:(?:[^"“”.!?]{0,60}?\s*(?:that\s+|:\s*|,\s*))|that\s+|:\s*|,\s*)?["“]$/.test(text.slice(clauseEnd, q.start)));
  if (opening) return { text: text.slice(opening.start, opening.end), direct: true, quote: { start: opening.start, end: opening.end } };
  const rest = text.slice(clauseEnd, sentence.end).replace(NEXT_ATTRIBUTION, '');
  const after = rest.replace(/^\s*(?:that\s+|,\s*|:\s*)/, '').replace(/[,.!?]["”’]?$/, '').trim();
  // "told reporters that …", "said in a statement that …": the object or the circumstance is not
  // what was said; "wrote to the agency." reports no words at all.
  let clause = after.replace(LEADING_TIME, '').replace(/^that\s+/, '');
  const addressed = OBJECT_VERB.test(text.slice(clauseStart, clauseEnd)) || PREPOSITION.test(clause);
  if (addressed) clause = BEFORE_THAT.test(clause) ? clause.replace(BEFORE_THAT, '') : PREPOSITION.test(clause) ? '' : clause;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const leadRaw = text.slice(sentence.start, clauseStart).replace(/(?:\b(?:the|a|an)\s*)?$/i, '');
  const lead = leadRaw.replace(/[,\s]+$/, '').trim();
  const quotedIn = (from: number, to: number) => real.some((q) => q.start >= from && q.start < to);
  // "The strike, according to the monitor, killed 12 people": an attribution set off by commas
  // inside the reported clause; its two halves are the statement (reported speech only: words in
  // quotation marks stay one passage of the paragraph, as direct statements are). "12 died,
  // according to X, and …" or "…, X said, adding …" start something new: the words before are the statement.
  if (interrupts && /^\s*,/.test(rest) && /,\s*$/.test(leadRaw) && lead.replace(OPENER, '')) {
    const quoted = quotedIn(sentence.start, clauseStart) || quotedIn(clauseEnd, sentence.end);
    const continues = clause && !NOT_CONTINUING.test(clause) && (!DETERMINER.test(clause) || words(lead) < 4 || OPEN_ENDED.test(lead) || FRONTED.test(lead));
    if (continues && !quoted) return { text: `${lead} ${clause}`, direct: false };
    if (!continues) return words(lead) >= 2 ? { text: lead, direct: quotedIn(sentence.start, clauseStart) } : null;
  }
  // "…, the defence ministry said on Wednesday." — the reported clause comes first.
  if (words(clause) < 2) {
    // "Sam Lau said in a statement. “There are no ballots…”": the quotation right after the sentence.
    const next = words(lead) < 3 ? real.find((q) => q.start > sentence.end && /^\s*["“]$/.test(text.slice(sentence.end, q.start))) : undefined;
    if (next) return { text: text.slice(next.start, next.end), direct: true, quote: { start: next.start, end: next.end } };
    if (words(lead) < 3) return null;
    return { text: lead, direct: real.some((q) => q.start >= sentence.start && q.end <= clauseStart) };
  }
  const start = text.indexOf(clause, clauseEnd);
  return { text: clause, direct: quotedIn(start, clauseEnd + rest.length) };
}
