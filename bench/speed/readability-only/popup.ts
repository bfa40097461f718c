/** The yardstick's popup: inject, read, show title and blocks through textContent. */
import type { Scripting, Tabs } from 'webextension-polyfill';

interface Read { title: string; blocks: string[] }

/** Chrome's own promise-based API (no polyfill: the yardstick carries nothing but Readability). */
declare const chrome: { tabs: Pick<Tabs.Static, 'query'>; scripting: Pick<Scripting.Static, 'executeScript'> };

async function main(): Promise<void> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tabId = param ? Number(param) : (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) throw new Error('no tab');
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const [result] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { readabilityOnly?: () => unknown }).readabilityOnly?.() ?? null,
  });
  const read = result?.result as Read | null | undefined;
  const article = document.querySelector('[data-sift="article"]')!;
  if (!read) {
    document.body.dataset.state = 'empty';
    return;
  }
  const title = document.createElement('h1');
  title.textContent = read.title;
  article.append(title);
  for (const text of read.blocks) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.body.dataset.state = 'ready';
}

main().catch(() => (document.body.dataset.state = 'error'));
