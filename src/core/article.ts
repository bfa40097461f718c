/**
 * The one contract between pipeline stages and every surface (popup, reader view, exports, CLI).
 * Blocks carry plain text with offsets, never HTML, so no surface ever has to trust page markup.
 */

export type BlockType = 'heading' | 'paragraph' | 'quote' | 'list' | 'figure' | 'preformatted';

export interface Span {
  start: number;
  end: number;
  kind: 'speaker' | 'person' | 'organisation' | 'place' | 'quote';
  ref: string;
}

export interface Block {
  type: BlockType;
  text: string;
  level?: number;
  items?: string[];
  /** Figures: the image URL and its alternative text (the caption is `text`). */
  src?: string;
  alt?: string;
  spans: Span[];
}

export type RemovalReason = 'repeated' | 'pull-quote' | 'boilerplate';

export interface Removed {
  text: string;
  reason: RemovalReason;
  /** Name of the cleaning rule (module) that took it out. */
  rule: string;
  /** Index of the block in the extracted (pre-cleaning) sequence, so a surface can put it back in place. */
  at: number;
  /** The whole block, so that restoring it loses nothing (lists keep their items, figures their image). */
  block: Block;
}

export interface Statement {
  block: number;
  text: string;
  direct: boolean;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  kind: 'person' | 'organisation';
  statements: Statement[];
}

export interface Place {
  id: string;
  name: string;
  aliases: string[];
}

export interface ArticleStats {
  words: number;
  readingMinutes: number;
  msExtract: number;
  msClean: number;
  msAnnotate: number;
}

/**
 * Work a time budget cut short (the extension reads within one, so that a monster page still
 * answers); absent when everything ran. The text itself is always whole.
 */
export interface Unfinished {
  /** Cleaning rules that did not run: the debris they remove may remain. */
  cleaning?: string[];
  /** Names were looked for in the lead and the first `namesIn` blocks only. */
  namesIn?: number;
}

/** What a page says about its article: everything but the body and its annotation. */
export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  published: string | null;
  url: string | null;
  /** Standfirst / dek, when the page has one. */
  lead: string | null;
}

export interface Article extends ArticleMeta {
  /** Names marked in the lead (offsets into `lead`); statements found there have block -1. */
  leadSpans?: Span[];
  blocks: Block[];
  removed: Removed[];
  people: Person[];
  places: Place[];
  stats: ArticleStats;
  unfinished?: Unfinished;
  /**
   * Cleaning rules whose removals were undone because the cleaned text looked broken next to
   * what extraction kept (the safety net), and why; absent when none was.
   */
  undone?: { rules: string[]; why: string };
  /**
   * The page does not look like an article: what it looks like instead, completing "the page
   * looks like …" ("a sign-in form", "search results"). Surfaces show an empty state with a way
   * to read it anyway; the blocks are still there.
   */
  notArticle?: string;
}
