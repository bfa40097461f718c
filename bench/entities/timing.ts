/**
 * Timing on the scrapinghub-dev pages: annotate() on the page's Article (from cleanDocument with
 * entities off) against Readability on a clone of the same parsed document, and the rules baseline's
 * annotate() on the same Article. Interleaved repetitions, medians.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument, type Article } from '../../src/core/index.js';
import type { Page } from '../common/corpus.js';
import { readabilityContent } from '../common/text.js';
import { median, timeOnce } from '../common/timing.js';

export interface PageTiming {
  id: string;
  words: number;
  blocks: number;
  readability: number;
  annotate: number;
  rules: number;
}

export interface TimingResult {
  pages: PageTiming[];
  failures: string[];
  reps: number;
}

const quiet = new VirtualConsole();

export function runTiming(pages: readonly Page[], annotate: (a: Article) => Article, rules: ((a: Article) => Article) | null, reps: number): TimingResult {
  const out: PageTiming[] = [];
  const failures: string[] = [];
  let warmed = false;
  for (const page of pages) {
    let dom: JSDOM | null = null;
    try {
      dom = new JSDOM(page.html(), { url: page.url, virtualConsole: quiet });
      const doc = dom.window.document;
      const article = cleanDocument(doc, { url: page.url, entities: false });
      // Each call gets its own copy (annotate may fill the article it is handed); copies are made untimed.
      const copies = Array.from({ length: 2 * reps }, () => structuredClone(article));
      if (!warmed) {
        // Warm the code paths once (first page only; later pages run on warm code).
        readabilityContent(doc);
        annotate(structuredClone(article));
        rules?.(structuredClone(article));
        warmed = true;
      }
      // Interleaved: Readability, annotate() and the baseline `reps` times each.
      const fns = [
        () => readabilityContent(doc),
        (i: number) => annotate(copies[i]!),
        (i: number) => rules?.(copies[reps + i]!),
      ];
      const times = fns.map(() => [] as number[]);
      for (let i = 0; i < reps; i++) {
        for (let j = 0; j < fns.length; j++) {
          const k = (i + j) % fns.length;
          times[k]!.push(timeOnce(() => fns[k]!(i)));
        }
      }
      out.push({
        id: page.id,
        words: article.stats.words,
        blocks: article.blocks.length,
        readability: median(times[0]!),
        annotate: median(times[1]!),
        rules: rules ? median(times[2]!) : Number.NaN,
      });
    } catch (e) {
      failures.push(`${page.id}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      dom?.window.close();
    }
  }
  return { pages: out, failures, reps };
}
