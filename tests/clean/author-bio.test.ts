import { describe, expect, it } from 'vitest';
import { authorBio } from '../../src/core/clean/author-bio.js';
import { cleanSafely } from '../../src/core/clean/safety-net.js';
import { applyRule, blocks, META } from '../helpers.js';

const POST = 'p < div.entry-content < div.post';
const post = (text: string, trail = POST) => ({ text, hints: { trail } });
const BODY = [
  post('The council voted on Tuesday to close the coast road for the winter, after a storm washed away part of the sea wall.'),
  post('Engineers said repairs would take until March, and buses will run inland until then, the council said on its website.'),
];
const note = (text: string, box: string) => ({ text, hints: { trail: `p < div.${box} < div.post` } });

describe('author-bio', () => {
  it('removes a note about the writer in the box the page keeps for it', () => {
    const notes = [
      note('Jane Doe is a reporter who has covered the coast for ten years, and before that the courts.', 'about-author'),
      note('She lives by the harbour with two cats and a boat that does not float.', 'wp-about-author-text'),
      note('Mary Roe is a scientist who works on drugs you have hopefully never heard of.', 'better-author-bio-div-info'),
    ];
    const more = post('Residents of the harbour district said they had warned of the damage for years, and that nobody in the town hall had listened to them.');
    const { removed, records } = applyRule(authorBio, blocks(...BODY, more, ...notes));
    expect(removed).toEqual(notes.map((n) => n.text));
    expect(records.every((r) => r.rule === 'author-bio' && r.reason === 'boilerplate')).toBe(true);
  });

  it("keeps a post marked with its author's name, a byline in a bio box, and a page that is mostly a bio", () => {
    const byAuthor = [post(BODY[0]!.text, 'p < div.entry-author-jane_doe < div.post'), post(BODY[1]!.text, 'p < div.author-admin < div.post')];
    expect(applyRule(authorBio, blocks(...byAuthor)).removed).toEqual([]);
    expect(applyRule(authorBio, blocks(...BODY, note('Jane Doe, Staff Reporter', 'author-box'))).removed).toEqual([]);
    const profile = [
      post('A talk on why animals share.'),
      note('Frans is a biologist known for his work on the social intelligence of primates, and the author of many books on the subject.', 'author-profile'),
      note('He is a professor of psychology and directs a centre for the study of great apes, where he has worked for thirty years.', 'author-profile'),
    ];
    expect(applyRule(authorBio, blocks(...profile)).removed).toEqual([]);
  });

  it('is not undone by the safety net when the note is longer than any paragraph of the post', () => {
    const long = note(`${'Jane Doe has reported on the coast, the courts, the council and the harbour for a decade. '.repeat(2)}She lives by the sea.`, 'author-bio');
    const cleaned = cleanSafely({ meta: META, blocks: blocks(...BODY, post(BODY[0]!.text.replace('Tuesday', 'Monday')), long) });
    expect(cleaned.undone).toBeUndefined();
    expect(cleaned.removed.map((r) => r.rule)).toEqual(['author-bio']);
  });
});
