import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanDocument, cleanText, toHtml } from '../src/core/index.js';
import { readDocument, readText } from '../src/core/read.js';
import { wordCount } from '../src/core/text/normalize.js';
import { renderArticle, viewBlocks } from '../src/ui/article-view.js';
import { parse } from './helpers.js';

/** Pages in other writing systems, and input that is no text at all. */

const ZH = [
  '中国外交部发言人周二表示，双方将于下周在日内瓦恢复会谈，讨论停火协议的具体细节。',
  '发言人说，会谈的目标是在月底之前达成一项各方都能接受的协议，并尽快实现人道主义援助的通行。',
  '分析人士认为，这次会谈能否取得进展，很大程度上取决于各方是否愿意在关键问题上作出让步。',
  '据报道，联合国特使将出席会谈，并与各方代表举行一系列双边会晤，以推动谈判取得实质成果。',
];
const JA = [
  '政府は火曜日、来週ジュネーブで協議を再開すると発表した。停戦合意の詳細について話し合う予定だ。',
  '報道官によると、協議の目標は月末までにすべての当事者が受け入れられる合意に達することだという。',
  '専門家は、協議が進展するかどうかは各当事者が重要な問題で譲歩する意思があるかどうかにかかっていると見ている。',
];
const AR = [
  'قال المتحدث باسم وزارة الخارجية يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل في جنيف لمناقشة تفاصيل اتفاق وقف إطلاق النار.',
  'وأضاف المتحدث أن الهدف من المحادثات هو التوصل إلى اتفاق يقبله جميع الأطراف قبل نهاية الشهر.',
  'ويرى محللون أن نجاح المحادثات يعتمد إلى حد كبير على استعداد الأطراف لتقديم تنازلات في القضايا الرئيسية.',
];

const page = (lang: string, dir: string | null, title: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>${title}</title></head>
  <body><nav><a href="/">首页</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('Chinese and Japanese, written without spaces', () => {
  it('counts each ideograph and kana as a word, so reading time is that of the text', () => {
    expect(wordCount(ZH[0]!)).toBe([...ZH[0]!].filter((c) => /\p{sc=Han}/u.test(c)).length);
    expect(wordCount(JA[0]!)).toBeGreaterThan(40);
    const article = readText(`会谈将恢复\n\n${[...ZH, ...JA].join('\n\n')}`);
    // About 300 characters, so about 300 words, where counting runs between spaces made it 7.
    expect(article.stats.words).toBeGreaterThan(250);
  });

  it('drops a second copy of the body, exact or with a character changed', () => {
    const edited = ZH.map((p) => p.replace('会谈', '谈判'));
    const article = readDocument(parse(page('zh-CN', null, '会谈将恢复', [...ZH, ...edited])));
    expect(article.blocks.map((b) => b.text)).toEqual(ZH);
    expect(article.removed.every((r) => r.reason === 'repeated')).toBe(true);
    const ja = readDocument(parse(page('ja', null, '協議再開へ', [...JA, ...JA])));
    expect(ja.blocks.map((b) => b.text)).toEqual(JA);
  });

  it('keeps paragraphs that only share phrases', () => {
    const article = readDocument(parse(page('zh-CN', null, '会谈将恢复', ZH)));
    expect(article.blocks.map((b) => b.text)).toEqual(ZH);
    expect(article.removed.map((r) => r.rule)).toEqual(['repeated-title-lead']);
  });
});

describe('right-to-left text', () => {
  it('keeps the declared direction and drops a repeated copy', () => {
    const article = cleanDocument(parse(page('ar', 'rtl', 'استئناف المحادثات', [...AR, ...AR])));
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(article.blocks.map((b) => b.text)).toEqual(AR);
  });

  it('an undeclared direction is left to the text: each block in the popup, the whole export', () => {
    const article = readDocument(parse(page('ar', null, 'استئناف المحادثات', AR)));
    expect(article.dir).toBeNull();
    const { document } = new JSDOM('<article></article>').window;
    const root = document.querySelector('article')!;
    const g = globalThis as { document?: Document };
    const saved = g.document;
    g.document = document;
    try {
      renderArticle(root, article, viewBlocks(article, new Set()));
    } finally {
      g.document = saved;
    }
    expect(root.hasAttribute('dir')).toBe(false);
    expect([...root.children].every((c) => c.getAttribute('dir') === 'auto')).toBe(true);
    expect(toHtml(article)).toMatch(/<html lang="ar" dir="auto">/);
  });
});

describe('binary data served or saved as text', () => {
  // Deterministic bytes without NUL (NUL alone already marks a file as binary for the CLI).
  let seed = 7;
  const bytes = Uint8Array.from({ length: 60_000 }, () => ((seed = (seed * 16807) % 2147483647) % 255) + 1);
  const asLatin1 = new TextDecoder('windows-1252').decode(bytes);
  const asUtf8 = new TextDecoder('utf-8').decode(bytes);

  it('is no article, however it was decoded, as a page or as text', () => {
    for (const text of [asLatin1, asUtf8]) {
      expect(readDocument(parse(`<html><body>${text}</body></html>`)).blocks).toEqual([]);
      expect(readText(text).blocks).toEqual([]);
      expect(cleanText(text).people).toEqual([]);
    }
  });

  it('a stray block of it in a real article goes, the article stays', () => {
    const article = readDocument(parse(page('en', null, 'Talks to resume', [
      'The talks will resume next week in Geneva, the foreign ministry said on Tuesday, to settle the details.',
      asLatin1.slice(0, 400),
      'Analysts said progress would depend on whether the parties were willing to compromise on key issues.',
    ])));
    expect(article.blocks).toHaveLength(2);
  });
});
