import { describe, expect, it } from 'vitest';
import { imageCredits } from '../../src/core/clean/image-credits.js';
import { applyRule, blocks } from '../helpers.js';

describe('image-credits', () => {
  it('removes photo credits and caption labels left as paragraphs', () => {
    const debris = [
      'Photo: Damian Dovarganes, AP', '(Image: © NASA/JPL-Caltech/ASU)', 'Credit...Doug Mills/The New York Times',
      'Natalie Naccache | Bloomberg | Getty Images', 'Image caption', 'Protesters have worn masks to protect their identities (Image: GETTY )',
    ];
    expect(applyRule(imageCredits, blocks(...debris, 'The protests began in June.')).removed).toEqual(debris);
  });

  it('keeps sentences about pictures and agencies, and real captions in figures', () => {
    const story = [
      'The photo was taken by an AP photographer on Monday.', 'Reuters/Ipsos polling shows a narrow lead, the agency said.',
      'Image rights are held by Getty Images, a spokesman said.', 'Source: the ministry said the figures were provisional and would change.',
    ];
    const { kept } = applyRule(imageCredits, blocks(...story, { type: 'figure', text: 'Photo: Jane Doe / AP', src: 'https://x.test/a.jpg' }));
    expect(kept).toEqual([...story, 'Photo: Jane Doe / AP']);
  });

  it("keeps a table's rows, whatever names their cells hold", () => {
    const row = (text: string) => ({ text, hints: { trail: 'tr < tbody < table < div.story' } });
    const rows = ['PA-8 | Mike Fitzpatrick | Obama +7', 'PA-18 | Tim Murphy | McCain +11'];
    expect(applyRule(imageCredits, blocks(...rows.map(row))).removed).toEqual([]);
    expect(applyRule(imageCredits, blocks(row('Photo: Jane Doe / AP'))).removed).toEqual(['Photo: Jane Doe / AP']);
  });
});
