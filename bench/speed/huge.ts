/**
 * The huge-page part of the popup bench: a 50,000-paragraph article, and how long the popup takes
 * to start handling a key press while "Mark all names" and then "Finish cleaning" run.
 */
import type { Bench } from './browser-bench.js';
import { until } from './browser-bench.js';
import { median, quantile } from '../common/timing.js';

const SENTENCES = [
  'Foreign Minister Anna Lindqvist said on Tuesday that talks in Geneva would resume next week.',
  'The ministry of defence declined to comment on the report, according to officials in Brussels.',
  '"We will not accept these terms," said Marco Bellini, a spokesman for the Rome city council.',
  'Farmers near Lyon reported the driest spring since records began, the weather service said.',
];

/** `paragraphs` paragraphs of news-like prose, each different (a number in it), so none is a repeat. */
export function hugePage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<p>${SENTENCES[i % SENTENCES.length]} Item ${i + 1} of the record, filed as note ${(i * 7919) % 100_003}.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long record</title></head><body><article><h1>A very long record</h1>${body.join('')}</article></body></html>`;
}

/** Presses a key every `every` ms until `done` says so; returns the popup's delays in handling them. */
async function pressWhile(bench: Bench, sessionId: string, done: () => Promise<boolean>, every = 200): Promise<number[]> {
  const before = (await bench.marks(sessionId))?.delays.length ?? 0;
  while (!(await done())) {
    await bench.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 }, sessionId);
    await bench.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 }, sessionId);
    await new Promise((r) => setTimeout(r, every));
  }
  return ((await bench.marks(sessionId))?.delays ?? []).slice(before);
}

function describe(what: string, ms: number, delays: number[]): string {
  if (!delays.length) return `${what}: ${Math.round(ms)} ms, no key press fell inside it`;
  return `${what}: ${Math.round(ms)} ms; ${delays.length} key presses meanwhile, input delay median ${Math.round(median(delays))} ms, p95 ${Math.round(quantile(delays, 0.95))} ms, max ${Math.round(Math.max(...delays))} ms (target ≤ 100 ms)`;
}

export async function measureHuge(bench: Bench, extensionId: string, url: string): Promise<string[]> {
  const lines = ['', 'Huge page (50,000 paragraphs), Sift Reader popup:'];
  const tab = await bench.openTab(url);
  try {
    const popup = await bench.click(extensionId, tab.tabTargetId);
    const { cdp } = bench;
    const marks = await until(async () => {
      const m = await bench.marks(popup.sessionId);
      return m?.shown ? m : null;
    }, 120_000, 'the huge page in the popup');
    lines.push(`click → article shown: ${Math.round(marks.shown! - popup.t0)} ms`);
    const visible = (action: string) => cdp.evaluate<boolean>(popup.sessionId, `(() => { const b = document.querySelector('[data-action="${action}"]'); return !!b && !b.hidden && !b.disabled; })()`);
    const run = async (action: string, what: string, finished: string) => {
      await until(async () => ((await visible(action)) ? true : null), 60_000, `the ${action} button`);
      const t0 = Date.now();
      await cdp.evaluate(popup.sessionId, `document.querySelector('[data-action="${action}"]').click()`);
      const delays = await pressWhile(bench, popup.sessionId, () => cdp.evaluate<boolean>(popup.sessionId, finished));
      lines.push(describe(what, Date.now() - t0, delays));
    };
    await run('finish-cleaning', 'Finish cleaning', `document.querySelector('[data-sift="unfinished-cleaning"]').hidden && !document.querySelector('[data-action="finish-cleaning"]').disabled`);
    await run('mark-all-names', 'Mark all names', `document.querySelector('[data-sift="unfinished-names"]').hidden`);
    await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
  } finally {
    await bench.cdp.send('Target.closeTarget', { targetId: tab.targetId }).catch(() => undefined);
  }
  return lines;
}
