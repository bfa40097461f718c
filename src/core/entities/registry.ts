import type { Person, Place } from '../article.js';
import type { Mention } from './mentions.js';

/**
 * Turns mentions into entities: one Person per person or organisation, one Place per place,
 * with the other names the text uses as aliases. A surname alone ("Kirby") is the person of
 * that surname already named; "the Russian defence ministry" is the "Russian ministry of
 * defence" named before it.
 */

export interface Entity {
  id: string;
  name: string;
  kind: 'person' | 'organisation' | 'place';
  aliases: Set<string>;
  titles: Set<string>;
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entity';
const words = (s: string) => s.toLowerCase().split(/\s+/).filter((w) => !['the', 'of', 'for', 'and'].includes(w));
const lastWord = (s: string) => s.split(/\s+/).pop()!.toLowerCase();

/** Same organisation: the same words in another order, or one name contained in the other ("State Department" / "US State Department"). */
function sameOrganisation(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return small.length > 0 && small.every((w) => big.has(w)) && lastWordHead(a) === lastWordHead(b);
}

/** The head noun of an organisation name: "ministry" for both "ministry of defence" and "defence ministry". */
function lastWordHead(name: string): string {
  const m = /\b(ministry|department|government|embassy|observatory|council|committee|agency|party|army|office|court|police|union|group)\b/i.exec(name);
  return m ? m[1]!.toLowerCase() : lastWord(name);
}

export class Registry {
  readonly entities: Entity[] = [];
  private readonly ids = new Set<string>();

  /** The entity a mention names, created if new. */
  resolve(m: Mention): Entity {
    const found = this.find(m);
    if (found) {
      if (m.name !== found.name) this.rename(found, m.name);
      if (m.title) found.titles.add(m.title);
      return found;
    }
    let id = `${m.kind === 'place' ? 'place' : m.kind}-${slug(m.name)}`;
    for (let n = 2; this.ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    this.ids.add(id);
    const entity: Entity = { id, name: m.name, kind: m.kind, aliases: new Set(), titles: new Set(m.title ? [m.title] : []) };
    this.entities.push(entity);
    return entity;
  }

  private find(m: Mention): Entity | undefined {
    const lower = m.name.toLowerCase();
    const same = this.entities.filter((e) => e.kind === m.kind || (m.kind !== 'place' && e.kind !== 'place'));
    const exact = same.find((e) => e.name.toLowerCase() === lower || [...e.aliases].some((a) => a.toLowerCase() === lower));
    if (exact) return exact;
    if (m.kind === 'person') {
      const single = !lower.includes(' ');
      // Latest first: "Kirby" is the Kirby named most recently.
      for (let i = same.length - 1; i >= 0; i--) {
        const e = same[i]!;
        if (e.kind !== 'person') continue;
        if (single && lastWord(e.name) === lower) return e;
        if (!e.name.includes(' ') && lastWord(m.name) === e.name.toLowerCase()) return e;
      }
    }
    if (m.kind === 'organisation') return same.find((e) => e.kind === 'organisation' && sameOrganisation(e.name, m.name));
    return undefined;
  }

  /** A fuller name replaces a shorter one ("Kirby" then "John Kirby"); the other stays as an alias. */
  private rename(e: Entity, name: string): void {
    // "latakia" then "Latakia", "HAYWARD" (a dateline) then "Hayward": the name as a sentence writes it.
    const sameWords = name.toLowerCase() === e.name.toLowerCase();
    const capitalises = sameWords && ((/^\p{Ll}/u.test(e.name) && /^\p{Lu}/u.test(name)) || (e.name === e.name.toUpperCase() && name !== name.toUpperCase()));
    if (capitalises || (name.split(/\s+/).length > e.name.split(/\s+/).length && e.kind === 'person')) {
      e.aliases.add(e.name);
      e.name = name;
    } else {
      e.aliases.add(name);
    }
  }

  /** Latest entity whose titles or name hold a role word ("the spokesman", "the ministry"). */
  latestWithRole(role: string, kind: 'person' | 'organisation', before: Entity[]): Entity | undefined {
    for (let i = before.length - 1; i >= 0; i--) {
      const e = before[i]!;
      if (e.kind !== kind) continue;
      if ([...e.titles].some((t) => t.split(' ').includes(role)) || e.name.toLowerCase().split(/\s+/).includes(role) || [...e.aliases].some((a) => a.toLowerCase().split(/\s+/).includes(role))) return e;
    }
    return undefined;
  }

  toPeople(statementsOf: (e: Entity) => Person['statements']): { people: Person[]; places: Place[] } {
    const people: Person[] = [];
    const places: Place[] = [];
    for (const e of this.entities) {
      const aliases = [...e.aliases].filter((a) => a !== e.name);
      if (e.kind === 'place') places.push({ id: e.id, name: e.name, aliases });
      else people.push({ id: e.id, name: e.name, aliases, kind: e.kind, statements: statementsOf(e) });
    }
    return { people, places };
  }
}
