import { wordsOf } from '../text/normalize.js';
import { contentScores } from './block-model.js';
import type { ExtractedBlock } from './extracted.js';

/**
 * Readability scores elements by their commas and paragraphs, and on some pages a run of
 * comments, a sidebar of excerpts or a footer outscores a short post. Blog and news themes mark
 * where one post's body is (entry-content, articleBody, post-body…); when Readability's pick
 * and that element share little of their text, the block model judges which is the article.
 * The marked element alone is not trusted: themes mark teasers and widgets with the same names,
 * and many pages mark a body that Readability has rightly widened.
 */

/** Where themes put one post's body: classes, and the microdata property. */
const POST_BODY_CLASSES = ['entry-content', 'post-body', 'post-content', 'article-body', 'story-body'];
const POST_BODY_PROP = 'articleBody';
export const POST_BODY = [`[itemprop="${POST_BODY_PROP}"]`, ...POST_BODY_CLASSES.map((c) => `.${c}`)].join(', ');

/**
 * Whether an element with this class and itemprop attribute matches POST_BODY, as a selector
 * would match it (class names compare without case in a page in quirks mode).
 */
export function isPostBodyMark(cls: string | null, prop: string | null, quirks: boolean): boolean {
  if (prop === POST_BODY_PROP) return true;
  const names = quirks ? cls?.toLowerCase() : cls;
  // Every mark holds one of these: most classes are ruled out without being split.
  if (!names || !(names.includes('-body') || names.includes('-content'))) return false;
  return names.split(/[\t\n\f\r ]+/).some((token) => POST_BODY_CLASSES.includes(token));
}

/** One pick holding this share of the other's word pairs overlaps it: not a wrong pick, a wider or narrower one. */
const HOLDS = 0.5;
/** A marked body shorter than this is a teaser or an empty shell, not the article. */
const MIN_POST_WORDS = 20;
/** How much more of the post body's words the model must take for content than of Readability's pick. */
const MARGIN = 0.1;

/** Adjacent word pairs: whether one text holds another's wording, not merely its common words. */
function pairsOf(blocks: readonly ExtractedBlock[]): string[] {
  return blocks.flatMap((b) => {
    const words = wordsOf(b.text);
    return words.slice(1).map((w, i) => `${words[i]} ${w}`);
  });
}

function holds(whole: readonly string[], part: readonly string[]): boolean {
  const set = new Set(whole);
  return part.filter((pair) => set.has(pair)).length >= part.length * HOLDS;
}

/** Share of the words that the model takes for content (word-weighted mean probability). */
function contentShare(blocks: readonly ExtractedBlock[]): number {
  const p = contentScores(blocks);
  let content = 0;
  let all = 0;
  blocks.forEach((b, i) => {
    const n = wordsOf(b.text).length;
    content += n * p[i]!;
    all += n;
  });
  return all ? content / all : 0;
}

/**
 * Whether the marked post body is the article rather than what Readability picked: the two do
 * not overlap (Readability neither widened the body nor narrowed it), the body is long enough to
 * be an article, and the model reads clearly more of it as content.
 */
export function prefersPostBody(picked: readonly ExtractedBlock[], post: readonly ExtractedBlock[]): boolean {
  const postPairs = pairsOf(post);
  if (postPairs.length + 1 < MIN_POST_WORDS) return false;
  const pickedPairs = pairsOf(picked);
  if (holds(pickedPairs, postPairs) || holds(postPairs, pickedPairs)) return false;
  return contentShare(post) >= contentShare(picked) + MARGIN;
}
