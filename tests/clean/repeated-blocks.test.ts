import { describe, expect, it } from 'vitest';
import { repeatedBlocks } from '../../src/core/clean/repeated-blocks.js';
import { applyRule, blocks } from '../helpers.js';

const BODY = [
  'A Russian military adviser has been killed by mortar fire in Syria, the defence ministry said.',
  'The ministry said the officer was fatally wounded on Monday by mortar shelling.',
  'It said the officer had been posthumously awarded with a medal.',
  'The officer\'s death is the third combat casualty the Russian military has suffered.',
];

describe('repeated-blocks', () => {
  it('removes a second copy of the body that starts mid-article, keeping the first', () => {
    const { kept, records } = applyRule(repeatedBlocks, blocks(...BODY, ...BODY.slice(1)));
    expect(kept).toEqual(BODY);
    expect(records.map((r) => r.at)).toEqual([4, 5, 6]);
    expect(records.every((r) => r.reason === 'repeated')).toBe(true);
  });

  it('treats whitespace, typographic quotes, dashes and case as the same text', () => {
    const { kept } = applyRule(repeatedBlocks, blocks(
      '"It is difficult in the extreme to see how strikes against civilian targets contribute to peace," the spokesman said - again.',
      '\u201cIt is  difficult in the EXTREME to see how strikes against civilian targets contribute to peace,\u201d the spokesman said \u2014 again.',
    ));
    expect(kept).toHaveLength(1);
  });

  it('removes near copies a few words apart inside a copy, and keeps a lone one (an echo the author may mean)', () => {
    const advisor = 'A Russian military advisor in Syria was carrying tasks of helping the Syrian army familiarize itself with new weapons.';
    const adviser = 'A Russian military adviser in Syria was carrying out tasks of helping the Syrian army familiarise itself with new weapons.';
    const medal = 'It said the officer had been posthumously awarded with a medal, but did not identify him or say where he died.';
    const medal2 = 'It said the officer had been awarded a medal after his death, but did not identify him or say where he died.';
    expect(applyRule(repeatedBlocks, blocks(advisor, medal, 'Moscow says its advisers help the army.', adviser, medal2)).removed).toEqual([adviser, medal2]);
    expect(applyRule(repeatedBlocks, blocks(advisor, 'Moscow says its advisers help the army.', adviser)).removed).toEqual([]);
  });

  it('removes a copy whose every paragraph was edited once: a clause trimmed, a word changed', () => {
    const body = [
      'The council approved the budget on Tuesday, after a debate that ran late into the night.',
      'Opposition members said the cuts to libraries would hurt the poorest districts most.',
      'The mayor said the city had no choice, given the fall in revenue from parking fees.',
      'A final vote on the transport plan is expected next month.',
    ];
    const copy = [
      'The council approved the budget on Tuesday.',
      'Opposition members said the cuts to libraries would hurt the poorest areas most.',
      'The mayor said the city had no choice.',
      'A final vote on the transport plan is expected next week.',
    ];
    const { removed, records } = applyRule(repeatedBlocks, blocks(...body, 'Share this article', ...copy));
    expect(removed).toEqual(copy);
    expect(records.every((r) => r.reason === 'repeated')).toBe(true);
  });

  it('removes a copied passage of short paragraphs that follows its original in order', () => {
    const short = ['The vote was close.', 'Turnout was low.', 'Both sides claimed victory.', 'A recount starts on Monday.'];
    const { kept } = applyRule(repeatedBlocks, blocks(...short, 'An unrelated paragraph separates them here.', ...short.slice(1)));
    expect(kept).toEqual([...short, 'An unrelated paragraph separates them here.']);
  });

  it('keeps a long question put to each guest of an interview', () => {
    const question = 'What kind of food do you love yourself, and are there dishes or ingredients that you simply cannot stand at all?';
    const story = [question, 'Georgian food, and I cannot stand olives.', question, 'Anything my mother cooks; nothing I refuse.', question, 'Fish. Not fish.'];
    expect(applyRule(repeatedBlocks, blocks(...story)).kept).toEqual(story);
  });

  it('removes a short heading inside a repeated run', () => {
    const { removed } = applyRule(repeatedBlocks, blocks(
      BODY[0]!, { type: 'heading', text: "'Brutal offensive'" }, BODY[1]!,
      BODY[0]!, { type: 'heading', text: "'Brutal offensive'" }, BODY[1]!,
    ));
    expect(removed).toEqual([BODY[0], "'Brutal offensive'", BODY[1]]);
  });

  it('keeps short lines that legitimately repeat, and different paragraphs on the same subject', () => {
    const story = [
      '"Are you coming?" she asked.', 'No.', 'She asked again, louder this time, from the stairs.', 'No.',
      'What inspired you to start cooking for other people?', 'My grandmother, who fed the whole street.',
      'What inspired you to start cooking for other people?', 'Hunger, mostly, and a cheap oven.',
      'Vote for Olesya on the last page!', 'Vote for Darya on the last page!',
      'The Dow Jones index fell 1.2% on Monday to close at 31,000 points.',
      'The Nasdaq index rose 0.4% on Tuesday to close at 12,500 points after a volatile session.',
    ];
    expect(applyRule(repeatedBlocks, blocks(...story)).kept).toEqual(story);
  });

  it('keeps the same image shown twice with different captions, removes an identical figure', () => {
    const { kept } = applyRule(repeatedBlocks, blocks(
      { type: 'figure', text: 'The base at Latakia', src: 'https://x.test/a.jpg' },
      { type: 'figure', text: 'The base at Latakia', src: 'https://x.test/a.jpg' },
      { type: 'figure', text: 'The base in 2015', src: 'https://x.test/a.jpg' },
    ));
    expect(kept).toEqual(['The base at Latakia', 'The base in 2015']);
  });
});
