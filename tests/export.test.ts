import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block, Person } from '../src/core/article.js';
import { toHtml, toJson, toMarkdown, toText } from '../src/core/index.js';

const SCRIPT = '<script>alert("x")</script>';

function block(type: Block['type'], text: string, extra: Partial<Block> = {}): Block {
  return { type, text, spans: [], ...extra };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Minister resigns over budget',
    byline: 'Jane Doe',
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    published: '2016-02-03T17:45:00+00:00',
    url: 'https://news.example.com/story',
    lead: 'The finance minister stepped down on Tuesday.',
    blocks: [
      block('paragraph', 'The minister left office after a week of pressure.'),
      block('heading', 'What happens next', { level: 2 }),
      block('list', '', { items: ['A caretaker takes over', 'Elections follow'] }),
      block('quote', 'We will get through this.'),
      block('figure', 'The minister leaving the ministry', { src: 'https://img.example.com/leaving.jpg' }),
      block('preformatted', '  indented\n    code'),
    ],
    removed: [],
    people: [],
    places: [],
    stats: { words: 40, readingMinutes: 1, msExtract: 0, msClean: 0, msAnnotate: 0 },
    ...overrides,
  };
}

const SPEAKER: Person = {
  id: 'p1',
  name: 'Jane Minister',
  aliases: [],
  kind: 'person',
  statements: [
    { block: 3, text: 'We will get through this.', direct: true },
    { block: -1, text: 'she would step down', direct: false },
  ],
};

const META = 'Jane Doe · Example News · 2016-02-03 · https://news.example.com/story';

// One window for every parse: a new JSDOM per property run is too slow.
const parser = new new JSDOM('').window.DOMParser();

function parseHtml(html: string): Document {
  return parser.parseFromString(html, 'text/html');
}

/** Undoes Markdown backslash escapes (any ASCII punctuation may be escaped). */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('toText', () => {
  it('holds the title, the meta line, the lead and every block in order', () => {
    const text = toText(article());
    expect(text.split('\n\n')).toEqual([
      'Minister resigns over budget',
      META,
      'The finance minister stepped down on Tuesday.',
      'The minister left office after a week of pressure.',
      'What happens next',
      '- A caretaker takes over\n- Elections follow',
      '> We will get through this.',
      'The minister leaving the ministry',
      '  indented\n    code\n',
    ]);
  });

  it('leaves out what the article does not have', () => {
    const text = toText(article({ byline: null, siteName: null, published: null, url: null, lead: null }));
    expect(text.startsWith('Minister resigns over budget\n\nThe minister left office')).toBe(true);
  });

  it('keeps a non-ISO date as written and drops a byline that repeats the site', () => {
    const text = toText(article({ byline: 'Example News', published: '3 February, 2016', url: null }));
    expect(text.split('\n')[2]).toBe('Example News · 3 February, 2016');
  });
});

