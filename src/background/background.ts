/**
 * Service worker (Chrome) / event page (Firefox). Nothing to do yet: the toolbar button opens
 * popup.html, which injects the content script itself (see inject.ts) under the activeTab grant the
 * click gives. The keyboard command and the context menu will register their listeners here, at the
 * top level, so that they are in place whenever the browser wakes the worker for an event.
 */
export {};
