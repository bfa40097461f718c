/**
 * Quotations in a paragraph: curly “…” and straight "…" pairs. An opening mark with no close
 * runs to the end of the paragraph, as news style does for a quote that continues in the next.
 */
export interface Quote {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Opened but not closed in this paragraph. */
  open: boolean;
}

export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u201c' || (c === '"' && openAt < 0)) {
      if (openAt < 0) openAt = i;
    } else if ((c === '\u201d' || c === '"') && openAt >= 0) {
      out.push({ start: openAt + 1, end: trimEnd(text, i), open: false });
      openAt = -1;
    }
  }
  if (openAt >= 0) out.push({ start: openAt + 1, end: trimEnd(text, text.length), open: true });
  return out.filter((q) => q.end > q.start);
}

/** Quoted words end before trailing punctuation that belongs to the sentence (`,"` and `."`). */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,]/.test(text[e - 1]!)) e--;
  return e;
}

/** Too short to be a statement: a scare quote or a quoted term ("terrorist organisations"). */
export const SCARE_QUOTE_MAX_WORDS = 3;

export function quoteWords(text: string, q: Quote): number {
  return text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
}
