import { Worker } from 'node:worker_threads';
import { firstLine } from './first-line.js';
import { WORKER_MARK, type Done, type Task } from './worker.js';

/**
 * Up to `size` worker threads, each cleaning one file at a time. A worker that dies on a page
 * (out of memory, a crash in native code, an uncaught error) fails that page only: the page is
 * answered with the reason and the next page gets a new worker.
 */
export class CleanerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: { resolve: (worker: Worker) => void; reject: (error: Error) => void }[] = [];
  private closed = false;

  /**
   * @param script the bundle to run in each worker (it serves tasks when started with WORKER_MARK)
   * @param heapMb old-space limit of each worker; past it the worker stops, not the process
   */
  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly heapMb?: number,
  ) {}

  /**
   * Cleans one file once a thread is free; `read` is called only then, so at most `size` pages are
   * in memory. Resolves with its text or its failure, never rejects.
   */
  async run(task: Omit<Task, 'bytes'>, read: () => Promise<Uint8Array>): Promise<Done> {
    let worker: Worker;
    let bytes: Uint8Array;
    try {
      worker = await this.acquire();
    } catch (error) {
      return { error: firstLine(error) };
    }
    try {
      bytes = await read();
    } catch (error) {
      this.release(worker);
      return { error: firstLine(error) };
    }
    return new Promise((resolve) => {
      const settle = (done: Done, healthy: boolean) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (healthy) this.release(worker);
        else this.discard(worker);
        resolve(done);
      };
      const onMessage = (done: Done) => settle(done, true);
      const onError = (error: unknown) => settle({ error: crashReason(error) }, false);
      const onExit = (code: number) => settle({ error: `the cleaning thread stopped (exit code ${code})` }, false);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ ...task, bytes } satisfies Task);
    });
  }

  /** Stops every thread; files still waiting for one are answered as stopped. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('stopped'));
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  private acquire(): Promise<Worker> {
    if (this.closed) return Promise.reject(new Error('stopped'));
    const worker = this.idle.pop() ?? (this.all.size < this.size ? this.spawn() : undefined);
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next.resolve(worker);
    else this.idle.push(worker);
  }

  private discard(worker: Worker): void {
    this.all.delete(worker);
    void worker.terminate();
    // Once closed, no new thread: it would keep the process alive.
    const next = this.closed ? undefined : this.waiting.shift();
    if (next) next.resolve(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, {
      workerData: { [WORKER_MARK]: true },
      ...(this.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } } : {}),
    });
    // A worker that dies between tasks is simply gone; the next task gets a new one.
    worker.on('error', () => undefined).on('exit', () => {
      this.all.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    this.all.add(worker);
    return worker;
  }
}

function crashReason(error: unknown): string {
  if ((error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'out of memory while cleaning this page';
  return `the cleaning thread crashed: ${firstLine(error)}`;
}
