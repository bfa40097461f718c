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
});
