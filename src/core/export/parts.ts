import type { Article, Block, Statement } from '../article.js';
import { httpUrl } from './urls.js';

/** What every export shows under the title: who wrote it, where, when, and where from. */
export interface MetaLine {
  /** Byline, site and date, in that order, without empties or repeats. */
  labels: string[];
  /** The article's address when it is a linkable http(s) URL. */
  url: string | null;
  /** The address as given when it is not linkable, so it is still shown, as text. */
  urlText: string | null;
}

export const META_SEPARATOR = ' · ';

export function metaLine(article: Article): MetaLine {
  const labels: string[] = [];
  for (const value of [article.byline, article.siteName, displayDate(article.published)]) {
    const label = value?.trim();
    if (label && !labels.includes(label)) labels.push(label);
  }
  const url = httpUrl(article.url);
  const urlText = url ? null : article.url?.trim() || null;
  return { labels, url, urlText };
}

// Machine timestamps ("2016-02-03T17:45:00+00:00") read badly; the publisher's calendar date is
// what a reader wants. Anything that is not ISO-like is already human text and is kept as is.
function displayDate(published: string | null): string | null {
  return published?.match(/^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/)?.[1] ?? published;
}

/** Body heading level below the title (which is level 1), within what HTML and Markdown allow. */
export function headingLevel(block: Block): number {
  return Math.min(6, Math.max(2, block.level ?? 2));
}

export function listItems(block: Block): string[] {
  const items = block.items?.length ? block.items : block.text.split('\n');
  return items.map((item) => item.trim()).filter(Boolean);
}

/** Non-blank lines of a block's text, trimmed: layout whitespace from the page carries no meaning. */
export function textLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Preformatted text keeps its indentation; only the blank lines around it go. */
export function preformattedText(text: string): string {
  return text.replace(/^\s*\n|\s+$/g, '');
}

/** Sections separated by one blank line, empty ones dropped, ending with a newline like any text file. */
export function joinSections(sections: string[]): string {
  return sections.filter((s) => s !== '').join('\n\n') + '\n';
}

export interface Speaker {
  name: string;
  statements: Statement[];
}

/**
 * The "Who said what" section: every person or organisation the annotator credited with words,
 * in the order the article introduces them, each statement in reading order (lead first).
 */
export function speakers(article: Article): Speaker[] {
  return article.people
    .filter((person) => person.statements.length > 0)
    .map((person) => ({
      name: person.name,
      statements: [...person.statements].sort((a, b) => a.block - b.block),
    }));
}

export const WHO_SAID_WHAT = 'Who said what';

/** What an export holds beyond the article itself. */
export interface ExportOptions {
  /**
   * Who said what, after the article (text, HTML) or in YAML front matter (Markdown). Off by
   * default: the quotations are in the body already, and an export is the article once.
   */
  speakers?: boolean;
}

/** Direct speech is shown in quotation marks so it reads apart from reported speech. */
export function statementText(statement: Statement): string {
  // A reported clause that holds a partial quotation already shows its own marks.
  return statement.direct && !/["“”]/.test(statement.text) ? `“${statement.text}”` : statement.text;
}
