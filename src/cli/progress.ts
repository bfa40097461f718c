/**
 * Signs of life for a long run on a terminal: one line on stderr, redrawn in place, with files
 * done, the rate and the time left; then a summary line. Never on stdout, which holds articles.
 */

/** How often the line may be redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 200;

export interface ProgressStream {
  write(text: string): unknown;
}

export class Progress {
  private readonly started: number;
  private drawn = false;
  private lastDraw = -Infinity;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  /** `done` files of the total are finished; redraws the line unless it was drawn just now. */
  update(done: number): void {
    const now = this.clock();
    if (now - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[K${progressText(done, this.total, now - this.started)}`);
    this.drawn = true;
  }

  /** Erases the line, so that a message can take its place (the next update draws it again). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
    this.lastDraw = -Infinity;
  }

  /** Replaces the line with the run's summary. */
  finish(articles: number, failed: number): void {
    this.clear();
    this.stream.write(`${summaryText(articles, failed, this.clock() - this.started)}\n`);
  }
}

export function progressText(done: number, total: number, elapsedMs: number): string {
  const head = `sift: ${done}/${total} files`;
  if (done === 0 || elapsedMs <= 0) return head;
  const perSecond = done / (elapsedMs / 1000);
  const left = done < total ? `, ${clock((total - done) / perSecond)} left` : '';
  return `${head}, ${rate(perSecond)} pages/s${left}`;
}

export function summaryText(articles: number, failed: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const files = articles + failed;
  return `sift: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${failed} failed, ${seconds.toFixed(1)} s` +
    (seconds > 0 ? ` (${rate(files / seconds)} pages/s)` : '');
}

const rate = (perSecond: number) => (perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1));

/** m:ss, or h:mm:ss past an hour. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
