/** The popup bench's browser side: serving pages, opening tabs, clicking the toolbar button, reading the probe. */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cdp } from './cdp.js';
import { PROBE, type ProbeMarks } from './probe.js';

/** Chromium's id for an unpacked extension: SHA-256 of its path, the first 32 hex digits spelled a–p. */
export function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function serve(routes: Map<string, string>): Promise<{ base: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const body = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

export async function until<T>(probe: () => Promise<T | null | undefined>, timeout: number, what: string): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null && v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The browser, paused-attaching to every new page so that popups get the probe before they run. */
export class Bench {
  /** Sessions of the pages auto-attached so far (the toolbar popup attaches as an untitled target, before it has a URL). */
  private readonly sessions = new Map<string, string>();

  /** Errors reported in any console of an attached page (each popup's included), as text. */
  readonly errors: string[] = [];

  constructor(readonly cdp: Cdp) {
    cdp.on('Target.attachedToTarget', (p) => void this.attached(p as { sessionId: string; targetInfo: { targetId: string; type: string } }));
    cdp.on('Runtime.exceptionThrown', (p) => {
      const { exceptionDetails } = p as { exceptionDetails: { text: string; exception?: { description?: string } } };
      this.errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
    });
    cdp.on('Runtime.consoleAPICalled', (p) => {
      const { type, args } = p as { type: string; args: { value?: unknown; description?: string }[] };
      if (type === 'error') this.errors.push(args.map((a) => a.description ?? String(a.value)).join(' '));
    });
  }

  private async attached({ sessionId, targetInfo }: { sessionId: string; targetInfo: { targetId: string; type: string } }): Promise<void> {
    const { cdp } = this;
    try {
      if (targetInfo.type === 'page' || targetInfo.type === 'other') {
        this.sessions.set(targetInfo.targetId, sessionId);
        await cdp.send('Page.enable', {}, sessionId);
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }, sessionId);
        await cdp.send('Runtime.enable', {}, sessionId);
      }
    } finally {
      await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
    }
  }

  /** From now on every new page starts paused until the probe is in. */
  async start(): Promise<void> {
    await this.cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  }

  /** A fresh tab on `url`, loaded. */
  async openTab(url: string): Promise<{ targetId: string; tabTargetId: string }> {
    const { targetId } = await this.cdp.send<{ targetId: string }>('Target.createTarget', { url });
    const tabTargetId = await until(async () => {
      const { targetInfos } = await this.cdp.send<{ targetInfos: { targetId: string; url: string }[] }>('Target.getTargets', { filter: [{ type: 'tab' }] });
      return targetInfos.find((t) => t.url === url)?.targetId;
    }, 30_000, `the tab for ${url}`);
    const { sessionId } = await this.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await until(async () => ((await this.cdp.evaluate<boolean>(sessionId, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`)) || null), 60_000, `${url} to load`);
    // The popup reads the active tab, as after a user's click.
    await this.cdp.send('Target.detachFromTarget', { sessionId });
    return { targetId, tabTargetId };
  }

  /** The toolbar click on a tab: returns the click's wall-clock time and the new popup's session. */
  async click(extensionId: string, tabTargetId: string): Promise<{ t0: number; sessionId: string; targetId: string }> {
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    const popups = async () => {
      const { targetInfos } = await this.cdp.send<{ targetInfos: { targetId: string; url: string }[] }>('Target.getTargets');
      return targetInfos.filter((t) => t.url.startsWith(popupUrl)).map((t) => t.targetId);
    };
    const before = new Set(await popups());
    const t0 = Date.now();
    await this.cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabTargetId });
    return until(async () => {
      const targetId = (await popups()).find((id) => !before.has(id));
      const sessionId = targetId && this.sessions.get(targetId);
      return sessionId ? { t0, sessionId, targetId: targetId! } : null;
    }, 10_000, 'the popup to open');
  }

  /** Opens an extension page in a new tab; its session (the probe is in) and target. */
  async openPage(url: string): Promise<{ sessionId: string; targetId: string }> {
    const { targetId } = await this.cdp.send<{ targetId: string }>('Target.createTarget', { url });
    const sessionId = await until(async () => this.sessions.get(targetId), 10_000, `${url} to attach`);
    // A tab opened on an extension page may start in another process than the one the probe went
    // into; then the probe goes in now (it notes nothing twice, and catches up with what is done).
    await until(async () => (await this.cdp.evaluate<string>(sessionId, 'document.readyState')) !== 'loading' || null, 30_000, `${url} to load`);
    await this.cdp.evaluate(sessionId, PROBE);
    return { sessionId, targetId };
  }

  marks(sessionId: string): Promise<ProbeMarks | null> {
    return this.cdp.evaluate<ProbeMarks | null>(sessionId, 'globalThis.__siftBench ?? null');
  }
}

