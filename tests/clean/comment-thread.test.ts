import { describe, expect, it } from 'vitest';
import { commentThread } from '../../src/core/clean/comment-thread.js';
import { cleanSafely } from '../../src/core/clean/safety-net.js';
import { applyRule, blocks, META } from '../helpers.js';

const POST = 'p < div.entry-content < div.post';
const post = (text: string) => ({ text, hints: { trail: POST } });
const BODY = [
  post('The council voted on Tuesday to close the coast road for the winter, after a storm washed away part of the sea wall.'),
  post('Engineers said repairs would take until March, and buses will run inland until then, the council said on its website.'),
];
const reply = (text: string, trail = 'p < div.comment-body < li.comment < ol.commentlist < div.post') => ({ text, hints: { trail } });
const THREAD = [
  reply('I drive that road every day and this is the first I have heard of it, typical of the council to tell nobody until the last minute.'),
  reply('Jim, Harbour Street', 'p.small < div.comments-area < div.post'),
  reply('The sea wall has been crumbling for ten years and everyone who lives here knew it would go in the first big storm of the winter. Nobody listened.'),
];

describe('comment-thread', () => {
  it("removes readers' comments set in comment markup beside the post", () => {
    const { removed, records } = applyRule(commentThread, blocks(...BODY, ...THREAD));
    expect(removed).toEqual(THREAD.map((c) => c.text));
    expect(records.every((r) => r.rule === 'comment-thread' && r.reason === 'boilerplate')).toBe(true);
  });

  it('keeps a story whose own markup names comment or commentary, and a thread with no post beside it', () => {
    const commentary = [
      { text: BODY[0]!.text, hints: { trail: 'p < div.commentary-body < article' } },
      { text: BODY[1]!.text, hints: { trail: 'p < div.opinion.nocomments < article' } },
    ];
    expect(applyRule(commentThread, blocks(...commentary)).removed).toEqual([]);
    const section = THREAD.map((c) => ({ text: c.text, hints: { trail: 'p < div.comment < article' } }));
    expect(applyRule(commentThread, blocks(...section)).removed).toEqual([]);
  });

  it('is not undone by the safety net when the thread is longer than the post', () => {
    const long = Array.from({ length: 12 }, (_, n) => reply(`${THREAD[2]!.text} And another thing, number ${n}: the buses are always late.`));
    const cleaned = cleanSafely({ meta: META, blocks: blocks(...BODY, ...long) });
    expect(cleaned.undone).toBeUndefined();
    expect(cleaned.blocks.map((b) => b.text)).toEqual(BODY.map((b) => b.text));
  });
});
