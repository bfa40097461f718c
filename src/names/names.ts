/** Entry point of names.js (see load.ts): the annotation stage, on the global object of whoever loads it. */
import { annotate } from '../core/entities/index.js';
import { shippedTagger } from '../core/entities/tagger/shipped.js';
import type { NamesGlobal } from './load.js';

(globalThis as NamesGlobal).siftNames = { annotate, prepare: () => void shippedTagger() };
