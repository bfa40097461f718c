/**
 * The options page: every change is saved to storage.sync at once (no Save button to forget),
 * and the popup, the file page and the reader view read it the next time they open.
 */
import browser from 'webextension-polyfill';
import { HIGHLIGHTS, loadSettings, normaliseSettings, SETTINGS_KEY, type Settings } from '../ui/settings.js';

const form = document.querySelector<HTMLFormElement>('[data-sift="options"]')!;
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;

function show(s: Settings): void {
  field<HTMLSelectElement>('theme').value = s.theme;
  field<HTMLInputElement>('size').value = String(s.size);
  field<HTMLOutputElement>('sizeShown').value = `${s.size}px`;
  field<HTMLSelectElement>('measure').value = s.measure;
  for (const kind of HIGHLIGHTS) field<HTMLInputElement>(`highlight-${kind}`).checked = s.highlights[kind];
  field<HTMLSelectElement>('exportFormat').value = s.exportFormat;
  field<HTMLInputElement>('exportSpeakers').checked = s.exportSpeakers;
}

function read(): Settings {
  return normaliseSettings({
    theme: field<HTMLSelectElement>('theme').value,
    size: Number(field<HTMLInputElement>('size').value),
    measure: field<HTMLSelectElement>('measure').value,
    highlights: Object.fromEntries(HIGHLIGHTS.map((k) => [k, field<HTMLInputElement>(`highlight-${k}`).checked])),
    exportFormat: field<HTMLSelectElement>('exportFormat').value,
    exportSpeakers: field<HTMLInputElement>('exportSpeakers').checked,
  });
}

async function main(): Promise<void> {
  show(await loadSettings(browser.storage.sync));
  const status = document.querySelector<HTMLElement>('.saved')!;
  form.addEventListener('input', () => {
    const settings = read();
    field<HTMLOutputElement>('sizeShown').value = `${settings.size}px`;
    browser.storage.sync.set({ [SETTINGS_KEY]: settings }).then(
      () => (status.textContent = 'Saved.'),
      (err: unknown) => (status.textContent = `Could not save: ${err instanceof Error ? err.message : String(err)}`),
    );
  });
  document.body.dataset.state = 'ready';
}

main().catch((err: unknown) => {
  console.error('Sift Reader options failed', err);
  document.body.dataset.state = 'error';
});