describe('toMarkdown', () => {
  it('starts with the title as a heading and renders blocks as Markdown', () => {
    const md = toMarkdown(article());
    expect(md.startsWith('# Minister resigns over budget\n\n')).toBe(true);
    expect(md).toContain('Jane Doe · Example News · 2016-02-03 · <https://news.example.com/story>');
    expect(md).toContain('\n## What happens next\n');
    expect(md).toContain('\n- A caretaker takes over\n- Elections follow\n');
    expect(md).toContain('\n> We will get through this.\n');
    expect(md).toContain('![The minister leaving the ministry](<https://img.example.com/leaving.jpg>)');
    expect(md).toContain('\n```\n  indented\n    code\n```\n');
  });

  it('keeps body headings below the title', () => {
    const md = toMarkdown(article({ blocks: [block('heading', 'Top', { level: 1 }), block('heading', 'Deep', { level: 9 })] }));
    expect(md).toContain('\n## Top\n');
    expect(md).toContain('\n###### Deep\n');
  });

  it('escapes page text that would become markup', () => {
    const lines = [
      SCRIPT,
      '# not a heading',
      '> not a quote',
      '- not a bullet',
      '+ not a bullet',
      '1. not a list',
      '2) not a list',
      '*not emphasis* and _not_ either',
      'no `code` and no [link](https://evil.example)',
      '===',
      'AT&amp;T ~~struck~~ a | b',
      'Ends with #',
    ];
    const md = toMarkdown(article({ blocks: lines.map((line) => block('paragraph', line)) }));
    const body = md.split('\n\n').slice(3);
    expect(body).toEqual([
      '\\<script\\>alert("x")\\</script\\>',
      '\\# not a heading',
      '\\> not a quote',
      '\\- not a bullet',
      '\\+ not a bullet',
      '1\\. not a list',
      '2\\) not a list',
      '\\*not emphasis\\* and \\_not\\_ either',
      'no \\`code\\` and no \\[link\\](https://evil.example)',
      '\\===',
      'AT\\&amp;T \\~\\~struck\\~\\~ a \\| b',
      'Ends with \\#\n',
    ]);
  });

  it('escapes every line of the title, headings, lists and quotes', () => {
    const md = toMarkdown(
      article({
        title: '<b>Title</b>',
        blocks: [
          block('heading', '# Heading'),
          block('list', '', { items: ['1. one', '<img src=x>'] }),
          block('quote', 'line\n# two'),
        ],
      }),
    );
    expect(md.startsWith('# \\<b\\>Title\\</b\\>\n')).toBe(true);
    expect(md).toContain('## \\# Heading');
    expect(md).toContain('- 1\\. one\n- \\<img src=x\\>');
    expect(md).toContain('> line\n> \\# two');
  });

  it('turns any single line of page text back into itself once unescaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean), (line) => {
        const md = toMarkdown(article({ title: 'T', byline: null, siteName: null, published: null, url: null, lead: null, blocks: [block('paragraph', line)] }));
        const rendered = md.slice('# T\n\n'.length, -1);
        expect(unescapeMarkdown(rendered)).toBe(line);
        expect(rendered).not.toMatch(/^(?:[#>+=-]|\d+[.)])/);
        expect(rendered).not.toMatch(/(?<!\\)[<>*_`[\]]/);
      }),
    );
  });

  it('puts a preformatted block in a fence no line of it can close', () => {
    const md = toMarkdown(article({ blocks: [block('preformatted', '```\nstill code\n````')] }));
    expect(md).toContain('\n`````\n```\nstill code\n````\n`````\n');
  });
});

describe('toHtml', () => {
  it('is a standalone document with the title, meta line, lead and blocks', () => {
    const html = toHtml(article());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import/i);
    const doc = parseHtml(html);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe('Minister resigns over budget');
    expect(doc.querySelector('h1')?.textContent).toBe('Minister resigns over budget');
    expect(doc.querySelector('.meta')?.textContent).toBe(META);
    expect(doc.querySelector('.meta a')?.getAttribute('href')).toBe('https://news.example.com/story');
    expect(doc.querySelector('.lead')?.textContent).toBe('The finance minister stepped down on Tuesday.');
    expect(doc.querySelector('article h2')?.textContent).toBe('What happens next');
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['A caretaker takes over', 'Elections follow']);
    expect(doc.querySelector('blockquote')?.textContent).toBe('We will get through this.');
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe('https://img.example.com/leaving.jpg');
    expect(doc.querySelector('figcaption')?.textContent).toBe('The minister leaving the ministry');
    expect(doc.querySelector('pre')?.textContent).toBe('  indented\n    code');
    expect(doc.querySelector('style')?.textContent).toContain('max-width');
  });

  it('escapes page text so it never becomes markup', () => {
    const doc = parseHtml(
      toHtml(
        article({
          title: SCRIPT,
          byline: '<img src=x onerror=alert(1)>',
          lead: SCRIPT,
          lang: 'en" onload="alert(1)',
          blocks: [block('paragraph', SCRIPT), block('figure', '"><script>x</script>', { src: 'https://img.example.com/a.jpg' })],
        }),
      ),
    );
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.documentElement.hasAttribute('onload')).toBe(false);
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(doc.title).toBe(SCRIPT);
    expect(doc.querySelector('article p:not(.meta):not(.lead)')?.textContent).toBe(SCRIPT);
    expect(doc.querySelector('figure img')?.getAttribute('alt')).toBe('"><script>x</script>');
  });

  it('round-trips any page text through escaping', () => {
    // NUL and CR never reach an exporter: the HTML parser and the text decoder take them out.
    const pageText = fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/[\0\r]/g, '').replace(/\s+/g, ' ').trim());
    fc.assert(
      fc.property(pageText.filter(Boolean), (text) => {
        const doc = parseHtml(toHtml(article({ title: text, lead: null, blocks: [block('paragraph', text)] })));
        expect(doc.querySelector('h1')?.textContent).toBe(text);
        expect(doc.querySelector('article > p:not(.meta)')?.textContent).toBe(text);
        expect(doc.querySelectorAll('body *').length).toBe(doc.querySelectorAll('article, header, h1, p, a').length);
      }),
    );
  });

  it('keeps http(s) and data:image figure sources and drops every other scheme', () => {
    const srcs = [
      'https://img.example.com/a.jpg',
      'http://img.example.com/b.jpg',
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '/relative.jpg',
    ];
    const doc = parseHtml(toHtml(article({ blocks: srcs.map((src, i) => block('figure', `caption ${i}`, { src })) })));
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(srcs.slice(0, 3));
    expect(doc.querySelectorAll('figcaption')).toHaveLength(srcs.length);
  });

  it('shows a non-http article URL as text, never as a link', () => {
    const doc = parseHtml(toHtml(article({ url: 'javascript:alert(1)' })));
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.querySelector('.meta')?.textContent).toContain('javascript:alert(1)');
  });
});

