import { el } from './dom.js';
import { foldingMenu } from './menu.js';

/**
 * The article screen's controls and panels, built once for each page that shows an article (the
 * popup, the file page), so both stay one design. Page text never goes in here: these are our
 * own labels; the article and panels are filled by article-screen.ts.
 */

const EXPORTS = [['txt', 'Plain text'], ['md', 'Markdown'], ['html', 'Web page'], ['json', 'JSON']] as const;
const KINDS = [['speaker', 'Speakers'], ['person', 'People'], ['organisation', 'Organisations'], ['place', 'Places']] as const;

function panel(name: string, title: string, content: Node[], open = false): HTMLDetailsElement {
  const details = el('details', undefined, { class: 'panel', 'data-panel': name });
  details.open = open;
  details.append(...content);
  details.prepend(title === 'Removed' ? el('summary', title, { 'data-sift': 'removed-summary' }) : el('summary', title));
  return details;
}

export function buildScreen(options: { reader: boolean }): Node[] {
  // One row: reading is the job, so the controls take as little of the popup's height as they can.
  const actions = el('nav', undefined, { class: 'actions', 'aria-label': 'Article actions', hidden: '' });
  if (options.reader) {
    actions.append(el('button', 'Reader view', { type: 'button', 'data-action': 'reader', 'aria-pressed': 'false', title: 'Reader view (Alt+Shift+R)' }));
  }
  const saves = EXPORTS.map(([format, label]) => el('button', `${label} (.${format})`, { type: 'button', 'data-action': `export-${format}` }));
  actions.append(el('button', 'Copy text', { type: 'button', 'data-action': 'copy' }), foldingMenu('Save as', 'save-menu', saves));

  // The colour key doubles as the switches: one row of four.
  const legend = el('fieldset', undefined, { class: 'legend', hidden: '' });
  legend.append(el('legend', 'Highlight', { class: 'visually-hidden' }));
  for (const [kind, label] of KINDS) {
    const box = el('input', undefined, { type: 'checkbox', 'data-highlight': kind });
    box.checked = true;
    const key = el('label', undefined, { class: `key-${kind}`, title: `Highlight ${label.toLowerCase()}` });
    key.append(box, ` ${label}`);
    legend.append(key);
  }

  const main = el('main', undefined, { class: 'scroll' });
  const panels = el('section', undefined, { class: 'panels', hidden: '' });
  panels.append(
    panel('speakers', 'Who said what', [el('p', 'Finding who is speaking…', { class: 'panel-note', 'data-sift': 'annotating' }), el('div', undefined, { 'data-sift': 'speakers' })], true),
    panel('places', 'Places', [el('div', undefined, { 'data-sift': 'places' })]),
    panel('removed', 'Removed', [el('div', undefined, { 'data-sift': 'removed' })]),
  );
  // What a time budget left undone on a very long page, with the buttons that finish it.
  const unfinished = el('div', undefined, { class: 'unfinished', 'data-sift': 'unfinished', role: 'status', hidden: '' });
  unfinished.append(
    el('p', undefined, { 'data-sift': 'unfinished-cleaning', hidden: '' }),
    el('button', 'Finish cleaning', { type: 'button', 'data-action': 'finish-cleaning', hidden: '' }),
    el('p', undefined, { 'data-sift': 'unfinished-names', hidden: '' }),
    el('button', 'Mark all names', { type: 'button', 'data-action': 'mark-all-names', hidden: '' }),
  );
  main.append(unfinished, el('article', undefined, { class: 'article', 'data-sift': 'article', hidden: '' }), panels);
  return [actions, legend, main];
}

/** Puts the screen in place of the page's `data-sift="screen"` placeholder. */
export function mountScreen(options: { reader: boolean }): void {
  document.querySelector('[data-sift="screen"]')?.replaceWith(...buildScreen(options));
}
