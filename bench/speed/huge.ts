/**
 * The huge-page part of the popup bench: a 50,000-paragraph article, and how long the popup takes
 * to start handling a key press while "Mark all names" and then "Finish cleaning" run.
 */
import { performance } from 'node:perf_hooks';
import type { Bench } from './browser-bench.js';
import { until } from './browser-bench.js';
import { median, quantile } from '../common/timing.js';
import { hashString, makeRng } from '../common/rng.js';

const FIRST = ['Anna', 'Marco', 'Sergei', 'Fatima', 'John', 'Keiko', 'Pedro', 'Amara', 'Lars', 'Priya', 'Omar', 'Ines', 'David', 'Mei', 'Tomas', 'Ruth'];
const LAST = ['Lindqvist', 'Bellini', 'Orlov', 'Haddad', 'Kirby', 'Tanaka', 'Alves', 'Okafor', 'Nilsen', 'Raman', 'Farouk', 'Moreau', 'Cohen', 'Zhang', 'Novak', 'Adler'];
const PLACES = ['Geneva', 'Brussels', 'Lyon', 'Rome', 'Nairobi', 'Lima', 'Osaka', 'Hamburg', 'Dakar', 'Quito', 'Porto', 'Tbilisi', 'Perth', 'Leeds', 'Accra', 'Riga'];
const ROLES = ['Foreign Minister', 'a spokesman for the city council', 'the mayor of', 'an analyst at the bank in', 'Deputy Governor', 'a farmer near'];
const VERBS = ['said', 'told reporters', 'warned', 'added', 'insisted', 'wrote'];
const THINGS = ['the harvest', 'water prices', 'the new bridge', 'talks on trade', 'the rail strike', 'school budgets', 'the port expansion', 'fuel subsidies', 'the housing plan', 'flood defences'];
const WHEN = ['on Tuesday', 'last week', 'in March', 'overnight', 'this spring', 'after the vote', 'before dawn', 'on Friday evening'];
const OUTCOMES = ['would resume', 'had stalled', 'could double', 'was delayed', 'might collapse', 'had improved', 'would cost more', 'was unfinished'];

/**
 * `paragraphs` paragraphs of news-like prose with people, places and speech verbs, varied enough
 * (random names, places, topics and numbers in every few words) that no two are repeats.
 */
export function hugePage(paragraphs: number): string {
  const rng = makeRng(hashString('huge page'));
  const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const place = rng.pick(PLACES);
    body.push(`<p>${person()}, ${rng.pick(ROLES)} ${place}, ${rng.pick(VERBS)} ${rng.pick(WHEN)} that ${rng.pick(THINGS)} ${rng.pick(OUTCOMES)} by ${rng.int(2, 98)} percent. `
      + `In ${rng.pick(PLACES)}, ${rng.int(3, 9000)} people ${rng.pick(['gathered', 'waited', 'signed', 'voted'])} ${rng.pick(WHEN)}, and ${person()} ${rng.pick(VERBS)} ${rng.pick(THINGS)} ${rng.pick(OUTCOMES)}.</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long record</title></head><body><article><h1>A very long record</h1>${body.join('')}</article></body></html>`;
}

/**
 * Presses a key every `every` ms until `done` says so; returns, per press, how long the popup took
 * to handle it: the DevTools round trip of the key-down event, which the browser answers once the
 * page's main thread has run its handlers (a busy main thread shows here, however the page stamps
 * its events).
 */
async function pressWhile(bench: Bench, sessionId: string, done: () => Promise<boolean>, every = 200): Promise<number[]> {
  const delays: number[] = [];
  while (!(await done())) {
    const t0 = performance.now();
    await bench.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 }, sessionId);
    delays.push(performance.now() - t0);
    await bench.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 }, sessionId);
    await new Promise((r) => setTimeout(r, every));
  }
  return delays;
}

function describe(what: string, ms: number, delays: number[]): string {
  if (!delays.length) return `${what}: ${Math.round(ms)} ms, no key press fell inside it`;
  return `${what}: ${Math.round(ms)} ms; ${delays.length} key presses meanwhile, input delay median ${Math.round(median(delays))} ms, p95 ${Math.round(quantile(delays, 0.95))} ms, max ${Math.round(Math.max(...delays))} ms (target ≤ 100 ms)`;
}

/** How long marking all names may run before the bench stops it (the whole page would take minutes). */
const MARK_ALL_FOR_MS = 15_000;

export async function measureHuge(bench: Bench, extensionId: string, url: string): Promise<string[]> {
  const lines = ['', 'Huge page (50,000 paragraphs), Sift Reader:'];
  const { cdp } = bench;
  const tab = await bench.openTab(url);
  const opened: string[] = [tab.targetId];
  try {
    const popup = await bench.click(extensionId, tab.tabTargetId);
    opened.push(popup.targetId);
    const names = await until(async () => (await bench.marks(popup.sessionId))?.names ?? null, 120_000, 'the names on the huge page');
    const { shown } = (await bench.marks(popup.sessionId))!;
    lines.push(`toolbar popup: click → article shown ${Math.round(shown! - popup.t0)} ms, names (within their budget) ${Math.round(names - popup.t0)} ms`);
    const tabId = await cdp.evaluate<number>(popup.sessionId, 'chrome.tabs.query({ active: true, currentWindow: true }).then(([t]) => t.id)');

    // The same popup with a zero budget, so that both buttons are offered.
    const page = await bench.openPage(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}&budget=0`);
    opened.push(page.targetId);
    await until(async () => (await bench.marks(page.sessionId))?.names ?? null, 120_000, 'the zero-budget popup');
    const js = <T>(expression: string) => cdp.evaluate<T>(page.sessionId, expression);
    const click = (action: string) => js(`document.querySelector('[data-action="${action}"]').click()`);
    const label = (action: string) => js<string>(`document.querySelector('[data-action="${action}"]').textContent`);

    let t0 = Date.now();
    await click('finish-cleaning');
    let delays = await pressWhile(bench, page.sessionId, () => js<boolean>(`document.querySelector('[data-sift="unfinished-cleaning"]').hidden`));
    lines.push(describe('Finish cleaning (in the worker)', Date.now() - t0, delays));
    await until(async () => ((await js<boolean>(`document.querySelector('[data-sift="annotating"]').hidden`)) ? true : null), 120_000, 'names after cleaning');

    t0 = Date.now();
    await click('mark-all-names');
    const started = await label('mark-all-names');
    delays = await pressWhile(bench, page.sessionId, async () => Date.now() - t0 > MARK_ALL_FOR_MS || (await js<boolean>(`document.querySelector('[data-sift="unfinished-names"]').hidden`)));
    const finished = await js<boolean>(`document.querySelector('[data-sift="unfinished-names"]').hidden`);
    lines.push(describe(finished ? 'Mark all names' : `Mark all names, stopped after ${MARK_ALL_FOR_MS / 1000} s`, Date.now() - t0, delays));
    if (!finished) {
      const t1 = Date.now();
      await click('mark-all-names');
      await until(async () => ((await label('mark-all-names')) !== started ? true : null), 10_000, 'the stop to take effect');
      lines.push(`  stop ("${started}") took effect in ${Date.now() - t1} ms`);
    }
  } finally {
    for (const targetId of opened.reverse()) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
  }
  return lines;
}
