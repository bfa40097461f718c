import type { MessagePort } from 'node:worker_threads';
import { articleFromBytes } from './article-from-bytes.js';
import { firstLine } from './first-line.js';
import { render, type Rendering } from './render.js';

/** Marks a worker thread started by the pool, so the bundle knows to serve tasks, not run the CLI. */
export const WORKER_MARK = 'siftCleaner';

/** One file to clean: its bytes, read by the main thread, and how to write it out. */
export interface Task {
  bytes: Uint8Array;
  path: string;
  source: string;
  url: string | null;
  names: boolean;
  /** Read a page that does not look like an article all the same. */
  force: boolean;
  rendering: Rendering;
}

/** The rendered article, or the one-line reason there is none. */
export type Done = { text: string } | { error: string };

/** The worker thread's loop: each task is cleaned and answered; a failing page is an answer too. */
export function serveTasks(port: MessagePort): void {
  port.on('message', (task: Task) => {
    let done: Done;
    try {
      const article = articleFromBytes(task.bytes, task.path, task.url, task.names, task.force);
      done = { text: render(article, task.source, task.rendering) };
    } catch (error) {
      done = { error: firstLine(error) };
    }
    port.postMessage(done);
  });
}
