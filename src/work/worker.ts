/**
 * The article screen's worker (work.js): marks names and finishes cleaning away from the screen's
 * main thread. It loads the names code when the screen says so (load-names, sent as the page is
 * read) or with the first names job, whichever comes first; a worker started for cleaning alone
 * never loads it.
 */
import { cleanExtraction } from '../core/clean-extraction.js';
import { now } from '../core/text/clock.js';
import { loadNames } from '../names/load.js';
import type { Article } from '../core/article.js';
import type { Job, JobReply, JobRequest } from './jobs.js';

declare function postMessage(reply: JobReply): void;

async function run(job: Job): Promise<Article> {
  if (job.kind === 'clean') return cleanExtraction(job.extraction, job.msExtract);
  const { annotate } = await loadNames();
  // The budget starts once the code is in: it bounds tagging, not loading.
  return annotate(job.article, { deadline: now() + job.budgetMs });
}

addEventListener('message', (event) => {
  const request = (event as MessageEvent<JobRequest>).data;
  if (request.kind === 'load-names') {
    loadNames().then((names) => names.prepare(), () => undefined);
    return;
  }
  const { id, ...job } = request;
  run(job).then(
    (article) => postMessage({ id, article }),
    (err: unknown) => postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
});
