import type { Article, Block, Span, Statement, Unfinished } from '../article.js';
import { findKnown, findMentions, knownNames as compileNames, tagTexts, type Mention, type MentionKind } from './mentions.js';
import { isEnglish } from './language.js';
import { Registry, type Entity } from './registry.js';
import { attribute, type Context, type Located } from './speakers.js';
import { teamsInResults } from './teams.js';

/**
 * The annotation stage: people, organisations and places named in the article, which of them
 * speak and what they say, marked as spans on the blocks (and the lead, as block -1).
 */

interface Segment { block: number; text: string }

/** Surnames and known names found again elsewhere: "Kirby" for John Kirby, "latakia" for Latakia. */
function knownNames(all: readonly Mention[]): Map<string, MentionKind> {
  const names = new Map<string, MentionKind>();
  for (const m of all) {
    if (m.reference || m.guessed) continue;
    names.set(m.name, m.kind);
    const parts = m.name.split(/\s+/);
    if (m.kind === 'person' && parts.length > 1 && parts[parts.length - 1]!.length > 2) names.set(parts[parts.length - 1]!, 'person');
  }
  return names;
}

/**
 * One name, one kind in an article: the tagger decides each sentence alone, so "Leicestershire" may
 * be a team in three sentences and a place in a fourth. What a sentence says the name is wins;
 * else the kind most mentions got (a tie keeps each mention's own), a mention in capitals counting half.
 */
function consistentKinds(found: Mention[][]): Mention[][] {
  const all = found.flat();
  const votes = new Map<string, Map<MentionKind, number>>();
  for (const m of all) {
    if (m.reference || m.guessed) continue;
    const v = votes.get(m.name.toLowerCase()) ?? new Map<MentionKind, number>();
    // The tagger reads capitals (a dateline "HAYWARD, Calif.") less surely than ordinary case.
    v.set(m.kind, (v.get(m.kind) ?? 0) + (m.name.length > 3 && m.name === m.name.toUpperCase() ? 0.5 : 1));
    votes.set(m.name.toLowerCase(), v);
  }
  // What the article says a name is ("Aisby is a village") settles it wherever the name stands.
  const defined = new Map(all.filter((m) => m.defined).map((m) => [m.name.toLowerCase(), m.kind]));
  const winner = (name: string): MentionKind | undefined => {
    const said = defined.get(name.toLowerCase());
    if (said) return said;
    const ranked = [...(votes.get(name.toLowerCase()) ?? [])].sort((a, b) => b[1] - a[1]);
    return ranked.length > 1 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined;
  };
  // "Assad's regime" after "President Bashar Assad": a surname alone is that person, whatever the
  // tagger made of it in a sentence of its own.
  const surnames = new Set(all.filter((m) => m.kind === 'person' && !m.guessed && /\s/.test(m.name)).map((m) => m.name.split(/\s+/).pop()!.toLowerCase()));
  // "Bruins" after "Boston Bruins", "Walden" after "Saffron Walden": a one-word "person" that ends an
  // organisation's or a place's name in the same article is that name, short. Not the first word
  // ("Trump Tower" is named for a man), nor one with a title ("Mr Trump").
  const partOf = new Map<string, MentionKind | null>();
  for (const m of all) {
    if (m.kind === 'person' || m.reference || m.guessed || !/\s/.test(m.name)) continue;
    const w = m.name.toLowerCase().split(/\s+/).pop()!;
    partOf.set(w, partOf.has(w) && partOf.get(w) !== m.kind ? null : m.kind);
  }
  const shortFor = (m: Mention) => (m.kind === 'person' && !m.title && !/\s/.test(m.name) ? partOf.get(m.name.toLowerCase()) ?? undefined : undefined);
  return found.map((ms) => ms.map((m) => {
    const kind = m.reference || m.guessed ? undefined : !/\s/.test(m.name) && surnames.has(m.name.toLowerCase()) ? 'person' : shortFor(m) ?? winner(m.name);
    return kind && kind !== m.kind ? { ...m, kind } : m;
  }));
}

export interface AnnotateOptions {
  /**
   * A `now()` time after which no more text is tagged: names are then marked in the lead and the
   * first blocks only, and `unfinished.namesIn` says how many.
   */
  deadline?: number;
  /**
   * The mentions in each of annotatedTexts(article), found beforehand with documentMentions: the
   * command line finds those of a very long page's parts in parallel threads (see documentParts).
   */
  mentions?: readonly Mention[][];
}

/** What annotation reads: the lead (block -1) when there is one, then every block (a list's items one a line). */
function segmentsOf(article: Pick<Article, 'lead'> & { blocks: readonly Pick<Block, 'type' | 'text' | 'items'>[] }): Segment[] {
  return [
    ...(article.lead ? [{ block: -1, text: article.lead }] : []),
    ...article.blocks.map((b, i) => ({ block: i, text: b.type === 'list' ? (b.items ?? []).join('\n') : b.text })),
  ];
}

