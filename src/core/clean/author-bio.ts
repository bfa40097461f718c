import { classNamed, trailOf } from './flow.js';
import type { CleaningRule } from './rule.js';

/**
 * A note about the writer ("Jane Doe is a scientist who works on…", "I founded this blog to…")
 * closes many posts, in a box the page names for what it is (author-bio, about-author,
 * author-box, post-author, biography). It is about the writer, not the story. Only those names:
 * "entry-author-jane" or "author-admin" mark a post by its author, and the post stays. A line
 * of a few words there is the byline, which other rules judge. A note goes only from beside a
 * post at least as long as itself: a page that is mostly a bio (a speaker's profile under a
 * talk's synopsis, a profile page) is about that person.
 */

/** Shorter lines in such a box are bylines and names, not the note. */
const MIN_WORDS = 10;
const inBio = classNamed('about[-_]?(?:the[-_]?)?author|author[-_]?(?:bio|box|info|profile|text|summary|description|details)|authorsure|biography|post[-_]?author');

export const authorBio: CleaningRule = {
  name: 'author-bio',
  reason: 'boilerplate',
  why: "A note about the writer, in the box the page keeps for it, is not the story.",
  *find({ blocks, alive, words }) {
    const bio: number[] = [];
    let bioWords = 0;
    let post = 0;
    for (const i of alive) {
      const n = words(i).length;
      if (!inBio(trailOf(blocks[i]!))) post += n;
      else if (n >= MIN_WORDS) {
        bio.push(i);
        bioWords += n;
      }
    }
    if (bio.length && post >= bioWords) yield* bio;
  },
};
