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

/** Entities by a key, each list in order of creation. */
class Index {
  private readonly lists = new Map<string, Entity[]>();

  constructor(private readonly order: ReadonlyMap<Entity, number>) {}

  add(key: string, e: Entity): void {
    const list = this.lists.get(key);
    if (!list) return void this.lists.set(key, [e]);
    if (list.includes(e)) return;
    let at = list.length;
    while (at > 0 && this.order.get(list[at - 1]!)! > this.order.get(e)!) at--;
    list.splice(at, 0, e);
  }

  remove(key: string, e: Entity): void {
    const list = this.lists.get(key);
    const at = list?.indexOf(e) ?? -1;
    if (at >= 0) list!.splice(at, 1);
  }

  get(key: string): readonly Entity[] {
    return this.lists.get(key) ?? [];
  }
}

/**
 * Finding a mention's entity is a look-up, not a scan of every entity (a page may name thousands),
 * so the registry keeps its entities indexed by what `find` compares: every name and alias each
 * had, and for the current name the last word (people), the whole name if it is one word (people),
 * and the head noun (organisations).
 */
export class Registry {
  readonly entities: Entity[] = [];
  private readonly ids = new Set<string>();
  private readonly order = new Map<Entity, number>();
  private readonly byName = new Index(this.order);
  private readonly bySurname = new Index(this.order);
  private readonly bySingleName = new Index(this.order);
  private readonly byHead = new Index(this.order);

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
    this.order.set(entity, this.entities.length);
    this.entities.push(entity);
    this.byName.add(m.name.toLowerCase(), entity);
    this.indexName(entity, 1);
    return entity;
  }

  private find(m: Mention): Entity | undefined {
    const lower = m.name.toLowerCase();
    const fits = (e: Entity) => e.kind === m.kind || (m.kind !== 'place' && e.kind !== 'place');
    const exact = this.byName.get(lower).find(fits);
    if (exact) return exact;
    if (m.kind === 'person') {
      // Latest first: "Kirby" is the Kirby named most recently.
      const bySurname = !lower.includes(' ') ? this.bySurname.get(lower).at(-1) : undefined;
      const bySingle = this.bySingleName.get(lastWord(m.name)).at(-1);
      const latest = bySurname && bySingle ? (this.order.get(bySurname)! > this.order.get(bySingle)! ? bySurname : bySingle) : bySurname ?? bySingle;
      if (latest) return latest;
    }
    if (m.kind === 'organisation') return this.byHead.get(lastWordHead(m.name)).find((e) => sameOrganisation(e.name, m.name));
    return undefined;
  }

  /** Adds (1) or removes (-1) the entries its current name makes in the indexes of people and organisations. */
  private indexName(e: Entity, sign: 1 | -1): void {
    const change = (index: Index, key: string) => (sign > 0 ? index.add(key, e) : index.remove(key, e));
    if (e.kind === 'person') {
      change(this.bySurname, lastWord(e.name));
      if (!e.name.includes(' ')) change(this.bySingleName, e.name.toLowerCase());
    } else if (e.kind === 'organisation') {
      change(this.byHead, lastWordHead(e.name));
    }
  }

  /** A fuller name replaces a shorter one ("Kirby" then "John Kirby"); the other stays as an alias. */
  private rename(e: Entity, name: string): void {
    // "latakia" then "Latakia", "HAYWARD" (a dateline) then "Hayward": the name as a sentence writes it.
    const sameWords = name.toLowerCase() === e.name.toLowerCase();
    const capitalises = sameWords && ((/^\p{Ll}/u.test(e.name) && /^\p{Lu}/u.test(name)) || (e.name === e.name.toUpperCase() && name !== name.toUpperCase()));
    if (capitalises || (name.split(/\s+/).length > e.name.split(/\s+/).length && e.kind === 'person')) {
      e.aliases.add(e.name);
      this.indexName(e, -1);
      e.name = name;
      this.indexName(e, 1);
    } else {
      e.aliases.add(name);
    }
    this.byName.add(name.toLowerCase(), e);
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