describe('figure sources in Markdown', () => {
  it('follows the same rule as HTML', () => {
    const md = toMarkdown(
      article({
        blocks: [
          block('figure', 'kept', { src: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>' }),
          block('figure', 'dropped', { src: 'javascript:alert(1)' }),
        ],
      }),
    );
    expect(md).toContain('![kept](<data:image/svg+xml,%3Csvg%20xmlns="http://www.w3.org/2000/svg"/%3E>)');
    expect(md).not.toContain('javascript:');
    expect(md).toContain('\n\ndropped\n');
  });
});

describe('toJson', () => {
  it('is the whole Article, pretty-printed', () => {
    const a = article({ people: [SPEAKER] });
    const json = toJson(a);
    expect(JSON.parse(json)).toEqual(a);
    expect(json).toContain('\n  "title": "Minister resigns over budget",\n');
  });
});

describe('Who said what', () => {
  const withSpeaker = article({
    people: [SPEAKER, { ...SPEAKER, id: 'p2', name: 'Silent Bystander', statements: [] }, { ...SPEAKER, id: 'o1', name: 'The Treasury', kind: 'organisation', statements: [] }],
    places: [{ id: 'l1', name: 'Westminster', aliases: [] }],
  });
  const on = { speakers: true };

  it('is not in an export by default: the article once, its quotations in the body only', () => {
    for (const render of [toText, toMarkdown, toHtml]) {
      const out = render(withSpeaker);
      expect(out).not.toContain('Who said what');
      expect(out).not.toContain('she would step down');
      expect(out).not.toContain('Jane Minister');
    }
    expect(toMarkdown(withSpeaker).startsWith('# Minister resigns over budget\n')).toBe(true);
  });

  it('is absent when asked for but nobody has statements', () => {
    for (const render of [toText, toHtml]) expect(render(article(), on)).not.toContain('Who said what');
    expect(toMarkdown(article(), on).startsWith('---\npeople: []\norganisations: []\nplaces: []\nspeakers: []\n---\n\n# ')).toBe(true);
  });

  it('text and HTML: after the article, each speaker with statements in reading order, direct ones in quotation marks', () => {
    expect(toText(withSpeaker, on)).toContain(
      '\n\nWho said what\n\nJane Minister\n- she would step down\n- “We will get through this.”\n',
    );
    const doc = parseHtml(toHtml(withSpeaker, on));
    const section = doc.querySelector('.who-said-what');
    expect(section?.querySelector('h3')?.textContent).toBe('Jane Minister');
    expect([...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'she would step down',
      '“We will get through this.”',
    ]);
    // The section is outside the article element, which holds only the article itself.
    expect(doc.querySelector('article')?.textContent).not.toContain('Who said what');
    for (const render of [toText, toHtml]) expect(render(withSpeaker, on)).not.toContain('Silent Bystander');
  });

  it('Markdown: YAML front matter with people, organisations, places and speakers, then the article', () => {
    expect(toMarkdown(withSpeaker, on)).toBe(
      [
        '---',
        'people:',
        '  - "Jane Minister"',
        '  - "Silent Bystander"',
        'organisations:',
        '  - "The Treasury"',
        'places:',
        '  - "Westminster"',
        'speakers:',
        '  - name: "Jane Minister"',
        '    said:',
        '      - "she would step down"',
        '      - "“We will get through this.”"',
        '---',
        '',
        toMarkdown(withSpeaker).trimEnd(),
        '',
      ].join('\n'),
    );
  });

  it('Markdown front matter: page text stays a quoted string, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const md = toMarkdown(article({ people: [{ ...SPEAKER, name, statements: [{ block: 0, text: name, direct: false }] }] }), on);
        const [, matter] = md.split(/^---$/m);
        const values = matter!.split('\n').filter((line) => /^\s*- /.test(line));
        expect(values).toHaveLength(3);
        for (const line of values) {
          const value = line.replace(/^\s*(?:- )?(?:name: )?/, '');
          expect(JSON.parse(value)).toBe(name);
          // YAML wants these escaped, not raw, inside the quotes.
          expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/);
        }
        expect(md.split(/^---$/m)).toHaveLength(3);
      }),
    );
  });
});
