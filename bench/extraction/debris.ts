/**
 * Debris added to real pages, in the forms pages invent: one second copy of the body (of one of
 * five kinds), three pull quotes (six containers, four credit styles, exact or edited), and six
 * furniture items (ten kinds, wordings composed from parts). On a quarter of the pages the story's
 * paragraphs are written in another alphabet first (letters mapped to Cyrillic, in the page and
 * in the truth alike), so the copies and quotes on them share no English word with any rule.
 *
 * Everything is chosen by a generator seeded with the page id, so every run builds the same
 * pages; the choices are drawn per page, so no rule can learn one layout.
 */
import { findArticleParagraphs } from '../common/locate.js';
import { makeRng, type Rng } from '../common/rng.js';
import { addSecondCopy, COPY_KINDS, type SecondCopy } from './debris-copies.js';
import { FURNITURE_KINDS, makeFurniture, type FurnitureKind } from './debris-furniture.js';
import { CREDITS, makePullQuote, QUOTE_CONTAINERS, QUOTE_EDITS, quoteName, quoteSource, type PullQuote } from './debris-quotes.js';

export type { PullQuote } from './debris-quotes.js';

export interface Debris {
  /** The page's text was mapped to another alphabet (the truth returned alongside is mapped too). */
  foreign: boolean;
  truth: string;
  copy: SecondCopy;
  quotes: PullQuote[];
  furniture: { kind: FurnitureKind; lines: string[] }[];
}

const QUOTES_PER_PAGE = 3;
const FURNITURE_PER_PAGE = 6;
const FOREIGN_SHARE = 0.25;

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абцдефгхийклмнопярстужвьыз';

/** Latin letters to Cyrillic ones, letter by letter, so the mapping is the same however text is split. */
export function toForeign(text: string): string {
  return text.replace(/[a-zA-Z]/g, (c) => {
    const lower = c.toLowerCase();
    const mapped = CYRILLIC[LATIN.indexOf(lower)]!;
    return c === lower ? mapped : mapped.toUpperCase();
  });
}

function mapTextNodes(root: Node, f: (s: string) => string): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* text */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) t.nodeValue = f(t.nodeValue ?? '');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The story's own paragraphs in another alphabet, in the page and in the truth alike (the rest
 * of the page, its chrome included, stays as it was: what changes is only what the debris is
 * made from). A paragraph the truth does not hold word for word is left alone.
 */
function toForeignParagraphs(paragraphs: Element[], pageTruth: string): string {
  let truth = squash(pageTruth);
  for (const p of paragraphs) {
    const text = squash(p.textContent ?? '');
    if (!text || !truth.includes(text)) continue;
    truth = truth.split(text).join(toForeign(text));
    mapTextNodes(p, toForeign);
  }
  return truth;
}

/**
 * A paragraph of the story's own flow (not one inside an embedded post, a list or a table): what
 * pull quotes are drawn from and where debris is put.
 */
function inFlow(paragraphs: Element[], rng: Rng): Element {
  const flow = paragraphs.filter((p) => !p.closest('blockquote, figure, aside, li, table'));
  return rng.pick(flow.length ? flow : paragraphs);
}

/**
 * Adds the debris to `doc` in place (the caller parses a fresh copy for it). Returns null when
 * the page's article paragraphs cannot be found (text not in <p> elements).
 */
export function addDebris(doc: Document, pageTruth: string, seed: string): Debris | null {
  const rng = makeRng(`debris:${seed}`);
  const foreign = rng.next() < FOREIGN_SHARE;
  const found = findArticleParagraphs(doc, pageTruth, 4);
  if (!found) return null;
  const { container, paragraphs } = found;
  let truth = pageTruth;
  if (foreign) truth = toForeignParagraphs(paragraphs, pageTruth);

  const copy = addSecondCopy(doc, container, paragraphs, rng.pick(COPY_KINDS), rng);

  const quotes: PullQuote[] = [];
  const names = new Set<string>();
  for (let k = 0, tries = 0; k < QUOTES_PER_PAGE && tries < 12; tries++) {
    const source = quoteSource(inFlow(paragraphs, rng).textContent ?? '', rng);
    if (!source) continue;
    const name = quoteName(rng, names);
    const made = makePullQuote(doc, source, rng.pick(QUOTE_CONTAINERS), rng.pick(QUOTE_EDITS), rng.pick(CREDITS), name, rng);
    if (!made) continue;
    inFlow(paragraphs, rng).after(made.node);
    names.add(name);
    quotes.push(made.quote);
    k++;
  }

  const furniture: Debris['furniture'] = [];
  for (let k = 0; k < FURNITURE_PER_PAGE; k++) {
    const item = makeFurniture(doc, rng.pick(FURNITURE_KINDS), rng);
    // Chrome gathers at the top and bottom of a story; some of it sits between paragraphs.
    const where = rng.next();
    if (where < 0.25) paragraphs[0]!.before(item.node);
    else if (where < 0.5) paragraphs[paragraphs.length - 1]!.after(item.node);
    else inFlow(paragraphs, rng).after(item.node);
    furniture.push({ kind: item.kind, lines: item.lines });
  }
  return { foreign, truth, copy, quotes, furniture };
}
