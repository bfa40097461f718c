import { Worker, type MessagePort } from 'node:worker_threads';
import { documentMentions } from '../core/entities/index.js';
import type { Mention } from '../core/entities/mentions.js';
import { documentPart, documentParts, sameContext, type DocumentPart } from '../core/entities/tagger/model.js';
import { shippedTagger } from '../core/entities/tagger/shipped.js';

/**
 * Tagging a very long page in parallel: the cleaning thread of a page and helper threads each tag a
 * part of its texts (with the paragraphs around it that count as its document) and find the
 * mentions the names make there. The helpers start on the extraction's texts while the page is
 * cleaned; after cleaning, what they found is kept for every text read with the same texts
 * around it as in the extraction (cleaning removes little of a long page) and the rest is tagged
 * again, so the names are those of tagging the cleaned page whole. Helpers run only on cores the
 * run leaves free (one file, two cores) and are ended with the page's task: nothing is left running.
 */

/** Marks a helper thread, so the bundle knows to tag, not clean or run the CLI. */
export const TAGGER_MARK = 'siftTagger';

/** Pages of at least this many bytes get their helpers started as soon as they arrive, to load the tagger while the page is read. */
export const EARLY_START_BYTES = 2_000_000;
/** Below this many texts, tagging is cheaper here than starting threads for it. */
export const PARALLEL_MIN_TEXTS = 3_000;
/**
 * The share of a page's texts the cleaning thread tags itself once it has cleaned the page; the
 * helpers start on the rest while it cleans (cleaning a long page costs about what tagging a third
 * of it does).
 */
const OWN_SHARE = 1 / 3;

/** How far past the last aligned text a cleaned text is looked for among the extraction's. */
const ALIGN_SPAN = 2_000;

/** One part to tag: the texts of its document and which of them are the part's own. */
interface PartTask { texts: string[]; skip: number; take: number }

/** The helper thread's loop: loads the tagger at once, then finds the mentions in each part it is sent. */
export function serveTagging(port: MessagePort): void {
  shippedTagger();
  port.on('message', ({ texts, skip, take }: PartTask) => {
    port.postMessage(documentMentions(texts, undefined, skip, skip + take));
  });
}

/** A part's mentions, found by the document's texts `texts`. */
const mentionsOf = (texts: readonly string[], part: DocumentPart): Mention[][] =>
  documentMentions(texts.slice(part.start, part.end), undefined, part.from - part.start, part.to - part.start);

/** The helpers' mentions in texts [from, texts.length) of the extraction, while the page is cleaned. */
interface Ahead { texts: readonly string[]; from: number; found: Promise<(Mention[] | null)[]> }

export class TagHelpers {
  private readonly workers: Worker[];
  private ahead: Ahead | null = null;

  constructor(count: number, script: URL) {
    this.workers = Array.from({ length: count }, () => new Worker(script, { workerData: { [TAGGER_MARK]: true } }).on('error', () => undefined));
  }

  /** Starts the helpers on the extraction's texts beyond the cleaning thread's share. */
  startAhead(texts: readonly string[]): void {
    const from = Math.floor(texts.length * OWN_SHARE);
    const parts = documentParts(texts.length, this.workers.length, from, texts.length);
    this.ahead = { texts, from, found: Promise.all(parts.map((part, i) => this.onHelper(i, texts, part))).then((found) => found.flat(1)) };
  }

  /**
   * What documentMentions(texts) finds in the cleaned page's texts. Without a start on the
   * extraction, the first part is tagged here while the helpers tag the others. A part whose
   * helper fails is tagged here after all.
   */
  async mentions(texts: readonly string[]): Promise<Mention[][]> {
    const { ahead } = this;
    this.ahead = null;
    const out: (Mention[] | undefined)[] = new Array(texts.length);
    if (!ahead) {
      const [own, ...others] = documentParts(texts.length, this.workers.length + 1);
      const pending = others.map((part, i) => this.onHelper(i, texts, part).then((found) => found.forEach((m, k) => (out[part.from + k] = m ?? undefined))));
      if (own) fill(out, texts, own.from, own.to);
      await Promise.all(pending);
    } else {
      const at = alignment(ahead.texts, texts);
      let own = 0;
      while (own < texts.length && at[own]! < ahead.from) own++;
      fill(out, texts, 0, own);
      const found = await ahead.found;
      for (let i = own; i < texts.length; i++) {
        const k = at[i]!;
        if (k >= ahead.from && sameContext(texts, i, ahead.texts, k)) out[i] = found[k - ahead.from] ?? undefined;
      }
    }
    // What cleaning changed the context of, or a failed helper left, is tagged here.
    for (let i = 0; i < texts.length;) {
      let to = i;
      while (to < texts.length && !out[to]) to++;
      fill(out, texts, i, to);
      i = to + 1;
    }
    return out as Mention[][];
  }

  stop(): void {
    for (const worker of this.workers) void worker.terminate();
  }

  /** A part's mentions from helper `i`, one entry per text of the part (null for each when the helper fails). */
  private onHelper(i: number, texts: readonly string[], part: DocumentPart): Promise<(Mention[] | null)[]> {
    const worker = this.workers[i]!;
    const answer = new Promise<(Mention[] | null)[]>((resolve) => {
      const settle = (found: Mention[][] | null) => {
        worker.off('message', settle).off('error', failed).off('exit', failed);
        resolve(found ?? new Array<null>(part.to - part.from).fill(null));
      };
      const failed = () => settle(null);
      worker.on('message', settle).once('error', failed).once('exit', failed);
    });
    worker.postMessage({ texts: texts.slice(part.start, part.end), skip: part.from - part.start, take: part.to - part.from } satisfies PartTask);
    return answer;
  }
}

/** Tags texts [from, to) here, read with the texts around them, into `out`. */
function fill(out: (Mention[] | undefined)[], texts: readonly string[], from: number, to: number): void {
  if (to <= from) return;
  mentionsOf(texts, documentPart(texts.length, from, to)).forEach((m, k) => (out[from + k] = m));
}

/** For each cleaned text, the index of the same text in the extraction (-1: none); cleaning keeps the order. */
function alignment(extracted: readonly string[], cleaned: readonly string[]): Int32Array {
  const at = new Int32Array(cleaned.length).fill(-1);
  let k = 0;
  cleaned.forEach((text, i) => {
    // A bounded search: a text not found nearby is tagged again rather than searched for in all.
    const end = Math.min(extracted.length, k + ALIGN_SPAN);
    let j = k;
    while (j < end && extracted[j] !== text) j++;
    if (j < end) (at[i] = j, k = j + 1);
  });
  return at;
}
