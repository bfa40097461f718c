import { JSDOM } from 'jsdom';
import { cleanBlocks, type CleaningRule } from '../src/core/clean/index.js';
import type { ExtractedBlock, ExtractedMeta, MarkupHints } from '../src/core/extract/index.js';

export const META: ExtractedMeta = {
  title: 'A headline', byline: null, siteName: null, lang: null, dir: null, published: null, url: null, lead: null,
};

type Spec = string | (Partial<Omit<ExtractedBlock, 'hints'>> & { text: string; hints?: Partial<MarkupHints> });

export function blocks(...specs: Spec[]): ExtractedBlock[] {
  return specs.map((s) => {
    if (typeof s === 'string') return { type: 'paragraph', text: s, spans: [] };
    const { hints, ...rest } = s;
    return {
      type: 'paragraph', spans: [], ...rest,
      ...(hints ? { hints: { trail: 'p', linkDensity: 0, emphasised: false, ...hints } } : {}),
    };
  });
}

/** Runs one rule alone; returns the texts it kept and the texts it removed. */
export function applyRule(rule: CleaningRule, input: ExtractedBlock[], meta: Partial<ExtractedMeta> = {}) {
  const { blocks: kept, removed } = cleanBlocks({ blocks: input, meta: { ...META, ...meta } }, [rule]);
  return { kept: kept.map((b) => b.text), removed: removed.map((r) => r.text), records: removed };
}

export function parse(html: string, url = 'https://news.example.com/story'): Document {
  return new JSDOM(html, { url }).window.document;
}
