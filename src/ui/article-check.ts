import type { Article } from '../core/index.js';
import type { Extraction } from '../core/extract/index.js';

/**
 * An Article that crossed a process boundary (page -> popup, popup -> page) is checked before use:
 * the page side is not ours, and a malformed one must fail loudly, not render half.
 */
const BLOCK_TYPES = new Set(['heading', 'paragraph', 'quote', 'list', 'figure', 'preformatted']);
const SPAN_KINDS = new Set(['speaker', 'person', 'organisation', 'place', 'quote']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function isSpan(v: unknown): boolean {
  return isObject(v) && Number.isInteger(v.start) && Number.isInteger(v.end) && typeof v.kind === 'string' && SPAN_KINDS.has(v.kind) && typeof v.ref === 'string';
}

function isBlock(v: unknown): boolean {
  return isObject(v) && typeof v.type === 'string' && BLOCK_TYPES.has(v.type) && typeof v.text === 'string'
    && (v.spans === undefined || (Array.isArray(v.spans) && v.spans.every(isSpan)))
    && (v.items === undefined || (Array.isArray(v.items) && v.items.every((i) => typeof i === 'string')));
}

function isUnfinished(v: unknown): boolean {
  return isObject(v)
    && (v.cleaning === undefined || (Array.isArray(v.cleaning) && v.cleaning.every((r) => typeof r === 'string')))
    && (v.namesIn === undefined || (Number.isInteger(v.namesIn) && (v.namesIn as number) >= 0));
}

export function isArticle(v: unknown): v is Article {
  return isObject(v) && typeof v.title === 'string' && isStringOrNull(v.lead) && isStringOrNull(v.lang) && isStringOrNull(v.dir)
    && Array.isArray(v.blocks) && v.blocks.every(isBlock)
    && (v.leadSpans === undefined || (Array.isArray(v.leadSpans) && v.leadSpans.every(isSpan)))
    && Array.isArray(v.removed) && v.removed.every((r) => isObject(r) && typeof r.text === 'string' && Number.isInteger(r.at) && (r.block === undefined || isBlock(r.block)))
    && Array.isArray(v.people) && v.people.every((p) => isObject(p) && typeof p.id === 'string' && typeof p.name === 'string' && Array.isArray(p.statements))
    && Array.isArray(v.places) && v.places.every((p) => isObject(p) && typeof p.id === 'string' && typeof p.name === 'string')
    && (v.unfinished === undefined || isUnfinished(v.unfinished));
}

function isHints(v: unknown): boolean {
  return isObject(v) && typeof v.trail === 'string' && typeof v.linkDensity === 'number' && typeof v.emphasised === 'boolean';
}

/** The extraction the page keeps for "Finish cleaning": an Article's meta, and blocks with their markup hints. */
export function isExtraction(v: unknown): v is Extraction {
  if (!isObject(v) || !isObject(v.meta) || !Array.isArray(v.blocks)) return false;
  const { meta, blocks } = v;
  return typeof meta.title === 'string' && isStringOrNull(meta.lead) && isStringOrNull(meta.lang) && isStringOrNull(meta.dir)
    && blocks.every((b) => isBlock(b) && (b.hints === undefined || isHints(b.hints)));
}
