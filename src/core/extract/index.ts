import { matchKey, wordCount } from '../text/normalize.js';
import { BlockCollector } from './dom-blocks.js';
import { densestContainer } from './densest.js';
import type { ExtractedBlock, Extraction } from './extracted.js';
import { findLead } from './lead.js';
import { firstMeta } from './meta-tags.js';
import { surveyPage } from './page-survey.js';
import { prefersPostBody } from './post-body.js';
import { runReadability } from './readability.js';
import { extractText } from './text-blocks.js';

export type { Extraction, ExtractedBlock, ExtractedMeta, MarkupHints } from './extracted.js';
export { extractText } from './text-blocks.js';

const OPENING_BLOCKS = 4;
/** Readability sometimes settles on a menu: text that is nearly all links is no article. */
const MAX_LINK_SHARE = 0.9;

function mostlyLinks(blocks: readonly ExtractedBlock[]): boolean {
  let chars = 0;
  let linked = 0;
  for (const b of blocks) {
    chars += b.text.length;
    linked += b.text.length * (b.hints?.linkDensity ?? 0);
  }
  return chars > 0 && linked >= chars * MAX_LINK_SHARE;
}

/** `metas`: the page's meta tags (from the survey; a page too large for it is asked directly). */
function publishedFrom(doc: Document, metas: readonly Element[]): string | null {
  const meta = firstMeta(metas, ['property=article:published_time', 'name=date', 'itemprop=datePublished']);
  const v = meta?.getAttribute('content') ?? [...doc.getElementsByTagName('time')].find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime');
  return v?.trim() || null;
}

const httpUrl = (raw: string | null | undefined) => (raw && /^https?:\/\//i.test(raw.trim()) ? raw.trim() : null);

/** Where the page lives: its own address, or, for a saved copy, the address it declares. */
function pageUrl(doc: Document): string | null {
  return httpUrl(doc.URL)
    ?? httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))
    ?? httpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
}

function directionOf(raw: string | null): 'ltr' | 'rtl' | null {
  const d = raw?.toLowerCase();
  return d === 'rtl' || d === 'ltr' ? d : null;
}

/**
 * A "standfirst" that is the body's longest paragraph, or half its words, is the post itself (a
 * one-paragraph post whose description repeats it): it stays in the body.
 */
function unlessBody(lead: string | null, blocks: readonly ExtractedBlock[]): string | null {
  if (!lead) return null;
  const key = matchKey(lead);
  if (!blocks.some((b) => matchKey(b.text) === key)) return lead;
  const counts = blocks.map((b) => wordCount(b.text));
  const total = counts.reduce((n, k) => n + k, 0);
  const longest = counts.reduce((best, k, i) => (k > counts[best]! ? i : best), 0);
  return matchKey(blocks[longest]!.text) === key || key.split(' ').length * 2 > total ? null : lead;
}

/** Readability's article, or the densest text container when it finds none. */
export function extractDocument(doc: Document, url: string | null): Extraction {
  if (doc.contentType === 'text/plain' && doc.body) return extractText(doc.body.textContent ?? '', url);
  const base = url ?? pageUrl(doc);
  const survey = surveyPage(doc);
  const read = runReadability(doc, survey);
  let blocks = read?.content ? new BlockCollector(base).collect(read.content) : [];
  // The one body the page marks; a page marking several is a list of posts.
  const post = blocks.length && survey.postBodies.length === 1 ? survey.postBodies[0]! : null;
  if (post) {
    const postBlocks = new BlockCollector(base).collect(post);
    if (prefersPostBody(blocks, postBlocks)) blocks = postBlocks;
  }
  if (!blocks.length || mostlyLinks(blocks)) {
    const dense = densestContainer(doc);
    // The collector only reads: no copy of the container (on a 20 MB page the copy alone took seconds).
    blocks = dense ? new BlockCollector(base).collect(dense) : [];
  }
  const root = doc.documentElement;
  const title = read?.title ?? (doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || '');
  return {
    meta: {
      title,
      byline: read?.byline ?? null,
      siteName: read?.siteName ?? null,
      lang: read?.lang ?? (root?.getAttribute('lang')?.trim() || null),
      dir: directionOf(read?.dir ?? root?.getAttribute('dir') ?? null),
      published: read?.published ?? publishedFrom(doc, survey.beyondReadability ? [...doc.getElementsByTagName('meta')] : survey.metas),
      url: base,
      lead: unlessBody(findLead(blocks.slice(0, OPENING_BLOCKS).map((b) => matchKey(b.text)), survey), blocks),
    },
    blocks,
  };
}
