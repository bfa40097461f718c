import type { Statement } from '../article.js';
import { findQuotes, quoteWords, SCARE_QUOTE_MAX_WORDS, type Quote } from './quotes.js';
import { ORG_PRONOUNS, PERSON_PRONOUNS, ROLE_REFERENCES, SPEECH_VERB, UNNAMED_SOURCES } from './lexicon.js';
import type { Entity, Registry } from './registry.js';

/**
 * Who said what in one paragraph. A speech verb ("said", "condemned", ", saying") finds its
 * speaker before it ("Kirby said", "The Syrian Observatory for Human Rights, a monitoring group,
 * said") or after it ("said Kirby"); references ("the ministry", "the spokesman", "it", "he")
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
  /** Speakers so far, latest last: "it" and "he" mostly mean the last one who spoke. */
  speakers: Entity[];
}

const BETWEEN_SUBJECT_AND_VERB = /^(?:\s*(?:also|then|now|later|earlier|again|once|still|previously|publicly|repeatedly|separately|recently|has|have|had|is|was|were|would|will|did|does|not|on|in|at|last|this|that|\p{Lu}\p{Ll}+day|morning|afternoon|evening|night|week|month|year|\d+))*\s*$/u;
const APPOSITIVE = /,[^,."“”]{3,200},\s*$/;
const SENTENCE_END = /[.!?]["”’]?(?=\s|$)/g;
const REFERENCE = new RegExp(`\\b(?:[Tt]he\\s+((?:\\p{Ll}+\\s+)?(?:${ROLE_REFERENCES.join('|')}|ministry|department|government|observatory|group|agency|committee|embassy))|(It|it|He|he|She|she|They|they))$`, 'u');
const REFERENCE_AFTER = new RegExp(`^\\s*[Tt]he\\s+((?:\\p{Ll}+\\s+)?(?:${ROLE_REFERENCES.join('|')}|ministry|department|government|observatory|group|agency|committee|embassy))\\b`, 'u');

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
    if (PERSON_PRONOUNS.has(word)) return lastOf(ctx, 'person', out);
    if (ORG_PRONOUNS.has(word)) return lastOf(ctx, 'organisation', out);
    const role = word.split(/\s+/).pop()!;
    const kind = /ministry|department|government|observatory|group|agency|committee|embassy/.test(role) ? 'organisation' : 'person';
    return ctx.registry.latestWithRole(role, kind, ctx.seen);
  };

  for (const v of text.matchAll(SPEECH_VERB)) {
    if (inside(quotes, v.index)) continue;
    const verbEnd = v.index + v[0].length;
    const sentence = sentenceBounds(text, v.index);
    let speaker: Entity | undefined;
    let clauseStart = v.index;
    let reference: Attribution['reference'];

    const before = text.slice(sentence.start, v.index);
    const saying = /^saying$/i.test(v[0]) && /,\s*$/.test(before);
    const candidates = mentions.filter((m) => m.end <= v.index && m.start >= sentence.start && !inside(quotes, m.start));
    if (saying) {
      // ", saying …" continues the sentence's subject, its first name.
      speaker = candidates[0]?.entity;
    } else {
      const ref = REFERENCE.exec(before.replace(/\s+$/, ''))
        ?? REFERENCE.exec(before.replace(BETWEEN_SUBJECT_AND_VERB, '').replace(/\s+$/, ''));
      // The subject ends right before the verb, or before an appositive ("X, a monitoring group, said").
      const subjectEnd = APPOSITIVE.test(before) ? sentence.start + before.replace(APPOSITIVE, '').length : v.index;
      const near = [...candidates].reverse().find((m) => m.end <= subjectEnd && BETWEEN_SUBJECT_AND_VERB.test(text.slice(m.end, subjectEnd)));
      if (near) { speaker = near.entity; clauseStart = near.start; }
      else if (ref) {
        const phrase = ref[1] ?? ref[2]!;
        const refStart = sentence.start + before.replace(/\s+$/, '').lastIndexOf(phrase);
        if (!UNNAMED_SOURCES.test(phrase)) speaker = resolveReference(phrase);
        if (speaker) { clauseStart = refStart - (ref[1] ? 4 : 0); reference = { start: refStart, end: refStart + phrase.length }; }
      }
      if (!speaker) {
        // Inverted order: "…," said Kirby / said the ministry.
        const after = mentions.find((m) => m.start >= verbEnd && /^\s*(?:the\s+)?$/i.test(text.slice(verbEnd, m.start)));
        const refAfter = REFERENCE_AFTER.exec(text.slice(verbEnd));
        if (after) speaker = after.entity;
        else if (refAfter) {
          speaker = resolveReference(refAfter[1]!);
          const s = verbEnd + text.slice(verbEnd).indexOf(refAfter[1]!);
          if (speaker) reference = { start: s, end: s + refAfter[1]!.length };
        }
      }
    }
    if (!speaker || out.some((a) => a.speaker === speaker && a.statement.text && sentence.start <= text.indexOf(a.statement.text) && text.indexOf(a.statement.text) < sentence.end)) continue;

    const statement = statementFor(text, quotes, sentence, clauseStart, verbEnd);
    if (!statement) continue;
    out.push({ speaker, statement: { block: 0, text: statement.text, direct: statement.direct }, ...(statement.quote ? { quote: statement.quote } : {}), ...(reference ? { reference } : {}) });
    // “Let’s take this opportunity,” Blackwell wrote, “to nominate…”: the quotation resumes after the attribution.
    const resumed = statement.quote && statement.quote.end <= clauseStart
      ? quotes.find((q) => q.start > verbEnd && /^[^"“”.!?]{0,40}?,\s*["“]$/.test(text.slice(verbEnd, q.start)) && quoteWords(text, q) > SCARE_QUOTE_MAX_WORDS)
      : undefined;
    if (resumed) out.push({ speaker, statement: { block: 0, text: text.slice(resumed.start, resumed.end), direct: true }, quote: { start: resumed.start, end: resumed.end } });
  }

  // A paragraph that is only a quotation continues the previous paragraph's speaker.
  if (!out.length && ctx.lastQuoted && quotes.length && /^\s*["“]/.test(text)) {
    const q = quotes[0]!;
    out.push({ speaker: ctx.lastQuoted.speaker, statement: { block: 0, text: text.slice(q.start, q.end), direct: true }, quote: { start: q.start, end: q.end } });
  }
  const lastDirect = [...out].reverse().find((a) => a.statement.direct);
  const lastQuote = quotes[quotes.length - 1];
  ctx.lastQuoted = lastDirect ? { speaker: lastDirect.speaker, open: Boolean(lastQuote?.open) } : null;
  return out;
}

function lastOf(ctx: Context, kind: 'person' | 'organisation', here: readonly Attribution[]): Entity | undefined {
  const recent = [...here].reverse().find((a) => a.speaker.kind === kind)?.speaker;
  return recent ?? [...ctx.speakers].reverse().find((e) => e.kind === kind) ?? [...ctx.seen].reverse().find((e) => e.kind === kind);
}

/** "earlier on Wednesday", "then", "on Monday": when it was said, not what. */
const LEADING_TIME = /^(?:(?:earlier|later|then|also|again|previously|last|this)\s+)*(?:(?:on|in|at|last|this|earlier)\s+(?:\p{Lu}\p{L}+|\d[\p{L}\d]*|week|month|year|morning|afternoon|evening|night)(?:\s+|$))?/u;

interface Found { text: string; direct: boolean; quote?: { start: number; end: number } }

/** The words the speaker is reported as saying, for an attribution clause [clauseStart, verbEnd). */
function statementFor(text: string, quotes: readonly Quote[], sentence: { start: number; end: number }, clauseStart: number, verbEnd: number): Found | null {
  const real = quotes.filter((q) => quoteWords(text, q) > SCARE_QUOTE_MAX_WORDS);
  // "…," the ministry said / France "condemns …", Fabius said
  // Between the closing mark and the speaker's name only a title may stand ("State Department spokesman").
  const closing = real.find((q) => !q.open && q.end <= clauseStart && /^[\s,.!?"”’]*(?:[^"“”.!?]{0,80})$/.test(text.slice(q.end, clauseStart))
    && /^[\s,.!?]*["”’]/.test(text.slice(q.end, clauseStart)));
  if (closing) return { text: text.slice(closing.start, closing.end), direct: true, quote: { start: closing.start, end: closing.end } };
  // Kirby said: "…" / Putin said that "…"
  // Kirby wrote on Twitter: "…" / said in a statement that "…"
  const opening = real.find((q) => q.start >= verbEnd && /^\s*(?:(?:[^"“”.!?]{0,60}?\s*(?:that\s+|:\s*|,\s*))|that\s+|:\s*|,\s*)?["“]$/.test(text.slice(verbEnd, q.start)));
  if (opening) return { text: text.slice(opening.start, opening.end), direct: true, quote: { start: opening.start, end: opening.end } };
  const after = text.slice(verbEnd, sentence.end).replace(/^\s*(?:that\s+|,\s*|:\s*)/, '').replace(/[.!?]["”’]?$/, '').trim();
  const clause = after.replace(LEADING_TIME, '').replace(/^that\s+/, '');
  // "…, the defence ministry said on Wednesday." — the reported clause comes first.
  if (clause.split(/\s+/).filter(Boolean).length < 2) {
    const lead = text.slice(sentence.start, clauseStart).replace(/(?:\b(?:the|a|an)\s*)?$/i, '').replace(/[,\s]+$/, '').trim();
    if (lead.split(/\s+/).length < 3) return null;
    const direct = real.some((q) => q.start >= sentence.start && q.end <= clauseStart);
    return { text: lead, direct };
  }
  const start = text.indexOf(clause, verbEnd);
  const direct = real.some((q) => q.start >= start && q.start < sentence.end);
  return { text: clause, direct };
}
