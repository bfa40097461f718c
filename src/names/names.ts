/** Entry point of names.js (see load.ts): the annotation stage, on the global object of whoever loads it. */
import type { Article } from '../core/article.js';
import { annotate } from '../core/entities/index.js';
import { shippedTagger } from '../core/entities/tagger/shipped.js';
import type { NamesGlobal } from './load.js';

/**
 * A few sentences that take annotation through its steps: a quotation with its speaker and title,
 * a pronoun, an organisation, places, "according to".
 */
const WARM_UP: Article = {
  title: 'Talks to resume in Geneva', byline: null, siteName: null, lang: 'en', dir: null, published: null, url: null,
  lead: 'The World Health Organization said on Tuesday that the talks would resume.',
  blocks: [
    '"We will not wait," Foreign Minister Anna Lindqvist told reporters in Geneva, according to the ministry.',
    'She said the plan, backed by the city council of Lyon, could double the harvest.',
  ].map((text) => ({ type: 'paragraph' as const, text, spans: [] })),
  removed: [], people: [], places: [], stats: { words: 0, readingMinutes: 0, msExtract: 0, msClean: 0, msAnnotate: 0 },
};

/**
 * Unpacks the weights and lists, and annotates a short text once: the first annotation in a fresh
 * worker also compiles the annotation code and its expressions (~0.15 s here), which this moves
 * into the time the page is being read, off the path to the first name marked.
 */
function prepare(): void {
  shippedTagger();
  annotate(WARM_UP);
}

(globalThis as NamesGlobal).siftNames = { annotate, prepare };
