// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildScreen } from '../src/ui/screen.js';

describe('the article screen toolbar', () => {
  beforeEach(() => {
    document.body.replaceChildren(...buildScreen({ reader: true }));
  });

  const menu = () => document.querySelector<HTMLDetailsElement>('[data-sift="save-menu"]')!;

  it('keeps every control hook, the exports folded into the Save as menu', () => {
    const actions = [...document.querySelectorAll('[data-action]')].map((e) => e.getAttribute('data-action'));
    expect(actions).toEqual(expect.arrayContaining(['reader', 'copy', 'export-txt', 'export-md', 'export-html', 'export-json']));
    for (const format of ['txt', 'md', 'html', 'json']) {
      expect(menu().contains(document.querySelector(`[data-action="export-${format}"]`))).toBe(true);
    }
    expect(menu().open).toBe(false);
    // Every control is a native button, summary or checkbox: reachable with Tab, named by its text.
    for (const control of document.querySelectorAll('.actions button, .actions summary')) expect(control.textContent?.trim()).not.toBe('');
    expect(document.querySelectorAll('.legend input[type="checkbox"][data-highlight]')).toHaveLength(4);
  });

  it('closes the menu once a format is chosen, on Escape (focus back on it) and on a click elsewhere', () => {
    const summary = menu().querySelector('summary')!;
    menu().open = true;
    document.querySelector<HTMLButtonElement>('[data-action="export-md"]')!.click();
    expect(menu().open).toBe(false);

    menu().open = true;
    document.querySelector('[data-action="export-txt"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu().open).toBe(false);
    expect(document.activeElement).toBe(summary);

    menu().open = true;
    document.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
    expect(menu().open).toBe(false);
  });
});
