import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/clean/index.js';
import { annotate } from '../src/core/entities/index.js';
import { readDocument } from '../src/core/read.js';
import { isSiftMessage } from '../src/content/messages.js';
import { isArticle } from '../src/ui/article-check.js';
import { cleaningNotice, namesNotice } from '../src/ui/unfinished.js';
import { parse } from './helpers.js';

/**
 * The time budget the extension reads within: past it, the page answers with whole text and says
 * which cleaning rules and how much of the name marking were left undone.
 */

const SEED = readFileSync(new URL('../samples/seed-page.html', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('./fixtures/seed-expected.json', import.meta.url), 'utf8')) as { blocks: string[] };
const PAST = -1;

describe('reading within a time budget', () => {
  const doc = parse(SEED);
  const full = readDocument(doc);
  const cut = readDocument(doc, null, { deadline: PAST });

  it('with time to spare, nothing is left undone', () => {
    expect(readDocument(doc, null, { deadline: Number.MAX_SAFE_INTEGER })).toEqual({ ...full, stats: expect.anything() });
    expect(full.unfinished).toBeUndefined();
  });

  it('past the deadline every rule is named as skipped and nothing is removed', () => {
    expect(cut.unfinished).toEqual({ cleaning: RULES.map((r) => r.name) });
    expect(cut.removed).toEqual([]);
    expect(cut.blocks.length).toBe(full.blocks.length + full.removed.length);
  });

  it('the text is whole: the cut-short article holds every block the full one keeps, in order', () => {
    const texts = cut.blocks.map((b) => b.text);
    let at = 0;
    for (const b of full.blocks) {
      at = texts.indexOf(b.text, at);
      expect(at, b.text.slice(0, 40)).toBeGreaterThanOrEqual(0);
    }
    expect(full.blocks).toHaveLength(expected.blocks.length);
  });
});

describe('marking names within a time budget', () => {
  const article = readDocument(parse(SEED));

  it('past the deadline no names are marked and namesIn says so; the cleaning note is kept', () => {
    const cut = annotate({ ...article, unfinished: { cleaning: ['pull-quotes'] } }, { deadline: PAST });
    expect(cut.unfinished).toEqual({ cleaning: ['pull-quotes'], namesIn: 0 });
    expect(cut.people).toEqual([]);
    expect(cut.blocks.every((b) => b.spans.length === 0)).toBe(true);
  });

  it('a later full annotation replaces the partial one', () => {
    const cut = annotate(article, { deadline: PAST });
    const full = annotate(cut);
    expect(full.unfinished).toBeUndefined();
    expect(full.people.some((p) => p.name === 'John Kirby' && p.statements.length > 0)).toBe(true);
  });
});

describe('what crosses the page boundary', () => {
  const article = readDocument(parse(SEED));

  it('an article with a well-formed unfinished note passes the check; a malformed one does not', () => {
    expect(isArticle({ ...article, unfinished: { cleaning: ['repeated-blocks'], namesIn: 3 } })).toBe(true);
    expect(isArticle({ ...article, unfinished: { cleaning: 'repeated-blocks' } })).toBe(false);
    expect(isArticle({ ...article, unfinished: { namesIn: -1 } })).toBe(false);
    expect(isArticle({ ...article, unfinished: { namesIn: 1.5 } })).toBe(false);
  });

  it('get-article takes an optional budget in milliseconds, nothing else', () => {
    expect(isSiftMessage({ type: 'sift:get-article' })).toBe(true);
    expect(isSiftMessage({ type: 'sift:get-article', budgetMs: 4000 })).toBe(true);
    expect(isSiftMessage({ type: 'sift:get-article', budgetMs: 0 })).toBe(true);
    for (const budgetMs of [-1, Number.NaN, Infinity, '4000', null, 1e9]) {
      expect(isSiftMessage({ type: 'sift:get-article', budgetMs }), String(budgetMs)).toBe(false);
    }
    expect(isSiftMessage({ type: 'sift:ping', budgetMs: 10 })).toBe(false);
    expect(isSiftMessage({ type: 'sift:get-article', article })).toBe(false);
  });
});

describe('the notice the reader sees', () => {
  it('names the kinds of debris that may remain, from the rules skipped', () => {
    expect(cleaningNotice(['pull-quotes', 'repeated-blocks'])).toMatch(/repeated paragraphs and pull quotes may remain/);
    expect(cleaningNotice(RULES.map((r) => r.name))).toMatch(/page labels and credits, repeated paragraphs and pull quotes may remain/);
  });

  it('says how far names are marked', () => {
    const article = readDocument(parse(SEED));
    expect(namesNotice(article, 5)).toMatch(new RegExp(`first 5 of ${article.blocks.length} paragraphs`));
    expect(namesNotice(article, 0)).toMatch(/not marked yet/);
  });
});
