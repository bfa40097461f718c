import type { Article } from '../core/article.js';
import type { Job, JobReply, JobRequest } from '../work/jobs.js';

/**
 * The screen's side of its worker (work.js, built from src/work/worker.ts): one worker per page,
 * started when the first job comes, or earlier by startWorker. Cancelling ends the worker, and
 * with it whatever it was doing; the next job starts a fresh one.
 */

/** The worker script, relative to the extension page. */
const WORKER_SCRIPT = 'work.js';

export interface Running {
  /** The job's article; rejects with Cancelled when the job (or another on the same worker) is cancelled. */
  result: Promise<Article>;
  cancel(): void;
}

/** The rejection of a cancelled job: the reader asked for it, so nothing is reported. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (a: Article) => void; reject: (e: Error) => void }>();

/**
 * Starts the worker ahead of its first job (the popup does, while the page reads) and has it load
 * the names code meanwhile, on its own thread: the page is read in the tab's process and the popup
 * waits, so the names are ready about when the text is shown.
 */
export function startWorker(): void {
  started().postMessage({ kind: 'load-names' } satisfies JobRequest);
}

function started(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SCRIPT);
  w.addEventListener('message', (event: MessageEvent<JobReply>) => {
    const reply = event.data;
    const waiter = waiting.get(reply.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.article);
  });
  // A script error inside the worker (not a failed job, which replies): every job waiting on it fails.
  w.addEventListener('error', (event) => {
    event.preventDefault();
    stop(w, new Error(event.message || `${WORKER_SCRIPT} failed`));
  });
  worker = w;
  return w;
}

function stop(w: Worker, reason: Error): void {
  w.terminate();
  if (worker === w) worker = null;
  for (const [id, waiter] of waiting) {
    waiting.delete(id);
    waiter.reject(reason);
  }
}

export function runJob(job: Job): Running {
  const w = started();
  const id = ++nextId;
  const result = new Promise<Article>((resolve, reject) => waiting.set(id, { resolve, reject }));
  w.postMessage({ ...job, id } satisfies JobRequest);
  return {
    result,
    cancel: () => {
      if (waiting.has(id)) stop(w, new Cancelled());
    },
  };
}
