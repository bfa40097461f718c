/**
 * The file page: a saved web page or a scraped text file, opened or dropped, read with the same
 * pipeline and shown on the same article screen as the popup. The file never leaves the
 * computer: it is parsed here (DOMParser runs no scripts and loads nothing).
 */
import browser from 'webextension-polyfill';
import { readDocument, readText, type ReadOptions } from '../core/read.js';
import type { Extraction } from '../core/extract/index.js';
import { now } from '../core/text/clock.js';
import { READ_BUDGET_MS } from '../content/messages.js';
import { decodeBytes } from '../core/text/decode.js';
import { showArticle } from '../ui/article-screen.js';
import { mountScreen } from '../ui/screen.js';
import { loadSettings } from '../ui/settings.js';

/** The CLI's limit too: beyond it a file is not an article but an archive or a dump. */
const MAX_BYTES = 64 * 1024 * 1024;

function setState(state: 'idle' | 'loading' | 'ready' | 'empty' | 'error', message?: string): void {
  const box = document.querySelector<HTMLElement>('[data-sift="message"]')!;
  box.textContent = message ?? '';
  box.hidden = !message;
  document.body.dataset.state = state;
}

async function open(file: File): Promise<void> {
  setState('loading');
  try {
    if (file.size > MAX_BYTES) throw new Error(`${file.name} is larger than 64 MiB; Sift Reader reads articles, not archives.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // By name, else by content: markup opens with a tag.
    const html = /\.html?$/i.test(file.name) || (!/\.txt$/i.test(file.name) && /^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 512))));
    const text = decodeBytes(bytes, html);
    const untitled = file.name.replace(/\.[^.]+$/, '');
    let unfinished: Extraction | null = null;
    const opts: ReadOptions = {
      deadline: now() + READ_BUDGET_MS,
      keepUnfinished: (extraction) => {
        if (!extraction.meta.title) extraction.meta.title = untitled;
        unfinished = extraction;
      },
    };
    const article = html ? readDocument(new DOMParser().parseFromString(text, 'text/html'), null, opts) : readText(text, null, opts);
    if (!article.title) article.title = untitled;
    if (!article.blocks.length) {
      setState('empty', `No article found in ${file.name}. Sift Reader reads pages and text with a main text, such as a news article.`);
      return;
    }
    const kept = unfinished;
    showArticle(article, await loadSettings(browser.storage.sync), kept ? { uncleaned: async () => kept } : {});
    document.title = `${article.title} · Sift Reader`;
    setState('ready');
  } catch (err) {
    setState('error', `Sift Reader could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

mountScreen({ reader: false });

const input = document.querySelector<HTMLInputElement>('[data-sift="file"]')!;
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void open(file);
});
const drop = document.querySelector<HTMLElement>('[data-sift="drop"]')!;
for (const type of ['dragenter', 'dragover'] as const) {
  document.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
}
document.addEventListener('dragleave', () => drop.classList.remove('over'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void open(file);
});
