import { BLOCK_MODEL } from '../../../model/blocks-weights.generated.js';
import { wordsOf } from '../text/normalize.js';
import type { ExtractedBlock } from './extracted.js';

/**
 * A content/boilerplate judge for one block, in the manner of Dragnet and boilerpipe: the text's
 * shape (length, sentences, commas, capitals, links) and the words of the markup it sits in
 * ("entry", "comment", "sidebar") say whether a block is the story or the page around it, on any
 * site. A logistic model; its weights are fitted by training/blocks/train.ts and generated into
 * model/blocks-weights.generated.ts.
 */

export interface BlockModel {
  /** Names of the shape features, in the order `shapeOf` returns them. */
  shape: string[];
  weights: number[];
  bias: number;
  /** Weights of markup words (class names split into words, tag names). */
  markup: Record<string, number>;
}

export const SHAPE_FEATURES = [
  'words', 'linkDensity', 'sentenceEnd', 'sentences', 'commas', 'capitals', 'digits',
  'heading', 'list', 'figure', 'quote',
] as const;

/** Markup words: letters only, split at punctuation and case changes ("articleBody" gives "article", "body"). */
export function markupWords(trail: string): string[] {
  const words = new Set<string>();
  for (const part of trail.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(part);
  return [...words];
}

/**
 * The block's shape, each feature on a scale near 0..1. Not its place on the page: the model
 * judges blocks of a whole page and of one candidate container alike.
 */
export function shapeOf(block: ExtractedBlock): number[] {
  const words = wordsOf(block.text);
  const n = words.length;
  const text = block.text.trim();
  const sentences = (text.match(/[.!?…]["'”’)\]]*(?:\s|$)/g) ?? []).length;
  const capitals = (text.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
  const digits = words.filter((w) => /^\d/.test(w)).length;
  return [
    Math.log2(1 + n) / 8,
    block.hints?.linkDensity ?? 0,
    /[.!?…]["'”’)\]]*$/.test(text) ? 1 : 0,
    Math.min(1, sentences / 5),
    n ? Math.min(1, ((text.match(/,/g) ?? []).length / n) * 10) : 0,
    n ? capitals / n : 0,
    n ? digits / n : 0,
    block.type === 'heading' ? 1 : 0,
    block.type === 'list' ? 1 : 0,
    block.type === 'figure' ? 1 : 0,
    block.type === 'quote' ? 1 : 0,
  ];
}

/** Log-odds that the block is content, from its shape and markup words. */
export function contentLogit(block: ExtractedBlock, model: BlockModel = BLOCK_MODEL): number {
  const shape = shapeOf(block);
  let z = model.bias;
  for (let k = 0; k < shape.length; k++) z += shape[k]! * model.weights[k]!;
  for (const w of markupWords(block.hints?.trail ?? '')) z += model.markup[w] ?? 0;
  return z;
}

/** Probability (0..1) that each block is content, in reading order. */
export function contentScores(blocks: readonly ExtractedBlock[], model: BlockModel = BLOCK_MODEL): number[] {
  return blocks.map((b) => 1 / (1 + Math.exp(-contentLogit(b, model))));
}
