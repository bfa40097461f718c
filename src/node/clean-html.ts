import { createRequire } from 'node:module';
import type { Article, CleanOptions } from '../core/index.js';
import { withEntities } from '../core/pipeline.js';
import { readDocument } from '../core/read.js';
import { httpUrl } from '../core/export/urls.js';

type Jsdom = typeof import('jsdom');
let jsdom: Jsdom | undefined;

// jsdom takes most of a second to load; text files, --help and a plain import need none of it.
// It is CommonJS, so require() loads it on demand and cleanHtml stays synchronous.
function loadJsdom(): Jsdom {
  return (jsdom ??= createRequire(import.meta.url)('jsdom') as Jsdom);
}

/**
 * Parses a page with jsdom and runs the pipeline on it. Scripts never run and nothing is fetched.
 * jsdom's complaints (notably CSS it cannot parse, in jsdom 27) go to a console nobody reads:
 * a scraped page's broken CSS must neither fail nor clutter the run.
 */
export function cleanHtml(html: string, opts: CleanOptions = {}): Article {
  const { JSDOM, VirtualConsole } = loadJsdom();
  // Only an http(s) address makes sense as the page's base; anything else keeps jsdom's default.
  const url = httpUrl(opts.url);
  const dom = new JSDOM(html, { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() });
  let article: Article;
  try {
    article = readDocument(dom.window.document, url, opts.read);
  } finally {
    // Let the DOM go before annotating: on a long page it is most of the memory in use. Closing
    // is housekeeping (no script ever ran): jsdom tears the tree down recursively, which overflows
    // the stack on a page nested thousands deep, after the article was read.
    try {
      dom.window.close();
    } catch {
      // The document is dropped either way.
    }
  }
  return withEntities(article, opts.entities ?? true);
}
