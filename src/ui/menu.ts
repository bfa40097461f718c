import { el } from './dom.js';

/**
 * A folding menu of buttons: a <details> whose <summary> is the menu button, so it opens from the
 * keyboard (Enter, Space) and to screen readers as an expandable control. It closes again once a
 * choice is made, on Escape (focus back on the summary) and on a click elsewhere.
 */
export function foldingMenu(label: string, name: string, items: HTMLElement[]): HTMLDetailsElement {
  const menu = el('details', undefined, { class: 'menu', 'data-sift': name });
  const summary = el('summary', label);
  const list = el('div', undefined, { class: 'menu-items', role: 'group', 'aria-label': label });
  list.append(...items);
  menu.append(summary, list);
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button')) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary.focus();
    event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  return menu;
}
