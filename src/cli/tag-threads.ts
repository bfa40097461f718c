import { Worker, type MessagePort } from 'node:worker_threads';
import { documentMentions } from '../core/entities/index.js';
import type { Mention } from '../core/entities/mentions.js';
import { documentParts } from '../core/entities/tagger/model.js';
import { shippedTagger } from '../core/entities/tagger/shipped.js';

/**
 * Tagging a very long page in parallel: the cleaning thread of a page and helper threads each tag a
 * part of its texts (with the paragraphs around it that count as its document) and find the
 * mentions the names make there, so a 50,000-paragraph page is tagged in about the time of its
 * half on two cores. Helpers run only
 * on cores the run leaves free (one file, two cores), start while the page is still being read,
 * and are ended with its task: nothing is left running.
 */

/** Marks a helper thread, so the bundle knows to tag, not clean or run the CLI. */
export const TAGGER_MARK = 'siftTagger';

/** Pages of at least this many bytes get their helpers started as soon as they arrive, to load the tagger while the page is read. */
export const EARLY_START_BYTES = 2_000_000;
/** Below this many texts, tagging is cheaper here than starting threads for it. */
export const PARALLEL_MIN_TEXTS = 3_000;

/** One part to tag: the texts of its document and which of them are the part's own. */
interface PartTask { texts: string[]; skip: number; take: number }

/** The helper thread's loop: loads the tagger at once, then tags each part it is sent. */
export function serveTagging(port: MessagePort): void {
  shippedTagger();
  port.on('message', ({ texts, skip, take }: PartTask) => {
    port.postMessage(documentMentions(texts, undefined, skip, skip + take));
  });
}

export class TagHelpers {
  private readonly workers: Worker[];

  constructor(count: number, script: URL) {
    this.workers = Array.from({ length: count }, () => new Worker(script, { workerData: { [TAGGER_MARK]: true } }).on('error', () => undefined));
  }

  /**
   * What documentMentions(texts) finds, the first part tagged here while the helpers tag the
   * others; a part whose helper fails is tagged here after all.
   */
  async mentions(texts: readonly string[]): Promise<Mention[][]> {
    const [own, ...others] = documentParts(texts.length, this.workers.length + 1);
    const pending = others.map((part, i) => {
      const worker = this.workers[i]!;
      const skip = part.from - part.start;
      const take = part.to - part.from;
      const tagged = new Promise<Mention[][] | null>((resolve) => {
        const settle = (names: Mention[][] | null) => {
          worker.off('message', settle).off('error', failed).off('exit', failed);
          resolve(names);
        };
        const failed = () => settle(null);
        worker.on('message', settle).once('error', failed).once('exit', failed);
      });
      worker.postMessage({ texts: texts.slice(part.start, part.end), skip, take } satisfies PartTask);
      return tagged.then((names) => names ?? documentMentions(texts.slice(part.start, part.end), undefined, skip, skip + take));
    });
    const first = own ? documentMentions(texts.slice(own.start, own.end), undefined, own.from - own.start, own.to - own.start) : [];
    return [first, ...(await Promise.all(pending))].flat(1);
  }

  stop(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}
