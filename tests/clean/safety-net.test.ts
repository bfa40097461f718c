import { describe, expect, it } from 'vitest';
import { cleanSafely } from '../../src/core/clean/safety-net.js';
import { blocks, META } from '../helpers.js';

const FLOW = 'p < div.story';
const para = (n: number) => ({ text: `Paragraph ${n} tells what happened in the town on Tuesday, who was there, and what the council decided to do about the road.`, hints: { trail: FLOW } });
const links = (trail: string, ...items: string[]) => ({
  type: 'list' as const, text: items.join('\n'), items, hints: { trail, linkDensity: 1 },
});
const HEADLINES = [
  'Council closes the coast road for the winter months', 'Harbour district residents say they warned of the damage',
  'Buses to run inland until the sea wall is repaired', 'Engineers expect repairs to take until the end of March',
  'Storm damage bill passes two million for the county',
];

describe('safety net', () => {
  it('lets a long list of headline links after the story go, though it is the longest block', () => {
    const cleaned = cleanSafely({ meta: META, blocks: blocks(para(1), para(2), para(3), links('ul < div.story', ...HEADLINES)) });
    expect(cleaned.undone).toBeUndefined();
    expect(cleaned.removed.map((r) => r.rule)).toEqual(['related-links']);
  });

  it('puts back a list the story introduces, or one that stands among its paragraphs', () => {
    const introduced = blocks(para(1), para(2), { text: 'Earlier stories in the series:', hints: { trail: FLOW } }, links('ul < div.story', ...HEADLINES));
    expect(cleanSafely({ meta: META, blocks: introduced }).undone?.rules).toEqual(['related-links']);
    const within = blocks(para(1), links('ul < div.story', ...HEADLINES), para(2));
    expect(cleanSafely({ meta: META, blocks: within }).blocks).toHaveLength(3);
  });

  it('lets a long legal notice in a box of its own go, though it runs longer than the story paragraphs', () => {
    const notice = { text: 'Copyright 2008 The Daily Example. All rights reserved. This material may not be published, broadcast, rewritten or redistributed in any form without the prior written consent of the publisher, and the company accepts no liability for its use.', hints: { trail: 'p < div.legal' } };
    const cleaned = cleanSafely({ meta: META, blocks: blocks(para(1), para(2), notice) });
    expect(cleaned.undone).toBeUndefined();
    expect(cleaned.removed.map((r) => r.rule)).toEqual(['small-print']);
  });

  it('puts back a story paragraph of the prose flow, however a rule judged it', () => {
    const legalese = { text: 'All rights reserved. This material may not be published, broadcast, rewritten or redistributed, the council told residents in a letter on Tuesday, and it would defend its copyright in the courts if the harbour group kept printing it.', hints: { trail: FLOW } };
    const cleaned = cleanSafely({ meta: META, blocks: blocks(para(1), legalese, para(2)) });
    expect(cleaned.undone?.rules).toEqual(['small-print']);
    expect(cleaned.blocks).toHaveLength(3);
  });

  it('lets rules that name what they take clear a page that is mostly furniture, but not one that judges by place', () => {
    const furniture = Array.from({ length: 12 }, (_, n) => ({ text: `Share on Facebook | Tweet | Email | Print ${n}`, hints: { trail: 'p < div.tools' } }));
    const named = cleanSafely({ meta: META, blocks: blocks(para(1), ...furniture) });
    expect(named.undone).toBeUndefined();
    expect(named.blocks).toHaveLength(1);
    // After two paragraphs, twelve small boxes: each is what after-the-story takes by its place,
    // and together they are most of the text.
    const boxes = Array.from({ length: 12 }, (_, n) => ({ text: `The harbour group met again on day ${n} and argued about the road.`, hints: { trail: `p < div.box${n}` } }));
    const placed = cleanSafely({ meta: META, blocks: blocks(para(1), para(2), ...boxes) });
    expect(placed.undone?.why ?? '').toMatch(/most of the article/);
  });
});
