/**
 * Timing on the scrapinghub-dev pages: annotate() on the page's Article (from cleanDocument with
 * entities off) against Readability on a clone of the same parsed document, and plain compromise
 * (people/places/organizations on each block, once per page) for reference. Interleaved repetitions, medians.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument, type Article } from '../../src/core/index.js';
import type { Page } from '../common/corpus.js';
import { compromiseMentions } from './article.js';
import { readabilityContent } from '../common/text.js';
import { median, timeOnce } from '../common/timing.js';

export interface PageTiming {
  id: string;
  words: number;
  blocks: number;
  readability: number;
  annotate: number;
  compromise: number;
}

export interface TimingResult {
  pages: PageTiming[];
  failures: string[];
  reps: number;
}

const quiet = new VirtualConsole();

export function runTiming(pages: readonly Page[], annotate: (a: Article) => Article, reps: number): TimingResult {
  const out: PageTiming[] = [];
  const failures: string[] = [];
  let warmed = false;
  for (const page of pages) {
    let dom: JSDOM | null = null;
    try {
      dom = new JSDOM(page.html(), { url: page.url, virtualConsole: quiet });
      const doc = dom.window.document;
      const article = cleanDocument(doc, { url: page.url, entities: false });
      const texts = [article.title, article.lead ?? '', ...article.blocks.map((b) => b.text)].filter(Boolean);
      // Each call gets its own copy (annotate may fill the article it is handed); copies are made untimed.
      const copies = Array.from({ length: reps }, () => structuredClone(article));
      if (!warmed) {
        // Warm the code paths once (first page only; later pages run on warm code).
        readabilityContent(doc);
        annotate(structuredClone(article));
        compromiseAll(texts);
        warmed = true;
      }
      // Interleaved: Readability and annotate() `reps` times each, compromise (reference only) once.
      const fns = [
        () => readabilityContent(doc),
        (i: number) => annotate(copies[i]!),
        () => compromiseAll(texts),
      ];
      const times = fns.map(() => [] as number[]);
      for (let i = 0; i < reps; i++) {
        for (let j = 0; j < fns.length; j++) {
          const k = (i + j) % fns.length;
          if (k === 2 && times[2]!.length) continue;
          times[k]!.push(timeOnce(() => fns[k]!(i)));
        }
      }
      out.push({
        id: page.id,
        words: article.stats.words,
        blocks: article.blocks.length,
        readability: median(times[0]!),
        annotate: median(times[1]!),
        compromise: median(times[2]!),
      });
    } catch (e) {
      failures.push(`${page.id}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      dom?.window.close();
    }
  }
  return { pages: out, failures, reps };
}

function compromiseAll(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += compromiseMentions(t).length;
  return n;
}
