import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../src/core/clean/index.js';
import { extractDocument, extractText } from '../src/core/extract/index.js';
import { cleanDocument, cleanText, type Article } from '../src/core/index.js';
import { wordsOf } from '../src/core/text/normalize.js';
import { parse } from './helpers.js';

/** Words from a small pool, so that generated texts repeat each other the way scraped pages do. */
const word = fc.constantFrom('the', 'minister', 'said', 'Syria', 'on', 'Wednesday', 'read', 'more', '4', 'min', 'share', 'by',
  'Jane', 'Doe', 'advertisement', '"quoted"', 'café', 'مرحبا', '新闻', '-', '|', 'and', 'strikes', 'Aleppo', 'positive', 'things');
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
const line = fc.oneof(
  sentence,
  fc.constantFrom('Breadcrumb', '4 min read', 'Share this article', 'Advertisement', '', ' ', "'Brutal offensive'"),
  sentence.map((s) => `${s.split(' ').slice(0, 8).join(' ')} - Jane Doe, minister |`),
);
/** Texts that reuse their own lines: repeated runs, echoes and all. */
const scrapedText = fc.tuple(fc.array(line, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 15 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, picks, newline]) => [...lines, ...picks.map((i) => lines[i % Math.max(1, lines.length)] ?? '')].join(newline));

const tag = fc.constantFrom('p', 'div', 'h2', 'blockquote', 'aside', 'section', 'li', 'b', 'span', 'figure');
const htmlNode: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    sentence.map((s) => s.replace(/</g, '&lt;')),
    // Children are space-separated: adjacent inline words with no space between them are one word.
    fc.tuple(tag, fc.array(tie('node'), { maxLength: 5 })).map(([t, kids]) => `<${t} class="c">${kids.join(' ')}</${t}>`)),
})).node as fc.Arbitrary<string>;
const html = fc.array(htmlNode, { maxLength: 12 }).map((nodes) => `<html><body><article>${nodes.join(' ')} ${nodes.join(' ')}</article></body></html>`);

/** The page's words as a reader sees them: text nodes are never glued to the next element's text. */
function pageWords(doc: Document): readonly string[] {
  const walker = doc.createTreeWalker(doc.body ?? doc, 4);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return wordsOf(parts.join(' '));
}

/** Is `sub` a subsequence of `seq`? */
function isSubsequence(sub: readonly string[], seq: readonly string[]): boolean {
  let j = 0;
  for (const w of seq) if (j < sub.length && w === sub[j]) j++;
  return j === sub.length;
}

const bodyWords = (a: Article) => a.blocks.flatMap((b) => wordsOf(b.type === 'list' ? (b.items ?? []).join(' ') : b.text));
const RUNS = { numRuns: 150 };

describe('cleaning scraped text, for any input', () => {
  it('never throws, keeps the body a subsequence of the input, and records every removal', () => {
    fc.assert(fc.property(scrapedText, (text) => {
      const article = cleanText(text);
      const input = wordsOf(text);
      expect(isSubsequence(bodyWords(article), input)).toBe(true);
      for (const extra of [article.title, article.lead ?? '']) expect(isSubsequence(wordsOf(extra), input)).toBe(true);
      for (const r of article.removed) expect(r.rule && r.reason).toBeTruthy();
    }), RUNS);
  });

  it('is idempotent: cleaning the cleaned blocks removes nothing more', () => {
    fc.assert(fc.property(scrapedText, (text) => {
      const extraction = extractText(text, null);
      const once = cleanBlocks(extraction);
      const twice = cleanBlocks({ meta: extraction.meta, blocks: once.blocks });
      expect(twice.removed).toEqual([]);
      expect(twice.blocks).toEqual(once.blocks);
    }), RUNS);
  });

  it('accounts for every extracted block: kept or removed, never both, never lost', () => {
    fc.assert(fc.property(scrapedText, (text) => {
      const extraction = extractText(text, null);
      const { blocks, removed } = cleanBlocks(extraction);
      expect(blocks.length + removed.length).toBe(extraction.blocks.length);
    }), RUNS);
  });
});

describe('cleaning a page, for any markup', () => {
  it('never throws, keeps the body a subsequence of the page text, and is idempotent', () => {
    fc.assert(fc.property(html, (markup) => {
      const doc = parse(markup);
      const article = cleanDocument(doc);
      expect(isSubsequence(bodyWords(article), pageWords(doc))).toBe(true);
      const extraction = extractDocument(doc, null);
      const once = cleanBlocks(extraction);
      expect(cleanBlocks({ meta: extraction.meta, blocks: once.blocks }).removed).toEqual([]);
    }), { numRuns: 40 });
  }, 60_000);
});

/**
 * Broken and hostile markup: unclosed and stray tags, scripts and styles, foreign content, comments,
 * entities, attributes with quotes in them, and any characters at all (controls, surrogates'
 * neighbours, right-to-left marks) between them.
 */
const SECRET = 'zzsecretzz';
const junk = fc.oneof(
  sentence,
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[<&]/g, ' ')),
  fc.constantFrom(
    '<p>', '</p>', '<div class="story">', '</div>', '<b><i>', '</b>', '<li>', '<table><tr><td>', '</td>', '<br>', '<hr/>',
    `<script>var x = "${SECRET} </p>";</script>`, `<style>.a{content:"${SECRET}"}</style>`,
    // Not secret: before <body>, the parser moves a <noscript>'s text into the body, as a browser without scripts shows it.
    '<noscript>Please enable JavaScript</noscript>',
    `<template><p>${SECRET} in a template paragraph that is long enough to be one</p></template>`,
    '<svg><desc>drawing</desc><foreignObject><p>inside svg</p></foreignObject></svg>', '<math><mi>x</mi></math>',
    '<!-- a comment <p>', '-->', '<![CDATA[ x ]]>', '&amp;', '&nbsp;', '&#0;', '&#xD800;', '&bogus;',
    '<a href="javascript:alert(1)" onclick="alert(2)">link</a>', '<img src=x onerror=alert(1) alt="a &quot; b">',
    '<p title=\'unterminated>', '</article>', '<article>', '<frameset>', '<body>', '</html>', '\u202e', '\u0000',
  ),
);
const brokenPage = fc.array(junk, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('cleaning broken and hostile markup, for any input', () => {
  it('never throws, never shows script, style or template text, and keeps the body a subsequence of the page text', () => {
    fc.assert(fc.property(brokenPage, fc.boolean(), (markup, wrap) => {
      const doc = parse(wrap ? `<html><body><article>${markup}</article></body></html>` : markup);
      const article = cleanDocument(doc);
      const shown = [article.title, article.lead ?? '', ...article.blocks.map((b) => `${b.text} ${(b.items ?? []).join(' ')}`)].join(' ');
      expect(shown).not.toContain(SECRET);
      expect(isSubsequence(bodyWords(article), pageWords(doc))).toBe(true);
      for (const r of article.removed) expect(r.rule && r.reason).toBeTruthy();
    }), { numRuns: 60 });
  }, 60_000);

  it('reads any characters as text without throwing, and never keeps a control code', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const article = cleanText(text, { entities: false });
      for (const b of article.blocks) expect(b.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }), { numRuns: 200 });
  });
});
