/** Small timing helpers: warm-up first, then interleaved repetitions, medians. */
import { performance } from 'node:perf_hooks';

export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Runs `fn` once and returns its value with the time it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/**
 * Time samples of several functions on the same inputs, interleaved: each repetition runs all of
 * them, starting one further along each time (A B C, B C A, C A B, ...), so that drift, load from
 * other processes and garbage collection fall on all of them. `firstRep` continues a rotation
 * whose earlier repetitions the caller timed itself.
 */
export function timeSamples(fns: readonly (() => unknown)[], reps: number, firstRep = 0): number[][] {
  const times = fns.map(() => [] as number[]);
  for (let i = firstRep; i < firstRep + reps; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      times[k]!.push(timeOnce(fns[k]!));
    }
  }
  return times;
}

/** Median times, interleaved; `warm` runs each once, untimed, first. */
export function timeMany(fns: readonly (() => unknown)[], reps: number, warm = true): number[] {
  if (warm) for (const f of fns) f();
  return timeSamples(fns, reps).map(median);
}
