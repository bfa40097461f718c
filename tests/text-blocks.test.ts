import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/index.js';

const texts = (s: string) => extractText(s, null).blocks.map((b) => b.text);

describe('scraped text segmentation', () => {
  const paras = ['First paragraph of the story, which ends here.', 'Second paragraph follows it.', 'Third and last.'];

  it('reads one paragraph per line, blank-line paragraphs and CRLF alike', () => {
    expect(texts(paras.join('\n'))).toEqual(paras);
    expect(texts(paras.join('\n\n'))).toEqual(paras);
    expect(texts(paras.join('\r\n'))).toEqual(paras);
    expect(texts('\ufeff' + paras.join('\r\n\r\n'))).toEqual(paras);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped = [
      'The Syrian Observatory for Human Rights, a British-based monitoring',
      'group with a network of sources on the ground in Syria, said three',
      'Russian soldiers were also wounded in the attack.',
      '',
      'The officer\'s death is the third combat casualty the Russian military',
      'has suffered since it launched its air campaign in Syria four months',
      'ago, officials said on Monday in a statement.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'The Syrian Observatory for Human Rights, a British-based monitoring group with a network of sources on the ground in Syria, said three Russian soldiers were also wounded in the attack.',
      'The officer\'s death is the third combat casualty the Russian military has suffered since it launched its air campaign in Syria four months ago, officials said on Monday in a statement.',
    ]);
  });

  it('finds the title line, the standfirst before the reading time, and headings', () => {
    const { meta, blocks } = extractText([
      'Breadcrumb', 'Russian adviser killed in Syria',
      'The ministry said on Wednesday that one of its advisers was killed.', '4 min read',
      'A Russian military adviser has been killed by mortar fire in Syria.', "'Brutal offensive'",
      'French Foreign Minister Laurent Fabius on Wednesday condemned the offensive.',
    ].join('\n'), null);
    expect(meta.title).toBe('Russian adviser killed in Syria');
    expect(meta.lead).toBe('The ministry said on Wednesday that one of its advisers was killed.');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('takes no standfirst when the first sentence is simply the first paragraph', () => {
    const { meta, blocks } = extractText('A headline here\nFirst paragraph of the story goes on for a while.\nSecond one.', null);
    expect(meta.lead).toBeNull();
    expect(blocks).toHaveLength(2);
  });

  it('has no title when the text opens with a sentence', () => {
    expect(extractText(paras.join('\n'), null).meta.title).toBe('');
  });

  it('groups bullet lines into one list', () => {
    const { blocks } = extractText('Intro paragraph that is long enough.\n- flour\n- water\n- salt\nOutro paragraph.', null);
    expect(blocks[1]).toMatchObject({ type: 'list', items: ['flour', 'water', 'salt'] });
  });

  it('returns nothing for empty or blank input', () => {
    expect(texts('')).toEqual([]);
    expect(texts(' \n\r\n\t ')).toEqual([]);
  });
});

describe('scraped text furniture above the headline', () => {
  it('takes the headline for the title, not a breadcrumb trail or a credit line before it', async () => {
    const { readText } = await import('../src/core/read.js');
    const article = readText(['News » Politics', 'Reuters', 'Floods force thousands from their homes', 'Thousands of people were moved from their homes on Tuesday as rivers burst their banks.', 'The army sent boats.'].join('\n'));
    expect(article.title).toBe('Floods force thousands from their homes');
    expect(article.removed.map((r) => [r.rule, r.text])).toEqual([['breadcrumbs', 'News » Politics'], ['credit-lines', 'Reuters']]);
  });
});
