/**
 * Shared pieces of the entities bench: Articles built from plain text blocks (with each block's
 * offset in the source text kept, so spans map back), the name mentions an annotated Article
 * holds, and span arithmetic.
 */
import type { Article, Block, Person } from '../../src/core/index.js';

export type EntityType = 'PER' | 'LOC' | 'ORG';
export const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

export interface Range {
  start: number;
  end: number;
}

export interface Mention extends Range {
  type: EntityType;
  text: string;
}

/** A block of source text: its text and where it starts in the source. */
export interface SourceBlock {
  text: string;
  at: number;
}

/** One paragraph block per source block; title '', lead null, everything else null/empty, stats zero. */
export function makeArticle(blocks: readonly SourceBlock[]): Article {
  return {
    title: '',
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    published: null,
    url: null,
    lead: null,
    blocks: blocks.map((b): Block => ({ type: 'paragraph', text: b.text, spans: [] })),
    removed: [],
    people: [],
    places: [],
    stats: { words: 0, readingMinutes: 0, msExtract: 0, msClean: 0, msAnnotate: 0 },
  };
}

/** The non-empty lines of a text, trimmed, with their offsets (a line = a paragraph in PolNeAR). */
export function lineBlocks(text: string): SourceBlock[] {
  const out: SourceBlock[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, at: m.index + lead });
  }
  return out;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'hers', 'its', 'their', 'theirs',
  'our', 'my', 'your', 'who', 'whom', 'which', 'that', 'this', 'these', 'those', 'himself', 'herself', 'itself', 'themselves',
]);
export const isPronoun = (s: string): boolean => PRONOUNS.has(s.trim().toLowerCase());

/**
 * A span that names something, as NER gold marks it: has a capital letter and is not a pronoun.
 * Our speaker spans also mark role words and pronouns that refer back ("the spokesman", "he");
 * those are not names and are left out of the NER scores (and counted).
 */
export const isNameText = (s: string): boolean => /\p{Lu}/u.test(s) && !isPronoun(s);

/** The type a span of ours counts as: speakers by their Person's kind; quotes none. */
export function spanType(kind: string, ref: string, people: ReadonlyMap<string, Person>): EntityType | null {
  switch (kind) {
    case 'person':
      return 'PER';
    case 'organisation':
      return 'ORG';
    case 'place':
      return 'LOC';
    case 'speaker':
      return people.get(ref)?.kind === 'organisation' ? 'ORG' : 'PER';
    default:
      return null;
  }
}

export interface OurMentions {
  /** Per block: name mentions (deduplicated by start, end, type). */
  blocks: Mention[][];
  /** Spans left out because they are not names (role words, pronouns). */
  references: number;
  /** Spans outside their block's text or empty. */
  invalid: number;
  /** Spans whose text starts or ends with white space or punctuation (other than a closing '.' of an abbreviation). */
  untrimmed: number;
  /** The first few of those, as "kind «text»". */
  untrimmedTexts: string[];
}

/** The name mentions an annotated Article holds, block by block. */
export function ourMentions(article: Article): OurMentions {
  const people = new Map(article.people.map((p) => [p.id, p] as const));
  let references = 0;
  let invalid = 0;
  let untrimmed = 0;
  const untrimmedTexts: string[] = [];
  const blocks = article.blocks.map((b) => {
    const seen = new Set<string>();
    const out: Mention[] = [];
    for (const s of b.spans ?? []) {
      if (!(s.start >= 0 && s.end <= b.text.length && s.start < s.end)) {
        invalid++;
        continue;
      }
      const type = spanType(s.kind, s.ref, people);
      if (!type) continue;
      const text = b.text.slice(s.start, s.end);
      if (/^[\s\p{P}]|[\s,;:!?'"“”‘’()]$/u.test(text)) {
        untrimmed++;
        if (untrimmedTexts.length < 5) untrimmedTexts.push(`${s.kind} «${text}»`);
      }
      if (!isNameText(text)) {
        references++;
        continue;
      }
      const key = `${s.start}:${s.end}:${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start: s.start, end: s.end, type, text });
    }
    return out;
  });
  return { blocks, references, invalid, untrimmed, untrimmedTexts };
}
