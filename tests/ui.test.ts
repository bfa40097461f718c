// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/index.js';
import { renderArticle, viewBlocks, withMarks } from '../src/ui/article-view.js';
import { fileName } from '../src/ui/export-files.js';
import { removedList, whoSaidWhat } from '../src/ui/panels.js';

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';

function article(): Article {
  return {
    title: `Title ${HOSTILE}`, byline: null, siteName: null, lang: 'en', dir: 'ltr', published: null, url: null, lead: null,
    blocks: [
      { type: 'paragraph', text: 'John Kirby said so in Aleppo.', spans: [
        { start: 0, end: 10, kind: 'speaker', ref: 'person-john-kirby' },
        { start: 22, end: 28, kind: 'place', ref: 'place-aleppo' },
      ] },
      { type: 'paragraph', text: HOSTILE, spans: [] },
    ],
    removed: [{ text: 'Breadcrumb', reason: 'boilerplate', rule: 'page-labels', at: 0, block: { type: 'paragraph', text: 'Breadcrumb', spans: [] } }],
    people: [{ id: 'person-john-kirby', name: 'John Kirby', aliases: [], kind: 'person', statements: [{ block: 0, text: 'so', direct: false }] }],
    places: [{ id: 'place-aleppo', name: 'Aleppo', aliases: [] }],
    stats: { words: 6, readingMinutes: 1, msExtract: 0, msClean: 0, msAnnotate: 0 },
  };
}

describe('rendering an article', () => {
  it('marks names with data-entity and data-ref, and shows markup-looking page text literally', () => {
    const root = document.createElement('article');
    const a = article();
    renderArticle(root, a, viewBlocks(a, new Set()));
    expect([...root.querySelectorAll('mark')].map((m) => [m.dataset.entity, m.dataset.ref, m.textContent])).toEqual([
      ['speaker', 'person-john-kirby', 'John Kirby'], ['place', 'place-aleppo', 'Aleppo'],
    ]);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('[data-block="1"]')!.textContent).toBe(HOSTILE);
    expect(root.querySelector('h1')!.textContent).toBe(`Title ${HOSTILE}`);
  });

  it('puts a removed block back in its reading-order place, marked as restored', () => {
    const a = article();
    const view = viewBlocks(a, new Set([0]));
    expect(view.map((v) => [v.index, v.block.text.slice(0, 10)])).toEqual([[null, 'Breadcrumb'], [0, 'John Kirby'], [1, '<img src=x']]);
  });

  it('ignores spans that fall outside the text or overlap', () => {
    const nodes = withMarks('Short', [{ start: 0, end: 3, kind: 'person', ref: 'a' }, { start: 2, end: 4, kind: 'place', ref: 'b' }, { start: 3, end: 99, kind: 'place', ref: 'c' }], new Map());
    expect(nodes.map((n) => n.textContent)).toEqual(['Sho', 'rt']);
  });
});

describe('panels', () => {
  it('lists speakers with their statements as buttons that go to the paragraph', () => {
    const visited: number[] = [];
    const panel = whoSaidWhat(article(), (b) => visited.push(b));
    panel.querySelector<HTMLButtonElement>('button')!.click();
    expect(panel.textContent).toContain('John Kirby');
    expect(visited).toEqual([0]);
  });

  it('offers to put each removed block back', () => {
    const toggled: number[] = [];
    const panel = removedList(article(), new Set(), (at) => toggled.push(at));
    expect(panel.textContent).toContain('Page furniture');
    panel.querySelector<HTMLButtonElement>('[data-restore]')!.click();
    expect(toggled).toEqual([0]);
  });
});

describe('export file names', () => {
  it('come from the title, without characters file systems refuse, never empty or endless', () => {
    expect(fileName('Russian adviser: killed? "in" Syria', 'md')).toBe('Russian adviser killed in Syria.md');
    expect(fileName('', 'txt')).toBe('article.txt');
    expect(fileName('...', 'json')).toBe('article.json');
    expect(fileName('x'.repeat(300), 'html')).toHaveLength(85);
  });
});
