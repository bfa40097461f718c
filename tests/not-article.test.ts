import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/core/read.js';
import { parse } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/not-article', name), 'utf8');
const sample = (name: string) => readFileSync(join(ROOT, 'samples', name), 'utf8');

describe('pages that are not articles', () => {
  const cases: [string, string][] = [
    ['sign-in.html', 'a sign-in form'],
    ['search-results.html', 'search results'],
    ['section-front.html', 'a list of links (a section front)'],
    ['not-found.html', 'an error page (page not found)'],
    ['cookie-wall.html', 'a cookie notice'],
    ['gallery.html', 'an image gallery'],
  ];
  for (const [file, looksLike] of cases) {
    it(`says what ${file} looks like, and still holds its text for "Read it anyway"`, () => {
      const article = readDocument(parse(fixture(file), `https://news.example.com/${file}`));
      expect(article.notArticle).toBe(looksLike);
      expect(article.blocks.length).toBeGreaterThan(0);
    });
  }

  it('tells a sign-up form from a sign-in form', () => {
    const html = fixture('sign-in.html').replace('<title>Sign in', '<title>Create your account').replace('name="remember"', 'type="password" name="confirm"');
    expect(readDocument(parse(html)).notArticle).toBe('a sign-up form');
  });

  it('never judges an article so, even a short one on a page with a sign-in box and link lists', () => {
    expect(readDocument(parse(sample('seed-page.html'))).notArticle).toBeUndefined();
    const story = 'The council voted on Tuesday to close the coast road for the winter, after a storm in November washed away part of the sea wall near the harbour. Engineers said repairs would take until March, and buses will run inland.';
    const html = `<html><head><title>Coast road closed</title></head><body>
      <form class="login"><input type="email"><input type="password"><button>Sign in</button></form>
      <nav>${Array.from({ length: 40 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav>
      <article><h1>Coast road closed for the winter</h1><p>${story}</p><p>${story.replace('Tuesday', 'Monday')}</p></article></body></html>`;
    const article = readDocument(parse(html));
    expect(article.blocks.length).toBeGreaterThan(0);
    expect(article.notArticle).toBeUndefined();
  });

  it('never takes a single post that is a list of headlines (a week in review) for a section front', () => {
    const post = fixture('section-front.html').replace('<main><h1>World</h1>', '<main><h1>The week in review</h1><div class="entry-content">').replace('</main>', '</div></main>');
    expect(readDocument(parse(post)).notArticle).toBeUndefined();
  });

  it('never takes a brief (too short for Readability\u2019s own test) on a page of links for a section front', () => {
    const brief = ['Two embassies in the capital were cleared on Tuesday after staff found a package that turned out to hold books.', 'Police said the building was reopened within the hour and nobody was hurt.'];
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/news/${i}">Headline of another story number ${i} on this site</a></li>`).join('');
    const html = `<html><head><title>Embassies cleared</title></head><body><ul class="nav">${links}</ul>
      <div class="story"><h1>Embassies cleared after incident</h1>${brief.map((p) => `<p>${p}</p>`).join('')}</div><ul class="more">${links}</ul></body></html>`;
    const article = readDocument(parse(html));
    expect(article.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(brief));
    expect(article.notArticle).toBeUndefined();
  });
});

describe('the command line on a page that is not an article', () => {
  const SIFT = join(ROOT, 'build/sift.mjs');
  const run = (args: string[]) => spawnSync(process.execPath, [SIFT, 'clean', '--no-names', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });

  it('says what the page looks like and exits 1; --force reads it anyway', { timeout: 60_000 }, () => {
    if (!existsSync(SIFT)) throw new Error('build/sift.mjs is missing: run `npm run build` first');
    const refused = run(['tests/fixtures/not-article/sign-in.html']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('sift: tests/fixtures/not-article/sign-in.html: no article found (the page looks like a sign-in form)\n');
    expect(refused.stdout).toBe('');
    const forced = run(['--force', 'tests/fixtures/not-article/sign-in.html']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('Forgot your password?');
  });
});
