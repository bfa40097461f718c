import { classNamed, trailOf } from './flow.js';
import type { CleaningRule } from './rule.js';

/**
 * Readers' comments are not the post they answer. Blogs and news pages set them in markup named
 * for what they are (comments, comment-body, commentlist); when the extractor's pick holds the
 * post and its thread together, a long thread outweighs the post, so that the rules that find
 * the story by its prose flow take the thread for the story. Blocks in comment-named markup go
 * when the pick holds a post beside them (prose outside such markup); a pick that is nothing but
 * comment-named markup is left whole (a section called "Comment" is the story there).
 * "Commentary" and "no-comments" are other words.
 */

/** The post beside the thread: at least this many words of paragraphs outside comment markup. */
const MIN_POST_WORDS = 40;
const inThread = classNamed('comments?|commentlist|commentbody|commentcontent');

export const commentThread: CleaningRule = {
  name: 'comment-thread',
  reason: 'boilerplate',
  why: "Readers' comments under a post, in markup named for comments, are not the post.",
  *find({ blocks, alive, words }) {
    const thread: number[] = [];
    let post = 0;
    for (const i of alive) {
      if (inThread(trailOf(blocks[i]!))) thread.push(i);
      else if (blocks[i]!.type === 'paragraph') post += words(i).length;
    }
    if (thread.length && post >= MIN_POST_WORDS) yield* thread;
  },
};
