/** The sample news page and what the popup must show of it, for both browsers' suites. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION = `${ROOT}build/extension`;

export const expected = JSON.parse(readFileSync(`${ROOT}tests/fixtures/seed-expected.json`, 'utf8')) as {
  title: string;
  lead: string;
  blocks: string[];
  debris: { boilerplate: string[]; pull_quotes: string[] };
};

export const SEED_PAGE = readFileSync(`${ROOT}samples/seed-page.html`);

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Debris texts as they could leak into the popup: the whole expected string, and for a pull quote also
 * its attribution ("US State Department spokesman John Kirby"), which no body block contains (the quote
 * itself repeats the start of a body sentence, so it cannot be searched for on its own).
 */
export const DEBRIS: string[] = [
  ...expected.debris.boilerplate,
  ...expected.debris.pull_quotes.flatMap((q) => {
    const attribution = q.split(' - ').pop()!.replace(/\|\s*$/, '').trim();
    return [norm(q), attribution];
  }),
];
