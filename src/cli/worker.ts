import type { MessagePort } from 'node:worker_threads';
import { withEntities } from '../core/pipeline.js';
import { annotatedTexts } from '../core/entities/index.js';
import { articleFromBytes } from './article-from-bytes.js';
import { firstLine } from './first-line.js';
import { render, type Rendering } from './render.js';
import { EARLY_START_BYTES, PARALLEL_MIN_TEXTS, TagHelpers } from './tag-threads.js';
import type { Article } from '../core/index.js';
import type { Extraction } from '../core/extract/index.js';

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
  /** Threads this page may start to tag a very long page in parallel (cores the run leaves idle). */
  helpers: number;
}

/** The rendered article, or the one-line reason there is none. */
export type Done = { text: string } | { error: string };

/**
 * The worker thread's loop: each task is cleaned and answered; a failing page is an answer too.
 * `script` is the bundle, which tagging helpers run.
 */
export function serveTasks(port: MessagePort, script: URL): void {
  port.on('message', (task: Task) => {
    void cleanTask(task, script).then((done) => port.postMessage(done));
  });
}

async function cleanTask(task: Task, script: URL): Promise<Done> {
  const wantHelpers = task.names && task.helpers > 0;
  let helpers = wantHelpers && task.bytes.length >= EARLY_START_BYTES ? new TagHelpers(task.helpers, script) : null;
  // A long page's helpers start on its extraction while it is cleaned.
  const cleaning = (extraction: Extraction) => {
    const texts = annotatedTexts({ lead: extraction.meta.lead, blocks: extraction.blocks });
    if (texts.length < PARALLEL_MIN_TEXTS) return;
    helpers ??= new TagHelpers(task.helpers, script);
    helpers.startAhead(texts);
  };
  try {
    const article = articleFromBytes(task.bytes, task.path, task.url, task.force, wantHelpers ? { cleaning } : {});
    return { text: render(task.names ? await annotated(article) : article, task.source, task.rendering) };
  } catch (error) {
    return { error: firstLine(error) };
  } finally {
    helpers?.stop();
  }

  async function annotated(article: Article): Promise<Article> {
    const texts = annotatedTexts(article);
    if (!wantHelpers || texts.length < PARALLEL_MIN_TEXTS) return withEntities(article, true);
    helpers ??= new TagHelpers(task.helpers, script);
    return withEntities(article, true, { mentions: await helpers.mentions(texts) });
  }
}
