import type { annotate } from '../core/entities/index.js';

/**
 * The names code (the annotation stage: its model and rules, ~1 MB or more) is built apart as
 * names.js, so that nothing pays for it before the text is on screen. Whoever needs it loads it
 * here, once: the article screen's worker, and the background when the shortcut or menu reads a page.
 */

/** The bundle, relative to the extension root (see scripts/build.mjs). */
export const NAMES_SCRIPT = 'names.js';

export interface Names {
  annotate: typeof annotate;
  /** Unpacks the tagger's weights and name lists and readies the code now, rather than with the first text to annotate. */
  prepare(): void;
}

/** What names.js leaves on the global object of the worker or page that loads it. */
export interface NamesGlobal {
  siftNames?: Names;
}

declare function importScripts(...urls: string[]): void;

/** Loads names.js into this worker, service worker or page (a Firefox event page) unless it is there. */
export async function loadNames(): Promise<Names> {
  const scope = globalThis as NamesGlobal;
  if (!scope.siftNames) {
    if (typeof importScripts === 'function') importScripts(NAMES_SCRIPT);
    else await addScript(NAMES_SCRIPT);
  }
  if (!scope.siftNames) throw new Error(`${NAMES_SCRIPT} did not load`);
  return scope.siftNames;
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}
