/**
 * build/sift.mjs: the pipeline as a Node library, and the `sift` command when run directly.
 * Importing it runs nothing.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from '../cli/run.js';
import { TAGGER_MARK, serveTagging } from '../cli/tag-threads.js';
import { WORKER_MARK, serveTasks } from '../cli/worker.js';

export { annotate, cleanDocument, cleanText, toText, toMarkdown, toHtml, toJson } from '../core/index.js';
export { cleanHtml } from './clean-html.js';

const marks = isMainThread ? null : (workerData as Record<string, unknown> | null);
if (parentPort && marks?.[WORKER_MARK]) {
  // A cleaning thread of the CLI's pool: this same file, serving files to clean.
  serveTasks(parentPort, new URL(import.meta.url));
} else if (parentPort && marks?.[TAGGER_MARK]) {
  // A cleaning thread's helper, tagging part of a very long page.
  serveTagging(parentPort);
} else if (isMainThread && isRunDirectly()) {
  // runCli never rejects; exitCode (not exit()) lets pending output drain first.
  void runCli(process.argv.slice(2), process, { cleaner: new URL(import.meta.url), workerHeapMb: heapLimit() }).then((status) => {
    process.exitCode = status;
  });
}

/** SIFT_WORKER_HEAP_MB caps each cleaning thread's heap (a page past it fails alone, out of memory). */
function heapLimit(): number | undefined {
  const raw = process.env.SIFT_WORKER_HEAP_MB;
  return raw && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
}

// Symlinks (npm's bin links, /usr/local/bin/sift) point at this file under another name.
function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
