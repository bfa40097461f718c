import { wordCount } from '../text/normalize.js';
import { isBreadcrumb, isBylineLine, isCreditOnlyLine, isDateline, isPageLabel, isReadingTime } from '../text/page-furniture.js';
import type { Extraction, ExtractedBlock } from './extracted.js';

/**
 * Segments scraped plain text into blocks. Scrapers write one paragraph per line, or paragraphs
 * between blank lines, or text hard-wrapped at a fixed width; all three must come out as the
 * same paragraphs.
 */

const BULLET = /^(?:[-*•◦▪‣–]\s+|\d{1,3}[.)]\s+)/;
const SENTENCE_END = /[.!?:;,…]["'”’)\]]*$/;
const MAX_HEADING_WORDS = 12;
const MAX_TITLE_WORDS = 30;
const TITLE_SEARCH_LINES = 5;

export function normaliseNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
}

/**
 * Width at which the text is hard-wrapped, or 0 when each line is a whole paragraph. Wrapped lines
 * cluster just under one width and mostly break mid-sentence; paragraph-per-line text ends its
 * lines with sentence punctuation.
 */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 4) return 0;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 40 || width > 100) return 0;
  const full = lines.filter((l) => l.length >= width * 0.7);
  const midSentence = full.filter((l) => !SENTENCE_END.test(l)).length;
  return midSentence > full.length / 2 ? width : 0;
}

/** Paragraph texts: blank lines always separate; single newlines separate unless the text is hard-wrapped. */
function paragraphs(text: string): string[] {
  const lines = normaliseNewlines(text).split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  const width = wrapWidth(lines);
  const out: string[] = [];
  let current = '';
  let previousLength = 0;
  for (const line of lines) {
    if (current && (!line || !(width && previousLength >= width * 0.7 && !BULLET.test(line)))) {
      out.push(current);
      current = '';
    }
    if (line) current = current ? `${current} ${line}` : line;
    previousLength = line.length;
  }
  if (current) out.push(current);
  return out;
}

function looksLikeHeading(line: string): boolean {
  const words = wordCount(line);
  return words > 0 && words <= MAX_HEADING_WORDS && line.length <= 100 && !SENTENCE_END.test(line) && !/^\p{Ll}/u.test(line);
}

const isMetaLine = (line: string) => isReadingTime(line) || isDateline(line) || isBylineLine(line, null) || isCreditOnlyLine(line);

function findTitle(paras: readonly string[]): number {
  for (let i = 0; i < Math.min(paras.length, TITLE_SEARCH_LINES); i++) {
    const p = paras[i]!;
    // A breadcrumb trail or a wire credit above the headline is page furniture, not the title.
    if (isPageLabel(p) || isMetaLine(p) || isBreadcrumb(p)) continue;
    const words = wordCount(p);
    if (words >= 3 && words <= MAX_TITLE_WORDS && !/[.!]$/.test(p)) return i;
    // The first real sentence means the text has no title line.
    if (words > MAX_TITLE_WORDS || /[.!]$/.test(p)) return -1;
  }
  return -1;
}

/**
 * A standfirst is the sentence between the title and the byline/date/reading-time line; without
 * such a line right after it, the sentence is simply the first paragraph.
 */
function findLead(paras: readonly string[], titleAt: number): number {
  const at = titleAt + 1;
  const candidate = paras[at];
  if (!candidate || wordCount(candidate) < 8 || !/[.!?"”’']$/.test(candidate)) return -1;
  const next = paras.slice(at + 1, at + 3);
  return next.some(isMetaLine) ? at : -1;
}

function toBlocks(paras: readonly string[]): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (BULLET.test(p)) {
      const item = p.replace(BULLET, '');
      const prev = blocks[blocks.length - 1];
      if (prev?.items && BULLET.test(paras[i - 1] ?? '')) {
        prev.items.push(item);
        prev.text = prev.items.join('\n');
      } else blocks.push({ type: 'list', text: item, items: [item], spans: [] });
    } else if (looksLikeHeading(p) && i > 0 && i < paras.length - 1 && !looksLikeHeading(paras[i + 1]!)) {
      blocks.push({ type: 'heading', text: p, level: 2, spans: [] });
    } else {
      blocks.push({ type: 'paragraph', text: p, spans: [] });
    }
  }
  return blocks;
}

export function extractText(text: string, url: string | null): Extraction {
  const paras = paragraphs(text);
  const titleAt = findTitle(paras);
  const leadAt = titleAt >= 0 ? findLead(paras, titleAt) : -1;
  const body = paras.filter((_, i) => i !== titleAt && i !== leadAt);
  return {
    meta: {
      title: titleAt >= 0 ? paras[titleAt]! : '',
      byline: null, siteName: null, lang: null, dir: null, published: null, url,
      lead: leadAt >= 0 ? paras[leadAt]! : null,
    },
    blocks: toBlocks(body),
  };
}
