/**
 * npx tsx training/blocks/train.ts — fits the content/boilerplate block model
 * (src/core/extract/block-model.ts) and writes model/blocks-weights.generated.ts.
 *
 * Data: the 88 pages of ../shared/corpus/scrapinghub-dev (MIT) only. Every block of each page's
 * body (as extraction collects blocks, not only what Readability kept, so the model sees menus,
 * comments, sidebars and footers as well as stories) is labelled content when the page's true
 * article body holds it (half its 4-word shingles, or the whole of a shorter block), boilerplate
 * otherwise. A markup word is a feature only when pages of several sites use it, so that no
 * site's own class names are learned. Logistic regression with an L2 penalty, fitted by full-batch
 * gradient descent for a fixed number of steps from zero: no randomness, the same inputs give
 * the same bytes. Reports accuracy by 4-fold cross-validation over pages (each page in one fold).
 *
 *   npx tsx training/blocks/train.ts [--dry]
 * --dry reports without writing the model file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { corpusAvailable, corpusDir, loadPages, repoRoot } from '../../bench/common/corpus.js';
import { BlockCollector } from '../../src/core/extract/dom-blocks.js';
import { markupWords, shapeOf, SHAPE_FEATURES, type BlockModel } from '../../src/core/extract/block-model.js';
import { labelBlock } from './label.js';

/** Sites (pages) a markup word must appear on to be a feature. */
const MIN_SITES = 4;
const STEPS = 2000;
const RATE = 0.5;
const L2 = 0.002;
const FOLDS = 4;
const log = (m: string) => process.stderr.write(`${m}\n`);

interface Example { shape: number[]; markup: string[]; label: number; weight: number; page: number }

function examples(): Example[] {
  const out: Example[] = [];
  loadPages(corpusDir).forEach((page, p) => {
    const dom = new JSDOM(page.html(), { url: page.url, virtualConsole: new VirtualConsole() });
    const body = dom.window.document.body;
    const blocks = body ? new BlockCollector(page.url).collect(body) : [];
    const label = labelBlock(page.truth);
    for (const b of blocks) {
      const verdict = label(b.items ? b.items.join('\n') : b.text);
      if (verdict === null) continue;
      out.push({ shape: shapeOf(b), markup: markupWords(b.hints?.trail ?? ''), label: verdict ? 1 : 0, weight: Math.log2(2 + b.text.length / 40), page: p });
    }
    dom.window.close();
  });
  return out;
}

function vocabulary(data: readonly Example[]): string[] {
  const pages = new Map<string, Set<number>>();
  for (const e of data) for (const w of e.markup) (pages.get(w) ?? pages.set(w, new Set()).get(w)!).add(e.page);
  return [...pages].filter(([, s]) => s.size >= MIN_SITES).map(([w]) => w).sort();
}

function fit(data: readonly Example[], vocab: readonly string[]): BlockModel {
  const index = new Map(vocab.map((w, k) => [w, k]));
  const nShape = SHAPE_FEATURES.length;
  const rows = data.map((e) => ({ ...e, cols: e.markup.map((w) => index.get(w)).filter((k): k is number => k !== undefined) }));
  const total = rows.reduce((s, e) => s + e.weight, 0);
  const w = new Float64Array(nShape);
  const m = new Float64Array(vocab.length);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Float64Array(nShape);
    const gm = new Float64Array(vocab.length);
    let gb = 0;
    for (const e of rows) {
      let z = bias;
      for (let k = 0; k < nShape; k++) z += w[k]! * e.shape[k]!;
      for (const k of e.cols) z += m[k]!;
      const err = (1 / (1 + Math.exp(-z)) - e.label) * e.weight;
      gb += err;
      for (let k = 0; k < nShape; k++) gw[k]! += err * e.shape[k]!;
      for (const k of e.cols) gm[k]! += err;
    }
    bias -= RATE * gb / total;
    for (let k = 0; k < nShape; k++) w[k]! -= RATE * (gw[k]! / total + L2 * w[k]!);
    for (let k = 0; k < vocab.length; k++) m[k]! -= RATE * (gm[k]! / total + L2 * m[k]!);
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const markup: Record<string, number> = {};
  vocab.forEach((word, k) => { if (Math.abs(m[k]!) >= 0.01) markup[word] = round(m[k]!); });
  return { shape: [...SHAPE_FEATURES], weights: [...w].map(round), bias: round(bias), markup };
}

function accuracy(model: BlockModel, data: readonly Example[]): number {
  let right = 0;
  let all = 0;
  for (const e of data) {
    let z = model.bias;
    e.shape.forEach((x, k) => { z += x * model.weights[k]!; });
    for (const w of e.markup) z += model.markup[w] ?? 0;
    right += ((z > 0 ? 1 : 0) === e.label ? 1 : 0) * e.weight;
    all += e.weight;
  }
  return right / all;
}

if (!corpusAvailable(corpusDir)) {
  log(`training/blocks needs ${corpusDir}; the committed model/blocks-weights.generated.ts is the trained model.`);
  process.exit(1);
}
const data = examples();
log(`${data.length} blocks, ${data.filter((e) => e.label).length} content`);
const folds: number[] = [];
for (let f = 0; f < FOLDS; f++) {
  const train = data.filter((e) => e.page % FOLDS !== f);
  const test = data.filter((e) => e.page % FOLDS === f);
  folds.push(accuracy(fit(train, vocabulary(train)), test));
}
log(`4-fold accuracy over pages (weighted by block length): ${folds.map((a) => a.toFixed(3)).join(' ')}`);
const vocab = vocabulary(data);
const model = fit(data, vocab);
log(`training accuracy ${accuracy(model, data).toFixed(3)}; ${Object.keys(model.markup).length} markup words of ${vocab.length}`);
if (!process.argv.includes('--dry')) {
  const header = `/**
 * The content/boilerplate block model (src/core/extract/block-model.ts). Generated by
 * training/blocks/train.ts: logistic regression (L2 ${L2}, ${STEPS} full-batch gradient steps of ${RATE} from zero),
 * fitted on every block of the 88 pages of scrapinghub-dev (MIT), labelled by the pages' true
 * article bodies; markup words used on at least ${MIN_SITES} pages. Do not edit: rerun the script.
 */
import type { BlockModel } from '../src/core/extract/block-model.js';

export const BLOCK_MODEL: BlockModel = ${JSON.stringify(model)};
`;
  writeFileSync(join(repoRoot, 'model', 'blocks-weights.generated.ts'), header);
  log('wrote model/blocks-weights.generated.ts');
}
