import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/core/clean/index.js';
import { blocks, META } from '../helpers.js';

const BODY = [
  'The council approved the budget on Tuesday after a long debate.',
  'Opposition members said the cuts to libraries would hurt the poorest districts.',
  'The mayor said the libraries would stay open on weekends.',
  'Spending on roads rises by a tenth, the largest rise in a decade.',
];
const ECHO = 'Spending on roads rises by a tenth - Ana Ruiz, council treasurer |';

describe('cleaning runs until the text is clean', () => {
  it('removes a copy that a pull quote split, once the pull quote is gone, and a second cleaning finds nothing', () => {
    const input = blocks(...BODY, BODY[0]!, ECHO, BODY[1]!, BODY[2]!);
    const once = cleanBlocks({ blocks: input, meta: META });
    expect(once.blocks.map((b) => b.text)).toEqual(BODY);
    expect(once.removed.map((r) => [r.at, r.rule])).toEqual([[4, 'repeated-blocks'], [5, 'pull-quotes'], [6, 'repeated-blocks'], [7, 'repeated-blocks']]);
    expect(cleanBlocks({ blocks: once.blocks, meta: META }).removed).toEqual([]);
  });
});
