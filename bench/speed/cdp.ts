/**
 * A bare DevTools-protocol client over Chromium's --remote-debugging-pipe (fds 3 and 4, messages
 * separated by NUL), with flat sessions. The popup bench needs what Playwright keeps to itself:
 * auto-attaching to the toolbar popup *paused*, so that its probe is in place before the popup's
 * first script runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId: string | undefined) => void;

export class Cdp {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: Params) => void; reject: (e: Error) => void; method: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffer = '';

  private constructor(
    private readonly proc: ChildProcess,
    private readonly input: Writable,
    output: Readable,
    private readonly profile: string,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const raw = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(JSON.parse(raw) as { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string });
      }
    });
  }

  /** Starts headless Chromium with `extensions` (absolute paths of unpacked extensions) loaded. */
  static async launch(executable: string, extensions: readonly string[]): Promise<Cdp> {
    const profile = mkdtempSync(join(tmpdir(), 'sift-speed-'));
    const list = extensions.join(',');
    const proc = spawn(
      executable,
      [
        '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
        `--disable-extensions-except=${list}`, `--load-extension=${list}`,
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-quic', 'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const cdp = new Cdp(proc, proc.stdio[3] as Writable, proc.stdio[4] as Readable, profile);
    await cdp.send('Browser.getVersion');
    return cdp;
  }

  private dispatch(msg: { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string }): void {
    if (msg.id !== undefined) {
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.error) waiter.reject(new Error(`${waiter.method}: ${msg.error.message}`));
      else waiter.resolve(msg.result ?? {});
      return;
    }
    for (const listener of this.listeners.get(msg.method ?? '') ?? []) listener(msg.params ?? {}, msg.sessionId);
  }

  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: Params) => void, reject, method });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(method: string, listener: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** Evaluates `expression` in a session's page and returns its value. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId,
    );
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value as T;
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise((r) => (this.proc.exitCode === null ? this.proc.once('exit', r) : r(undefined)));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