/** The texts the tagger reads in an article (or an extraction's lead and blocks), in order. */
export const annotatedTexts = (article: Parameters<typeof segmentsOf>[0]): string[] => segmentsOf(article).map((s) => s.text);

/**
 * The tagger's names and the mentions they make in texts[from, to) of a document: all of them, or
 * those of a part when `texts` is the part with the paragraphs around it (see documentParts).
 * With a deadline (a `now()` time), the texts tagged by then.
 */
export function documentMentions(texts: readonly string[], deadline?: number, from = 0, to = texts.length): Mention[][] {
  return tagTexts(texts, deadline).slice(from, to).map((names, i) => findMentions(texts[from + i]!, names));
}

export function annotate(article: Article, { deadline, mentions: given }: AnnotateOptions = {}): Article {
  const all = segmentsOf(article);
  // The tagger and the rules read English; an article in another language gets no names.
  const english = isEnglish(article.lang, all.map((s) => s.text));
  const mentioned = english ? given ?? documentMentions(all.map((s) => s.text), deadline) : all.map(() => []);
  const segments = all.slice(0, mentioned.length);
  const texts = segments.map((s) => s.text);
  const found = consistentKinds(teamsInResults(texts, [...mentioned]));
  const names = compileNames(knownNames(found.flat()));
  const mentions = found.map((ms, i) => [...ms, ...findKnown(segments[i]!.text, names, ms)].sort((a, b) => a.start - b.start));

  const registry = new Registry();
  const ctx: Context = { registry, seen: [], lastQuoted: null, speakers: [] };
  const seen = new Set<Entity>();
  const see = (e: Entity) => {
    if (!seen.has(e)) (seen.add(e), ctx.seen.push(e));
  };
  const statements = new Map<Entity, Statement[]>();
  const spanLists: Span[][] = segments.map(() => []);
  const speakerMentions: { seg: number; start: number; end: number; entity: Entity }[] = [];

  segments.forEach((seg, si) => {
    const located: Located[] = [];
    for (const m of mentions[si]!) {
      if (m.reference) continue;
      const entity = registry.resolve(m);
      see(entity);
      located.push({ start: m.start, end: m.end, entity });
    }
    for (const a of attribute(seg.text, located, ctx)) {
      // A country or city that speaks is its government: a Person of kind organisation, and still a Place.
      const speaker = a.speaker.kind === 'place' ? registry.resolve({ start: 0, end: 0, name: a.speaker.name, kind: 'organisation' }) : a.speaker;
      see(speaker);
      ctx.speakers.push(speaker);
      const list = statements.get(speaker) ?? [];
      list.push({ ...a.statement, block: seg.block });
      statements.set(speaker, list);
      if (a.quote) spanLists[si]!.push({ start: a.quote.start, end: a.quote.end, kind: 'quote', ref: speaker.id });
      if (a.reference) speakerMentions.push({ seg: si, ...a.reference, entity: speaker });
      if (speaker !== a.speaker) located.filter((l) => l.entity === a.speaker).forEach((l) => speakerMentions.push({ seg: si, start: l.start, end: l.end, entity: speaker }));
    }
    for (const l of located) spanLists[si]!.push({ start: l.start, end: l.end, kind: l.entity.kind === 'place' ? 'place' : l.entity.kind, ref: l.entity.id });
  });

  // Every mention of someone with statements is a speaker span.
  const speaks = (e: Entity) => (statements.get(e)?.length ?? 0) > 0;
  for (const sm of speakerMentions) {
    const list = spanLists[sm.seg]!;
    const i = list.findIndex((s) => s.kind !== 'quote' && s.start === sm.start && s.end === sm.end);
    if (i >= 0) list.splice(i, 1);
    list.push({ start: sm.start, end: sm.end, kind: 'speaker', ref: sm.entity.id });
  }
  const byId = new Map(registry.entities.map((e) => [e.id, e]));
  for (const list of spanLists) {
    for (const s of list) {
      const e = byId.get(s.ref);
      if (e && s.kind !== 'quote' && s.kind !== 'place' && speaks(e)) s.kind = 'speaker';
    }
    list.sort((a, b) => a.start - b.start || (a.kind === 'quote' ? -1 : 1));
  }

  const { people, places } = registry.toPeople((e) => statements.get(e) ?? []);
  const leadAt = all[0]?.block === -1 ? 0 : -1;
  const namesIn = segments.length - (leadAt === 0 ? 1 : 0);
  // A fresh annotation replaces what an earlier, cut-short one said about names.
  const { unfinished: earlier, ...rest } = article;
  const unfinished: Unfinished = { ...(earlier?.cleaning ? { cleaning: earlier.cleaning } : {}) };
  if (namesIn < article.blocks.length) unfinished.namesIn = Math.max(0, namesIn);
  return {
    ...rest,
    blocks: article.blocks.map((b, i) => ({ ...b, spans: spanLists[i + (leadAt === 0 ? 1 : 0)] ?? [] })),
    ...(leadAt === 0 ? { leadSpans: spanLists[0] ?? [] } : {}),
    people,
    places,
    ...(Object.keys(unfinished).length ? { unfinished } : {}),
  };
}
