import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/core/index.js';
import { parse } from './helpers.js';

const para = (n: number) => `<p>Paragraph ${n} of the story tells what happened in the town on Tuesday, who was there, and what the council decided to do about the flooded road next to the school.</p>`;

describe('never worse than the extractor it cleans', () => {
  it('still uses Readability when the page refuses to be cloned (a malformed attribute in some DOMs)', () => {
    // The densest block of text on this page is a send-to-a-friend box; Readability knows better.
    const box = Array.from({ length: 14 }, (_, k) => k).map(() => '<p>Send to e-mail: enter the address of your friend, your own name and a short note to go with the link we send</p>').join('');
    const html = `<html><head><title>Flood</title></head><body><div class="sidebar share-email">${box}</div>
      <article class="post-content">${[1, 2, 3, 4, 5, 6].map(para).join('')}</article></body></html>`;
    const doc = parse(html);
    doc.cloneNode = () => { throw new DOMException('The string contains invalid characters.', 'InvalidCharacterError'); };
    const article = cleanDocument(doc, { entities: false });
    expect(article.blocks.map((b) => b.text)).toEqual([1, 2, 3, 4, 5, 6].map((n) => expect.stringContaining(`Paragraph ${n} of the story`)));
  });

  it('keeps a one-paragraph post that equals its meta description in the body', () => {
    const post = 'Our open rates doubled this spring after we rewrote every subject line of the weekly newsletter to ask the reader one plain question.';
    const html = `<html><head><title>What we learned</title><meta name="description" content="${post}"></head><body>
      <article><p class="entry-summary">${post}</p><div class="author-bio"><p>Jane writes about email.</p></div></article></body></html>`;
    const article = cleanDocument(parse(html), { entities: false });
    expect(article.blocks.map((b) => b.text)).toContain(post);
  });

  it('undoes a rule that took out the list the post is, and says so', () => {
    const items = [
      'Your invoice is ready (41% opened)', 'We miss you already (38% opened)', 'Last chance for the spring sale (52% opened)',
      'A question for you, Sam (61% opened)', 'Three things we changed this week (29% opened)', 'Your account, one year on (44% opened)',
    ];
    const html = `<html><head><title>Subject lines that worked</title></head><body><article><h1>Subject lines that worked</h1>
      <p>We sent forty campaigns this spring, and these are the subject lines that people actually opened, with the share of readers who did.</p>
      <ul>${items.map((t) => `<li><a href="/e/${t.length}">${t}</a></li>`).join('')}</ul></article></body></html>`;
    const article = cleanDocument(parse(html), { entities: false });
    const list = article.blocks.find((b) => b.type === 'list');
    expect(list?.items).toEqual(items);
    expect(article.undone?.rules).toEqual(['related-links']);
    expect(article.removed.some((r) => r.rule === 'related-links')).toBe(false);
  });
});

describe('the dek under the headline', () => {
  const body = [1, 2, 3, 4, 5].map(para).join('');
  const dek = 'The council voted to close the road for the winter, and the school will move its buses to the north gate.';
  for (const cls of ['entry-summary', 'standfirst', 'dek', 'subtitle', 'summary', 'lede', 'article__description']) {
    it(`becomes the lead when the header marks it "${cls}", though Readability leaves it out`, () => {
      const html = `<html><head><title>Road closed</title></head><body><div class="wrap"><header class="entry-header"><h1>Road closed for the winter</h1>
        <p class="${cls}">${dek}</p><span class="byline">By Jane Doe</span></header><div class="entry-content">${body}</div></div></body></html>`;
      const article = cleanDocument(parse(html), { entities: false });
      expect(article.lead).toBe(dek);
      expect(article.blocks.map((b) => b.text)).not.toContain(dek);
    });
  }

  it('leaves a "lede" paragraph that opens the body in the body', () => {
    const html = `<html><head><title>Road closed</title></head><body><article><h1>Road closed for the winter</h1>
      <p class="lede">${dek}</p>${body}</article></body></html>`;
    const article = cleanDocument(parse(html), { entities: false });
    expect(article.lead).toBeNull();
    expect(article.blocks[0]!.text).toBe(dek);
  });
});

describe('text decoded twice', () => {
  it('reads paragraphs garbled by UTF-8 read as Latin-1 (NBC\u00e2\u0080\u0099s) instead of dropping them as binary', () => {
    const garbled = (n: number) => para(n).replace(/what happened/, 'what happened at the town\u00e2\u0080\u0099s \u00e2\u0080\u009cbig\u00e2\u0080\u009d meeting');
    const article = cleanDocument(parse(`<html><body><article>${[1, 2, 3, 4, 5].map(garbled).join('')}</article></body></html>`), { entities: false });
    expect(article.blocks).toHaveLength(5);
  });
});
