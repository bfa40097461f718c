import type { Article, Removed } from '../core/index.js';
import { el } from './dom.js';

/** Panels beside the article: who said what, places named, and what the cleaners removed. */

const REASON: Record<Removed['reason'], string> = {
  repeated: 'Repeated',
  'pull-quote': 'Pull quote',
  boilerplate: 'Page furniture',
};

/** Each speaker with their statements; a statement is a button that scrolls to its paragraph. */
export function whoSaidWhat(article: Article, goTo: (block: number) => void): HTMLElement {
  const speakers = article.people.filter((p) => p.statements.length > 0);
  const list = el('ul', undefined, { class: 'speakers' });
  for (const person of speakers) {
    const item = el('li');
    item.append(el('span', person.name, { class: 'speaker-name', 'data-entity': 'speaker', 'data-ref': person.id }));
    const said = el('ul', undefined, { class: 'statements' });
    for (const s of [...person.statements].sort((a, b) => a.block - b.block)) {
      const button = el('button', s.direct ? `\u201c${s.text}\u201d` : s.text, { type: 'button', class: 'statement' });
      button.addEventListener('click', () => goTo(s.block));
      const entry = el('li');
      entry.append(button);
      said.append(entry);
    }
    item.append(said);
    list.append(item);
  }
  return list;
}

export function placesList(article: Article): HTMLElement {
  const list = el('ul', undefined, { class: 'places' });
  for (const place of article.places) list.append(el('li', place.name, { 'data-entity': 'place', 'data-ref': place.id }));
  return list;
}

/** What the cleaners took out, each with why and a button that puts it back (or takes it out again). */
export function removedList(article: Article, restored: ReadonlySet<number>, toggle: (at: number) => void): HTMLElement {
  const list = el('ul', undefined, { class: 'removed' });
  if (article.undone) {
    list.append(el('li', `Kept as the page has it: ${article.undone.rules.join(', ')} removed nothing, because ${article.undone.why}.`, { class: 'removed-note', 'data-sift': 'undone' }));
  }
  for (const r of article.removed) {
    const item = el('li');
    item.append(el('span', REASON[r.reason], { class: `reason reason-${r.reason}`, title: r.rule }));
    item.append(el('span', r.text, { class: 'removed-text' }));
    const isBack = restored.has(r.at);
    const button = el('button', isBack ? 'Remove again' : 'Put back', { type: 'button', 'data-restore': String(r.at) });
    button.addEventListener('click', () => toggle(r.at));
    item.append(button);
    list.append(item);
  }
  return list;
}
