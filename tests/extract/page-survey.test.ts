import { describe, expect, it } from 'vitest';
import { surveyPage } from '../../src/core/extract/page-survey.js';
import { parse } from '../helpers.js';

const standard = (body: string) => parse(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const ids = (els: readonly Element[]) => els.map((el) => el.id);

describe('the survey of a page', () => {
  it('finds the post body a theme marks, wherever it stands (in a layout table, in a page-wide form), outermost only', () => {
    const doc = standard(`<form id="aspnet"><table><tr><td>
      <div id="post" class="post entry-content"><div id="inner" class="entry-content"><p>Text.</p></div></div>
    </td></tr></table></form>
    <div id="micro" itemprop="articleBody"><p>Other.</p></div>
    <div id="no" class="entry-contents story-body-wide"><p>Not a mark.</p></div>`);
    expect(ids(surveyPage(doc).postBodies)).toEqual(['post', 'micro']);
  });

  it('reads marks on any element that can hold text (a span of microdata), not inside drawings or scripts', () => {
    const doc = standard(`<svg><g class="entry-content"></g></svg><script type="text/template"></script>
      <p><span id="body" itemprop="articleBody">The story.</span></p><span id="dek" class="dek">Standfirst.</span>`);
    const survey = surveyPage(doc);
    expect(ids(survey.postBodies)).toEqual(['body']);
    expect(ids(survey.standfirstPlaces)).toEqual(['dek']);
  });

  it('gathers every meta tag in page order (microdata in the body too) and the body\'s first headline', () => {
    const doc = parse(`<!doctype html><html><head><meta id="d" name="description" content="x"></head><body>
      <div itemscope><meta id="p" itemprop="datePublished" content="2020-01-01"><h1 id="h">Headline</h1><h1>Second</h1></div></body></html>`);
    const survey = surveyPage(doc);
    expect(ids(survey.metas)).toEqual(['d', 'p']);
    expect(survey.headline?.id).toBe('h');
  });

  it('compares class names without case in a page in quirks mode, as selectors do there', () => {
    const quirks = parse('<html><body><div id="a" class="Entry-Content"><p>x</p></div></body></html>');
    expect(ids(surveyPage(quirks).postBodies)).toEqual(['a']);
    expect(surveyPage(standard('<div id="a" class="Entry-Content"><p>x</p></div>')).postBodies).toEqual([]);
  });

  it('lists places a standfirst may stand, in page order, never in menus, lists, forms or footers', () => {
    const doc = standard(`<header><h1>Headline</h1><p id="dek" class="article-dek">The standfirst.</p></header>
      <nav><p id="in-nav" class="summary">Menu summary</p></nav>
      <ul><li><p id="in-list" class="teaser">A teaser</p></li></ul>
      <div id="micro" itemprop="description">Described.</div>
      <footer><p id="in-footer" class="description">Site description</p></footer>
      <p id="after" class="lede">After the menus.</p>`);
    expect(ids(surveyPage(doc).standfirstPlaces)).toEqual(['dek', 'micro', 'after']);
  });

  it('stops at once on a page beyond what Readability should be given, reading none of its marks', () => {
    const doc = standard(`${'<div>'.repeat(50)}<div class="entry-content"><p class="dek">x</p></div>${'</div>'.repeat(50)}`);
    expect(surveyPage(doc, { maxDepth: 40 })).toEqual({ beyondReadability: true, postBodies: [], standfirstPlaces: [], metas: [], headline: null });
    expect(surveyPage(doc).postBodies).toHaveLength(1);
  });
});
