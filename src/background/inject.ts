/**
 * On-demand injection of the content script and messaging with it. Used by the popup now, and by the
 * background's keyboard command and context menu later. Needs the tab's `activeTab` grant (the user
 * clicked the toolbar button, pressed the shortcut or used the menu on that tab).
 */
import browser from 'webextension-polyfill';
import type { Replies, SiftMessage } from '../content/messages.js';

/** The content script bundle, relative to the extension root (see scripts/build.mjs). */
export const CONTENT_SCRIPT = 'content.js';

/** Sends one of our messages to the content script in the tab's top frame and returns its answer. */
export function sendToPage<M extends SiftMessage>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<Replies[M['type']]>;
}

/** Injects the content script into the tab's top frame unless a live copy is already there. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    if ((await sendToPage(tabId, { type: 'sift:ping' })) === true) return;
  } catch {
    // "Receiving end does not exist": not injected yet (or only an orphan of a reloaded extension).
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
}
