import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText, type Article } from '../../src/core/index.js';
import { parse } from '../helpers.js';

const expected = JSON.parse(readFileSync(new URL('../fixtures/seed-expected.json', import.meta.url), 'utf8')) as {
  speakers: { required: string[]; allowed: string[]; not_speakers: string[] };
  places: { required: string[]; allowed: string[] };
};
const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');

describe.each([
  ['scraped text', () => cleanText(sample('seed-scraped.txt'))],
  ['page', () => cleanDocument(parse(sample('seed-page.html')))],
])('speakers and places in the seed as %s', (_, clean) => {
  const article: Article = clean();
  const speakers = article.people.filter((p) => p.statements.length);

  it.each(expected.speakers.required)('%s speaks, under the full name', (name) => {
    expect(speakers.map((p) => p.name)).toContain(name);
  });

  it('gives no statements to people merely mentioned, and no one outside the allowed list speaks', () => {
    for (const name of expected.speakers.not_speakers) expect(speakers.map((p) => p.name)).not.toContain(name);
    const allowed = new Set([...expected.speakers.required, ...expected.speakers.allowed]);
    expect(speakers.map((p) => p.name).filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('finds every required place', () => {
    const names = article.places.map((p) => p.name);
    for (const place of expected.places.required) expect(names).toContain(place);
  });

  it('resolves short references to the full name', () => {
    const byName = (n: string) => article.people.find((p) => p.name === n)!;
    expect(byName('John Kirby').aliases).toContain('Kirby');
    expect(byName('John Kirby').statements.map((s) => s.block)).toEqual([18, 19, 20, 21]);
    expect(byName('Russian ministry of defence').statements.map((s) => s.block)).toEqual(expect.arrayContaining([0, 1, 2, 3]));
  });

  it('keeps quotation marks out of direct statements, and scare quotes out of direct speech', () => {
    const kirby = article.people.find((p) => p.name === 'John Kirby')!;
    expect(kirby.statements[0]).toMatchObject({ direct: true, text: expect.stringMatching(/^It is difficult in the extreme .* now being explored$/) });
    const lavrov = article.people.find((p) => p.name === 'Sergei Lavrov')!;
    expect(lavrov.statements.every((s) => !s.direct)).toBe(true);
  });

  it('marks every mention of a speaker as a speaker span pointing at the entity', () => {
    const kirbyId = article.people.find((p) => p.name === 'John Kirby')!.id;
    const block = article.blocks[19]!;
    const spans = block.spans.filter((s) => s.ref === kirbyId);
    expect(spans.map((s) => [s.kind, block.text.slice(s.start, s.end)])).toContainEqual(['speaker', 'Kirby']);
    const assad = article.people.find((p) => p.name === 'Bashar Assad')!;
    expect(article.blocks[7]!.spans.find((s) => s.ref === assad.id)?.kind).toBe('person');
  });
});
