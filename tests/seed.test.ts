import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../src/core/index.js';
import { parse } from './helpers.js';

const expected = JSON.parse(readFileSync(new URL('./fixtures/seed-expected.json', import.meta.url), 'utf8')) as {
  title: string; lead: string; blocks: string[];
  debris: { boilerplate: string[]; pull_quotes: string[] };
};
const sample = (name: string) => readFileSync(new URL(`../samples/${name}`, import.meta.url), 'utf8');

describe.each([
  ['scraped text', () => cleanText(sample('seed-scraped.txt'))],
  ['page', () => cleanDocument(parse(sample('seed-page.html'), 'https://news.example.com/world/russian-adviser'))],
])('the seed article as %s', (_, clean) => {
  const article = clean();

  it('keeps exactly the 22 body blocks, each once, in order', () => {
    expect(article.blocks.map((b) => b.text)).toEqual(expected.blocks);
  });

  it('has the right title and lead', () => {
    expect(article.title).toBe(expected.title);
    expect(article.lead).toBe(expected.lead);
  });

  it("marks 'Brutal offensive' as a heading", () => {
    expect(article.blocks.find((b) => b.text === "'Brutal offensive'")?.type).toBe('heading');
  });

  it('records every removal with a reason and a rule', () => {
    expect(article.removed.length).toBeGreaterThan(20);
    for (const r of article.removed) {
      expect(['repeated', 'pull-quote', 'boilerplate']).toContain(r.reason);
      expect(r.rule).toMatch(/^[a-z-]+$/);
    }
    const shown = new Set(article.blocks.map((b) => b.text));
    for (const r of article.removed) expect(shown.has(r.text) && r.reason !== 'repeated').toBe(false);
  });
});

describe('the seed page', () => {
  const article = cleanDocument(parse(sample('seed-page.html')));
  it('keeps the page metadata', () => {
    expect(article).toMatchObject({ siteName: 'Example News', lang: 'en', dir: 'ltr', published: '2016-02-03T17:45:00+00:00' });
  });
});

describe('the seed scraped text', () => {
  const article = cleanText(sample('seed-scraped.txt'));
  it('names the pull quotes and page labels for what they are', () => {
    const byReason = (reason: string) => article.removed.filter((r) => r.reason === reason).map((r) => r.text);
    expect(byReason('pull-quote')).toEqual(expected.debris.pull_quotes);
    expect(byReason('boilerplate')).toEqual(expected.debris.boilerplate);
    expect(byReason('repeated')).toHaveLength(21);
  });
});
