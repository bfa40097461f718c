import { describe, expect, it } from 'vitest';
import { pageChrome } from '../../src/core/clean/page-chrome.js';
import { applyRule, blocks } from '../helpers.js';

const FLOW = 'p < div.story-body < article';
const prose = (text: string) => ({ text, hints: { trail: FLOW } });
const BODY = [
  'The council voted on Tuesday to close the coast road for the winter, after a storm washed away part of the sea wall.',
  'Engineers said repairs would take until March, and buses will run inland until then, the council said.',
  'Residents of the harbour district said they had warned of the damage for years.',
].map(prose);

describe('page-chrome', () => {
  it('removes players, stamps, follow lines and tool bars in wordings no list holds', () => {
    const chrome = [
      { text: 'Hear this story 7:42', hints: { trail: `div.c-audio < ${FLOW.slice(4)}` } },
      { text: 'Updated 9 hrs ago', hints: { trail: 'p.meta < div.story-body < article' } },
      { text: 'Find us on Bluesky, Threads and WhatsApp', hints: { trail: FLOW, linkDensity: 0.6 } },
      { text: 'Save for later | Copy link | Gift article | Print', hints: { trail: 'div.row < div.story-body < article' } },
      { text: 'Spread the word', hints: { trail: 'div.social-share < div.story-body < article' } },
    ];
    const { removed, records } = applyRule(pageChrome, blocks(BODY[0]!, ...chrome, BODY[1]!, BODY[2]!));
    expect(removed).toEqual(chrome.map((c) => c.text));
    expect(records.every((r) => r.rule === 'page-chrome' && r.reason === 'boilerplate')).toBe(true);
  });

  it('removes a newsletter box whole: its name, its pitch and its small print', () => {
    const box = (text: string, tag = 'p') => ({ text, hints: { trail: `${tag} < div.module < div.story-body < article` } });
    const lines = [box('The Evening Wrap', 'h3'), box('A weekly round-up of what matters, written by our editors.'), box('By signing up you agree to our privacy policy.')];
    expect(applyRule(pageChrome, blocks(BODY[0]!, ...lines, BODY[1]!, BODY[2]!)).removed).toEqual(lines.map((l) => l.text));
  });

  it('keeps story sentences made of chrome words, short story lines, and boxes of story text', () => {
    const story = [
      ...BODY,
      prose('Share prices fell 4% on Monday.'),
      prose('She read for 4 minutes before the lights went out.'),
      prose('Follow the money, the auditor told the committee, and you will find the answer in the accounts.'),
      { text: 'Key dates', hints: { trail: 'h3 < div.factbox < div.story-body < article' } },
      { text: '1998: the sea wall is built with money from the harbour fund.', hints: { trail: 'p < div.factbox < div.story-body < article' } },
      { text: '2019: the first cracks are found by divers inspecting the wall.', hints: { trail: 'p < div.factbox < div.story-body < article' } },
      'Updated the figures in the third paragraph',
    ];
    expect(applyRule(pageChrome, blocks(...story)).removed).toEqual([]);
  });

  it('removes a menu left as one paragraph, and chrome headings over no prose', () => {
    const menu = { text: 'News:\nePaper |\nFront Page |\nNational |\nRegions |\nInternational |\nBusiness |\nSport', hints: { trail: 'div < div.page' } };
    const reply = { type: 'heading' as const, text: 'Leave a Reply', hints: { trail: 'h3 < div.story-body < article' } };
    const { removed } = applyRule(pageChrome, blocks(menu, ...BODY, reply));
    expect(removed).toEqual([menu.text, reply.text]);
  });

  it("keeps the story's numbered and titled sections, lines of poems or recipes, and table rows", () => {
    const heading = (text: string) => ({ type: 'heading' as const, text, hints: { trail: 'h3 < div.story-body < article' } });
    const story = [
      heading('Step 6. Follow Up'), BODY[0]!,
      heading('Option 2: Find Like-Minded Friends'), BODY[1]!,
      heading('In Shanghai this Week'), BODY[2]!,
      prose('2 cups flour\n1 tsp salt\n3 eggs, beaten\n1 cup milk\n2 tbsp butter, melted'),
      { text: 'San Francisco | 49.5% sold within 14 days', hints: { trail: 'tr < tbody < table.stats < div.story-body < article' } },
      { text: 'Las Vegas | 9.7% sold within 14 days', hints: { trail: 'tr < tbody < table.stats < div.story-body < article' } },
    ];
    expect(applyRule(pageChrome, blocks(...story)).removed).toEqual([]);
  });

  it('removes a sentence made of nothing but chrome words, wherever it stands', () => {
    const lines = [prose('By signing up you agree to our privacy policy.'), prose('Sign up for our free daily newsletter and email alerts.')];
    expect(applyRule(pageChrome, blocks(BODY[0]!, ...lines, BODY[1]!)).removed).toEqual(lines.map((l) => l.text));
  });

  it('removes share and tool bars set as lists, and keeps short lists of the story', () => {
    const list = (trail: string, linkDensity: number, ...items: string[]) => ({ type: 'list' as const, text: items.join('\n'), items, hints: { trail, linkDensity } });
    const bars = [
      list('ul < div.share-article < div.story-body < article', 0.6, 'Bookmark this story', 'Digg it', 'Furl', 'Yahoo MyWeb', 'Newsvine', 'ma.gnolia'),
      list('ul.article-date-header < div.story-body < article', 0.3, 'Tue, 15 Jan 2008 14:50 GMT', 'E-mail | Print'),
    ];
    const story = [
      list('ul < div.story-body < article', 0.6, 'Oslo', 'Bergen', 'Tromsø', 'Stavanger'),
      list('ul < div.share-prices < div.story-body < article', 0, 'Shell up 2%', 'BP down 1%', 'Equinor flat'),
    ];
    const { removed } = applyRule(pageChrome, blocks(BODY[0]!, ...story, BODY[1]!, ...bars, BODY[2]!));
    expect(removed).toEqual(bars.map((b) => b.text));
  });
});
