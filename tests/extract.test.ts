import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/core/index.js';
import { extractDocument } from '../src/core/extract/index.js';
import { BlockCollector } from '../src/core/extract/dom-blocks.js';
import { surveyPage } from '../src/core/extract/page-survey.js';
import { parse } from './helpers.js';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader something new about the events of the week, with enough words to count as prose.</p>`;
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Story title | Site</title>${head}</head><body>${body}</body></html>`;

describe('extraction from a page', () => {
  it('turns article markup into typed blocks with plain text', () => {
    const doc = parse(page(`<article><h1>Story title</h1>${para(1)}
      <h2>A <em>sub</em>heading</h2>${para(2)}
      <blockquote><p>A quoted line that stands on its own in the article.</p></blockquote>
      <ul><li>First <a href="/x">item</a></li><li>Second item</li></ul>
      <figure><img src="/img/a.jpg" alt="A picture"><figcaption>The caption</figcaption></figure>
      <pre>line 1\n  line 2</pre>${para(3)}${para(4)}</article>`));
    const { blocks } = extractDocument(doc, null);
    const shape = blocks.map((b) => [b.type, b.text]);
    expect(shape).toContainEqual(['heading', 'A subheading']);
    expect(shape).toContainEqual(['quote', 'A quoted line that stands on its own in the article.']);
    expect(blocks.find((b) => b.type === 'list')?.items).toEqual(['First item', 'Second item']);
    expect(blocks.find((b) => b.type === 'figure')).toMatchObject({ text: 'The caption', src: 'https://news.example.com/img/a.jpg', alt: 'A picture' });
    expect(blocks.find((b) => b.type === 'preformatted')?.text).toBe('line 1\n  line 2');
  });

  it('never merges the words of adjacent elements', () => {
    const doc = parse(page(`<article>${para(1)}<p>Alexandria<br>Ocasio-Cortez <b>said</b> no.</p><div>Before<div>inside</div>after</div>${para(2)}${para(3)}</article>`));
    const texts = extractDocument(doc, null).blocks.map((b) => b.text);
    expect(texts).toContain('Alexandria\nOcasio-Cortez said no.');
    expect(texts.join('|')).toContain('Before|inside|after');
  });

  it('does not touch the document it is given', () => {
    const doc = parse(page(`<main>${para(1)}${para(2)}${para(3)}${para(4)}</main>`));
    const before = doc.documentElement.outerHTML;
    cleanDocument(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds a short story Readability rejects by falling back to the densest container', () => {
    const doc = parse(page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="story"><p>Fire crews were called to the harbour at dawn on Sunday.</p><p>No one was hurt, the coastguard said.</p></div>
      <footer>About us</footer>`));
    const article = cleanDocument(doc);
    expect(article.blocks.map((b) => b.text)).toEqual(['Fire crews were called to the harbour at dawn on Sunday.', 'No one was hurt, the coastguard said.']);
  });

  it('reports no article for a page without prose', () => {
    for (const html of [page(''), page('<nav><a href="/">Home</a></nav>'), '', '<frameset><frame src="a.html"></frameset>']) {
      expect(cleanDocument(parse(html)).blocks).toEqual([]);
    }
  });

  it('takes the standfirst from the page markup when it is confirmed by the description', () => {
    const lead = 'The ministry said on Wednesday that one of its advisers in Syria was killed by shelling.';
    const doc = parse(page(`<article><h1>Story title</h1><div class="article__standfirst"><p>${lead}</p></div>${para(1)}${para(2)}${para(3)}</article>`,
      `<meta name="description" content="${lead.slice(0, 60)}…">`));
    const article = cleanDocument(doc);
    expect(article.lead).toBe(lead);
    expect(article.blocks.map((b) => b.text)).not.toContain(lead);
  });

  it('leaves the first paragraph in the body when nothing marks it as a standfirst', () => {
    const doc = parse(page(`<article>${para(1)}${para(2)}${para(3)}</article>`, `<meta name="description" content="Paragraph 1 of the story">`));
    const article = cleanDocument(doc);
    expect(article.lead).toBeNull();
    expect(article.blocks[0]?.text).toMatch(/^Paragraph 1/);
  });

  it('reads a text/plain document (how browsers show a .txt) as scraped text', () => {
    const doc = parse('<pre>Headline of the note\nFirst paragraph, a sentence.\nSecond paragraph.</pre>');
    Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
    const article = cleanDocument(doc);
    expect(article.title).toBe('Headline of the note');
    expect(article.blocks).toHaveLength(2);
  });

  it('keeps language and direction of right-to-left pages', () => {
    const doc = parse(`<html lang="ar" dir="rtl"><head><title>عنوان</title></head><body><article>${'<p>هذه فقرة طويلة من نص المقال تحتوي على كلمات كافية لتكون نصا حقيقيا في الخبر.</p>'.repeat(6)}</article></body></html>`);
    const article = cleanDocument(doc);
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(article.blocks.length).toBeGreaterThan(0);
  });
});

describe('the address of a saved page', () => {
  it('comes from the canonical link when the document has no web address of its own', () => {
    const html = `<html><head><link rel="canonical" href="https://news.example.com/a"></head><body><p>Text.</p></body></html>`;
    expect(extractDocument(new JSDOM(html).window.document, null).meta.url).toBe('https://news.example.com/a');
    expect(extractDocument(new JSDOM(html, { url: 'https://mirror.test/a' }).window.document, null).meta.url).toBe('https://mirror.test/a');
  });
});

describe('malformed article markup', () => {
  it('splits paragraphs that a wrapper left nested inside a paragraph', () => {
    const doc = parse('<html><body><article></article></body></html>');
    // Built with DOM calls, as Readability does: the HTML parser would never nest these.
    const outer = doc.createElement('p');
    const span = outer.appendChild(doc.createElement('span'));
    for (const [tag, text] of [['p', 'First paragraph of the story, long enough to count as prose here.'], ['h3', 'Status'], ['p', 'Second paragraph, also long enough.']] as const) {
      span.appendChild(doc.createElement(tag)).textContent = text;
    }
    doc.querySelector('article')!.append(outer);
    const blocks = new BlockCollector(null).collect(doc.querySelector('article')!);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('pathological nesting', () => {
  it('reads a page nested thousands of levels deep through the fallback, without overflowing or stalling', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the deeply nested story, long enough to be prose.</p>`).join('');
    const depth = 3000;
    const doc = parse(`<html><body>${'<div>'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}</body></html>`);
    expect(surveyPage(doc).beyondReadability).toBe(true);
    expect(cleanDocument(doc).blocks.map((b) => b.text)).toHaveLength(5);
  }, 60_000);

  it('measures depth and counts elements correctly on ordinary pages', () => {
    // html > body > section > div > div > p: 5 levels below <html>; 9 elements with head.
    const doc = parse('<html><body><div><p>a</p></div><section><div><div><p>b</p></div></div></section></body></html>');
    expect(doc.getElementsByTagName('*').length).toBe(9);
    expect(surveyPage(doc, { maxDepth: 5, maxElements: 9 }).beyondReadability).toBe(false);
    expect(surveyPage(doc, { maxDepth: 4, maxElements: 9 }).beyondReadability).toBe(true);
    expect(surveyPage(doc, { maxDepth: 5, maxElements: 8 }).beyondReadability).toBe(true);
  });
});

describe('lists without items', () => {
  it('reads the paragraphs of a <ul> that holds <p>s instead of <li>s (sloppy markup), rather than dropping them', () => {
    const words = ['Eurogeddon', 'Superstorm', 'Nomophobia', 'Higgs boson'];
    const meaning = ['the feared collapse of the euro', 'an unusually large storm', 'fear of being without a phone', 'a particle physicists found'];
    const html = `<html><body><article><p>${'The words of the year competed for the title, and these were the finalists chosen by the editors of the dictionary this year. '.repeat(3)}</p>
      <ul>${words.map((w, i) => `<p><strong>${w}:</strong> ${meaning[i]}</p>`).join('')}</ul>
      <p>${'Naturally, it is only appropriate to honour the winning word in the best way possible, with pictures. '.repeat(3)}</p></article></body></html>`;
    const texts = cleanDocument(parse(html), { entities: false }).blocks.map((b) => b.text);
    for (const w of words) expect(texts.some((t) => t.startsWith(`${w}:`))).toBe(true);
  });
});
