import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/core/extract/index.js';
import { contentScores } from '../../src/core/extract/block-model.js';
import { BlockCollector } from '../../src/core/extract/dom-blocks.js';
import { parse } from '../helpers.js';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>A post | Blog</title></head><body>${body}</body></html>`;

/** A short post: one paragraph, few commas (Readability scores paragraphs by their commas and length). */
const POST = `<div class="post_box hentry"><h2 class="entry-title">Walking the old canal</h2>
  <div class="format_text entry-content">
    <p>We set out from the lock at dawn when the towpath was still wet and the herons stood in the reeds like posts. By noon the canal had narrowed to a green ribbon and the only sound was the water under the old stone bridges.</p>
  </div></div>`;

/** A long thread of readers' comments beside it, which Readability picks instead. */
const comment = (n: number) => `<dt class="comment"><p>Comment ${n}: I walked that stretch last year, and yes, the bridges, the herons, the quiet, all of it, exactly as you say, though the lock keeper, a kind man, told us the water is lower every summer, which worried me, and still does.</p><p class="comment-meta">Reader ${n} / July ${n}, 2012 at 5:0${n % 10} pm</p></dt>`;
const THREAD = `<div id="comments"><dl id="comment_list">${Array.from({ length: 14 }, (_, i) => comment(i + 1)).join('')}</dl></div>`;

const texts = (html: string) => extractDocument(parse(page(html)), null).blocks.map((b) => b.text).join('\n');

describe('the marked post body against the part Readability picked', () => {
  it('reads the post, not the comment thread that outscored it', () => {
    const text = texts(`<div id="page"><div id="content" class="hfeed">${POST}${THREAD}</div></div>`);
    expect(text).toContain('We set out from the lock at dawn');
    expect(text).not.toContain('Comment 3:');
  });

  it("keeps Readability's pick when it holds the marked body and more (the story goes on outside it)", () => {
    const more = '<p>After the third bridge the path turns away from the water, climbs through an orchard, and comes down again at the basin, where the boats are moored three deep.</p>'.repeat(3);
    const text = texts(`<article class="story">${POST}${more}</article>`);
    expect(text).toContain('We set out from the lock at dawn');
    expect(text).toContain('After the third bridge');
  });

  it('keeps a long story Readability found over a marked teaser of links elsewhere', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the report, with the council's figures, the residents' objections, and what the minister said on Tuesday about the plan.</p>`).join('');
    const teaser = '<div class="sidebar"><div class="entry-content"><a href="/a">Read more</a> <a href="/b">Older posts</a></div></div>';
    const text = texts(`<article><h1>Report</h1>${story}</article>${teaser}`);
    expect(text).toContain('Paragraph 8 of the report');
    expect(text).not.toContain('Older posts');
  });
});

describe('the block model', () => {
  it('scores story sentences as content and a comment header or a link menu as page', () => {
    const doc = parse(page(`<div class="entry-content"><p>We set out from the lock at dawn, when the towpath was still wet and the herons stood in the reeds like posts.</p></div>
      <div class="sidebar widget"><ul><li><a href="/1">Home</a></li><li><a href="/2">About</a></li><li><a href="/3">Archives</a></li></ul></div>
      <dl class="comments"><dt class="comment-author">Pilar / July 13, 2012 at 5:03 pm</dt></dl>`));
    const blocks = new BlockCollector(null).collect(doc.body);
    const p = contentScores(blocks);
    const of = (start: string) => p[blocks.findIndex((b) => b.text.startsWith(start))]!;
    expect(of('We set out')).toBeGreaterThan(0.5);
    expect(of('Home')).toBeLessThan(0.5);
    expect(of('Pilar')).toBeLessThan(0.5);
  });
});
