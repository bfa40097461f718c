/**
 * The yardstick's content script: Readability on a clone of the page, as its README says to use
 * it, answered as plain text blocks (the popup shows text, never the page's markup).
 */
import { Readability } from '@mozilla/readability';

interface Read { title: string; blocks: string[] }

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption';

function read(): Read | null {
  const parsed = new Readability(document.cloneNode(true) as Document, { serializer: (el) => el }).parse();
  if (!parsed?.content) return null;
  const root = parsed.content as unknown as Element;
  const blocks = [...root.querySelectorAll(BLOCKS)]
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title: parsed.title ?? '', blocks };
}

(globalThis as { readabilityOnly?: () => Read | null }).readabilityOnly = read;
