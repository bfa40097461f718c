import type { ArticleMeta, Block } from '../article.js';

/**
 * What the page's markup said about where a block came from. Only extraction sees markup; the
 * cleaners read these hints instead, so they work the same on pages and on scraped text (which
 * has none).
 */
export interface MarkupHints {
  /** Tag and class names of the block's element and its ancestors inside the article, lower-cased, nearest first. */
  trail: string;
  /** Share of the block's text that sits inside links (0..1). */
  linkDensity: number;
  /** The whole text is bold or strong: how pages style a pull quote set in the body's flow. */
  emphasised: boolean;
}

export interface ExtractedBlock extends Block {
  hints?: MarkupHints;
}

export type ExtractedMeta = ArticleMeta;

export interface Extraction {
  meta: ExtractedMeta;
  blocks: ExtractedBlock[];
}
